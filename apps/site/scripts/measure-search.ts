/**
 * Our search index against Pagefind, on the same built site and the same Chinese queries: hits
 * (and how many of them really contain the query), index size, and the bytes one query downloads
 * to show its first 10 results with a snippet each. Writes a section of docs/site.md.
 *
 *   pnpm --filter @caixun/site measure:search               # 10000 100000
 *   pnpm --filter @caixun/site measure:search 1000 --dry    # print only
 *
 * Both sides are measured as a browser gets them from a host that gzips: every file a query
 * fetches is counted at its gzip size (Pagefind's own files are compressed already and barely
 * shrink). Ours runs its SearchEngine on the files; Pagefind runs its own pagefind.js in Chromium.
 */
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { foldText } from "@caixun/core/policy";
import { writeSection } from "@caixun/docs-writer";
import { parseArticles } from "@caixun/inputs";
import * as pagefind from "pagefind";
import { SearchEngine } from "../src/client/search-engine.js";
import { buildSite } from "../src/index.js";
import { contentTypeOf } from "../src/serve/content-types.js";
import { launchChromium } from "./chromium.js";
import {
  loadMeasurePools,
  measureArgs,
  type Pools,
  sizeOf,
  withSyntheticCorpus,
} from "./synthetic-corpus.js";

const ROOT = join(import.meta.dirname, "../../..");
const SHOWN = 10;

/** Words of different kinds: names, a ticker, a phrase across a word boundary (保产 in 太保产险). */
const QUERIES = [
  "太保",
  "中国太保",
  "保险",
  "保产",
  "消费者权益",
  "疫情防控",
  "经营评价",
  "服务创新",
  "601601",
  "银行",
];

interface QueryFigures {
  query: string;
  /** Articles whose title or text contains the query (folded as both indexes fold). */
  truth: number;
  oursHits: number;
  oursTrue: number;
  oursBytes: number;
  pagefindHits: number;
  /** How many of Pagefind's first results were checked, and how many of those contain the query. */
  pagefindSample: number;
  pagefindSampleTrue: number;
  pagefindBytes: number;
}

interface SizeFigures {
  articles: number;
  oursIndexBytes: number;
  oursIndexFiles: number;
  pagefindIndexBytes: number;
  pagefindIndexFiles: number;
  pagefindSeconds: number;
  queries: QueryFigures[];
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** The searchable text of a built article page: headline, standfirst and body, tags stripped. */
function pageText(html: string): string {
  const main = html.slice(html.indexOf("<article"), html.indexOf("</article>"));
  const title = /<h1>(.*?)<\/h1>/s.exec(main)?.[1] ?? "";
  const standfirst = /<p class="standfirst">(.*?)<\/p>/s.exec(main)?.[1] ?? "";
  const body = main.slice(main.indexOf('<div class="article-body">'));
  return `${title} ${standfirst} ${body}`
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e);
}

/** Article path → folded text, for the truth of every query. */
async function articleTexts(site: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const id of await readdir(join(site, "article"))) {
    const html = await readFile(join(site, "article", id, "index.html"), "utf8");
    texts.set(`/article/${id}/`, foldText(pageText(html)));
  }
  return texts;
}

/** Our engine over the files on disk; counts the gzip size of everything a query reads. */
async function oursQuery(site: string, query: string, texts: Map<string, string>) {
  let bytes = 0;
  const read = async (path: string) => {
    const contents = await readFile(join(site, decodeURIComponent(path)));
    bytes += gzipSync(contents).length;
    return contents;
  };
  const engine = new SearchEngine(async (path) => JSON.parse((await read(path)).toString("utf8")));
  const answer = await engine.search(query, 50);
  // The snippets of the results shown come from the articles' pages.
  for (const result of answer.results.slice(0, SHOWN)) await read(`${result.row[0]}index.html`);
  const folded = foldText(query);
  const all = await engine.search(query, Number.MAX_SAFE_INTEGER);
  const correct = all.results.filter((result) => texts.get(result.row[0])?.includes(folded)).length;
  return { hits: answer.total, correct, bytes };
}

