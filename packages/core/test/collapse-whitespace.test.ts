// collapseWhitespace's fast path (text with nothing to collapse is given back as it is) against the
// patterns it skips, on random mixtures of every white-space character, CJK text and line breaks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseWhitespace, forgetCollapsed } from "../src/text/chars.js";

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

  it("gives a text `trim` leaves as it is, fast path, known texts and patterns alike (fast-check)", () => {
    // Callers take its result as trimmed and ask no `trim` of it (`stages/boilerplate.ts`' tail lines, the title's
    // and credits' block texts): every white space `trim` takes is a collapsible one, taken at the ends.
    const piece = fc.oneof(
      fc.constantFrom(...SPACES),
      fc.constantFrom("中", "文", "，", "a", " "),
      fc.string({ maxLength: 2 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(piece, { maxLength: 10 }), { maxLength: 4 }),
        fc.boolean(),
        (texts, forget) => {
          if (forget) forgetCollapsed();
          for (const pieces of texts) {
            const collapsed = collapseWhitespace(pieces.join(""));
            expect(collapsed.trim()).toBe(collapsed);
            expect(collapseWhitespace(collapsed)).toBe(collapsed);
          }
        },
      ),
      { numRuns: 20000 },
    );
    // A real picture credit (../shared/corpus/finews-jekyll/_posts__-202205262391921712.md) with a full-width space
    // and a line break put at its ends.
    expect(collapseWhitespace("\u3000图片来源：霍尼韦尔官网\n")).toBe("图片来源：霍尼韦尔官网");
  });

  it("gives a collapsed text back as it is, and collapses the rest", () => {
    expect(collapseWhitespace("新华社 北京电")).toBe("新华社 北京电");
    expect(collapseWhitespace(" 新华社  北京\u3000电\n")).toBe("新华社 北京 电");
    expect(collapseWhitespace("中\n文")).toBe("中文");
    expect(collapseWhitespace("")).toBe("");
  });

  it("answers from the texts it knows collapsed only for an equal text (fast-check, any call history)", () => {
    // Pairs of one length: each call's text may meet the other's in its slot, collapsed or not.
    const sameLength = fc
      .tuple(fc.array(fc.constantFrom(...SPACES, "中", "文", "a", " "), { minLength: 1, maxLength: 8 }))
      .chain(([first]) =>
        fc.tuple(
          fc.constant(first.join("")),
          fc.array(fc.constantFrom(...SPACES, "中", "文", "a", " "), {
            minLength: first.length,
            maxLength: first.length,
          }),
        ),
      );
    fc.assert(
      fc.property(fc.array(sameLength, { maxLength: 6 }), fc.boolean(), (pairs, forget) => {
        if (forget) forgetCollapsed();
        for (const [first, second] of pairs) {
          for (const text of [first, second.join(""), first])
            expect(collapseWhitespace(text)).toBe(byPatterns(text));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("gives a known text back for an equal one built apart, and still collapses a same-length one (a real dateline)", () => {
    // A 新华社 dateline as the shared corpus's xinhua leads open, built apart, and with a full-width or a double space.
    forgetCollapsed();
    const known = "新华社北京12月5日电 记者";
    expect(collapseWhitespace(known)).toBe(known);
    const rebuilt = ["新华社北京12月5日电", "记者"].join(" ");
    expect(collapseWhitespace(rebuilt)).toBe(known);
    expect(collapseWhitespace("新华社北京12月5日电\u3000记者")).toBe(known);
    expect(collapseWhitespace("新华社北京12月5日电  记者".slice(0, known.length))).toBe(
      "新华社北京12月5日电 记",
    );
  });
});
