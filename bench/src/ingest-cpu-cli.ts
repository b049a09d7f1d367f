// pnpm --filter @caixun/bench ingest:cpu <perf script output> --articles N [--hz 499]
// `caixun ingest`'s CPU an Article by thread and stage, as a Markdown table (how to record it: ingest-cpu.ts).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ingestCpu, samplesByThread } from "./ingest-cpu.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { articles: { type: "string" }, hz: { type: "string", default: "499" } },
});
const articles = Number(values.articles);
const hz = Number(values.hz);
if (positionals.length !== 1 || !(articles > 0) || !(hz > 0)) {
  console.error("usage: pnpm --filter @caixun/bench ingest:cpu <perf script output> --articles N [--hz 499]");
  process.exit(2);
}
const microsOf = (samples: number) => ((samples / hz / articles) * 1e6).toFixed(0);
const threads = ingestCpu(samplesByThread(readFileSync(positionals[0]!, "utf8")));
const all = threads.reduce((sum, thread) => sum + thread.samples, 0);
console.log(`| thread, stage | µs of CPU an Article | share of the thread |\n|---|---|---|`);
console.log(`| the whole process | ${microsOf(all)} | |`);
for (const thread of threads) {
  console.log(
    `| **${thread.thread}** | **${microsOf(thread.samples)}** | ${((100 * thread.samples) / all).toFixed(1)}% of the process |`,
  );
  for (const stage of thread.stages)
    console.log(
      `| ${stage.label} | ${microsOf(stage.samples)} | ${((100 * stage.samples) / thread.samples).toFixed(1)}% |`,
    );
}
