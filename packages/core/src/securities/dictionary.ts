import { MARKETS, type Market } from "../article.js";
import { foldForMatch } from "./fold.js";
import { nameFlags } from "./name-flags.js";
import { NAME_READER, type NameReader } from "./names.js";
import { FlatTrie, type PackedTrie } from "./trie.js";

/**
 * The securities dictionary: listed securities, market indices and sector boards with the names a
 * story may call them by. It is data, shipped as its own entry point (`@caixun/core/securities`) so
 * that `parse` stays small; a user can replace or extend it with their own list.
 */

/** What an entry is: a listed security, a market index or a sector / concept board. */
export type EntryKind = "security" | "index" | "sector";

export interface SecurityEntry {
  kind: EntryKind;
  /** Exchange code (`601601`, `02601`, `CPIC`), index code (`000300`, `HSI`) or board code (`BK0493`); empty for a board known only by name. */
  code: string;
  /** The market of a security; an index's market when it has one; null for boards and foreign indices. */
  market: Market | null;
  /** The short name the exchange lists (`中国太保`), the one shown for it. */
  name: string;
  /** Other names the text may use for the same listing (`中国太平洋保险`, `CPIC`). */
  aliases: string[];
  /** Names of unlisted subsidiaries that stand for it (`太保产险`): found with `via: "subsidiary"`. */
  subsidiaries: string[];
  /**
   * Names that are also ordinary words (`机器人`, `太阳能`, `理想`): found by name only where the story
   * also writes the entry's code or a stock cue follows the name (`涨停`, `股价`, `公告`…).
   */
  commonWord: boolean;
  /**
   * An exchange (`港交所`, `纳斯达克`): its name mostly says where others list, file and trade
   * (`在港交所公告`), so it is read as the listing only with a cue about its own shares (`股价`, a
   * price move, its code) or in a list of listings. Flag `x`; it implies {@link commonWord}.
   */
  venue?: boolean;
  /**
   * Names of this entry that are also ordinary words in their own right, though the entry's other names
   * are not (the English `Target`, `Visa` of listings named in Chinese otherwise): read as the listing
   * only as {@link commonWord} names are.
   */
  ordinaryNames?: string[];
  /** The company this listing belongs to (the key of its primary listing), linking A+H and ADR listings. */
  company: string | null;
  /** Where the entry came from (`a-share-list`, `feeds-seen`, `feeds-lists`, `curated`, or a user's file name). */
  sources: string[];
}

/** A name in the matcher: which entry it stands for and how. */
export interface NameTarget {
  entry: SecurityEntry;
  /** Written as a subsidiary of the entry. */
  subsidiary: boolean;
  /** One of the entry's other names (a short form, an alias, a former name), not the name it is listed under. */
  alias: boolean;
  /** Also an ordinary word ({@link SecurityEntry.commonWord}, or one of its {@link SecurityEntry.ordinaryNames}). */
  ordinary: boolean;
  /** The entry's key ({@link entryKey}), made once. */
  key: string;
}

/** A dictionary ready for matching: the entries, their keys and a trie over every folded name. */
export interface SecurityDictionary {
  readonly entries: readonly SecurityEntry[];
  /** Entry by `CODE.MARKET` (securities and indices with a market) or by code (others). */
  readonly byKey: ReadonlyMap<string, SecurityEntry>;
  /** Every listing of a company, by company key. */
  readonly byCompany: ReadonlyMap<string, readonly SecurityEntry[]>;
  /** Every folded name, ending at the targets it stands for; walk it with `longestNameAt` (names.ts). */
  readonly names: PackedTrie<NameTarget>;
  /**
   * How a text is read for these names (`NAME_READER`): it comes with the dictionary, so that `parse`
   * without one (codes only) does not carry the name matcher.
   */
  readonly reader: NameReader;
}

/** Names shorter than this are never matched alone (single characters are never names). */
const MIN_NAME_LENGTH = 2;

/** Markets in the order a bare name prefers them when one company lists on several. */
const MARKET_PREFERENCE: Record<string, number> = {
  SH: 0,
  SZ: 0,
  BJ: 0,
  HK: 1,
  NASDAQ: 2,
  NYSE: 2,
  AMEX: 2,
  LSE: 3,
};

/** `CODE.MARKET` for a listing or an index with a market, else its code, else (a board known by name) its name. */
export function entryKey(entry: { code: string; market: Market | null; name?: string }): string {
  if (entry.market) return `${entry.code}.${entry.market}`;
  return entry.code || (entry.name ?? "");
}

