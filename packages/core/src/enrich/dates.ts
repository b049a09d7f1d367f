import { ENRICH_DATES_PATTERNS } from "@caixun/core/text/rule-patterns";
/** Date normalisation: every date becomes ISO 8601 with an explicit offset, or null. */
import { CHINA_OFFSET } from "../policy/zone.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`ENRICH_DATES_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let enrichDatesPatternsCompiled = false;
/**
 * `2022-01-30 09:59:17 +0800`, `2022-01-30T09:59:17Z`, `2022/1/30 9:59`, `2022-01-30`, and with the weekday a
 * page writes after it (`2025-12-29 17:11 星期一`, `2025-12-29（周一）`), which says nothing more.
 */
let ISO_LIKE: RegExp;
/** RFC 2822: `Sat, 09 Apr 2022 13:05:33 GMT`. */
let RFC_2822: RegExp;
/** `2022年4月28日`, `2022年04月28日 14:08`, `2022年4月28日14时8分`. */
let CHINESE: RegExp;
/**
 * A US date with a two-digit year, `03/24/87` (the Wall Street Journal's `<DD>` in TREC): the month first, as
 * American dates are written, unless the first number cannot be a month (`24/03/87`). A four-digit year's
 * slashed date is not read here: it is written day first as often (`13/10/2020`, `date-evidence.ts`).
 */
let US_SHORT_DATE: RegExp;
/**
 * A day with a two-digit year first, as Chinese sites and APIs abbreviate it (`news_time: "16-2-17"` in a site mock,
 * `"date": "16-04-28"` beside `"time": "11:00"` in a Baidu API store response), perhaps with its time: hyphens only,
 * for a slashed short date is the American month first (`US_SHORT_DATE`).
 */
let SHORT_YEAR_DAY: RegExp;
/**
 * A day written as eight digits, year month day (`20000129`: a database's issue date, `【原刊期号】`); six digits
 * (`200003`, a journal's month) name no day and are no date.
 */
let COMPACT_DAY: RegExp;

/** Compiles `ENRICH_DATES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileEnrichDatesPatterns(): void {
  [ISO_LIKE, RFC_2822, CHINESE, US_SHORT_DATE, SHORT_YEAR_DAY, COMPACT_DAY] = ENRICH_DATES_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<6>;
  enrichDatesPatternsCompiled = true;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The months' full names, in order (`March`); `MONTHS` holds their three-letter forms. */
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?\\s+";
/** An English day without a time, day first: `9 Mar 1994` (FBIS's `<DATE1>` in TREC), `Wed, 09 March 1994`. */
const ENGLISH_DAY = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})$`);
/** The same, month first: `March 9, 1994`, `Mar. 9 1994`. */
const ENGLISH_MONTH_DAY = new RegExp(`^(?:${WEEKDAY})?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`);
/**
 * A two-digit year's century, as POSIX `strptime` reads `%y`: 69–99 are 1969–1999, 00–68 are 2000–2068.
 */
const FIRST_YEAR_OF_1900S = 69;

/** A two-digit year's full year (`FIRST_YEAR_OF_1900S`). */
function fullYear(two: number): number {
  return two >= FIRST_YEAR_OF_1900S ? 1900 + two : 2000 + two;
}

/** A month's number, as text, from its English name or its three-letter (or `Sept`) form; undefined for any other word. */
function numberOfMonth(word: string): string | undefined {
  const name = word.toLowerCase();
  const number = name === "sept" ? 9 : (MONTHS[name] ?? MONTH_NAMES.indexOf(name) + 1);
  return number > 0 ? String(number) : undefined;
}

/** Parses a date as files write it; null when it is not a real date. A zone-less date is Asia/Shanghai. */
export function normalizeDate(value: unknown): string | null {
  if (!enrichDatesPatternsCompiled) compileEnrichDatesPatterns();
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().replace(/\.\d{3}Z$/, "Z");
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  let m = ISO_LIKE.exec(text);
  if (m) return build(m[1], m[2], m[3], m[4], m[5], m[6], zone(m[7]));
  m = RFC_2822.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month === undefined) return null;
    return build(m[3], String(month), m[1], m[4], m[5], m[6], zone(m[7]));
  }
  m = CHINESE.exec(text);
  if (m) return build(m[1], m[2], m[3], m[4], m[5], m[6], CHINA_OFFSET);
  m = COMPACT_DAY.exec(text);
  if (m) return build(m[1], m[2], m[3], undefined, undefined, undefined, CHINA_OFFSET);
  m = SHORT_YEAR_DAY.exec(text);
  if (m) return build(String(fullYear(Number(m[1]))), m[2], m[3], m[4], m[5], m[6], CHINA_OFFSET);
  return englishDay(text);
}

/** A day as English-language corpora write it (`ENGLISH_DAY`, `ENGLISH_MONTH_DAY`, `US_SHORT_DATE`), or null. */
function englishDay(text: string): string | null {
  if (!enrichDatesPatternsCompiled) compileEnrichDatesPatterns();
  const dayFirst = ENGLISH_DAY.exec(text);
  const monthFirst = dayFirst === null ? ENGLISH_MONTH_DAY.exec(text) : null;
  let parts: [year: string, month: string | undefined, day: string];
  if (dayFirst !== null) parts = [dayFirst[3]!, numberOfMonth(dayFirst[2]!), dayFirst[1]!];
  else if (monthFirst !== null) parts = [monthFirst[3]!, numberOfMonth(monthFirst[1]!), monthFirst[2]!];
  else {
    const us = US_SHORT_DATE.exec(text);
    if (us === null) return null;
    const year = String(fullYear(Number(us[3])));
    parts = Number(us[1]) <= 12 ? [year, us[1], us[2]!] : [year, us[2], us[1]!];
  }
  const [year, month, day] = parts;
  return month === undefined ? null : build(year, month, day, undefined, undefined, undefined, CHINA_OFFSET);
}

/** A calendar date (from a dateline) at midnight Asia/Shanghai. */
export function dateFromParts(year: number, month: number, day: number): string | null {
  return build(String(year), String(month), String(day), undefined, undefined, undefined, CHINA_OFFSET);
}

function zone(raw: string | undefined): string {
  if (raw === undefined) return CHINA_OFFSET;
  const upper = raw.toUpperCase();
  if (upper === "Z" || upper === "UTC" || upper === "GMT" || upper === "UT") return "Z";
  const digits = raw.replace(":", "");
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

function build(
  y: string | undefined,
  mo: string | undefined,
  d: string | undefined,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  offset: string,
): string | null {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  // An offset is whole hours and minutes, at most +14:00 (Kiribati): `+08:60` or `+14:30` is no instant.
  const offsetHours = offset === "Z" ? 0 : Number(offset.slice(1, 3));
  const offsetMinutes = offset === "Z" ? 0 : Number(offset.slice(4, 6));
  if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 14 * 60) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}
