import { ENRICH_DATE_EVIDENCE_PATTERNS } from "@caixun/core/text/rule-patterns";
import { chinaDay } from "../policy/zone.js";
import { fileNameOf } from "../readers/file-path.js";
import { halfWidthDigits } from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { dateFromParts, normalizeDate } from "./dates.js";

/**
 * The patterns below are compiled from their literals (`ENRICH_DATE_EVIDENCE_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let enrichDateEvidencePatternsCompiled = false;
/**
 * A blog's day as WordPress's `F jS, Y` writes it in any locale: the month's name — Chinese (`十一月`, `12月`) or
 * English (`November`, `Nov.`) — then the day with or without its English ordinal, a comma and the year
 * (`十一月 6th, 2009`, `12月 5th, 2019`, `November 6th, 2009`). @bounded: anchored at the end, no open repeat.
 */
let BLOG_DAY: RegExp;
/**
 * A WordPress theme's post meta under the headline as a mirror keeps its text: `By:`, the posting account, a dot,
 * the day as `Y-n-j` and a dot, maybe the view counter (`By: 爱德布克 . 2011-1-9. 5,734`). @bounded: anchored at both
 * ends, the account's name a lazy run of at most 30 characters that holds no separator.
 */
let BYLINE_META_DAY: RegExp;
/**
 * The day a document closes with under its signature (落款), as a listed company's announcement, a notice or a letter
 * does: the day alone on the last line (`2026年4月30日` under `广东汇成真空科技股份有限公司董事会`), or glued to the
 * signatory, a body ending in an organisation's word (`北京科蓝软件系统股份有限公司董事会2026 年 4 月 30 日`, a PDF's
 * lines run together). @bounded: anchored, read on a line of at most `SIGNATURE_LINE_MAX` characters.
 */
let SIGNATURE_DAY: RegExp;
/** The scheme and host of an address, before its path. */
let URL_HOST: RegExp;
/** More digits than a date and a time (`yyyyMMddHHmmss`, 14) can fill. */
let LONG_DIGITS: RegExp;
/** A folder that is a day and nothing else: `2016-02-02`, `20160202`, `2016年2月2日`. */
let DAY_FOLDER: RegExp;
/** A note after a stamp naming China's time (`(北京时间)`, `（北京时间）`), alone after it. */
let CHINA_TIME_NOTE: RegExp;
/** A badge a page sets before its stamp (`原创 2021-02-26 09:00· 一灯架构`): it says nothing of the date. */
let STAMP_BADGE: RegExp;
/**
 * A writer's name before a page's stamp: two to four Han characters, or a Latin name; on a page's info line maybe
 * the outlet's name between them, set in an element of its own (`王博 中国证券报·中证网 2020-12-01 18:59`).
 */
let WRITER_BEFORE_STAMP: RegExp;
// An ISO 8601 stamp (`2020-10-09T13:46:21.129Z`) has a T between day and hour, a fraction and a zone. The blanks
// after a `日` sit in its optional group, so that blanks with no `日` are not split between two runs (10^5 tabs: 7.7 s).
let STAMP: RegExp;
let TIME_AFTER_DAY: RegExp;

