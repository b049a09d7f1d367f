import { constants, createReadStream, openSync } from "node:fs";
import { resolve } from "node:path";
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
  try {
    // Opened without blocking: a FIFO put in place of the file fails instead of waiting.
    fd = openSync(openPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    yield failed("unreadable", (error as Error).message);
    return;
  }
  // Core decompresses gzip itself, keeping every record before a fault (`parseAll`).
  const file = createReadStream(openPath, { fd, start: 0, highWaterMark: READ_CHUNK });
  try {
    for await (const outcome of streamOutcomes(file, corePath(path), options)) {
      // The policy's message names the real size when the file system knows it.
      yield outcome.status === "failed" &&
      outcome.failure.code === "input-too-large" &&
      outcome.ref === undefined
        ? inputTooLarge(size, "file")
        : outcome;
    }
  } catch (error) {
    yield failed("unreadable", (error as Error).message);
  } finally {
    file.destroy();
  }
}

/** The outcome of a job whose parse threw something other than a CaixunError (a core bug). */
export function internalError(error: unknown, during: string): Failed {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return failed("internal-error", `${during}: ${message}`);
}
