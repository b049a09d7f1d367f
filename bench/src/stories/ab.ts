// pnpm bench:stories:ab [--baseline REV] [--items N] [--per-day N] [--rounds N]
// Before/after pair for story grouping in one run: core at REV (default main) and this working tree,
// each bundled by esbuild the same way (core-build.ts), each measured in a fresh process, the two
// alternating ROUNDS times (default 2): `groupStories` (story keys, grouping, canonical copies) over
// the seven days of ../shared/dumps and over N generated items (default 100,000; generate.ts). Prints
// CPU (median of the rounds), the ratio after/before, stories, peak RSS and, on the generated items,
// pair precision and recall against the stories they were generated for.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeSection } from "@caixun/docs-writer";
import { buildCore, storiesBundle } from "../core-build.js";
import { describeMachine } from "../machine.js";
import { REPO } from "../paths.js";

interface Figures {
  items: number;
  stories: number;
  cpuMs: number;
  peakMb: number;
  precision: number | null;
  recall: number | null;
}

if (process.argv[2] === "probe") {
  console.log(
    JSON.stringify(
      await probe(process.argv[3]!, process.argv[4]!, Number(process.argv[5]), Number(process.argv[6])),
    ),
  );
} else {
  const { values } = parseArgs({
    options: {
      baseline: { type: "string", default: "main" },
      items: { type: "string", default: "100000" },
      "per-day": { type: "string", default: "5000" },
      rounds: { type: "string", default: "2" },
    },
  });
  const [items, perDay, rounds] = [Number(values.items), Number(values["per-day"]), Number(values.rounds)];
  if (![items, perDay, rounds].every((n) => Number.isInteger(n) && n > 0)) {
    console.error("usage: pnpm bench:stories:ab [--baseline REV] [--items N] [--per-day N] [--rounds N]");
    process.exit(2);
  }
  const machine = describeMachine();
  const sides = [await buildCore(values.baseline), await buildCore(".")];
  const lines: string[] = [];
  const ratios: string[] = [];
  try {
    for (const source of ["dumps", "generated"]) {
      const runs: Figures[][] = [[], []];
      for (let round = 0; round < rounds; round++) {
        for (const [side, core] of sides.entries()) {
          process.stderr.write(`bench:stories:ab: ${core.label} on ${source}, round ${round + 1}\n`);
          const result = spawnSync(
            process.execPath,
            [
              "--import",
              "tsx",
              import.meta.filename,
              "probe",
              core.file,
              source,
              String(items),
              String(perDay),
            ],
            { encoding: "utf8", maxBuffer: 1 << 20 },
          );
          if (result.status !== 0) throw new Error(`probe ${core.label} ${source} failed:\n${result.stderr}`);
          runs[side]!.push(JSON.parse(result.stdout.trim().split("\n").pop()!) as Figures);
        }
      }
      const median = (list: Figures[]) =>
        [...list].sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(list.length / 2)]!;
      const [before, after] = [median(runs[0]!), median(runs[1]!)];
      const share = (x: number | null) => (x === null ? "—" : x.toFixed(3));
      for (const [side, f] of [before, after].entries()) {
        lines.push(
          `| ${source === "dumps" ? "seven days of dumps" : "generated"} | ${sides[side]!.label} | ${f.items.toLocaleString("en-US")} | ${f.stories.toLocaleString("en-US")} | ${(f.cpuMs / 1000).toFixed(2)} s (${runs[side]!.map((r) => (r.cpuMs / 1000).toFixed(2)).join(", ")}) | ${Math.round(f.peakMb).toLocaleString("en-US")} MB | ${share(f.precision)} | ${share(f.recall)} |`,
        );
      }
      ratios.push(
        `${(after.cpuMs / before.cpuMs).toFixed(2)}× on ${source === "dumps" ? "the dumps" : "the generated items"}`,
      );
    }
  } finally {
    for (const core of sides) core.remove();
  }
  const report = `### Before and after, in one run

\`pnpm bench:stories:ab --baseline ${values.baseline} --items ${items} --per-day ${perDay} --rounds ${rounds}\` on ${new Date().toISOString().slice(0, 10)}: ${machine.cpus} CPUs (${machine.cpuModel}),
Node ${machine.node}, load average ${machine.loadAverage.toFixed(1)} when it started. Core at the baseline and this working tree, each
bundled by esbuild the same way (\`bench/src/core-build.ts\`), each run in a fresh process, alternating, ${rounds} rounds;
CPU of \`groupStories\` (story keys, grouping, canonical copies; the median round, the slower when there are two; every round in brackets),
peak RSS of the process (the dumps are loaded in both), pair precision and recall on the generated items. After /
before CPU: ${ratios.join(", ")}.

| input | core | items | stories | CPU | peak RSS | precision | recall |
|---|---|---|---|---|---|---|---|
${lines.join("\n")}`;
  console.log(report);
  writeSection(join(REPO, "docs/benchmarks.md"), "stories-ab", report, "Benchmarks");
  process.stderr.write("bench:stories:ab: wrote the stories-ab section of docs/benchmarks.md\n");
}

/** One measurement in this process: `groupStories` of one core build over one source. */
async function probe(coreFile: string, source: string, items: number, perDay: number): Promise<Figures> {
  const core = await import(coreFile);
  const { readDumps } = await import("../../../packages/core/test/dumps.js");
  const { generateItems, harvestClauses } = await import("./generate.js");
  // Core's default entry no longer carries the dump readers (`@caixun/core/parse-all`): a revision
  // without them in its bundle reads the dumps with this workspace's build, the same for both sides,
  // so the pair then differs in grouping alone.
  const parseAllSync = core.parseAllSync ?? (await import("@caixun/core/parse-all")).parseAllSync;
  const dumps = readDumps(parseAllSync);
  const articles =
    source === "dumps"
      ? dumps
      : [
          ...generateItems(harvestClauses(dumps.map((r: { text: string }) => r.text)), {
            items,
            perDay,
            seed: 1,
          }),
        ].map((item) => ({ ...item, source: null, via: [], originalUrl: null, securities: [], tags: [] }));
  const truth = new Map<string, number>(
    articles.map((a: { id: string; story?: number }) => [a.id, a.story ?? -1]),
  );
  const cpu0 = process.cpuUsage();
  // The story engine is its own entry point since core's default entry became the parser alone.
  const groupStories = core.groupStories ?? (await import(storiesBundle(coreFile))).groupStories;
  const stories = groupStories(articles) as { copies: { id: string }[] }[];
  const cpu = process.cpuUsage(cpu0);
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let joined = 0;
  let found = 0;
  for (const story of stories) {
    joined += pairs(story.copies.length);
    const byStory = new Map<number, number>();
    for (const copy of story.copies)
      byStory.set(truth.get(copy.id)!, (byStory.get(truth.get(copy.id)!) ?? 0) + 1);
    for (const n of byStory.values()) found += pairs(n);
  }
  const size = new Map<number, number>();
  for (const story of truth.values()) size.set(story, (size.get(story) ?? 0) + 1);
  const truthPairs = [...size.values()].reduce((sum, n) => sum + pairs(n), 0);
  const generated = source !== "dumps";
  return {
    items: articles.length,
    stories: stories.length,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakMb: process.resourceUsage().maxRSS / 1024,
    precision: generated && joined > 0 ? found / joined : null,
    recall: generated && truthPairs > 0 ? found / truthPairs : null,
  };
}
