// Scraper dumps: records/s of parseAll in-process and of `caixun parse` on ../shared/dumps, peak RSS,
// and memory while streaming a large generated day file. Section `dumps` of docs/benchmarks.md.
//   pnpm --filter @caixun/bench dumps [--rounds N] [--large-mb N]   (also run by pnpm bench)
import { spawnSync } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { createGzip, gunzipSync } from "node:zlib";
import { type CliRun, cliUnavailable, runParse } from "./cli-figures.js";
import type { Machine } from "./machine.js";
import { SHARED } from "./paths.js";
import { type Measured, measured, notMeasured } from "./results.js";

const DUMPS = join(SHARED, "dumps");
const PROBE = join(import.meta.dirname, "dumps-probe.ts");
/** Where the large generated day file lives: outside the repository, reused while its size matches. */
const LARGE_DIR = "/tmp/caixun-bench-dumps";
/** The issue's targets. */
const RECORDS_PER_CPU_SECOND = 20_000;
const PEAK_RSS_MB = 300;

export interface StreamFigure {
  records: number;
  failures: number;
  cpuMs: number;
  wallMs: number;
  peakMb: number;
}

export interface DumpFigures {
  files: number;
  records: number;
  plainBytes: number;
  gzipBytes: number;
  /** Median CPU of one pass over every record, in one process: decompressed bytes, and gzip as it streams. */
  speed: { syncCpuMs: number; securitiesCpuMs: number; gzipCpuMs: number; failures: number };
  /** Every day file streamed from disk by parseAll in a fresh process. */
  stream: StreamFigure;
  cli: Measured<CliRun[]>;
  large: { file: string; plainBytes: number; gzipBytes: number; stream: StreamFigure; cli: Measured<CliRun> };
}

/** The JSON Lines day files (gzipped) under ../shared/dumps; the digests beside them repeat their records. */
export function dumpFiles(dir = DUMPS): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".jsonl.gz"))
    .sort()
    .map((path) => join(dir, path));
}

