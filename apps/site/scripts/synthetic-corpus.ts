import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "@caixun/core";

/**
 * Writes a synthetic corpus for build measurements: real paragraphs and titles from the seeds and
 * the shared corpus, recombined with varied sources, dates, tags and securities, in the three
 * input families (finews Jekyll, Hexo aggregator, plain text). Deterministic for a given count.
 */

/** Outlets of the generated files: name and the slug their folders are named by. */
export const SOURCES = [
  ["北方网", "beifangwang"],
  ["河北日报", "hebeiribao"],
  ["雅安日报", "yaanribao"],
  ["上海证券报", "shzqb"],
  ["证券时报", "zqsb"],
  ["财联社", "cls"],
  ["中国证券报", "zgzqb"],
  ["经济日报", "jjrb"],
  ["每日经济新闻", "mrjjxw"],
  ["新华网", "xinhuanet"],
  ["21世纪经济报道", "21jingji"],
  ["第一财经", "yicai"],
] as const;

const SECURITIES = ["601601", "601318", "601628", "600036", "000001", "300750", "601398", "600519"];
export const TAGS = ["保险", "银行", "证券", "基金", "宏观", "地产", "科技", "消费", "能源", "债券"];
const FILES_PER_FOLDER = 1000;

/** Mulberry32: a tiny seeded PRNG, so every run writes (or generates) the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pools {
  titles: string[];
  paragraphs: string[];
}

/**
 * What both measure scripts take: article counts to build (10,000 and 100,000 unless given) and
 * `--dry` to print the section instead of writing it into the docs.
 */
export function measureArgs(argv: readonly string[]): { counts: number[]; dry: boolean } {
  const counts = argv.filter((arg) => /^\d+$/.test(arg)).map(Number);
  return { counts: counts.length > 0 ? counts : [10_000, 100_000], dry: argv.includes("--dry") };
}

/** The pools the measurements recombine: the seeds and the three file families of ../shared/corpus. */
export function loadMeasurePools(root: string): Promise<Pools> {
  return loadPools([
    join(root, "seeds"),
    ...["finews-jekyll", "hexo-aggregator", "plain-text"].map((family) =>
      join(root, "../shared/corpus", family),
    ),
  ]);
}

/** Titles and paragraphs of every readable seed and corpus file. */
async function loadPools(folders: readonly string[]): Promise<Pools> {
  const titles: string[] = [];
  const paragraphs: string[] = [];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!/\.(md|txt)$/.test(name)) continue;
      const article = parse(await readFile(join(folder, name)), { filename: name });
      titles.push(article.title);
      for (const block of article.blocks) {
        if (block.type === "paragraph" && block.text.length >= 20) paragraphs.push(block.text);
      }
    }
  }
  return { titles, paragraphs };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function fileFor(index: number, next: () => number, pools: Pools): { name: string; text: string } {
  const [source, slug] = pick(next, SOURCES);
  // 2019-01-01 … 2023-12-31, in China Standard Time.
  const instant = Date.UTC(2019, 0, 1) + Math.floor(next() * 5 * 365 * 86_400_000);
  const local = new Date(instant + 8 * 3_600_000).toISOString();
  const date = `${local.slice(0, 10)} ${local.slice(11, 19)} +0800`;
  const title = `${pick(next, pools.titles).slice(0, 40)}（${index}）`;
  const body = Array.from({ length: 3 + Math.floor(next() * 8) }, () => pick(next, pools.paragraphs));
  if (next() < 0.3) body.splice(1, 0, `公司股票（${pick(next, SECURITIES)}）今日表现平稳。`);
  const tag = pick(next, TAGS);
  const family = next();
  if (family < 0.6) {
    const id = `NW${String(202000000000000000n + BigInt(index))}`;
    const html = body.map((p) => `<p>${p}</p>`).join("");
    const text = `---\nlayout: post\ntitle: "${title}"\ndate: ${date}\ncategories: ${slug}\ntags: ${tag}\n---\n${html}<p>（文章来源：${source}）</p>\n`;
    return { name: `${local.slice(0, 10)}-${id}.md`, text };
  }
  if (family < 0.85) {
    const rfc = new Date(instant).toUTCString();
    const html = body.map((p) => `<p>${p}</p>`).join("<p><br></p>");
    const text = `---\ntitle: '${title}'\ncategories: \n - 新媒体\n - 趣头条\n - ${tag}\nauthor: 趣头条\ndate: ${rfc}\n---\n\n<div>${html}<p>【来源：${source}】</p></div>\n`;
    return { name: `hexo-${index}.md`, text };
  }
  return {
    name: `plain-${index}.txt`,
    text: `${title}\n\n${body.join("\n\n")}\n\n（文章来源：${source}）\n`,
  };
}

/** Writes `count` files into `dir` (in folders of 1000). */
async function writeSyntheticCorpus(dir: string, count: number, pools: Pools): Promise<void> {
  const next = random(count);
  for (let start = 0; start < count; start += FILES_PER_FOLDER) {
    const folder = join(dir, String(start / FILES_PER_FOLDER).padStart(4, "0"));
    await mkdir(folder, { recursive: true });
    for (let index = start; index < Math.min(count, start + FILES_PER_FOLDER); index++) {
      const { name, text } = fileFor(index, next, pools);
      await writeFile(join(folder, name), text);
    }
  }
}

/**
 * Writes `count` synthetic files into a temporary folder, runs `build(corpus, site)` with a site
 * folder beside them, and removes both afterwards, whatever `build` does.
 */
export async function withSyntheticCorpus<T>(
  count: number,
  pools: Pools,
  build: (corpus: string, site: string) => Promise<T>,
): Promise<T> {
  const work = await mkdtemp(join(tmpdir(), `caixun-measure-${count}-`));
  try {
    const corpus = join(work, "corpus");
    process.stderr.write(`writing ${count} synthetic files…\n`);
    await writeSyntheticCorpus(corpus, count, pools);
    process.stderr.write(`building ${count}…\n`);
    return await build(corpus, join(work, "site"));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** How many files a folder holds, and their bytes, counted recursively. */
export async function sizeOf(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
