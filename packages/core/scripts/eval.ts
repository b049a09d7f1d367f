// Accuracy against the hand-written gold labels: parses every file that has a label in
// ../shared/corpus/gold and reports per-field accuracy and every miss.
//   pnpm eval            print the table and the misses
//   pnpm eval --write    also write docs/accuracy.md
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { evaluate, FIELDS, type FieldName, loadGold } from "../test/gold.js";

const repo = resolve(import.meta.dirname, "../../..");
const shared = resolve(repo, "../shared");
const TARGET = 0.98;

if (!existsSync(join(shared, "corpus/gold"))) {
  console.error(`no gold labels at ${join(shared, "corpus/gold")}: place shared/ beside the project`);
  process.exit(2);
}

const cases = loadGold(shared);
const totals = new Map<FieldName, { judged: number; correct: number }>(
  FIELDS.map((f) => [f, { judged: 0, correct: 0 }]),
);
const seedTotals = { judged: 0, correct: 0 };
const misses: string[] = [];
for (const item of cases) {
  for (const result of evaluate(item, readFileSync(item.path))) {
    const total = totals.get(result.field)!;
    total.judged++;
    if (result.ok) total.correct++;
    else
      misses.push(`${item.gold.file} — ${result.field}: expected ${result.expected}, got ${result.actual}`);
    if (item.gold.file.startsWith("seeds/")) {
      seedTotals.judged++;
      if (result.ok) seedTotals.correct++;
    }
  }
}

const pct = (c: number, j: number) => (j === 0 ? "—" : `${((100 * c) / j).toFixed(1)}%`);
const rows = FIELDS.map((field) => {
  const { judged, correct } = totals.get(field)!;
  return `| ${field} | ${correct} / ${judged} | ${pct(correct, judged)} |`;
});
const allJudged = [...totals.values()].reduce((a, t) => a + t.judged, 0);
const allCorrect = [...totals.values()].reduce((a, t) => a + t.correct, 0);
const table = [
  "| field | correct / judged | accuracy |",
  "|---|---|---|",
  ...rows,
  `| **all fields** | ${allCorrect} / ${allJudged} | ${pct(allCorrect, allJudged)} |`,
  `| seeds (all fields) | ${seedTotals.correct} / ${seedTotals.judged} | ${pct(seedTotals.correct, seedTotals.judged)} |`,
].join("\n");

console.log(`${cases.length} labelled files\n\n${table}\n`);
console.log(
  misses.length === 0 ? "no misses" : `misses (${misses.length}):\n${misses.map((m) => `- ${m}`).join("\n")}`,
);

if (process.argv.includes("--write")) {
  const doc = `# Accuracy

Measured by \`pnpm eval --write\` on ${new Date().toISOString().slice(0, 10)}: every file of \`../shared/corpus\`
and the seeds that has a hand-written gold label (${cases.length} files), parsed by \`@caixun/core\` and compared field by
field with \`../shared/corpus/gold/\`. A field absent from a label is not judged for that file. Text fields are
compared after collapsing white space; \`securities\` as a set of \`CODE.MARKET\`; \`warnings\` require every
labelled code to be present.

Target: 100% on the seeds, at least ${TARGET * 100}% on every field.

${table}

${misses.length === 0 ? "No misses." : `## Misses\n\n${misses.map((m) => `- ${m}`).join("\n")}`}
`;
  writeFileSync(join(repo, "docs/accuracy.md"), doc);
  console.log("\nwrote docs/accuracy.md");
}

const belowTarget = FIELDS.filter((f) => {
  const { judged, correct } = totals.get(f)!;
  return judged > 0 && correct / judged < TARGET;
});
if (belowTarget.length > 0 || seedTotals.correct < seedTotals.judged) process.exitCode = 1;
