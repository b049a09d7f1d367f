/** Messages between a `WorkerPool` and its workers (`serveTasks`). */

export type ToWorker<J> =
  | { type: "task"; id: number; job: J }
  | { type: "ack"; id: number }
  /** Once, before any task, when the pool's own thread may take tasks too (`WorkerPoolOptions.runHere`). */
  | { type: "claims"; cells: Int32Array };

/** A batch of one task's results; `done` on the last one (which may be empty). */
export interface ResultBatch<R> {
  id: number;
  results: R[];
  done: boolean;
  /** The task was not run: its claim cell no longer held its id (the pool's thread took it, see `claimCell`). */
  declined?: true;
}

/**
 * Claim cells a pool shares with its workers when its own thread takes tasks too: task `id`'s cell is
 * `id & (CLAIM_CELLS - 1)`, holding `id` while nobody has taken the task and `CLAIMED` once a
 * thread has (`Atomics.compareExchange`, so exactly one thread runs it). A cell reused by a later task
 * before the worker read the earlier one's message makes the worker decline it, and the pool runs it
 * again: the size bounds nothing but how often that happens (never, with fewer tasks in flight).
 */
export const CLAIM_CELLS = 4096;

/** A claim cell's value once a thread has taken its task. */
export const CLAIMED = -1;

/** The claim cell of task `id`. */
export function claimCell(id: number): number {
  return id & (CLAIM_CELLS - 1);
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

/**
 * Hands each of a job's results to `take`, which returns a promise when the results must wait to be
 * taken (`BATCHES_AHEAD`). A synchronous job's results are taken without an await each (a microtask,
 * which lets no message in either): only waiting for room suspends it. A worker (`serveTasks`) and the
 * pool's own thread (`WorkerPoolOptions.runHere`) run their jobs through it.
 */
export async function takeEach<R>(
  results: Iterable<R> | AsyncIterable<R>,
  take: (result: R) => Promise<void> | undefined,
): Promise<void> {
  if (Symbol.asyncIterator in results) {
    for await (const result of results) {
      const room = take(result);
      if (room !== undefined) await room;
    }
  } else {
    for (const result of results) {
      const room = take(result);
      if (room !== undefined) await room;
    }
  }
}
