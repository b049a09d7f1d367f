import { buildSite } from "../src/build/build-site.js";
import { collectFiles } from "../src/build/collect-files.js";

/** One measured build, in a process of its own so its peak memory is its own: prints JSON. */
const [input, outDir] = process.argv.slice(2);
const started = performance.now();
const result = await buildSite({ files: await collectFiles([input!]), outDir: outDir! });
const seconds = (performance.now() - started) / 1000;
// Run with --expose-gc: what the heap still holds after a full collection, as opposed to peak RSS,
// which also counts garbage V8 had no reason to collect yet.
globalThis.gc?.();
process.stdout.write(
  `${JSON.stringify({
    articles: result.articles,
    failures: result.failures.length,
    pages: result.pages,
    shards: result.searchShards,
    seconds,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    heapAfterMiB: process.memoryUsage().heapUsed / 1024 / 1024,
  })}\n`,
);
