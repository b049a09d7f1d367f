import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { BATCHES_AHEAD, type FromWorker, type ToWorker } from "./pool-protocol.js";

/**
 * Written by hand rather than taken from piscina or tinypool (as fast, measured in docs/benchmarks.md,
 * "Inputs"): a task here streams many results in batches with flow control (one input, thousands of
 * records) where theirs return one value, and a worker that dies holding several inputs gets each of
 * them retried alone, so only the input that kills a worker fails.
 */

/** Worker threads for `requested` (default: every core), never more than the cores. */
export function effectiveJobs(requested?: number): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(requested ?? cores, cores));
}

export interface WorkerPoolOptions<R> {
  /** Most worker threads; they start only as work needs them, so five inputs never start more than five. */
  size: number;
  /** The result a task ends with when its worker dies under it. */
  crashResult: (error: Error) => R;
  /**
   * Tasks a worker holds at once. With one, a worker idles while its input is read and while its
   * results travel back (about half its time, profiled); two keep it busy.
   */
  inFlightPerWorker?: number;
  /**
   * Most megabytes of a worker's young generation (V8's default for a thread is far larger). Work
   * whose garbage dies young (a parse per task) runs as fast with a small one, and each thread's
   * resident memory stays that much lower.
   */
  youngGenerationMb?: number;
  /**
   * Milliseconds a worker may go without a message while it has a task to work on (one not held
   * back until its results are taken). A worker that stays silent longer is stuck in work that will
   * not end (core checks its parse budget only between stages, and cannot stop a stage that runs
   * away): it is terminated and replaced, and its tasks end as when a worker dies (see `run`), with
   * a `WorkerStuckError`. A worker giving results is heard within one result's work and `BATCH_WAIT_MS`,
   * so the limit bounds the work of one result. Unset: no limit.
   */
  silenceLimitMs?: number;
  /**
   * Milliseconds a worker may take to say it is ready (default `DEFAULT_WORKER_START_LIMIT_MS`). A
   * worker that does not (its modules hang while loading), or exits or throws before it does, failed to
   * start: no task it held is to blame, so each goes back to run on a fresh worker. After
   * `WORKER_START_ATTEMPTS` failed starts in a row, with no worker ready between them, the pool cannot start
   * workers at all: every task it holds or is given ends with a `WorkerStartError`, so no input waits for good.
   */
  startLimitMs?: number;
}

/**
 * Default of `WorkerPoolOptions.startLimitMs`: a parse worker loads core and its dictionary in about half a
 * second on an idle core; this is that many times over on a machine that is busy, and no hang lasts longer.
 */
export const DEFAULT_WORKER_START_LIMIT_MS = 30_000;

/** Failed worker starts in a row after which the pool gives up starting workers (see `startLimitMs`). */
export const WORKER_START_ATTEMPTS = 2;

/** The error a task ends with when the pool could not start a worker to run it (`WorkerPoolOptions.startLimitMs`). */
export class WorkerStartError extends Error {
  override readonly name = "WorkerStartError";
  constructor(cause: string) {
    super(`no worker thread would start (${WORKER_START_ATTEMPTS} failed in a row; the last ${cause})`);
  }
}

/** The error a task ends with when its worker went silent past `WorkerPoolOptions.silenceLimitMs`. */
export class WorkerStuckError extends Error {
  override readonly name = "WorkerStuckError";
  constructor(readonly limitMs: number) {
    super(`its worker worked ${limitMs} ms without a result and was stopped`);
  }
}

interface Task<J, R> {
  id: number;
  job: J;
  results: ResultStream<R>;
  /** Workers that died while this task was in flight. */
  crashes: number;
  /** Batches received and not yet taken: at `BATCHES_AHEAD` the worker waits, and is not working on this task. */
  untaken: number;
}

interface Slot<J, R> {
  worker: Worker;
  tasks: Map<number, Task<J, R>>;
  /** Whether the worker has said it is ready: its silence counts only from then. */
  ready: boolean;
  /** When the worker last sent a message, or was given work after it had none (`performance.now()`). */
  heardAt: number;
  /** Stops the worker if it is not ready within the start limit; cleared when it is. */
  startTimer: NodeJS.Timeout;
}

