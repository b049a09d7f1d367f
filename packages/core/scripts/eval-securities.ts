// Securities found in the text of flash items, scored against the feeds' own stock lists in
// ../shared/dumps (the reference): precision and recall per feed, on the days the matcher was tuned on
// (dev), the days it was not (held out) and all seven, for the shipped dictionary and for one built
// from public sources only (no entry from the feeds). Called by `pnpm eval`; `--write` records it in
// docs/accuracy.md. `--sample N` prints N found-but-unlisted securities to check by hand.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeSection } from "@caixun/docs-writer";
import { parse } from "../src/parse.js";
import { DICTIONARY_LINES } from "../src/securities/data.js";
import {
  companyOf,
  createDictionary,
  readDictionaryLines,
  type SecurityDictionary,
} from "../src/securities/dictionary.js";
import { loadSecurities } from "../src/securities/entry.js";
import { foldForMatch, foldText } from "../src/securities/fold.js";
import { namedGroup } from "../src/securities/names.js";
import { loadGold } from "../test/gold.js";
import {
  drawSample,
  labelKey,
  readLabels,
  SAMPLE_SEED,
  SAMPLE_SIZE,
  type UnlistedFind,
  wilson,
} from "../test/securities-sample.js";
import { DEV_DAYS, dumpRecords, FEEDS, type FeedRecord } from "./feed-lists.js";

const repo = resolve(import.meta.dirname, "../../..");
const shared = resolve(repo, "../shared");
const PUBLIC_SOURCES = new Set(["a-share-list", "curated"]);

/** A security found in a record's text that the record's list lacks (nor any listing of its company). */
interface Unlisted extends UnlistedFind {
  record: FeedRecord;
  split: "dev" | "held-out";
}

interface Score {
  records: number;
  listed: number;
  foundListed: number;
  found: number;
  correct: number;
  /** Finds of the seeded hand-check sample in this group that carry a label, and how many of them are right. */
  judged: number;
  judgedRight: number;
}
const empty = (): Score => ({
  records: 0,
  listed: 0,
  foundListed: 0,
  found: 0,
  correct: 0,
  judged: 0,
  judgedRight: 0,
});
const groupsOf = (feed: string, split: string) => [
  `${feed}/${split}`,
  `all/${split}`,
  `${feed}/all`,
  "all/all",
];

export function evaluateSecurities(dictionary: SecurityDictionary, records: readonly FeedRecord[]) {
  const scores = new Map<string, Score>();
  const unlisted: Unlisted[] = [];
  const company = (key: string) => companyOf(dictionary, key);
  for (const record of records) {
    // A listing the feed names as an index under a stock's code (科创50 as `000688.SZ`) is no stock.
    const listed = new Set(
      record.listed.filter((l) => !namedGroup(l, dictionary)).map((l) => `${l.code}.${l.market}`),
    );
    if (listed.size === 0) continue;
    const article = parse(`${record.title}\n\n${record.content}`, { securities: dictionary });
    const found = new Set(article.securities.map((s) => `${s.code}.${s.market}`));
    const foundCompanies = new Set([...found].map(company));
    const listedCompanies = new Set([...listed].map(company));
    const split = DEV_DAYS.includes(record.day) ? "dev" : "held-out";
    for (const group of groupsOf(record.feed, split)) {
      const s = scores.get(group) ?? empty();
      s.records++;
      s.listed += listed.size;
      s.foundListed += [...listed].filter((k) => foundCompanies.has(company(k))).length;
      s.found += found.size;
      s.correct += [...found].filter((k) => listedCompanies.has(company(k))).length;
      scores.set(group, s);
    }
    for (const key of found) {
      if (!listedCompanies.has(company(key))) {
        unlisted.push({ record, id: record.id, key, split });
      }
    }
  }
  // The hand check: the seeded sample of the unlisted finds, with the labels they carry.
  const labels = readLabels();
  let unjudged = 0;
  for (const find of drawSample(unlisted)) {
    const label = labels.get(labelKey(find));
    if (!label) {
      unjudged++;
      continue;
    }
    for (const group of groupsOf(find.record.feed, find.split)) {
      const s = scores.get(group)!;
      s.judged++;
      if (label.right) s.judgedRight++;
    }
  }
  return { scores, unlisted, unjudged };
}

const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);

/**
 * Precision with the hand check: the found securities a list has are right; those it lacks are right
 * at the rate of the labelled sample of them in the same group (95% Wilson interval of that rate,
 * carried through). The lists alone are the lower bound.
 */