/** Compiles `ENRICH_DATE_EVIDENCE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileEnrichDateEvidencePatterns(): void {
  [
    BLOG_DAY,
    BYLINE_META_DAY,
    SIGNATURE_DAY,
    URL_HOST,
    LONG_DIGITS,
    DAY_FOLDER,
    CHINA_TIME_NOTE,
    STAMP_BADGE,
    WRITER_BEFORE_STAMP,
    STAMP,
    TIME_AFTER_DAY,
  ] = ENRICH_DATE_EVIDENCE_PATTERNS.map(regexFromLiteral) as RegExps<11>;
  enrichDateEvidencePatternsCompiled = true;
}

/**
 * Where a publish date can come from besides the front matter's `date`, and how far each is
 * trusted. A file states its date in many places; the strongest wins and a second one that names
 * another day is reported (`date-conflict`), never silently dropped.
 *
 * Order of trust, strongest first:
 * 1. `front-matter` — the `date` field the generator wrote.
 * 2. `stamp-line` — a time-stamp line under the title (`2019-09-26 12:11 来源：…`, `08-31 06:30 Wind`).
 * 3. `metadata` — a labelled field in the body (`- 日期: 2025.06.03`).
 * 4. `dateline` — a dateline with a year (`2022年4月28日电`).
 * 5. `title` — a date written in the title (`新闻联播 2026-06-08`, `陆家嘴财经早餐2024年8月31日星期六`).
 * 6. `file-name` — a date in the file name (`2023-5-6-晨报.md`, `20220330_...`).
 * 6b. `folder` — the file's folder, when it is a day (`2016-02-02/<headline>.txt`, `2016/02/02/…`): the day a
 *    news data set unpacked as a directory tree files its stories under. The folder groups many files, the
 *    name is the file's own: the name is trusted first.
 * 7. `url` — a date in the path of the story's address (`…/money/fund/2026-05-08/doc-….shtml`,
 *    `/rain/a/20220728A08TJW00.html`).
 * 8. `other-key` — a front-matter key of any other name whose whole value is a date (`发布时间:`,
 *    `time:`), never one naming the copy's or an edit's day (`created`, `updated`, `fetch_date`).
 *
 * Each source also has a weight (`DATE_WEIGHT`), and the day the most weight names wins: one
 * source alone never outweighs a stronger one, while weaker sources that agree on a day outweigh a
 * stronger one that stands alone (a title, a file name and an address naming one day over a
 * dateline naming another). The date kept is the most trusted candidate of that day.
 * A stamp line that has no year (`08-31 06:30`) takes it from the strongest dated candidate below
 * it (the title or the file name) when month and day agree, else from none. A day-only date (the
 * title's, the file name's) takes its time from a short line that writes the same day with a time
 * (`（《新闻联播》 20260122 19:00）`), wherever it stands.
 */
export const DATE_TRUST = [
  "front-matter",
  "stamp-line",
  "metadata",
  "dateline",
  "title",
  "file-name",
  "folder",
  "url",
  "other-key",
] as const;
export type DateSource = (typeof DATE_TRUST)[number];

export interface DateCandidate {
  from: DateSource;
  /** ISO 8601 with offset, as `normalizeDate` writes it. */
  date: string;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** `2023-5-6`, `2023.05.06`, `2023/5/6`, `2023年5月6日`, `20230506`, with no digit glued on either side. */
const DAY_PATTERNS: readonly RegExp[] = [
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u,
  /(?<!\d)(\d{4})[-./_](\d{1,2})[-./_](\d{1,2})(?!\d)/u,
  /(?<!\d)(20\d{2}|19\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])(?!\d)/u,
];

/** A line that is one day and nothing else, as `DAY_PATTERNS` write it with separators. */
const DAY_ALONE = /^\d{4}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|([-./])\d{1,2}\1\d{1,2})$/u;

/** A calendar date written in a piece of text (a title, a file name), or null. */
export function calendarDateIn(text: string): CalendarDate | null {
  const normalised = halfWidthDigits(text);
  for (const pattern of DAY_PATTERNS) {
    const match = pattern.exec(normalised);
    if (!match) continue;
    const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (dateFromParts(date.year, date.month, date.day) !== null) return date;
  }
  return null;
}

/** Chinese numerals of the months, in order (`十一月`), as a localised blog theme names them. */
const HAN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
/** The longest line under a headline a blog's day is read from: a category's name, then the day. */
const BLOG_DAY_LINE_MAX = 40;

/**
 * The day a short line under a page's headline ends with in a blog's words (`BLOG_DAY`: `其它内容 十一月 6th, 2009`,
 * a category and the day), or is alone (`DAY_ALONE`); null for a longer line, a clause before the day, or no such day.
 */
