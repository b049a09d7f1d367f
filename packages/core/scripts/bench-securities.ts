// What the securities dictionary costs: its size, build time and heap, and parse time with and without
// it on the corpus files and on flash items of the dumps. It measures the built package (dist/, what
// users run): both variants in each process, chunk by chunk (see `child`; warmed up, CPU time, no
// forced GC while timing). With `--baseline <rev>`, core at that revision is built the same way (tsc,
// into dist/) and timed in the same run, its processes alternating with this checkout's: a
// before/after pair of the matcher's cost.
//   pnpm --filter @caixun/core build && pnpm --filter @caixun/core securities:bench [--baseline <rev>] [--write]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { writeSection } from "@caixun/docs-writer";
import { build } from "esbuild";
import { benchFlashItems } from "./feed-lists.js";

const core = resolve(import.meta.dirname, "..");
const repo = resolve(core, "../..");
const shared = resolve(repo, "../shared");
const dist = join(core, "dist");
/** Processes per build and input set; each times both variants (see `child`). */
const PROCESSES = 3;
/** Timed rounds in each process, after two warm-up rounds. */
const ROUNDS = 10;
const SETS = ["corpus", "flash"] as const;
type InputSet = (typeof SETS)[number];

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The built core a child measures: dist/ (this checkout), or a baseline's build given by `--dist`. */
const distAt = process.argv.indexOf("--dist");
const measured = distAt === -1 ? dist : process.argv[distAt + 1]!;

const distModule = async <T>(path: string): Promise<T> =>
  (await import(pathToFileURL(join(measured, path)).href)) as T;

/**
 * Core at `revision` compiled by this checkout's tsc as dist/ is, into `dist/baseline-<commit>/`
 * (inside the package, so that its imports resolve to the same installed dependencies).
 */
function buildBaseline(revision: string): { label: string; dir: string } {
  const git = (...args: string[]) => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" }).trim();
  const sha = git("rev-parse", "--verify", `${revision}^{commit}`);
  const label = `${revision} (${sha.slice(0, 9)})`;
  const dir = join(dist, `baseline-${sha.slice(0, 12)}`);
  if (existsSync(join(dir, "securities/entry.js"))) return { label, dir };
  const source = join(dist, `baseline-src-${sha.slice(0, 12)}`);
  rmSync(source, { recursive: true, force: true });
  mkdirSync(source, { recursive: true });
  const archive = execFileSync("git", ["-C", repo, "archive", sha, "packages/core/src"], {
    maxBuffer: 1 << 30,
  });
  execFileSync("tar", ["-x", "-C", source, "--strip-components=2"], { input: archive });
  const tsconfig = join(core, `tsconfig.baseline-${sha.slice(0, 12)}.json`);
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: "./tsconfig.build.json",
      compilerOptions: { rootDir: join(source, "src"), outDir: dir, noEmitOnError: false },
      include: [join(source, "src")],
      exclude: [],
    }),
  );
  try {
    // Emitted even where the older tree's types no longer check against today's dependencies.
    spawnSync(
      process.execPath,
      [createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-p", tsconfig],
      {
        encoding: "utf8",
      },
    );
  } finally {
    rmSync(tsconfig, { force: true });
    rmSync(source, { recursive: true, force: true });
  }
  if (!existsSync(join(dir, "securities/entry.js"))) throw new Error(`could not build core at ${label}`);
  return { label, dir };
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === "gold" ? [] : files(path)) : [path];
  });
}

function inputs(set: InputSet): (string | Uint8Array)[] {
  if (set === "corpus") {
    return [...files(join(shared, "corpus")), ...files(join(repo, "seeds"))].map((p) => readFileSync(p));
  }
  return benchFlashItems(shared);
}

type Parse = (input: string | Uint8Array, options?: object) => unknown;
type Load = () => unknown;

/**
 * One process: parse one input set with and without the dictionary, in chunks of a few inputs, each
 * chunk twice back to back (once with, once without, the order alternating from chunk to chunk), the
 * CPU time of each summed per round. Both variants run under the same load, in the same heap and with
 * the same compiled code, so their ratio is steady where two processes' times are not (other work on
 * this shared machine moves a process's time by far more than the matcher costs). Prints each timed
 * round's two sums.
 */
async function child(set: InputSet): Promise<void> {
  const { parse } = await distModule<{ parse: Parse }>("index.js");
  const withNames = { securities: (await loadShipped())() };
  const without = {};
  const list = inputs(set);
  const chunk = set === "corpus" ? 4 : 30;
  const time = (inputs: readonly (string | Uint8Array)[], options: object) => {
    const start = cpu();
    for (const input of inputs) parse(input, options);
    return cpu() - start;
  };
  const round = (r: number) => {
    const sums = { with: 0, without: 0 };
    for (let at = 0, k = 0; at < list.length; at += chunk, k++) {
      const inputs = list.slice(at, at + chunk);
      if ((k + r) % 2 === 0) {
        sums.with += time(inputs, withNames);
        sums.without += time(inputs, without);
      } else {
        sums.without += time(inputs, without);
        sums.with += time(inputs, withNames);
      }
    }
    return sums;
  };
  round(0);
  round(1);
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(round(r));
  console.log(JSON.stringify({ rounds, inputs: list.length }));
}

