import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./paths.js";
import type { OnePass } from "./speed/protocol.js";
import { median } from "./speed/settle.js";

/** The built CLI, as `caixun` runs it. */
export const CLI_BIN = join(REPO, "apps/cli/dist/bin.js");
const TIME = "/usr/bin/time";

export interface CliRun {
  /** What was run, as a reader would type it (`parse --jobs 2`, `ingest --jobs 2`). */
  label: string;
  files: number;
  jobs: number;
  seconds: number;
  /** User + system CPU time of the whole process, worker threads included. */
  cpuSeconds: number;
  filesPerSecond: number;
  megabytesPerSecond: number;
  /** Peak resident set size of the whole process (worker threads included), in MB (10^6 bytes). */
  peakRssMb: number;
  exitCode: number;
}

/** Why the CLI figures cannot be measured here, or null when they can. */
export function cliUnavailable(): string | null {
  if (!existsSync(CLI_BIN)) return `the CLI is not built (${CLI_BIN} is missing; run pnpm build)`;
  if (!existsSync(TIME)) return `${TIME} is missing (Debian package \`time\`), so peak RSS cannot be read`;
  return null;
}

/** Median wall time of `caixun --version` over `runs` fresh processes, in milliseconds. */
export function startupMs(runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI_BIN, "--version"], { stdio: "ignore" });
    if (result.status !== 0) throw new Error(`caixun --version exited with ${result.status}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * `caixun parse <inputs> --jobs N` end to end: walking the folders, reading, parsing and writing
 * JSON Lines (to /dev/null, so the disk speed of the output does not count).
 */
export function runParse(inputs: string[], jobs: number, files: number, bytes: number): CliRun {
  return timed(
    `parse --jobs ${jobs}`,
    ["parse", ...inputs, "--jobs", String(jobs), "--quiet"],
    jobs,
    files,
    bytes,
  );
}

/** An ingest run, with the Articles it stored: a file may hold many, and a later one may replace an earlier one (same id). */
export interface IngestRun extends CliRun {
  /** Articles the ingest stored: every record parsed into an Article (new, replacing, or unchanged). */
  articles: number;
  /** Of them, distinct ids: the rows of the fresh database. */
  distinct: number;
  articlesPerSecond: number;
}

/** The counts of the summary line `caixun ingest` ends with (`…; in <db>: 1311 new, 689 updated, 0 unchanged`). */
const INGEST_SUMMARY = /: (\d+) new, (\d+) updated, (\d+) unchanged$/m;

/**
 * `caixun ingest <inputs> --db <new file> --jobs N`: parsing and storing into a fresh SQLite file.
 * Its summary line on stderr says how many Articles it stored.
 */
export function runIngest(inputs: string[], jobs: number, files: number, bytes: number): IngestRun {
  const dir = mkdtempSync(join(tmpdir(), "caixun-bench-ingest-"));
  try {
    const args = ["ingest", ...inputs, "--db", join(dir, "bench.db"), "--jobs", String(jobs)];
    let summary: RegExpExecArray | null = null;
    const run = timed(`ingest --jobs ${jobs}`, args, jobs, files, bytes, (stderr) => {
      summary = INGEST_SUMMARY.exec(stderr);
    });
    if (summary === null) throw new Error("caixun ingest printed no summary line");
    const [added, updated, unchanged] = (summary as RegExpExecArray).slice(1).map(Number) as [
      number,
      number,
      number,
    ];
    const articles = added + updated + unchanged;
    return { ...run, articles, distinct: added, articlesPerSecond: articles / run.seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One CLI command under GNU time: wall and CPU time and peak RSS; `onStderr` sees the command's own stderr too. */
function timed(
  label: string,
  args: string[],
  jobs: number,
  files: number,
  bytes: number,
  onStderr?: (stderr: string) => void,
): CliRun {
  const result = spawnSync(TIME, ["-v", process.execPath, CLI_BIN, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = result.stderr;
  onStderr?.(report);
  const field = (name: string) => new RegExp(`${name}: ([\\d:.]+)\\s*$`, "m").exec(report)?.[1];
  const seconds = wallSeconds(field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)"));
  const cpuSeconds = Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)"));
  const rssKb = Number(field("Maximum resident set size \\(kbytes\\)"));
  const exitCode = Number(field("Exit status") ?? result.status);
  if (![seconds, cpuSeconds, rssKb].every(Number.isFinite)) {
    throw new Error(`could not read GNU time's report:\n${report.slice(-2000)}`);
  }
  return {
    label,
    files,
    jobs,
    seconds,
    cpuSeconds,
    filesPerSecond: files / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    peakRssMb: (rssKb * 1024) / 1e6,
    exitCode,
  };
}

const ONE_PASS = join(import.meta.dirname, "speed/one-pass-process.ts");
const BENCH_DIR = join(import.meta.dirname, "..");

/**
 * The CLI's fair in-process reference: core's parse with the shipped dictionary (the bundle
 * `coreFile`) over the same `files` generated files, each once, in a fresh process, loading of core
 * and the dictionary included. A CLI run is one fresh process too, so this pays the same start of
 * V8's optimisation (the first 2,000 files parse at about three times the steady-state cost) and the
 * same loading; the steady-state figure has paid both before it starts timing. The CLI's CPU over
 * this is what the CLI adds around the parse.
 */
export function onePassReference(coreFile: string, folder: string, files: number): OnePass {
  const result = spawnSync(process.execPath, ["--import", "tsx", ONE_PASS, coreFile, folder, String(files)], {
    cwd: BENCH_DIR,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`the one-pass reference exited with ${result.status}:\n${result.stderr.slice(-2000)}`);
  }
  return JSON.parse(result.stdout) as OnePass;
}

/** `1:02:03.45`, `2:03.45` → seconds. */
function wallSeconds(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  return text.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}
