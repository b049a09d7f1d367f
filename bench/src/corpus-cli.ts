// pnpm bench:corpus [--count N] [--out DIR] [--seed S]
// Writes N realistic files in the three input families by recombining real pieces of the seeds and
// ../shared/corpus: 10,000 by default, a million on request.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureCorpus } from "./corpus/ensure.js";
import { harvestPieces } from "./corpus/pieces.js";
import { readRealFiles } from "./corpus/real-files.js";
import { DEFAULT_CORPUS_DIR } from "./paths.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    out: { type: "string", default: DEFAULT_CORPUS_DIR },
    seed: { type: "string", default: "1" },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
// pnpm runs the script inside bench/; a relative --out means relative to where the user typed it.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error("usage: pnpm bench:corpus [--count N] [--out DIR] [--seed S]  (N ≥ 1, S an integer)");
  process.exit(2);
}

const started = performance.now();
const summary = ensureCorpus(harvestPieces(readRealFiles()), { count, seed, out });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const families = Object.entries(summary.byFamily)
  .map(([family, n]) => `${family} ${n}`)
  .join(", ");
console.log(
  `${summary.reused ? "up to date" : "wrote"}: ${summary.files} files, ${(summary.bytes / 1e6).toFixed(1)} MB in ${out} (${families}; seed ${seed}; ${seconds} s)`,
);
