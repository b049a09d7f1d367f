/**
 * An earthquake as a bulletin's first sentence states it: its magnitude and the minute it struck.
 * Two agencies measure one quake apart (`日本气象厅`: `当地时间29日22时19分…5.8级地震`; `中国地震台网`:
 * `7月29日21时19分…5.3级地震`): their magnitudes differ by a few tenths and one states the local time,
 * the other Beijing's, so their texts share little but the place and the minute.
 */

import { STORIES_QUAKES_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

export interface Quake {
  /** The magnitude in tenths (`5.8级` → 58). */
  tenths: number;
  /** The minute of the hour it struck (`21时19分` → 19). */
  minute: number;
  /** Minutes after midnight it struck, as stated. */
  at: number;
  /** The time is stated as the place's own (`当地时间`), not Beijing's. */
  local: boolean;
}

/**
 * The patterns below are compiled from their literals (`STORIES_QUAKES_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let storiesQuakesPatternsCompiled = false;
/** A magnitude: `5.3级地震`, `里氏4.5级地震`. Enters only at a digit before `级`. */
let MAGNITUDE: RegExp;
/** The first time of day stated to the minute: `21时19分`. */
let MINUTE_TIME: RegExp;

/** Compiles `STORIES_QUAKES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStoriesQuakesPatterns(): void {
  [MAGNITUDE, MINUTE_TIME] = STORIES_QUAKES_PATTERNS.map(regexFromLiteral) as RegExps<2>;
  storiesQuakesPatternsCompiled = true;
}
/** Words before a time that make it the place's own time. */
const LOCAL_TIME = "当地时间";
/** Minutes two statements of one moment may differ by (one rounds, the other truncates). */
const SAME_MINUTE = 1;

/** The quake a first sentence reports (comparison text), or null when it states no magnitude and minute. */
export function quakeOf(lead: string): Quake | null {
  if (!storiesQuakesPatternsCompiled) compileStoriesQuakesPatterns();
  if (!lead.includes("地震")) return null;
  const magnitude = MAGNITUDE.exec(lead);
  const time = MINUTE_TIME.exec(lead);
  if (magnitude === null || time === null) return null;
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  if (hour >= 24 || minute >= 60) return null;
  return {
    tenths: Number(magnitude[1]) * 10 + Number(magnitude[2] ?? 0),
    minute,
    at: hour * 60 + minute,
    local: lead.lastIndexOf(LOCAL_TIME, time.index) !== -1,
  };
}

/**
 * True when two bulletins report one quake: magnitudes at most `spreadTenths` apart (two agencies'
 * scales), and one minute, at one time of day when both state the same clock, or in any whole hour
 * when one states the place's time and the other Beijing's (time zones differ by whole hours).
 * The caller asks for a place in common and publication within minutes.
 */
export function quakesAgree(a: Quake | null, b: Quake | null, spreadTenths: number): boolean {
  if (a === null || b === null || Math.abs(a.tenths - b.tenths) > spreadTenths) return false;
  if (a.local === b.local) return circularDistance(a.at, b.at, DAY_MINUTES) <= SAME_MINUTE;
  return circularDistance(a.minute, b.minute, HOUR_MINUTES) <= SAME_MINUTE;
}

const HOUR_MINUTES = 60;
const DAY_MINUTES = 24 * 60;

/** Distance of two values on a circle of `size` (59 and 0 minutes are one apart). */
function circularDistance(a: number, b: number, size: number): number {
  const d = Math.abs(a - b) % size;
  return Math.min(d, size - d);
}
