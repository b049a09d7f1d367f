import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** What a folder walk picks up: the extensions news files come with (as `caixun` picks them up). */
const NEWS_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".text", ".html", ".htm"]);

/**
 * The files under the given paths: files as given, folders walked recursively for news files
 * (hidden entries skipped), sorted so a build numbers and de-duplicates articles the same way every
 * time. The CLI has its own discovery (globs, stdin); this one serves the package's scripts and tests.
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
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile() && NEWS_EXTENSIONS.has(extname(entry.name).toLowerCase())) into.push(path);
  }
}
