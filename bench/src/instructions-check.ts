// pnpm --filter @caixun/bench instructions:check --baseline REV [--max RATIO] [--sample N] [--cli-files N] [--runs N]
// A train's parse cost against a base, as one command that fails past a ratio: core at the working tree
// and at REV, built as the bench builds them, each counted by valgrind over the bench's inputs (the real
// files and the first N generated ones), exactly as `pnpm bench --parts instructions` counts them
// (speed/instructions.ts), V8's JavaScript compilers left out; prints both steady-state counts a pass and
// their ratio, and what the compilers executed apart, and exits 1 when the
// working tree's parse costs more than RATIO times REV's (default 1.005) or either threw on an input, 2 on a usage error or when
// valgrind is missing. Minutes of valgrind (some 5 alone on two cores): not part of `pnpm test`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BASELINE, CAIXUN } from "./contenders/index.js";
import type { CoreBuild } from "./core-build.js";
import { buildHeadAndBase, valgrindCommandLog, writeCheckInputs } from "./speed/check-inputs.js";
import { instructionVerdict, middle } from "./speed/instruction-count.js";
import { INSTRUCTION_OPTIONS, measureInstructions } from "./speed/instructions.js";

const USAGE =
  "usage: pnpm --filter @caixun/bench instructions:check --baseline REV [--max RATIO (1.005)] [--sample N (300)] [--cli-files N (1000) ≥ sample] [--runs N (1)]";

const values = (() => {
  try {
    return parseArgs({
      options: {
        baseline: { type: "string" },
        max: { type: "string", default: "1.005" },
        sample: { type: "string", default: "300" },
        "cli-files": { type: "string", default: "1000" },
        runs: { type: "string", default: "1" },
      },
    }).values;
  } catch {
    return null;
  }
})();
const [max, sample, cliFiles, runs] = [values?.max, values?.sample, values?.["cli-files"], values?.runs].map(
  Number,
) as [number, number, number, number];
if (
  values?.baseline === undefined ||
  !(max >= 1) ||
  ![sample, cliFiles, runs].every((n) => Number.isInteger(n) && n >= 1) ||
  sample > cliFiles
) {
  console.error(USAGE);
  process.exit(2);
}
const log = valgrindCommandLog("instructions:check");
const scratch = mkdtempSync(join(tmpdir(), "caixun-instructions-"));
const builds: CoreBuild[] = [];
let exitCode = 0;
try {
  const { head, base } = await buildHeadAndBase(values.baseline, builds, log);
  const inputs = writeCheckInputs(scratch, sample, cliFiles);
  const figures = await measureInstructions(
    [CAIXUN, BASELINE],
    { [CAIXUN]: head.file, [BASELINE]: base.file },
    inputs.file,
    scratch,
    { ...INSTRUCTION_OPTIONS, runs },
    log,
  );
  // A parse that throws does less work: a count with failures says nothing of the parse's cost.
  const failed = figures.filter((figure) => figure.failures > 0);
  for (const figure of failed) log(`${figure.key} threw on ${figure.failures} inputs`);
  const figure = (key: string) => figures.find((one) => one.key === key)!;
  const verdict = instructionVerdict(figure(CAIXUN).perPass, figure(BASELINE).perPass, max);
  const compiling = (key: string) => middle(figure(key).compilingPerPass);
  const millions = (n: number) => `${(n / 1e6).toFixed(1)} M`;
  console.log(
    `${inputs.count} inputs; a parse pass: ${millions(verdict.head)} instructions at the working tree (${head.label}), ` +
      `${millions(verdict.base)} at ${base.label}: ${verdict.ratio.toFixed(4)}× (at most ${max}×) — ${verdict.within ? "within" : "OVER"}\n` +
      `(not in the verdict) V8's JavaScript compilers in the same passes, a pass: ${millions(compiling(CAIXUN))} at the working tree, ` +
      `${millions(compiling(BASELINE))} at ${base.label}`,
  );
  exitCode = verdict.within && failed.length === 0 ? 0 : 1;
} finally {
  for (const build of builds) build.remove();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
