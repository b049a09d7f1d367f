// pnpm bench [--rounds N] [--sample N] [--cli-files N] [--million] [--baseline DIST_INDEX_JS]
// One run, every contender on the same inputs in this one process, then the CLI and the Worker
// bundle; prints the report and writes it into docs/benchmarks.md (section core).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeSection } from "@caixun/docs-writer";
import { goldInputs, scoreContenders } from "./accuracy.js";
import { cliUnavailable, runCli, startupMs } from "./cli-figures.js";
import { caixunContender } from "./contenders/caixun.js";
import { CONTENDERS, type Contender } from "./contenders/index.js";
import { ensureCorpus } from "./corpus/ensure.js";
import type { GenerateSummary } from "./corpus/generate.js";
import { harvestPieces } from "./corpus/pieces.js";
import { readRealFiles } from "./corpus/real-files.js";
import { generatedInputs, realInputs } from "./inputs.js";
import { describeMachine } from "./machine.js";
import { measureMemory } from "./memory.js";
import { DEFAULT_CORPUS_DIR, REPO } from "./paths.js";
import { renderReport } from "./report.js";
import { type BenchResults, measured, notMeasured } from "./results.js";
import { timeContenders } from "./runner.js";
import { checkTargets } from "./targets.js";
import { bundleUnavailable, measureWorkerBundle } from "./worker-bundle.js";

const SEED = 1;
const MILLION = 1_000_000;
const STARTUP_RUNS = 20;
const NOTES_FILE = join(REPO, "bench/core-optimisations.md");

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    sample: { type: "string", default: "1000" },
    "cli-files": { type: "string", default: "100000" },
    million: { type: "boolean", default: false },
    baseline: { type: "string" },
  },
});
const rounds = Number(values.rounds);
const sample = Number(values.sample);
const cliFiles = Number(values["cli-files"]);
if (![rounds, sample, cliFiles].every((n) => Number.isInteger(n) && n >= 1) || sample > cliFiles) {
  console.error(
    "usage: pnpm bench [--rounds N] [--sample N ≤ cli-files] [--cli-files N] [--million] [--baseline FILE]",
  );
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const machine = describeMachine();
const date = new Date().toISOString();
const command = ["pnpm bench", ...process.argv.slice(2)].join(" ");

log("harvesting real pieces and preparing the generated corpus");
const realFiles = readRealFiles();
const pieces = harvestPieces(realFiles);
const corpusDir = (count: number) => `${DEFAULT_CORPUS_DIR}-${count}`;
const cliCorpus = ensureCorpus(pieces, { count: cliFiles, seed: SEED, out: corpusDir(cliFiles) });

const contenders: Contender[] = [...CONTENDERS];
if (values.baseline !== undefined) {
  const { parse } = (await import(resolve(values.baseline))) as typeof import("@caixun/core");
  contenders.splice(1, 0, caixunContender(parse, "caixun parse, baseline build"));
}

const real = realInputs(realFiles);
const inputs = [...real, ...generatedInputs(corpusDir(cliFiles), sample)];
const bytes = inputs.reduce((sum, input) => sum + input.raw.byteLength, 0);
log(`timing ${contenders.length} contenders on ${inputs.length} files, 1 warm-up + ${rounds} rounds`);
const timings = await timeContenders(contenders, inputs, { warmupRounds: 1, rounds });

log("measuring each contender's peak RSS in a fresh process");
const memory = measureMemory(CONTENDERS, corpusDir(cliFiles), sample);

log("scoring accuracy on the gold labels");
const gold = goldInputs();
const accuracy =
  gold === null
    ? notMeasured<never>("../shared/corpus/gold is absent")
    : measured(await scoreContenders(contenders, gold));

const cliMissing = cliUnavailable();
const cliRuns = (dir: string, summary: GenerateSummary, jobs: number[]) =>
  jobs.map((n) => {
    log(`caixun parse on ${summary.files} files with --jobs ${n}`);
    return runCli(dir, n, summary.files, summary.bytes);
  });

const results: BenchResults = {
  date,
  machine,
  command,
  inputs: { files: inputs.length, bytes, realFiles: real.length, generatedFiles: sample, seed: SEED },
  rounds: { warmup: 1, timed: rounds },
  timings,
  memory: measured(memory),
  accuracy,
  startupMs: cliMissing ? notMeasured(cliMissing) : measured(startupMs(STARTUP_RUNS)),
  cliRuns: cliMissing ? notMeasured(cliMissing) : measured(cliRuns(corpusDir(cliFiles), cliCorpus, [1, 2])),
  millionRun: cliMissing
    ? notMeasured(cliMissing)
    : !values.million
      ? notMeasured("run without --million")
      : (() => {
          log("generating 1,000,000 files (reused when already there)");
          const summary = ensureCorpus(pieces, { count: MILLION, seed: SEED, out: corpusDir(MILLION) });
          return measured(cliRuns(corpusDir(MILLION), summary, [2])[0]!);
        })(),
  bundle: (() => {
    const missing = bundleUnavailable();
    if (missing) return notMeasured(missing);
    log("bundling the Worker");
    return measured(measureWorkerBundle());
  })(),
};

const notes = [
  "### Not in the race",
  "`@postlight/parser` could not be installed here: it depends on a package hosted on GitHub, which this " +
    "machine's package registry does not serve, so it is not measured.",
  existsSync(NOTES_FILE) ? readFileSync(NOTES_FILE, "utf8") : "",
].join("\n\n");
const report = renderReport(results, checkTargets(results), notes);
console.log(report);
writeSection(join(REPO, "docs/benchmarks.md"), "core", report, "Benchmarks");
log("wrote docs/benchmarks.md (section core)");