function probe<T>(args: string[]): T {
  const result = spawnSync(process.execPath, ["--import", "tsx", PROBE, ...args], {
    encoding: "utf8",
    cwd: join(import.meta.dirname, ".."),
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`dumps probe ${args[0]} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as T;
}

/**
 * A day file of about `megabytes` MB of JSON Lines (gzipped), made of the real records of one feed
 * repeated, each copy's ids made unique (`-2`, `-3`…), so it reads as one feed's very busy day.
 */
export async function largeDump(
  feedFiles: string[],
  megabytes: number,
): Promise<{ file: string; plainBytes: number }> {
  mkdirSync(LARGE_DIR, { recursive: true });
  const file = join(LARGE_DIR, `large-${megabytes}mb.jsonl.gz`);
  const sizeFile = `${file}.plain-bytes`;
  if (existsSync(file) && existsSync(sizeFile)) {
    return { file, plainBytes: Number(readFileSync(sizeFile, "utf8")) };
  }
  const lines = feedFiles.flatMap((path) =>
    gunzipSync(readFileSync(path))
      .toString("utf8")
      .split("\n")
      .filter((line) => line.trim() !== ""),
  );
  const gzip = createGzip();
  const temporary = `${file}.partial`;
  const out = gzip.pipe(createWriteStream(temporary));
  let written = 0;
  for (let copy = 1; written < megabytes * 1e6; copy++) {
    for (const line of lines) {
      const record = JSON.parse(line) as { id?: unknown };
      if (copy > 1) record.id = `${String(record.id)}-${copy}`;
      const text = `${JSON.stringify(record)}\n`;
      written += Buffer.byteLength(text);
      if (!gzip.write(text)) await new Promise((resolve) => gzip.once("drain", resolve));
      if (written >= megabytes * 1e6) break;
    }
  }
  gzip.end();
  await finished(out);
  renameSync(temporary, file);
  writeFileSync(sizeFile, String(written));
  return { file, plainBytes: written };
}

export async function measureDumps(options: {
  rounds: number;
  largeMb: number;
}): Promise<Measured<DumpFigures>> {
  const files = dumpFiles();
  if (files.length === 0) return notMeasured(`${DUMPS} is absent`);
  const log = (message: string) => process.stderr.write(`bench dumps: ${message}\n`);
  const plainBytes = files.reduce((sum, path) => sum + gunzipSync(readFileSync(path)).length, 0);
  const gzipBytes = files.reduce((sum, path) => sum + statSync(path).size, 0);

  log(`parseAll in one process on ${files.length} day files, 1 warm-up + ${options.rounds} rounds`);
  const speed = probe<{
    records: number;
    failures: number;
    syncCpuMs: number;
    securitiesCpuMs: number;
    gzipCpuMs: number;
  }>(["speed", String(options.rounds), ...files]);
  log("parseAll streaming every day file from disk, in a fresh process");
  const stream = probe<StreamFigure>(["stream", ...files]);

  const missing = cliUnavailable();
  const cli: Measured<CliRun[]> = missing
    ? notMeasured(missing)
    : measured(
        [1, 2].map((jobs) => {
          log(`caixun parse ${DUMPS} --jobs ${jobs}`);
          return runParse([DUMPS], jobs, speed.records, plainBytes);
        }),
      );

  log(`a large day file of ${options.largeMb} MB of JSON Lines (generated once from the cls records)`);
  const { file: large, plainBytes: largePlain } = await largeDump(
    files.filter((path) => path.includes("/cls/")),
    options.largeMb,
  );
  log("parseAll streaming it, in a fresh process");
  const largeStream = probe<StreamFigure>(["stream", large]);
  log("caixun parse on it, --jobs 1");
  const largeCli: Measured<CliRun> = missing
    ? notMeasured(missing)
    : measured(runParse([large], 1, largeStream.records, largePlain));

  return measured({
    files: files.length,
    records: speed.records,
    plainBytes,
    gzipBytes,
    speed: {
      syncCpuMs: speed.syncCpuMs,
      securitiesCpuMs: speed.securitiesCpuMs,
      gzipCpuMs: speed.gzipCpuMs,
      failures: speed.failures,
    },
    stream,
    cli,
    large: {
      file: large,
      plainBytes: largePlain,
      gzipBytes: statSync(large).size,
      stream: largeStream,
      cli: largeCli,
    },
  });
}

const fixed = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => `${fixed(bytes / 1e6, 1)} MB`;
const perSecond = (records: number, ms: number) => fixed(records / (ms / 1000));

/** The Markdown of the dumps section. */
export function renderDumps(
  figures: Measured<DumpFigures>,
  run: { date: string; command: string; machine: Machine },
): string {
  const heading = "## Scraper dumps: records through `parseAll` and `caixun parse`";
  if (!figures.ok) return `${heading}\n\nNot measured: ${figures.reason}.\n`;
  const f = figures.value;
  const cliRow = (label: string, r: CliRun) =>
    `| ${label} | ${fixed(r.files)} | ${perSecond(r.files, r.cpuSeconds * 1000)} | ${fixed(r.filesPerSecond)} | ${fixed(r.peakRssMb)} MB | exit ${r.exitCode} |`;
  const rows = [
    `| \`parseAllSync\` in one process, decompressed bytes in memory (median of the timed rounds) | ${fixed(f.records)} | ${perSecond(f.records, f.speed.syncCpuMs)} | — | — | ${f.speed.failures} failed |`,
    `| \`parseAllSync\` as above, with the shipped securities dictionary (as the CLI parses) | ${fixed(f.records)} | ${perSecond(f.records, f.speed.securitiesCpuMs)} | — | — | |`,
    `| \`parseAll\` in one process, gzip bytes decompressed as they stream | ${fixed(f.records)} | ${perSecond(f.records, f.speed.gzipCpuMs)} | — | — | |`,
    `| \`parseAll\` streaming each file from disk, fresh process | ${fixed(f.stream.records)} | ${perSecond(f.stream.records, f.stream.cpuMs)} | ${perSecond(f.stream.records, f.stream.wallMs)} | ${fixed(f.stream.peakMb)} MB | ${f.stream.failures} failed |`,
    ...(f.cli.ok
      ? f.cli.value.map((r) => cliRow(`\`caixun parse ../shared/dumps --jobs ${r.jobs} --quiet\``, r))
      : [`| \`caixun parse\` | not measured: ${f.cli.reason} | | | | |`]),
    `| large day file, \`parseAll\` streaming it from disk, fresh process | ${fixed(f.large.stream.records)} | ${perSecond(f.large.stream.records, f.large.stream.cpuMs)} | ${perSecond(f.large.stream.records, f.large.stream.wallMs)} | ${fixed(f.large.stream.peakMb)} MB | ${f.large.stream.failures} failed |`,
    f.large.cli.ok
      ? cliRow("large day file, `caixun parse <file> --jobs 1 --quiet`", f.large.cli.value)
      : `| large day file, \`caixun parse\` | not measured: ${f.large.cli.reason} | | | | |`,
  ];
  const best = f.records / (Math.min(f.speed.syncCpuMs, f.speed.gzipCpuMs) / 1000);
  const wholeSetPeak = Math.max(f.stream.peakMb, ...(f.cli.ok ? f.cli.value.map((r) => r.peakRssMb) : []));
  const largePeak = Math.max(f.large.stream.peakMb, f.large.cli.ok ? f.large.cli.value.peakRssMb : 0);
  const verdict = (met: boolean) => (met ? "met" : "missed");
  return `${[
    heading,
    `Run on ${run.date.slice(0, 16).replace("T", " ")} UTC with \`${run.command}\` (${run.machine.cpus} CPUs shared ` +
      `with the team, 1-minute load average ${fixed(run.machine.loadAverage, 2)} at the start: absolute figures move ` +
      `between runs). Inputs: the ${f.files} JSON Lines day files of three feeds in \`../shared/dumps\` ` +
      `(${fixed(f.records)} records, ${mb(f.plainBytes)} of JSON Lines, ${mb(f.gzipBytes)} gzipped). The CLI ` +
      "walks the folder: it reads every `.jsonl.gz` and skips the digest `.md.gz` beside each one (its sections " +
      "are the same records; the summary says so). Records/s of CPU is per second of process CPU (user + " +
      "system, worker threads included for the CLI); the CLI figures are end to end (start, walk, read, " +
      "decompress, parse, write JSON Lines to /dev/null) under GNU time. The large day file is " +
      `${mb(f.large.plainBytes)} of JSON Lines (${mb(f.large.gzipBytes)} gzipped), the cls records repeated with ` +
      "their ids made unique, generated once into `/tmp/caixun-bench-dumps/`.",
    "| how | records | records/s (CPU) | records/s (wall) | peak RSS | |\n|---|---|---|---|---|---|\n" +
      rows.join("\n"),
    "| target (issue 10) | figure | status |\n|---|---|---|\n" +
      [
        `| ≥ ${fixed(RECORDS_PER_CPU_SECOND)} records/s of CPU, single-threaded | ${fixed(best)} records/s (\`parseAll\`, in-process) | ${verdict(best >= RECORDS_PER_CPU_SECOND)} |`,
        `| peak RSS < ${PEAK_RSS_MB} MB on the whole set | ${fixed(wholeSetPeak)} MB (highest of the rows above) | ${verdict(wholeSetPeak < PEAK_RSS_MB)} |`,
        `| memory flat on a large day file (streamed) | ${fixed(largePeak)} MB on ${mb(f.large.plainBytes)} vs ${fixed(wholeSetPeak)} MB on the set | ${verdict(largePeak < PEAK_RSS_MB)} |`,
      ].join("\n"),
  ].join("\n\n")}\n`;
}
