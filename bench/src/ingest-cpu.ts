// The arithmetic of `pnpm ingest:cpu` (ingest-cpu-cli.ts), apart from its file so it can be tested.
//
// Where `caixun ingest`'s CPU goes, thread by thread and stage by stage, from a sampled record of the
// whole process: every thread's time on a core (a `cpu-clock` sample is taken only while a thread
// runs), the V8 helper threads' compiling and garbage collection included, which a `--cpu-prof` of
// the JavaScript threads does not see. Record and print it so (the repository's root):
//
//   perf record -e cpu-clock -F 499 -g -o ingest.perf -- node --perf-basic-prof-only-functions \
//     --interpreted-frames-native-stack apps/cli/dist/bin.js ingest <inputs> --db <new file> --jobs 2
//   perf script -i ingest.perf > ingest.txt
//   pnpm --filter @caixun/bench ingest:cpu ingest.txt --articles <Articles stored>
//
// TurboFan inlines small functions into their callers, so a stage whose functions are inlined (the
// story features into story choice) is counted with its caller here; `--cpu-prof` splits those.

/** A stage of one kind of thread: the frames it is known by (see `stageOf`). */
export interface Stage {
  label: string;
  frame: RegExp;
}

/** A JavaScript function's frame as `--perf-basic-prof` names it, in any tier (`*` TurboFan, `~` interpreted, …). */
const js = (names: string) => new RegExp(`JS:[*~^+](${names}) `);

/** A collection that a JavaScript thread does itself (the rest is the helpers'). */
const GC_ON_THREAD: Stage = {
  label: "garbage collection on the thread",
  frame: /Heap::|Scaveng|MarkCompact/,
};

/** The storing thread, the one that starts the process. */
export const STORING_STAGES: readonly Stage[] = [
  GC_ON_THREAD,
  {
    label: "SQLite reads (story choice's candidates and keys)",
    frame: /JS:[*~^+]all .*store\/dist\/sqlite\.js/,
  },
  {
    label: "SQLite writes (statements, WAL, checkpoints)",
    frame: /JS:[*~^+](sqliteTransaction |.*store\/dist\/sqlite\.js)/,
  },
  {
    label: "story choice (features, candidates, comparisons)",
    frame: js(
      "chooseStoryFor|assignStories|committed|reachable|usableAnchors|keyStatements|sortPostings|storyRows|featuresOf",
    ),
  },
  { label: "rows' values and summary JSON", frame: js("upsertStatements") },
  { label: "decoding the posted Article (JSON.parse)", frame: /JS:[*~^+](get article) |Builtin_JsonParse/ },
  {
    label: "receiving outcomes (messages, input order)",
    frame: /inputs\/dist\/(pool|ordered|pipeline)\.js|input-run\.js|MessagePort/,
  },
  {
    label: "start-up (Node, modules, migrations)",
    frame: /node::Start|LoadEnvironment|node:internal\/modules|JS:[*~^+]migrate /,
  },
];

/** A parse worker: a thread that runs the parse (core's JavaScript) and is not the first. */
export const PARSE_STAGES: readonly Stage[] = [
  GC_ON_THREAD,
  { label: "reading the file", frame: /JS:[*~^+]readFileBounded |__x64_sys_(read|openat|newfstat|close)\b/ },
  { label: "search text (indexText)", frame: js("indexText") },
  { label: "story key (storyKey, its JSON)", frame: js("storyKey|prepareArticle|withExtras") },
  { label: "the Article's JSON (toWire)", frame: js("toWire") },
  {
    label: "posting the outcome (structured clone)",
    frame: /PostMessage|MessagePort|JS:[*~^+]send .*serve-tasks/,
  },
  { label: "parse (core)", frame: js("parseOutcomes|runPipeline|parseAllSync|parseJobOutcomes") },
  {
    label: "start-up (Node, modules, securities dictionary)",
    frame: /node::Start|Worker::Run|node:internal\/modules|JS:[*~^+]securities /,
  },
];

/** V8's own threads (no JavaScript runs there): its optimising compilers and its concurrent collector. */
export const HELPER_STAGES: readonly Stage[] = [
  { label: "compiling (TurboFan, Maglev)", frame: /compiler::|maglev::|turboshaft::|Compil/ },
  { label: "GC: scavenging", frame: /Scaveng/ },
  { label: "GC: marking", frame: /Mark/ },
  { label: "GC: sweeping and the rest", frame: /Sweep|Heap|Evacuat/ },
];

/** One thread's samples: each a stack of frames, the leaf first, as `perf script` prints them. */
export type ThreadSamples = Map<number, string[][]>;

/** The samples of `perf script` output by thread id (its second column). */
export function samplesByThread(text: string): ThreadSamples {
  const threads: ThreadSamples = new Map();
  let stack: string[] | null = null;
  for (const line of text.split("\n")) {
    if (line.length === 0) {
      stack = null;
    } else if (!/^\s/.test(line)) {
      const tid = Number(line.trim().split(/\s+/)[1]);
      stack = [];
      const samples = threads.get(tid) ?? [];
      samples.push(stack);
      threads.set(tid, samples);
    } else {
      stack?.push(line.trim());
    }
  }
  return threads;
}

/**
 * The stage of a stack: that of its frame nearest the leaf that one of `stages` matches (the first
 * of them when several do), else "other". A collection or a SQLite call made from story choice is
 * counted as itself; start-up, at the root of every stack of a thread, when nothing above matched.
 */
export function stageOf(stack: readonly string[], stages: readonly Stage[]): string {
  for (const frame of stack) for (const stage of stages) if (stage.frame.test(frame)) return stage.label;
  return "other";
}

export interface ThreadCpu {
  thread: string;
  samples: number;
  stages: { label: string; samples: number }[];
}

/**
 * Samples by kind of thread and stage: the storing thread is the process's first (the lowest id), a
 * parse worker any other that ran JavaScript in more than `minJsSamples` samples, the rest V8's.
 */
export function ingestCpu(threads: ThreadSamples, minJsSamples = 50): ThreadCpu[] {
  const storing = Math.min(...threads.keys());
  const runsJs = (samples: string[][]) =>
    samples.filter((stack) => stack.some((f) => f.includes("JS:"))).length;
  const groups: [string, number[], readonly Stage[]][] = [
    ["storing (main) thread", [storing], STORING_STAGES],
    ["parse worker", [], PARSE_STAGES],
    ["V8 helper threads", [], HELPER_STAGES],
  ];
  for (const [tid, samples] of threads) {
    if (tid === storing) continue;
    groups[runsJs(samples) > minJsSamples ? 1 : 2]![1].push(tid);
  }
  return groups.map(([thread, tids, stages]) => {
    const counts = new Map<string, number>();
    let samples = 0;
    for (const tid of tids)
      for (const stack of threads.get(tid)!) {
        const label = stageOf(stack, stages);
        counts.set(label, (counts.get(label) ?? 0) + 1);
        samples++;
      }
    return {
      thread,
      samples,
      stages: [...counts].map(([label, n]) => ({ label, samples: n })).sort((a, b) => b.samples - a.samples),
    };
  });
}
