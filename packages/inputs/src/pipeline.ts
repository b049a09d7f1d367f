import { type Article, DEFAULT_SETTINGS, MAX_INPUT_SIZE } from "@caixun/core";
import { type Input, type InputRoot, resolveInputs, type WalkOptions, walkInputs } from "./discover.js";
import { inOrder, once } from "./ordered.js";
import { internalError, type ParseJob, parseJobOutcomes, processParseOptions } from "./parse-job.js";
import { failed, type Outcome, type ParseOutcome, streamOutcomes } from "./policy.js";
import { effectiveJobs, WorkerPool, WorkerStartError, WorkerStuckError } from "./pool.js";
import { openSpecialStream } from "./read.js";
import { fromWire, type WireOutcome } from "./wire.js";

export interface ParseInputsOptions extends WalkOptions {
  /**
   * Files parsed at once, each on a worker thread; defaults to the cores, and never more (see
   * `effectiveJobs`). With one, files are parsed on the calling thread and no worker starts.
   */
  jobs?: number;
  /**
   * The calling thread has work of its own on every outcome, as much as a parse or more (`caixun
   * ingest` stores each Article): it counts as one of the `jobs` threads, so `jobs` N parses on N − 1
   * workers beside it (one at least; with one job everything runs on the calling thread, as always).
   * On 2 cores two parse workers and a writing thread were three busy threads on two cores, each
   * worker warming up alone: more CPU for the same wall time (docs/benchmarks.md).
   */
  callerWorks?: boolean;
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
  /**
   * Workers send each Article as its JSON text rather than as its JSON Lines record in UTF-8, for a
   * caller that reads every Article (`caixun ingest` stores them): the text crosses as a copy of
   * the string, where the record's bytes had to be encoded by the worker and decoded again by the
   * calling thread (a 6% of the storing thread's instructions, docs/benchmarks.md). A caller that
   * writes the records out as they came (`caixun parse`) keeps the bytes: it never decodes them.
   */
  articleAsText?: boolean;
  /**
   * Milliseconds a parse worker may work on its inputs without giving an outcome (default
   * `DEFAULT_PARSE_TIMEOUT_MS`; 0: no limit). A worker past it is stopped and replaced, the input it
   * was parsing fails with `parse-budget-exceeded`, and the others go on. With one job the parse runs
   * on the calling thread, which nothing can stop: there only core's budget bounds it.
   */
  parseTimeoutMs?: number;
}

/**
 * The default `parseTimeoutMs`: twice the longest budget core gives one document (its budget for an
 * input of `MAX_INPUT_SIZE`: 170 s), so that core's own stop, typed and at the end of a stage, comes
 * first whenever a stage ends at all; this limit is for a stage that does not (a worker stuck in it
 * would otherwise hold its inputs for good).
 */
