import { randomBytes } from "node:crypto";
import { fstatSync, type Stats, writeSync } from "node:fs";
import { type FileHandle, open, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { makeParentFolders } from "@caixun/inputs";
import { terminalOutput } from "./terminal-text.js";

/**
 * Where output text goes. Files are written atomically: to a hidden temp file beside the target,
 * renamed over it only on `commit`, so a failed or interrupted run never leaves a half-written file.
 * (No fsync: the guarantee is against the process stopping, not against power loss, and an fsync
 * per file would dominate a 100,000-file run.)
 */
export interface OutputSink {
  /** Text, or text already in UTF-8 (a JSON Lines record as a parse worker made it). */
  write(chunk: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** The reader of stdout went away (`caixun parse … | head`): stop quietly, it wants no more. */
export class OutputClosedError extends Error {
  override readonly name = "OutputClosedError";
}

/**
 * Writing an output failed once it was open (a full disk, `-o /dev/full`, an I/O error): one line
 * naming it, and the run stops (exit 1) with its temp file removed by the command's abort.
 */
export class OutputWriteError extends Error {
  override readonly name = "OutputWriteError";

  constructor(path: string, cause: unknown) {
    super(`cannot write ${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Writes to `path` through `write`, a failure told as an `OutputWriteError`. */
async function writingTo(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new OutputWriteError(path, error);
  }
}

/** Temp files start like this: hidden from input walks and ignored by git (.gitignore). */
const TEMP_PREFIX = ".caixun-tmp-";

/** Writes are gathered up to this many characters (or bytes, of UTF-8 chunks) before going to the file. */
const FLUSH_AT = 1 << 16;

/** Gathered writes as one piece for the file: text stays text unless some of it came as bytes. */
function joined(chunks: readonly (string | Uint8Array)[]): string | Buffer {
  if (chunks.every((chunk) => typeof chunk === "string")) return chunks.join("");
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)));
}

function tempPathFor(path: string): string {
  return join(
    dirname(path),
    `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}-${basename(path)}`,
  );
}

/** `.caixun-tmp-<pid>-<8 hex>-<target name>`: the pid of the run that writes it, and the file it becomes. */
const TEMP_NAME = /^\.caixun-tmp-(\d+)-[0-9a-f]{8}-(.+)$/;

/**
 * Removes the temp files that runs killed before they could clean up (SIGKILL, a crash, power
 * loss) left for `target`: beside an output file, or anywhere below an output folder. A temp file
 * is stale when the process that wrote it is gone; one of a run still going is left alone.
 * Returns how many were removed.
 */
export async function removeStaleTemps(target: { kind: "file" | "folder"; path: string }): Promise<number> {
  const folder = target.kind === "file" ? dirname(target.path) : target.path;
  const entries = await readdir(folder, { recursive: target.kind === "folder", withFileTypes: true }).catch(
    () => [],
  );
  let removed = 0;
  for (const entry of entries) {
    const match = TEMP_NAME.exec(entry.name);
    if (match === null || !entry.isFile() || isRunning(Number(match[1]))) continue;
    if (target.kind === "file" && match[2] !== basename(target.path)) continue;
    await rm(join(entry.parentPath, entry.name), { force: true });
    removed++;
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function openAtomicFile(path: string): Promise<OutputSink> {
  const existing = await stat(path).catch(() => null);
  if (existing !== null && !existing.isFile() && !existing.isDirectory())
    return openSpecialFile(path, existing);
  await makeParentFolders(path);
  const temp = tempPathFor(path);
  const handle = await open(temp, "wx");
  let buffered: (string | Uint8Array)[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const data = joined(buffered);
    buffered = [];
    size = 0;
    await handle.writeFile(data);
  };
  const close = closeOnce(handle);
  return {
    async write(chunk) {
      buffered.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_AT) await writingTo(path, flush);
    },
    async commit() {
      await writingTo(path, async () => {
        await flush();
        await close();
      });
      await rename(temp, path);
    },
    async abort() {
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/** Closes a file handle the first time it is called; later calls do nothing. */
function closeOnce(handle: FileHandle): () => Promise<void> {
  let isOpen = true;
  return async () => {
    if (!isOpen) return;
    isOpen = false;
    await handle.close();
  };
}

/**
 * A target that is no file: a character device (`-o /dev/null`, `/dev/stdout`) or a FIFO is written
 * in place, as `> target` would, since renaming a file over it replaced the device (as root,
 * `-o /dev/full` left a regular file where the device was, and a run that wrote nothing said it
 * had); a block device or a socket is refused.
 */
async function openSpecialFile(path: string, info: Stats): Promise<OutputSink> {
  if (!info.isCharacterDevice() && !info.isFIFO()) {
    throw new Error(
      `not a file, a character device or a FIFO (${info.isBlockDevice() ? "a block device" : "a socket"})`,
    );
  }
  const handle = await open(path, "w");
  const close = closeOnce(handle);
  return {
    async write(chunk) {
      await writingTo(path, () => handle.writeFile(chunk));
    },
    async commit() {
      await writingTo(path, close);
    },
    async abort() {
      await close().catch(() => undefined);
    },
  };
}

/** Writes one whole file atomically (temp file, then rename). */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const sink = await openAtomicFile(path);
  try {
    await sink.write(text);
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

const utf8 = new TextDecoder();

/**
 * The descriptor to write to directly when stdout is a file or a device other than a terminal
 * (`> out.jsonl`, `> /dev/null`), else null. Node writes those synchronously anyway, but through a
 * stream that first copies text into a Buffer of its own; `writeSync` encodes a string once, as it
 * writes it (a JSON Lines record: 28.6 → 22.9 µs, docs/benchmarks.md). A pipe keeps its stream,
 * which waits for a slow reader.
 */
function fileDescriptorOf(stdout: NodeJS.WriteStream): number | null {
  const fd: unknown = (stdout as { fd?: unknown }).fd;
  if (typeof fd !== "number" || stdout.isTTY === true) return null;
  try {
    const info = fstatSync(fd);
    return info.isFile() || info.isCharacterDevice() ? fd : null;
  } catch {
    return null;
  }
}

/**
 * stdout with back-pressure: waits for the pipe to drain so a slow reader cannot make memory grow.
 * On a terminal, what is written is made harmless to it first (`terminalOutput`).
 */
export function stdoutSink(stdout: NodeJS.WriteStream = process.stdout): OutputSink {
  const onTerminal = stdout.isTTY === true;
  const fd = fileDescriptorOf(stdout);
  if (fd !== null) {
    return {
      async write(chunk) {
        // One call a chunk, as Node's own SyncWriteStream does; two branches only because Node's
        // typings give `writeSync` separate overloads for strings and bytes.
        if (typeof chunk === "string") writeSync(fd, chunk);
        else writeSync(fd, chunk);
      },
      commit: async () => undefined,
      abort: async () => undefined,
    };
  }
  let closed: Error | null = null;
  stdout.on("error", (error: NodeJS.ErrnoException) => {
    closed = error.code === "EPIPE" ? new OutputClosedError("stdout closed") : error;
  });
  return {
    async write(chunk) {
      if (closed) throw closed;
      const out = onTerminal ? terminalOutput(typeof chunk === "string" ? chunk : utf8.decode(chunk)) : chunk;
      if (!stdout.write(out)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stdout.off("drain", done);
            stdout.off("error", done);
            resolve();
          };
          stdout.on("drain", done);
          stdout.on("error", done);
        });
        if (closed) throw closed;
      }
    },
    commit: async () => undefined,
    abort: async () => undefined,
  };
}
