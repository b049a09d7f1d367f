// Where the securities dictionary's cost goes inside `parse` on flash items of the dumps. A child
// process with V8's CPU profiler parses the items of the bench (`bench-securities.ts`: the built package,
// chunks of 30 items, each chunk with and without the dictionary back to back, the order alternating),
// each variant called through a function of its own, so that every sample is charged to one of them.
// Prints the variants' sampled time, how much of the difference is the matcher itself (samples under
// `findSecurities`) and how much the rest of the parse, the functions whose time grew most, and how many
// positions of an item each of the matcher's filters lets through.
//   pnpm --filter @caixun/core build && pnpm --filter @caixun/core securities:profile [--rounds N]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "../src/parse.js";
import { loadSecurities } from "../src/securities/entry.js";
import { scannedText } from "../src/securities/find.js";
import { foldCode } from "../src/securities/fold.js";
import { longestNameAt, type NameMatch } from "../src/securities/names.js";
import { benchFlashItems } from "./feed-lists.js";

const core = resolve(import.meta.dirname, "..");
const shared = resolve(core, "../../../shared");
const dist = join(core, "dist");
/** Flash items a chunk, as in the bench. */
const CHUNK = 30;
/** Sampling interval of the profiler, µs: fine enough for functions that take a few µs a call. */
const INTERVAL_US = 50;
/** The names of the child's two variants, as the profile records them. */
const WITH = "parseWithDictionary";
const WITHOUT = "parseWithoutDictionary";

type Parse = (input: string, options?: object) => unknown;

