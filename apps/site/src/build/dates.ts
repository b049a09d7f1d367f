/**
 * Dates as the site shows them, on China's clock (core's zone policy: `chinaClock`, `chinaDay`,
 * `chinaMonth`), whatever offset the file wrote the instant with.
 */
import { chinaClock } from "@caixun/core/policy";

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
