import { Worker } from "node:worker_threads";
import type { ParseOutcome } from "@caixun/inputs/policy";
import type { Parser, RawInput, RecordBudget } from "./deps.js";
import type { ParseRequest, WorkerMessage } from "./node-parse-protocol.js";
import { ProblemError } from "./problem.js";

export interface ParsePoolOptions {
  /** Worker threads, each parsing one input at a time. */
  workers: number;
  /**
   * A parse that has run this long is stopped (its worker is replaced) and refused with 422. "Run" is
   * CPU time: the time the process was on a core while the parse lasted, not the time it waited for one.
   */
  timeLimitMs: number;
  /** Inputs waiting for a worker; one more is refused with 503 and `Retry-After`. */
  queueLimit: number;
  /**
   * Longest an input waits for a worker; then it is refused with 503 and `Retry-After`. Without it a
   * queue of slow parses kept requests waiting for a minute, until the idle-socket timer cut them. The
   * clock runs once the pool's first worker has started (or failed to): a server starting up is not
   * busy with other parses.
   */
  queueWaitMs: number;
  /** Heap of each worker; a parse that needs more is refused with 422 and the server goes on. */
  memoryLimitMb: number;
  /**
   * Longest a worker may take to start (load core, parse its warm-up input); one not ready by then is stopped and
   * another started, and waiting inputs' clocks run (so a pool whose workers hang while starting refuses inputs after
   * `queueWaitMs`, naming the cause, instead of holding them until the idle-socket timer cuts their connections).
   */
  startLimitMs: number;
  /** The worker's script (tests give one that hangs or fails while starting). */
  workerScript?: URL;
}

interface Task {
  id: number;
  input: RawInput;
  /** The request's records, shared by its inputs: each parse reads what is left when it begins. */
  records: RecordBudget;
  resolve: (outcomes: ParseOutcome[]) => void;
  reject: (error: Error) => void;
  /** Refuses the task if it still waits after `queueWaitMs`; null while the pool starts (`clocksRun`). */
  waiting: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Parsing off the event loop: a fixed set of worker threads, one input each at a time, with a time
 * and a memory limit per parse. Whatever an input does to its worker (run for ever, exhaust its
 * heap), the server's own thread keeps answering, and the worker is replaced.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  /**
   * Whether waiting inputs' clocks run: from the first worker's start, or its failure (so a pool whose workers never
   * start refuses inputs as a busy one does).
   */
  private clocksRun = false;
  /** Why the last worker that failed to start did, until one starts: said to the inputs refused meanwhile. */
  private startFailure: string | null = null;

  constructor(private readonly options: ParsePoolOptions) {
    for (let i = 0; i < options.workers; i++) this.slots.push(this.spawn());
  }

  readonly parse: Parser = (input, records) =>
    new Promise<ParseOutcome[]>((resolve, reject) => {
      if (this.closed) {
        reject(busy("the server is shutting down"));
        return;
      }
      if (this.queue.length >= this.options.queueLimit) {
        reject(
          busy(`all ${this.options.workers} parse workers are busy and ${this.queue.length} inputs wait`),
        );
        return;
      }
      const task: Task = { id: this.nextId++, input, records, resolve, reject, waiting: null };
      this.queue.push(task);
      if (this.clocksRun) this.startWaiting(task);
      this.dispatch();
    });

  /**
   * From now on waiting inputs are refused after `queueWaitMs`. Not before: a server's first inputs waited for its
   * workers to start (loading core, a warm-up parse: seconds on a loaded machine) and were refused as if every
   * worker were busy with others' parses (three tests of `server.test.ts` failed so at a load of 14).
   */
  private startClocks(): void {
    if (this.clocksRun) return;
    this.clocksRun = true;
    for (const task of this.queue) this.startWaiting(task);
  }

  /** Starts the task's clock of `queueWaitMs`. */
  private startWaiting(task: Task): void {
    task.waiting = setTimeout(() => {
      const index = this.queue.indexOf(task);
      if (index === -1) return;
      this.queue.splice(index, 1);
      const cause = this.startFailure === null ? "" : ` (${this.startFailure})`;
      task.reject(busy(`no parse worker was free within ${this.options.queueWaitMs} ms${cause}`));
    }, this.options.queueWaitMs);
  }

