import type { Article } from "@caixun/core";
import { type Input, type InputRoot, resolveInputs, type WalkOptions, walkInputs } from "./discover.js";
import { inOrder, once } from "./ordered.js";
import { internalError, type ParseJob, parseJobOutcomes, processParseOptions } from "./parse-job.js";
import { failed, type Outcome, type ParseOutcome, streamOutcomes } from "./policy.js";
import { effectiveJobs, WorkerPool } from "./pool.js";
import { openSpecialStream } from "./read.js";
import { fromWire, type WireOutcome } from "./wire.js";

export interface ParseInputsOptions extends WalkOptions {
  /**
   * Files parsed at once, each on a worker thread; defaults to the cores, and never more (see
   * `effectiveJobs`). With one, files are parsed on the calling thread and no worker starts.
   */
  jobs?: number;
  /** Stops waiting on stdin, a FIFO or a device (Ctrl-C); the caller stops iterating. */
  signal?: AbortSignal;
  /** Rule packs every parse adds (a rules document: one pack or a list, checked by the caller). */
  rules?: unknown;
  /**
   * Inputs that may be parsed ahead of the one the caller is using (default: 4 per worker). A
   * caller that blocks the thread for a while between results (`caixun ingest` writing a batch to
   * SQLite) asks for about as many as it handles in one go: the workers are given that much work in
   * advance, so they parse the next batch while this one is written instead of waiting for it.
   */
  readAhead?: number;
  /**
   * The URL of a module whose default export the thread that parses a file calls on each of its
   * Articles; what it returns comes with the outcome (`Parsed.extras`). Work on an Article that
   * needs nothing else is done there, beside the parse, instead of on the thread that takes the
   * outcomes (`caixun ingest` has its story keys and search text made so: `@caixun/store/prepare`).
   * Inputs read as a stream (stdin, a FIFO) come without extras.
   */
  extras?: string;
}

/** Inputs that may run ahead, per worker, of the slowest one before it. */
const INPUTS_AHEAD_PER_WORKER = 4;

/**
 * A parse worker's young generation, in MB: with V8's default each parse thread added about 60 MB
 * to the process, with 4 about 30, at the same CPU time (3,000 generated files, --jobs 2: peak RSS 211 →
 * 153 MB, docs/benchmarks.md).
 */
const PARSE_YOUNG_GENERATION_MB = 4;

/**
 * Parses every entry below the roots in worker threads (on the calling thread with one job) and
 * yields each outcome with its input, in input order: every entry a walk finds comes out (skips
 * and failures too), and an input that holds many records yields one outcome per record. Memory
 * stays flat: entries are discovered lazily and only a small window of results is held at a time.
 * Stopping the iteration early (fail-fast, Ctrl-C) stops the workers.
 */
export async function* parseInputs(
  roots: readonly InputRoot[],
  options: ParseInputsOptions = {},
): AsyncGenerator<{ input: Input; outcome: Outcome }> {
  const jobs = effectiveJobs(options.jobs);
  const window = Math.max(jobs * INPUTS_AHEAD_PER_WORKER, options.readAhead ?? 0);
  const parser = jobs === 1 ? onThisThread() : onWorkers(jobs, window, options.readAhead);
  // The rules travel to the workers as JSON text, so a worker parses them once per run.
  const rules = options.rules === undefined ? {} : { rules: JSON.stringify(options.rules) };
  const extras = options.extras === undefined ? {} : { extras: options.extras };
  const start = (input: Input): AsyncIterable<Outcome> => {
    if (input.outcome !== undefined) return once(input.outcome);
    if (input.via === "file") return parser.run({ kind: "file", path: input.path, ...rules, ...extras });
    return streamThenParse(input, options.signal, rules.rules);
  };
  try {
    const entries = walkInputs(roots, options);
    if (jobs === 1) {
      // One input at a time, where its outcomes are used: nothing runs ahead, so there is no
      // window to keep in order, and its generators are a cost per file (docs/benchmarks.md).
      for await (const input of entries) {
        for await (const outcome of start(input)) yield { input, outcome };
      }
      return;
    }
    for await (const { item, result } of inOrder(entries, window, start)) {
      yield { input: item, outcome: result };
    }
  } finally {
    await parser.close();
  }
}

