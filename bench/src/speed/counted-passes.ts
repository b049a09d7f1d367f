// One contender's passes over the bench's inputs, a fixed number of them, and nothing else: the
// process `pnpm bench --parts instructions` counts under valgrind (see instructions.ts).
//   node --predictable --expose-gc … counted-passes.mjs <contender key> <input set file> <core build> <passes> <warm-up>
// It is bundled to plain JavaScript before it runs, so that no TypeScript loader (nor its cache)
// enters the count, and it prints the passes it made and the inputs the contender threw on as JSON.
import { contenderEntry } from "../contenders/index.js";
import { readInputSet } from "./input-file.js";

const [key, inputFile, core, count, warmUpCount] = process.argv.slice(2);
const passes = Number(count);
const warmUp = Number(warmUpCount);
// The bench runs this with `--expose-gc` (instructions.ts): a full collection after the warm-up.
const collect = (globalThis as { gc?: () => void }).gc;
if (
  key === undefined ||
  inputFile === undefined ||
  !Number.isInteger(passes) ||
  !Number.isInteger(warmUp) ||
  warmUp < 0 ||
  passes < warmUp ||
  collect === undefined
) {
  console.error(
    "usage (from the bench only): node --expose-gc counted-passes.mjs <contender key> <input set file> <core build> <passes> <warm-up passes>",
  );
  process.exit(2);
}

// No work budget: it reads the clock, and under valgrind a first parse may run past it, so that
// whether it throws, and the count, would depend on the load.
const contender = await contenderEntry(key).load(core || undefined, { parseBudgetMillis: 0 });
const { inputs } = readInputSet(inputFile);
let failures = 0;
for (let pass = 0; pass < passes; pass++) {
  // Both processes of a run count their passes from the same heap: whatever the warm-up left is collected.
  if (pass === warmUp) collect();
  for (const input of inputs) {
    try {
      const result = contender.extract(input);
      if (result instanceof Promise) await result;
    } catch {
      failures++;
    }
  }
}
process.stdout.write(JSON.stringify({ passes, failures }));