  /** Refuses what still waits and stops every worker (a parse in flight is refused as busy). */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) {
      if (task.waiting !== null) clearTimeout(task.waiting);
      task.reject(busy("the server is shutting down"));
    }
    await Promise.all(
      this.slots.map((slot) => {
        this.finish(slot)?.reject(busy("the server is shutting down"));
        slot.worker.removeAllListeners();
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(
      this.options.workerScript ?? new URL("./node-parse-worker.js", import.meta.url),
      {
        resourceLimits: { maxOldGenerationSizeMb: this.options.memoryLimitMb },
      },
    );
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    // Until it is ready the slot has no task, so its timer is the start's.
    const { startLimitMs } = this.options;
    slot.timer = setTimeout(
      () => this.replace(slot, new Error(`parse worker was not ready after ${startLimitMs} ms`)),
      startLimitMs,
    );
    worker.on("message", (reply: WorkerMessage) => {
      if (reply === "ready") {
        this.finish(slot);
        this.startFailure = null;
        slot.ready = true;
        this.startClocks();
        this.dispatch();
        return;
      }
      const task = this.finish(slot);
      if (task === null || task.id !== reply.id) return;
      if (reply.ok) {
        task.records.left -= reply.outcomes.length;
        task.resolve(reply.outcomes);
      } else task.reject(new Error(`core threw: ${reply.message}`));
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const refusal =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new ProblemError(
              "parse-budget-exceeded",
              `parsing this input needed more than the server's ${this.options.memoryLimitMb} MB of memory a parse`,
            )
          : new Error(`parse worker failed: ${error.message}`);
      this.replace(slot, refusal);
    });
    worker.on("exit", (code) => this.replace(slot, new Error(`parse worker exited with code ${code}`)));
    return slot;
  }

  /** Takes the slot's task off it (clearing its timer); null when it had none. */
  private finish(slot: Slot): Task | null {
    const task = slot.task;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    return task;
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    if (!slot.ready) this.startFailure = error.message;
    this.finish(slot)?.reject(error);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (this.closed) return;
    this.startClocks();
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task !== null) continue;
      const task = this.nextTask();
      if (task === undefined) return;
      slot.task = task;
      this.limitTime(slot, process.cpuUsage(), this.options.timeLimitMs);
      const request: ParseRequest = {
        id: task.id,
        content: task.input.content,
        filename: task.input.filename,
        recordsLeft: task.records.left,
      };
      slot.worker.postMessage(request);
    }
  }

  /**
   * The first waiting task with records to read, out of the queue. One whose request is over its
   * record limit already (its other inputs used it) is answered with nothing, without a worker.
   */
  private nextTask(): Task | undefined {
    for (;;) {
      const task = this.queue.shift();
      if (task === undefined) return undefined;
      if (task.waiting !== null) clearTimeout(task.waiting);
      if (task.records.left >= 0) return task;
      task.resolve([]);
    }
  }

  /**
   * Checks the slot's parse after `waitMs`: refused once the process has had `timeLimitMs` of CPU time
   * since the parse began (`cpuAtStart`), else checked again when the rest could have run out. A wall
   * clock refused parses of about 100 ms of CPU when other processes held the cores (the first seed's
   * first parse: 109 ms of CPU in 907 ms at a load of 18 on two cores). A parse is never refused sooner
   * than by the wall clock. Node 20 cannot read one thread's CPU time, so it is the process's: the
   * server's thread and other parses running at once bring a parse nearer its limit.
   */
  private limitTime(slot: Slot, cpuAtStart: NodeJS.CpuUsage, waitMs: number): void {
    slot.timer = setTimeout(() => {
      const used = process.cpuUsage(cpuAtStart);
      const usedMs = (used.user + used.system) / 1000;
      if (usedMs < this.options.timeLimitMs) {
        this.limitTime(slot, cpuAtStart, this.options.timeLimitMs - usedMs);
        return;
      }
      this.replace(
        slot,
        new ProblemError(
          "parse-budget-exceeded",
          `parsing this input took more than the server's limit of ${this.options.timeLimitMs} ms of CPU time`,
        ),
      );
    }, waitMs);
  }
}

/** 503 `server-busy` with `Retry-After`: the server will not take this input now. */
export function busy(detail: string): ProblemError {
  return new ProblemError("server-busy", `${detail}; retry in a moment`, undefined, { "retry-after": "1" });
}
