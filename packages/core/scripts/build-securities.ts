// Builds the shipped securities dictionary (src/securities/data.ts) from its sources, each entry
// with the sources it came from:
//   a-share-list  data/securities/sources/a-share.csv — every SH/SZ/BJ listing (public exchange list, see README)
//   feeds-seen    ../shared/dumps/securities-seen.tsv — what the flash feeds attached over 2026-05…08
//   feeds-lists   the stock lists of ../shared/dumps records (names, and the US exchange of a ticker)
//   curated       data/securities/curated.tsv — aliases, subsidiaries, A+H/ADR links, indices, sectors
//   sp500-list    data/securities/sources/sp500.csv — English names of the US listings the other sources have
// Then it marks names that are ordinary words from the feeds' development days (see commonWords).
//   pnpm --filter @caixun/core securities:build            write src/securities/data.ts
//   pnpm --filter @caixun/core securities:build --public   only public sources (no ../shared), to stdout stats
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Market } from "../src/article.js";
import { aShareMarket } from "../src/enrich/securities.js";
import {
  createDictionary,
  entryKey,
  readDictionaryLines,
  type SecurityEntry,
  writeDictionaryLines,
} from "../src/securities/dictionary.js";
import { findSecurities } from "../src/securities/find.js";
import { compactSpaces, foldForMatch } from "../src/securities/fold.js";
import { englishName, isOneWord } from "./english-names.js";
import { DEV_DAYS, dumpRecords, isIndexCode, listedKeys } from "./feed-lists.js";

const core = resolve(import.meta.dirname, "..");
const shared = resolve(core, "../../../shared");
const sources = join(core, "data/securities/sources");
const publicOnly = process.argv.includes("--public");
/** Every name (folded) the entries have. */
const namesOf = (list: Iterable<SecurityEntry>) =>
  new Set([...list].flatMap((entry) => [entry.name, ...entry.aliases].map(foldForMatch)));
let feedListed: { code: string; market: Market; name: string; day: string }[] | undefined;

const entries = new Map<string, SecurityEntry>();
const add = (entry: SecurityEntry) => {
  const key = entryKey(entry);
  const known = entries.get(key);
  if (!known) {
    entries.set(key, entry);
    return;
  }
  // A later source names the listing as it is called now; the older name stays an alias.
  for (const name of [known.name, ...known.aliases, ...entry.aliases]) {
    if (name !== entry.name && !known.aliases.includes(name) && name !== known.name) known.aliases.push(name);
  }
  if (entry.name !== known.name) {
    if (!known.aliases.includes(known.name)) known.aliases.push(known.name);
    known.aliases = known.aliases.filter((a) => a !== entry.name);
    known.name = entry.name;
  }
  for (const s of entry.subsidiaries) if (!known.subsidiaries.includes(s)) known.subsidiaries.push(s);
  for (const s of entry.sources) if (!known.sources.includes(s)) known.sources.push(s);
  known.commonWord ||= entry.commonWord;
  known.venue ||= entry.venue;
  known.company ??= entry.company;
  if (entry.kind !== "security") known.kind = entry.kind;
};
const security = (code: string, market: Market, name: string, source: string): SecurityEntry => ({
  kind: "security",
  code,
  market,
  name,
  aliases: [],
  subsidiaries: [],
  commonWord: false,
  company: null,
  sources: [source],
});

// 1. Every A-share listing. Beijing listings moved to 920xxx codes in 2025 (as a rule 920 + the old
// code's last three digits); the list predates the move for most of them. Where several old codes end
// in the same three digits the rule cannot say which took the code: those are left to the sources that
// name the new code (a wrong guess would give one company another's name).
const aShares = readFileSync(join(sources, "a-share.csv"), "utf8").trim().split("\n").slice(1);
const exDividend: SecurityEntry[] = [];
const bjNew = new Set(aShares.map((l) => l.split(",")[0]!).filter((c) => c.startsWith("920")));
const movedFrom = new Map<string, number>();
for (const line of aShares) {
  const code = line.split(",")[0]!;
  if (aShareMarket(code) === "BJ" && !code.startsWith("920")) {
    movedFrom.set(`920${code.slice(3)}`, (movedFrom.get(`920${code.slice(3)}`) ?? 0) + 1);
  }
}
for (const line of aShares) {
  const [code, rawName] = line.split(",") as [string, string];
  const market = aShareMarket(code);
  if (!market) continue;
  const name = listedName(rawName);
  // On an ex-dividend day the list truncates the name (`XD中国银`): use it only when no other source names the listing.
  if (/^(?:XD|XR|DR)/.test(rawName)) {
    exDividend.push(security(code, market, name, "a-share-list"));
    continue;
  }
  const moved = `920${code.slice(3)}`;
  if (market === "BJ" && !code.startsWith("920") && !bjNew.has(moved)) {
    // The old code no longer trades: the listing is entered under its new one only.
    if (movedFrom.get(moved) === 1) add(security(moved, "BJ", name, "a-share-list"));
  } else add(security(code, market, name, "a-share-list"));
}

