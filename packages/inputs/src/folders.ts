import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/**
 * Creates the missing folders above `path`, one level at a time from the nearest one that exists.
 * Not `mkdir({ recursive: true })`: under a virtual file system such as /proc it never returns
 * (`-o /proc/nope/x.jsonl` hung the CLI, `site build --out /proc/nope/x` spun without end), where a
 * plain mkdir fails at once.
 */
export async function makeParentFolders(path: string): Promise<void> {
  const missing: string[] = [];
  let folder = dirname(resolve(path));
  while ((await stat(folder).catch(() => null)) === null) {
    missing.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const dir of missing) await mkdir(dir);
}
