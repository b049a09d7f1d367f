import type { Article } from "@caixun/core";
import { type Input, type InputRoot, resolveInputs, type WalkOptions, walkInputs } from "./discover.js";
import { inOrder, once } from "./ordered.js";
import { internalError, type ParseJob, processParseOptions } from "./parse-job.js";
import { failed, type Outcome, type ParseOutcome, streamOutcomes } from "./policy.js";
import { effectiveJobs, WorkerPool } from "./pool.js";
import { openSpecialStream } from "./read.js";
import { fromWire, type WireOutcome } from "./wire.js";

export interface ParseInputsOptions extends WalkOptions {
  /** Worker threads; defaults to the cores, and never more (see `effectiveJobs`). */
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
 * Parses every entry below the roots in worker threads and yields each outcome with its input, in
 * input order: every entry a walk finds comes out (skips and failures too), and an input that
 * holds many records yields one outcome per record. Memory stays flat: entries are discovered
 * lazily and only a small window of results is held at a time. Stopping the iteration early
 * (fail-fast, Ctrl-C) stops the workers.
 */
export async function* parseInputs(
  roots: readonly InputRoot[],
  options: ParseInputsOptions = {},
): AsyncGenerator<{ input: Input; outcome: Outcome }> {
  const jobs = effectiveJobs(options.jobs);
  const window = Math.max(jobs * INPUTS_AHEAD_PER_WORKER, options.readAhead ?? 0);
  const pool = new WorkerPool<ParseJob, WireOutcome>(new URL("./parse-worker.js", import.meta.url), {
    size: jobs,
    crashResult: (error) => internalError(error, "parse worker failed"),
    youngGenerationMb: PARSE_YOUNG_GENERATION_MB,
    // Work handed to the workers ahead of time: a blocked main thread hands out nothing until it is free.
    ...(options.readAhead === undefined ? {} : { inFlightPerWorker: Math.max(2, Math.ceil(window / jobs)) }),
  });
  const run = (job: ParseJob) => decoded(pool.run(job));
  // The rules travel to the workers as JSON text, so a worker parses them once per run.
  const rules = options.rules === undefined ? {} : { rules: JSON.stringify(options.rules) };
  const start = (input: Input): AsyncIterable<Outcome> => {
    if (input.outcome !== undefined) return once(input.outcome);
    if (input.via === "file") return run({ kind: "file", path: input.path, ...rules });
    return streamThenParse(input, options.signal, rules.rules);
  };
  try {
    const entries = walkInputs(roots, options);
    for await (const { item, result } of inOrder(entries, window, start)) {
      yield { input: item, outcome: result };
    }
  } finally {
    await pool.close();
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
