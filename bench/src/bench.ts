// pnpm bench [--baseline REV] [--contenders a,b] [--parts speed,instructions,linearity,stages,accuracy,cli,ingest,bundles,dumps] [--rounds N]
//            [--passes N] [--processes N] [--instruction-runs N] [--sample N] [--cli-files N] [--ingest-files N] [--million] [--no-write]
// One run: every contender alone in its own process on the same inputs (cold first pass, warm-up
// until settled, timed rounds), each stage's share of a parse against its budget, accuracy on the
// gold labels, the CLI and ingest end to end, and the bundles; prints the report and, on a full run, writes it into docs/benchmarks.md (section core).
// The instructions part (valgrind's count of a steady-state pass) runs only when asked for: valgrind
// is optional and slow.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSection } from "@caixun/docs-writer";
import { goldInputs, scoreContenders } from "./accuracy.js";
import { PARTS, type Part, readBenchArgs, USAGE } from "./bench-args.js";
import { measureCoreBundles, measureWorkerBundle, WORKERS, workerUnavailable } from "./bundles.js";
import { cliUnavailable, onePassReference, runIngest, runParse, startupMs } from "./cli-figures.js";
import {
  BASELINE,
  BASELINE_DICTIONARY,
  CAIXUN,
  CAIXUN_DICTIONARY,
  CONTENDERS,
  type Contender,
  contenderEntry,
} from "./contenders/index.js";
import { buildCore, type CoreBuild, securitiesBundle } from "./core-build.js";
import { ensureCorpus } from "./corpus/ensure.js";
import { FILES_PER_SHARD } from "./corpus/generate.js";
import { harvestPieces } from "./corpus/pieces.js";
import { readRealFiles } from "./corpus/real-files.js";
import { measureDumps, renderDumps } from "./dumps.js";
import { generatedInputs, realInputs } from "./inputs.js";
import { measureLinearity } from "./linearity.js";
import { describeMachine } from "./machine.js";
import { DEFAULT_CORPUS_DIR, REPO } from "./paths.js";
import { renderReport } from "./report.js";
import { type BenchResults, type Measured, measured, notMeasured } from "./results.js";
import { writeInputSet } from "./speed/input-file.js";
import { INSTRUCTION_OPTIONS, measureInstructions, valgrindUnavailable } from "./speed/instructions.js";
import { measureSpeed, type SpeedOptions } from "./speed/steady-state.js";
import { measureStages } from "./stage-figures.js";
import { checkTargets } from "./targets.js";

