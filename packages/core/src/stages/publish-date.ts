import type { Warning } from "../article.js";
import { dateFromParts, normalizeDate } from "../enrich/dates.js";
import { advance, type Stage } from "../pipeline/context.js";
import type { SourceDocument } from "../pipeline/document.js";
import { warning } from "../warnings.js";
import type { Credits } from "./credits.js";
import type { BodyRead } from "./read-body.js";

/**
 * Publish date, by precedence: the stated date (a stated date that is not a date is reported, not
 * replaced by a weaker one), else a time stamp at the top of a plain-text body, else a dateline
 * that has a year. Never invented: none of them means `null` and `no-date`.
 */
export const publishDate: Stage<
  SourceDocument & BodyRead & { credits: Credits },
  { publishedAt: string | null }
> = (context) => {
  const { data, raw, stampDate, credits } = context.document;
  const warnings: Warning[] = [];
  let publishedAt: string | null = null;
  if (data.date !== undefined && data.date !== null && String(data.date).trim() !== "") {
    publishedAt = normalizeDate(data.date);
    if (publishedAt === null) {
      const stated = String(data.date).trim();
      warnings.push(warning("no-date", `date “${stated}” is not a date`, lineOf(raw, /^date\s*:/m)));
    }
  } else if (stampDate !== null) {
    publishedAt = stampDate;
  } else if (credits.datelineDate?.year) {
    const { year, month, day } = credits.datelineDate;
    publishedAt = dateFromParts(year, month, day);
  }
  const reported = [...context.warnings, ...warnings].some((w) => w.code === "no-date");
  if (publishedAt === null && !reported) warnings.push(warning("no-date", "the file has no publish date"));
  return advance(context, { publishedAt }, warnings);
};

/** 1-based line of the first match of `pattern` in `text`. */
function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  let line = 1;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
