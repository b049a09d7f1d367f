// pnpm --filter @caixun/bench instructions:functions --baseline REV [--top N (40)] [--passes N (2)] [--sample N (300)] [--cli-files N (1000)]
// Where a train's parse cost moved, by JavaScript function: core at the working tree and at REV, built
// and fed as `instructions:check` builds and feeds them (one input file), one process a revision under
// `valgrind --tool=callgrind` with node's counting flags and `--perf-basic-prof`, whose map names the
// JIT's code callgrind knows only by address (speed/function-costs.ts). Prints a Markdown table of self
// instructions by function at both revisions, largest differences first. Whole processes (start-up,
// compilation and the passes), not the steady state instructions:check reports: read the differences
// of the parse's own functions. Inlined code counts in the function V8 inlined it into. Exits 2 on a
// usage error or when valgrind is missing; minutes of valgrind, so not part of `pnpm test`.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BASELINE, CAIXUN } from "./contenders/index.js";
import type { CoreBuild } from "./core-build.js";
import { buildHeadAndBase, valgrindCommandLog, writeCheckInputs } from "./speed/check-inputs.js";
import { costTable, joinCosts, parsePerfMap, selfCosts } from "./speed/function-costs.js";
import { bundleCountedPasses, NODE_FLAGS } from "./speed/instructions.js";

const USAGE =
  "usage: pnpm --filter @caixun/bench instructions:functions --baseline REV [--top N (40)] [--passes N (2)] [--sample N (300)] [--cli-files N (1000) ≥ sample]";

const values = (() => {
  try {
    return parseArgs({
      options: {
        baseline: { type: "string" },
        top: { type: "string", default: "40" },
        passes: { type: "string", default: "2" },
        sample: { type: "string", default: "300" },
        "cli-files": { type: "string", default: "1000" },
      },
    }).values;
  } catch {
    return null;
  }
})();
const [top, passes, sample, cliFiles] = [
  values?.top,
  values?.passes,
  values?.sample,
  values?.["cli-files"],
].map(Number) as [number, number, number, number];
if (
  values?.baseline === undefined ||
  ![top, passes, sample, cliFiles].every((n) => Number.isInteger(n) && n >= 1) ||
  sample > cliFiles
) {
  console.error(USAGE);
  process.exit(2);
}
const log = valgrindCommandLog("instructions:functions");

/** One revision's process under callgrind: self instructions by function, the JIT's named from the perf map. */
function functionCosts(
  child: string,
  key: string,
  core: string,
  inputFile: string,
): Promise<Map<string, number>> {
  const out = join(scratch, `callgrind.${key}.out`);
  const args = [
    "--tool=callgrind",
    "--dump-instr=no",
    "--compress-strings=no",
    `--callgrind-out-file=${out}`,
    process.execPath,
    ...NODE_FLAGS,
    // Code V8 moves in a compaction would leave the map's addresses stale.
    "--perf-basic-prof",
    "--no-compact-code-space",
    // (--perf-basic-prof also writes an isolate log into the working directory: the scratch one.)
    child,
    key,
    inputFile,
    core,
    String(passes),
    "0",
  ];
  return new Promise((resolve, reject) => {
    const valgrind = spawn("valgrind", args, { cwd: scratch, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    valgrind.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    valgrind.on("error", reject);
    valgrind.on("close", (code) => {
      // node writes its map as /tmp/perf-<pid>.map, and under valgrind node's pid is valgrind's.
      const map = `/tmp/perf-${valgrind.pid}.map`;
      try {
        if (code !== 0)
          throw new Error(`${key} under callgrind exited with ${code}:\n${stderr.slice(-2000)}`);
        resolve(selfCosts(readFileSync(out, "utf8"), parsePerfMap(readFileSync(map, "utf8"))));
      } catch (error) {
        reject(error);
      } finally {
        rmSync(map, { force: true });
      }
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), "caixun-functions-"));
const builds: CoreBuild[] = [];
try {
  const { head, base } = await buildHeadAndBase(values.baseline, builds, log);
  const inputs = writeCheckInputs(scratch, sample, cliFiles);
  const child = await bundleCountedPasses(scratch);
  log(`${inputs.count} inputs, ${passes} passes a process; both processes under callgrind at once`);
  const [headCosts, baseCosts] = await Promise.all([
    functionCosts(child, CAIXUN, head.file, inputs.file),
    functionCosts(child, BASELINE, base.file, inputs.file),
  ]);
  const total = (costs: Map<string, number>) => [...costs.values()].reduce((sum, n) => sum + n, 0);
  console.log(
    `Self instructions by function, ${inputs.count} inputs × ${passes} passes a process (whole process): ` +
      `${(total(baseCosts) / 1e6).toFixed(1)} M at ${base.label}, ${(total(headCosts) / 1e6).toFixed(1)} M at the working tree (${head.label}).\n`,
  );
  console.log(costTable(joinCosts(headCosts, baseCosts, top), head.label, base.label));
} finally {
  for (const build of builds) build.remove();
  rmSync(scratch, { recursive: true, force: true });
}
