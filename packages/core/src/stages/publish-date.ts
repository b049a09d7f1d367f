import { STAGES_PUBLISH_DATE_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Warning } from "../article.js";
import { readLabelledFields } from "../credits/labelled-fields.js";
import {
  type CalendarDate,
  calendarDateIn,
  type DateCandidate,
  dateFromFileName,
  dateFromFolder,
  dateFromUrl,
  dayStart,
  readStampLine,
  resolvePublishDate,
  shanghaiDay,
  signatureDay,
  stampDate as stampInstant,
  timeOnDay,
} from "../enrich/date-evidence.js";
import { dateFromParts, normalizeDate } from "../enrich/dates.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { epochInstant } from "../policy/zone.js";
import { matchesIn } from "../text/matches.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { warning } from "../warnings.js";
import type { Credits } from "./credits.js";
import type { RawBlock } from "./raw-block.js";
import type { BodyRead } from "./read-body.js";
import { headlineStamp } from "./title.js";

/**
 * The patterns below are compiled from their literals (`STAGES_PUBLISH_DATE_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesPublishDatePatternsCompiled = false;
/**
 * Any other key whose name says it is the publish time, as archivers and crawlers name it (`publish_time`,
 * `publishTime`, `pub_date`, `post_time`, `releaseDate`), its value maybe Unix time (`publish_time: 1783156569`).
 */
let PUBLISH_KEY: RegExp;
/** Keys that name the day of the copy, an edit or a fetch, never the story's: not read as other-key dates. */
let COPY_DAY_KEY: RegExp;
/**
 * An HTML `<time datetime>` element left in the body (a Markdown mirror of a saved page) states the
 * instant to the second that its text writes to the minute (`2018年9月1日 03:58`): a date read to the
 * minute takes the element's seconds when the element names that same minute. @bounded: the element's
 * attributes are read up to 200 characters, in the first 20,000 characters of the file.
 */
let TIME_ELEMENT: RegExp;

/**
 * Whether a key's name says it holds the publish time (`PUBLISH_KEY`: `pubtime`, `publish_time`, `postDate`), as a
 * page's state object names it too (`extract/page.ts`).
 */
export function isPublishKey(key: string): boolean {
  if (!stagesPublishDatePatternsCompiled) compileStagesPublishDatePatterns();
  return PUBLISH_KEY.test(key);
}

/** Compiles `STAGES_PUBLISH_DATE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesPublishDatePatterns(): void {
  [PUBLISH_KEY, COPY_DAY_KEY, TIME_ELEMENT] = STAGES_PUBLISH_DATE_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<3>;
  stagesPublishDatePatternsCompiled = true;
}

/**
 * Publish date: every place the file states one is a candidate, in the order of trust of
 * `enrich/date-evidence.ts` (`DATE_TRUST`): the stated date, a time-stamp line at the top, a
 * labelled metadata date or a page's meta tag, a dateline with a year, a date in the title, a date
 * in the file name, a day folder, in the story's address, under another front-matter key. The day the most weight
 * names wins (`DATE_WEIGHT`: agreement outweighs one stronger source alone); a candidate naming
 * another day is reported (`date-conflict`).
 * A stated date that is not a date is reported, not replaced by a weaker one. Never invented: none
 * of them means `null` and `no-date`.
 */
export const publishDate: Stage<
  SourceDocument & BodyRead & { credits: Credits; title: string },
  { publishedAt: string | null }