/** Where the files of a run are parsed: worker threads, or the calling thread for `--jobs 1`. */
interface Parser {
  run(job: ParseJob): AsyncIterable<ParseOutcome>;
  close(): Promise<void>;
}

/** A pool of `jobs` worker threads; their outcomes arrive as JSON Lines records (wire.ts). */
function onWorkers(jobs: number, window: number, readAhead: number | undefined): Parser {
  const pool = new WorkerPool<ParseJob, WireOutcome>(new URL("./parse-worker.js", import.meta.url), {
    size: jobs,
    crashResult: (error) => internalError(error, "parse worker failed"),
    youngGenerationMb: PARSE_YOUNG_GENERATION_MB,
    // Work handed to the workers ahead of time: a blocked main thread hands out nothing until it is free.
    ...(readAhead === undefined ? {} : { inFlightPerWorker: Math.max(2, Math.ceil(window / jobs)) }),
  });
  return { run: (job) => decoded(pool.run(job)), close: () => pool.close() };
}

/**
 * The event loop turns at least this often during a run parsed on the calling thread, so Ctrl-C,
 * the progress line and the output's writes are served between files as they are with workers.
 */
const TURN_EVERY_MS = 20;

/**
 * `--jobs 1`: every file parsed on the calling thread, when its turn comes. A worker thread is
 * there to parse files side by side, and with one there is nothing to run beside it, while it
 * costs a second copy of the parse's code (loaded, compiled and optimised again in its isolate),
 * the messages and a JSON round trip of every Article (docs/benchmarks.md). The failure policy is
 * the same: whatever the parse throws becomes that file's `internal-error` outcome, and the run
 * goes on. (Neither way bounds a parse's time: core does, per input.)
 */
function onThisThread(): Parser {
  let turnedAt = performance.now();
  return {
    async *run(job) {
      if (performance.now() - turnedAt >= TURN_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        turnedAt = performance.now();
      }
      try {
        yield* parseJobOutcomes(job);
      } catch (error) {
        yield internalError(error, "core threw");
      }
    },
    close: async () => undefined,
  };
}

/**
 * Stdin, a FIFO or a device: streamed through core here (so Ctrl-C can stop the wait), record by
 * record — a dump piped in is parsed as it arrives, a one-document input is read to the size limit
 * and no further (a `/dev/zero` ends there).
 */
function streamThenParse(
  input: Input,
  signal: AbortSignal | undefined,
  rules: string | undefined,
): AsyncIterable<Outcome> {
  const stdin = input.path === "-";
  return (async function* () {
    let stream: NodeJS.ReadableStream & { destroy(error?: Error): void };
    try {
      stream = stdin ? process.stdin : await openSpecialStream(input.path);
    } catch (error) {
      yield failed("unreadable", (error as Error).message);
      return;
    }
    const stop = () => stream.destroy();
    if (signal?.aborted) stop();
    signal?.addEventListener("abort", stop, { once: true });
    try {
      yield* streamOutcomes(
        stream as AsyncIterable<Uint8Array>,
        stdin ? "stdin" : input.path,
        processParseOptions(rules),
      );
    } catch (error) {
      yield failed(
        "unreadable",
        signal?.aborted ? "interrupted before the input ended" : (error as Error).message,
      );
    } finally {
      signal?.removeEventListener("abort", stop);
      if (!stdin) stream.destroy();
    }
  })();
}

/** A worker's outcomes as the main thread uses them (see wire.ts). */
async function* decoded(outcomes: AsyncIterable<WireOutcome>): AsyncGenerator<ParseOutcome> {
  for await (const outcome of outcomes) yield fromWire(outcome);
}

export interface ParseArticlesOptions extends ParseInputsOptions {
  /** Told of every input (or record) that gave no Article: a failure or a skip. */
  onOther?: (input: Input, outcome: Exclude<Outcome, { status: "parsed" }>) => void;
}

/**
 * The Articles below `specs` (files, folders, globs), parsed on the pool in input order, for a
 * caller that wants only the articles and hears of the rest through `onOther`.
 */
export async function* parseArticles(
  specs: readonly string[],
  options: ParseArticlesOptions = {},
): AsyncGenerator<Article> {
  for await (const { input, outcome } of parseInputs(await resolveInputs(specs), options)) {
    if (outcome.status === "parsed") yield outcome.article;
    else options.onOther?.(input, outcome);
  }
}