function estimate(s: Score): { point: number; low: number; high: number } | null {
  if (s.found === 0 || s.judged === 0) return null;
  const unlisted = s.found - s.correct;
  const rate = wilson(s.judgedRight, s.judged);
  const at = (r: number) => (s.correct + unlisted * r) / s.found;
  return { point: at(s.judgedRight / s.judged), low: at(rate.low), high: at(rate.high) };
}

const estimated = (s: Score) => {
  const e = estimate(s);
  if (!e) return "—";
  const one = (x: number) => (100 * x).toFixed(1);
  return `${one(e.point)}% (${one(e.low)}–${one(e.high)}; ${s.judgedRight}/${s.judged})`;
};

/** The corpus gold's securities (written codes and widgets) parsed with the dictionary: still all found, and what names add. */
function goldWithDictionary(dictionary: SecurityDictionary) {
  let labelled = 0;
  let found = 0;
  let added = 0;
  let files = 0;
  for (const item of loadGold(shared)) {
    if (item.gold.securities === undefined) continue;
    files++;
    const article = parse(readFileSync(item.path), { filename: item.path, securities: dictionary });
    const keys = new Set(article.securities.map((s) => `${s.code}.${s.market}`));
    labelled += item.gold.securities.length;
    found += item.gold.securities.filter((k) => keys.has(k)).length;
    added += [...keys].filter((k) => !item.gold.securities!.includes(k)).length;
  }
  return { files, labelled, found, added };
}

function table(scores: Map<string, Score>): string {
  const rows = [
    "| feed | days | items with a list | listed | recall | found | precision against the list | precision with the hand check (95% interval; sample right/judged) |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const feed of [...FEEDS, "all"]) {
    for (const split of ["dev", "held-out", "all"]) {
      const s = scores.get(`${feed}/${split}`);
      if (!s) continue;
      const label = feed === "all" ? "**all**" : feed;
      rows.push(
        `| ${label} | ${split} | ${s.records} | ${s.listed} | ${pct(s.foundListed, s.listed)} | ${s.found} | ${pct(s.correct, s.found)} | ${estimated(s)} |`,
      );
    }
  }
  return rows.join("\n");
}

/**
 * Prints the finds of the seeded sample that have no label yet, each with the words around its first
 * mention, to be judged by reading and added to test/fixtures/securities-unlisted.tsv.
 */
function printSample(unlisted: readonly Unlisted[], dictionary: SecurityDictionary): void {
  const labels = readLabels();
  const sample = drawSample(unlisted);
  const open = sample.filter((find) => !labels.has(labelKey(find)));
  console.log(
    `sample of ${sample.length} unlisted finds (seed ${SAMPLE_SEED}): ${open.length} without a label`,
  );
  for (const find of open) {
    const entry = dictionary.byKey.get(find.key);
    const text = `${find.record.title}\n${find.record.content}`;
    const names = entry ? [entry.name, ...entry.aliases, ...entry.subsidiaries, entry.code] : [];
    console.log(
      [find.id, find.key, entry?.name ?? "", firstMention(text, names)].join("\t"),
      `| ${find.record.title.slice(0, 60)}`,
    );
  }
}

/** The words around the first place the text writes one of the names, the name in brackets. */
function firstMention(text: string, names: readonly string[]): string {
  const folded = foldText(text);
  let at = -1;
  let length = 0;
  for (const name of names) {
    const i = folded.indexOf(foldForMatch(name));
    if (i !== -1 && (at === -1 || i < at)) {
      at = i;
      length = name.length;
    }
  }
  if (at === -1) return "(not written as such)";
  const one = (s: string) => s.replace(/\s+/g, " ");
  return `${one(text.slice(Math.max(0, at - 30), at))}[${text.slice(at, at + length)}]${one(text.slice(at + length, at + length + 30))}`;
}