/** A Hong Kong RMB counter's code: 8 and the last four digits of the HKD counter it trades beside (`81810` for `01810`). */
const RMB_COUNTER = /^8(\d{4})\.HK$/;

/**
 * The company a listing (`CODE.MARKET`) belongs to: its entry's company link, else the listing itself.
 * A Hong Kong RMB counter the dictionary does not list trades the same shares as its HKD counter
 * (`81810.HK` beside `01810.HK`), so it belongs to that counter's company.
 */
export function companyOf(dictionary: SecurityDictionary, key: string): string {
  const entry = dictionary.byKey.get(key);
  if (entry) return entry.company ?? key;
  const hkd = RMB_COUNTER.exec(key);
  if (!hkd) return key;
  const counter = `0${hkd[1]}.HK`;
  const known = dictionary.byKey.get(counter);
  return known ? (known.company ?? counter) : key;
}

/** Builds the lookup structures over a list of entries. Later entries with the same key replace earlier ones. */
export function createDictionary(entries: readonly SecurityEntry[]): SecurityDictionary {
  const byKey = new Map<string, SecurityEntry>();
  for (const entry of entries) byKey.set(entryKey(entry), entry);
  const unique = [...byKey.values()];
  const byCompany = new Map<string, SecurityEntry[]>();
  for (const entry of unique) {
    if (!entry.company) continue;
    const list = byCompany.get(entry.company) ?? [];
    list.push(entry);
    byCompany.set(entry.company, list);
  }
  const building = new FlatTrie<NameTarget>(unique.length * 4);
  const folded = new Set<string>();
  for (const entry of unique) {
    const key = entryKey(entry);
    const ordinary = (name: string) => entry.commonWord || (entry.ordinaryNames?.includes(name) ?? false);
    const target = (name: string, subsidiary: boolean, alias: boolean): NameTarget => ({
      entry,
      subsidiary,
      alias,
      ordinary: ordinary(name),
      key,
    });
    addName(building, folded, entry.name, target(entry.name, false, false));
    for (const name of entry.aliases) addName(building, folded, name, target(name, false, true));
    for (const name of entry.subsidiaries) addName(building, folded, name, target(name, true, true));
  }
  const names = building.pack();
  for (const name of folded) {
    const node = names.nodeOf(name);
    names.setFlags(node, nameFlags(name, names.valueAt(node, 0)));
  }
  return { entries: unique, byKey, byCompany, names, reader: NAME_READER };
}

/** Adds entries (a user's list) to a dictionary, replacing entries with the same key. */
export function extendDictionary(
  base: SecurityDictionary,
  entries: readonly SecurityEntry[],
): SecurityDictionary {
  return createDictionary([...base.entries, ...entries]);
}

function addName(names: FlatTrie<NameTarget>, added: Set<string>, name: string, target: NameTarget): void {
  const folded = foldForMatch(name);
  if ([...folded].length < MIN_NAME_LENGTH) return;
  added.add(folded);
  const node = names.add(folded, target);
  const targets = names.valuesAt(node)!;
  // One entry reached twice by one name (a name that is also its alias) keeps its first target.
  const unique = targets.filter((t, i) => targets.findIndex((u) => u.entry === t.entry) === i);
  names.setValues(node, unique.sort(compareTargets));
}

/**
 * The listing a bare name means: a listing named so directly before a subsidiary; between two
 * companies, the one listed under the name before one that has it as another name (a former name
 * another company now trades under); between listings of one company, home markets first.
 */
function compareTargets(a: NameTarget, b: NameTarget): number {
  if (a.subsidiary !== b.subsidiary) return a.subsidiary ? 1 : -1;
  const company = (t: NameTarget) => t.entry.company ?? t.key;
  if (a.alias !== b.alias && company(a) !== company(b)) return a.alias ? 1 : -1;
  const rank = (t: NameTarget) => (t.entry.market ? (MARKET_PREFERENCE[t.entry.market] ?? 4) : 4);
  return rank(a) - rank(b);
}

const KIND_CODE: Record<string, EntryKind> = { s: "security", i: "index", b: "sector" };
const MARKET_CODES = new Set<string>(MARKETS);

