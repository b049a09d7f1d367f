import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./paths.js";
import { median } from "./runner.js";

/** The built CLI, as `caixun` runs it. */
export const CLI_BIN = join(REPO, "apps/cli/dist/bin.js");
const TIME = "/usr/bin/time";

export interface CliRun {
  files: number;
  jobs: number;
  seconds: number;
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
 * `caixun parse <dir> --jobs N` end to end: walking the folder, reading, parsing and writing JSON
 * Lines (to /dev/null, so the disk speed of the output does not count), timed and measured by
 * GNU time.
 */
export function runCli(dir: string, jobs: number, files: number, bytes: number): CliRun {
  const result = spawnSync(
    TIME,
    ["-v", process.execPath, CLI_BIN, "parse", dir, "--jobs", String(jobs), "--quiet"],
    {
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = result.stderr;
  const seconds = wallSeconds(/Elapsed \(wall clock\).*?: ([\d:.]+)\s*$/m.exec(report)?.[1]);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1]);
  const exitCode = Number(/Exit status: (\d+)/.exec(report)?.[1] ?? result.status);
  if (!Number.isFinite(seconds) || !Number.isFinite(rssKb)) {
    throw new Error(`could not read GNU time's report:\n${report.slice(-2000)}`);
  }
  return {
    files,
    jobs,
    seconds,
    filesPerSecond: files / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    peakRssMb: (rssKb * 1024) / 1e6,
    exitCode,
  };
}

/** `1:02:03.45`, `2:03.45` → seconds. */
function wallSeconds(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  return text.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}
