import { constants, createReadStream, openSync, type ReadStream, readSync } from "node:fs";
import { resolve } from "node:path";
import { createGunzip, constants as zlibConstants } from "node:zlib";
import { type Article, PACKS } from "@caixun/core";
import { withRules } from "@caixun/core/rules";
import { userMapping } from "./mapping.js";
import {
  type Failed,
  failed,
  inputTooLarge,
  type OutcomeOptions,
  type ParseOutcome,
  parseOutcomes,
  streamOutcomes,
} from "./policy.js";
import { isGzip, readFileBounded } from "./read.js";
import { securities } from "./securities.js";

/**
 * What a parse worker is given: a file it reads itself, or bytes already read (stdin, a FIFO); the
 * rule packs to add, as the JSON text of a rules document (core's `withRules`); the URL
 * of the `extras` module to run on each Article (`ParseInputsOptions.extras`); and whether the
 * Articles go back as JSON text (`ParseInputsOptions.articleAsText`).
 */
export type ParseJob =
  /** `bytesPath`: the path to open when its bytes are not UTF-8 (`Input.bytesPath`); `path` shows it decoded. */
  (
    | { kind: "file"; path: string; bytesPath?: Uint8Array }
    | { kind: "bytes"; bytes: Uint8Array; filename: string }
  ) & { rules?: string; extras?: string; articleAsText?: true };

/** The last rules document a worker read: every job of a run carries the same one. */
let lastRules: { text: string; document: unknown } | null = null;

function rulesOf(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (lastRules?.text !== text) lastRules = { text, document: JSON.parse(text) };
  return lastRules.document;
}

/** Bytes a streamed file is read in: a few hundred records of a dump at a time. */
const READ_CHUNK = 256 * 1024;
/**
 * Bytes a gzip file is decompressed into at a time. zlib drops the piece it is filling when the
 * data turns out corrupt (bytes after the last member, a bad checksum), so this is also the most a
 * corrupt file loses; 64 KB costs ~1 ms more per 2.5 MB of records than 1 MB, next to seconds of parsing.
 */
const GUNZIP_CHUNK = 64 * 1024;

/**
 * What every parse of this process reads with: the securities dictionary and the user's record
 * mapping; and the rule packs of the run (`rules`, the JSON text every job of a run carries).
 */
