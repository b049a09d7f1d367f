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

  it("is no Typst page when the text opens otherwise (a Markdown tag, a heading)", () => {
    expect(readTypstPage("#投资 #股票\n\n正文。", "a.md")).toBeNull();
    expect(readTypstPage("# 标题\n\n正文。", "a.md")).toBeNull();
    expect(readTypstPage("#settings are here\n", "a.md")).toBeNull();
  });
});
