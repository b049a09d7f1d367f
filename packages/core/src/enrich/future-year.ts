import { ENRICH_FUTURE_YEAR_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Warning } from "../article.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { warning } from "../warnings.js";

/**
 * The patterns below are compiled from their literals (`ENRICH_FUTURE_YEAR_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let enrichFutureYearPatternsCompiled = false;
/** Cues before a year that write it as past (`自2105年推出起`): after the publish date, a typo. */
let PAST_BEFORE: RegExp;
/** A plan or forecast: `将在2022年7月推出`, `预计2023年`, `将于2023年1月1日起施行`. */
let FUTURE_BEFORE: RegExp;
let PAST_AFTER: RegExp;

/**
 * Years written as past that lie after the publish year; a year more than `futureYearAbsurdDistance`
 * ahead (far beyond any plan or forecast a news story makes) is reported even without a cue.
 */
export function futureYearWarnings(
  text: string,
  publishedAt: string | null,
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
): Warning[] {
  if (!enrichFutureYearPatternsCompiled) compileEnrichFutureYearPatterns();
  if (publishedAt === null) return [];
  const published = Number(publishedAt.slice(0, 4));
  const warnings: Warning[] = [];
  for (const m of yearMentions(text)) {
    const year = Number(m.digits);
    if (year <= published) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const after = text.slice(m.end, m.end + 8);
    if (
      year - published > settings.futureYearAbsurdDistance ||
      PAST_BEFORE.test(before) ||
      PAST_AFTER.test(after)
    ) {
      const context = text.slice(Math.max(0, m.index - 8), m.end + 8).replace(/\s+/g, " ");
      warnings.push(
        warning(
          "future-year",
          `year ${year} is after the publish year ${published} but written as past: “${context}”`,
        ),
      );
    }
  }
  return warnings;
}

/**
 * The matches of `/(\d{4})\s*年/g` in `text`, found from each `年` backwards (over white space to four
 * ASCII digits) instead of trying the pattern at every digit: most texts have few `年` and many digits.
 * The same matches: a match ends at its `年`, and the four digits before that `年`'s white space are
 * the only ones the pattern can take for it.
 */
function* yearMentions(text: string): Generator<{ digits: string; index: number; end: number }> {
  if (!enrichFutureYearPatternsCompiled) compileEnrichFutureYearPatterns();
  for (let at = text.indexOf("年"); at !== -1; at = text.indexOf("年", at + 1)) {
    let start = at;
    while (start > 0 && WHITE_SPACE.test(text[start - 1]!)) start--;
    const index = start - 4;
    if (index < 0 || !FOUR_DIGITS.test(text.slice(index, start))) continue;
    yield { digits: text.slice(index, start), index, end: at + 1 };
  }
}

let WHITE_SPACE: RegExp;
let FOUR_DIGITS: RegExp;

/** Compiles `ENRICH_FUTURE_YEAR_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileEnrichFutureYearPatterns(): void {
  [PAST_BEFORE, FUTURE_BEFORE, PAST_AFTER, WHITE_SPACE, FOUR_DIGITS] = ENRICH_FUTURE_YEAR_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<5>;
  enrichFutureYearPatternsCompiled = true;
}
