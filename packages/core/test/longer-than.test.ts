// longerThan (text/chars.ts) against the count it replaces, `[...text].length > max`, on random texts of
// ASCII, Han, astral characters (two code units each) and lone surrogates; collapsedLongerThan against
// longerThan of the collapsed text, with white space of every kind collapsing drops; collapsedFirstCode against the
// first code of the collapsed text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  collapsedFirstCode,
  collapsedLongerThan,
  collapseWhitespace,
  longerThan,
} from "../src/text/chars.js";

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

/** Text and white space of every kind collapsing reads: a lone surrogate, an astral character, U+200B, U+2028. */
const spacedChar = fc.constantFrom(
  ...["a", "#", " ", "\n", "\t", "\u3000", "\u200b", "\u00a0", "\ufeff", "\u2028"],
  ...["资", "。", "，", "𠀀", "\ud800"],
);

describe("collapsedLongerThan", () => {
  it("counts the characters collapsing keeps", () => {
    expect(collapsedLongerThan("极市\n导读", 4)).toBe(false);
    expect(collapsedLongerThan("  Matrix   首页推荐  ", 11)).toBe(false);
    expect(collapsedLongerThan("  Matrix   首页推荐  ", 10)).toBe(true);
  });

  it("agrees with longerThan(collapseWhitespace(text), max) (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(spacedChar, { maxLength: 40 }), fc.nat(30), (chars, max) => {
        const text = chars.join("");
        expect(collapsedLongerThan(text, max)).toBe(longerThan(collapseWhitespace(text), max));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("collapsedFirstCode", () => {
  it("is the first character collapsing keeps", () => {
    expect(collapsedFirstCode("\u3000\u3000相关报道：")).toBe("相".charCodeAt(0));
    expect(collapsedFirstCode(" \u200b\n#Omnivore")).toBe("#".charCodeAt(0));
    expect(collapsedFirstCode(" \t\u00a0")).toBe(-1);
    expect(collapsedFirstCode("")).toBe(-1);
  });

  it("agrees with collapseWhitespace(text)'s first code, -1 when it is empty (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(spacedChar, { maxLength: 20 }), (chars) => {
        const text = chars.join("");
        const collapsed = collapseWhitespace(text);
        expect(collapsedFirstCode(text)).toBe(collapsed === "" ? -1 : collapsed.charCodeAt(0));
      }),
      { numRuns: 5000 },
    );
  });
});
