// futureYearWarnings finds its years from each `年` backwards; the matches must be those of the
// pattern it used before, `/(\d{4})\s*年/g`, on random mixtures of digits, white space, `年` and cues.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { futureYearWarnings } from "../src/enrich/future-year.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { warning } from "../src/warnings.js";

/** The function as it was, with the pattern. */
function byPattern(text: string, publishedAt: string): ReturnType<typeof futureYearWarnings> {
  const published = Number(publishedAt.slice(0, 4));
  const out: ReturnType<typeof futureYearWarnings> = [];
  for (const m of text.matchAll(/(\d{4})\s*年/g)) {
    const year = Number(m[1]);
    if (year <= published) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (
      /(?:将|预计|预期|计划|拟|有望|力争|争取|目标|到|至|于\s*明年|下一|未来)[\s\S]{0,5}$/.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      )
    )
      continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (
      year - published > DEFAULT_SETTINGS.futureYearAbsurdDistance ||
      /(?:自|从|早在|始于|于|截至)\s*$/.test(before) ||
      /^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|至今|推出|成立|创立|开始|上市|发布)/.test(after)
    ) {
      const context = text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8).replace(/\s+/g, " ");
      out.push(
        warning(
          "future-year",
          `year ${year} is after the publish year ${published} but written as past: “${context}”`,
        ),
      );
    }
  }
  return out;
}

describe("futureYearWarnings", () => {
  it("finds the years the pattern found (fast-check)", () => {
    const piece = fc.constantFrom(
      ..."0123456789年 \n\t\u3000月日",
      "2105",
      "2030",
      "1999",
      "自",
      "将",
      "以来",
      "推出",
      "年年",
      "12345",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(futureYearWarnings(text, "2022-01-30T09:59:17+08:00")).toEqual(
          byPattern(text, "2022-01-30T09:59:17+08:00"),
        );
      }),
      { numRuns: 30000 },
    );
    expect(futureYearWarnings("自2105 \n 年推出，12345年以来", "2022-01-30").map((w) => w.message)).toEqual([
      "year 2105 is after the publish year 2022 but written as past: “自2105 年推出，12345”",
      "year 2345 is after the publish year 2022 but written as past: “ 年推出，12345年以来”",
    ]);
  });
});