> = (context) => {
  if (!stagesPublishDatePatternsCompiled) compileStagesPublishDatePatterns();
  const { data, raw, stampDate, credits, stated, title, filename } = context.document;
  const warnings: Warning[] = [];
  const candidates: DateCandidate[] = [];
  let statedInvalid = false;
  // `published: false` is Jekyll's switch for a draft, not a date.
  const stating = (key: string) => typeof data[key] !== "boolean" && stringValue(data[key]) !== "";
  const statedKey =
    (isWikiJsPage(data) && stating(WIKI_CREATED_KEY) ? WIKI_CREATED_KEY : undefined) ??
    PUBLISHED_KEYS.find(stating) ??
    Object.keys(data).find((key) => PUBLISH_KEY.test(key) && stating(key));
  const statedValue = statedKey === undefined ? undefined : data[statedKey];
  // A headline's bracketed day (`…"双降"[2014-05-04]`) left the title, and is still the title's date.
  const statedTitle = typeof data.title === "string" ? data.title : (stated.title ?? "");
  const titleDay = calendarDateIn(title) ?? calendarDateIn(headlineStamp(statedTitle.trim())?.stamp ?? "");
  const fileDay = filename === undefined ? null : dateFromFileName(filename);
  const folderDay = filename === undefined ? null : dateFromFolder(filename);
  const address = credits.originalUrl ?? stated.originalUrl ?? context.document.originalUrl ?? null;
  const urlDay = address === null || context.document.timeless ? null : dateFromUrl(address);
  if (statedKey !== undefined) {
    const date =
      normalizeDate(statedValue) ??
      epochInstant(statedValue) ??
      yearlessOnDay(statedValue, [urlDay, titleDay, fileDay]) ??
      labelledDate(statedValue);
    if (date === null) {
      statedInvalid = true;
      const text = String(statedValue).trim();
      warnings.push(
        warning(
          "no-date",
          `${statedKey} “${text}” is not a date`,
          lineOf(raw, new RegExp(`^${statedKey}\\s*:`, "m")),
        ),
      );
    } else candidates.push({ from: "front-matter", date });
  }
  if (stampDate !== null) candidates.push({ from: "stamp-line", date: stampDate });
  else if (credits.stamp) {
    // A stamp without a year (`08-31 06:30`) takes it from the title's or the file name's date.
    const date = stampInstant(
      credits.stamp,
      sameDay(titleDay, credits.stamp) ?? sameDay(fileDay, credits.stamp),
    );
    if (date !== null) candidates.push({ from: "stamp-line", date });
  }
  for (const value of [credits.metadataDate, stated.publishedAt]) {
    const date = value ? (normalizeDate(value) ?? dateOfDay(calendarDateIn(value))) : null;
    if (date !== null) candidates.push({ from: "metadata", date });
  }
  if (credits.datelineDate?.year) {
    const { year, month, day } = credits.datelineDate;
    const date = dateFromParts(year, month, day);
    if (date !== null) candidates.push({ from: "dateline", date });
  } else if (
    credits.archiveDay &&
    (credits.datelineDate?.day ?? credits.datelineDay) === credits.archiveDay.day
  ) {
    // A wire's dateline writes the day alone (`台北29日電`); its archive stamp (`1021029`) the same day in full.
    const { year, month, day } = credits.archiveDay;
    const date = dateFromParts(year, month, day);
    if (date !== null) candidates.push({ from: "dateline", date });
  }
  const fromTitle = dateOfDay(titleDay);
  if (fromTitle !== null) candidates.push({ from: "title", date: fromTitle });
  const fromFile = dateOfDay(fileDay);
  if (fromFile !== null) candidates.push({ from: "file-name", date: fromFile });
  const fromFolder = dateOfDay(folderDay);
  if (fromFolder !== null) candidates.push({ from: "folder", date: fromFolder });
  const fromUrl = dateOfDay(urlDay);
  if (fromUrl !== null) candidates.push({ from: "url", date: fromUrl });
  // A saved page's own address names the day it was filed under (`/2013/new/jun/29/`): as weak as a story's address.
  const fromPageAddress = context.document.timeless ? null : dateOfDay(context.document.pageLines.addressDay);
  if (fromPageAddress !== null) candidates.push({ from: "url", date: fromPageAddress });
  for (const date of otherKeyDates(data)) candidates.push({ from: "other-key", date });
  // A body's field that writes only the day (`发布时间：2026-06-07` in a feed job's header) yields to another
  // place that writes the same day with its time (a record's `pubdate_iso`): the same date, said more exactly.
  const fieldDay =
    credits.metadataDate && !/\d:\d/.test(credits.metadataDate)
      ? candidates.find((c) => c.from === "metadata")
      : undefined;
  if (
    fieldDay !== undefined &&
    candidates.some(
      (c) => c !== fieldDay && c.date !== fieldDay.date && shanghaiDay(c.date) === shanghaiDay(fieldDay.date),
    )
  )
    candidates.splice(candidates.indexOf(fieldDay), 1);

  // A read-it-later app's export states when the page was saved (a template's `date:`); the page's own stamp
  // line under its headline, earlier, is when it was published: the stated date is not a candidate then.
  const stampLine = candidates.find((c) => c.from === "stamp-line");
  const saved =
    credits.exported === true &&
    stampLine !== undefined &&
    candidates.some((c) => c.from === "front-matter" && Date.parse(c.date) > Date.parse(stampLine.date));
  // A stated date that is not a date is not replaced by a weaker one; the page's own stamp under its
  // headline (`每日经济新闻 2021-09-29 20:45:17` over a feed's `date: Invalid Date`) is no weaker.
  const resolved = resolvePublishDate(
    statedInvalid
      ? candidates.filter((c) => c.from === "stamp-line")
      : saved
        ? candidates.filter((c) => c.from !== "front-matter")
        : candidates,
  );
  // A day-only date (the title's, the file name's) takes its time from a line that writes that day with one.
  const day =
    resolved.from === "title"
      ? titleDay
      : resolved.from === "file-name"
        ? fileDay
        : resolved.from === "folder"
          ? folderDay
          : null;
  // A title dated with its time (a derived title's `根据 2026 年 4 月 6 日（星期一）北京时间 06:18 的…`) gives it whatever
  // its length: the title is the one line the day was read from.
  let publishedAt =
    (day !== null ? timeOnDay(raw, day) : null) ??
    (day !== null && day === titleDay ? timeOnDay(title, day, Number.POSITIVE_INFINITY) : null) ??
    resolved.publishedAt;
  // A stated date without a time takes it from a time-stamp line that writes the same day with one, else from a line of
  // the body that does (a broadcast page's `date: "2026-06-18"` over its `《新闻联播》 20260618 19:00`).
  const stampOnDay = candidates.find((c) => c.from === "stamp-line")?.date;
  const statedDayOnly = resolved.from === "front-matter" && !/\d:\d/.test(String(statedValue));
  if (statedDayOnly && stampOnDay !== undefined && publishedAt?.slice(0, 10) === stampOnDay.slice(0, 10)) {
    publishedAt = stampOnDay;
  } else if (statedDayOnly && publishedAt !== null) {
    const statedDay = calendarDateIn(String(statedValue));
    const head = bodyHead(context.document.body, context.settings.statedDayTimeLines);
    // A heading that writes the day with a time is the page's own stamp wherever it stands (a 新闻联播 archive's
    // `### 《新闻联播》 20260619 19:00` under the site's own commentary): a note's time is prose, not a heading.
    const timed =
      statedDay === null
        ? null
        : (timeOnDay(head, statedDay) ?? timeOnDay(headingLines(context.document.rawBlocks), statedDay));
    if (timed !== null && timed.slice(0, 10) === publishedAt.slice(0, 10)) publishedAt = timed;
  }
  // A document that states no other date is dated by the day under its closing signature (an announcement's 落款).
  if (publishedAt === null && !statedInvalid) publishedAt = signatureDay(raw);
  publishedAt = withSecondsOfTimeElement(raw, publishedAt);
  if (resolved.conflicts.length > 0) {
    const others = resolved.conflicts.map((c) => `${c.from} ${c.date.slice(0, 10)}`).join(", ");
    warnings.push(
      warning(
        "date-conflict",
        `the ${resolved.from} date ${publishedAt!.slice(0, 10)} was kept; ${others} disagree`,
      ),
    );
  }
  const reported = [...context.warnings, ...warnings].some((w) => w.code === "no-date");
  if (publishedAt === null && !reported) warnings.push(warning("no-date", "the file has no publish date"));
  return advance(context, { publishedAt }, warnings);
};

