import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

export const SEEDS = join(import.meta.dirname, "../../../../seeds");
export const seed = (prefix: string): Buffer =>
  readFileSync(
    join(SEEDS, { "000": "000_ed6ab7b49aac3011.txt", "003": "003_4fa6340cd7e9c1ac.txt" }[prefix]!),
  );

export function mkfifo(path: string): void {
  execFileSync("mkfifo", [path]);
}

/** A listening Unix socket at `path` (close it after the test). */
export function unixSocket(path: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(path, () => resolve(server));
  });
}

/**
 * A corpus folder with one of every kind of entry a walk meets:
 *
 *   a.md                news            sub/b.txt          news (one level down)
 *   .hidden.md          hidden          notes.tsv          a table, no news
 *   dangling.md ->      nowhere.md      loop-1.md <-> loop-2.md   a symlink loop
 *   link-to-file.md ->  a.md            link-to-sub ->     sub (a folder)
 *   pipe.md             a FIFO          socket.md          a Unix socket (made by the caller)
 */
export function makeCorpus(root: string): void {
  mkdirSync(join(root, "sub"), { recursive: true });
  writeFileSync(join(root, "a.md"), seed("000"));
  writeFileSync(join(root, "sub", "b.txt"), seed("003"));
  writeFileSync(join(root, ".hidden.md"), "hidden");
  writeFileSync(join(root, "notes.tsv"), "a\tb\n");
  symlinkSync("nowhere.md", join(root, "dangling.md"));
  symlinkSync("loop-2.md", join(root, "loop-1.md"));
  symlinkSync("loop-1.md", join(root, "loop-2.md"));
  symlinkSync("a.md", join(root, "link-to-file.md"));
  symlinkSync("sub", join(root, "link-to-sub"));
  mkfifo(join(root, "pipe.md"));
}

/**
 * A work folder with the corpus of `makeCorpus` in `corpus/` and its socket, made before the tests
 * of the calling file and removed after them.
 */
export function useCorpus(prefix: string): { readonly work: string; readonly corpus: string } {
  const paths = { work: "", corpus: "" };
  let socket: Server;
  beforeAll(async () => {
    paths.work = mkdtempSync(join(tmpdir(), prefix));
    paths.corpus = join(paths.work, "corpus");
    makeCorpus(paths.corpus);
    socket = await unixSocket(join(paths.corpus, "socket.md"));
  });
  afterAll(() => {
    socket.close();
    rmSync(paths.work, { recursive: true, force: true });
  });
  return paths;
}
