// collapseWhitespace's fast path (text with nothing to collapse is given back as it is) against the
// patterns it skips, on random mixtures of every white-space character, CJK text and line breaks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseWhitespace } from "../src/text/chars.js";

const CJK_LINE_BREAK =
  /(\p{Script=Han}|[，。！？；：、“”‘’（）《》【】])[ \t]*\n[ \t\n]*(?=\p{Script=Han}|[，。！？；：、“”‘’（）《》【】])/gu;
const WHITESPACE_RUN = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** The patterns alone, as collapseWhitespace was before its fast path. */
function byPatterns(text: string): string {
  const joined = text.includes("\n") ? text.replace(CJK_LINE_BREAK, "$1") : text;
  return joined.replace(WHITESPACE_RUN, " ").trim();
}

const SPACES = [
  ..."\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u200b\u200c\u2028\u2029\u202f\u205f\u3000\ufeff\u0085\u180e",
];

describe("collapseWhitespace", () => {
  it("gives what the patterns give (fast-check)", () => {
    const piece = fc.oneof(
      fc.constantFrom(...SPACES),
      fc.constantFrom("中", "文", "，", "a", "1", "。"),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(collapseWhitespace(text)).toBe(byPatterns(text));
      }),
      { numRuns: 50000 },
    );
  });

  it("gives a collapsed text back as it is, and collapses the rest", () => {
    expect(collapseWhitespace("新华社 北京电")).toBe("新华社 北京电");
    expect(collapseWhitespace(" 新华社  北京\u3000电\n")).toBe("新华社 北京 电");
    expect(collapseWhitespace("中\n文")).toBe("中文");
    expect(collapseWhitespace("")).toBe("");
  });
});
