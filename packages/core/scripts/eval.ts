// Accuracy against hand-written gold labels, per labelled set, per family and per field.
//   pnpm eval                          every set on this machine: tables and misses
//   pnpm eval --dataset dev-tune       one labelled set only (corpus, dev-tune, dev-holdout, fresh; repeatable)
//   pnpm eval --misses                 also print the misses of the held-out set (fresh): reading them makes it tuning data
//   pnpm eval --write                  also write the eval section of docs/accuracy.md
// Story grouping is measured after the fields (scripts/eval-stories.ts; its own section).
// The exit status is 1 when the shared corpus falls below its target (the dev set is reported, not gated).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeSection } from "@caixun/docs-writer";
import { DATASETS, type Dataset, devRepositories } from "../test/datasets.js";
import { evaluate, FIELDS, type FieldName, familyOf, type GoldCase } from "../test/gold.js";
import { runDumpsEval } from "./eval-dumps.js";
import { runSecuritiesEval } from "./eval-securities.js";
import { runStoriesEval } from "./eval-stories.js";

const repo = resolve(import.meta.dirname, "../../..");
const TARGET = 0.98;
const args = process.argv.slice(2);
const wanted = args.flatMap((arg, i) => (args[i - 1] === "--dataset" ? [arg] : []));
const unknown = wanted.filter((name) => !DATASETS.some((d) => d.name === name));
if (unknown.length > 0) {
  console.error(`unknown dataset ${unknown.join(", ")}; known: ${DATASETS.map((d) => d.name).join(", ")}`);
  process.exit(2);
}

interface Tally {
  judged: number;
  correct: number;
}
interface Group {
  files: number;
  fields: Map<FieldName, Tally>;
}
interface Scored {
  dataset: Dataset;
  files: number;
  fields: Map<FieldName, Tally>;
  families: Map<string, Group>;
  /** Per source repository (development set only: `datasets/dev/SOURCES.tsv`). */
  repositories: Map<string, Group>;
  seeds: Tally;
  misses: string[];
}

const tallies = () => new Map<FieldName, Tally>(FIELDS.map((f) => [f, { judged: 0, correct: 0 }]));
const REPOSITORIES = devRepositories();

function groupOf(groups: Map<string, Group>, key: string): Group {
  const group = groups.get(key) ?? { files: 0, fields: tallies() };
  groups.set(key, group);
  group.files++;
  return group;
}

function score(dataset: Dataset, cases: GoldCase[]): Scored {
  const scored: Scored = {
    dataset,
    files: cases.length,
    fields: tallies(),
    families: new Map(),
    repositories: new Map(),
    seeds: { judged: 0, correct: 0 },
    misses: [],
  };
  for (const item of cases) {
    const groups = [groupOf(scored.families, familyOf(item.gold))];
    const repository = REPOSITORIES.get(item.gold.file);
    if (repository !== undefined) groups.push(groupOf(scored.repositories, repository));
    for (const result of evaluate(item, readFileSync(item.path))) {
      const counted = [scored.fields.get(result.field)!, ...groups.map((g) => g.fields.get(result.field)!)];
      for (const tally of counted) {
        tally.judged++;
        if (result.ok) tally.correct++;
      }
      if (item.gold.file.startsWith("seeds/")) {
        scored.seeds.judged++;
        if (result.ok) scored.seeds.correct++;
      }
      if (!result.ok) {
        scored.misses.push(
          `${item.gold.file} — ${result.field}: expected ${result.expected}, got ${result.actual}`,
        );
      }
    }
  }
  return scored;
}

const pct = ({ correct, judged }: Tally) =>
  judged === 0 ? "—" : `${((100 * correct) / judged).toFixed(1)}%`;
const sum = (fields: Map<FieldName, Tally>): Tally =>
  [...fields.values()].reduce((a, t) => ({ judged: a.judged + t.judged, correct: a.correct + t.correct }), {
    judged: 0,
    correct: 0,
  });

function fieldTable(scored: Scored): string {
  const rows = FIELDS.map((field) => {
    const tally = scored.fields.get(field)!;
    return `| ${field} | ${tally.correct} / ${tally.judged} | ${pct(tally)} |`;
  });
  const all = sum(scored.fields);
  const lines = [
    "| field | correct / judged | accuracy |",
    "|---|---|---|",
    ...rows,
    `| **all fields** | ${all.correct} / ${all.judged} | ${pct(all)} |`,
  ];
  if (scored.seeds.judged > 0)
    lines.push(
      `| seeds (all fields) | ${scored.seeds.correct} / ${scored.seeds.judged} | ${pct(scored.seeds)} |`,
    );
  return lines.join("\n");
}

/**
 * One row per group (family, or source repository) and, with two or more, a row where each group
 * counts once however many files it has: no one generator or repository decides the figure.
 */