async function child(rounds: number): Promise<void> {
  // The built package is what is measured, as in the bench; the sources only read the dumps.
  const built = (await import(pathToFileURL(join(dist, "index.js")).href)) as { parse: Parse };
  const { loadSecurities: load } = (await import(pathToFileURL(join(dist, "securities/entry.js")).href)) as {
    loadSecurities: () => object;
  };
  const options = { securities: load() };
  const items = benchFlashItems(shared);
  // Declared by name, so that the profile tells the variants apart.
  function parseWithDictionary(chunk: readonly string[]): void {
    for (const item of chunk) built.parse(item, options);
  }
  function parseWithoutDictionary(chunk: readonly string[]): void {
    for (const item of chunk) built.parse(item, {});
  }
  for (let r = 0; r < rounds; r++) {
    for (let at = 0, k = 0; at < items.length; at += CHUNK, k++) {
      const chunk = items.slice(at, at + CHUNK);
      if ((k + r) % 2 === 0) {
        parseWithDictionary(chunk);
        parseWithoutDictionary(chunk);
      } else {
        parseWithoutDictionary(chunk);
        parseWithDictionary(chunk);
      }
    }
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** Sampled time (ms) per variant: in all, under `findSecurities`, and per function (self time). */
function charge(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const sideOf = new Map<number, { side: string | null; matcher: boolean }>();
  const classify = (id: number) => {
    let known = sideOf.get(id);
    if (known) return known;
    let matcher = false;
    let side: string | null = null;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (name === "findSecurities") matcher = true;
      if (name === WITH || name === WITHOUT) {
        side = name;
        break;
      }
    }
    known = { side, matcher };
    sideOf.set(id, known);
    return known;
  };
  const totals: Record<string, { all: number; matcher: number }> = {
    [WITH]: { all: 0, matcher: 0 },
    [WITHOUT]: { all: 0, matcher: 0 },
  };
  const functions = new Map<string, Record<string, number>>();
  profile.samples.forEach((id, i) => {
    const { side, matcher } = classify(id);
    if (side === null) return;
    const ms = profile.timeDeltas[i]! / 1000;
    totals[side]!.all += ms;
    if (matcher) totals[side]!.matcher += ms;
    const { functionName, url } = byId.get(id)!.callFrame;
    const key = `${functionName || "(anonymous)"} ${url ? basename(url) : ""}`.trim();
    const row = functions.get(key) ?? { [WITH]: 0, [WITHOUT]: 0 };
    row[side]! += ms;
    functions.set(key, row);
  });
  return { totals, functions };
}

/** Per item: characters scanned, and positions each filter lets through, with names found. */
function filterCounts() {
  const { names } = loadSecurities();
  const match: NameMatch = { end: 0, node: -1 };
  const counts = {
    items: 0,
    characters: 0,
    firstPair: 0,
    bloom: 0,
    pairNode: 0,
    names: 0,
  };
  for (const item of benchFlashItems(shared)) {
    const { title, text: body } = parse(item);
    const text = scannedText(title, body);
    counts.items++;
    counts.characters += text.length;
    for (let i = 0; i + 1 < text.length; i++) {
      const c0 = text.charCodeAt(i);
      const c1 = text.charCodeAt(i + 1);
      if (!names.mayStartWith(c0, c1)) continue;
      counts.firstPair++;
      const c2 = i + 2 < text.length ? foldCode(text.charCodeAt(i + 2)) : -1;
      if (!names.mayMatch(foldCode(c0), foldCode(c1), c2)) continue;
      counts.bloom++;
      const node = names.pairNode(foldCode(c0), foldCode(c1));
      if (node === -1) continue;
      counts.pairNode++;
      if (longestNameAt(names, text, i, node, match)) counts.names++;
    }
  }
  return counts;
}

function main(): void {
  if (!existsSync(join(dist, "securities/entry.js"))) {
    console.error(
      "no dist/: run `pnpm --filter @caixun/core build` first (the profile runs the built package)",
    );
    process.exit(1);
  }
  const roundsAt = process.argv.indexOf("--rounds");
  const rounds = roundsAt === -1 ? 6 : Number(process.argv[roundsAt + 1]);
  const dir = mkdtempSync(join(tmpdir(), "caixun-securities-profile-"));
  try {
    const run = spawnSync(
      process.execPath,
      [
        "--cpu-prof",
        "--cpu-prof-interval",
        String(INTERVAL_US),
        "--cpu-prof-dir",
        dir,
        ...process.execArgv,
        import.meta.filename,
        "--child",
        String(rounds),
      ],
      { encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`profile child failed:\n${run.stderr}`);
    const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"))!;
    const { totals, functions } = charge(JSON.parse(readFileSync(join(dir, file), "utf8")));
    const w = totals[WITH]!;
    const o = totals[WITHOUT]!;
    const delta = w.all - o.all;
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const share = (value: number) => `${((value / delta) * 100).toFixed(0)}%`;
    console.log(`${rounds} rounds of the bench's flash items, sampled every ${INTERVAL_US} µs`);
    console.log(
      `with the dictionary ${ms(w.all)}, without ${ms(o.all)}: ratio ${(w.all / o.all).toFixed(3)}`,
    );
    console.log(
      `difference ${ms(delta)}: findSecurities ${ms(w.matcher - o.matcher)} (${share(w.matcher - o.matcher)}), ` +
        `the rest of the parse ${ms(delta - (w.matcher - o.matcher))} (${share(delta - (w.matcher - o.matcher))})`,
    );
    console.log("functions whose self time grew most (with − without):");
    const grown = [...functions].map(([name, row]) => [name, row[WITH]! - row[WITHOUT]!] as const);
    for (const [name, grew] of grown.sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`  ${ms(grew).padStart(8)}  ${share(grew).padStart(4)}  ${name}`);
    }
    const counts = filterCounts();
    const per = (value: number) => (value / counts.items).toFixed(1);
    console.log(
      `per item: ${per(counts.characters)} characters; ` +
        `pair filter ${per(counts.firstPair)}, Bloom filter ${per(counts.bloom)}, a trie node ${per(counts.pairNode)}, ` +
        `a name ${per(counts.names)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf("--child");
if (at !== -1) await child(Number(process.argv[at + 1]));
else main();
