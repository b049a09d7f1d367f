import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snippet } from "../src/search/snippet.js";

const render = (query: string, text: string) =>
  snippet(text, query)
    .map((part) => (part.marked ? `[${part.text}]` : part.text))
    .join("");

// The opening of seed 000 (seeds/000_ed6ab7b49aac3011.txt).
const SEED_000 =
  "近日，中国银保监会发布2020年度保险公司经营评价结果，中国太保旗下太保产险、太保寿险再度双双获评A类，这也是公司连续第六年获此殊荣。作为国内领先的综合性保险集团，中国太保持续推进转型。";

describe("search snippets", () => {
  it("shows the text around the first match with every query word marked", () => {
    expect(render("中国太保", SEED_000)).toBe(
      "…国银保监会发布2020年度保险公司经营评价结果，[中国太保]旗下太保产险、太保寿险再度双双获评A类，这也是公司连续第六年获此殊荣。作为国内领先的综合性保险集团，[中国太保]持续推进转型。",
    );
  });

  it("marks several words, the longest first, and compares width and case folded", () => {
    expect(render("太保 ａ类", SEED_000.slice(0, 60))).toBe(
      "…保监会发布2020年度保险公司经营评价结果，中国[太保]旗下[太保]产险、[太保]寿险再度双双获评[A类]，这也是公司连续第",
    );
  });

  it("starts at the beginning when no query word occurs as written", () => {
    expect(render("监会太保", "中国银保监会发布结果。")).toBe("中国银保监会发布结果。");
  });

  it("only ever shows text of the article, in order", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 10 }), (text, query) => {
        const shown = snippet(text, query)
          .filter((part) => part.text !== "…")
          .map((part) => part.text)
          .join("");
        expect(text.replace(/\s+/gu, " ").trim()).toContain(shown);
      }),
    );
  });
});