export function dayClosingLine(text: string): CalendarDate | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  const line = halfWidthDigits(text.trim());
  if (line.length > BLOG_DAY_LINE_MAX) return null;
  // A theme's post meta (`By: 高鸿钧 . 2009-5-4. 5,599`): the English label opens it, which the first letter tells.
  if (line.charCodeAt(0) === 0x42) {
    const meta = BYLINE_META_DAY.exec(line);
    if (meta !== null) {
      const date = { year: Number(meta[1]), month: Number(meta[2]), day: Number(meta[3]) };
      return dateFromParts(date.year, date.month, date.day) !== null ? date : null;
    }
  }
  // A day alone (`2026-07-20`: a notes site's `<span class="date">` under the headline, its tags beside it left out).
  if (DAY_ALONE.test(line)) return calendarDateIn(line);
  const blog = BLOG_DAY.exec(line);
  // Before the day, a label's words (a category, `Posted in`), never a clause.
  if (blog?.groups === undefined || /[，。；！？,;!?]/u.test(line.slice(0, blog.index))) return null;
  const g = blog.groups;
  const month =
    g.han !== undefined
      ? HAN_MONTHS.indexOf(g.han) + 1
      : g.digits !== undefined
        ? Number(g.digits)
        : MONTHS.indexOf(g.latin!.slice(0, 3).toLowerCase()) + 1;
  const date = { year: Number(g.year), month, day: Number(g.day) };
  return month > 0 && dateFromParts(date.year, date.month, date.day) !== null ? date : null;
}
/** The longest closing line a signature's day is read from: a signatory's name, then the day. */
const SIGNATURE_LINE_MAX = 64;

/**
 * The day a text closes with under its signature (`SIGNATURE_DAY`), read on its last line (a Markdown heading's marks
 * set aside); null when the last line is anything else.
 */
export function signatureDay(text: string): string | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  const trimmed = text.trimEnd();
  const line = trimmed.slice(trimmed.lastIndexOf("\n") + 1).replace(/^#{1,6}\s+/u, "");
  if (line.length > SIGNATURE_LINE_MAX) return null;
  const day = SIGNATURE_DAY.exec(halfWidthDigits(line));
  return day === null ? null : dateFromParts(Number(day[1]), Number(day[2]), Number(day[3]));
}

/**
 * A calendar date in the path of an address (`/2026-05-08/doc-…`, `/a/202605073730438926.html`), or of a site-relative
 * one as a scraper keeps it (`/realtime/china/story20230316-1373066`), or null.
 */
