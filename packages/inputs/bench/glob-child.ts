import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import fastGlob from "fast-glob";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { compileGlob } from "../dist/glob.js";
import { resolveInputs, walkInputs } from "../dist/index.js";
import { GLOB_CASES } from "./glob-cases.js";

/**
 * One contender of the glob comparison in a process of its own: warms up, then times `rounds`
 * rounds and prints JSON (CPU time of this process per round, median).
 */
const { values } = parseArgs({
  options: {
    contender: { type: "string" },
    task: { type: "string" },
    tree: { type: "string" },
    rounds: { type: "string", default: "7" },
  },
});
const rounds = Number(values.rounds);

type Matcher = (pattern: string) => (path: string) => boolean;
const MATCHERS: Record<string, Matcher> = {
  ours: (pattern) => {
    const regexp = compileGlob(pattern);
    return (path) => regexp.test(path);
  },
  picomatch: (pattern) => picomatch(pattern),
};

/** Paths of a corpus as a walk sees them below its base. */
function corpusPaths(count: number): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2018 + (i % 6);
    const month = String(1 + (i % 12)).padStart(2, "0");
    const outlet = ["finews", "hexo", "plain", "sina", "eastmoney"][i % 5];
    const ext = [".md", ".txt", ".html", ".md"][i % 4];
    paths.push(`${year}/${month}/${outlet}/${year}-${month}-NW${String(i).padStart(12, "0")}${ext}`);
  }
  return paths;
}
const PATTERNS = ["**/*.md", "*/0[1-3]/**/*.{md,txt}", "2022/**/NW*.md", "**/finews/*-NW00000000*.md"];

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(
  run: () => Promise<number> | number,
): Promise<{ cpuMs: number; wallMs: number; count: number }> {
  await run();
  const cpu: number[] = [];
  const wall: number[] = [];
  let count = 0;
  for (let round = 0; round < rounds; round++) {
    const cpuStart = cpuMs();
    const wallStart = performance.now();
    count = await run();
    cpu.push(cpuMs() - cpuStart);
    wall.push(performance.now() - wallStart);
  }
  return { cpuMs: median(cpu), wallMs: median(wall), count };
}

const contender = values.contender!;
if (values.task === "cases") {
  const make = MATCHERS[contender]!;
  const wrong = GLOB_CASES.filter(([pattern, path, expected]) => {
    try {
      return make(pattern)(path) !== expected;
    } catch {
      return true;
    }
  }).map(([pattern, path]) => `${pattern} ~ ${path}`);
  console.log(JSON.stringify({ right: GLOB_CASES.length - wrong.length, total: GLOB_CASES.length, wrong }));
} else if (values.task === "match") {
  const make = MATCHERS[contender]!;
  const paths = corpusPaths(100_000);
  const compile = await timed(() => {
    for (let i = 0; i < 1000; i++) make(PATTERNS[i % PATTERNS.length]!);
    return 1000;
  });
  const matchers = PATTERNS.map(make);
  const match = await timed(() => {
    let hits = 0;
    for (const matches of matchers) for (const path of paths) if (matches(path)) hits++;
    return hits;
  });
  console.log(
    JSON.stringify({
      compileUs: (compile.cpuMs * 1000) / 1000,
      matchNs: (match.cpuMs * 1e6) / (paths.length * PATTERNS.length),
      hits: match.count,
    }),
  );
} else {
  const tree = values.tree!;
  const walks: Record<string, () => Promise<number>> = {
    ours: async () => {
      let found = 0;
      for await (const input of walkInputs(await resolveInputs([`${tree}/**/*.md`]))) {
        if (input.outcome === undefined) found++;
      }
      return found;
    },
    tinyglobby: async () => (await glob("**/*.md", { cwd: tree })).length,
    "fast-glob": async () => {
      let found = 0;
      for await (const _ of fastGlob.stream("**/*.md", { cwd: tree })) found++;
      return found;
    },
  };
  const walk = await timed(walks[contender]!);
  console.log(JSON.stringify({ cpuMs: walk.cpuMs, wallMs: walk.wallMs, found: walk.count }));
}
