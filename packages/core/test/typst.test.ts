// Typst pages (`readers/typst.ts`): Fragecity/QuanTrade book-src/guide/terminology/债券.typ and 基金.typ
// @ 83febb93e87c3f70374d49cc878bafc101f808d4 (datasets/fresh-55/typst-shiroa-book), a shiroa book's pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { readTypstPage } from "../src/readers/typst.js";

const page = (name: string) =>
  readFileSync(join(import.meta.dirname, "../../../datasets/fresh-55/typst-shiroa-book", name), "utf8");

describe("a Typst page", () => {
  it("is titled by its show rule's title and reads its heads, box and strong run-ins as text", () => {
    const article = parse(page("quantrade__债券.typ"), { filename: "债券.typ" });
    expect(article.title).toBe("债券");
    expect(article.text.startsWith("债券与债券的价格\n\n债券说白了就是借条")).toBe(true);
    expect(article.text).toContain("你必须“打折”出售，比如以 98.1元 的价格卖掉。");
    expect(article.text).toContain("假设美债利率是5%，那么所有增值速度低于 5%的资产");
    for (const markup of ["#import", "#show", "book-page", "#rect", "*", "$"])
      expect(article.text).not.toContain(markup);
  });

  it("reads a #table call's cells as rows of its columns", () => {
    const article = parse(page("quantrade__基金.typ"), { filename: "基金.typ" });
    expect(article.text).toContain(
      "项目\tETF\t开放式基金\n交易场所\t一级市场申赎 + 二级市场买卖\t一级市场（申购赎回）\n",
    );
    expect(article.text).not.toContain("columns");
  });

  it("is titled by its first heading when no rule states a title; inline calls keep their content", () => {
    const read = readTypstPage(
      '#set text(lang: "zh")\n\n= 开放式基金\n见#link("https://a.cn")[基金合同]。#v(1em)\n',
      "a.typ",
    );
    expect(read?.document.body).toBe("\n# 开放式基金\n见基金合同。\n");
    expect(
      parse('#set text(lang: "zh")\n\n= 开放式基金\n\n见#link("https://a.cn")[基金合同]。\n').title,
    ).toBe("开放式基金");
  });

  it("keeps the text after a call left open to the page's end, and a table's columns to its cells", () => {
    // 基金.typ's table call with the `)` closing it lost (a page cut short, a paren in a string): the call was read to
    // the page's end, so the text after it went with it in silence.
    const fund = page("quantrade__基金.typ");
    const open = fund.replace(/\n\)\n/, "\n");
    expect(open).not.toBe(fund);
    const article = parse(open, { filename: "基金.typ" });
    expect(article.text).toContain("stroke: 1pt, [项目], [ETF], [开放式基金], [交易场所],");
    expect(article.text.slice(-40)).toBe(parse(fund, { filename: "基金.typ" }).text.slice(-40));
    // A column count past any table's (a head row of 10^9 `---` is past a string's length; the page was salvaged
    // line by line, `parse-failed`): the table is as many columns as it has cells.
    const read = readTypstPage(
      '#set text(lang: "zh")\n= 表\n#table(columns: 999999999,\n[项目], [ETF],\n)\n正文。\n',
      "a.typ",
    );
    expect(read?.document.body).toBe("# 表\n\n| 项目 | ETF |\n| --- | --- |\n\n正文。\n");
  });

  it("is no Typst page when the text opens otherwise (a Markdown tag, a heading)", () => {
    expect(readTypstPage("#投资 #股票\n\n正文。", "a.md")).toBeNull();
    expect(readTypstPage("# 标题\n\n正文。", "a.md")).toBeNull();
    expect(readTypstPage("#settings are here\n", "a.md")).toBeNull();
  });
});