async function measureSite(site: string, articles: number): Promise<SizeFigures> {
  process.stderr.write(`pagefind indexing ${articles} articles…\n`);
  const started = performance.now();
  const { index } = await pagefind.createIndex({
    rootSelector: "main",
    excludeSelectors: ["nav", ".provenance"],
  });
  if (!index) throw new Error("pagefind did not start");
  await index.addDirectory({ path: site, glob: "article/**/*.html" });
  await index.writeFiles({ outputPath: join(site, "pagefind") });
  await pagefind.close();
  const pagefindSeconds = (performance.now() - started) / 1000;

  const texts = await articleTexts(site);
  const ours = await sizeOf(join(site, "search"));
  const theirs = await sizeOf(join(site, "pagefind"));
  const server = await plainServer(site);
  const browser = await launchChromium();
  const queries: QueryFigures[] = [];
  try {
    for (const query of QUERIES) {
      const folded = foldText(query);
      const truth = [...texts.values()].filter((text) => text.includes(folded)).length;
      const mine = await oursQuery(site, query, texts);
      const theirs = await pagefindQuery(browser, server.url, query);
      const sampleTrue = theirs.sample.filter((url) => texts.get(url)?.includes(folded)).length;
      queries.push({
        query,
        truth,
        oursHits: mine.hits,
        oursTrue: mine.correct,
        oursBytes: mine.bytes,
        pagefindHits: theirs.hits,
        pagefindSample: theirs.sample.length,
        pagefindSampleTrue: sampleTrue,
        pagefindBytes: theirs.bytes,
      });
      process.stderr.write(`${JSON.stringify(queries.at(-1))}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    articles,
    oursIndexBytes: ours.bytes,
    oursIndexFiles: ours.files,
    pagefindIndexBytes: theirs.bytes,
    pagefindIndexFiles: theirs.files,
    pagefindSeconds,
    queries,
  };
}

/** Results whose text is checked against the query, per query (each costs Pagefind a fragment). */
const SAMPLE = 200;

/**
 * Pagefind's own pagefind.js in Chromium, from a cold cache: the hits, the bytes it downloads to
 * show the first results with their excerpts, then (not counted) the URLs of a sample of results.
 */
async function pagefindQuery(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  base: string,
  query: string,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let counting = true;
  const bodies: Promise<void>[] = [];
  page.on("response", (response) => {
    if (!counting || !new URL(response.url()).pathname.startsWith("/pagefind/")) return;
    bodies.push(
      response.body().then(
        (body) => {
          bytes += gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(`${base}/404.html`);
  const hits = await page.evaluate(
    async ({ query, shown }) => {
      const bundle = "/pagefind/pagefind.js";
      const api = await import(bundle);
      const search = await api.search(query);
      await Promise.all(
        search.results.slice(0, shown).map((result: { data(): Promise<unknown> }) => result.data()),
      );
      return search.results.length as number;
    },
    { query, shown: SHOWN },
  );
  await Promise.all(bodies);
  counting = false;
  const sample = await page.evaluate(
    async ({ query, size }) => {
      const bundle = "/pagefind/pagefind.js";
      const api = await import(bundle);
      const search = await api.search(query);
      const data = await Promise.all(
        search.results.slice(0, size).map((result: { data(): Promise<{ url: string }> }) => result.data()),
      );
      return data.map((item) => item.url);
    },
    { query, size: SAMPLE },
  );
  await context.close();
  return { hits, bytes, sample: sample as string[] };
}

/**
 * The site without its security headers: Pagefind needs WebAssembly in a worker, which the site's
 * CSP (script-src 'self', no 'wasm-unsafe-eval') forbids, and a worker takes the header of its own
 * script. For measuring only; loopback, a free port.
 */
async function plainServer(site: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = join(site, path);
    if (!file.startsWith(site)) return void response.writeHead(404).end();
    const contents = await readFile(file).catch(() => null);
    if (contents === null) return void response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": contentTypeOf(file) }).end(contents);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

function measure(count: number, pools: Pools): Promise<SizeFigures> {
  return withSyntheticCorpus(count, pools, async (corpus, site) => {
    await buildSite({ articles: parseArticles([corpus]), outDir: site });
    return await measureSite(site, count);
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const n = (value: number) => value.toLocaleString("en");

function section(rows: SizeFigures[], command: string): string {
  const lines = [
    "### Measured: our index against Pagefind",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` (Pagefind ${pagefindVersion()}, Node`,
    `${process.version}), on synthetic corpora of real paragraphs (the same as the build measurements).`,
    "Pagefind indexes the built article pages' `<main>` (provenance and navigation excluded). *Hits* are",
    "results; *true* are those whose text contains the query as typed (width- and case-folded; for",
    `Pagefind, among its first ${SAMPLE} results, since each one checked costs a fragment); *truth* is`,
    "how many articles do. *Bytes* is what one query downloads, gzip-compressed as a host sends it,",
    "from a cold cache, to show 10 results with a snippet each (ours: index files and the 10 article",
    "pages the snippets come from; Pagefind: its script, WebAssembly, index chunks and 10 fragments).",
    "",
  ];
  for (const row of rows) {
    lines.push(
      `**${n(row.articles)} articles**: our index ${mib(row.oursIndexBytes)} in ${n(row.oursIndexFiles)} files;`,
      `Pagefind's ${mib(row.pagefindIndexBytes)} in ${n(row.pagefindIndexFiles)} files, indexed in ${row.pagefindSeconds.toFixed(0)} s after the build.`,
      "",
      "| query | truth | ours: hits / true | ours: bytes | Pagefind: hits / true | Pagefind: bytes |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...row.queries.map(
        (q) =>
          `| ${q.query} | ${n(q.truth)} | ${n(q.oursHits)} / ${n(q.oursTrue)} | ${kib(q.oursBytes)} | ${n(q.pagefindHits)} / ${n(q.pagefindSampleTrue)} of ${n(q.pagefindSample)} | ${kib(q.pagefindBytes)} |`,
      ),
      "",
    );
  }
  return lines.join("\n");
}

/** Pagefind's version, from its manifest (the package exports no `./package.json`). */
function pagefindVersion(): string {
  const manifest = join(import.meta.dirname, "..", "node_modules", "pagefind", "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

const { counts, dry } = measureArgs(process.argv.slice(2));
const pools = await loadMeasurePools(ROOT);
const rows: SizeFigures[] = [];
for (const count of counts) rows.push(await measure(count, pools));
const text = section(rows, `pnpm --filter @caixun/site measure:search ${counts.join(" ")}`);
if (dry) process.stdout.write(`${text}\n`);
else writeSection(join(ROOT, "docs/site.md"), "search-vs-pagefind", text, "The static site");
