import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Files that are never news: dot files, tables of sources and notes beside a corpus. */
const SKIPPED_NAMES = /^(?:\.|readme(?:\.|$)|sources\.tsv$)/i;
/** Folders of expected outputs and tooling that sit beside corpora. */
const SKIPPED_DIRS = new Set(["gold", "node_modules", ".git"]);

/**
 * The files under the given paths (files as given, folders walked recursively), sorted so a build
 * numbers and de-duplicates articles the same way every time.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) await walk(path, files);
    else files.push(path);
  }
  return files;
}

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith(".")) await walk(path, into);
    } else if (entry.isFile() && !SKIPPED_NAMES.test(entry.name)) {
      into.push(path);
    }
  }
}