/**
 * A set of worker threads running `script` (which calls `serveTasks`). `run` never fails: whatever
 * goes wrong with a job (even its worker dying) becomes its last result, and the pool starts
 * another worker when one is needed. When a worker dies holding several tasks that have sent
 * nothing yet, they go back in the queue to run one per worker, so only the task that kills a
 * worker on its own fails. Workers keep the process alive until `close`.
 */
export class WorkerPool<J, R> {
  private readonly slots: Slot<J, R>[] = [];
  private readonly queue: Task<J, R>[] = [];
  private readonly inFlight: number;
  private nextId = 0;
  private started = 0;
  private closed = false;
  /** Workers in a row that failed to start (see `startLimitMs`); no worker was ready since the first. */
  private failedStarts = 0;
  /** Set once `WORKER_START_ATTEMPTS` starts failed in a row: no worker is started again (see `failStart`). */
  private startError: WorkerStartError | undefined;
  /** Checks the workers' silence (with `silenceLimitMs`), while the pool is open. */
  private readonly watch: NodeJS.Timeout | undefined;

  constructor(
    private readonly script: URL,
    private readonly options: WorkerPoolOptions<R>,
  ) {
    this.inFlight = options.inFlightPerWorker ?? 2;
    const limit = options.silenceLimitMs;
    if (limit !== undefined) {
      // Checked a few times a limit: a stuck worker is stopped at most a quarter of it late.
      this.watch = setInterval(() => this.stopStuck(limit), Math.max(10, Math.min(1000, limit / 4)));
      // The workers keep the process alive while there is work; this timer alone must not.
      this.watch.unref();
    }
  }

  /** Worker threads started so far (replacements of dead ones included). */
  get workersStarted(): number {
    return this.started;
  }

  /** Queues a job; its results arrive in the order the worker yields them. */
  run(job: J): AsyncIterable<R> {
    const id = this.nextId++;
    const results = new ResultStream<R>(() => this.acknowledge(id));
    this.queue.push({ id, job, results, crashes: 0, untaken: 0 });
    this.dispatch();
    return results;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watch);
    for (const slot of this.slots) clearTimeout(slot.startTimer);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private acknowledge(id: number): void {
    const slot = this.slots.find((candidate) => candidate.tasks.has(id));
    if (slot === undefined) return;
    const idle = !working(slot);
    slot.tasks.get(id)!.untaken--;
    if (idle) slot.heardAt = performance.now();
    slot.worker.postMessage({ type: "ack", id } satisfies ToWorker<J>);
  }

  /** Stops each worker that has been working without a word for longer than `limit` ms. */
  private stopStuck(limit: number): void {
    const now = performance.now();
    for (const slot of [...this.slots]) {
      if (working(slot) && now - slot.heardAt > limit) this.replace(slot, new WorkerStuckError(limit));
    }
  }

