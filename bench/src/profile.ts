// pnpm --filter @caixun/bench profile [--baseline REV] [--passes N] [--depth N] [--min PERCENT] [--cli-files N] [--sample N] [--json] [FILE…]
// Where caixun's parse spends its time in steady state, as a call tree: core built as the bench
// builds it, the bench's speed inputs, warm-up passes until the pass time settles (as the speed
// part settles), then V8's sampling profiler over the timed passes only, so neither compilation
// nor the cold first pass is in the shares. Each line is a function's inclusive share of `parse`
// (with V8's inlining on: a profile without it, `--no-turbo-inlining`, shifts time into the many
// small functions it no longer inlines). `--baseline` profiles core at another revision instead;
// files named after the options are profiled instead of the speed inputs (a family alone, saved pages).
// For scale it also times the bench's floor, a bare htmlparser2 DOM parse of each input's page, in
// the same process after the profile (the speed part's pair runs, one process each, are the figures
// to quote; this one says roughly how many such parses a parse costs on the inputs profiled).
// Last, each stage's share of the parse against its budget (`src/speed/stage-budget.ts`); `--json`
// prints only the figures, for `pnpm bench`'s report.
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { htmlparser2Floor } from "./contenders/htmlparser2-floor.js";
import type { BenchInput } from "./contenders/index.js";
import { buildCore } from "./core-build.js";
import { ensureCorpus } from "./corpus/ensure.js";
import { harvestPieces } from "./corpus/pieces.js";
import { readRealFiles } from "./corpus/real-files.js";
import { benchInput, generatedInputs, realInputs } from "./inputs.js";
import { DEFAULT_CORPUS_DIR } from "./paths.js";
import { type CallTree, callTreeOf, renderCallTree } from "./speed/call-tree.js";
import { hasSettled, median } from "./speed/settle.js";
import { checkStageBudgets, renderStageBudgets } from "./speed/stage-budget.js";
import { stageShares } from "./speed/stages.js";

const SEED = 1;
/** Warm-up until the median of the last 3 passes is within 3% of the 3 before, as the speed part settles. */
const SETTLE = { window: 3, tolerance: 0.03, maxPasses: 30 };
/** V8 samples the stack every this many microseconds (its default is 1,000): enough samples from a dozen passes. */
const SAMPLING_MICROSECONDS = 250;
/** At least this many parses in a pass (the speed inputs are 1,108 files; a few named files are repeated). */
const PARSES_PER_PASS = 1000;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    baseline: { type: "string" },
    passes: { type: "string", default: "12" },
    depth: { type: "string", default: "4" },
    min: { type: "string", default: "1" },
    "cli-files": { type: "string", default: "100000" },
    sample: { type: "string", default: "1000" },
    json: { type: "boolean", default: false },
  },
});
const [passes, depth, min, cliFiles, sample] = [
  values.passes,
  values.depth,
  values.min,
  values["cli-files"],
  values.sample,
].map(Number) as [number, number, number, number, number];
if (
  ![passes, depth, cliFiles, sample].every((n) => Number.isInteger(n) && n >= 1) ||
  sample > cliFiles ||
  !(min >= 0)
) {
  console.error(
    "usage: pnpm --filter @caixun/bench profile [--baseline REV] [--passes N] [--depth N] [--min PERCENT] [--cli-files N] [--sample N ≤ cli-files] [--json] [FILE…]",
  );
  process.exit(2);
}
const log = (message: string) => process.stderr.write(`profile: ${message}\n`);

log(`building core at ${values.baseline ?? "the working tree"}`);
const build = await buildCore(values.baseline ?? ".");
try {
  const { parse } = (await import(pathToFileURL(build.file).href)) as {
    parse: (input: Uint8Array, options: { filename: string }) => unknown;
  };
  const inputs = positionals.length > 0 ? namedInputs(positionals) : speedInputs();
  // A few named files are parsed over and over in a pass, so that a pass is long enough to time.
  const rounds = Math.ceil(PARSES_PER_PASS / inputs.length);
  const timePass = (parseOne: (input: BenchInput) => unknown) => (): number => {
    const start = process.cpuUsage();
    for (let round = 0; round < rounds; round++) for (const input of inputs) parseOne(input);
    const end = process.cpuUsage(start);
    return (end.user + end.system) / 1000;
  };
  const pass = timePass((input) => parse(input.raw, { filename: input.filename }));
  // The profiler runs through the warm-up too, and that part of its profile is dropped: started
  // only after the warm-up, one profile in two charged about 70% of the parse to `assemble` (code
  // optimised before the profiler started, with stages inlined into it, was mis-attributed);
  // started before it, repeated runs agree within about two points per stage.
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: SAMPLING_MICROSECONDS });
  await session.post("Profiler.start");
  const times: number[] = [];
  while (times.length < SETTLE.maxPasses && !hasSettled(times, SETTLE)) times.push(pass());
  await session.post("Profiler.stop");
  log(
    `${inputs.length} inputs; settled after ${times.length} passes (last ${times.at(-1)!.toFixed(0)} ms CPU)`,
  );

  await session.post("Profiler.start");
  const timed: number[] = [];
  for (let i = 0; i < passes; i++) timed.push(pass());
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();

  const tree: CallTree = callTreeOf(profile, "parse", pathToFileURL(build.file).href);
  // For scale, the bench's floor on the same inputs, in this process once the profiler is off.
  const floorPass = timePass((input) => htmlparser2Floor.extract(input));
  const floorTimes: number[] = [];
  while (floorTimes.length < SETTLE.maxPasses && !hasSettled(floorTimes, SETTLE))
    floorTimes.push(floorPass());
  for (let i = 0; i < passes; i++) floorTimes.push(floorPass());
  const parseMs = median(timed);
  const floorMs = median(floorTimes.slice(-passes));
  const shares = stageShares(tree);
  if (values.json) {
    console.log(JSON.stringify({ core: build.label, inputs: inputs.length, parseMs, floorMs, shares }));
  } else {
    console.log(
      `Core at ${build.label}; ${inputs.length} inputs${rounds > 1 ? ` × ${rounds}` : ""}; ${passes} profiled passes, median ${parseMs.toFixed(0)} ms CPU; ` +
        `a bare htmlparser2 DOM parse of the same inputs' pages ${floorMs.toFixed(0)} ms (parse costs ${(parseMs / floorMs).toFixed(1)} of them); ` +
        `${tree.samples} samples in parse (${((100 * tree.samples) / tree.allSamples).toFixed(1)}% of the profile).`,
    );
    console.log(renderCallTree(tree, { depth, minPercent: min }));
    console.log("Each stage's share of the parse, against its budget:");
    console.log(renderStageBudgets(checkStageBudgets(shares, null)));
  }
} finally {
  build.remove();
}

/** The speed part's inputs: the seeds and the shared corpus, then the first generated files. */
function speedInputs(): BenchInput[] {
  const realFiles = readRealFiles();
  const corpus = `${DEFAULT_CORPUS_DIR}-${cliFiles}`;
  ensureCorpus(harvestPieces(realFiles), { count: cliFiles, seed: SEED, out: corpus });
  return [...realInputs(realFiles), ...generatedInputs(corpus, sample)];
}

/**
 * The files named on the command line. pnpm runs the script in the package's folder, so a relative
 * path is taken from where the command was typed (`INIT_CWD`), where the shell expanded it.
 */
function namedInputs(paths: readonly string[]): BenchInput[] {
  const from = process.env.INIT_CWD ?? process.cwd();
  return paths.map((path) => benchInput(path, new Uint8Array(readFileSync(resolve(from, path)))));
}
