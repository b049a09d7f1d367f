// One measurement of parseAll on dumps in a fresh process, printed as JSON (spawned by dumps.ts, so
// no other work's heap counts in its peak RSS).
//   node --import tsx src/dumps-probe.ts speed <rounds> <file.jsonl.gz…>   CPU per pass, in memory
//   node --import tsx src/dumps-probe.ts stream <file…>                    streamed from disk
import { createReadStream, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { type ParseResult, parseAll, parseAllSync } from "@caixun/core/parse-all";
import { loadSecurities } from "@caixun/core/securities";
import { median } from "./speed/settle.js";

const [mode, ...rest] = process.argv.slice(2);

/** The name core reads a dump's family from: the file's, without `.gz`. */
const plainName = (path: string) => path.replace(/\.gz$/, "");

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function count(results: Iterable<ParseResult>, tally: { records: number; failures: number }): void {
  for (const result of results) {
    tally.records++;
    if (!result.ok) tally.failures++;
  }
}

if (mode === "speed") {
  const [rounds, ...files] = rest;
  const gz = files.map((path) => ({ name: plainName(path), bytes: readFileSync(path) }));
  const plain = gz.map(({ name, bytes }) => ({ name, bytes: gunzipSync(bytes) }));
  // The shipped dictionary, as the CLI loads it: companies, indices and sectors found by name too.
  const securities = loadSecurities();
  const sync: number[] = [];
  const named: number[] = [];
  const stream: number[] = [];
  const tally = { records: 0, failures: 0 };
  // One warm-up pass of each, then interleaved timed passes; the median counts.
  for (let round = 0; round <= Number(rounds); round++) {
    tally.records = 0;
    tally.failures = 0;
    let started = process.cpuUsage();
    for (const { name, bytes } of plain) count(parseAllSync(bytes, { filename: name }), tally);
    if (round > 0) sync.push(cpuMs(started));
    started = process.cpuUsage();
    for (const { name, bytes } of plain)
      for (const _result of parseAllSync(bytes, { filename: name, securities }));
    if (round > 0) named.push(cpuMs(started));
    started = process.cpuUsage();
    // The same records, decompressed as they stream (the counts are the first loop's).
    for (const { name, bytes } of gz) for await (const _result of parseAll(bytes, { filename: name }));
    if (round > 0) stream.push(cpuMs(started));
  }
  console.log(
    JSON.stringify({
      ...tally,
      syncCpuMs: median(sync),
      securitiesCpuMs: median(named),
      gzipCpuMs: median(stream),
    }),
  );
} else if (mode === "stream") {
  const tally = { records: 0, failures: 0 };
  const started = process.cpuUsage();
  const wallStarted = performance.now();
  for (const path of rest) {
    for await (const result of parseAll(createReadStream(path), { filename: plainName(path) })) {
      tally.records++;
      if (!result.ok) tally.failures++;
    }
  }
  const peakMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  console.log(
    JSON.stringify({ ...tally, cpuMs: cpuMs(started), wallMs: performance.now() - wallStarted, peakMb }),
  );
} else {
  console.error("usage: dumps-probe.ts speed <rounds> <file…> | stream <file…>");
  process.exit(2);
}