export function processParseOptions(rules?: string): OutcomeOptions {
  const document = rulesOf(rules);
  return {
    securities: securities(),
    mapping: userMapping(),
    ...(document === undefined ? {} : { packs: () => withRules(PACKS, document) }),
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
  // A structured clone gives a plain Uint8Array back; the file system takes a Buffer.
  const openPath = job.bytesPath === undefined ? job.path : Buffer.from(job.bytesPath);
  let read: ReturnType<typeof readFileBounded>;
  try {
    read = readFileBounded(openPath);
  } catch (error) {
    return [failed("unreadable", (error as Error).message)];
  }
  if (!read.tooLarge && !isGzip(read.bytes)) {
    return parseOutcomes(read.bytes, corePath(job.path), options);
  }
  return streamFile(openPath, job.path, read.tooLarge ? read.size : null, options);
}

/**
 * The path core is given for a file it reads: as the caller wrote it, or, for a bare file name (a run inside the
 * file's folder, `caixun parse 新闻.txt` in `2016-02-02/`), resolved against the working directory, so that core
 * reads the day its folders name (`dateFromFolder`): core sees the path as a string, never the file system.
 */
export function corePath(path: string): string {
  return path.includes("/") || path.includes("\\") ? path : resolve(path);
}

/** The default exports of the `extras` modules this thread has loaded, by URL. */
const extrasFunctions = new Map<string, Promise<(article: Article) => unknown>>();
/** The same functions once loaded, so that a job after the first applies them without an await. */
const loadedExtras = new Map<string, (article: Article) => unknown>();

function extrasFunction(url: string): Promise<(article: Article) => unknown> {
  let loaded = extrasFunctions.get(url);
  if (loaded === undefined) {
    loaded = import(url).then((module: { default: (article: Article) => unknown }) => {
      loadedExtras.set(url, module.default);
      return module.default;
    });
    extrasFunctions.set(url, loaded);
  }
  return loaded;
}

/**
 * `runParseJob`, and each parsed outcome also carries what the job's `extras` module made of its
 * Article. What every parse thread runs: a worker, or the main thread with one job. A file read at
 * once keeps its outcomes synchronous once the module is loaded (every job of an ingest but a
 * thread's first): two async generators an outcome were a share of a worker's time around the parse.
 */
export function parseJobOutcomes(job: ParseJob): Iterable<ParseOutcome> | AsyncIterable<ParseOutcome> {
  const outcomes = runParseJob(job);
  if (job.extras === undefined) return outcomes;
  const extrasOf = loadedExtras.get(job.extras);
  return extrasOf !== undefined && !(Symbol.asyncIterator in outcomes)
    ? withExtrasNow(outcomes, extrasOf)
    : withExtras(outcomes, job.extras);
}

function withExtrasOf(outcome: ParseOutcome, extrasOf: (article: Article) => unknown): ParseOutcome {
  return outcome.status === "parsed" ? { ...outcome, extras: extrasOf(outcome.article) } : outcome;
}

function* withExtrasNow(
  outcomes: Iterable<ParseOutcome>,
  extrasOf: (article: Article) => unknown,
): Generator<ParseOutcome> {
  for (const outcome of outcomes) yield withExtrasOf(outcome, extrasOf);
}

async function* withExtras(
  outcomes: Iterable<ParseOutcome> | AsyncIterable<ParseOutcome>,
  url: string,
): AsyncGenerator<ParseOutcome> {
  const extrasOf = await extrasFunction(url);
  for await (const outcome of outcomes) yield withExtrasOf(outcome, extrasOf);
}

/** A file streamed through core (opened at `openPath`, named `path`); `size` is its size when known to be over the limit. */
async function* streamFile(
  openPath: string | Buffer,
  path: string,
  size: number | null,
  options: OutcomeOptions,
): AsyncGenerator<ParseOutcome> {
  let fd: number;
  let gzip: boolean;
  try {
    // Opened without blocking: a FIFO put in place of the file fails instead of waiting.
    fd = openSync(openPath, constants.O_RDONLY | constants.O_NONBLOCK);
    const magic = new Uint8Array(2);
    readSync(fd, magic, 0, 2, 0);
    gzip = isGzip(magic);
  } catch (error) {
    yield failed("unreadable", (error as Error).message);
    return;
  }
  const file = createReadStream(openPath, { fd, start: 0, highWaterMark: READ_CHUNK });
  // Core reads gzip itself (DecompressionStream); on Node, zlib in large chunks costs a third less.
  const stream = gzip ? gunzipped(file) : file;
  try {
    for await (const outcome of streamOutcomes(stream, corePath(path), options)) {
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
    file.destroy();
  }
}

/** Compressed bytes given to zlib at a time: one write expands to at most ~1,000 times this. */
const GUNZIP_FEED = 16 * 1024;
/** Decompressed bytes made ahead of the parse before the file is read further. */
const GUNZIP_AHEAD = 4 * 1024 * 1024;

/**
 * The file decompressed, every byte zlib makes before it fails given out before its error. Piped
 * and iterated, a gzip stream that fails (cut short, a bad checksum, bytes after the last member)
 * throws at once and drops the output it holds: a 5,000-record dump cut at 90% gave no record at
 * all. Here the output is taken as zlib makes it ('data'), the file is fed a small piece at a time,
 * and reading waits while `GUNZIP_AHEAD` bytes are unread, so a gzip bomb expands no further.
 */
async function* gunzipped(file: ReadStream): AsyncGenerator<Uint8Array> {
  const zlib = createGunzip({ chunkSize: GUNZIP_CHUNK });
  const ready: Buffer[] = [];
  let readyBytes = 0;
  let failure: Error | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  // The feeder waits here for room, or for its piece to be decompressed.
  let stopped = false;
  let roomWaiter: (() => void) | null = null;
  const makeRoom = () => {
    const resolve = roomWaiter;
    roomWaiter = null;
    resolve?.();
  };
  const waitForSignal = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });
  zlib.on("data", (chunk: Buffer) => {
    ready.push(chunk);
    readyBytes += chunk.length;
    signal();
  });
  zlib.on("error", (error) => {
    failure ??= error;
    ended = true;
    signal();
    makeRoom();
  });
  zlib.on("end", () => {
    ended = true;
    signal();
  });
  const feeding = (async () => {
    try {
      for await (const chunk of file as AsyncIterable<Buffer>) {
        for (let offset = 0; offset < chunk.length; offset += GUNZIP_FEED) {
          while (readyBytes > GUNZIP_AHEAD && !stopped && !ended) {
            await new Promise<void>((resolve) => {
              roomWaiter = resolve;
            });
          }
          if (stopped || ended) return;
          // zlib calls back once the piece is decompressed; one that fails may never call back.
          await new Promise<void>((resolve) => {
            roomWaiter = resolve;
            zlib.write(chunk.subarray(offset, offset + GUNZIP_FEED), () => resolve());
          });
        }
      }
      // Everything zlib holds comes out before `end` can fail on a file cut short.
      await new Promise<void>((resolve) => {
        roomWaiter = resolve;
        zlib.flush(zlibConstants.Z_SYNC_FLUSH, () => resolve());
      });
      zlib.end();
    } catch (error) {
      // A read error of the file: the parse reports it as unreadable.
      failure ??= error as Error;
      ended = true;
      signal();
    }
  })();
  try {
    for (;;) {
      const next = ready.shift();
      if (next !== undefined) {
        readyBytes -= next.length;
        makeRoom();
        yield next;
        continue;
      }
      if (ended) break;
      await waitForSignal();
    }
    if (failure !== null) throw failure;
  } finally {
    stopped = true;
    makeRoom();
    zlib.destroy();
    file.destroy();
    await feeding;
  }
}

/** The outcome of a job whose parse threw something other than a CaixunError (a core bug). */
export function internalError(error: unknown, during: string): Failed {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return failed("internal-error", `${during}: ${message}`);
}
