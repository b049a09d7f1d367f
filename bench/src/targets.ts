import { WORKER_GZIP_BYTES } from "./bundle-budgets.js";
import type { BundleSize } from "./bundles.js";
import type { CliRun, IngestRun } from "./cli-figures.js";
import {
  ARTICLE_EXTRACTOR,
  BASELINE,
  BASELINE_DICTIONARY,
  CAIXUN,
  CAIXUN_DICTIONARY,
  HTMLPARSER2,
  READABILITY,
} from "./contenders/index.js";
import { LINEARITY_LIMIT } from "./linearity.js";
import type { BenchResults, Measured } from "./results.js";
import type { OnePass } from "./speed/protocol.js";
import { median } from "./speed/settle.js";

export interface TargetCheck {
  target: string;
  figure: string;
  /** "met", "missed", "not measured", or which measure meets it when CPU and wall time disagree. */
  status: string;
}

const MILLION_SECONDS = 8 * 60;
const MILLION_RSS_MB = 250;
const CLI_OVERHEAD = 1.3;
/** Issue 15: matching names with the shipped dictionary adds at most 10% to `parse`. */
const DICTIONARY_COST = 1.1;
const INGEST_PER_SECOND = 1000;
const CORE_GZIP_BYTES = 80 * 1000;

const verdict = (met: boolean) => (met ? "met" : "missed");
const unmeasured = (target: string, reason: string): TargetCheck => ({
  target,
  figure: `not measured: ${reason}`,
  status: "not measured",
});
/** Three decimals below 1, so a ratio just under a target never rounds up to it. */
export const showRatio = (value: number) => `${value.toFixed(value < 1 ? 3 : 2)}×`;
/** Three decimals always: for counts that repeat exactly (instructions), where the third is not noise. */
export const showExactRatio = (value: number) => `${value.toFixed(3)}×`;

/** The targets, judged on the figures of this one run. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  return [
    ...speedTargets(results),
    dictionaryCost(results),
    ...dictionaryInstructions(results),
    ...linearityTargets(results),
    cliOverhead(results),
    ...millionTargets(results.millionRun),
    ingestTarget(results.ingestRuns),
    ...results.workerBundles.map(({ app, size }) =>
      bundleTarget(`Worker bundle (${app}) ≤ 200 KB gzip`, size, WORKER_GZIP_BYTES),
    ),
    coreBundleTarget(results),
  ];
}

function speedTargets(results: BenchResults): TargetCheck[] {
  const label = (name: string, target: number) =>
    `caixun parse ≥ ${target}× ${name}, steady state (articles/s)`;
  const wanted: Array<[string, string, number]> = [
    [READABILITY, "Readability + linkedom", 10],
    [ARTICLE_EXTRACTOR, "article-extractor", 3],
    [HTMLPARSER2, "a bare htmlparser2 DOM parse of the page", 0.2],
  ];
  const measuredTimings = results.timings;
  if (!measuredTimings.ok)
    return wanted.map(([, name, t]) => unmeasured(label(name, t), measuredTimings.reason));
  const timings = measuredTimings.value;
  const ours = timings.find((t) => t.key === CAIXUN);
  return wanted.map(([key, name, target]) => {
    const other = timings.find((t) => t.key === key);
    if (ours === undefined || other === undefined)
      return unmeasured(label(name, target), "contender not run");
    // By CPU time and by wall time: they differ where V8's helper threads (concurrent GC) run beside
    // the main thread, so both are shown and a disagreement is said as such. Cold is shown beside.
    const cpu = ours.articlesPerSecond / other.articlesPerSecond;
    const wall = ours.wallArticlesPerSecond / other.wallArticlesPerSecond;
    const cold = ours.coldArticlesPerSecond / other.coldArticlesPerSecond;
    const status =
      cpu >= target === wall >= target
        ? verdict(cpu >= target)
        : `${cpu >= target ? "met" : "missed"} by CPU time, ${wall >= target ? "met" : "missed"} by wall time`;
    return {
      target: label(name, target),
      figure: `${showRatio(cpu)} (CPU), ${showRatio(wall)} (wall); cold first pass ${showRatio(cold)}`,
      status,
    };
  });
}

/**
 * What the shipped securities dictionary adds to `parse` (CPU and wall time of the steady state, each
 * contender in its own process), with the baseline build's pair beside it when both of its contenders ran.
 */
