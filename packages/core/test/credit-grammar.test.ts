// The credit grammar, form by form: every row of fixtures/credit-forms.tsv is a real line with what
// must be read from it and where it was seen.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  IMAGE_CREDIT,
  readByline,
  readCreditLine,
  readDateline,
  readTrailingOutlet,
} from "../src/credits/grammar.js";
import { readLabelledFields } from "../src/credits/labelled-fields.js";
import { canonicalOutlet, looksLikeOutlet, sameOutlet } from "../src/credits/outlets.js";

const rows = readFileSync(join(import.meta.dirname, "fixtures/credit-forms.tsv"), "utf8")
  .split("\n")
  .filter((line) => line !== "" && !line.startsWith("#"))
  .map((line) => {
    const [reader, text, expected, seenIn] = line.split("\t");
    return { reader: reader!, text: text!, expected: JSON.parse(expected!) as unknown, seenIn: seenIn! };
  });

const READERS: Record<string, (text: string) => unknown> = {
  line: (text) => readCreditLine(text),
  dateline: (text) => readDateline(text),
  byline: (text) => readByline(text),
  trailing: (text) => readTrailingOutlet(text),
  image: (text) => IMAGE_CREDIT.test(text),
  fields: (text) => readLabelledFields(text),
};

describe("credit forms seen in real files", () => {
  it("has a table of forms for every reader", () => {
    for (const reader of Object.keys(READERS)) {
      expect(rows.filter((row) => row.reader === reader).length).toBeGreaterThanOrEqual(5);
    }
  });
  for (const row of rows) {
    it(`${row.reader}: ${row.text.slice(0, 40)} (${row.seenIn.slice(0, 60)})`, () => {
      expect(READERS[row.reader]!(row.text)).toEqual(row.expected);
    });
  }
});

describe("outlet names", () => {
  it.each([
    "新华社",
    "深圳商报",
    "健康上海12320",
    "21世纪经济报道",
    "财新",
    "36氪",
    "央视新闻",
    "南方财经全媒体",
  ])("%s reads as an outlet", (name) => expect(looksLikeOutlet(name)).toBe(true));
  it.each(["杨欢 渠鸿儒", "本报", "记者", "据新华社", "国家统计局消息", "一家公司的公告说了很多话网"])(
    "%s does not",
    (name) => expect(looksLikeOutlet(name)).toBe(false),
  );
  it("compares names through their abbreviations and spellings", () => {
    expect(sameOutlet("36kr", "36氪")).toBe(true);
    expect(sameOutlet("每经", "每日经济新闻")).toBe(true);
    expect(sameOutlet("新华社", "新华网")).toBe(false);
  });
  it("credits an outlet's flash channel to the outlet", () => {
    // datasets/dev/tune/jekyll-archive/terminus__2018-04-07-Myzaker-LiYouyou.md: 出自 [现代快报快讯](…)
    expect(canonicalOutlet("现代快报快讯")).toBe("现代快报");
    expect(canonicalOutlet("每经快讯")).toBe("每日经济新闻");
    expect(canonicalOutlet("今日快讯")).toBe("今日快讯");
    expect(canonicalOutlet("快讯")).toBe("快讯");
  });
});

describe("copyright notices", () => {
  it("reads the owner a notice names, through the agencies' English names", () => {
    expect(readCreditLine("Copyright © 2021 Reuters. All rights reserved.")).toEqual({
      kind: "copyright",
      owner: "路透",
    });
    expect(readCreditLine("©2019 财新传媒 版权所有")).toEqual({ kind: "copyright", owner: "财新传媒" });
  });
  it("reads nothing from a notice without an owner, or a sentence that mentions ©", () => {
    expect(readCreditLine("© 版权所有")).toBeNull();
    expect(readCreditLine("©")).toBeNull();
    expect(readCreditLine("Copyright © 1996-2020 SINA Corporation")).toBeNull();
    expect(
      readCreditLine("该图片的版权归原作者所有，©标记表示其受保护，转载请注明出处并联系作者。"),
    ).toBeNull();
  });
});
