import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { EXCERPT_LENGTH } from "../src/policy/excerpt.js";
import {
  chinaDay,
  chinaMonth,
  excerpt,
  hanBigrams,
  searchPieces,
  withChinaZone,
} from "../src/policy/index.js";
import { articleToHtml, articleToMarkdown, articleToText, htmlPage } from "../src/render/index.js";
import { seed } from "./helpers.js";

describe("excerpt", () => {
  it("collapses white space and cuts at 120 code points with an ellipsis", () => {
    expect(excerpt("第一段。\n\n第二段。")).toBe("第一段。 第二段。");
    const long = "财".repeat(130);
    expect(excerpt(long)).toBe(`${"财".repeat(EXCERPT_LENGTH)}…`);
    expect(excerpt("财".repeat(120))).toBe("财".repeat(120));
  });

  it("never splits a character outside the BMP", () => {
    const text = `${"a".repeat(89)}𠀋𠀋𠀋`;
    expect(excerpt(text, 90)).toBe(`${"a".repeat(89)}𠀋…`);
    expect(excerpt("𠀋".repeat(90), 90)).toBe("𠀋".repeat(90));
  });
});

describe("the zone policy", () => {
  it("gives dates without a zone China's offset and leaves zoned ones alone", () => {
    expect(withChinaZone("2022-01-30")).toBe("2022-01-30T00:00:00+08:00");
    expect(withChinaZone("2022-01-30T09:59")).toBe("2022-01-30T09:59+08:00");
    expect(withChinaZone("2022-01-30T09:59:17Z")).toBe("2022-01-30T09:59:17Z");
    expect(withChinaZone("2022-01-30T09:59:17-05:00")).toBe("2022-01-30T09:59:17-05:00");
  });

  it("counts days and months on China's clock", () => {
    expect(chinaDay("2022-04-09T20:05:33Z")).toBe("2022-04-10");
    expect(chinaMonth("2022-04-30T16:00:00Z")).toBe("2022-05");
    expect(chinaDay(null)).toBeNull();
    expect(chinaDay("not a date")).toBeNull();
  });
});

describe("the search tokenizer", () => {
  it("folds width and case, keeps Han runs whole and other words apart", () => {
    expect(searchPieces("中国太保(601601.SH) ＣＰＩＣ A股")).toEqual([
      { han: true, text: "中国太保" },
      { han: false, text: "601601" },
      { han: false, text: "sh" },
      { han: false, text: "cpic" },
      { han: false, text: "a" },
      { han: true, text: "股" },
    ]);
    expect(searchPieces(" ，。！ ")).toEqual([]);
  });

  it("cuts a Han run into overlapping pairs", () => {
    expect(hanBigrams("中国太保")).toEqual(["中国", "国太", "太保"]);
    expect(hanBigrams("保")).toEqual([]);
  });
});

describe("the renderers", () => {
  it("write Markdown that caixun reads back to the same title, date and blocks", () => {
    for (const index of [0, 1, 2, 3, 4]) {
      const article = parse(seed(index));
      const again = parse(articleToMarkdown(article));
      expect(again.title).toBe(article.title);
      expect(again.publishedAt).toBe(article.publishedAt);
      expect(again.blocks).toEqual(article.blocks);
    }
  });

  it("write text with a line of metadata, and an <article> of escaped, sanitized HTML", () => {
    const article = parse(seed(0));
    expect(articleToText(article).split("\n").slice(0, 3)).toEqual([
      "连续六年！中国太保产、寿险双膺经营评价A级",
      "2022-01-30T09:59:17+08:00 · 北方网 · NW202201302266849892",
      "",
    ]);
    const html = htmlPage(article.title, articleToHtml(article));
    expect(html).toContain('<article id="NW202201302266849892">');
    expect(html).toContain('<time datetime="2022-01-30T09:59:17+08:00">');
    expect(html).toContain("<title>连续六年！中国太保产、寿险双膺经营评价A级</title>");
  });
});
