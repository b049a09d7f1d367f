import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import type { BenchInput } from "../contenders/index.js";
import type { Pass, Reply, Request, SettleRule } from "./protocol.js";
import { median, relativeSpread } from "./settle.js";

export interface SpeedOptions {
  /**
   * Fresh processes per contender, one after another (a draw: one process of every contender, their
   * start order rotated from draw to draw). A build's median pass moves by up to 20% between fresh
   * processes, so one process is one draw; the figure is the median of the processes' medians.
   */
  processes: number;
  /** Timed rounds of each draw; each runs every contender's process in turn, in a rotating order. */
  rounds: number;
  /** Timed passes of one contender in each round. */
  passesPerRound: number;
  /** When a contender's warm-up ends. */
  settle: SettleRule;
}

/** One fresh process of a contender: its median timed pass. */
export interface ProcessFigure {
  pid: number;
  medianCpuMs: number;
  medianWallMs: number;
}

export interface Timing {
  key: string;
  contender: string;
  reads: "raw" | "html";
  extracts: boolean;
  failures: number;
  /** The first pass of a fresh process (each figure the median over the processes). */
  cold: Pass;
  loadedMb: number;
  peakMb: number;
  /** Warm-up passes of each process; settled when every process settled. */
  warmUp: { passes: number[]; settled: boolean };
  /** Every timed pass of every process, process by process. */
  timed: Pass[];
  /** Each process's median, in draw order: draw `i` of every contender ran side by side. */
  processes: ProcessFigure[];
  /** The median of the processes' median CPU times. */
  medianCpuMs: number;
  medianWallMs: number;
  /** The median of the processes' median CPU times of the generated files alone within the timed passes. */
  medianGeneratedCpuMs: number;
  /** Steady state: articles per second of the CPU time of the median pass. */
  articlesPerSecond: number;
  megabytesPerSecond: number;
  wallArticlesPerSecond: number;
  coldArticlesPerSecond: number;
  /** Interquartile range of the timed passes' CPU time (every process's) over their median. */
  spread: number;
}

const CHILD = join(import.meta.dirname, "contender-process.ts");
const BENCH_DIR = join(import.meta.dirname, "../..");

/** A contender's process and the one request it is answering. */
class ContenderProcess {
  private readonly child: ChildProcess;
  private waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | null = null;
  private stderr = "";
  readonly ready: Promise<Reply>;

