import { constants, createReadStream, openSync, readSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { userMapping } from "./mapping.js";
import type { ParseRules } from "./policy.js";
import {
  type Failed,
  failed,
  inputTooLarge,
  type OutcomeOptions,
  type ParseOutcome,
  parseOutcomes,
  streamOutcomes,
} from "./policy.js";
import { readFileBounded } from "./read.js";
import { securities } from "./securities.js";

/**
 * What a parse worker is given: a file it reads itself, or bytes already read (stdin, a FIFO); and
 * the rule packs to add, as the JSON text of a rules document (`parse(input, { rules })`).
 */
export type ParseJob = (
  | { kind: "file"; path: string }
  | { kind: "bytes"; bytes: Uint8Array; filename: string }
) & { rules?: string };

/** The last rules document a worker read: every job of a run carries the same one. */
let lastRules: { text: string; document: unknown } | null = null;

function rulesOf(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (lastRules?.text !== text) lastRules = { text, document: JSON.parse(text) };
  return lastRules.document;
}

/** Bytes a streamed file is read in: a few hundred records of a dump at a time. */
const READ_CHUNK = 256 * 1024;
/** Bytes a gzip file is decompressed into at a time. */
const GUNZIP_CHUNK = 1024 * 1024;

/**
 * What every parse of this process reads with: the securities dictionary and the user's record
 * mapping; and the rule packs of the run (`rules`, the JSON text every job of a run carries).
 */
export function processParseOptions(rules?: string): OutcomeOptions {
  const document = rulesOf(rules);
  return {
    securities: securities(),
    mapping: userMapping(),
    ...(document === undefined ? {} : { rules: document as ParseRules }),
  };
}

/**
 * Reads and parses one input under the policy, with the process's options (`processParseOptions`),
 * yielding one outcome per Article (or the reason the input gave none). A file within the size limit is read
 * at once, synchronously (most news files are small, and an async open/stat/read/close was a fifth
 * of a worker's time on them), and its outcomes come synchronously; a file past the limit, or
 * gzip, is streamed through core (`parseAll`): a dump of any size is read a chunk at a time, and a
 * file of one document is read to the limit and no further. A read error is a failure of this input
 * (or of what was left of it), not of the run. This is the one function the parse workers run: an
 * input that holds many records yields many outcomes here.
 */
export function runParseJob(job: ParseJob): Iterable<ParseOutcome> | AsyncIterable<ParseOutcome> {
  const options = processParseOptions(job.rules);
  if (job.kind === "bytes") return parseOutcomes(job.bytes, job.filename, options);
  let read: ReturnType<typeof readFileBounded>;
  try {
    read = readFileBounded(job.path);
  } catch (error) {
    return [failed("unreadable", (error as Error).message)];
  }
  if (!read.tooLarge && !isGzip(read.bytes)) {
    return parseOutcomes(read.bytes, job.path, options);
  }
  return streamFile(job.path, read.tooLarge ? read.size : null, options);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A file streamed through core; `size` is its size when known to be over the limit. */
async function* streamFile(
  path: string,
  size: number | null,
  options: OutcomeOptions,
): AsyncGenerator<ParseOutcome> {
  let fd: number;
  let gzip: boolean;
  try {
    // Opened without blocking: a FIFO put in place of the file fails instead of waiting.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const magic = new Uint8Array(2);
    readSync(fd, magic, 0, 2, 0);
    gzip = isGzip(magic);
  } catch (error) {
    yield failed("unreadable", (error as Error).message);
    return;
  }
  const file = createReadStream(path, { fd, start: 0, highWaterMark: READ_CHUNK });
  // Core reads gzip itself (DecompressionStream); on Node, zlib in large chunks costs a third less.
  const stream = gzip ? file.pipe(createGunzip({ chunkSize: GUNZIP_CHUNK })) : file;
  file.on("error", (error) => stream.destroy(error));
  try {
    for await (const outcome of streamOutcomes(stream, path, options)) {
      // The policy's message names the real size when the file system knows it.
      yield outcome.status === "failed" &&
      outcome.failure.code === "input-too-large" &&
      outcome.ref === undefined
        ? inputTooLarge(size, "file")
        : outcome;
    }
  } catch (error) {
    // zlib's errors (`Z_DATA_ERROR`…) say the compressed data is broken; anything else is a read error.
    const code = String((error as NodeJS.ErrnoException).code ?? "");
    yield code.startsWith("Z_")
      ? failed("corrupt-input", `the gzip data is corrupt: ${(error as Error).message}`)
      : failed("unreadable", (error as Error).message);
  } finally {
    stream.destroy();
    file.destroy();
  }
}

/** The outcome of a job whose parse threw something other than a CaixunError (a core bug). */
export function internalError(error: unknown, during: string): Failed {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return failed("internal-error", `${during}: ${message}`);
}
