/**
 * Dates as the site shows and groups them: in China Standard Time (UTC+8, no daylight saving),
 * the clock the outlets and readers use, whatever offset the file wrote the instant with.
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DDTHH:MM` of the instant in UTC+8, or null for a missing or unreadable date. */
function chinaClock(publishedAt: string | null): string | null {
  if (publishedAt === null) return null;
  const instant = Date.parse(publishedAt);
  if (Number.isNaN(instant)) return null;
  return new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, 16);
}

/** `2022-04-09` */
export function chinaDay(publishedAt: string | null): string | null {
  return chinaClock(publishedAt)?.slice(0, 10) ?? null;
}

/** `2022-04` */
export function chinaMonth(publishedAt: string | null): string | null {
  return chinaClock(publishedAt)?.slice(0, 7) ?? null;
}

/** `2022年4月9日 21:05` */
export function displayDate(publishedAt: string | null): string {
  const clock = chinaClock(publishedAt);
  if (clock === null) return "日期不详";
  const [year, month, day] = clock.slice(0, 10).split("-").map(Number);
  return `${year}年${month}月${day}日 ${clock.slice(11, 16)}`;
}

/** `2022年4月` for a `2022-04` month key. */
export function displayMonth(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return `${year}年${number}月`;
}

/** Milliseconds since the epoch, or null: the sort key of "newest first". */
export function instantOf(publishedAt: string | null): number | null {
  if (publishedAt === null) return null;
  const instant = Date.parse(publishedAt);
  return Number.isNaN(instant) ? null : instant;
}
