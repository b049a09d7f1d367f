import { parseArgs } from "node:util";
import { INSTRUCTION_OPTIONS } from "./speed/instructions.js";

export const PARTS = [
  "speed",
  "linearity",
  "stages",
  "accuracy",
  "cli",
  "ingest",
  "bundles",
  "dumps",
] as const;
/** Parts run only when `--parts` names them; a full run is complete without them. */
export const OPTIONAL_PARTS = ["instructions"] as const;
export type Part = (typeof PARTS)[number] | (typeof OPTIONAL_PARTS)[number];

export const USAGE =
  "usage: pnpm bench [--baseline REV] [--contenders KEY,…] [--parts speed,instructions,linearity,stages,accuracy,cli,ingest,bundles,dumps] " +
  "[--rounds N] [--passes N] [--processes N] [--instruction-runs N] [--sample N ≤ cli-files] [--cli-files N] [--ingest-files N] [--million] [--no-write]";

export interface BenchArgs {
  baseline: string | undefined;
  /** The contenders asked for, or undefined for every one the run can measure. */
  contenders: string[] | undefined;
  parts: Set<Part>;
  rounds: number;
  passes: number;
  /** Fresh processes per contender in the speed part (see speed/steady-state.ts). */
  processes: number;
  /** Valgrind runs of each contender in the instructions part (see speed/instructions.ts). */
  instructionRuns: number;
  sample: number;
  cliFiles: number;
  ingestFiles: number;
  million: boolean;
  noWrite: boolean;
}

const OPTIONS = {
  baseline: { type: "string" },
  contenders: { type: "string" },
  parts: { type: "string", default: PARTS.join(",") },
  rounds: { type: "string", default: "5" },
  passes: { type: "string", default: "3" },
  processes: { type: "string", default: "1" },
  "instruction-runs": { type: "string", default: String(INSTRUCTION_OPTIONS.runs) },
  sample: { type: "string", default: "1000" },
  "cli-files": { type: "string", default: "100000" },
  "ingest-files": { type: "string", default: "20000" },
  million: { type: "boolean", default: false },
  "no-write": { type: "boolean", default: false },
} as const;

/** The options as `parseArgs` reads them, or null for an unknown option or a missing value. */
function parsed(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS }).values;
  } catch {
    return null;
  }
}

/** `pnpm bench`'s command line, or null when it breaks the usage. */
export function readBenchArgs(argv: readonly string[]): BenchArgs | null {
  const values = parsed(argv);
  if (values === null) return null;
  const [rounds, passes, processes, instructionRuns, sample, cliFiles, ingestFiles] = [
    values.rounds,
    values.passes,
    values.processes,
    values["instruction-runs"],
    values.sample,
    values["cli-files"],
    values["ingest-files"],
  ].map(Number) as [number, number, number, number, number, number, number];
  const parts = new Set(values.parts.split(",")) as Set<Part>;
  if (
    ![rounds, passes, processes, instructionRuns, sample, cliFiles, ingestFiles].every(
      (n) => Number.isInteger(n) && n >= 1,
    ) ||
    sample > cliFiles ||
    ingestFiles > cliFiles ||
    [...parts].some((part) => ![...PARTS, ...OPTIONAL_PARTS].includes(part))
  )
    return null;
  return {
    baseline: values.baseline,
    contenders: values.contenders?.split(","),
    parts,
    rounds,
    passes,
    processes,
    instructionRuns,
    sample,
    cliFiles,
    ingestFiles,
    million: values.million,
    noWrite: values["no-write"],
  };
}