export function dateFromUrl(url: string): CalendarDate | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  const path = url.replace(URL_HOST, "");
  return path === url && url[0] !== "/"
    ? null
    : dateFromFileName(path.replace(/[?#].*$/su, "").replace(/\//g, " "));
}

/**
 * The day an address's folders name in the first of `forms` that holds a real day (each a pattern whose three groups
 * are a year, a month and a day: `STORY_DAY_FOLDERS`, `PAGE_DAY_FOLDERS`), or null; not its file's name, which
 * `dateFromUrl` reads. The month is its number or its English abbreviation (`jun`).
 */
export function dayInFoldersOfUrl(url: string, forms: readonly RegExp[]): CalendarDate | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  const path = url.replace(URL_HOST, "").replace(/[?#].*$/su, "");
  for (const folders of forms) {
    const found = folders.exec(path);
    if (found === null) continue;
    const month = Number(found[2]) || MONTHS.indexOf(found[2]!) + 1;
    const date = { year: Number(found[1]), month, day: Number(found[3]) };
    if (dateFromParts(date.year, date.month, date.day) !== null) return date;
  }
  return null;
}

/** A year's, a month's and a day's folders in a row: `/2026/09/03/`, as CMSs and blogs lay out stories. */
const DAY_FOLDERS = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//u;

/** A year's folder, then a month's and a day's digits in one folder: `/2019/0906/`, as 经济观察网 and 人民网 lay out stories. */
const YEAR_AND_DAY_FOLDERS = /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//u;

/** A year's folder, maybe a section's, then a month's English abbreviation and a day's: `/2013/new/jun/29/`. */
const MONTH_NAME_FOLDERS =
  /\/((?:19|20)\d{2})\/(?:[a-z]{1,12}\/)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(\d{1,2})\//u;

/**
 * The folders a story's address names its day in, a record's own link or web address: a year's, a month's and a day's
 * (`news.cctv.com/2026/09/03/…`), or a year's and a month-and-day one (人民网's `/n1/2022/0530/c1001-…`). Read only off
 * a record's own link: a file's `来源：` address is the original's, whose day a translation or a repost is not.
 */
export const STORY_DAY_FOLDERS: readonly RegExp[] = [DAY_FOLDERS, YEAR_AND_DAY_FOLDERS];

/**
 * The folders a page's own address (its `og:url` or canonical link) names its day in: a year's, a month's and a day's,
 * the month maybe written as its English abbreviation after a section's folder (`/2013/new/jun/29/today-t2.htm` on
 * 自由時報's old site, `/business/2022/sep/06/…` on The Guardian's).
 */
export const PAGE_DAY_FOLDERS: readonly RegExp[] = [DAY_FOLDERS, MONTH_NAME_FOLDERS];

/**
 * The day a story's address names anywhere a CMS puts it: in its file's name (`dateFromUrl`) or in its folders
 * (`STORY_DAY_FOLDERS`); null otherwise.
 */
export function dayOfStoryUrl(url: string): CalendarDate | null {
  return dateFromUrl(url) ?? dayInFoldersOfUrl(url, STORY_DAY_FOLDERS);
}

/**
 * A code of Latin letters and more digits than a date and a time (`yyyyMMddHHmmss`, 14) can fill: 东方财富's report
 * infocode `AP202603171820594711`, its announcement code `AN…`. The letters name the code's kind; its digits open with
 * the day the code was issued, which is not the story's (a crawler's record of `infocode=AP202607231827290069` gives the
 * report `date: '2026-07-20'`).
 * Such a run after a Latin letter is the code's number and goes; any other run stays.
 */
function withoutLetteredCode(run: string, at: number, name: string): string {
  const before = name.charCodeAt(at - 1) | 0x20;
  return before >= 0x61 && before <= 0x7a ? "" : run;
}

/** The date in a file's name (its last path segment), or null. */
export function dateFromFileName(path: string): CalendarDate | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  // A long run of digits alone is an id (`202112082206703990`), not a date: look only at its start. The digit run is
  // found first and its letter checked after: a look-behind leading the pattern would be tried at every character.
  return calendarDateIn(withoutDigitsPastDay(fileNameOf(path).replace(LONG_DIGITS, withoutLetteredCode)));
}

/**
 * The name with each run of digits cut to its first eight (`20211208` of `202112082206703990`), the most a day
 * written without separators takes: what `name.replace(/(?<=\d{8})\d+/g, "")` gives, by a capture of the eight
 * instead of a look-behind, which a pattern opening with it tries at every character of the name.
 */
export function withoutDigitsPastDay(name: string): string {
  return name.replace(/(\d{8})\d+/g, "$1");
}

/**
 * The day a file's folder names: its folder is a day (`2016-02-02/<headline>.txt`), or its last three are a
 * year, a month and a day (`2016/02/02/<name>.md`, as archives and static sites lay out posts). A folder that
 * holds a date among other words (`export-2023-01-05/`) is not read: it may be the day of the copy. Null for
 * any other path, or a file name alone.
 */
export function dateFromFolder(path: string): CalendarDate | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  // Most paths are in no day folder: the character before the file name says so without splitting the path.
  const cut = path.length - fileNameOf(path).length - 1;
  const last = cut > 0 ? path.charCodeAt(cut - 1) : 0;
  if (!((last >= 0x30 && last <= 0x39) || last === 0x65e5)) return null;
  const folders = path.slice(0, cut).split(/[\\/]/);
  const parent = folders[folders.length - 1];
  if (parent !== undefined && DAY_FOLDER.test(parent)) return calendarDateIn(parent);
  if (folders.length < 3) return null;
  const chain = folders.slice(-3).join("/");
  return /^\d{4}\/\d{1,2}\/\d{1,2}$/u.test(chain) ? calendarDateIn(chain) : null;
}

export interface StampLine {
  /** Month, day and time as written; the year when the line states one. */
  year: number | null;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** What follows the time on the line (`来源：证券时报网`, `Wind EnRA+A-`), trimmed. */
  rest: string;
  /** The zone an ISO stamp states (`Z`, `+08:00`); without one the time is Asia/Shanghai's. */
  zone?: string;
}

/**
 * A time-stamp line: a date with a time at the start of a short line, maybe followed by a credit,
 * an outlet or the page's buttons (`2019-09-26 12:11来源：证券时报网作者：李在山`,
 * `2019年06月15日08:18  来源：人民网-文化频道`, `08-31 06:30 Wind EnRA+A-`). Null for anything
 * else, a line that goes on into a sentence included.
 */
export function readStampLine(text: string, maxRest = 40): StampLine | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  const line = halfWidthDigits(text.trim()).replace(STAMP_BADGE, "");
  const read = readStamp(line);
  if (read === null) return null;
  // `2026-03-12 17:20:10 (北京时间)`: the note names China's zone, the one a stamp without a zone is read in.
  const after = line.slice(read.length).trim();
  const rest =
    after.endsWith("时间)") || after.endsWith("时间）") ? after.replace(CHINA_TIME_NOTE, "") : after;
  if (rest.length > maxRest || /[。！？!?]/u.test(rest) || /[，,]\s*\p{Script=Han}{4,}/u.test(rest))
    return null;
  return { ...read.stamp, rest };
}

