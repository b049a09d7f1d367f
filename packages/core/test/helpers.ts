import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { parseAll, parseAllSync } from "../src/parse-all.js";
import type { ParseResult } from "../src/readers/session.js";

export const REPO = resolve(import.meta.dirname, "../../..");
export const SHARED = resolve(REPO, "../shared");
export const CORPUS = join(SHARED, "corpus");
export const HAS_CORPUS = existsSync(join(CORPUS, "gold"));

export const SEEDS = [
  "000_ed6ab7b49aac3011.txt",
  "001_86d936801007d11d.txt",
  "002_89203e62b05a25ab.txt",
  "003_4fa6340cd7e9c1ac.txt",
  "004_8bcf3a6eb4a9a574.txt",
] as const;

export function seed(index: number): Uint8Array {
  return readFileSync(join(REPO, "seeds", SEEDS[index]!));
}

/** Every string of a value, object keys included. */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      strings(item, out);
    }
  }
  return out;
}

/**
 * The files under the shared corpus and the development set whose names match `pattern`; a folder
 * that is absent is left out with a warning naming `test`.
 */
export function corpusFiles(pattern: RegExp, test: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((entry) => {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) return walk(path);
        return pattern.test(entry) ? [path] : [];
      });
  return [CORPUS, join(REPO, "datasets")].flatMap((dir) => {
    if (existsSync(dir)) return walk(dir);
    console.warn(`${test}: ${dir} is absent, its files are not compared`);
    return [];
  });
}

/** The results of `parseAll` on `bytes` handed over by a stream `size` bytes at a time. */
export async function parseAllInChunks(bytes: Uint8Array, size: number): Promise<ParseResult[]> {
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
  const results: ParseResult[] = [];
  for await (const result of parseAll(stream)) results.push(result);
  return results;
}

/** `text`'s UTF-8 bytes read as Latin-1, as a tool that took UTF-8 for Latin-1 and saved the text again writes it. */
export const asLatin1 = (text: string): string =>
  Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("");

/**
 * An input of rows whose one row was damaged (`damaged`, `clean` with that row's bytes misread) read as `expected` —
 * each row's ref, title and warning codes — whole and streamed in `chunk`-byte pieces, every text as `clean`'s.
 */
export async function expectRowsRepairedOneByOne(
  clean: string,
  damaged: string,
  expected: readonly (readonly unknown[])[],
  chunk: number,
): Promise<void> {
  const read = (results: Iterable<ParseResult>) =>
    [...results].map((r) => r.ok && [r.article.ref, r.article.title, r.article.warnings.map((w) => w.code)]);
  const texts = (results: Iterable<ParseResult>) => [...results].map((r) => r.ok && r.article.text);
  expect(read(parseAllSync(damaged))).toEqual(expected);
  expect(read(await parseAllInChunks(new TextEncoder().encode(damaged), chunk))).toEqual(expected);
  expect(texts(parseAllSync(damaged))).toEqual(texts(parseAllSync(clean)));
}
