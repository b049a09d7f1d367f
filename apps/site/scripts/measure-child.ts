import { parseArticles } from "@caixun/inputs";
import { buildSite } from "../src/build/build-site.js";

/**
 * One measured build, in a process of its own so its peak memory is its own: prints JSON.
 * Run with --expose-gc: every 10 s a full collection shows the heap the build really holds (its
 * summaries, listings and pending postings); peak RSS also counts garbage not collected yet.
 */
const [input, outDir] = process.argv.slice(2);
let liveHeapPeak = 0;
const sample = () => {
  globalThis.gc?.();
  liveHeapPeak = Math.max(liveHeapPeak, process.memoryUsage().heapUsed);
};
const sampler = setInterval(sample, 10_000);
const started = performance.now();
let failures = 0;
// Parsed on the worker pool, as `caixun site build` does.
const articles = parseArticles([input!], {
  onOther: (_input, outcome) => {
    if (outcome.status === "failed") failures++;
  },
});
const result = await buildSite({ articles, outDir: outDir! });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
process.stdout.write(
  `${JSON.stringify({
    articles: result.articles,
    failures,
    pages: result.pages,
    shards: result.searchShards,
    seconds,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    liveHeapMiB: liveHeapPeak / 1024 / 1024,
  })}\n`,
);