/**
 * Front-matter keys that state when the story was published, most common first: `date` (Jekyll,
 * Hexo, Hugo), then the keys clippers and archives write (`published:` of Obsidian's Web Clipper).
 * Never `created`, `fetch_date` or `updated`: those are the day of the copy or of an edit.
 */
const PUBLISHED_KEYS = ["date", "published", "publishDate", "published_at", "pubDate", "datePublished"];
/** The text of a body's headings, a line each. */
function headingLines(blocks: readonly RawBlock[]): string {
  return blocks.flatMap(({ block }) => (block.type === "heading" ? [block.text] : [])).join("\n");
}

/** The body's first `lines` lines that hold anything: where a page sets its own stamp. */
function bodyHead(body: string, lines: number): string {
  let end = 0;
  for (let held = 0; held < lines && end !== -1; ) {
    const next = body.indexOf("\n", end);
    if (body.slice(end, next === -1 ? undefined : next).trim() !== "") held++;
    end = next === -1 ? -1 : next + 1;
  }
  return end === -1 ? body : body.slice(0, end);
}

/**
 * Wiki.js stores a page with its last edit as `date` and its creation as `dateCreated` (beside `editor:`, the kind of
 * editor it was written in): the page was published when it was created, and `date` moves with every edit.
 */
const WIKI_CREATED_KEY = "dateCreated";
const isWikiJsPage = (data: Readonly<Record<string, unknown>>) =>
  "editor" in data && WIKI_CREATED_KEY in data;
