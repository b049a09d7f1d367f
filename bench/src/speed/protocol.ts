/** Messages between the bench and one contender's process (see contender-process.ts). */

/** One pass over every input. */
export interface Pass {
  /** Process CPU time (user + system, every thread of the process), in milliseconds. */
  cpuMs: number;
  wallMs: number;
  /** The CPU time of the pass's generated files alone (they come after the real ones). */
  generatedCpuMs: number;
}

/** When warm-up stops: the pass time has settled, or `maxPasses` were run. */
export interface SettleRule {
  /** Passes compared at a time: the median of the last `window` against the `window` before. */
  window: number;
  /** Largest relative difference of those two medians that counts as settled. */
  tolerance: number;
  maxPasses: number;
}

export type Request =
  | { type: "warm-up"; rule: SettleRule }
  | { type: "passes"; count: number }
  | { type: "exit" };

export type Reply =
  | {
      type: "ready";
      /** The contender process's id: each draw starts fresh ones. */
      pid: number;
      name: string;
      reads: "raw" | "html";
      extracts: boolean;
      /** Peak RSS with the contender's modules and the inputs loaded, before any pass, in MB. */
      loadedMb: number;
      /** The first pass in this fresh process: what a short-lived process pays. */
      cold: Pass;
      /** Peak RSS by the end of that first pass, in MB. */
      peakMb: number;
      /** Inputs on which the contender threw. */
      failures: number;
    }
  | { type: "warmed"; passes: Pass[]; settled: boolean }
  | { type: "timed"; passes: Pass[] };

/**
 * What `one-pass-process.ts` prints: core's parse with the shipped dictionary over `files`
 * generated files, each once, in a fresh process, the CLI's fair reference.
 */
export interface OnePass {
  files: number;
  /** CPU time of loading core and the dictionary and of the parses (not of reading the files), in ms. */
  cpuMs: number;
  /** The part of `cpuMs` spent loading core and the dictionary. */
  loadMs: number;
  /** Files on which the parse threw. */
  failures: number;
}