function dictionaryCost(results: BenchResults): TargetCheck {
  const target = `caixun parse + securities dictionary ≤ ${DICTIONARY_COST.toFixed(2)}× caixun parse, steady state (CPU time)`;
  if (!results.timings.ok) return unmeasured(target, results.timings.reason);
  const timings = results.timings.value;
  const pair = (bare: string, withDictionary: string) => {
    const without = timings.find((t) => t.key === bare);
    const with_ = timings.find((t) => t.key === withDictionary);
    if (without === undefined || with_ === undefined) return undefined;
    return {
      cpu: without.articlesPerSecond / with_.articlesPerSecond,
      wall: without.wallArticlesPerSecond / with_.wallArticlesPerSecond,
    };
  };
  const ours = pair(CAIXUN, CAIXUN_DICTIONARY);
  if (ours === undefined) return unmeasured(target, "caixun or caixun-dictionary not run");
  const baseline = pair(BASELINE, BASELINE_DICTIONARY);
  const figure =
    `${showRatio(ours.cpu)} (CPU), ${showRatio(ours.wall)} (wall)` +
    (baseline ? `; baseline build ${showRatio(baseline.cpu)} (CPU), ${showRatio(baseline.wall)} (wall)` : "");
  return { target, figure, status: verdict(ours.cpu <= DICTIONARY_COST) };
}

/** The same cost in steady-state instructions under valgrind, when `--parts instructions` ran. */
function dictionaryInstructions(results: BenchResults): TargetCheck[] {
  if (results.instructions === undefined) return [];
  const target = `caixun parse + securities dictionary ≤ ${DICTIONARY_COST.toFixed(2)}× caixun parse, steady-state instructions (valgrind)`;
  if (!results.instructions.ok) return [unmeasured(target, results.instructions.reason)];
  const figures = results.instructions.value;
  const bare = figures.find((f) => f.key === CAIXUN);
  const ours = figures.find((f) => f.key === CAIXUN_DICTIONARY);
  if (bare === undefined || ours === undefined)
    return [unmeasured(target, "caixun or caixun-dictionary not run")];
  const ratio = median(ours.perPass) / median(bare.perPass);
  const runs = ours.perPass.map((n, run) => showExactRatio(n / bare.perPass[run]!)).join(", ");
  return [
    { target, figure: `${showExactRatio(ratio)} (runs: ${runs})`, status: verdict(ratio <= DICTIONARY_COST) },
  ];
}

function linearityTargets(results: BenchResults): TargetCheck[] {
  const label = (family: string) =>
    `${family}: CPU per KB of a 1 MB file within ${LINEARITY_LIMIT}× that of 32 KB files`;
  if (!results.linearity.ok) return [unmeasured(label("every family"), results.linearity.reason)];
  return results.linearity.value.map((figure) => ({
    target: label(figure.label),
    figure: showRatio(figure.ratio),
    status: verdict(figure.ratio <= LINEARITY_LIMIT),
  }));
}

/**
 * The CLI's CPU per file against the in-process parse of the same files, each once, in a fresh
 * process (`onePassReference`): the CLI is a fresh process too, so both pay V8's warm-up and the
 * loading of core and the dictionary, and the ratio is what the CLI adds around the parse. The
 * ratio to the steady-state parse (warmed up and loaded before its timing starts) comes beside it.
 */