/** The longest value read as a date of its own. */
const KEY_DATE_MAX = 40;

/**
 * The dates other front-matter keys state whole (`发布时间: 2022-03-01 10:00`, `time: …`): a key the
 * publish-date keys do not name and that does not name the copy's day, whose value is only a date.
 */
function otherKeyDates(data: Readonly<Record<string, unknown>>): string[] {
  if (!stagesPublishDatePatternsCompiled) compileStagesPublishDatePatterns();
  const dates: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (PUBLISHED_KEYS.includes(key) || COPY_DAY_KEY.test(key)) continue;
    const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value.trim() : "";
    if (text === "" || text.length > KEY_DATE_MAX || !/\d{4}/u.test(text)) continue;
    const date = normalizeDate(text);
    if (date !== null) dates.push(date);
  }
  return dates;
}

/**
 * A stated value that labels itself, as a page's info line does (a mock module's `headTime: '日期：2013-08-21 14:09:53'`):
 * the date its one date field holds.
 */
function labelledDate(value: unknown): string | null {
  const fields = typeof value === "string" ? readLabelledFields(value) : null;
  return fields?.length === 1 && fields[0]!.kind === "date" ? normalizeDate(fields[0]!.value) : null;
}

function stringValue(value: unknown): string {
  return value === undefined || value === null ? "" : String(value).trim();
}

function withSecondsOfTimeElement(raw: string, publishedAt: string | null): string | null {
  if (!stagesPublishDatePatternsCompiled) compileStagesPublishDatePatterns();
  if (publishedAt === null || publishedAt.slice(16, 19) !== ":00") return publishedAt;
  for (const match of matchesIn(TIME_ELEMENT, raw.slice(0, 20_000))) {
    const stated = normalizeDate(match[1]!);
    if (
      stated !== null &&
      stated.slice(0, 16) === publishedAt.slice(0, 16) &&
      stated.slice(19) === publishedAt.slice(19)
    )
      return stated;
  }
  return publishedAt;
}

function dateOfDay(day: CalendarDate | null): string | null {
  return day === null ? null : dayStart(day);
}

/** The calendar date when it is the stamp's month and day (so its year is the stamp's). */
/**
 * A stated stamp without a year (a crawler's `datetime: '11月22日 11:36'`, copied from a channel's list) on the year of
 * a day the file states elsewhere that is the same month and day — the story's address (`/2018-11-22/`), its title's
 * or its file name's day; null when none agrees, for a month and day alone name no year.
 */
function yearlessOnDay(value: unknown, days: readonly (CalendarDate | null)[]): string | null {
  if (typeof value !== "string") return null;
  const stamp = readStampLine(value, 0);
  if (stamp === null || stamp.year !== null) return null;
  for (const day of days) {
    const date = stampInstant(stamp, sameDay(day, stamp));
    if (date !== null) return date;
  }
  return null;
}

function sameDay(day: CalendarDate | null, stamp: { month: number; day: number }): CalendarDate | null {
  return day !== null && day.month === stamp.month && day.day === stamp.day ? day : null;
}

/** 1-based line of the first match of `pattern` in `text`. */
function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  let line = 1;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
