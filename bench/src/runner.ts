import type { BenchInput, Contender } from "./contenders/index.js";

export interface RunOptions {
  /** Untimed passes first, so every contender is measured with warm JIT and caches. */
  warmupRounds: number;
  rounds: number;
}

export interface Timing {
  contender: string;
  /** Wall time of each timed pass over all inputs, in milliseconds. */
  roundsMs: number[];
  medianMs: number;
  articlesPerSecond: number;
  /** Megabytes (10^6) of the input files per second. */
  megabytesPerSecond: number;
  /** Inputs on which the contender threw. */
  failures: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Times every contender on the same inputs in this one process. Rounds are interleaved (each
 * round runs every contender once, in a rotating order) so that load from other work on the
 * machine falls on all contenders alike; the median round is reported.
 */
export async function timeContenders(
  contenders: readonly Contender[],
  inputs: readonly BenchInput[],
  options: RunOptions,
): Promise<Timing[]> {
  const bytes = inputs.reduce((sum, input) => sum + input.raw.byteLength, 0);
  const rounds = new Map<Contender, number[]>(contenders.map((c) => [c, []]));
  const failures = new Map<Contender, number>();
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(i + round) % contenders.length]!;
      // Collect the previous contender's garbage outside the timed pass (needs --expose-gc).
      gc?.();
      const { ms, failed } = await pass(contender, inputs);
      if (round >= options.warmupRounds) rounds.get(contender)!.push(ms);
      failures.set(contender, failed);
    }
  }
  return contenders.map((contender) => {
    const roundsMs = rounds.get(contender)!;
    const medianMs = median(roundsMs);
    return {
      contender: contender.name,
      roundsMs,
      medianMs,
      articlesPerSecond: inputs.length / (medianMs / 1000),
      megabytesPerSecond: bytes / 1e6 / (medianMs / 1000),
      failures: failures.get(contender) ?? 0,
    };
  });
}

async function pass(
  contender: Contender,
  inputs: readonly BenchInput[],
): Promise<{ ms: number; failed: number }> {
  let failed = 0;
  const started = performance.now();
  for (const input of inputs) {
    try {
      const result = contender.extract(input);
      // Only asynchronous contenders pay for an await.
      if (result instanceof Promise) await result;
    } catch {
      failed++;
    }
  }
  return { ms: performance.now() - started, failed };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
