import type { BenchInput, Contender } from "./contenders/index.js";

export interface RunOptions {
  /** Untimed passes first, so every contender is measured with warm JIT and caches. */
  warmupRounds: number;
  rounds: number;
}

export interface Timing {
  contender: string;
  reads: Contender["reads"];
  /** Process CPU time (user + system) of each timed pass over all inputs, in milliseconds. */
  cpuRoundsMs: number[];
  /** Wall time of the same passes, in milliseconds. */
  wallRoundsMs: number[];
  medianCpuMs: number;
  medianWallMs: number;
  /** From the median CPU time: what the contender does per second of a CPU it has to itself. */
  articlesPerSecond: number;
  /** Megabytes (10^6) of the input files per CPU second. */
  megabytesPerSecond: number;
  /** From the median wall time, waits for a CPU that other work on the machine held included. */
  wallArticlesPerSecond: number;
  /** Inputs on which the contender threw. */
  failures: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Times every contender on the same inputs in this one process. Rounds are interleaved (each
 * round runs every contender once, in a rotating order) so that load from other work on the
 * machine falls on all contenders alike; the median round is reported, by CPU time (which a busy
 * machine disturbs least) and by wall time.
 */
export async function timeContenders(
  contenders: readonly Contender[],
  inputs: readonly BenchInput[],
  options: RunOptions,
): Promise<Timing[]> {
  const bytes = inputs.reduce((sum, input) => sum + input.raw.byteLength, 0);
  const cpu = new Map<Contender, number[]>(contenders.map((c) => [c, []]));
  const wall = new Map<Contender, number[]>(contenders.map((c) => [c, []]));
  const failures = new Map<Contender, number>();
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(i + round) % contenders.length]!;
      // Collect the previous contender's garbage outside the timed pass (needs --expose-gc).
      gc?.();
      const result = await pass(contender, inputs);
      if (round >= options.warmupRounds) {
        cpu.get(contender)!.push(result.cpuMs);
        wall.get(contender)!.push(result.wallMs);
      }
      failures.set(contender, result.failed);
    }
  }
  return contenders.map((contender) => {
    const medianCpuMs = median(cpu.get(contender)!);
    const medianWallMs = median(wall.get(contender)!);
    return {
      contender: contender.name,
      reads: contender.reads,
      cpuRoundsMs: cpu.get(contender)!,
      wallRoundsMs: wall.get(contender)!,
      medianCpuMs,
      medianWallMs,
      articlesPerSecond: inputs.length / (medianCpuMs / 1000),
      megabytesPerSecond: bytes / 1e6 / (medianCpuMs / 1000),
      wallArticlesPerSecond: inputs.length / (medianWallMs / 1000),
      failures: failures.get(contender) ?? 0,
    };
  });
}

async function pass(
  contender: Contender,
  inputs: readonly BenchInput[],
): Promise<{ cpuMs: number; wallMs: number; failed: number }> {
  let failed = 0;
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (const input of inputs) {
    try {
      const result = contender.extract(input);
      // Only asynchronous contenders pay for an await.
      if (result instanceof Promise) await result;
    } catch {
      failed++;
    }
  }
  const wallMs = performance.now() - wallStart;
  const cpuUsed = process.cpuUsage(cpuStart);
  return { cpuMs: (cpuUsed.user + cpuUsed.system) / 1000, wallMs, failed };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
