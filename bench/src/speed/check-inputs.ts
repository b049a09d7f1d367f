import { join } from "node:path";
import { ensureCorpus } from "../corpus/ensure.js";
import { harvestPieces } from "../corpus/pieces.js";
import { readRealFiles } from "../corpus/real-files.js";
import { generatedInputs, realInputs } from "../inputs.js";
import { DEFAULT_CORPUS_DIR } from "../paths.js";
import { writeInputSet } from "./input-file.js";

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
