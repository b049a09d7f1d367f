import type { Article } from "@caixun/core";
import { type Input, type InputRoot, resolveInputs, type WalkOptions, walkInputs } from "./discover.js";
import { inOrder, once } from "./ordered.js";
import { internalError, type ParseJob } from "./parse-job.js";
import { failed, inputTooLarge, type Outcome, type ParseOutcome } from "./policy.js";
import { effectiveJobs, WorkerPool } from "./pool.js";
import { openSpecialStream, ReadAbortedError, readStreamBounded } from "./read.js";
import { fromWire, type WireOutcome } from "./wire.js";

export interface ParseInputsOptions extends WalkOptions {
  /** Worker threads; defaults to the cores, and never more (see `effectiveJobs`). */
  jobs?: number;
  /** Stops waiting on stdin, a FIFO or a device (Ctrl-C); the caller stops iterating. */
  signal?: AbortSignal;
  /** Rule packs every parse adds (a rules document: one pack or a list, checked by the caller). */
  rules?: unknown;
}

/** Inputs that may run ahead, per worker, of the slowest one before it. */
const INPUTS_AHEAD_PER_WORKER = 4;

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
  const pool = new WorkerPool<ParseJob, WireOutcome>(new URL("./parse-worker.js", import.meta.url), {
    size: jobs,
    crashResult: (error) => internalError(error, "parse worker failed"),
  });
  const run = (job: ParseJob) => decoded(pool.run(job));
  // The rules travel to the workers as JSON text, so a worker parses them once per run.
  const rules = options.rules === undefined ? {} : { rules: JSON.stringify(options.rules) };
  const start = (input: Input): AsyncIterable<Outcome> => {
    if (input.outcome !== undefined) return once(input.outcome);
    if (input.via === "file") return run({ kind: "file", path: input.path, ...rules });
    return readThenParse(input, run, options.signal, rules);
  };
  try {
    const entries = walkInputs(roots, options);
    for await (const { item, result } of inOrder(entries, jobs * INPUTS_AHEAD_PER_WORKER, start)) {
      yield { input: item, outcome: result };
    }
  } finally {
    await pool.close();
  }
}

/** Stdin, a FIFO or a device: read here (so Ctrl-C can stop the wait), parsed in the pool. */
function readThenParse(
  input: Input,
  run: (job: ParseJob) => AsyncIterable<ParseOutcome>,
  signal: AbortSignal | undefined,
  rules: { rules?: string },
): AsyncIterable<Outcome> {
  const stdin = input.path === "-";
  const read = (async () => {
    const stream = stdin ? process.stdin : await openSpecialStream(input.path);
    return readStreamBounded(stream, signal);
  })().catch((error: Error) =>
    failed(
      "unreadable",
      error instanceof ReadAbortedError ? "interrupted before the input ended" : error.message,
    ),
  );
  return (async function* () {
    const got = await read;
    if ("status" in got) yield got;
    else if (got.tooLarge) yield inputTooLarge(null, stdin ? "stdin" : "input");
    else yield* run({ kind: "bytes", bytes: got.bytes, filename: stdin ? "stdin" : input.path, ...rules });
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