/**
 * A writer named before the stamp on a page's line under its headline (`葛冬瑾 05-08 12:30`), with
 * `outletBetween` maybe the outlet between them, nothing after the time: the name, the outlet (or null) and the stamp; null for anything else.
 */
export function readWriterStamp(
  text: string,
  outletBetween = false,
): { name: string; outlet: string | null; stamp: StampLine } | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  const line = text.trim();
  const writer = WRITER_BEFORE_STAMP.exec(line);
  if (writer === null || (writer[2] !== undefined && !outletBetween)) return null;
  const stamp = readStampLine(line.slice(writer[0].length));
  return stamp !== null && stamp.rest === "" ? { name: writer[1]!, outlet: writer[2] ?? null, stamp } : null;
}

/** The stamp a line opens with, in any of the written forms, and how many characters it takes. */
function readStamp(line: string): { stamp: Omit<StampLine, "rest">; length: number } | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  const numeric = STAMP.exec(line);
  if (numeric?.groups) {
    const g = numeric.groups;
    return {
      length: numeric[0].length,
      stamp: {
        year: g.year ? Number(g.year) : null,
        month: Number(g.month),
        day: Number(g.day),
        hour: clockHour(Number(g.hour), g.meridiem),
        minute: Number(g.minute),
        second: g.second ? Number(g.second) : 0,
        ...(g.zone && g.year ? { zone: g.zone } : {}),
      },
    };
  }
  const latin = LATIN_STAMP.exec(line) ?? DAY_FIRST_STAMP.exec(line);
  if (!latin?.groups) return null;
  const g = latin.groups;
  const monthName = g.monthName ?? g.monthName2;
  let month = monthName ? MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1 : Number(g.numberTwo);
  let day = Number(g.day ?? g.day2 ?? g.numberOne);
  // `13/10/2020`: day first, as outside the United States; month first when the second number cannot be
  // a month, or when a twelve-hour clock (`3/5/2023 6:00 PM`) says the stamp is written the American way.
  if (!monthName && (month > 12 || (g.meridiem !== undefined && day <= 12))) [month, day] = [day, month];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const zone =
    g.zone === undefined
      ? undefined
      : /^(?:GMT|UTC|Z)$/iu.test(g.zone)
        ? "Z"
        : g.zone.replace(/^([+-]\d{2}):?(\d{2})$/u, "$1:$2");
  // `6:00 PM`: a twelve-hour clock.
  const pm = g.meridiem !== undefined && /^p/iu.test(g.meridiem);
  const hour = g.meridiem === undefined ? Number(g.hour) : (Number(g.hour) % 12) + (pm ? 12 : 0);
  return {
    length: latin[0].length,
    stamp: {
      year: Number(g.year),
      month,
      day,
      hour,
      minute: Number(g.minute),
      second: g.second ? Number(g.second) : 0,
      ...(zone ? { zone } : {}),
    },
  };
}

/**
 * The hour of a clock with an AM or PM after it (`5:35 PM` is 17): a twelve-hour clock's; an hour past
 * twelve is a 24-hour clock's whatever follows it (`17:35 PM`, as a template appends the marker).
 */
