import { setFlagsFromString } from "node:v8";

/**
 * V8's settings for every thread of the CLI, set before any of our modules is evaluated (bin.ts
 * imports this module first) and so before any parse worker starts: V8's flags are the process's,
 * and a worker's isolate reads them as it compiles.
 *
 * `--no-regexp-tier-up`: a regular expression is compiled once, to machine code, at its first use,
 * instead of first to bytecode for V8's regexp interpreter (with its peephole pass) and then again
 * to machine code at its second. A parse runs core's few hundred patterns (credit and dateline
 * grammars, outlet names: long alternations) on every document, so each is used many times and the
 * bytecode is thrown away at once; making it was the parse worker's largest piece of warm-up after
 * loading its modules (`caixun ingest` of 2,000 generated files, `--jobs 2`: 232 of its 2,416 `perf`
 * samples, 81 without it; docs/benchmarks.md, session 55). What a pattern matches is the same either way.
 */
setFlagsFromString("--no-regexp-tier-up");
