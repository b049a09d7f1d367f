/**
 * China Standard Time, the clock of the outlets and their readers: UTC+8 all year (no daylight
 * saving). Articles carry their dates in it; anything that shows or reports an instant next to
 * articles (API totals, site pages) writes it the same way.
 */

export const CHINA_OFFSET = "+08:00";

const OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * An instant (ISO 8601 with any offset, or milliseconds since the epoch) as
 * `YYYY-MM-DDTHH:MM:SS+08:00`; null when it is not a readable instant.
 */
export function chinaTime(instant: string | number): string | null {
  const time = typeof instant === "number" ? instant : Date.parse(instant);
  if (Number.isNaN(time)) return null;
  return `${new Date(time + OFFSET_MS).toISOString().slice(0, 19)}${CHINA_OFFSET}`;
}
