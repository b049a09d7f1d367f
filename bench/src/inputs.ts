import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { decode } from "@caixun/core/stages";
import type { BenchInput } from "./contenders/index.js";
import { relativePath } from "./corpus/generate.js";
import { type RealFile, readRealFiles } from "./corpus/real-files.js";
import { toHtmlPage } from "./page.js";
import { REPO, SEEDS } from "./paths.js";

/** A file as the contenders get it; its HTML page is built from the text caixun decodes. */
export function benchInput(filename: string, raw: Uint8Array): BenchInput {
  return { filename, raw, html: toHtmlPage(decode(raw).text) };
}

/** The seeds and every file of `../shared/corpus`. */
export function realInputs(files: readonly RealFile[] = readRealFiles()): BenchInput[] {
  return files.map((file) => benchInput(file.path, file.bytes));
}

/** The first `count` files of a generated corpus, in generation order. */
export function generatedInputs(dir: string, count: number): BenchInput[] {
  return generatedFiles(dir, count).map((file) => benchInput(file.filename, file.raw));
}

/**
 * `count` files of a generated corpus from the `from`th, in generation order, as bytes alone:
 * nothing of core runs on them (the CLI's one-pass reference must not warm up core untimed).
 */
export function generatedFiles(
  dir: string,
  count: number,
  from = 0,
): { filename: string; raw: Uint8Array }[] {
  const files: { filename: string; raw: Uint8Array }[] = [];
  for (let index = from; index < from + count; index++) {
    // The extension depends on the family; try both rather than list the folder.
    for (const extension of [".md", ".txt"]) {
      const path = join(dir, relativePath(index, extension));
      try {
        files.push({ filename: path, raw: new Uint8Array(readFileSync(path)) });
        break;
      } catch {
        // Not this extension.
      }
    }
  }
  return files;
}

/**
 * The inputs kept in the repository, in a fixed order: the seeds, then `datasetFiles`. They need
 * nothing beside the repository, so a test can parse them anywhere.
 */
export function repositoryFiles(): { filename: string; raw: Uint8Array }[] {
  const seeds = readdirSync(SEEDS)
    .filter((name) => !name.startsWith("."))
    .sort()
    .map((name) => join(SEEDS, name));
  const datasets = datasetFiles().map((file) => join(REPO, file.path));
  return [...seeds, ...datasets].map((path) => ({ filename: path, raw: new Uint8Array(readFileSync(path)) }));
}

/**
 * Every labelled set's input files, by path from the repository's root, sorted:
 * `datasets/dev/<split>/<family>/<file>` and `datasets/fresh-N/<family>/<file>`; gold labels and
 * each set's README and SOURCES.tsv (beside its folders) left out.
 */
export function datasetFiles(): { path: string; bytes: Uint8Array }[] {
  const root = join(REPO, "datasets");
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(REPO, join(entry.parentPath, entry.name)))
    .filter((path) => path.split("/").length >= 4 && !path.split("/").includes("gold"))
    .sort()
    .map((path) => ({ path, bytes: new Uint8Array(readFileSync(join(REPO, path))) }));
}
