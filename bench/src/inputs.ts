import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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
  return [...filesUnder(SEEDS), ...datasetFiles()];
}

/**
 * Every input file under `datasets/` at any depth (`dev/tune/<family>/…`, `fresh-8/<family>/…`),
 * sorted by path: not the gold labels, sources lists or READMEs.
 */
export function datasetFiles(): { filename: string; raw: Uint8Array }[] {
  return filesUnder(join(REPO, "datasets"));
}

function filesUnder(root: string): { filename: string; raw: Uint8Array }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "gold") walk(path);
      } else if (!/^(?:README\.md|SOURCES\.tsv)$/.test(entry.name)) files.push(path);
    }
  };
  if (existsSync(root)) walk(root);
  return files.map((path) => ({ filename: path, raw: new Uint8Array(readFileSync(path)) }));
}
