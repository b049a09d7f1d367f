import type { Warning } from "../article.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { warning } from "../warnings.js";

/** Cues before a year that write it as past (`自2105年推出起`): after the publish date, a typo. */
const PAST_BEFORE = /(?:自|从|早在|始于|于|截至)\s*$/;
/** A plan or forecast: `将在2022年7月推出`, `预计2023年`, `将于2023年1月1日起施行`. */
const FUTURE_BEFORE = /(?:将|预计|预期|计划|拟|有望|力争|争取|目标|到|至|于\s*明年|下一|未来)[\s\S]{0,5}$/;
const PAST_AFTER = /^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|至今|推出|成立|创立|开始|上市|发布)/;

/**
 * Years written as past that lie after the publish year; a year more than `futureYearAbsurdDistance`
 * ahead (far beyond any plan or forecast a news story makes) is reported even without a cue.
 */
export function futureYearWarnings(
  text: string,
  publishedAt: string | null,
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
): Warning[] {
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
  for (let at = text.indexOf("年"); at !== -1; at = text.indexOf("年", at + 1)) {
    let start = at;
    while (start > 0 && WHITE_SPACE.test(text[start - 1]!)) start--;
    const index = start - 4;
    if (index < 0 || !FOUR_DIGITS.test(text.slice(index, start))) continue;
    yield { digits: text.slice(index, start), index, end: at + 1 };
  }
}

const WHITE_SPACE = /\s/;
const FOUR_DIGITS = /^\d{4}$/;
