// pnpm --filter @caixun/bench patterns [--baseline REV] [--json]
// The regular-expression work of each stage of a parse, counted (not timed) over the inputs kept
// in the repository (the seeds and datasets/): pattern runs, the characters they search and the wide
// openings they try (rules that open with a run of any characters), a file, against each stage's
// budget (`src/speed/stage-budget.ts`). The same counts for the same
// core on any machine at any load: `test/stage-budget.test.ts` holds them within budget.
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildCore } from "./core-build.js";
import { repositoryFiles } from "./inputs.js";
import { steadyPatternWork } from "./speed/pattern-runs.js";
import { checkStageBudgets, renderStageBudgets } from "./speed/stage-budget.js";

const { values } = parseArgs({
  options: { baseline: { type: "string" }, json: { type: "boolean", default: false } },
});
const build = await buildCore(values.baseline ?? ".");
try {
  const { parse } = (await import(pathToFileURL(build.file).href)) as {
    parse: (input: Uint8Array, options: { filename: string }) => unknown;
  };
  const inputs = repositoryFiles();
  const parseOne = (raw: Uint8Array, filename: string) => parse(raw, { filename });
  const work = steadyPatternWork(parseOne, inputs);
  if (values.json) console.log(JSON.stringify({ core: build.label, files: inputs.length, work }));
  else {
    console.log(
      `Core at ${build.label}; ${inputs.length} files (the seeds and datasets/), counted after one pass.`,
    );
    console.log(renderStageBudgets(checkStageBudgets(null, work)));
  }
} finally {
  build.remove();
}
