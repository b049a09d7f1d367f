import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { PatternWork } from "./speed/pattern-runs.js";
import type { StageShare } from "./speed/stages.js";

/** The `stages` part: each stage's share of a parse (profiled) and its pattern work (counted). */
export interface StageFigures {
  /** Which core was profiled and counted. */
  core: string;
  /** Inputs profiled (the speed inputs), and the repository's files counted. */
  profiledInputs: number;
  countedFiles: number;
  /** Median CPU of a profiled pass, and of a bare htmlparser2 parse of the same inputs' pages in that process. */
  parseMs: number;
  floorMs: number;
  shares: StageShare[];
  work: PatternWork[];
}

const BENCH_DIR = join(import.meta.dirname, "..");

/**
 * `profile --json` and `patterns --json` on the bundle `coreFile`, each in a process of its own: the
 * profiler and the counting (which wraps `RegExp.prototype`) touch no other contender's process.
 */
export function measureStages(coreFile: string, cliFiles: number, sample: number): StageFigures {
  const run = (script: string, args: string[]) => {
    const result = spawnSync(process.execPath, ["--import", "tsx", join("src", script), "--json", ...args], {
      cwd: BENCH_DIR,
      env: { ...process.env, TZ: "UTC" },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0)
      throw new Error(`${script} exited with ${result.status}:\n${result.stderr.slice(-2000)}`);
    return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;
  };
  const profiled = run("profile.ts", [
    "--baseline",
    coreFile,
    "--cli-files",
    String(cliFiles),
    "--sample",
    String(sample),
  ]) as { core: string; inputs: number; parseMs: number; floorMs: number; shares: StageShare[] };
  const counted = run("patterns.ts", ["--baseline", coreFile]) as { files: number; work: PatternWork[] };
  return {
    core: profiled.core,
    profiledInputs: profiled.inputs,
    countedFiles: counted.files,
    parseMs: profiled.parseMs,
    floorMs: profiled.floorMs,
    shares: profiled.shares,
    work: counted.work,
  };
}
