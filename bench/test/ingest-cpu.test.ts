import { expect, it } from "vitest";
import { ingestCpu, samplesByThread } from "../src/ingest-cpu.js";

/** `perf script` of a `-g` cpu-clock record, as it prints a sample: a header line, the stack leaf first, a blank line. */
const sample = (tid: number, ...frames: string[]) =>
  `node  ${tid} 80658.128407:    2004008 cpu-clock: \n${frames.map((frame) => `\t    1a2b ${frame}\n`).join("")}\n`;

const PERF_SCRIPT = [
  // The storing thread (the lowest id): SQLite under the transaction, story choice, a read of it, an unknown frame.
  sample(
    100,
    "sqlite3Fts5HashWrite+0x1 (/x/better_sqlite3.node)",
    "JS:*sqliteTransaction file:///x/transaction.js:51:1+0x2 (/tmp/perf-100.map)",
  ),
  sample(
    100,
    "Builtins_FindOrderedHashMapEntry+0x95 (/usr/bin/node)",
    "JS:^assignStories file:///x/store/dist/stories.js:181:1+0x2 (/tmp/perf-100.map)",
  ),
  sample(
    100,
    "sqlite3BtreeIndexMoveto+0x1 (/x/better_sqlite3.node)",
    "JS:*all file:///x/store/dist/sqlite.js:33:9+0x1 (/tmp/perf-100.map)",
    "JS:^chooseStoryFor file:///x/store/dist/stories.js:252:1+0x2 (/tmp/perf-100.map)",
  ),
  sample(100, "[unknown] (/tmp/perf-100.map)"),
  // A parse worker: core under the parse, the search text, a read system call (nearer the leaf than the parse).
  sample(
    120,
    "JS:*paragraph file:///x/core/dist/stages/blocks.js:220:14+0x1 (/tmp/perf-100.map)",
    "JS:~runPipeline file:///x/core/dist/pipeline/pipeline.js:19:1+0x2 (/tmp/perf-100.map)",
  ),
  sample(
    120,
    "JS:*hanBigrams file:///x/core/dist/policy/search.js:1:1+0x1 (/tmp/perf-100.map)",
    "JS:*indexText file:///x/store/dist/search-text.js:19:1+0x2 (/tmp/perf-100.map)",
  ),
  sample(
    120,
    "copy_page_to_iter+0x1 ([kernel.kallsyms])",
    "__x64_sys_read+0x1 ([kernel.kallsyms])",
    "JS:*parseJobOutcomes file:///x/parse-job.js:1:1+0x1 (/tmp/perf-100.map)",
  ),
  // V8's helper threads: no JavaScript.
  sample(105, "v8::internal::compiler::GraphReducer::ReduceTop()+0x1 (/usr/bin/node)"),
  sample(106, "v8::internal::Scavenger::ScavengePage(v8::internal::MemoryChunk*)+0x1 (/usr/bin/node)"),
  sample(106, "v8::internal::ConcurrentMarking::RunMajor()+0x1 (/usr/bin/node)"),
].join("");

it("counts each thread's samples by the first stage one of its frames matches", () => {
  const threads = samplesByThread(PERF_SCRIPT);
  expect([...threads.keys()]).toEqual([100, 120, 105, 106]);
  expect(threads.get(120)![2]).toHaveLength(3);
  const counted = ingestCpu(threads, 1).map(({ thread, samples, stages }) => [
    thread,
    samples,
    stages.map((stage) => `${stage.label}: ${stage.samples}`),
  ]);
  expect(counted).toEqual([
    [
      "storing (main) thread",
      4,
      [
        "SQLite writes (statements, WAL, checkpoints): 1",
        "story choice (features, candidates, comparisons): 1",
        "SQLite reads (story choice's candidates and keys): 1",
        "other: 1",
      ],
    ],
    ["parse worker", 3, ["parse (core): 1", "search text (indexText): 1", "reading the file: 1"]],
    ["V8 helper threads", 3, ["compiling (TurboFan, Maglev): 1", "GC: scavenging: 1", "GC: marking: 1"]],
  ]);
});
