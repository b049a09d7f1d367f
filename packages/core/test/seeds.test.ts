import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { SEEDS, seed } from "./helpers.js";

const parseSeed = (index: number) => parse(seed(index), { filename: SEEDS[index] });
const codes = (article: ReturnType<typeof parse>) => article.warnings.map((w) => w.code);
const headings = (article: ReturnType<typeof parse>) =>
  article.blocks.filter((b) => b.type === "heading").map((b) => ("text" in b ? b.text : ""));

describe("seed 000 — finews Jekyll post with eastmoney widgets", () => {
  const article = parseSeed(0);

  it("reads the metadata exactly", () => {
    expect(article.id).toBe("NW202201302266849892");
    expect(article.title).toBe("连续六年！中国太保产、寿险双膺经营评价A级");
    expect(article.publishedAt).toBe("2022-01-30T09:59:17+08:00");
    expect(article.source).toEqual({ name: "北方网", slug: "beifangwang" });
    expect(article.via).toEqual([]);
    expect(article.originalUrl).toBe(
      "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201302266849892",
    );
    expect(article.format).toBe("finews-jekyll");
    expect(article.categories).toEqual(["beifangwang"]);
    expect(article.tags).toEqual(["北方网新闻"]);
    expect(article.extra).toEqual({ layout: "post" });
  });

  it("finds the three listings from the chart widgets", () => {
    expect(article.securities).toEqual([
      { code: "601601", market: "SH", how: "widget", mentions: 0 },
      { code: "02601", market: "HK", how: "widget", mentions: 0 },
      { code: "CPIC", market: "LSE", how: "widget", mentions: 0 },
    ]);
  });

  it("flags the 2105 typo as a future year and nothing else", () => {
    expect(codes(article)).toEqual(["future-year"]);
    expect(article.warnings[0]!.message).toContain("2105");
  });

  it("keeps the body from first to last sentence without widgets, credits or footer", () => {
    expect(article.text.startsWith("1月28日，由中国保险行业协会公布")).toBe(true);
    expect(article.text.endsWith("奋力打造行业高质量发展新高地。")).toBe(true);
    for (const junk of ["EM_StockImg", "K图", "文章来源", "NewsShare", "返回北方网新闻", "返回首页"]) {
      expect(article.text).not.toContain(junk);
      expect(article.html).not.toContain(junk);
    }
    expect(headings(article)).toEqual([
      "践行客户经营理念完善“太保服务”支撑体系",
      "发挥主业协同优势打造“服务+”助力高质量发展",
    ]);
    expect(article.images).toEqual([]);
  });

  it("reads figures with their values", () => {
    expect(article.figures).toContainEqual({ text: "31.9%", value: 0.319, unit: "ratio" });
    expect(article.figures).toContainEqual({ text: "1.2万张", value: 12000, unit: "count" });
    expect(article.figures).toContainEqual({ text: "1678亿元", value: 167800000000, unit: "CNY" });
  });
});

describe("seed 001 — plain text", () => {
  const article = parseSeed(1);

  it("takes the first line as title and has no date", () => {
    expect(article.title).toBe("中国太保产险曾义:金融为民守初心,将消费者权益保护进行到底");
    expect(article.publishedAt).toBeNull();
    expect(article.source).toBeNull();
    expect(article.format).toBe("plain-text");
    expect(codes(article)).toEqual(["title-from-first-line", "no-date"]);
    expect(article.warnings[0]!.line).toBe(1);
  });

  it("reads the editor credit and removes it from the text", () => {
    expect(article.editor).toBe("马欣");
    expect(article.text).not.toContain("责任编辑");
    expect(article.text.endsWith("创新共赢”的核心价值观。")).toBe(true);
  });

  it("turns short unpunctuated lines into headings", () => {
    expect(headings(article)).toEqual([
      "聚焦主业,助力高质量发展",
      "一体化营运,守护人民美好生活",
      "多措并举,持续推进“大消保”建设",
    ]);
  });

  it("reads figures in 亿元 and 万亿元", () => {
    expect(article.figures).toContainEqual({ text: "77000亿元", value: 7.7e12, unit: "CNY" });
  });

  it("has a content-hash id that is stable", () => {
    expect(article.id).toBe("h1e6ee064278d408d");
    expect(parse(seed(1)).id).toBe(article.id);
  });
});

describe("seed 002 — bold numbered headings", () => {
  const article = parseSeed(2);

  it("reads metadata and headings", () => {
    expect(article.id).toBe("NW202204282363815497");
    expect(article.title).toBe("中国太保聚焦主责主业 助力打赢疫情防控大战硬战");
    expect(article.publishedAt).toBe("2022-04-28T14:08:53+08:00");
    expect(article.source).toEqual({ name: "北方网", slug: "beifangwang" });
    expect(article.originalUrl).toBe(
      "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202204282363815497",
    );
    expect(headings(article)).toEqual([
      "一、“守”好主业，“护”好民生",
      "二、“守”好责任，“护”好社区",
      "三、“守”好组织，“护”好根基",
    ]);
    expect(article.warnings).toEqual([]);
    expect(article.text.endsWith("守住了基本运营安全底线。")).toBe(true);
  });
});

describe("seed 003 — another outlet", () => {
  const article = parseSeed(3);

  it("reads 河北日报 from the credit, agreeing with the category", () => {
    expect(article.id).toBe("NW202203172312487194");
    expect(article.publishedAt).toBe("2022-03-17T05:17:21+08:00");
    expect(article.source).toEqual({ name: "河北日报", slug: "hebeiribao" });
    expect(article.text.startsWith("河北人保财险，是省内规模最大")).toBe(true);
    expect(article.text.endsWith("进企业、进校园活动。")).toBe(true);
    expect(headings(article)).toContain("“六大服务”助力“六个现代化河北”建设");
  });
});

describe("seed 004 — Hexo aggregator repost", () => {
  const article = parseSeed(4);

  it("reads title, GMT date, source and the repost chain", () => {
    expect(article.title).toBe("平安产险多项服务获评_2021中国银行业保险业年度服务创新案例");
    expect(article.publishedAt).toBe("2022-04-09T13:05:33Z");
    expect(article.source).toEqual({ name: "雅安日报" });
    expect(article.via).toEqual(["中新网四川", "趣头条"]);
    expect(article.author).toBeNull();
    expect(article.format).toBe("hexo-aggregator");
    expect(article.warnings).toEqual([]);
  });

  it("drops the ad, the copyright line, the credits and the placeholder images", () => {
    for (const junk of ["公益广告", "转自", "【来源", "版权归原作者所有", "picsum"]) {
      expect(article.text).not.toContain(junk);
      expect(article.html).not.toContain(junk);
    }
    expect(article.images).toEqual([]);
    expect(article.text.startsWith("近日，由《中国银行保险报》主办的")).toBe(true);
    expect(article.text.endsWith("为客户提供省心、省时、省钱的服务。")).toBe(true);
  });

  it("keeps the photo credit as a caption and splits run-in bold headings", () => {
    expect(article.blocks[1]).toEqual({
      type: "image",
      src: null,
      alt: null,
      caption: "相关奖牌。平安产险四川分公司 供图",
    });
    expect(article.html).toContain(
      "<figure><figcaption>相关奖牌。平安产险四川分公司 供图</figcaption></figure>",
    );
    expect(headings(article)).toEqual([
      "积极探索“适老化”服务 护航幸福晚年",
      "发挥经济“稳定器”作用 助力防灾减损",
      "为江海堤防设施上保险 护一方平安",
    ]);
  });
});
