import { setOwn } from "../assemble/own-property.js";
import type { ParseSettings } from "../settings.js";
import { wordCharacters } from "../text/chars.js";
import { WEB_ADDRESS } from "../text/url.js";

/**
 * Field roles inferred from values: what each key of a scraper's records holds when its names say nothing
 * (`{d, t, s, x, h}`, `{s, t, r, x}`, `{d, fp, v, t, f, fn, x}`). A name mapping carries to no next scraper;
 * the shape of the values does — across the records of one array, the prose is the long, varying Chinese
 * field, a day, a time of day and a whole stamp are read by their form, a feed label repeats, a hash is hex,
 * a sentiment mark has no letter, and a matching key is the prose with its punctuation dropped.
 */
export type FieldRole =
  /** The record's prose: the longest varying field with Chinese in it. */
  | "text"
  /** The text normalised for matching (punctuation and spaces dropped): a copy, not text. */
  | "copy"
  /** A day alone (`2026-10-05`). */
  | "day"
  /** A time of day alone (`15:10`), joined with a day beside it. */
  | "time-of-day"
  /** A day with its time (`2026-09-15 21:56`). */
  | "stamp"
  /** A web address. */
  | "url"
  /** A hash, fingerprint or id in hexadecimal (`7dbf676d4638c8aa`). */
  | "code"
  /** A row's headline: read only where the keys are a table's columns in order (`withHeadline`). */
  | "headline"
  /** Anything else: a feed label or key, a category, a score, a mark (`⚪`), a version. */
  | "other";

export type FieldRoles = ReadonlyMap<string, FieldRole>;

/** How many records of one array the roles are inferred from: the first ones, enough to see what varies. */
const ROLE_SAMPLE = 32;

const DAY = /^\d{4}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])$/;
const TIME_OF_DAY = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
const STAMP = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** Eight or more hex digits with a digit and a letter among them: a hash, never a word or a number. */
const HEX_CODE = /^(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}$/i;
const HAN = /\p{Script=Han}/gu;
/** With three or more records, a field whose values repeat this often is a label (a feed's name), not prose. */
const DISTINCT_SHARE = 0.5;

/**
 * The role of each key of `records` (the records of one array, or one record alone), from their string values;
 * null when no field reads as prose (`settings.recordTextMinHan`), so the records are no news. A record holding
 * records in an array is a group, never inferred (its arrays are read instead). A key in `named` (one the record
 * mapping reads by its name: `title`, `source`, `author`) says what it holds, and is never the text.
 */
export function inferFieldRoles(
  records: readonly Record<string, unknown>[],
  settings: Pick<ParseSettings, "recordTextMinHan">,
  named: ReadonlySet<string> = new Set(),
): FieldRoles | null {
  const sample = records.slice(0, ROLE_SAMPLE);
  const values = new Map<string, string[]>();
  // The longest name among the records' citation lists (`citedLength`): 0 where they have none.
  let cited = 0;
  for (const record of sample) {
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const value = record[key];
      if (Array.isArray(value) && value.some((item) => item !== null && typeof item === "object")) {
        const length = citedLength(value);
        if (length === null) return null;
        cited = Math.max(cited, length);
        continue;
      }
      if (typeof value !== "string" || value.trim() === "") continue;
      const list = values.get(key);
      if (list === undefined) values.set(key, [value.trim()]);
      else list.push(value.trim());
    }
  }
  const roles = new Map<string, FieldRole>();
  const prose: string[] = [];
  for (const [key, list] of values) {
    const role = shapeOf(list);
    if (role !== null) roles.set(key, role);
    else if (!named.has(key) && isProse(list, sample.length, settings.recordTextMinHan)) prose.push(key);
    else roles.set(key, "other");
  }
  // A field that is another's words with the punctuation dropped is a matching key: the one punctuated is the text.
  const originals = prose.filter(
    (key) => !prose.some((other) => other !== key && isCopyOf(values, key, other)),
  );
  for (const key of prose) if (!originals.includes(key)) roles.set(key, "copy");
  const text = longest(originals, values);
  if (text === null) return null;
  // A record citing its sources writes more than it cites: a text no longer than the names it lists is a group's
  // label over its records (a site's `{name, items: […]}`), read as such.
  if (cited > 0 && values.get(text)!.some((value) => value.length < CITED_PROSE_RATIO * cited)) return null;
  for (const key of originals) roles.set(key, key === text ? "text" : "other");
  return roles;
}

/**
 * The record with its fields under the names the record mapping reads, by role: the text as `content`, a day
 * as `date` and a time of day as `time` (which the publish date joins), a lone stamp as `published`, a web
 * address as `url`. A name the record already uses is left to it; every other key stays as it is (`extra`).
 */
export function withRoleNames(record: Record<string, unknown>, roles: FieldRoles): Record<string, unknown> {
  const stamps = [...roles.values()].filter((role) => role === "stamp").length;
  const named: Record<string, unknown> = {};
  const renamed = new Set<string>();
  for (const [key, role] of roles) {
    const name = ROLE_NAMES[role];
    const value = record[key];
    if (name === undefined || typeof value !== "string" || value.trim() === "") continue;
    // Two stamps (a publish time beside a fetch time, no name to tell them) give none.
    if (role === "stamp" && (stamps > 1 || [...roles.values()].includes("day"))) continue;
    if (Object.hasOwn(record, name) || Object.hasOwn(named, name)) continue;
    named[name] = value;
    renamed.add(key);
  }
  for (const key in record) {
    if (Object.hasOwn(record, key) && !renamed.has(key) && !Object.hasOwn(named, key))
      setOwn(named, key, record[key]);
  }
  return named;
}

