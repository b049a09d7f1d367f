import type { AccuracyResult } from "./accuracy.js";
import type { CliRun } from "./cli-figures.js";
import type { Machine } from "./machine.js";
import type { MemoryFigure } from "./memory.js";
import type { Timing } from "./runner.js";
import type { BundleSize } from "./worker-bundle.js";

/** A figure, or the reason it was not measured (never a made-up number). */
export type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface BenchResults {
  /** ISO 8601, UTC. */
  date: string;
  machine: Machine;
  command: string;
  inputs: { files: number; bytes: number; realFiles: number; generatedFiles: number; seed: number };
  rounds: { warmup: number; timed: number };
  timings: Timing[];
  memory: Measured<MemoryFigure[]>;
  accuracy: Measured<AccuracyResult[]>;
  startupMs: Measured<number>;
  cliRuns: Measured<CliRun[]>;
  millionRun: Measured<CliRun>;
  bundle: Measured<BundleSize>;
}

export function measured<T>(value: T): Measured<T> {
  return { ok: true, value };
}

export function notMeasured<T>(reason: string): Measured<T> {
  return { ok: false, reason };
}
