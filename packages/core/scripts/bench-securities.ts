// What the securities dictionary costs: its size and build time, and parse time with and without it
// on the corpus files and on flash items of the dumps, measured in one run (CPU time, warmed up).
//   pnpm --filter @caixun/core securities:bench [--write]   (--write records it in docs/benchmarks.md)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { writeSection } from "@caixun/docs-writer";
import { parse } from "../src/parse.js";
import { DICTIONARY_LINES } from "../src/securities/data.js";
import { createDictionary, readDictionaryLines } from "../src/securities/dictionary.js";
import { dumpRecords } from "./feed-lists.js";

const repo = resolve(import.meta.dirname, "../../..");
const shared = resolve(repo, "../shared");
const ROUNDS = 5;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === "gold" ? [] : files(path)) : [path];
  });
}

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const buildStart = cpu();
const dictionary = createDictionary(readDictionaryLines(DICTIONARY_LINES));
const buildMs = cpu() - buildStart;
const dataBytes = Buffer.byteLength(readFileSync(join(import.meta.dirname, "../src/securities/data.ts")));
const gzBytes = gzipSync(readFileSync(join(import.meta.dirname, "../src/securities/data.ts"))).length;

const corpus = [...files(join(shared, "corpus")), ...files(join(repo, "seeds"))].map((p) => readFileSync(p));
const flashes = [...dumpRecords(shared)].slice(0, 3000).map((r) => `${r.title}\n\n${r.content}`);

/** Best CPU time of each variant over rounds that alternate them, so that neither gains from going second. */
function timePair(inputs: readonly (string | Uint8Array)[]): { without: number; withDictionary: number } {
  const run = (options: { securities?: typeof dictionary }) => {
    const start = cpu();
    for (const input of inputs) parse(input, options);
    return cpu() - start;
  };
  run({});
  run({ securities: dictionary }); // warm-up
  let without = Number.POSITIVE_INFINITY;
  let withDictionary = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    without = Math.min(without, run({}));
    withDictionary = Math.min(withDictionary, run({ securities: dictionary }));
  }
  return { without, withDictionary };
}

const rows: string[] = [];
for (const [label, inputs] of [
  [`corpus files (${corpus.length})`, corpus],
  [`flash items of the dumps (${flashes.length})`, flashes],
] as const) {
  if (inputs.length === 0) continue;
  const { without, withDictionary: withDict } = timePair(inputs);
  rows.push(
    `| ${label} | ${without.toFixed(0)} ms | ${withDict.toFixed(0)} ms | ${(withDict / without).toFixed(3)} |`,
  );
}
const content = `## Securities dictionary and name matcher

Measured by \`pnpm --filter @caixun/core securities:bench --write\` on ${new Date().toISOString().slice(0, 10)}
(Node ${process.versions.node}, one process, CPU time, best of ${ROUNDS} alternating rounds after a warm-up round).

| | |
|---|---|
| entries | ${dictionary.entries.length} |
| entry point \`@caixun/core/securities\` data module | ${(dataBytes / 1024).toFixed(0)} KB, ${(gzBytes / 1024).toFixed(0)} KB gzipped |
| build (read lines + trie), once per process | ${buildMs.toFixed(0)} ms CPU |

Parse time without and with the dictionary, in the same run (target: the matcher adds at most 10%):

| inputs | without | with | ratio |
|---|---|---|---|
${rows.join("\n")}

The target is not met: the matcher walks every character of the title and text through a trie
(a table lookup for the first character, a map lookup for each further one), and on this machine that
adds the share in the ratio column to a parse. It is the next thing to make faster.

Where the dictionary lives: the CLI, the Node API and the site builder import \`@caixun/core/securities\`
and build it once per process (per worker thread in the CLI); the Worker reads it from its static
assets on the first parse, so the Worker script does not carry it (\`wrangler deploy --dry-run\` in
\`apps/api\`: worker.js 311 KB gzip with the matcher, 308 KB before; bundling the dictionary into the
script instead measured 393 KB).
`;
console.log(content);
if (process.argv.includes("--write")) {
  writeSection(join(repo, "docs/benchmarks.md"), "securities", content, "Benchmarks");
  console.log("wrote docs/benchmarks.md (section securities)");
}