const ROLE_NAMES: Partial<Record<FieldRole, string>> = {
  text: "content",
  headline: "title",
  day: "date",
  "time-of-day": "time",
  stamp: "published",
  url: "url",
};

/**
 * The roles of a table's row whose columns nothing names, its keys in the columns' order: the headline is the
 * first one-line value with Han before the text, as tables put the title after the id and before the body.
 */
export function withHeadline(record: Record<string, unknown>, roles: FieldRoles): FieldRoles {
  for (const key in record) {
    const role = roles.get(key);
    if (role === "text") return roles;
    const value = record[key];
    // One line, no markup, some Han: tested by parts, as one pattern backtracks on a long run of Han before a line end.
    if (role === "other" && typeof value === "string" && !/[\n<]/.test(value.trim()) && holdsHan(value, 1))
      return new Map(roles).set(key, "headline");
  }
  return roles;
}

/** The keys of a row's values when nothing names its columns (a SQL insert without a column list, a header-less CSV): their places, `column1` on. */
export function placeKeys(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `column${index + 1}`);
}

/** Unix seconds from 2001-09-09 to 2286 as a string: ten digits, the first a 1. */
const UNIX_SECONDS = /^1\d{9}$/;

/**
 * The roles of a table's row whose columns nothing names, its keys in the columns' order: the first column of Unix
 * seconds (`add_time` before `update_time`, as a CMS writes a row's creation before its updates) is its publish time,
 * when no column reads as a date.
 */
export function withRowTime(record: Record<string, unknown>, roles: FieldRoles): FieldRoles {
  if ([...roles.values()].some((role) => role === "stamp" || role === "day")) return roles;
  for (const key in record) {
    const value = record[key];
    if (roles.get(key) === "other" && typeof value === "string" && UNIX_SECONDS.test(value.trim()))
      return new Map(roles).set(key, "stamp");
  }
  return roles;
}

/** The role every value's form gives (a web address, a day, a time, a stamp, a hex code), or null. */
function shapeOf(list: readonly string[]): FieldRole | null {
  for (const [role, pattern] of SHAPES) if (list.every((value) => pattern.test(value))) return role;
  return null;
}

const SHAPES: readonly (readonly [FieldRole, RegExp])[] = [
  ["url", WEB_ADDRESS],
  ["day", DAY],
  ["time-of-day", TIME_OF_DAY],
  ["stamp", STAMP],
  ["code", HEX_CODE],
];

/** How much longer than the longest name it cites a record's every text is (`citedLength`). */
const CITED_PROSE_RATIO = 3;
/** The most fields a citation holds (`{name, url, date}`, with a type or a page). */
const CITATION_MAX_FIELDS = 5;

/**
 * The length of the longest name in a list of citations — objects of a few strings, each giving a web address (a
 * research card's `sources: [{name: "沪电股份2026H1半年报", url: "…PDF", date: "2026-08-26"}]`: the filings it read) —
 * the length counted without the addresses; null when the list is anything else (records of their own, with a text).
 */
function citedLength(list: readonly unknown[]): number | null {
  let longestName = 0;
  for (const item of list) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return null;
    let fields = 0;
    let address = false;
    for (const value of Object.values(item)) {
      if (++fields > CITATION_MAX_FIELDS || (typeof value !== "string" && value !== null)) return null;
      if (value === null) continue;
      if (WEB_ADDRESS.test(value)) address = true;
      else longestName = Math.max(longestName, value.length);
    }
    if (!address) return null;
  }
  return longestName;
}

/** Whether a field's values read as prose: one holds `minHan` Han characters, and across three or more records they vary. */
function isProse(list: readonly string[], records: number, minHan: number): boolean {
  if (!list.some((value) => holdsHan(value, minHan))) return false;
  return records < 3 || new Set(list).size >= list.length * DISTINCT_SHARE;
}

/** Whether a value holds `count` Han characters (read only as far as the count). */
export function holdsHan(value: string, count: number): boolean {
  let seen = 0;
  for (const _ of value.matchAll(HAN)) if (++seen >= count) return true;
  return count <= 0;
}

/**
 * Whether `copy`'s values are `original`'s with the punctuation and spaces dropped: never punctuated themselves,
 * and each the other's words or starting with them (the original cut short, the copy whole) or the reverse.
 */
function isCopyOf(values: ReadonlyMap<string, string[]>, copy: string, original: string): boolean {
  const copies = values.get(copy)!;
  const originals = values.get(original)!;
  if (copies.length !== originals.length) return false;
  return copies.every((value, index) => {
    const words = wordCharacters(originals[index]!);
    return (
      wordCharacters(value) === value &&
      words !== originals[index] &&
      words !== "" &&
      (value.startsWith(words) || words.startsWith(value))
    );
  });
}

/** The key whose values are longest on the whole; null for none. */
function longest(keys: readonly string[], values: ReadonlyMap<string, string[]>): string | null {
  let best: string | null = null;
  let bestLength = -1;
  for (const key of keys) {
    const length = values.get(key)!.reduce((sum, value) => sum + value.length, 0);
    if (length > bestLength) {
      best = key;
      bestLength = length;
    }
  }
  return best;
}