// 2. What the feeds attach, with mentions: current names of listings, indices, HK and US tickers.
if (!publicOnly && existsSync(join(shared, "dumps/securities-seen.tsv"))) {
  const usExchange = feedExchanges();
  for (const line of readFileSync(join(shared, "dumps/securities-seen.tsv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)) {
    const [rawCode, rawMarket, rawName] = line.split("\t") as [string, string, string];
    const name = compactSpaces(rawName);
    if (rawMarket === "US") {
      const market = usExchange.get(rawCode);
      if (market) add(security(rawCode, market, name, "feeds-seen"));
      continue;
    }
    if (rawMarket === "HK") {
      add(security(rawCode.replace(/^HK/, "").padStart(5, "0"), "HK", name, "feeds-seen"));
      continue;
    }
    const market = rawMarket as Market;
    const isIndex = isIndexCode(rawCode, market);
    if (isIndex) add({ ...security(rawCode, market, name, "feeds-seen"), kind: "index" });
    else add(security(rawCode, market, listedName(name), "feeds-seen"));
  }
  // A listing only the records name, unless its name is another entry's (an index listed under a stock code).
  const named = namesOf(entries.values());
  for (const { code, market, name } of feedListings()) {
    if (!entries.has(`${code}.${market}`) && !named.has(foldForMatch(name))) {
      add(security(code, market, name, "feeds-lists"));
    }
  }
}

for (const entry of exDividend) {
  const known = entries.get(entryKey(entry));
  if (known) known.sources.push(...entry.sources.filter((s) => !known.sources.includes(s)));
  else add(entry);
}

// 3. Hand-curated facts: aliases, subsidiaries, company links, indices, sectors, common words.
for (const entry of readDictionaryLines(
  readFileSync(join(core, "data/securities/curated.tsv"), "utf8")
    .split("\n")
    .map((l) => (l.startsWith("#") || l === "" ? l : `${l}\tcurated`))
    .join("\n"),
)) {
  add(entry);
}

// 3a. English names of US listings (`Nvidia`, `Apple`), from the S&P 500 list, for the listings the
// other sources have (they say the exchange); never a name another entry has. A name of one word that
// is also an English word (`Oracle`, `Target`), from this list or another source, is read only with a
// cue (data/securities/english-words.txt).
{
  const ordinaryWords = new Set(
    readFileSync(join(core, "data/securities/english-words.txt"), "utf8")
      .split("\n")
      .filter((l) => l !== "" && !l.startsWith("#")),
  );
  const named = namesOf(entries.values());
  for (const row of readFileSync(join(sources, "sp500.csv"), "utf8").trim().split("\n").slice(1)) {
    const [, ticker, quoted, plain] = row.match(/^([^,]+),(?:"([^"]*)"|(.*))$/) ?? [];
    const english = englishName(quoted ?? plain ?? "");
    const entry = ["NASDAQ", "NYSE", "AMEX"].map((m) => entries.get(`${ticker}.${m}`)).find(Boolean);
    if (!entry || !english) continue;
    const folded = foldForMatch(english);
    if (named.has(folded)) continue;
    named.add(folded);
    entry.aliases.push(english);
    if (!entry.sources.includes("sp500-list")) entry.sources.push("sp500-list");
  }
  for (const entry of entries.values()) {
    if (entry.commonWord || !["NASDAQ", "NYSE", "AMEX"].includes(entry.market ?? "")) continue;
    const ordinary = [entry.name, ...entry.aliases].filter((n) => isOneWord(n) && ordinaryWords.has(n));
    if (ordinary.length > 0) entry.ordinaryNames = ordinary;
  }
}

// 3b. What the feeds call a listing the dictionary names otherwise (`*ST长投` for 长江投资, `C长鑫` for
// 长鑫科技 on its first days) is another name of it, learned from the development days only, and never a
// name another entry already has (a feed that lists the index 科创50 under the stock code 000688.SZ).
if (!publicOnly) {
  const named = namesOf(entries.values());
  for (const { code, market, name: raw, day } of feedListings()) {
    if (!DEV_DAYS.includes(day)) continue;
    const entry = entries.get(`${code}.${market}`);
    const name = listedName(raw);
    const folded = foldForMatch(name);
    if (!entry || [...folded].length < 2 || named.has(folded)) continue;
    entry.aliases.push(name);
    if (!entry.sources.includes("feeds-lists")) entry.sources.push("feeds-lists");
    named.add(folded);
  }
}

// 4. Derived names: without the suffixes exchanges add (`-W`, `-SW`, `Ａ`), without `*` before `ST`.
for (const entry of entries.values()) {
  for (const name of derivedNames(entry.name)) {
    if (name !== entry.name && !entry.aliases.includes(name)) entry.aliases.push(name);
  }
  if (entry.kind === "index" && !/指|50|100|300|500|1000|2000/.test(entry.name)) {
    // An index named by an ordinary phrase (有色金属, 长三角) is read only with its code or as `…指数`.
    entry.commonWord = true;
    entry.aliases.push(`${entry.name}指数`);
  }
}

// 5. Company links: listings of one company share a short name across markets.
const byName = new Map<string, SecurityEntry[]>();
for (const entry of entries.values()) {
  if (entry.kind !== "security") continue;
  const base = foldForMatch(derivedNames(entry.name).at(-1) ?? entry.name);
  byName.set(base, [...(byName.get(base) ?? []), entry]);
}
for (const group of byName.values()) {
  const markets = new Set(group.map((e) => e.market));
  if (group.length < 2 || markets.size < group.length) continue;
  const company = group.find((e) => e.company)?.company ?? entryKey(sortListings(group)[0]!);
  for (const entry of group) entry.company ??= company;
}

// 5b. A Hong Kong RMB counter (`80175` 吉利汽车-R) trades the same shares as the HKD counter whose last
// four digits it repeats after an 8 (`00175` 吉利汽车): one company.
for (const entry of entries.values()) {
  if (entry.market !== "HK" || !/^8\d{4}$/.test(entry.code)) continue;
  const hkd = entries.get(`0${entry.code.slice(1)}.HK`);
  if (!hkd) continue;
  hkd.company ??= entryKey(hkd);
  entry.company = hkd.company;
}

// 6. Names that are ordinary words, learned from the feeds' development days.
const dictionary = createDictionary([...entries.values()]);
if (!publicOnly) for (const key of commonWords()) entries.get(key)!.commonWord = true;
for (const entry of entries.values()) {
  if (entry.kind === "sector" && !/(?:板块|概念|概念股|股)$/.test(entry.name)) entry.commonWord = true;
  // One English word (`Energy`, `International`) from a feed's list is more often the word than the listing.
  if (/^[A-Z][a-z]+$/.test(entry.name) && !entry.sources.includes("curated")) entry.commonWord = true;
}

const all = sortListings([...entries.values()]);
const body = writeDictionaryLines(all);
const counts = new Map<string, number>();
for (const e of all) {
  const k = e.kind === "security" ? e.market! : e.kind;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
console.log(`${all.length} entries: ${[...counts].map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`common words: ${all.filter((e) => e.commonWord && e.kind === "security").length} securities`);
if (!publicOnly) {
  const out = join(core, "src/securities/data.ts");
  const source = `// Generated by scripts/build-securities.ts from data/securities — do not edit; see data/securities/README.md.
// One entry a line: kind code market name aliases subsidiaries flags company sources (tab-separated).
export const DICTIONARY_LINES = ${JSON.stringify(body)};
`;
  writeFileSync(`${out}.tmp`, source);
  renameSync(`${out}.tmp`, out);
  console.log(`wrote ${out} (${(Buffer.byteLength(source) / 1024).toFixed(0)} KB)`);
}

/** A listed short name without the marks of a new listing (`N`, `C`) or an ex-right day (`XD`, `XR`, `DR`). */
function listedName(raw: string): string {
  const name = compactSpaces(raw);
  const stripped = name.replace(/^(?:N|C|XD|XR|DR)(?=\p{Script=Han})/u, "");
  return stripped.length >= 2 ? stripped : name;
}

/** Other ways a listed name is written: without `-W`/`-SW`/`-U` marks, a trailing `A`/`Ａ`, or the `*` of `*ST`. */
function derivedNames(name: string): string[] {
  const out: string[] = [];
  const unmarked = name.replace(/-(?:[A-Z]{1,3})$/, "");
  if (unmarked !== name && unmarked.length >= 2) out.push(unmarked);
  if (/^\*ST/.test(name)) out.push(name.slice(1));
  const withoutA = unmarked.replace(/(?<=\p{Script=Han}{2,})[AＡ]$/u, "");
  if (withoutA !== unmarked) out.push(withoutA);
  // Flash items often drop the spaces of a Latin name (`BloomEnergy`).
  if (unmarked.includes(" ")) out.push(unmarked.replaceAll(" ", ""));
  return out;
}

function sortListings(list: SecurityEntry[]): SecurityEntry[] {
  const kindRank = { security: 0, index: 1, sector: 2 } as const;
  return list.sort(
    (a, b) =>
      kindRank[a.kind] - kindRank[b.kind] ||
      (a.market ?? "~").localeCompare(b.market ?? "~") ||
      a.code.localeCompare(b.code) ||
      a.name.localeCompare(b.name),
  );
}

/** The exchange of each US ticker, from the feeds that say it (eastmoney 105/106/107, ths 185/169/186). */
function feedExchanges(): Map<string, Market> {
  const exchanges = new Map<string, Market>();
  for (const record of dumpRecords(shared)) {
    for (const { code, market } of record.listed) {
      if (market === "NASDAQ" || market === "NYSE" || market === "AMEX") exchanges.set(code, market);
    }
  }
  for (const line of readFileSync(join(core, "data/securities/us-exchanges.tsv"), "utf8").split("\n")) {
    const [ticker, exchange] = line.split("\t");
    if (ticker && !ticker.startsWith("#") && exchange) exchanges.set(ticker, exchange as Market);
  }
  for (const entry of readDictionaryLines(readFileSync(join(core, "data/securities/curated.tsv"), "utf8"))) {
    if (entry.market === "NASDAQ" || entry.market === "NYSE" || entry.market === "AMEX") {
      exchanges.set(entry.code, entry.market);
    }
  }
  return exchanges;
}

/** Every named listing of the feeds' records, with its day (read once). */
function feedListings(): { code: string; market: Market; name: string; day: string }[] {
  if (feedListed) return feedListed;
  const out: { code: string; market: Market; name: string; day: string }[] = [];
  feedListed = out;
  for (const record of dumpRecords(shared)) {
    for (const listing of record.listed) {
      if (listing.name) out.push({ ...listing, name: listing.name, day: record.day });
    }
  }
  return out;
}

/**
 * Names the feeds' development days use far more often without listing them than with: the word is
 * ordinary there (`机器人`, `新希望`). Judged only on cls and ths, whose lists name what the text names.
 */
function commonWords(): string[] {
  const seen = new Map<string, { named: number; listed: number }>();
  for (const record of dumpRecords(shared)) {
    if (!DEV_DAYS.includes(record.day) || record.feed === "eastmoney") continue;
    const listed = listedKeys(record);
    if (listed.size === 0) continue;
    const listedCompanies = new Set([...listed].map((key) => dictionary.byKey.get(key)?.company ?? key));
    const found = findSecurities(record.title, record.content, {}, dictionary);
    for (const s of found.securities) {
      if (s.how !== "name") continue;
      const key = `${s.code}.${s.market}`;
      const tally = seen.get(key) ?? { named: 0, listed: 0 };
      tally.named++;
      if (listed.has(key) || listedCompanies.has(dictionary.byKey.get(key)?.company ?? key)) tally.listed++;
      seen.set(key, tally);
    }
  }
  const words: string[] = [];
  for (const [key, { named, listed }] of seen) {
    if (named >= 4 && listed / named < 0.2) words.push(key);
  }
  console.log(`learned ${words.length} common words: ${words.map((k) => entries.get(k)?.name).join(" ")}`);
  return words;
}