/**
 * Reads the dictionary's own line format, one entry a line, tab-separated:
 * `kind code market name aliases subsidiaries flags company sources [ordinary names]` — kind `s`/`i`/`b`,
 * lists joined with `|`, flag `w` for a common word, `-` for an empty field; the last, optional column
 * lists the names that are ordinary words where the others are not. Lines starting with `#` are comments.
 */
export function readDictionaryLines(text: string): SecurityEntry[] {
  const entries: SecurityEntry[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [kind, code, market, name, aliases, subsidiaries, flags, company, sources, ordinaryNames] =
      line.split("\t");
    const entryKind = KIND_CODE[kind ?? ""];
    if (!entryKind || code === undefined || !name) continue;
    entries.push({
      kind: entryKind,
      code: code === "-" ? "" : code,
      market: market && MARKET_CODES.has(market) ? (market as Market) : null,
      name,
      aliases: list(aliases),
      subsidiaries: list(subsidiaries),
      commonWord: /[wx]/.test(flags ?? ""),
      venue: (flags ?? "").includes("x"),
      company: company && company !== "-" ? company : null,
      sources: list(sources),
      ...(ordinaryNames ? { ordinaryNames: list(ordinaryNames) } : {}),
    });
  }
  return entries;
}

/** Writes entries in the format {@link readDictionaryLines} reads. */
export function writeDictionaryLines(entries: readonly SecurityEntry[]): string {
  const kindCode = { security: "s", index: "i", sector: "b" } as const;
  const field = (items: readonly string[]) => (items.length === 0 ? "-" : items.join("|"));
  return entries
    .map((e) =>
      [
        kindCode[e.kind],
        e.code || "-",
        e.market ?? "-",
        e.name,
        field(e.aliases),
        field(e.subsidiaries),
        e.venue ? "x" : e.commonWord ? "w" : "-",
        e.company ?? "-",
        field(e.sources),
        ...(e.ordinaryNames?.length ? [field(e.ordinaryNames)] : []),
      ].join("\t"),
    )
    .join("\n");
}

function list(field: string | undefined): string[] {
  return !field || field === "-" ? [] : field.split("|").filter((item) => item !== "");
}

/** US tickers written without an exchange in a user's list (`US`) are NASDAQ unless said otherwise. */
const USER_MARKETS: Record<string, Market> = { US: "NASDAQ", SS: "SH", N: "NYSE", O: "NASDAQ" };

/**
 * Reads a user's list of securities: TSV or CSV with a header naming at least `code`, `market` and
 * `name` columns (`securities-seen.tsv` is one), optionally `aliases` (`|`-separated) and `kind`
 * (`security`, `index`, `sector`). Rows it cannot read are skipped and counted.
 */
export function readSecurityList(
  text: string,
  source: string,
): { entries: SecurityEntry[]; skipped: number } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const separator = (lines[0] ?? "").includes("\t") ? "\t" : ",";
  const header = (lines[0] ?? "").split(separator).map((h) => h.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const [codeAt, marketAt, nameAt, aliasesAt, kindAt] = ["code", "market", "name", "aliases", "kind"].map(
    column,
  );
  const entries: SecurityEntry[] = [];
  let skipped = 0;
  if (codeAt === undefined || codeAt < 0 || nameAt === undefined || nameAt < 0) {
    return { entries, skipped: lines.filter((l) => l.trim() !== "").length };
  }
  for (const line of lines.slice(1)) {
    if (line.trim() === "") continue;
    const cells = line.split(separator).map((c) => c.trim());
    const code = cells[codeAt] ?? "";
    const name = cells[nameAt] ?? "";
    const rawMarket = (marketAt !== undefined && marketAt >= 0 ? cells[marketAt] : "")?.toUpperCase() ?? "";
    const market = MARKET_CODES.has(rawMarket) ? (rawMarket as Market) : (USER_MARKETS[rawMarket] ?? null);
    const kindCell = kindAt !== undefined && kindAt >= 0 ? cells[kindAt] : "";
    const kind: EntryKind = kindCell === "index" || kindCell === "sector" ? kindCell : "security";
    if (name === "" || (kind === "security" && (code === "" || market === null))) {
      skipped++;
      continue;
    }
    entries.push({
      kind,
      code,
      market,
      name,
      aliases: aliasesAt !== undefined && aliasesAt >= 0 ? list(cells[aliasesAt]) : [],
      subsidiaries: [],
      commonWord: false,
      company: null,
      sources: [source],
    });
  }
  return { entries, skipped };
}
