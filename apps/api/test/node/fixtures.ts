import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileFixture } from "../shared/suite.js";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../../..", import.meta.url)));
export const SEEDS_DIR = join(REPO_ROOT, "seeds");
/** The shared corpus sits beside the repository: `../shared/corpus` from its root. */
export const CORPUS_DIR = resolve(REPO_ROOT, "../shared/corpus");

/** News files under `dir`: `.md`, `.markdown`, `.txt`, `.html`, leaving out the corpus's gold labels. */
function newsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === "gold" ? [] : newsFiles(path);
      return /\.(md|markdown|txt|html?)$/i.test(name) ? [path] : [];
    });
}

function fixtures(dir: string): FileFixture[] {
  return newsFiles(dir).map((path) => ({
    filename: relative(dir, path),
    content: readFileSync(path, "utf8"),
  }));
}

export function seedFixtures(): FileFixture[] {
  return fixtures(SEEDS_DIR);
}

/** The corpus files, or none (with a note on stderr) when the corpus is not there. */
export function corpusFixtures(): FileFixture[] {
  try {
    return fixtures(CORPUS_DIR);
  } catch {
    console.warn(`corpus tests skipped: no corpus at ${CORPUS_DIR}`);
    return [];
  }
}
