import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { markdownTable, writeSection } from "@caixun/docs-writer";

/**
 * What is still written by hand in @caixun/inputs, measured against the libraries that do the same
 * job (issue 16): the glob matcher against picomatch, the folder walk against tinyglobby and
 * fast-glob, the worker pool against piscina and tinypool. Every contender runs in a process of its
 * own, warmed up; rounds are interleaved; medians of CPU time. Writes the "inputs" section of
 * docs/benchmarks.md.
 *
 *   pnpm bench:corpus --count 3000 --out /tmp/caixun-3000
 *   pnpm --filter @caixun/inputs measure --corpus /tmp/caixun-3000 [--rounds 5] [--dry]
 */
const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    rounds: { type: "string", default: "5" },
    jobs: { type: "string", default: "2" },
    dry: { type: "boolean", default: false },
  },
});
if (values.corpus === undefined) {
  console.error("usage: measure --corpus <folder of news files> [--rounds N] [--jobs N] [--dry]");
  process.exit(2);
}
const rounds = Number(values.rounds);
const HERE = import.meta.dirname;
const ROOT = join(HERE, "../../..");

function child<T>(script: string, args: string[]): T {
  const output = execFileSync(process.execPath, ["--import", "tsx", join(HERE, script), ...args], {
    cwd: join(HERE, ".."),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split("\n").pop()!) as T;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const fixed = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

// Glob matching: right answers on the shell's cases, and speed.
const cases = Object.fromEntries(
  ["ours", "picomatch"].map((name) => [
    name,
    child<{ right: number; total: number; wrong: string[] }>("glob-child.ts", [
      "--contender",
      name,
      "--task",
      "cases",
    ]),
  ]),
);
const matchRuns: Record<string, { compileUs: number; matchNs: number; hits: number }[]> = {
  ours: [],
  picomatch: [],
};
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(matchRuns)) {
    matchRuns[name]!.push(child("glob-child.ts", ["--contender", name, "--task", "match", "--rounds", "5"]));
  }
}

// Folder walks: a tree of 20,000 files in 100 folders (half .md), `**/*.md` below it.
const tree = mkdtempSync(join(tmpdir(), "caixun-walk-"));
for (let folder = 0; folder < 100; folder++) {
  const dir = join(tree, `${2000 + folder}`, "news");
  mkdirSync(dir, { recursive: true });
  for (let file = 0; file < 200; file++) writeFileSync(join(dir, `${file}.${file % 2 ? "md" : "txt"}`), "x");
}
const walkRuns: Record<string, { cpuMs: number; wallMs: number; found: number }[]> = {
  ours: [],
  tinyglobby: [],
  "fast-glob": [],
};
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(walkRuns)) {
    walkRuns[name]!.push(
      child("glob-child.ts", ["--contender", name, "--task", "walk", "--tree", tree, "--rounds", "3"]),
    );
  }
}
rmSync(tree, { recursive: true, force: true });

// Worker pools: the same read-and-parse task, the same threads, the same in-order window.
type PoolRun = Record<"files" | "parsed" | "wallMs" | "cpuMs" | "maxRssMb", number>;
const poolRuns: Record<string, PoolRun[]> = { ours: [], piscina: [], tinypool: [] };
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(poolRuns)) {
    poolRuns[name]!.push(
      child<PoolRun>("pool-child.ts", [
        "--contender",
        name,
        "--corpus",
        values.corpus,
        "--jobs",
        values.jobs!,
      ]),
    );
  }
}

const m = (runs: Record<string, { [key: string]: number }[]>, name: string, key: string) =>
  median(runs[name]!.map((run) => run[key]!));
const ratio = (a: number, b: number) => `${fixed(a / b, 2)}×`;

const matchRows = Object.keys(matchRuns).map((name) => [
  name,
  `${cases[name]!.right}/${cases[name]!.total}`,
  fixed(m(matchRuns, name, "compileUs"), 1),
  fixed(m(matchRuns, name, "matchNs"), 0),
  ratio(m(matchRuns, name, "matchNs"), m(matchRuns, "ours", "matchNs")),
]);
const walkRows = Object.keys(walkRuns).map((name) => [
  name,
  fixed(walkRuns[name]![0]!.found),
  fixed(m(walkRuns, name, "cpuMs"), 1),
  fixed(m(walkRuns, name, "wallMs"), 1),
  ratio(m(walkRuns, name, "cpuMs"), m(walkRuns, "ours", "cpuMs")),
]);
const files = poolRuns.ours![0]!.files;
const poolRows = Object.keys(poolRuns).map((name) => [
  name,
  fixed(m(poolRuns, name, "parsed")),
  fixed(files / (m(poolRuns, name, "wallMs") / 1000)),
  ratio(m(poolRuns, name, "wallMs"), m(poolRuns, "ours", "wallMs")),
  fixed(m(poolRuns, name, "cpuMs")),
  ratio(m(poolRuns, name, "cpuMs"), m(poolRuns, "ours", "cpuMs")),
  fixed(m(poolRuns, name, "maxRssMb")),
]);
const wrong = (name: string) => cases[name]!.wrong.map((entry) => `\`${entry}\``).join(", ") || "none";