function groupTable(groups: Map<string, Group>, kind: "family" | "repository"): string {
  const head = `| ${kind} | files | all fields | ${FIELDS.join(" | ")} |`;
  const rule = `|---|---|---|${FIELDS.map(() => "---").join("|")}|`;
  const rows = [...groups.entries()].map(
    ([name, entry]) =>
      `| ${name} | ${entry.files} | ${pct(sum(entry.fields))} | ${FIELDS.map((f) => pct(entry.fields.get(f)!)).join(" | ")} |`,
  );
  if (groups.size > 1) {
    const mean = (tallies: Tally[]) => {
      const judged = tallies.filter((t) => t.judged > 0);
      if (judged.length === 0) return "—";
      return `${((100 * judged.reduce((a, t) => a + t.correct / t.judged, 0)) / judged.length).toFixed(1)}%`;
    };
    const entries = [...groups.values()];
    const plural = kind === "family" ? "families" : "repositories";
    rows.push(
      `| *${plural} weighted equally* | ${entries.length} ${plural} | ${mean(entries.map((e) => sum(e.fields)))} | ${FIELDS.map((f) => mean(entries.map((e) => e.fields.get(f)!))).join(" | ")} |`,
    );
  }
  return [head, rule, ...rows].join("\n");
}

const familyTable = (scored: Scored) => groupTable(scored.families, "family");
const repositoryTable = (scored: Scored) =>
  scored.repositories.size === 0
    ? ""
    : `\n\nPer source repository:\n\n${groupTable(scored.repositories, "repository")}`;

function belowTarget(scored: Scored): FieldName[] {
  return FIELDS.filter((f) => {
    const { judged, correct } = scored.fields.get(f)!;
    return judged > 0 && correct / judged < TARGET;
  });
}

const results: Scored[] = [];
for (const dataset of DATASETS) {
  if (wanted.length > 0 && !wanted.includes(dataset.name)) continue;
  const cases = dataset.cases();
  if (cases === null) {
    console.warn(`${dataset.name}: not on this machine (${dataset.description}); skipped`);
    continue;
  }
  results.push(score(dataset, cases));
}

const showMisses = (scored: Scored) => scored.dataset.showMisses || args.includes("--misses");
for (const scored of results) {
  console.log(
    `\n## ${scored.dataset.title} (${scored.files} files)\n\n${fieldTable(scored)}\n\n${familyTable(scored)}${repositoryTable(scored)}\n`,
  );
  if (showMisses(scored)) {
    console.log(
      scored.misses.length === 0
        ? "no misses"
        : `misses (${scored.misses.length}):\n${scored.misses.map((m) => `- ${m}`).join("\n")}`,
    );
  } else {
    console.log(`${scored.misses.length} misses (held out: pass --misses to list them)`);
  }
}

if (args.includes("--write")) {
  const sections = results.map((scored) => {
    const misses = !scored.dataset.showMisses
      ? `${scored.misses.length} misses; listed only with \`pnpm eval --misses\` so that rules are not written against them.`
      : scored.misses.length === 0
        ? "No misses."
        : `<details><summary>${scored.misses.length} misses</summary>\n\n${scored.misses.map((m) => `- ${m}`).join("\n")}\n\n</details>`;
    return `### ${scored.dataset.title}\n\n${scored.dataset.description}: ${scored.files} labelled files.\n\n${fieldTable(scored)}\n\nPer family:\n\n${familyTable(scored)}${repositoryTable(scored)}\n\n${misses}`;
  });
  const content = `## Gold labels

Measured by \`pnpm eval --write\` on ${new Date().toISOString().slice(0, 10)}. Each labelled file is parsed by
\`@caixun/core\` and compared field by field with its hand-written label; a field absent from a label is not
judged for that file. Text fields are compared after collapsing white space; \`securities\` as a set of
\`CODE.MARKET\`; \`warnings\` require every labelled code to be present. Each set is reported on its own.

Target: 100% on the seeds and at least ${TARGET * 100}% on every field of every set.

${sections.join("\n\n")}`;
  writeSection(join(repo, "docs/accuracy.md"), "eval", content, "Accuracy");
  console.log("\nwrote the eval section of docs/accuracy.md");
}

// The dumps, securities and stories measurements cover their own data; `--dataset` asks for labelled sets only.
if (wanted.length === 0) {
  runDumpsEval(args.includes("--write"));
  runSecuritiesEval(args.includes("--write"));
  runStoriesEval(args.includes("--write"));
}

const corpus = results.find((r) => r.dataset.name === "corpus");
if (corpus && (belowTarget(corpus).length > 0 || corpus.seeds.correct < corpus.seeds.judged))
  process.exitCode = 1;
