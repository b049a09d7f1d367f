/** Messages between a `WorkerPool` and its workers (`serveTasks`). */

export type ToWorker<J> = { type: "task"; id: number; job: J } | { type: "ack"; id: number };

/** A batch of one task's results; `done` on the last one (which may be empty). */
export interface ResultBatch<R> {
  id: number;
  results: R[];
  done: boolean;
}

/**
 * What a worker sends: batches, and once, as soon as it can take tasks, `ready` (its start, the
 * loading of its modules, is not time any task spent).
 */
export type FromWorker<R> = ResultBatch<R> | { ready: true };

/** Results a worker gathers into one message. */
export const BATCH_SIZE = 64;

/**
 * Milliseconds a worker holds results back to fill a batch: past it, what it has goes out with the
 * next result. So a worker giving results, however slowly each comes (a dump of large records),
 * is heard within one result's work and this long, and only one stuck in one piece of work falls
 * silent (`WorkerPoolOptions.silenceLimitMs`). At most ten messages a second a task.
 */
export const BATCH_WAIT_MS = 100;

/**
 * Batches of one task a worker sends ahead of what the main thread has taken; then it waits. This
 * keeps memory flat when an input yields many results (a dump of thousands of records) behind an
 * input that is still being parsed.
 */
export const BATCHES_AHEAD = 2;
