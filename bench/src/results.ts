import type { AccuracyResult } from "./accuracy.js";
import type { BundleSize } from "./bundles.js";
import type { CliRun, IngestRun } from "./cli-figures.js";
import type { LinearityFigure } from "./linearity.js";
import type { Machine } from "./machine.js";
import type { InstructionFigure, InstructionOptions } from "./speed/instructions.js";
import type { OnePass } from "./speed/protocol.js";
import type { SpeedOptions, Timing } from "./speed/steady-state.js";
import type { StageFigures } from "./stage-figures.js";

/** A figure, or the reason it was not measured (never a made-up number). */
export type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface BenchResults {
  /** ISO 8601, UTC. */
  date: string;
  machine: Machine;
  command: string;
  /** Which build of core each caixun contender parsed with (`working tree`, `main (1a2b3c4d5)`). */
  cores: Record<string, string>;
  inputs: { files: number; bytes: number; realFiles: number; generatedFiles: number; seed: number };
  speed: SpeedOptions;
  timings: Measured<Timing[]>;
  instructionOptions: InstructionOptions;
  /** Steady-state instructions per pass under valgrind; absent unless `--parts` asks for it. */
  instructions?: Measured<InstructionFigure[]>;
  linearity: Measured<LinearityFigure[]>;
  /** Each stage's share of a parse and its pattern work, against its budget. */
  stages: Measured<StageFigures>;
  accuracy: Measured<AccuracyResult[]>;
  startupMs: Measured<number>;
  cliRuns: Measured<CliRun[]>;
  /** The parse of the CLI runs' files, each once, in a fresh process: the CLI's fair reference. */
  cliReference: Measured<OnePass>;
  millionRun: Measured<CliRun>;
  ingestRuns: Measured<IngestRun[]>;
  workerBundles: Array<{ app: string; size: Measured<BundleSize> }>;
  coreBundles: Measured<BundleSize[]>;
}

export function measured<T>(value: T): Measured<T> {
  return { ok: true, value };
}

export function notMeasured<T>(reason: string): Measured<T> {
  return { ok: false, reason };
}
