import type { Warning } from "../article.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { warning } from "../warnings.js";

/** A year written as past (`自2105年推出起`, `2105年以来`) that lies after the publish date is a typo. */
const YEAR = /(\d{4})\s*年/g;
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
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year <= published) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (
      year - published > settings.futureYearAbsurdDistance ||
      PAST_BEFORE.test(before) ||
      PAST_AFTER.test(after)
    ) {
      const context = text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8).replace(/\s+/g, " ");
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
