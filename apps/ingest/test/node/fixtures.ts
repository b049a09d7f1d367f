import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileFixture } from "../fixture.js";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../../..", import.meta.url)));
/** ../shared beside the repository. */
export const SHARED = resolve(REPO_ROOT, "../shared");

/** Files below `dir` whose names `keep` accepts, sorted, depth first; the corpus's gold labels left out. */
export function walkFiles(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === "gold" ? [] : walkFiles(path, keep);
      return keep(name) ? [path] : [];
    });
}

/** Files of a folder (seeds/, ../shared/corpus, ../shared/dumps), or none with a note when it is absent. */
export function folderFixtures(dir: string, keep: (name: string) => boolean): FileFixture[] {
  try {
    return walkFiles(dir, keep).map((path) => ({
      filename: relative(dir, path),
      base64: readFileSync(path).toString("base64"),
    }));
  } catch {
    console.warn(`tests that need ${dir} are skipped: it is not there`);
    return [];
  }
}

export const isNewsFile = (name: string) => /\.(md|markdown|txt|html?)$/i.test(name);
