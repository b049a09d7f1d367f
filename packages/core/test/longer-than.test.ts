// longerThan (text/chars.ts) against the count it replaces, `[...text].length > max`, on random texts of
// ASCII, Han, astral characters (two code units each) and lone surrogates; collapsedLongerThan against
// longerThan of the collapsed text, with white space of every kind collapsing drops.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapsedLongerThan, collapseWhitespace, longerThan } from "../src/text/chars.js";

describe("longerThan", () => {
  it("counts characters, not code units", () => {
    expect(longerThan("资金流向", 4)).toBe(false);
    expect(longerThan("资金流向", 3)).toBe(true);
    // 𠀀 is one character written as two code units.
    expect(longerThan("𠀀𠀀𠀀", 3)).toBe(false);
    expect(longerThan("𠀀𠀀𠀀a", 3)).toBe(true);
  });

  it("agrees with [...text].length > max (fast-check)", () => {
    const char = fc.constantFrom("a", " ", "资", "。", "𠀀", "😀", "\ud800", "\udc00");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.nat(30), (chars, max) => {
        const text = chars.join("");
        expect(longerThan(text, max)).toBe([...text].length > max);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("collapsedLongerThan", () => {
  it("counts the characters collapsing keeps", () => {
    expect(collapsedLongerThan("极市\n导读", 4)).toBe(false);
    expect(collapsedLongerThan("  Matrix   首页推荐  ", 11)).toBe(false);
    expect(collapsedLongerThan("  Matrix   首页推荐  ", 10)).toBe(true);
  });

  it("agrees with longerThan(collapseWhitespace(text), max) (fast-check)", () => {
    const char = fc.constantFrom(
      "a",
      " ",
      "\n",
      "\t",
      "\u3000",
      "\u200b",
      "\u00a0",
      "资",
      "。",
      "𠀀",
      "\ud800",
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.nat(30), (chars, max) => {
        const text = chars.join("");
        expect(collapsedLongerThan(text, max)).toBe(longerThan(collapseWhitespace(text), max));
      }),
      { numRuns: 5000 },
    );
  });
});
