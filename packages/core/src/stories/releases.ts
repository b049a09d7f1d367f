/**
 * A data release told in a calendar feed's template: the indicator and its reading, then the
 * forecast and the previous reading (`英国7月制造业PMI终值51.9，预期52.8，前值52.8。`). Another feed
 * writes the release up in its own words under a title that states the indicator and the reading
 * (`英国7月制造业采购经理指数报51.9`): the two share little text, while the indicator (its names made
 * one, `names.ts`) and the reading tell one release. A reading alone is no quantity (it has no unit),
 * so the number guard does not see it.
 */

import { STORIES_RELEASES_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

export interface Release {
  /** The indicator as content characters (`英国7月制造业pmi`), without the reading's label (`终值`). */
  indicator: string;
  /** The reading's digits (`519` for 51.9), as a title's content characters write them. */
  reading: string;
}

/**
 * The patterns below are compiled from their literals (`STORIES_RELEASES_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let storiesReleasesPatternsCompiled = false;
/**
 * The template, anchored: the indicator (2 to 40 characters, the fewest), a label, the reading,
 * then the forecast or the previous reading.
 */
let RELEASE: RegExp;

/** What a title writes between the indicator and its reading (`报`, `为`, `终值`…), or nothing. */
let READING_LABEL: RegExp;

/** Compiles `STORIES_RELEASES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStoriesReleasesPatterns(): void {
  [RELEASE, READING_LABEL] = STORIES_RELEASES_PATTERNS.map(regexFromLiteral) as RegExps<2>;
  storiesReleasesPatternsCompiled = true;
}

/** The release a comparison text opens with in the calendar template, or null. */
export function releaseOf(text: string): Release | null {
  if (!storiesReleasesPatternsCompiled) compileStoriesReleasesPatterns();
  if (!text.includes("预期") && !text.includes("前值")) return null;
  const m = RELEASE.exec(text);
  if (m === null) return null;
  const indicator = m[1]!.replace(/[^\p{L}\p{N}]/gu, "");
  return indicator.length < 2 ? null : { indicator, reading: m[2]!.replace(/[^\d]/g, "") };
}

/**
 * True when a title (content characters) opens with the release's indicator and states its reading
 * right after it (`英国7月制造业pmi报519`), not a longer number (`5190`).
 */
export function titleStatesRelease(headline: string, release: Release): boolean {
  if (!storiesReleasesPatternsCompiled) compileStoriesReleasesPatterns();
  if (!headline.startsWith(release.indicator)) return false;
  const rest = headline.slice(release.indicator.length);
  const after = rest.slice(READING_LABEL.exec(rest)![0].length);
  return after.startsWith(release.reading) && !/^\d/u.test(after.slice(release.reading.length));
}
