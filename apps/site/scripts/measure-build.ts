import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { join } from "node:path";
import { markdownTable, writeSection } from "@caixun/docs-writer";
import {
  loadMeasurePools,
  measureArgs,
  type Pools,
  sizeOf,
  withSyntheticCorpus,
} from "./synthetic-corpus.js";

/**
 * Measures `buildSite` on synthetic corpora (default 10,000 and 100,000 articles) and writes the
 * table into docs/benchmarks.md between the site-build markers. Each build runs in a child process
 * so its wall time and peak RSS are its own.
 *
 *   pnpm --filter @caixun/site measure            # 10000 100000
 *   pnpm --filter @caixun/site measure 1000 --dry # print only, do not touch docs
 */

const ROOT = join(import.meta.dirname, "../../..");
const BENCHMARKS = join(ROOT, "docs/benchmarks.md");

interface Measurement {
  articles: number;
  failures: number;
  pages: number;
  shards: number;
  seconds: number;
  maxRssMiB: number;
  liveHeapMiB: number;
  files: number;
  bytes: number;
  searchBytes: number;
}

function measure(count: number, pools: Pools): Promise<Measurement> {
  return withSyntheticCorpus(count, pools, async (corpus, out) => {
    const child = join(import.meta.dirname, "measure-child.ts");
    const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", child, corpus, out], {
      cwd: join(import.meta.dirname, ".."),
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(output.trim().split("\n").pop()!) as Omit<
      Measurement,
      "files" | "bytes" | "searchBytes"
    >;
    const site = await sizeOf(out);
    const search = await sizeOf(join(out, "search"));
    return { ...result, files: site.files, bytes: site.bytes, searchBytes: search.bytes };
  });
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const count = (n: number) => n.toLocaleString("en");

/** How the largest build compares with the smallest: the figures that show growth is linear. */
function proportionality(rows: Measurement[]): string[] {
  if (rows.length < 2) return [];
  const small = rows[0]!;
  const large = rows[rows.length - 1]!;
  const ratio = (a: number, b: number) => `×${(a / b).toFixed(1)}`;
  const perArticle = ((large.liveHeapMiB - small.liveHeapMiB) * 1024) / (large.articles - small.articles);
  return [
    `From ${count(small.articles)} to ${count(large.articles)} articles (${ratio(large.articles, small.articles)}):`,
    `wall time ${ratio(large.seconds, small.seconds)}, live heap ${ratio(large.liveHeapMiB, small.liveHeapMiB)},`,
    `peak RSS ${ratio(large.maxRssMiB, small.maxRssMiB)}, output ${ratio(large.bytes, small.bytes)};`,
    `about ${perArticle.toFixed(1)} KiB of live heap per additional article.`,
    "",
  ];
}

function section(rows: Measurement[], command: string): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    "## Static site build (`@caixun/site`)",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` on ${cpus().length} cores (${cpu}),`,
    `Node ${process.version}, on a machine shared with other jobs (wall times are upper bounds).`,
    "Synthetic corpora: real seed and corpus paragraphs recombined into finews-Jekyll (60 %), Hexo (25 %)",
    "and plain-text (15 %) files over 12 sources and five years. Each build runs in its own process;",
    "peak RSS is that process's `maxRSS`. Live heap is the largest heap left by a full garbage collection,",
    "sampled every 10 s during the build: what the build really holds (peak RSS also counts garbage).",
    "",
    markdownTable(
      [
        "articles",
        "wall time",
        "per article",
        "peak RSS",
        "live heap",
        "pages",
        "output files",
        "output size",
        "search index",
        "shards",
      ],
      rows.map((row) => [
        count(row.articles),
        `${row.seconds.toFixed(0)} s`,
        `${((row.seconds * 1000) / row.articles).toFixed(1)} ms`,
        `${row.maxRssMiB.toFixed(0)} MiB`,
        `${row.liveHeapMiB.toFixed(0)} MiB`,
        count(row.pages),
        count(row.files),
        mib(row.bytes),
        mib(row.searchBytes),
        count(row.shards),
      ]),
    ),
    "",
    ...proportionality(rows),
    "Memory holds a few numbers per article (the offset of its summary, which is spilled to disk as a",
    "JSON line, its instant, story, rank and neighbours), its id and its places in listings, and at most",
    "one million pending search postings; bodies are never kept, pages are written as they are rendered",
    "and postings spill to disk.",
  ];
  return lines.join("\n");
}

const { counts, dry } = measureArgs(process.argv.slice(2));
const pools = await loadMeasurePools(ROOT);
const rows: Measurement[] = [];
for (const count of counts) {
  const row = await measure(count, pools);
  process.stderr.write(`${JSON.stringify(row)}\n`);
  rows.push(row);
}
const text = section(rows, `pnpm --filter @caixun/site measure ${counts.join(" ")}`);
if (dry) process.stdout.write(`${text}\n`);
else writeSection(BENCHMARKS, "site-build", text, "Benchmarks");
