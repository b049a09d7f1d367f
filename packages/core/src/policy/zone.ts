/**
 * The zone policy: the outlets and their readers keep China Standard Time (UTC+8, no daylight
 * saving), so a date written without a zone is in it, and days and months are counted on its clock.
 */

/** The offset a date without one is given. */
export const CHINA_OFFSET = "+08:00";

/** The same offset in milliseconds: an instant plus this, read as UTC, is China's clock. */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:\d{2})$/i;

/** An ISO 8601 date or date-time with China's offset added when it has no zone: `2022-01-30` → `2022-01-30T00:00:00+08:00`. */
export function withChinaZone(value: string): string {
  if (DATE_ONLY.test(value)) return `${value}T00:00:00${CHINA_OFFSET}`;
  return HAS_ZONE.test(value) ? value : `${value}${CHINA_OFFSET}`;
}

/**
 * An instant in China's offset or in UTC whose fields no parser carries over (no day past the 28th,
 * no hour past 23): `2022-04-09T20:05:33+08:00`, `2022-04-09T01:05:33Z`.
 */
const PLAIN_INSTANT =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8]))T([01]\d|2[0-3])(:[0-5]\d):[0-5]\d(\+08:00|Z)$/;

/** The wall-clock time of an instant in China as `YYYY-MM-DDTHH:MM`, or null for a missing or unreadable date. */
export function chinaClock(publishedAt: string | null): string | null {
  if (publishedAt === null) return null;
  // Most instants are written on China's clock already (articles carry their dates so) or in UTC:
  // read without date arithmetic, which cost more than the rest of choosing a parse's date. The
  // rest go the long way, where `Date.parse` may carry a field into the next day or month.
  const plain = PLAIN_INSTANT.exec(publishedAt);
  if (plain !== null) {
    if (plain[4] !== "Z") return publishedAt.slice(0, 16);
    // UTC before 16:00 is the same day in China, eight hours later.
    const hour = Number(plain[2]) + 8;
    if (hour < 24) return `${plain[1]}T${String(hour).padStart(2, "0")}${plain[3]}`;
  }
  return chinaIso(Date.parse(publishedAt))?.slice(0, 16) ?? null;
}

/** The day in China of an instant, `2022-04-09`. */
export function chinaDay(publishedAt: string | null): string | null {
  return chinaClock(publishedAt)?.slice(0, 10) ?? null;
}

/** The month in China of an instant, `2022-04`. */
export function chinaMonth(publishedAt: string | null): string | null {
  return chinaClock(publishedAt)?.slice(0, 7) ?? null;
}

/**
 * An instant (ISO 8601 with any offset, or milliseconds since the epoch) written on China's clock
 * with its offset, `YYYY-MM-DDTHH:MM:SS+08:00`, as articles carry their dates: what reports that
 * show an instant next to articles (API totals) write. Null when it is not a readable instant.
 */
export function chinaTime(instant: string | number): string | null {
  const iso = chinaIso(typeof instant === "number" ? instant : Date.parse(instant));
  return iso === null ? null : `${iso.slice(0, 19)}${CHINA_OFFSET}`;
}

/**
 * Milliseconds since the epoch as an ISO string of China's clock (its `Z` is not UTC); null when the
 * clock's year is outside 0000–9999, where `toISOString` writes `+275760-…` or, past Date's range (a
 * count of 1e20, an infinity), throws. NaN fails both comparisons.
 */
function chinaIso(instant: number): string | null {
  const clock = instant + CHINA_OFFSET_MS;
  if (!(clock >= FOUR_DIGIT_YEARS_MS.min && clock <= FOUR_DIGIT_YEARS_MS.max)) return null;
  return new Date(clock).toISOString();
}

/** The instants (ms, read as UTC) from 0000-01-01T00:00:00.000 to 9999-12-31T23:59:59.999. */
const FOUR_DIGIT_YEARS_MS = { min: -62_167_219_200_000, max: 253_402_300_799_999 } as const;

/** Unix time from 2001 to 2100, in milliseconds: a plausible publish time, not a count or an id. */
export const EPOCH_MS = { min: 1e12, max: 4.1e12 } as const;

/**
 * Unix time as a file states it, in seconds (ten digits) or milliseconds (thirteen), a number or its digits
 * (`publish_time: 1783156569`), as the instant on China's clock (`2026-07-04T17:16:09+08:00`); null for another
 * value, or one outside 2001–2100.
 */
export function epochInstant(value: unknown): string | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^(?:\d{10}|\d{13})$/.test(text)) return null;
  const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
  return ms >= EPOCH_MS.min && ms < EPOCH_MS.max ? chinaTime(ms) : null;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** A day or a date-time as milliseconds, zone-less ones in China; null for anything else. */
function boundInstant(value: string): number | null {
  if (!DATE_ONLY.test(value) && !DATE_TIME.test(value)) return null;
  if (!isCalendarDay(value.slice(0, 10))) return null;
  const time = Date.parse(withChinaZone(value));
  return Number.isNaN(time) ? null : time;
}

/** `2022-02-28` is a day; `2022-02-30` is not, though `Date.parse` reads it as 2 March. */
function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}

/**
 * The first instant (ms) a "since"/"from" bound lets through: a day (`2022-01-30`) from its
 * midnight in China, a time (`2022-01-30T09:59:17+08:00`, zone-less = China) itself. Null when
 * the value is neither. The API's `from` and the CLI's `--since` both mean this.
 */
export function sinceInstant(value: string): number | null {
  return boundInstant(value);
}

/**
 * The first instant (ms) an "until"/"to" bound shuts out: the end of the day for a day (the
 * whole day is in), just after the time for a time. Null when the value is neither.
 */
export function untilInstant(value: string): number | null {
  const time = boundInstant(value);
  if (time === null) return null;
  return DATE_ONLY.test(value) ? time + 86_400_000 : time + 1;
}