const SEED = 1;
const MILLION = 1_000_000;
const STARTUP_RUNS = 20;
const NOTES_FILE = join(REPO, "bench/core-optimisations.md");
/** The generated day file the dumps part streams: MB of JSON Lines. */
const LARGE_DUMP_MB = 300;
const args = readBenchArgs(process.argv.slice(2));
if (args === null) {
  console.error(USAGE);
  process.exit(2);
}
const { parts, rounds, passes, processes, instructionRuns, sample, cliFiles, ingestFiles } = args;
const instructionOptions = { ...INSTRUCTION_OPTIONS, runs: instructionRuns };
const BASELINE_KEYS = [BASELINE, BASELINE_DICTIONARY];
const allKeys = CONTENDERS.map((c) => c.key).filter(
  (key) => !BASELINE_KEYS.includes(key) || args.baseline !== undefined,
);
const keys = args.contenders ?? [...allKeys];
if (keys.some((key) => !allKeys.includes(key))) {
  console.error(USAGE);
  console.error(`contenders: ${allKeys.join(", ")} (${BASELINE_KEYS.join(" and ")} need --baseline)`);
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const machine = describeMachine();
const date = new Date().toISOString();
const command = ["pnpm bench", ...process.argv.slice(2)].join(" ");
const scratch = mkdtempSync(join(tmpdir(), "caixun-bench-"));

log("building core (working tree) for the caixun contender");
const builds: Record<string, CoreBuild> = { [CAIXUN]: await buildCore(".") };
if (args.baseline !== undefined) {
  log(`building core at ${args.baseline} for the baseline contender`);
  builds[BASELINE] = await buildCore(args.baseline);
}
const coreFiles: Record<string, string> = {
  ...Object.fromEntries(Object.entries(builds).map(([key, build]) => [key, build.file])),
  [CAIXUN_DICTIONARY]: builds[CAIXUN]!.file,
};
const baselineBuild = builds[BASELINE];
if (baselineBuild !== undefined) {
  if (existsSync(securitiesBundle(baselineBuild.file))) coreFiles[BASELINE_DICTIONARY] = baselineBuild.file;
  else if (keys.includes(BASELINE_DICTIONARY)) {
    console.error(`${BASELINE_DICTIONARY}: core at ${args.baseline} has no securities dictionary`);
    for (const build of Object.values(builds)) build.remove();
    process.exit(2);
  } else {
    // A revision from before the dictionary: its pair is the bare parse alone.
    for (const list of [keys, allKeys]) {
      const at = list.indexOf(BASELINE_DICTIONARY);
      if (at !== -1) list.splice(at, 1);
    }
  }
}
/** Only a run of everything replaces the section of docs/benchmarks.md. */
const complete = PARTS.every((part) => parts.has(part)) && keys.length === allKeys.length;

try {
  log("harvesting real pieces and preparing the generated corpus");
  const realFiles = readRealFiles();
  const pieces = harvestPieces(realFiles);
  const corpusDir = (count: number) => `${DEFAULT_CORPUS_DIR}-${count}`;
  const cliCorpus = ensureCorpus(pieces, { count: cliFiles, seed: SEED, out: corpusDir(cliFiles) });

  const real = realInputs(realFiles);
  const inputs = [...real, ...generatedInputs(corpusDir(cliFiles), sample)];
  const bytes = inputs.reduce((sum, input) => sum + input.raw.byteLength, 0);
  const inputFile = join(scratch, "inputs.json");
  writeInputSet(inputFile, { inputs, generatedFrom: real.length });

  const speed: SpeedOptions = {
    processes,
    rounds,
    passesPerRound: passes,
    settle: { window: 3, tolerance: 0.03, maxPasses: 30 },
  };
  const timings = parts.has("speed")
    ? measured(await measureSpeed(keys, coreFiles, inputFile, inputs, speed, log))
    : notMeasured<never>("not asked for (--parts)");

  const valgrindMissing = valgrindUnavailable();
  const instructions = !parts.has("instructions")
    ? undefined
    : valgrindMissing
      ? notMeasured<never>(valgrindMissing)
      : measured(await measureInstructions(keys, coreFiles, inputFile, scratch, instructionOptions, log));

  const linearity = parts.has("linearity")
    ? measured(await measureLinearity(pieces, builds[CAIXUN]!.file, scratch, speed, log))
    : notMeasured<never>("not asked for (--parts)");

  let stages: BenchResults["stages"] = notMeasured("not asked for (--parts)");
  if (parts.has("stages")) {
    log("profiling the stages of a parse and counting their pattern runs");
    stages = measured(measureStages(builds[CAIXUN]!.file, cliFiles, sample));
  }

  let accuracy: BenchResults["accuracy"] = notMeasured("not asked for (--parts)");
  if (parts.has("accuracy")) {
    log("scoring accuracy on the gold labels");
    const gold = goldInputs();
    const contenders: Contender[] = [];
    for (const key of keys) contenders.push(await contenderEntry(key).load(coreFiles[key]));
    accuracy =
      gold === null
        ? notMeasured("../shared/corpus/gold is absent")
        : measured(await scoreContenders(contenders, gold));
  }

  const cliMissing = cliUnavailable();
  const cli = <T>(part: Part, run: () => T): Measured<T> =>
    !parts.has(part)
      ? notMeasured("not asked for (--parts)")
      : cliMissing
        ? notMeasured(cliMissing)
        : measured(run());
  // The first `count` generated files are the first folders of the corpus (1,000 files each).
  const folders = (dir: string, count: number) =>
    Array.from({ length: Math.ceil(count / FILES_PER_SHARD) }, (_, i) =>
      join(dir, String(i).padStart(4, "0")),
    );
  const ingestBytes = () => inputsBytes(folders(corpusDir(cliFiles), ingestFiles));

  const results: BenchResults = {
    date,
    machine,
    command,
    cores: Object.fromEntries(Object.entries(builds).map(([key, build]) => [key, build.label])),
    inputs: { files: inputs.length, bytes, realFiles: real.length, generatedFiles: sample, seed: SEED },
    speed,
    timings,
    instructionOptions,
    instructions,
    linearity,
    stages,
    accuracy,
    startupMs: cli("cli", () => startupMs(STARTUP_RUNS)),
    cliReference: cli("cli", () => {
      log(`core's parse of the same ${cliCorpus.files} files, each once, in a fresh process`);
      return onePassReference(builds[CAIXUN]!.file, corpusDir(cliFiles), cliCorpus.files);
    }),
    cliRuns: cli("cli", () =>
      [1, 2].map((jobs) => {
        log(`caixun parse on ${cliCorpus.files} files with --jobs ${jobs}`);
        return runParse([corpusDir(cliFiles)], jobs, cliCorpus.files, cliCorpus.bytes);
      }),
    ),
    millionRun: !args.million
      ? notMeasured("run without --million")
      : cli("cli", () => {
          log("generating 1,000,000 files (reused when already there)");
          const summary = ensureCorpus(pieces, { count: MILLION, seed: SEED, out: corpusDir(MILLION) });
          log("caixun parse on 1,000,000 files with --jobs 2");
          return runParse([corpusDir(MILLION)], 2, summary.files, summary.bytes);
        }),
    ingestRuns: cli("ingest", () => {
      const dirs = folders(corpusDir(cliFiles), ingestFiles);
      const size = ingestBytes();
      return [1, 2].map((jobs) => {
        log(`caixun ingest of ${ingestFiles} files with --jobs ${jobs}`);
        return runIngest(dirs, jobs, ingestFiles, size);
      });
    }),
    workerBundles: WORKERS.map((app) => {
      if (!parts.has("bundles")) return { app, size: notMeasured("not asked for (--parts)") };
      const missing = workerUnavailable(app);
      if (missing) return { app, size: notMeasured(missing) };
      log(`bundling the Worker of ${app}`);
      return { app, size: measured(measureWorkerBundle(app)) };
    }),
    coreBundles: parts.has("bundles")
      ? measured(await measureCoreBundles())
      : notMeasured("not asked for (--parts)"),
  };

  const notes = [
    "### Not in the race",
    "`@postlight/parser` could not be installed here: it depends on a package hosted on GitHub, which this " +
      "machine's package registry does not serve, so it is not measured. trafilatura and GNE are Python " +
      "packages published on PyPI only; this machine reaches the npm registry and Debian's packages (Debian " +
      "has no trafilatura or GNE), so they are not measured either. article-extractor (@extractus) and " +
      "Defuddle stand in as the other maintained JavaScript extractors.",
    existsSync(NOTES_FILE) ? readFileSync(NOTES_FILE, "utf8") : "",
  ].join("\n\n");
  const report = renderReport(results, checkTargets(results), notes);
  console.log(report);
  if (complete && !args.noWrite) {
    writeSection(join(REPO, "docs/benchmarks.md"), "core", report, "Benchmarks");
    log("wrote docs/benchmarks.md (section core)");
  } else {
    log("docs/benchmarks.md left as it was (only a full run without --no-write replaces its section)");
  }
  // Scraper dumps have a section of their own (alone: pnpm --filter @caixun/bench dumps).
  if (parts.has("dumps")) {
    const dumps = renderDumps(await measureDumps({ rounds, largeMb: LARGE_DUMP_MB }), {
      date,
      command,
      machine,
    });
    console.log(dumps);
    if (!args.noWrite) writeSection(join(REPO, "docs/benchmarks.md"), "dumps", dumps, "Benchmarks");
  }
} finally {
  for (const build of Object.values(builds)) build.remove();
  rmSync(scratch, { recursive: true, force: true });
}

/** Bytes of every file under the given folders. */
function inputsBytes(dirs: string[]): number {
  let total = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir)) total += statSync(join(dir, name)).size;
  }
  return total;
}