  constructor(
    readonly key: string,
    inputFile: string,
    core: string | undefined,
  ) {
    this.child = fork(CHILD, [key, inputFile, core ?? ""], {
      cwd: BENCH_DIR,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    this.child.stderr!.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.ready = this.next();
    this.child.on("message", (reply: Reply) => {
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.resolve(reply);
    });
    this.child.on("exit", (code, signal) => {
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.reject(new Error(`contender ${key} exited (${signal ?? code}):\n${this.stderr}`));
    });
  }

  private next(): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  ask<T extends Reply["type"]>(request: Request, expected: T): Promise<Extract<Reply, { type: T }>> {
    const reply = this.next();
    this.child.send(request);
    return reply.then((r) => {
      if (r.type !== expected) throw new Error(`contender ${this.key} answered ${r.type}, not ${expected}`);
      return r as Extract<Reply, { type: T }>;
    });
  }

  end(): void {
    if (this.child.connected) this.child.send({ type: "exit" } satisfies Request);
  }
}

type Ready = Extract<Reply, { type: "ready" }>;

/** One process of a contender, from its start to its last timed pass. */
interface Run {
  ready: Ready;
  warmed: Extract<Reply, { type: "warmed" }>;
  timed: Pass[];
}

/**
 * Steady-state and cold speed of each contender, each alone in its own process so that no
 * contender's heap, garbage or JIT state touches another's, measured in `options.processes` draws.
 * In a draw the processes start one after the other (each runs its cold first pass while nothing
 * else of the bench runs, then warms up until its pass time settles); the timed passes then come in
 * rounds, every contender once per round in a rotating order, so that load from other work on the
 * machine falls on all of them alike. Each draw starts fresh processes, the contenders in an order
 * rotated by one, and ends them before the next; a contender's figure is the median over its
 * processes of each one's median pass.
 */
export async function measureSpeed(
  keys: readonly string[],
  cores: Readonly<Record<string, string>>,
  inputFile: string,
  inputs: readonly BenchInput[],
  options: SpeedOptions,
  log: (message: string) => void,
): Promise<Timing[]> {
  const runs: Run[][] = keys.map(() => []);
  for (let draw = 0; draw < options.processes; draw++) {
    const order = keys.map((_, i) => (i + draw) % keys.length);
    if (options.processes > 1) log(`draw ${draw + 1} of ${options.processes}: fresh processes`);
    const drawn = await measureDraw(
      order.map((i) => keys[i]!),
      cores,
      inputFile,
      options,
      log,
    );
    for (const [at, run] of drawn.entries()) runs[order[at]!]!.push(run);
  }
  const bytes = inputs.reduce((sum, input) => sum + input.raw.byteLength, 0);
  return runs.map((own, index) => timingOf(keys[index]!, own, inputs.length, bytes));
}

/** One process of every contender, in the order given: cold pass, warm-up, timed rounds. */
async function measureDraw(
  keys: readonly string[],
  cores: Readonly<Record<string, string>>,
  inputFile: string,
  options: SpeedOptions,
  log: (message: string) => void,
): Promise<Run[]> {
  const processes: ContenderProcess[] = [];
  const started: Run[] = [];
  try {
    for (const key of keys) {
      log(`${key}: cold pass and warm-up in its own process`);
      const child = new ContenderProcess(key, inputFile, cores[key]);
      processes.push(child);
      const ready = (await child.ready) as Ready;
      if (ready.type !== "ready") throw new Error(`contender ${key} did not start`);
      const warmed = await child.ask({ type: "warm-up", rule: options.settle }, "warmed");
      log(`${key}: ${warmed.passes.length} warm-up passes, ${warmed.settled ? "settled" : "not settled"}`);
      started.push({ ready, warmed, timed: [] });
    }
    for (let round = 0; round < options.rounds; round++) {
      log(`timed round ${round + 1} of ${options.rounds}`);
      for (let i = 0; i < processes.length; i++) {
        const index = (i + round) % processes.length;
        const reply = await processes[index]!.ask({ type: "passes", count: options.passesPerRound }, "timed");
        started[index]!.timed.push(...reply.passes);
      }
    }
  } finally {
    for (const child of processes) child.end();
  }
  return started;
}

/** A contender's figures from its processes: each a median over the processes. */
function timingOf(key: string, runs: readonly Run[], files: number, bytes: number): Timing {
  const over = (pick: (run: Run) => number) => median(runs.map(pick));
  const processes = runs.map((run) => ({
    pid: run.ready.pid,
    medianCpuMs: median(run.timed.map((p) => p.cpuMs)),
    medianWallMs: median(run.timed.map((p) => p.wallMs)),
  }));
  const medianCpuMs = median(processes.map((p) => p.medianCpuMs));
  const medianWallMs = median(processes.map((p) => p.medianWallMs));
  const cold: Pass = {
    cpuMs: over((run) => run.ready.cold.cpuMs),
    wallMs: over((run) => run.ready.cold.wallMs),
    generatedCpuMs: over((run) => run.ready.cold.generatedCpuMs),
  };
  const timed = runs.flatMap((run) => run.timed);
  const first = runs[0]!.ready;
  return {
    key,
    contender: first.name,
    reads: first.reads,
    extracts: first.extracts,
    failures: Math.max(...runs.map((run) => run.ready.failures)),
    cold,
    loadedMb: over((run) => run.ready.loadedMb),
    peakMb: over((run) => run.ready.peakMb),
    warmUp: {
      passes: runs.map((run) => run.warmed.passes.length),
      settled: runs.every((run) => run.warmed.settled),
    },
    timed,
    processes,
    medianCpuMs,
    medianWallMs,
    medianGeneratedCpuMs: over((run) => median(run.timed.map((p) => p.generatedCpuMs))),
    articlesPerSecond: files / (medianCpuMs / 1000),
    megabytesPerSecond: bytes / 1e6 / (medianCpuMs / 1000),
    wallArticlesPerSecond: files / (medianWallMs / 1000),
    coldArticlesPerSecond: files / (cold.cpuMs / 1000),
    spread: relativeSpread(timed.map((p) => p.cpuMs)),
  };
}
