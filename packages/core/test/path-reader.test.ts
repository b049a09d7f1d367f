// What a file's path says about the story in it (src/readers/file-path.ts, enrich/date-evidence.ts
// `dateFromFolder`): a news data set unpacked as `<news date>/<headline>.txt` (datasets/fresh-22) names the
// story in its file and dates it by its folder; the file holds the body only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateFromFolder } from "../src/enrich/date-evidence.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { fileNameHeadline, restatesFileHeadline } from "../src/readers/file-path.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";

const MIN_HAN = DEFAULT_SETTINGS.fileHeadlineMinHan;
const FRESH_22 = join(import.meta.dirname, "../../../datasets/fresh-22/cfn-text");

describe("the headline a file's name gives", () => {
  it.each([
    // datasets/fresh-22: the writer's punctuation dropped or turned into spaces stays as written.
    ["article/2020-03-10/统计局 2月份食品价格环比上涨4 3%.txt", "统计局 2月份食品价格环比上涨4 3%"],
    [
      "article/2014-09-17/[快讯]9月17日银行间外汇市场人民币汇率中间价.txt",
      "[快讯]9月17日银行间外汇市场人民币汇率中间价",
    ],
    ["C:\\news\\2019-01-04\\大势分析 主力动向与投资机会 （201.txt", "大势分析 主力动向与投资机会 （201"],
    // datasets/dev scraper-text: a collector's slug before the name, no extension.
    ["cutecrawlers__万科打算给独立董事加薪水", "万科打算给独立董事加薪水"],
    // A Jekyll post's date before the name.
    ["_posts/2023-05-06-央行开展逆回购操作.md", "央行开展逆回购操作"],
    // A file manager's copy of it.
    ["downloads/央行开展逆回购操作 (1).txt", "央行开展逆回购操作"],
    ["downloads/央行开展逆回购操作 - 副本.txt", "央行开展逆回购操作"],
    // datasets/fresh-53 mkdocs-notes: a note titled by its name, gzipped (`caixun parse` reads `.md.gz` as `.md`).
    ["notes/人民币汇率为什么还是坚挺.md.gz", "人民币汇率为什么还是坚挺"],
    // A series' part in the headline stays.
    ["news/年报季系列报道（2）.txt", "年报季系列报道（2）"],
  ])("%s → %s", (path, headline) => {
    expect(fileNameHeadline(path, MIN_HAN)).toBe(headline);
  });

  it.each([
    "eastmoney__duan-popmart.md",
    "_posts/2021-12-08-202112082206907056.md",
    "2023-5-6-晨报.md",
    "新闻.txt",
    "index.html",
    "sina-company__iircuyvi8635468",
    "新建文本文档 (2).txt",
    "未命名文档五六七八.md",
  ])("%s names no story", (path) => {
    expect(fileNameHeadline(path, MIN_HAN)).toBeNull();
  });

  it("is none without a path", () => {
    expect(fileNameHeadline(undefined, MIN_HAN)).toBeNull();
  });

  it("reads a first line as the headline punctuated, cut or shortened; a lede is not", () => {
    expect(
      restatesFileHeadline("统计局：2月份食品价格环比上涨4.3%", "统计局 2月份食品价格环比上涨4 3%"),
    ).toBe(true);
    expect(
      restatesFileHeadline(
        "亚太股市全线重挫！香港恒生指数收盘狂泻逾5%",
        "亚太股市全线重挫_恒生指数收盘狂泻逾5%",
      ),
    ).toBe(true);
    expect(
      restatesFileHeadline(
        "央行有关负责人指出，下一步将发展绿色股票指数与相关产品",
        "央行 银行间债券市场推出绿色金融债券",
      ),
    ).toBe(false);
  });

  it("gives any name of Han characters under a day folder back as its headline (property)", () => {
    const han = fc
      .array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: MIN_HAN, maxLength: 30 })
      .map((codes) => String.fromCodePoint(...codes));
    fc.assert(
      fc.property(han, han, (first, second) => {
        expect(fileNameHeadline(`data/2016-02-02/${first} ${second}.txt`, MIN_HAN)).toBe(
          `${first} ${second}`,
        );
      }),
    );
  });
});