async function loadShipped(): Promise<Load> {
  return (await distModule<{ loadSecurities: Load }>("securities/entry.js")).loadSecurities;
}

/** One process (with --expose-gc): heap held by the data module's text and by the built dictionary, and the build's CPU time. */
async function memoryChild(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = process.memoryUsage().heapUsed;
  const load = await loadShipped();
  gc();
  const text = process.memoryUsage().heapUsed;
  const start = cpu();
  const dictionary = load() as { entries: unknown[]; names: { size: { nodes: number; tableBytes: number } } };
  const buildMs = cpu() - start;
  gc();
  const built = process.memoryUsage().heapUsed;
  console.log(
    JSON.stringify({
      textBytes: text - before,
      builtBytes: built - text,
      buildMs,
      entries: dictionary.entries.length,
      ...dictionary.names.size,
    }),
  );
}

/** What a browser page ships: `parse` alone, and `parse` with the dictionary (esbuild, minified ES module). */
async function browserBundles(): Promise<{ bytes: number; gzipBytes: number }[]> {
  const entries = [
    `export { parse } from ${JSON.stringify(join(core, "src/index.ts"))};`,
    `export { parse } from ${JSON.stringify(join(core, "src/index.ts"))};
export { loadSecurities } from ${JSON.stringify(join(core, "src/securities/entry.ts"))};`,
  ];
  const sizes = [];
  for (const contents of entries) {
    const output = await build({
      stdin: { contents, resolveDir: core, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const code = output.outputFiles[0]!.contents;
    sizes.push({ bytes: code.length, gzipBytes: gzipSync(code).length });
  }
  return sizes;
}

function spawnChild(args: string[], nodeFlags: string[] = []): Record<string, number> {
  const result = spawnSync(
    process.execPath,
    [...nodeFlags, ...process.execArgv, import.meta.filename, ...args],
    {
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`bench child ${args.join(" ")} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as Record<string, number>;
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, "securities/entry.js"))) {
    console.error(
      "no dist/: run `pnpm --filter @caixun/core build` first (the bench measures the built package)",
    );
    process.exit(1);
  }
  const memory = spawnChild(["--child-memory"], ["--expose-gc"]);
  const [parseOnly, withNames] = await browserBundles();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const dataBytes = statSync(join(dist, "securities/data.js")).size;
  const gzBytes = gzipSync(readFileSync(join(dist, "securities/data.js"))).length;
  const load = loadavg()[0]!;
  const baselineAt = process.argv.indexOf("--baseline");
  const baseline = baselineAt === -1 ? null : buildBaseline(process.argv[baselineAt + 1]!);
  const builds = [
    { label: "this checkout", args: [] as string[] },
    ...(baseline ? [{ label: `baseline ${baseline.label}`, args: ["--dist", baseline.dir] }] : []),
  ];
  const rows: string[] = [];
  const ratios: number[] = [];
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  for (const set of SETS) {
    const rounds = builds.map(() => [] as { with: number; without: number }[]);
    let count = 0;
    for (let i = 0; i < PROCESSES; i++) {
      for (const [b, build] of builds.entries()) {
        const result = spawnChild(["--child", set, ...build.args]) as unknown as {
          rounds: { with: number; without: number }[];
          inputs: number;
        };
        rounds[b]!.push(...result.rounds);
        count = result.inputs;
      }
    }
    if (count === 0) continue;
    const label = set === "corpus" ? `corpus files (${count})` : `flash items of the dumps (${count})`;
    for (const [b, build] of builds.entries()) {
      const all = rounds[b]!;
      const ratio = median(all.map((r) => r.with / r.without));
      if (b === 0) ratios.push(ratio);
      const spread = all.map((r) => r.with / r.without).sort((x, y) => x - y);
      const quartiles = `${spread[spread.length >> 2]!.toFixed(3)}–${spread[(3 * spread.length) >> 2]!.toFixed(3)}`;
      const who = baseline ? ` | ${build.label}` : "";
      rows.push(
        `| ${label}${who} | ${median(all.map((r) => r.without)).toFixed(1)} ms | ${median(all.map((r) => r.with)).toFixed(1)} ms | **${ratio.toFixed(3)}** | ${quartiles} |`,
      );
    }
  }
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const content = `## Securities dictionary and name matcher

Measured by \`pnpm --filter @caixun/core build && pnpm --filter @caixun/core securities:bench${baseline ? ` --baseline ${process.argv[baselineAt + 1]}` : ""} --write\` on ${new Date().toISOString().slice(0, 10)}
(Node ${process.versions.node}, the built package; 1-minute load average ${load.toFixed(1)} at the start on ${availableParallelism()} CPUs, which other work shares).

| | |
|---|---|
| entries | ${memory.entries} |
| entry point \`@caixun/core/securities\` data module | ${(dataBytes / 1024).toFixed(0)} KB, ${(gzBytes / 1024).toFixed(0)} KB gzipped |
| heap held by the data module's text once imported | ${mb(memory.textBytes!)} |
| build (read lines + trie), once per process | ${memory.buildMs!.toFixed(0)} ms CPU |
| heap held by the built dictionary (entries + trie) | ${mb(memory.builtBytes!)}, of which the trie's tables ${mb(memory.tableBytes!)} (${memory.nodes} nodes) |
| browser bundle of \`parse\` alone (esbuild, minified) | ${kb(parseOnly!.bytes)}, ${kb(parseOnly!.gzipBytes)} gzipped |
| browser bundle of \`parse\` + \`loadSecurities\` | ${kb(withNames!.bytes)}, ${kb(withNames!.gzipBytes)} gzipped |

Heap is V8's \`heapUsed\` after a full GC, before and after, in a process of its own. Node 20 does not
compress pointers; Chromium and workerd do, so there the objects take less.

Parse time without and with the dictionary (target: the matcher adds at most 10%). ${PROCESSES} processes per
build${baseline ? ", the builds' processes alternating" : ""}; each parses the inputs in chunks (4 files, or 30 flash items), every chunk once
with and once without the dictionary back to back, the order alternating from chunk to chunk, and sums
the CPU time of each over a round of all the inputs; ${ROUNDS} timed rounds after two warm-up rounds. The
ratio is the median of the rounds' ratios (with the interquartile range beside it), the times the
medians of the rounds' sums.${baseline ? ` The baseline is core at ${baseline.label}, built the same way and timed in the same run.` : ""}

| inputs${baseline ? " | core" : ""} | without | with | ratio | quartiles |
|---|---|---|---|---|${baseline ? "---|" : ""}
${rows.join("\n")}

${ratios.every((r) => r <= 1.1) ? "Within the target on this run" : "Above the target on this run"}.

The matcher looks at every position of the title and text, and two filters turn most away before
the trie is touched (\`PackedTrie.startsIn\`). One loop reads every character once and probes a bit per
hashed pair of first characters, set for every way a text may write them (\`N\`, \`n\`, \`Ｎ\`), so that no
character is folded before it passes (8 KB; one multiplication of the two characters side by side
a position, and nothing else: about one position in seven passes); only there are the characters
folded and a Bloom filter read, over the two-character names and the first three characters of the
longer ones, both bits of an item in one word and every item of one pair in one cache line (16 KB),
which turns away \`中国经济\` beside \`中国平安\`; then the pair table for the positions left, so that the
names are walked from there. The trie is packed for
reading: one array holds every node in depth-first order, each a header word (what the guards need to
know of the name ending there — two Han characters, an industry's or a company's ending, an exchange's
marks, a Latin ending, a name that needs a cue — whether a name ends there, how many edges) followed by
its edges, so that a walk reads the lines it has just loaded; a table leads from a name's first two
characters straight to its node; what a name stands for sits in one flat array that the node's second
word leads to (one read a match, where an array per node took three); a name that needs no cue is taken
without reading the objects behind it until it is counted, and judging a match allocates nothing. Between two flash items the parse
pushes all of this out of the processor's cache, so what the matcher costs is mostly the cache lines it
reads: the filters are small for that reason, and the figures above move with the load of this shared
machine, which evicts the caches more often.

Where the dictionary lives: the CLI, the Node API and the site builder import \`@caixun/core/securities\`
and build it once per process (per worker thread in the CLI); the Worker reads it from its static
assets (\`/securities.tsv\`) on the first parse, so the Worker script carries the matcher but not the
data (the Worker bundle figure at the top of this file, from \`pnpm bench\`); bundled into the script
the data would add the gzipped size of the data module above. In a Worker's 128 MB isolate the built
dictionary is the heap figure above, held once per isolate.
`;
  console.log(content);
  if (process.argv.includes("--write")) {
    writeSection(join(repo, "docs/benchmarks.md"), "securities", content, "Benchmarks");
    console.log("wrote docs/benchmarks.md (section securities)");
  }
}

const at = process.argv.indexOf("--child");
if (at !== -1) await child(process.argv[at + 1] as InputSet);
else if (process.argv.includes("--child-memory")) await memoryChild();
else await main();