export const DEFAULT_PARSE_TIMEOUT_MS =
  2 *
  (DEFAULT_SETTINGS.parseBudgetMillis +
    (DEFAULT_SETTINGS.parseBudgetMillisPerMegabyte * MAX_INPUT_SIZE) / (1024 * 1024));

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
  // The rules travel to the workers as JSON text, so a worker parses them once per run.
  const rules = options.rules === undefined ? {} : { rules: JSON.stringify(options.rules) };
  const extras = options.extras === undefined ? {} : { extras: options.extras };
  const asText = options.articleAsText ? { articleAsText: true as const } : {};
  const fileJob = (input: Input): ParseJob => ({
    kind: "file",
    path: input.path,
    ...(input.bytesPath === undefined ? {} : { bytesPath: input.bytesPath }),
    ...rules,
    ...extras,
    ...asText,
  });
  const entries = walkInputs(roots, options);
  if (jobs === 1) {
    // One input at a time, where its outcomes are used: nothing runs ahead, so there is no window
    // to keep in order, and a file read at once is parsed and its outcomes taken without a
    // generator or an await of their own (each was a cost per file: docs/benchmarks.md).
    const here = onThisThread();
    for await (const input of entries) {
      let outcomes: Iterable<Outcome> | AsyncIterable<Outcome>;
      if (input.outcome !== undefined) outcomes = [input.outcome];
      else if (input.via === "file") {
        const turning = here.turn();
        if (turning !== undefined) await turning;
        outcomes = here.run(fileJob(input));
      } else outcomes = streamThenParse(input, options.signal, rules.rules);
      if (Symbol.asyncIterator in outcomes) {
        for await (const outcome of outcomes) yield { input, outcome };
      } else {
        for (const outcome of outcomes) yield { input, outcome };
      }
    }
    return;
  }
  const workers = options.callerWorks ? jobs - 1 : jobs;
  const window = Math.max(workers * INPUTS_AHEAD_PER_WORKER, options.readAhead ?? 0);
  const pool = onWorkers(
    workers,
    window,
    options.readAhead,
    options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS,
  );
  const start = (input: Input): AsyncIterable<Outcome> => {
    if (input.outcome !== undefined) return once(input.outcome);
    if (input.via === "file") return pool.run(fileJob(input));
    return streamThenParse(input, options.signal, rules.rules);
  };
  try {
    for await (const { item, result } of inOrder(entries, window, start)) {
      yield { input: item, outcome: result };
    }
  } finally {
    await pool.close();
  }
}

/** A pool of `jobs` worker threads; their outcomes arrive as JSON Lines records (wire.ts). */
function onWorkers(
  jobs: number,
  window: number,
  readAhead: number | undefined,
  timeoutMs: number,
): { run(job: ParseJob): AsyncIterable<ParseOutcome>; close(): Promise<void> } {
  const pool = new WorkerPool<ParseJob, WireOutcome>(new URL("./parse-worker.js", import.meta.url), {
    size: jobs,
    crashResult: (error) =>
      error instanceof WorkerStuckError
        ? failed("parse-budget-exceeded", `the parse ran past the time limit; ${error.message}`)
        : error instanceof WorkerStartError
          ? // Not the input's fault and no stack of the input's parse: the cause is all there is to say.
            failed("internal-error", `not parsed: ${error.message}`)
          : internalError(error, "parse worker failed"),
    youngGenerationMb: PARSE_YOUNG_GENERATION_MB,
    ...(timeoutMs === 0 ? {} : { silenceLimitMs: timeoutMs }),
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
 * goes on. (Here only core's budget bounds a parse's time; a worker is stopped past `parseTimeoutMs`.)
 */
function onThisThread(): {
  /** Lets the event loop turn when it has not for `TURN_EVERY_MS` (Ctrl-C, progress, output). */
  turn(): Promise<void> | undefined;
  run(job: ParseJob): Iterable<ParseOutcome> | AsyncIterable<ParseOutcome>;
} {
  let turnedAt = performance.now();
  return {
    turn() {
      if (performance.now() - turnedAt < TURN_EVERY_MS) return undefined;
      return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        turnedAt = performance.now();
      });
    },
    run(job) {
      try {
        const outcomes = parseJobOutcomes(job);
        return Symbol.asyncIterator in outcomes ? guardedStream(outcomes) : guarded(outcomes);
      } catch (error) {
        return [internalError(error, "core threw")];
      }
    },
  };
}

/** The outcomes of a parse on this thread; what the parse throws ends them as an `internal-error`. */
function* guarded(outcomes: Iterable<ParseOutcome>): Generator<ParseOutcome> {
  try {
    yield* outcomes;
  } catch (error) {
    yield internalError(error, "core threw");
  }
}

async function* guardedStream(outcomes: AsyncIterable<ParseOutcome>): AsyncGenerator<ParseOutcome> {
  try {
    yield* outcomes;
  } catch (error) {
    yield internalError(error, "core threw");
  }
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
