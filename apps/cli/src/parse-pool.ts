import { Worker } from "node:worker_threads";
import type { Outcome } from "./outcome.js";
import type { ParseJob, WorkerReply, WorkerRequest } from "./worker-protocol.js";

interface Task {
  id: number;
  job: ParseJob;
  resolve: (outcome: Outcome) => void;
  /** Workers that died while this task was in flight. */
  crashes: number;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
}

/**
 * Inputs a worker holds at once. With one, a worker idles while its file is read and while its
 * result travels back (about half its time, profiled); two keep it parsing.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * A fixed set of worker threads that parse inputs. `parse` never rejects: whatever goes wrong with
 * one input (even a worker dying) becomes that input's failure, and the pool replaces the worker.
 * When a worker dies holding several inputs, they go back in the queue to be run one per worker, so
 * only the input that kills a worker on its own fails. Workers keep the process alive until `close`.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  parse(job: ParseJob): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve, crashes: 0 });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./parse-worker.js", import.meta.url));
    const slot: Slot = { worker, tasks: new Map() };
    worker.on("message", (reply: WorkerReply) => {
      const task = slot.tasks.get(reply.id);
      if (task === undefined) return;
      slot.tasks.delete(reply.id);
      task.resolve(reply.outcome);
      this.dispatch();
    });
    worker.on("error", (error) => this.replace(slot, error));
    worker.on("exit", (code) => {
      if (!this.closed) this.replace(slot, new Error(`parse worker exited with code ${code}`));
    });
    return slot;
  }

  private replace(slot: Slot, error: Error): void {
    if (this.closed) return;
    const tasks = [...slot.tasks.values()];
    slot.tasks.clear();
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots[index] = this.spawn();
    // Alone in its worker, a task is to blame for the crash; among others, each goes back to be
    // run alone (see dispatch).
    const retry: Task[] = [];
    for (const task of tasks) {
      task.crashes++;
      if (tasks.length > 1) {
        retry.push(task);
        continue;
      }
      task.resolve({
        ok: false,
        failure: { code: "internal-error", message: `parse worker failed: ${error.message}` },
      });
    }
    this.queue.unshift(...retry);
    this.dispatch();
  }

  private dispatch(): void {
    for (let round = 0; round < IN_FLIGHT_PER_WORKER; round++) {
      for (const slot of this.slots) {
        if (slot.tasks.size > round || holdsSuspect(slot)) continue;
        const next = this.queue[0];
        if (next === undefined) return;
        // A task that was in a crashed worker runs alone, so a second crash names it.
        if (next.crashes > 0 && slot.tasks.size > 0) continue;
        const task = this.queue.shift()!;
        slot.tasks.set(task.id, task);
        slot.worker.postMessage({ id: task.id, job: task.job } satisfies WorkerRequest);
      }
    }
  }
}

function holdsSuspect(slot: Slot): boolean {
  for (const task of slot.tasks.values()) if (task.crashes > 0) return true;
  return false;
}
