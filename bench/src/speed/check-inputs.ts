import { join } from "node:path";
import { buildCore, type CoreBuild } from "../core-build.js";
import { ensureCorpus } from "../corpus/ensure.js";
import { harvestPieces } from "../corpus/pieces.js";
import { readRealFiles } from "../corpus/real-files.js";
import { generatedInputs, realInputs } from "../inputs.js";
import { DEFAULT_CORPUS_DIR } from "../paths.js";
import { writeInputSet } from "./input-file.js";
import { valgrindUnavailable } from "./instructions.js";

const SEED = 1;

/**
 * The inputs `instructions:check` and `instructions:functions` count over, written once to
 * `scratch/inputs.json`: the real files, then the first `sample` of `cliFiles` generated ones (seed 1),
 * as `pnpm bench --parts instructions` takes them. Returns the file and how many inputs it holds.
 */
export function writeCheckInputs(
  scratch: string,
  sample: number,
  cliFiles: number,
): { file: string; count: number } {
  const realFiles = readRealFiles();
  const corpus = `${DEFAULT_CORPUS_DIR}-${cliFiles}`;
  ensureCorpus(harvestPieces(realFiles), { count: cliFiles, seed: SEED, out: corpus });
  const real = realInputs(realFiles);
  const inputs = [...real, ...generatedInputs(corpus, sample)];
  const file = join(scratch, "inputs.json");
  writeInputSet(file, { inputs, generatedFrom: real.length });
  return { file, count: inputs.length };
}

/**
 * What a valgrind command (`instructions:check`, `instructions:functions`) logs with: its stderr, each
 * line prefixed with its name. Exits 2 first when valgrind is missing.
 */
export function valgrindCommandLog(command: string): (message: string) => void {
  const missing = valgrindUnavailable();
  if (missing !== null) {
    console.error(`${command}: ${missing}`);
    process.exit(2);
  }
  return (message: string) => process.stderr.write(`${command}: ${message}\n`);
}

/**
 * Core built at the working tree and at `baseline`, as the bench builds it; each build is pushed onto
 * `builds` as soon as made, so that the caller removes what was made even when the second build fails.
 */
export async function buildHeadAndBase(
  baseline: string,
  builds: CoreBuild[],
  log: (message: string) => void,
): Promise<{ head: CoreBuild; base: CoreBuild }> {
  log("building core at the working tree and at the baseline");
  const head = await buildCore(".");
  builds.push(head);
  const base = await buildCore(baseline);
  builds.push(base);
  return { head, base };
}