function clockHour(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined || hour > 12) return hour;
  return (hour % 12) + (/^p/iu.test(meridiem) ? 12 : 0);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME = "(?<monthName>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?)";
const CLOCK =
  "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?:\\s*(?<meridiem>[AaPp]\\.?[Mm]\\.?)(?![A-Za-z]))?\\s*(?<zone>GMT|UTC|Z|[+-]\\d{2}:?\\d{2}(?!\\d))?";
/**
 * An English stamp, as RSS and HTTP write it: `Thu, 08 Oct 2020 18:20:02 GMT`, `8 October 2020 18:20`,
 * `Oct 8, 2020 18:20`. The weekday, when written, comes first.
 */
const LATIN_STAMP = new RegExp(
  `^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?\\s+)?(?:(?<day>\\d{1,2})\\s+${MONTH_NAME}|${MONTH_NAME.replace("monthName", "monthName2")}\\s+(?<day2>\\d{1,2}),?)\\s+(?<year>\\d{4}),?\\s+(?:at\\s+)?${CLOCK}`,
  "iu",
);
/** A numeric stamp with the year last: `13/10/2020 - 00:05`, `08.10.2020 18:20`. */
const DAY_FIRST_STAMP = new RegExp(
  `^(?<numberOne>\\d{1,2})[/.](?<numberTwo>\\d{1,2})[/.](?<year>\\d{4})\\s*(?:[-–,]\\s*)?${CLOCK}`,
  "u",
);