function cliOverhead(results: BenchResults): TargetCheck {
  const target =
    "caixun parse --jobs 1: CPU per file ≤ 1.3× the in-process parse of the same files in a fresh process";
  if (!results.cliRuns.ok) return unmeasured(target, results.cliRuns.reason);
  if (!results.cliReference.ok) return unmeasured(target, results.cliReference.reason);
  const run = results.cliRuns.value.find((r) => r.jobs === 1);
  if (run === undefined) return unmeasured(target, "--jobs 1 not run");
  const ratio = cliPerFileMs(run) / onePassMs(results.cliReference.value);
  const steady = inProcessGeneratedMs(results);
  const besides =
    steady === undefined ? "" : ` (${showRatio(cliPerFileMs(run) / steady.ms)} the steady-state parse)`;
  return { target, figure: `${showRatio(ratio)}${besides}`, status: verdict(ratio <= CLI_OVERHEAD) };
}

/** CPU per file of the one-pass reference, loading included, in milliseconds. */
export function onePassMs(reference: OnePass): number {
  return reference.cpuMs / reference.files;
}

export function cliPerFileMs(run: CliRun): number {
  return (run.cpuSeconds * 1000) / run.files;
}

/**
 * Steady-state CPU per generated file of the in-process parse, or undefined when not measured: the
 * parse with the shipped securities dictionary when it was run (the CLI parses with it), else the
 * bare parse.
 */
export function inProcessGeneratedMs(results: BenchResults): { ms: number; contender: string } | undefined {
  if (!results.timings.ok) return undefined;
  const timings = results.timings.value;
  const ours = timings.find((t) => t.key === CAIXUN_DICTIONARY) ?? timings.find((t) => t.key === CAIXUN);
  return ours === undefined
    ? undefined
    : { ms: ours.medianGeneratedCpuMs / results.inputs.generatedFiles, contender: ours.contender };
}

function millionTargets(million: Measured<CliRun>): TargetCheck[] {
  const time = "1,000,000 generated files through the CLI (--jobs 2) in under 8 minutes";
  const rss = "peak RSS of that run under 250 MB";
  if (!million.ok) return [unmeasured(time, million.reason), unmeasured(rss, million.reason)];
  return [
    {
      target: time,
      figure: `${(million.value.seconds / 60).toFixed(1)} min`,
      status: verdict(million.value.seconds < MILLION_SECONDS && million.value.exitCode === 0),
    },
    {
      target: rss,
      figure: `${million.value.peakRssMb.toFixed(0)} MB`,
      status: verdict(million.value.peakRssMb < MILLION_RSS_MB),
    },
  ];
}

function ingestTarget(runs: Measured<IngestRun[]>): TargetCheck {
  const target = "caixun ingest --jobs 2 ≥ 1,000 articles/s into SQLite";
  if (!runs.ok) return unmeasured(target, runs.reason);
  const run = runs.value.find((r) => r.jobs === 2);
  if (run === undefined) return unmeasured(target, "--jobs 2 not run");
  const count = (n: number) => n.toLocaleString("en-US");
  return {
    target,
    figure:
      `${count(Math.round(run.articlesPerSecond))} articles/s (${count(run.articles)} Articles stored from ` +
      `${count(run.files)} files, ${count(run.distinct)} distinct ids)`,
    status: verdict(run.articlesPerSecond >= INGEST_PER_SECOND && run.exitCode === 0),
  };
}

function bundleTarget(target: string, size: Measured<BundleSize>, limit: number): TargetCheck {
  if (!size.ok) return unmeasured(target, size.reason);
  return {
    target,
    figure: `${(size.value.gzipBytes / 1000).toFixed(1)} KB`,
    status: verdict(size.value.gzipBytes <= limit),
  };
}

function coreBundleTarget(results: BenchResults): TargetCheck {
  const target = "@caixun/core for browsers (minified) ≤ 80 KB gzip";
  if (!results.coreBundles.ok) return unmeasured(target, results.coreBundles.reason);
  const root = results.coreBundles.value.find((b) => b.name === "@caixun/core");
  if (root === undefined) return unmeasured(target, "no root entry point");
  return bundleTarget(target, { ok: true, value: root }, CORE_GZIP_BYTES);
}
