// pnpm --filter @caixun/bench instructions:functions --baseline REV | --absolute [--top N (40)] [--sample N (300)] [--cli-files N (1000)]
// Where a train's parse cost moved, by JavaScript function, over the steady-state pass instructions:check
// counts: core at the working tree and at REV, built and fed as `instructions:check` builds and feeds them
// (one input file), each in two processes under `valgrind --tool=callgrind` with node's counting flags and
// `--perf-basic-prof`, whose map names the JIT's code callgrind knows only by address
// (speed/function-costs.ts): warm-up + K and warm-up + 2K passes, subtracted function by function and
// over K, as instructions:check subtracts its totals. Prints the parse's instructions a pass at both
// revisions — instructions:check's figure: V8's JavaScript compilers apart — and a Markdown table of the
// parse's self instructions a pass by function, largest differences first. Inlined code counts in the
// function V8 inlined it into. With `--absolute` (no `--baseline`), the working tree alone: its parse's
// instructions a pass and a table of the costliest functions by their own count, largest first. Exits 2 on a usage error or when valgrind is missing; minutes of valgrind,
// so not part of `pnpm test`.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BASELINE, CAIXUN } from "./contenders/index.js";
import { buildCore, type CoreBuild } from "./core-build.js";
import { buildHeadAndBase, valgrindCommandLog, writeCheckInputs } from "./speed/check-inputs.js";
import {
  absoluteCostTable,
  costTable,
  joinCosts,
  largestCosts,
  parsePerfMap,
  passCosts,
  selfCosts,
} from "./speed/function-costs.js";
import { isCompilerFunction } from "./speed/instruction-count.js";
import { bundleCountedPasses, INSTRUCTION_OPTIONS, NODE_FLAGS } from "./speed/instructions.js";

const USAGE =
  "usage: pnpm --filter @caixun/bench instructions:functions --baseline REV | --absolute [--top N (40)] [--sample N (300)] [--cli-files N (1000) ≥ sample]";

const values = (() => {
  try {
    return parseArgs({
      options: {
        baseline: { type: "string" },
        absolute: { type: "boolean", default: false },
        top: { type: "string", default: "40" },
        sample: { type: "string", default: "300" },
        "cli-files": { type: "string", default: "1000" },
      },
    }).values;
  } catch {
    return null;
  }
})();
const [top, sample, cliFiles] = [values?.top, values?.sample, values?.["cli-files"]].map(Number) as [
  number,
  number,
  number,
];
if (
  values === null ||
  (values.baseline === undefined) === !values.absolute ||
  ![top, sample, cliFiles].every((n) => Number.isInteger(n) && n >= 1) ||
  sample > cliFiles
) {
  console.error(USAGE);
  process.exit(2);
}
const log = valgrindCommandLog("instructions:functions");

/**
 * One revision's process of `passes` passes (collecting after the warm-up, as instructions:check's do)
 * under callgrind: self instructions by function, the JIT's named from the perf map.
 */
function functionCosts(
  child: string,
  key: string,
  core: string,
  inputFile: string,
  passes: number,
): Promise<Map<string, number>> {
  const out = join(scratch, `callgrind.${key}.${passes}.out`);
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
    String(warmUpPasses),
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

const { warmUpPasses, countedPasses } = INSTRUCTION_OPTIONS;
const scratch = mkdtempSync(join(tmpdir(), "caixun-functions-"));
const builds: CoreBuild[] = [];
try {
  const inputs = writeCheckInputs(scratch, sample, cliFiles);
  const child = await bundleCountedPasses(scratch);
  const [shorter, longer] = [warmUpPasses + countedPasses, warmUpPasses + 2 * countedPasses];
  log(
    `${inputs.count} inputs; ${shorter} and ${longer} passes a revision under callgrind, two processes at a time`,
  );
  const counted = async (key: string, core: string) => {
    log(`${key}: ${shorter} and ${longer} passes`);
    const [few, more] = await Promise.all([
      functionCosts(child, key, core, inputs.file, shorter),
      functionCosts(child, key, core, inputs.file, longer),
    ]);
    const costs = passCosts(few, more, countedPasses);
    const parse = new Map([...costs].filter(([name]) => !isCompilerFunction(name)));
    const compiling = [...costs].reduce((sum, [name, n]) => (isCompilerFunction(name) ? sum + n : sum), 0);
    return { parse, compiling };
  };
  const total = (costs: Map<string, number>) => [...costs.values()].reduce((sum, n) => sum + n, 0);
  const millions = (n: number) => `${(n / 1e6).toFixed(1)} M`;
  const passHeader = `A steady-state pass of ${inputs.count} inputs (passes ${shorter + 1}–${longer} of ${longer}), as instructions:check counts it:`;
  if (values.baseline === undefined) {
    log("building core at the working tree");
    const head = await buildCore(".");
    builds.push(head);
    const { parse, compiling } = await counted(CAIXUN, head.file);
    console.log(
      `${passHeader} the parse ${millions(total(parse))} at the working tree (${head.label}); V8's JavaScript compilers apart, ${millions(compiling)}.\n\n` +
        "The parse's costliest functions by self instructions a pass:\n",
    );
    console.log(absoluteCostTable(largestCosts(parse, top), head.label, total(parse)));
  } else {
    const { head, base } = await buildHeadAndBase(values.baseline, builds, log);
    const headCosts = await counted(CAIXUN, head.file);
    const baseCosts = await counted(BASELINE, base.file);
    const [headParse, baseParse] = [total(headCosts.parse), total(baseCosts.parse)];
    console.log(
      `${passHeader} the parse ${millions(baseParse)} at ${base.label}, ${millions(headParse)} at the working tree (${head.label}), ` +
        `${(headParse / baseParse).toFixed(4)}×; V8's JavaScript compilers apart, ${millions(baseCosts.compiling)} and ${millions(headCosts.compiling)}.\n\n` +
        "The parse's self instructions a pass by function:\n",
    );
    console.log(costTable(joinCosts(headCosts.parse, baseCosts.parse, top), head.label, base.label));
  }
} finally {
  for (const build of builds) build.remove();
  rmSync(scratch, { recursive: true, force: true });
}