const GLOB_CASE_COUNT = cases.ours!.total;
const command = `pnpm --filter @caixun/inputs measure --corpus <${fixed(files)} generated files> --rounds ${rounds} --jobs ${values.jobs}`;
const text = `## Inputs: glob matcher, folder walk and worker pool (\`@caixun/inputs\`)

Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`${command}\` (the corpus from
\`pnpm bench:corpus --count ${files}\`), ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores,
Node ${process.version}, on a machine other engineers were using. Every contender runs in a process of its own,
warmed up; ${rounds} rounds, interleaved; medians. Ratios are to ours (below 1× is faster than ours).

### Glob matching: ours vs picomatch 4.0.7

${markdownTable(["matcher", "shell cases right", "compile µs", "match ns/path", "match time"], matchRows)}

${GLOB_CASE_COUNT} cases of the shell's rules (bash with \`globstar\` and \`extglob\`). Ours got wrong: ${wrong("ours")}.
picomatch got wrong: ${wrong("picomatch")}. Match speed over 100,000 corpus paths and four patterns.

### Folder walk for \`**/*.md\`: ours vs tinyglobby 0.2.17 and fast-glob 3.3.3

${markdownTable(["walk", "files found", "CPU ms", "wall ms", "CPU time"], walkRows)}

20,000 files in 100 folders, half of them \`.md\`. Ours also sorts each folder, streams (one folder's
names in memory at a time), and reports what it does not read; the libraries return unsorted lists
(tinyglobby) or an unsorted stream (fast-glob) and pass over dangling links, FIFOs and unreadable folders
without a word.

### Worker pool: ours vs piscina 5.3.2 and tinypool 2.2.0

${markdownTable(["pool", "parsed", "files/s (wall)", "wall time", "CPU ms", "CPU time", "peak RSS MB"], poolRows)}

${fixed(files)} generated files read and parsed by ${values.jobs} worker threads running the same task
(\`runParseJob\`), results taken in input order through the same window (4 inputs per thread), 2 tasks
in flight per thread in every pool. Peak RSS is the whole process's.

### What is kept by hand, and why

- **Glob matcher: kept.** picomatch matches a little faster per path (${ratio(m(matchRuns, "picomatch", "matchNs"), m(matchRuns, "ours", "matchNs"))}), but it reads \`(…)\` as a group, so
  \`"* (1).md"\` misses the \`copy (1).md\` files corpora are full of, and it gets \`[!0-2]\` wrong; ours now has the ranges,
  POSIX classes, escapes and dotfile rule it lacked, and only extglobs (which are what make those parentheses special) are
  left out. Matching costs well under a microsecond a path either way.
- **Folder walk: kept.** tinyglobby and fast-glob use less CPU (${ratio(m(walkRuns, "tinyglobby", "cpuMs"), m(walkRuns, "ours", "cpuMs"))} and ${ratio(m(walkRuns, "fast-glob", "cpuMs"), m(walkRuns, "ours", "cpuMs"))} of ours), but neither gives a stable
  order while streaming nor says what it passed over, and "nothing dropped silently" is the point; ours costs
  ${fixed((m(walkRuns, "ours", "cpuMs") * 1000) / 20_000, 1)} µs of CPU per entry, against about a millisecond to parse a file.
- **Worker pool: kept.** It is as fast as both (wall time ${ratio(m(poolRuns, "piscina", "wallMs"), m(poolRuns, "ours", "wallMs"))} for piscina and ${ratio(m(poolRuns, "tinypool", "wallMs"), m(poolRuns, "ours", "wallMs"))} for tinypool, which
  moves either way between runs here; CPU time ${ratio(m(poolRuns, "piscina", "cpuMs"), m(poolRuns, "ours", "cpuMs"))} and ${ratio(m(poolRuns, "tinypool", "cpuMs"), m(poolRuns, "ours", "cpuMs"))}), and does what their one-value
  tasks cannot: an input streams many results with flow control (a dump of thousands of records), and a worker that
  dies holding several inputs gets each retried alone, so only the input that kills a worker fails.
`;
console.log(text);
if (!values.dry) writeSection(join(ROOT, "docs/benchmarks.md"), "inputs", text, "Benchmarks");
