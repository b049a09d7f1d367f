/** Messages between a `WorkerPool` and its workers (`serveTasks`). */

export type ToWorker<J> = { type: "task"; id: number; job: J } | { type: "ack"; id: number };

/** A batch of one task's results; `done` on the last one (which may be empty). */
export interface FromWorker<R> {
  id: number;
  results: R[];
  done: boolean;
}

/** Results a worker gathers into one message. */
export const BATCH_SIZE = 64;

/**
 * Batches of one task a worker sends ahead of what the main thread has taken; then it waits. This
 * keeps memory flat when an input yields many results (a dump of thousands of records) behind an
 * input that is still being parsed.
 */
export const BATCHES_AHEAD = 2;
