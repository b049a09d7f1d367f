import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Article, parse } from "@caixun/core";
import { loadMeasurePools, type Pools, random, SOURCES, TAGS } from "./synthetic-corpus.js";

/**
 * Peak memory of `buildSite` over many generated Articles (no parse: the Articles are made from the
 * seed and corpus paragraphs as the build asks for them, so the figure is the build's own):
 *
 *   node --expose-gc --import tsx scripts/measure-memory.ts 100000 /tmp/site [build-site module] [--hostile]
 *
 * Prints one JSON line: articles, seconds, peak RSS and the largest live heap (sampled after a full
 * collection every 5 s). The optional third argument builds with another `build-site.js`
 * (an older tree's), so before and after are measured the same way. `--hostile` builds the Articles a
 * hostile caller hands over instead (`hostile`, below): the thirty-third round's 10^4 of them peaked at 2.57 GiB.
 */
const hostileMode = process.argv.includes("--hostile");
const [countText, outDir, modulePath] = process.argv.slice(2).filter((arg) => arg !== "--hostile");
const count = Number(countText);
const ROOT = join(import.meta.dirname, "../../..");

function* generated(pools: Pools, template: Article): Generator<Article> {
  const next = random(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  for (let index = 0; index < count; index++) {
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 6) }, () => pick(pools.paragraphs));
    const instant = Date.UTC(2019, 0, 1) + Math.floor(next() * 5 * 365 * 86_400_000);
    const local = new Date(instant + 8 * 3_600_000).toISOString();
    const [source] = pick(SOURCES);
    const text = paragraphs.join("\n\n");
    yield {
      ...template,
      id: `GEN${index}`,
      title: `${pick(pools.titles).slice(0, 40)}（${index}）`,
      publishedAt: `${local.slice(0, 19)}+08:00`,
      source: { name: source },
      via: [],
      tags: [pick(TAGS)],
      categories: [source],
      securities: [],
      blocks: paragraphs.map((paragraph) => ({ type: "paragraph", text: paragraph })),
      text,
      html: paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n"),
      warnings: [],
    } as Article;
  }
}

/** Bidi overrides, embeddings and isolates: in every source's name, and among the markup of titles and bodies. */
const BIDI = "\u202Eexe.\u202Cgnp\u2066\u2069";
/** Markup, script and template text in titles and bodies (the thirty-third round's set). */
const MARKUP = [
  "</script><script>alert(1)</script>",
  '<img src=x onerror="alert(2)">',
  '"><a href="javascript:alert(3)">x</a>',
  "{{constructor.constructor('alert(4)')()}}",
  "<!-- ]]> -->",
  BIDI,
  // Characters outside the tokenizer's common table (a line separator, an emoji, 々): their line goes to the segmenter.
  "\u2028😀々",
];

/**
 * The generated Articles with what a hostile caller hands over: markup in every name and body, an empty Article every
 * 97th, a title of 10,000 characters every 1,000th (the first at 10) and a body of 900,000 characters on one line every
 * 10,000th (the first at 20), so a build of a few dozen already holds each. The long body carries every piece of markup,
 * an emoji among them, so the search tokenizer sends its line to `Intl.Segmenter` (in spans, `SEGMENT_SPAN`).
 */
function* hostile(pools: Pools, template: Article): Generator<Article> {
  let index = 0;
  for (const article of generated(pools, template)) {
    const markup = MARKUP[index % MARKUP.length]!;
    const empty = index % 97 === 0;
    let text = empty ? "" : `${markup}${article.text}${markup}`;
    if (index % 10_000 === 20) text = `${MARKUP.join("")}${"正文。".repeat(300_000)}`;
    let title = empty ? "" : `${markup}${article.title}`;
    if (index % 1_000 === 10) title = `${markup}${"标题".repeat(5_000)}`;
    yield {
      ...article,
      title,
      author: markup,
      source: { name: `${article.source!.name}${BIDI}` },
      tags: [...article.tags, markup],
      blocks: text === "" ? [] : [{ type: "paragraph", text }],
      text,
      html: text === "" ? "" : `<p>${text}</p>`,
    } as Article;
    index += 1;
  }
}

const pools = await loadMeasurePools(ROOT);
const template = parse("模板标题\n\n模板的正文，一段话。\n");
const { buildSite } = (await import(
  modulePath ? pathToFileURL(modulePath).href : "../src/build/build-site.js"
)) as typeof import("../src/build/build-site.js");
let liveHeapPeak = 0;
const sampler = setInterval(() => {
  globalThis.gc?.();
  liveHeapPeak = Math.max(liveHeapPeak, process.memoryUsage().heapUsed);
}, 5_000);
const started = performance.now();
const result = await buildSite({
  articles: hostileMode ? hostile(pools, template) : generated(pools, template),
  outDir: outDir!,
});
clearInterval(sampler);
process.stdout.write(
  `${JSON.stringify({
    articles: result.articles,
    pages: result.pages,
    seconds: Math.round((performance.now() - started) / 1000),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    liveHeapMiB: Math.round(liveHeapPeak / 1024 / 1024),
  })}\n`,
);
