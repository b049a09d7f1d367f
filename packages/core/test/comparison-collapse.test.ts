// The comparison text's one-pass collapse against the patterns it replaced, on random mixtures of
// full-width forms, marks, jamo, every kind of white space, digits and commas.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseForComparison } from "../src/stories/comparable.js";

/** Full-width and compatibility forms, marks and jamo NFKC composes, astral characters, white space, digits. */
const PIECES = [
  ..."中文，。：；！？（）《》【】“”‘’、…‥—－～￥％＋１２３ＡＢｃ　 \t\n\r\u00a0\u2028\u3000\ufeffabc",
  ..."\v\f\u1680\u2000\u200a\u202f\u205f\u2029\u0085\u200b\u180e",
  ..."\u0301\u0308\u3099\u309a\u1100\u1161\u11a8\u3131\u314f\u2011\u2017\u00c5\u212b\uf900\u2f00\u3200\u32a3\u33a1",
  ..."ｶﾞﾟ\uff9e\u0041\u030a\u{20000}\u{2f800}\ud800\udc00",
  ..."0123456789,,.",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 16 })
  .map((p) => p.join(""));

/** The comparison text's collapse as it was: NFKC, the three patterns and trim. */
function byPatterns(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[^\S\n]+/gu, " ")
    .replace(/(?<!\s)\s*\n\s*/gu, "\n")
    .trim()
    .replace(/(?<=\d),(?=\d{3}(?!\d))/gu, "");
}

describe("collapseForComparison", () => {
  it("gives what NFKC, the patterns and trim gave (fast-check)", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(collapseForComparison(s)).toBe(byPatterns(s));
      }),
      { numRuns: 50000 },
    );
    expect(collapseForComparison(" 营收1,234,567元，\u3000同比 \n\n 增长1,2345。\n")).toBe(
      "营收1234567元, 同比\n增长1,2345。",
    );
  });

  it("reads a text NFKC leaves alone but for full-width forms and white space as its NFKC form (fast-check)", () => {
    // Only characters the one pass takes as they stand (NFKC_STABLE, white space, U+FF01–U+FF5E),
    // so that nearly every text is read without normalising first; a rare other one sends it the long way.
    const pieces = [
      ..."中文，。：；！？（）《》【】“”‘’、—－～％＋＃１２３４５６７８９０ＡＢｃｚ　 \t\n\r\u00a0\u2028\u3000\ufeff",
      ..."abcXYZ0123456789,,.，，．·×°‰→★あア",
      "1,234",
      "１，２３４",
      "１,２３４５",
      "\u2026",
    ];
    const stable = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(
      fc.property(stable, (s) => {
        expect(collapseForComparison(s)).toBe(byPatterns(s));
      }),
      { numRuns: 50000 },
    );
    expect(collapseForComparison("营收１，２３４，５６７元，同比１,２３４５。")).toBe(
      "营收1234567元,同比1,2345。",
    );
  });
});
