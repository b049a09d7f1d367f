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
  createDictionary,
  readDictionaryLines,
  type SecurityDictionary,
} from "../src/securities/dictionary.js";
import { loadSecurities } from "../src/securities/entry.js";
import { namedGroup } from "../src/securities/find.js";
import { loadGold } from "../test/gold.js";
import { DEV_DAYS, dumpRecords, FEEDS, type FeedRecord } from "./feed-lists.js";

const repo = resolve(import.meta.dirname, "../../..");
const shared = resolve(repo, "../shared");
/** The last hand check of found-but-unlisted securities (update it when the matcher changes). */
const HAND_CHECK = {
  sample: 40,
  right: 37,
  wrong: 3,
  notes:
    "福斯特 inside the name of another company's subsidiary (`杭州福斯特药业有限公司`), 新焦点 as a phrase (`竞逐新焦点`), and 志晟信息 for 国航远洋 through a Beijing code two companies' old codes map to (since fixed in the build: such codes are no longer guessed); analysts and holders named as actors (高盛, 贝莱德) count as named",
};
const PUBLIC_SOURCES = new Set(["a-share-list", "curated"]);

interface Score {
  records: number;
  listed: number;
  foundListed: number;
  found: number;
  correct: number;
}
const empty = (): Score => ({ records: 0, listed: 0, foundListed: 0, found: 0, correct: 0 });

export function evaluateSecurities(dictionary: SecurityDictionary, records: readonly FeedRecord[]) {
  const scores = new Map<string, Score>();
  const unlisted: { record: FeedRecord; code: string; name: string }[] = [];
  const company = (key: string) => dictionary.byKey.get(key)?.company ?? key;
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
    for (const group of [`${record.feed}/${split}`, `all/${split}`, `${record.feed}/all`, "all/all"]) {
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
        unlisted.push({ record, code: key, name: dictionary.byKey.get(key)?.name ?? "" });
      }
    }
  }
  return { scores, unlisted };
}

const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);

/** Precision when the found-but-unlisted securities are right at the rate the hand check found. */
const estimated = (s: Score) =>
  pct(s.correct + ((s.found - s.correct) * HAND_CHECK.right) / HAND_CHECK.sample, s.found);

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
    "| feed | days | items with a list | listed | recall | found | precision | estimated precision |",
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
  const sampleSize = Number(process.argv[process.argv.indexOf("--sample") + 1]) || 0;
  console.log(`shipped dictionary (${shipped.entries.length} entries)\n${table(main.scores)}\n`);
  console.log(`public sources only (${publicOnly.entries.length} entries)\n${table(pub.scores)}\n`);
  if (process.argv.includes("--sample")) {
    // Every k-th found-but-unlisted security, so the sample spreads over feeds and days.
    const step = Math.max(1, Math.floor(main.unlisted.length / sampleSize));
    for (let i = 0; i < main.unlisted.length && i / step < sampleSize; i += step) {
      const { record, code, name } = main.unlisted[i]!;
      console.log(
        `${record.feed}:${record.id} ${code} ${name} | ${(`${record.title} ${record.content}`).slice(0, 160)}`,
      );
    }
  }
  if (write) {
    const all = main.scores.get("all/all")!;
    const held = main.scores.get("all/held-out")!;
    writeSection(
      join(repo, "docs/accuracy.md"),
      "securities-feeds",
      `## Securities named in flash items, against the feeds' own stock lists

Measured by \`pnpm eval\` (\`packages/core/scripts/eval-securities.ts\`) on ${new Date().toISOString().slice(0, 10)}.
Each record of \`../shared/dumps\` is read with \`parseAll\` (the cls / eastmoney / ths feed packs map its
stock list to \`CODE.MARKET\`, \`how: "record"\`; indices, boards, funds, futures and OTC quotes left out).
Where the feed attached a list, the record's title and text as core reads them are parsed again alone,
with the shipped securities dictionary and without the list; the list is the reference. A listed security counts as found when the parser finds it or
another listing of the same company (A+H, ADR: the dictionary links them); a found security counts as
correct when it or another listing of its company is listed. The matcher's guards and the learned
common-word threshold were tuned on ${DEV_DAYS[0]} … ${DEV_DAYS.at(-1)} (dev) and not changed for the held-out days.

Shipped dictionary: recall ${pct(all.foundListed, all.listed)}, precision against the lists ${pct(all.correct, all.found)}
(estimated ${estimated(all)}) on all days; held out: recall ${pct(held.foundListed, held.listed)}, precision ${pct(held.correct, held.found)} (estimated ${estimated(held)}).
Targets: recall ≥ 90%, precision ≥ 97%. The estimated precision counts the found securities a list
lacks as right at the rate the hand check below found (${HAND_CHECK.right} of ${HAND_CHECK.sample}); the lists are the
lower bound. Eastmoney's lists name about one stock an item and often one the text does not name
(a table behind a roundup, the company behind a product), so its recall is lower and its lists miss
most of what the text names.

Corpus gold with the dictionary: ${gold.found} of the ${gold.labelled} labelled securities of ${gold.files} files are still
found (the labels list written codes and widgets); names add ${gold.added} securities the labels do not judge.

${table(main.scores)}

The shipped dictionary includes what the feeds attached over 2026-05 … 08 (\`securities-seen.tsv\`), so
the table above cannot show how it does on companies it has never seen. The same run with a dictionary
built from the public sources only (the exchange list and the curated file, ${publicOnly.entries.length} entries):

${table(pub.scores)}

Precision against the lists is a lower bound: the feeds' lists are incomplete, and a found security
they lack is often right: a hand check of ${HAND_CHECK.sample} of them (every k-th, spread over feeds
and days; \`tsx scripts/eval-securities.ts --sample ${HAND_CHECK.sample}\`) found ${HAND_CHECK.right} named in the
text as that company, ${HAND_CHECK.wrong} wrong (${HAND_CHECK.notes}).`,
      "Accuracy",
    );
    console.log("wrote docs/accuracy.md (section securities-feeds)");
  }
}

if (process.argv[1]?.endsWith("eval-securities.ts")) runSecuritiesEval(process.argv.includes("--write"));
