import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { type CountedRun, compilerInstructions, instructionTotal, steadyPass } from "./instruction-count.js";

/**
 * How `pnpm bench --parts instructions` counts. Defaults: the shorter process makes 3 warm-up passes
 * and K = 2 more, the longer 3 + 2K (with `--predictable` V8 optimises on the main thread as code gets
 * hot; it still optimises functions in the counted passes, which the count leaves out: `steadyPass`);
 * 3 runs of each contender, which must agree; 2 processes at a time (the machine has two cores, and the
 * count does not depend on the load). A pass under valgrind costs about 40× its CPU time.
 */
export interface InstructionOptions {
  warmUpPasses: number;
  /** K: the shorter process makes warm-up + K passes, the longer warm-up + 2K. */
  countedPasses: number;
  runs: number;
  parallel: number;
}

export const INSTRUCTION_OPTIONS: InstructionOptions = {
  warmUpPasses: 3,
  countedPasses: 2,
  runs: 3,
  parallel: 2,
};

/** One contender's steady-state instructions per pass, one figure a run. */
export interface InstructionFigure {
  key: string;
  /** The parse's: without what V8's JavaScript compilers executed in the counted passes (`steadyPass`). */
  perPass: number[];
  /** What V8's JavaScript compilers executed in the counted passes, a pass: warm-up not yet over. */
  compilingPerPass: number[];
  /** Inputs the contender threw on, over all its processes. */
  failures: number;
}

const CHILD = join(import.meta.dirname, "counted-passes.ts");

/** Why the part cannot run here (valgrind is optional: CI has only Node and npm), or null. */
export function valgrindUnavailable(): string | null {
  try {
    execFileSync("valgrind", ["--version"], { stdio: "pipe" });
    return null;
  } catch {
    return "valgrind is not installed here (optional: `apt-get install valgrind`)";
  }
}

/**
 * How node runs a counted process. `--predictable`: no background compiler or collector threads, so
 * the JIT does the same work in every run. The collector must too: by default V8 sizes its heap and
 * paces its marking by the clock (and under valgrind the clock runs 40 times slower than the
 * program), so that two runs collected at different points and their counts differed by 1–2.5%.
 * `--predictable-gc-schedule` fixes the heap's sizes and growth, `--no-incremental-marking` makes
 * each full collection one step that allocation alone triggers, and the child collects once after
 * the warm-up (`--expose-gc`), so that both processes of a run count their passes from the same heap.
 */
export const NODE_FLAGS = [
  "--predictable",
  "--predictable-gc-schedule",
  "--no-incremental-marking",
  "--expose-gc",
];

/**
 * The counted process (counted-passes.ts) bundled to plain JavaScript in `scratch`, so that no
 * TypeScript loader (nor its cache) enters a count: the bundle's path.
 */
export async function bundleCountedPasses(scratch: string): Promise<string> {
  const child = join(scratch, "counted-passes.mjs");
  await build({
    entryPoints: [CHILD],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: child,
    // Packages bundled from CommonJS may require Node's built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: "error",
  });
  return child;
}

/**
 * Steady-state instructions of a pass over the bench's inputs for each contender, each in processes
 * of its own under `valgrind --tool=cachegrind --cache-sim=no`, node run with {@link NODE_FLAGS}: the
 * instructions of warm-up + 2K passes less those of warm-up + K passes, over K, less what V8's
 * JavaScript compilers executed in them (`steadyPass`). Instruction counts are not moved by the load of
 * the machine, where CPU time is.
 */
export async function measureInstructions(
  keys: readonly string[],
  cores: Readonly<Record<string, string>>,
  inputFile: string,
  scratch: string,
  options: InstructionOptions,
  log: (message: string) => void,
): Promise<InstructionFigure[]> {
  const child = await bundleCountedPasses(scratch);
  const { warmUpPasses, countedPasses, runs, parallel } = options;
  const jobs = keys.flatMap((key) =>
    Array.from({ length: runs }, (_, run) =>
      [warmUpPasses + countedPasses, warmUpPasses + 2 * countedPasses].map((passes) => ({
        key,
        run,
        passes,
      })),
    ).flat(),
  );
  const counted = new Map<string, CountedRun & { failures: number }>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const name = `${job.key}: run ${job.run + 1} of ${runs}, ${job.passes} passes under valgrind`;
      log(name);
      const out = join(scratch, `cachegrind.${job.key}.${job.run}.${job.passes}.out`);
      const run = await countedRun(child, job.key, cores[job.key], inputFile, warmUpPasses, job.passes, out);
      log(`${name}: ${run.instructions.toLocaleString("en-US")} instructions`);
      counted.set(`${job.key} ${job.run} ${job.passes}`, run);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return keys.map((key) => {
    const perPass: number[] = [];
    const compilingPerPass: number[] = [];
    let failures = 0;
    for (let run = 0; run < runs; run++) {
      const shorter = counted.get(`${key} ${run} ${warmUpPasses + countedPasses}`)!;
      const longer = counted.get(`${key} ${run} ${warmUpPasses + 2 * countedPasses}`)!;
      const pass = steadyPass(shorter, longer);
      perPass.push(pass.parse);
      compilingPerPass.push(pass.compiling);
      failures += shorter.failures + longer.failures;
    }
    return { key, perPass, compilingPerPass, failures };
  });
}

/**
 * One process of `passes` passes under valgrind, collecting after the first `warmUp`: its
 * instructions, the compilers' share of them (read from cachegrind's file `out`, removed after), and
 * the inputs it threw on.
 */
function countedRun(
  child: string,
  key: string,
  core: string | undefined,
  inputFile: string,
  warmUp: number,
  passes: number,
  out: string,
): Promise<CountedRun & { failures: number }> {
  const args = [
    "--tool=cachegrind",
    "--cache-sim=no",
    `--cachegrind-out-file=${out}`,
    process.execPath,
    ...NODE_FLAGS,
    child,
    key,
    inputFile,
    core ?? "",
    String(passes),
    String(warmUp),
  ];
  return new Promise((resolve, reject) => {
    const valgrind = spawn("valgrind", args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    valgrind.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    valgrind.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    valgrind.on("error", reject);
    valgrind.on("close", (code) => {
      if (code !== 0) {
        reject(
          new Error(`${key}, ${passes} passes under valgrind exited with ${code}:\n${stderr.slice(-2000)}`),
        );
        return;
      }
      const made = JSON.parse(stdout) as { passes: number; failures: number };
      const compiling = compilerInstructions(readFileSync(out, "utf8"));
      rmSync(out, { force: true });
      resolve({
        passes: made.passes,
        failures: made.failures,
        instructions: instructionTotal(stderr),
        compiling,
      });
    });
  });
}
