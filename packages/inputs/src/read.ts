import {
  closeSync,
  constants,
  createReadStream,
  fstatSync,
  open as openCallback,
  openSync,
  readSync,
} from "node:fs";
import { Socket } from "node:net";
import { isatty, ReadStream } from "node:tty";
import { gunzipSync } from "node:zlib";
import { MAX_INPUT_SIZE } from "@caixun/core";

/**
 * Bounded reading: every input is read to the size limit and no further, whatever `stat` says. A
 * file's size is only a hint (`/proc` files say 0 and hold text; `/dev/zero` never ends), so reads
 * go on until the end of the data or one byte past the limit, which is enough to call the input too
 * large without holding a multi-gigabyte file in memory.
 */

/** The bytes of an input, or how large it was when it went past the limit. */
export type BoundedRead =
  | { tooLarge: false; bytes: Uint8Array }
  /** `size` is the real size when `stat` knew it, else null (a stream, a device). */
  | { tooLarge: true; size: number | null };

/** The read ended because the signal fired (Ctrl-C) before the input ended. */
export class ReadAbortedError extends Error {
  override readonly name = "ReadAbortedError";
}

/** The path names something that is not a regular file (any more): a FIFO put where a file was. */
export class NotAFileError extends Error {
  override readonly name = "NotAFileError";
}

/** The first buffer for a file whose `stat` says 0 bytes (a `/proc` file): it may hold text. */
const FIRST_CHUNK = 64 * 1024;

/**
 * Reads a regular file to the limit, synchronously: it runs in the parse workers, where waiting
 * for the disk blocks nothing else and the thread pool and promise of each asynchronous step
 * cost more than the read (profiled: a fifth of a worker's time went to them for small files).
 * The file is opened without blocking, so a FIFO put in place of a file between the walk and the
 * read fails at once instead of waiting for a writer.
 */
export function readFileBounded(path: string | Buffer, limit = MAX_INPUT_SIZE): BoundedRead {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new NotAFileError(`${path} is not a regular file`);
    // The stat size sizes the first buffer (one byte more, so the end shows in two reads at most);
    // it never ends the read.
    let buffer = new Uint8Array(Math.min(limit + 1, info.size > 0 ? info.size + 1 : FIRST_CHUNK));
    let filled = 0;
    while (filled <= limit) {
      if (filled === buffer.length) {
        const grown = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) return { tooLarge: false, bytes: buffer.subarray(0, filled) };
      filled += bytesRead;
    }
    return { tooLarge: true, size: info.size > limit ? info.size : null };
  } finally {
    closeSync(fd);
  }
}

/** Whether bytes open with gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * `readFileBounded`, a gzip file decompressed: to the same limit of decompressed bytes, so a gzip bomb
 * (1 GB of one letter in 1 MB) is too large once `limit` bytes have come out, and no more are made.
 * Broken gzip data (cut short, a bad checksum) throws zlib's error (`code` `Z_…`).
 */
export function readFileDecompressed(path: string | Buffer, limit = MAX_INPUT_SIZE): BoundedRead {
  const read = readFileBounded(path, limit);
  if (read.tooLarge || !isGzip(read.bytes)) return read;
  try {
    return { tooLarge: false, bytes: gunzipSync(read.bytes, { maxOutputLength: limit }) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      return { tooLarge: true, size: null };
    throw error;
  }
}

/**
 * Reads a stream (stdin, a FIFO, a device) to the limit. Past the limit it stops reading (a
 * `/dev/zero` would never end); when `signal` fires it stops waiting and throws `ReadAbortedError`
 * (a FIFO with no writer, a terminal nobody types into).
 */
export async function readStreamBounded(
  stream: NodeJS.ReadableStream & { destroy(): void },
  signal?: AbortSignal,
  limit = MAX_INPUT_SIZE,
): Promise<BoundedRead> {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  const onAbort = () => stream.destroy();
  if (signal?.aborted) onAbort();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      kept += chunk.length;
      if (kept > limit) return { tooLarge: true, size: null };
    }
  } catch (error) {
    if (signal?.aborted) throw new ReadAbortedError("interrupted while reading");
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    if (kept > limit) stream.destroy();
  }
  if (signal?.aborted) throw new ReadAbortedError("interrupted while reading");
  return { tooLarge: false, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * Opens something that is not a regular file for `readStreamBounded`. A FIFO is opened without
 * blocking and read through the event loop, so waiting for its writer can be interrupted; a
 * terminal is read as a terminal; other devices are read as files.
 */
export async function openSpecialStream(path: string): Promise<NodeJS.ReadableStream & { destroy(): void }> {
  const fd = await new Promise<number>((resolve, reject) =>
    openCallback(path, constants.O_RDONLY | constants.O_NONBLOCK, (error, fd) =>
      error ? reject(error) : resolve(fd),
    ),
  );
  if (fstatSync(fd).isFIFO()) return new Socket({ fd, readable: true, writable: false });
  if (isatty(fd)) return new ReadStream(fd);
  // A device that is not a terminal (/dev/zero, /dev/urandom, a disk) answers reads at once.
  closeSync(fd);
  return createReadStream(path);
}