/** Prints the tables (and a sample with `--sample N`); with `write`, records them in docs/accuracy.md. */
export function runSecuritiesEval(write: boolean): void {
  if (!existsSync(join(shared, "dumps"))) {
    console.error(`no dumps at ${join(shared, "dumps")}: securities against the feeds' lists not measured`);
    return;
  }
  const records = [...dumpRecords(shared)];
  const shipped = loadSecurities();
  const publicOnly = createDictionary(
    readDictionaryLines(DICTIONARY_LINES).filter((e) => e.sources.some((s) => PUBLIC_SOURCES.has(s))),
  );
  const main = evaluateSecurities(shipped, records);
  const gold = goldWithDictionary(shipped);
  const pub = evaluateSecurities(publicOnly, records);
  console.log(`shipped dictionary (${shipped.entries.length} entries)\n${table(main.scores)}\n`);
  console.log(`public sources only (${publicOnly.entries.length} entries)\n${table(pub.scores)}\n`);
  if (process.argv.includes("--sample")) printSample(main.unlisted, shipped);
  if (write) {
    const all = main.scores.get("all/all")!;
    const held = main.scores.get("all/held-out")!;
    const labels = readLabels();
    const judged = drawSample(main.unlisted).flatMap((find) => labels.get(labelKey(find)) ?? []);
    const sampleJudged = judged.length;
    const sampleRight = judged.filter((l) => l.right).length;
    const kinds = new Map<string, number>();
    for (const l of judged) if (!l.right) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
    const wrongKinds =
      [...kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]) => `${kind} ${n}`)
        .join(", ") || "none";
    writeSection(
      join(repo, "docs/accuracy.md"),
      "securities-feeds",
      `## Securities named in flash items, against the feeds' own stock lists

Measured by \`pnpm eval\` (\`packages/core/scripts/eval-securities.ts\`) on ${new Date().toISOString().slice(0, 10)}.
Each record of \`../shared/dumps\` is read with \`parseAll\` (the cls / eastmoney / ths feed packs map its
stock list to \`CODE.MARKET\`, \`how: "record"\`; indices, boards, funds, futures and OTC quotes left out).
Where the feed attached a list, the record's title and text as core reads them are parsed again alone,
with the shipped securities dictionary and without the list; the list is the reference. A listed security counts as found when the parser finds it or
another listing of the same company (A+H, ADR: the dictionary links them; a Hong Kong RMB counter such as
\`81810\` goes with its HKD counter \`01810\`, \`companyOf\`); a feed's flattened copy of its list, which
loses the market ids, is read only for records without the list itself (so a Korean \`177.000660\` is not
read back as Shenzhen's \`000660\`); a found security counts as
correct when it or another listing of its company is listed. The matcher's guards and the learned
common-word threshold were tuned on ${DEV_DAYS[0]} … ${DEV_DAYS.at(-1)} (dev) and not changed for the held-out days.

Shipped dictionary, all days: recall ${pct(all.foundListed, all.listed)}; precision ${estimated(all)} with the hand check,
${pct(all.correct, all.found)} against the lists alone. Held-out days: recall ${pct(held.foundListed, held.listed)}; precision ${estimated(held)},
${pct(held.correct, held.found)} against the lists alone. Targets: recall ≥ 90%, precision ≥ 97%.

**How precision is measured** (the issue's method: the lists are the reference, and what caixun finds
that a list lacks is checked by hand on a sample). A found security the list has (or another listing of
its company) is right. Of the ${all.found - all.correct} found securities the lists lack, a random sample is judged by reading
the item: the ${SAMPLE_SIZE} with the smallest FNV-1a hash of seed \`${SAMPLE_SEED}\`, record id and security
(\`packages/core/test/securities-sample.ts\`), so every such find has the same chance whatever its feed or
day, and a change of the matcher swaps only the finds it adds or removes. The labels, each right or wrong
with its kind and reason, are \`packages/core/test/fixtures/securities-unlisted.tsv\`; a find counts as
right when the item names that company (as a mover, a filer, an analyst or holder acting, a lender,
customer or party to a deal, or through a subsidiary the dictionary records), wrong otherwise. Precision
is then (list hits + unlisted × the sample's rate of right) / found, per group with the sample's finds in
that group; the interval carries the 95% Wilson interval of that rate through the same formula. A test
(\`test/securities-measured.test.ts\`) fails when a find of the current sample has no label:
\`tsx scripts/eval-securities.ts --sample\` prints those to judge. In the current sample ${sampleRight} of ${sampleJudged} are right;
the wrong ones by kind: ${wrongKinds}.

Corpus gold with the dictionary: ${gold.found} of the ${gold.labelled} labelled securities of ${gold.files} files are still
found (the labels list written codes and widgets); names add ${gold.added} securities the labels do not judge.

${table(main.scores)}

The shipped dictionary includes what the feeds attached over 2026-05 … 08 (\`securities-seen.tsv\`), so
the table above cannot show how it does on companies it has never seen. The same run with a dictionary
built from the public sources only (the exchange list and the curated file, ${publicOnly.entries.length} entries):

${table(pub.scores)}

Eastmoney's lists name about one stock an item and often one the text does not name (a table behind a
roundup, the company behind a product), so its recall is lower and its lists miss most of what the text
names; the public-only table's interval uses the labels of the finds it shares with the shipped
dictionary's sample (${pub.unjudged} of its sampled finds carry no label).`,
      "Accuracy",
    );
    console.log("wrote docs/accuracy.md (section securities-feeds)");
  }
}

if (process.argv[1]?.endsWith("eval-securities.ts")) runSecuritiesEval(process.argv.includes("--write"));
