import { availableParallelism } from "node:os";
import { type Input, type InputRoot, type WalkOptions, walkInputs } from "./inputs.js";
import { mapOrdered } from "./ordered.js";
import type { Outcome } from "./outcome.js";
import { ParsePool } from "./parse-pool.js";
import { readStdin } from "./stdin.js";

export interface PipelineOptions extends WalkOptions {
  /** Worker threads; defaults to the number of cores. */
  jobs?: number;
}

/** Results that may wait, per worker, for a slower input ahead of them to finish. */
const RESULTS_BUFFERED_PER_WORKER = 4;

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Parses every input below the roots in worker threads and yields each input with its outcome in
 * input order. Memory stays flat: inputs are discovered lazily and only a small window of results
 * is held at a time. Stopping the iteration early (fail-fast, Ctrl-C) stops the workers.
 */
export async function* parseInputs(
  roots: readonly InputRoot[],
  options: PipelineOptions = {},
): AsyncGenerator<{ input: Input; outcome: Outcome }> {
  const jobs = options.jobs ?? defaultJobs();
  const pool = new ParsePool(jobs);
  try {
    const parseOne = async (input: Input): Promise<Outcome> => {
      if (input.unreadable !== undefined)
        return { ok: false, failure: { code: "unreadable", message: input.unreadable } };
      if (input.path !== "-") return pool.parse({ kind: "file", path: input.path });
      const bytes = await readStdin().catch((error: Error) => error);
      if (bytes instanceof Error)
        return { ok: false, failure: { code: "unreadable", message: bytes.message } };
      return pool.parse({ kind: "bytes", bytes, filename: "stdin" });
    };
    for await (const { item, result } of mapOrdered(
      walkInputs(roots, options),
      jobs * RESULTS_BUFFERED_PER_WORKER,
      parseOne,
    )) {
      yield { input: item, outcome: result };
    }
  } finally {
    await pool.close();
  }
}
