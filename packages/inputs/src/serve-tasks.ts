import { parentPort } from "node:worker_threads";
import {
  BATCH_SIZE,
  BATCH_WAIT_MS,
  BATCHES_AHEAD,
  type ResultBatch,
  type ToWorker,
} from "./pool-protocol.js";

/**
 * The worker side of a `WorkerPool`: runs `handler` on each job and sends its results back in
 * batches (of `BATCH_SIZE`, or what `BATCH_WAIT_MS` gathered), waiting for the main thread to take them
 * when it is `BATCHES_AHEAD` batches ahead. It says `ready` first, once the worker's modules are loaded.
 * Several jobs run at once (interleaved at their awaits). Whatever the handler throws becomes its
 * last result through `onError`, so a job always ends. The buffers `transferables` names for a
 * result are handed over with it rather than copied (the result must not use them afterwards).
 */
export function serveTasks<J, R>(
  handler: (job: J) => Iterable<R> | AsyncIterable<R>,
  onError: (error: unknown) => R,
  transferables: (result: R) => ArrayBuffer[] = () => [],
): void {
  const port = parentPort;
  if (port === null) throw new Error("serveTasks runs in a worker thread");
  const ahead = new Map<number, number>();
  const resume = new Map<number, () => void>();

  const send = (message: ResultBatch<R>) => port.postMessage(message, message.results.flatMap(transferables));

  async function run(id: number, job: J): Promise<void> {
    ahead.set(id, 0);
    let batch: R[] = [];
    let since = performance.now();
    /** Adds a result to the batch; a promise when the batch went out and the worker must wait for room. */
    const take = (result: R): Promise<void> | undefined => {
      batch.push(result);
      if (batch.length < BATCH_SIZE && performance.now() - since < BATCH_WAIT_MS) return undefined;
      send({ id, results: batch, done: false });
      batch = [];
      const sent = ahead.get(id)! + 1;
      ahead.set(id, sent);
      if (sent < BATCHES_AHEAD) {
        since = performance.now();
        return undefined;
      }
      return new Promise<void>((go) => resume.set(id, go)).then(() => {
        since = performance.now();
      });
    };
    try {
      const results = handler(job);
      // A synchronous job's results are taken without an await each (a microtask, which lets no
      // message in either): only waiting for room suspends it.
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
    } catch (error) {
      batch.push(onError(error));
    }
    ahead.delete(id);
    resume.delete(id);
    send({ id, results: batch, done: true });
  }

  port.postMessage({ ready: true });
  port.on("message", (message: ToWorker<J>) => {
    if (message.type === "task") {
      void run(message.id, message.job);
      return;
    }
    // Acknowledgements of a task that has ended since are of no use.
    if (!ahead.has(message.id)) return;
    const left = ahead.get(message.id)! - 1;
    ahead.set(message.id, left);
    const go = resume.get(message.id);
    if (go !== undefined && left < BATCHES_AHEAD) {
      resume.delete(message.id);
      go();
    }
  });
}
