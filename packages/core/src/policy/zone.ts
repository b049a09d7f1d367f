/**
 * The zone policy: the outlets and their readers keep China Standard Time (UTC+8, no daylight
 * saving), so a date written without a zone is in it, and days and months are counted on its clock.
 */

/** The offset a date without one is given. */
export const CHINA_OFFSET = "+08:00";

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:\d{2})$/i;

/** An ISO 8601 date or date-time with China's offset added when it has no zone: `2022-01-30` → `2022-01-30T00:00:00+08:00`. */
export function withChinaZone(value: string): string {
  if (DATE_ONLY.test(value)) return `${value}T00:00:00${CHINA_OFFSET}`;
  return HAS_ZONE.test(value) ? value : `${value}${CHINA_OFFSET}`;
}

/** The wall-clock time of an instant in China as `YYYY-MM-DDTHH:MM`, or null for a missing or unreadable date. */
export function chinaClock(publishedAt: string | null): string | null {
  if (publishedAt === null) return null;
  const instant = Date.parse(publishedAt);
  if (Number.isNaN(instant)) return null;
  return new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, 16);
}

/** The day in China of an instant, `2022-04-09`. */
export function chinaDay(publishedAt: string | null): string | null {
  return chinaClock(publishedAt)?.slice(0, 10) ?? null;
}

/** The month in China of an instant, `2022-04`. */
export function chinaMonth(publishedAt: string | null): string | null {
  return chinaClock(publishedAt)?.slice(0, 7) ?? null;
}
