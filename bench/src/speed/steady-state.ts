import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import type { BenchInput } from "../contenders/index.js";
import type { Pass, Reply, Request, SettleRule } from "./protocol.js";
import { median, relativeSpread } from "./settle.js";

export interface SpeedOptions {
  /** Timed rounds; each runs every contender's process in turn, in a rotating order. */
  rounds: number;
  /** Timed passes of one contender in each round. */
  passesPerRound: number;
  /** When a contender's warm-up ends. */
  settle: SettleRule;
}

export interface Timing {
  key: string;
  contender: string;
  reads: "raw" | "html";
  extracts: boolean;
  failures: number;
  /** The first pass of a fresh process. */
  cold: Pass;
  loadedMb: number;
  peakMb: number;
  warmUp: { passes: number; settled: boolean };
  timed: Pass[];
  medianCpuMs: number;
  medianWallMs: number;
  /** Median CPU time of the generated files alone within the timed passes. */
  medianGeneratedCpuMs: number;
  /** Steady state: articles per second of the CPU time of the median pass. */
  articlesPerSecond: number;
  megabytesPerSecond: number;
  wallArticlesPerSecond: number;
  coldArticlesPerSecond: number;
  /** Interquartile range of the timed passes' CPU time over their median. */
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

/**
 * Steady-state and cold speed of each contender, each alone in its own process so that no
 * contender's heap, garbage or JIT state touches another's. The processes start one after the
 * other (each runs its cold first pass while nothing else of the bench runs, then warms up until
 * its pass time settles); the timed passes then come in rounds, every contender once per round in
 * a rotating order, so that load from other work on the machine falls on all of them alike.
 */
export async function measureSpeed(
  keys: readonly string[],
  cores: Readonly<Record<string, string>>,
  inputFile: string,
  inputs: readonly BenchInput[],
  options: SpeedOptions,
  log: (message: string) => void,
): Promise<Timing[]> {
  const bytes = inputs.reduce((sum, input) => sum + input.raw.byteLength, 0);
  const processes: ContenderProcess[] = [];
  const started: Array<{
    ready: Extract<Reply, { type: "ready" }>;
    warmed: Extract<Reply, { type: "warmed" }>;
    timed: Pass[];
  }> = [];
  try {
    for (const key of keys) {
      log(`${key}: cold pass and warm-up in its own process`);
      const child = new ContenderProcess(key, inputFile, cores[key]);
      processes.push(child);
      const ready = (await child.ready) as Extract<Reply, { type: "ready" }>;
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
  return started.map(({ ready, warmed, timed }, index) => {
    const medianCpuMs = median(timed.map((p) => p.cpuMs));
    const medianWallMs = median(timed.map((p) => p.wallMs));
    return {
      key: keys[index]!,
      contender: ready.name,
      reads: ready.reads,
      extracts: ready.extracts,
      failures: ready.failures,
      cold: ready.cold,
      loadedMb: ready.loadedMb,
      peakMb: ready.peakMb,
      warmUp: { passes: warmed.passes.length, settled: warmed.settled },
      timed,
      medianCpuMs,
      medianWallMs,
      medianGeneratedCpuMs: median(timed.map((p) => p.generatedCpuMs)),
      articlesPerSecond: inputs.length / (medianCpuMs / 1000),
      megabytesPerSecond: bytes / 1e6 / (medianCpuMs / 1000),
      wallArticlesPerSecond: inputs.length / (medianWallMs / 1000),
      coldArticlesPerSecond: inputs.length / (ready.cold.cpuMs / 1000),
      spread: relativeSpread(timed.map((p) => p.cpuMs)),
    };
  });
}
