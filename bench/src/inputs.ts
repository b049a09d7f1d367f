import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "@caixun/core/stages";
import type { BenchInput } from "./contenders/index.js";
import { relativePath } from "./corpus/generate.js";
import { type RealFile, readRealFiles } from "./corpus/real-files.js";
import { toHtmlPage } from "./page.js";

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
  const inputs: BenchInput[] = [];
  for (let index = 0; index < count; index++) {
    // The extension depends on the family; try both rather than list the folder.
    for (const extension of [".md", ".txt"]) {
      const path = join(dir, relativePath(index, extension));
      try {
        inputs.push(benchInput(path, new Uint8Array(readFileSync(path))));
        break;
      } catch {
        // Not this extension.
      }
    }
  }
  return inputs;
}
