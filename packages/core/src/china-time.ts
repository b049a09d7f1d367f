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

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** A day or a time as an instant: zone-less ones are China Standard Time, as articles' dates are. */
function instantOf(value: string): number | null {
  if (!DAY.test(value) && !DATE_TIME.test(value)) return null;
  const zoned = DAY.test(value)
    ? `${value}T00:00:00${CHINA_OFFSET}`
    : /(?:Z|[+-]\d{2}:\d{2})$/.test(value)
      ? value
      : `${value}${CHINA_OFFSET}`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? null : time;
}

/**
 * The first instant (ms) a "since"/"from" bound lets through: a day (`2022-01-30`) starts at its
 * midnight in China Standard Time; a time (`2022-01-30T09:59:17+08:00`, zone-less = +08:00) is
 * itself. Null when the value is neither.
 */
export function sinceInstant(value: string): number | null {
  return instantOf(value);
}

/**
 * The first instant (ms) an "until"/"to" bound shuts out: the end of the day for a day (the
 * whole day is included), just after the time for a time. Null when the value is neither.
 */
export function untilInstant(value: string): number | null {
  const time = instantOf(value);
  if (time === null) return null;
  return DAY.test(value) ? time + 86_400_000 : time + 1;
}