  private spawn(): Slot<J, R> {
    const { youngGenerationMb } = this.options;
    const worker = new Worker(
      this.script,
      youngGenerationMb === undefined
        ? {}
        : { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } },
    );
    this.started++;
    const startLimit = this.options.startLimitMs ?? DEFAULT_WORKER_START_LIMIT_MS;
    const startTimer = setTimeout(
      () => this.failStart(slot, `was not ready after ${startLimit} ms`),
      startLimit,
    );
    // The workers keep the process alive while there is work; this timer alone must not.
    startTimer.unref();
    const slot: Slot<J, R> = { worker, tasks: new Map(), ready: false, heardAt: 0, startTimer };
    worker.on("message", (message: FromWorker<R>) => {
      slot.heardAt = performance.now();
      if ("ready" in message) {
        slot.ready = true;
        clearTimeout(slot.startTimer);
        this.failedStarts = 0;
        return;
      }
      const task = slot.tasks.get(message.id);
      if (task === undefined) return;
      if (message.done) slot.tasks.delete(message.id);
      else task.untaken++;
      task.results.push(message.results, message.done);
      if (message.done) this.dispatch();
    });
    worker.on("error", (error) =>
      slot.ready
        ? this.replace(slot, error)
        : this.failStart(slot, `threw before it was ready: ${error.message}`),
    );
    worker.on("exit", (code) =>
      slot.ready
        ? this.replace(slot, new Error(`worker exited with code ${code}`))
        : this.failStart(slot, `exited with code ${code} before it was ready`),
    );
    this.slots.push(slot);
    return slot;
  }

  /** Takes a worker out of the pool; its tasks, or undefined when it was out already (or the pool is closed). */
  private remove(slot: Slot<J, R>): Task<J, R>[] | undefined {
    const index = this.slots.indexOf(slot);
    if (this.closed || index === -1) return undefined;
    this.slots.splice(index, 1);
    clearTimeout(slot.startTimer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    return [...slot.tasks.values()];
  }

  /**
   * A worker that never became ready: its tasks, not to blame, go back to run on a fresh worker. After
   * `WORKER_START_ATTEMPTS` such workers in a row the pool starts no more: the workers that did start finish the
   * queue, and once none is left every task ends with the error (`dispatch`).
   */
  private failStart(slot: Slot<J, R>, cause: string): void {
    const tasks = this.remove(slot);
    if (tasks === undefined) return;
    this.queue.unshift(...tasks);
    if (++this.failedStarts >= WORKER_START_ATTEMPTS)
      this.startError = new WorkerStartError(`worker ${cause}`);
    this.dispatch();
  }

  private replace(slot: Slot<J, R>, error: Error): void {
    const tasks = this.remove(slot);
    if (tasks === undefined) return;
    // Alone in its worker, a task is to blame; among others, each that sent nothing yet goes back
    // to run alone (see slotFor). One that sent results cannot be run again without repeating them.
    const retry: Task<J, R>[] = [];
    for (const task of tasks) {
      task.crashes++;
      if (tasks.length > 1 && !task.results.started) retry.push(task);
      else task.results.push([this.options.crashResult(error)], true);
    }
    this.queue.unshift(...retry);
    this.dispatch();
  }

  private dispatch(): void {
    const { startError } = this;
    if (startError !== undefined && this.slots.length === 0) {
      for (const task of this.queue.splice(0))
        task.results.push([this.options.crashResult(startError)], true);
      return;
    }
    while (this.queue.length > 0) {
      const task = this.queue[0]!;
      const slot = this.slotFor(task);
      if (slot === null) return;
      this.queue.shift();
      if (!working(slot)) slot.heardAt = performance.now();
      slot.tasks.set(task.id, task);
      slot.worker.postMessage({ type: "task", id: task.id, job: task.job } satisfies ToWorker<J>);
    }
  }

  /** An idle worker, else a new one while under size, else one with room; a suspect task waits to run alone. */
  private slotFor(task: Task<J, R>): Slot<J, R> | null {
    const idle = this.slots.find((slot) => slot.tasks.size === 0);
    if (idle !== undefined) return idle;
    if (this.slots.length < this.options.size && this.startError === undefined) return this.spawn();
    if (task.crashes > 0) return null;
    let best: Slot<J, R> | null = null;
    for (const slot of this.slots) {
      if (slot.tasks.size >= this.inFlight || holdsSuspect(slot)) continue;
      if (best === null || slot.tasks.size < best.tasks.size) best = slot;
    }
    return best;
  }
}

/** A ready worker with a task it is working on: one whose results are not held back until taken. */
function working<J, R>(slot: Slot<J, R>): boolean {
  if (!slot.ready) return false;
  for (const task of slot.tasks.values()) if (task.untaken < BATCHES_AHEAD) return true;
  return false;
}

function holdsSuspect<J, R>(slot: Slot<J, R>): boolean {
  for (const task of slot.tasks.values()) if (task.crashes > 0) return true;
  return false;
}

/** One task's results as they arrive; taking a batch that is not the last acknowledges it to the worker. */
class ResultStream<R> implements AsyncIterable<R> {
  private readonly batches: { results: R[]; last: boolean }[] = [];
  private ended = false;
  private wake: (() => void) | null = null;
  /** Whether any result has arrived (a task that has sent results is not run again). */
  started = false;

  constructor(private readonly onTaken: () => void) {}

  push(results: R[], last: boolean): void {
    if (this.ended) return;
    if (results.length > 0) this.started = true;
    this.batches.push({ results, last });
    if (last) this.ended = true;
    this.wake?.();
    this.wake = null;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<R> {
    while (true) {
      const batch = this.batches.shift();
      if (batch === undefined) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        continue;
      }
      if (!batch.last) this.onTaken();
      yield* batch.results;
      if (batch.last) return;
    }
  }
}