describe("the day a file's folder gives", () => {
  it.each([
    ["article/2016-02-02/央行完善利率走廊.txt", { year: 2016, month: 2, day: 2 }],
    ["article\\20160202\\央行完善利率走廊.txt", { year: 2016, month: 2, day: 2 }],
    ["content/posts/2022/04/28/story.md", { year: 2022, month: 4, day: 28 }],
    ["news/2019年1月4日/story.txt", { year: 2019, month: 1, day: 4 }],
  ])("%s → %o", (path, day) => {
    expect(dateFromFolder(path)).toEqual(day);
  });

  it.each([
    "export-2023-01-05/story.txt",
    "2016-02-02.txt",
    "posts/2022/04/story.md",
    "2016-02-31/story.txt",
  ])("%s gives none", (path) => {
    expect(dateFromFolder(path)).toBeNull();
  });
});

describe("a story under its headline and its day (datasets/fresh-22/cfn-text)", () => {
  const file = (folder: string, name: string) => {
    const path = join(FRESH_22, folder, name);
    return parse(readFileSync(path), { filename: path });
  };

  it("takes the title from the file name and the date from the folder; the first line is the lede", () => {
    const article = file("2015-12-23", "央行 银行间债券市场推出绿色金融债券.txt");
    expect(article.title).toBe("央行 银行间债券市场推出绿色金融债券");
    expect(article.publishedAt).toBe("2015-12-23T00:00:00+08:00");
    expect(
      article.text.startsWith("央行有关负责人指出，下一步将发展绿色股票指数与相关产品\n\n为贯彻落实"),
    ).toBe(true);
    expect(article.warnings.map((w) => w.code)).toEqual([]);
  });

  it("reads the securities a headline in a file name writes", () => {
    const article = file("2018-09-19", "加码基建与新兴业务 中国中冶(601618)正焕发新生机.txt");
    expect(article.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["601618.SH"]);
  });

  it("reads a column's closing credit as its source and analyst, and takes it out of the text", () => {
    const article = file("2019-01-04", "大势分析 主力动向与投资机会 （201.txt");
    expect(article.title).toBe("大势分析 主力动向与投资机会 （201");
    expect(article.source?.name).toBe("港澳资讯");
    expect(article.author).toBe("徐波");
    expect(article.text.endsWith("综上所述， 大飞通航居先， 旅游酒店调整。")).toBe(true);
  });

  it("reads the same body without its path as before: the first line is its title, no date", () => {
    const path = join(FRESH_22, "2015-12-23", "央行 银行间债券市场推出绿色金融债券.txt");
    const article = parse(readFileSync(path));
    expect(article.title).toBe("央行有关负责人指出，下一步将发展绿色股票指数与相关产品");
    expect(article.publishedAt).toBeNull();
  });
});

describe("a path's headline and day beside what the file says", () => {
  it("keeps a first line that restates the file's headline as the title, punctuated", () => {
    const article = parse("统计局：2月份食品价格环比上涨4.3%\n2月份，全国CPI环比上涨0.8%。\n", {
      filename: "article/2020-03-10/统计局 2月份食品价格环比上涨4 3%.txt",
    });
    expect(article.title).toBe("统计局：2月份食品价格环比上涨4.3%");
    expect(article.text).toBe("2月份，全国CPI环比上涨0.8%。");
  });

  it("leaves a stated title and a stated date above the path's", () => {
    const article = parse("---\ntitle: 前言标题\ndate: 2021-12-08 10:00:00\n---\n正文第一段。\n", {
      filename: "article/2016-02-02/央行完善利率走廊 首现1个月SLF利率.md",
    });
    expect(article.title).toBe("前言标题");
    expect(article.publishedAt).toBe("2021-12-08T10:00:00+08:00");
    expect(article.warnings.map((w) => w.code)).toContain("date-conflict");
  });

  it("trusts the file name's date over its folder's, and says they disagree", () => {
    const article = parse("正文第一段，没有标题行。\n第二段。\n", {
      filename: "archive/2016-02-02/2016-02-03-央行完善利率走廊首现利率.txt",
    });
    expect(article.title).toBe("央行完善利率走廊首现利率");
    expect(article.publishedAt).toBe("2016-02-03T00:00:00+08:00");
    const conflict = article.warnings.find((w) => w.code === "date-conflict");
    expect(conflict?.message).toBe("the file-name date 2016-02-03 was kept; folder 2016-02-02 disagree");
  });

  it("names no record of a dump by its input's file", () => {
    const dump = '{"content": "正文第一段。"}\n{"content": "另一段正文。"}\n';
    const titles = [
      ...parseAllSync(dump, { filename: "data/2016-02-02/央行完善利率走廊首现利率.jsonl" }),
    ].map((result) => (result.ok ? result.article.title : result.failure.code));
    expect(titles).toEqual(["正文第一段", "另一段正文"]);
  });
});