/** A stamp line as an instant, its year from the line or, when the month and day agree, from `context`. */
export function stampDate(stamp: StampLine, context: CalendarDate | null): string | null {
  let year = stamp.year;
  if (year === null) {
    if (context === null || context.month !== stamp.month || context.day !== stamp.day) return null;
    year = context.year;
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${year}-${pad(stamp.month)}-${pad(stamp.day)}`;
  const time = `${pad(stamp.hour)}:${pad(stamp.minute)}:${pad(stamp.second)}`;
  return normalizeDate(stamp.zone ? `${day}T${time}${stamp.zone}` : `${day} ${time}`);
}

/** A calendar date as the start of that day in Asia/Shanghai. */
export function dayStart(date: CalendarDate): string | null {
  return dateFromParts(date.year, date.month, date.day);
}

export interface ResolvedDate {
  publishedAt: string | null;
  from: DateSource | null;
  /** Candidates that name another calendar day than the one chosen (in Asia/Shanghai). */
  conflicts: DateCandidate[];
}

/**
 * How much each source weighs when sources name different days. Each weighs more than any weaker
 * one alone; the stated date outweighs all the others together (the generator wrote it: 34 over their 33); below it,
 * sources that agree on a day outweigh a stronger one alone.
 */
export const DATE_WEIGHT: Readonly<Record<DateSource, number>> = {
  "front-matter": 34,
  "stamp-line": 9,
  metadata: 8,
  dateline: 5,
  title: 3,
  "file-name": 3,
  folder: 2,
  url: 2,
  "other-key": 1,
};

/**
 * The day the most weight names (ties to the most trusted source), its most trusted candidate, and
 * the candidates that name another day.
 */
export function resolvePublishDate(candidates: readonly DateCandidate[]): ResolvedDate {
  const ranked = [...candidates].sort((a, b) => DATE_TRUST.indexOf(a.from) - DATE_TRUST.indexOf(b.from));
  if (ranked.length === 0) return { publishedAt: null, from: null, conflicts: [] };
  // Each source counts once for a day, however many of its candidates name it.
  const weights = new Map<string, { weight: number; sources: Set<DateSource> }>();
  for (const candidate of ranked) {
    const day = shanghaiDay(candidate.date);
    const entry = weights.get(day) ?? { weight: 0, sources: new Set<DateSource>() };
    if (!entry.sources.has(candidate.from)) entry.weight += DATE_WEIGHT[candidate.from];
    entry.sources.add(candidate.from);
    weights.set(day, entry);
  }
  let best = ranked[0]!;
  for (const candidate of ranked) {
    if (weights.get(shanghaiDay(candidate.date))!.weight > weights.get(shanghaiDay(best.date))!.weight)
      best = candidate;
  }
  const day = shanghaiDay(best.date);
  return {
    publishedAt: withSecondsOf(best.date, ranked),
    from: best.from,
    conflicts: ranked.filter((c) => shanghaiDay(c.date) !== day),
  };
}

/**
 * `chosen`, a time written to the minute (`2024-05-09 22:30` under a headline), with the seconds another
 * candidate states for that same minute (a JSON-LD `datePublished` of `…14:30:07Z`): the same time, said
 * more exactly, in the chosen one's offset. `chosen` as it is when none does.
 */
function withSecondsOf(chosen: string, ranked: readonly DateCandidate[]): string {
  const time = Date.parse(chosen);
  // How far into the chosen minute another candidate's instant falls, when it does.
  const gap = ranked.map((c) => Date.parse(c.date) - time).find((ms) => ms > 0 && ms < 60_000);
  return gap === undefined || time % 60_000 || chosen[16] !== ":"
    ? chosen
    : `${chosen.slice(0, 17)}${String(Math.floor(gap / 1000)).padStart(2, "0")}${chosen.slice(19)}`;
}

/** The calendar day of an instant in Asia/Shanghai (`2022-04-09T20:05:33Z` → `2022-04-10`); an unreadable one's first ten characters. */
export function shanghaiDay(iso: string): string {
  return chinaDay(iso) ?? iso.slice(0, 10);
}

/** The longest line a day-with-time may stand on to give a day-only date its time. */
const TIME_LINE_MAX = 40;

/** How far past a day's spelling its time may start: a weekday and the zone's name may stand between (`（星期一）北京时间 06:18`). */
const TIME_AFTER_DAY_SPAN = 24;

/**
 * The instant of `day` when `text` writes that same day with a time on a short line of its own
 * (`（《新闻联播》 20260122 19:00）`, `2026-01-22 19:00 更新`, `2026年4月6日（星期一）北京时间 06:18`), else null.
 * `lineMax` is the longest line read: a caller passing one line that is itself the day's statement (a title) lifts it.
 * The day is searched for as literal spellings, so the scan is linear in the text.
 */
export function timeOnDay(text: string, day: CalendarDate, lineMax = TIME_LINE_MAX): string | null {
  if (!enrichDateEvidencePatternsCompiled) compileEnrichDateEvidencePatterns();
  const normalised = halfWidthDigits(text);
  const pad = (n: number) => String(n).padStart(2, "0");
  const { year, month, day: d } = day;
  // Every spelling opens with the year: a text without it (most of the heads a stated day is looked for in) is
  // passed with one search, not one a spelling.
  if (!normalised.includes(String(year))) return null;
  const spellings = [
    `${year}${pad(month)}${pad(d)}`,
    ...["-", "/", "."].flatMap((sep) => [
      `${year}${sep}${pad(month)}${sep}${pad(d)}`,
      `${year}${sep}${month}${sep}${d}`,
    ]),
    `${year}年${month}月${d}日`,
    `${year}年${pad(month)}月${pad(d)}日`,
    // Spaced between digits and Han (盘古之白, a generator's and a tech writer's habit): `2026 年 4 月 6 日`.
    `${year} 年 ${month} 月 ${d} 日`,
  ];
  for (const spelling of new Set(spellings)) {
    for (let at = normalised.indexOf(spelling); at !== -1; at = normalised.indexOf(spelling, at + 1)) {
      if (/\d/u.test(normalised[at - 1] ?? "")) continue;
      const time = TIME_AFTER_DAY.exec(
        normalised.slice(at + spelling.length, at + spelling.length + TIME_AFTER_DAY_SPAN),
      );
      if (!time) continue;
      const lineStart = normalised.lastIndexOf("\n", at) + 1;
      const lineEnd = normalised.indexOf("\n", at);
      const line = normalised.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
      if (line.length > lineMax) continue;
      const hour = Number(time[1]);
      const minute = Number(time[2]);
      if (hour > 23 || minute > 59) continue;
      return normalizeDate(`${year}-${pad(month)}-${pad(d)} ${pad(hour)}:${pad(minute)}:00`);
    }
  }
  return null;
}
