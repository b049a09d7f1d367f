import { Worker } from "node:worker_threads";
import type { Outcome } from "./outcome.js";
import type { ParseJob, WorkerReply, WorkerRequest } from "./worker-protocol.js";

interface Task {
  id: number;
  job: ParseJob;
  resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/**
 * A fixed set of worker threads that parse inputs. `parse` never rejects: whatever goes wrong with
 * one input (even a worker dying) becomes that input's failure, and the pool replaces the worker.
 * Workers keep the process alive until `close`.
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
      this.queue.push({ id: this.nextId++, job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./parse-worker.js", import.meta.url));
    const slot: Slot = { worker, task: null };
    worker.on("message", (reply: WorkerReply) => {
      const task = slot.task;
      if (task === null || task.id !== reply.id) return;
      slot.task = null;
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
    const task = slot.task;
    slot.task = null;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots[index] = this.spawn();
    task?.resolve({
      ok: false,
      failure: { code: "internal-error", message: `parse worker failed: ${error.message}` },
    });
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task !== null) continue;
      const task = this.queue.shift();
      if (task === undefined) return;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, job: task.job } satisfies WorkerRequest);
    }
  }
}
