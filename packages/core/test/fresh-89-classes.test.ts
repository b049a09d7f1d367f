// The classes of datasets/fresh-89's misses, read in session 53 (provenance of each file in datasets/fresh-89/SOURCES.tsv;
// the other excerpts name the search index's file id they were cut from):
// - a list's headline items with no text and no link, but the outlet that ran each and when (a finance app's GsonFormat
//   bean keeping its 要闻 response: gson-bean/gogoal__InfomationData.java, file id 23409792555) — `readers/record.ts`;
// - a product's try-it ad as a line of its own (东方财富's `全新妙想投研助理，立即体验`, file id 67475179252; an app's update
//   prompt `新版本已经准备好，立即体验`, file id 36682534864; a sign-in button's `无需注册，立即体验`, file id 59142562939)
//   — `stages/boilerplate-lines.ts`;
// - a page's state object (腾讯新闻's `window.DATA = {…, "media", "pubtime"}`, file ids 34508829316 and 35076552913) and
//   头条搜索's `bytedance:published_time` meta (新浪财经's page, file id 56130184448) — `extract/page.ts`;
// - a dispatch's dateline pasted as the story's last paragraph (a HeidiSQL row of 中新网's story, file id 24854734832)
//   — `stages/credits.ts`;
// - a note's `原文链接` in a list of fields at its foot or head (file ids 56670092534 and 55365394261) — `stages/credits.ts`;
// - a story's object given its address by a setter beside its text (`news.setUrl(…)`, file id 35076552913)
//   — `readers/code-records.ts`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { codeRecords } from "../src/readers/code-records.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { genericDrop } from "../src/stages/boilerplate.js";
import { REPO } from "./helpers.js";

const SET = join(REPO, "datasets/fresh-89");
const read = (path: string) => readFileSync(join(SET, path), "utf8");
const articles = (text: string, filename: string) =>
  [...parseAllSync(new TextEncoder().encode(text), { filename })].flatMap((result) =>
    result.ok ? [result.article] : [],
  );
const dropped = (line: string) => genericDrop().some((test) => test.test(line));

describe("a list's headline items that name their outlet and time", () => {
  it("reads a bean's sample response: every item a headline, the javadoc's copy of the first after them", () => {
    const items = articles(read("gson-bean/gogoal__InfomationData.java"), "InfomationData.java");
    expect(items).toHaveLength(16);
    expect(items[0]).toMatchObject({
      ref: "item 1",
      title: "“6·18”引爆新零售狂欢 折射消费升级三趋势",
      publishedAt: "2017-06-19T08:51:40+08:00",
      source: { name: "证券时报" },
    });
    expect(items[9]).toMatchObject({
      ref: "item 10",
      title: "高盛清仓式减持 A股原始股成“摇钱树”",
      publishedAt: "2017-06-19T11:04:00+08:00",
      source: { name: "上海证券报" },
    });
    expect(items[15]).toMatchObject({ ref: "item 16", source: { name: "证券时报" } });
    for (const item of items) expect(item.text).not.toMatch(/ggimage\.go-goal\.cn|private String|\\u201c/);
  });

  it("reads no item whose source is no outlet, or that states no time", () => {
    // The same response's shape with the outlet replaced by an app's channel code, then with the date dropped.
    const noOutlet = `/**\n * data : [{"id":7055,"title":"智能网联汽车分技术委员会获批 产业发展提速","source":"android","date":"2017-06-19 16:36:15"},{"id":7078,"title":"亚欧数字互联互通论坛今召开 聚焦数字经济发展","source":"android","date":"2017-06-19 16:35:22"}]\n */\n`;
    const noTime = noOutlet
      .replaceAll('"source":"android"', '"source":"中国证券网"')
      .replace(/,"date":"[^"]*"/g, "");
    expect(articles(noOutlet, "Bean.java").filter((item) => item.ref !== null)).toHaveLength(0);
    expect(articles(noTime, "Bean.java").filter((item) => item.ref !== null)).toHaveLength(0);
  });
});

describe("a product's try-it ad on a line of its own", () => {
  it("drops the call after one clause, as the ads and prompts write it", () => {
    expect(dropped("全新妙想投研助理，立即体验")).toBe(true);
    expect(dropped("新版本已经准备好，立即体验")).toBe(true);
    expect(dropped("无需注册，立即体验")).toBe(true);
    expect(dropped("GitHub 开源，立即体验")).toBe(true);
  });

  it("keeps a story's sentence that says users may try it", () => {
    expect(dropped("用户可立即体验。")).toBe(false);
    expect(dropped("该功能上线后，用户可以立即体验新版")).toBe(false);
    expect(dropped("新版本已经准备好，立即体验的用户反馈良好。")).toBe(false);
  });

  it("reads 东方财富's body without its ad link: the first sentence is the title", () => {
    const article = parse(read("eastmoney-body-fixture/stock-etl-test__em-institution-research.html"));
    expect(article.title.startsWith("近5日机构合计调研203家公司")).toBe(true);
    expect(
      article.text.startsWith("近5日机构合计调研203家公司，杰瑞股份、美埃科技等被多家机构扎堆调研。"),
    ).toBe(true);
    expect(article.text).not.toContain("全新妙想投研助理");
  });
});

describe("a page's state object and 头条搜索's time tag", () => {
  it("reads 腾讯新闻's window.DATA: pubtime, not the CMS's US-style apub:time", () => {
    const article = parse(read("tencent-news-page/gotest__jiaozhen-rumour-list-2020-11.html"));
    expect(article).toMatchObject({
      title: "流感疫苗副作用大不能接种？腾讯新闻较真平台发布11月最全辟谣榜",
      publishedAt: "2020-11-30T21:48:28+08:00",
      source: { name: "较真" },
    });
    expect(article.text).not.toMatch(/window\.DATA|xGv00/);
  });

  // The head of the same page (file id 34508829316), cut to its title and the state script, over a body of its story.
  const page = (script: string) =>
    `<html><head><title>流感疫苗副作用大不能接种？腾讯新闻较真平台发布11月最全辟谣榜_腾讯新闻</title>\n<script>${script}</script></head>\n<body><div class="content-article"><h1>流感疫苗副作用大不能接种？腾讯新闻较真平台发布11月最全辟谣榜</h1><p class="one-p">11月份腾讯新闻较真平台也依旧在全力终结谣言、播种知识。快来看看过去一个月中社会国际、食品安全、医疗健康领域的TOP谣言都有哪些吧。</p></div></body></html>`;
  const state = `{\n\t\t"article_id": "20201130A0G1JJ",\n\t\t"title": "流感疫苗副作用大不能接种？腾讯新闻较真平台发布11月最全辟谣榜",\n\t\t"media": "较真",\n\t\t"pubtime": "2020-11-30 21:48:28"\n}`;

  it("reads the assignment alone, `window.` or `var`, with or without its semicolon", () => {
    for (const script of [`window.DATA = ${state}`, `var DATA = ${state};`]) {
      expect(parse(page(script)).publishedAt).toBe("2020-11-30T21:48:28+08:00");
    }
  });

  it("reads no object inside a script's code", () => {
    expect(parse(page(`var DATA = ${state}; track(DATA);`)).publishedAt).toBeNull();
    expect(parse(page(`if (x) { window.DATA = ${state} }`)).publishedAt).toBeNull();
  });

  it("reads the story's address set beside its page in code, and the page's state (a Lucene demo's setters)", () => {
    const article = parse(read("news-record-in-code/bistu-ir__SearchMain.java"));
    expect(article).toMatchObject({
      title: "见证：42000多张照片 记住英雄面孔",
      publishedAt: "2020-04-13T10:27:11+08:00",
      source: { name: "长江云" },
      originalUrl: "https://new.qq.com/omn/TWF20200/TWF2020041300303000.html",
    });
  });

  it("reads setters' literals of any text without throwing; a link's setter on another object is not the story's", () => {
    const story = "一场突如其来的疫情让医护人员成为最美逆行者。".repeat(12);
    const code = (setter: string) => `News news = new News();\n${setter}\nnews.setContent("${story}");\n`;
    expect(
      codeRecords(code('news.setUrl("https://new.qq.com/omn/a.html");'), DEFAULT_SETTINGS).records,
    ).toEqual([{ content: story, url: "https://new.qq.com/omn/a.html" }]);
    expect(
      codeRecords(code('oldNews.setUrl("https://new.qq.com/omn/a.html");'), DEFAULT_SETTINGS).records,
    ).toEqual([{ content: story }]);
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (noise) => {
        const { records } = codeRecords(code(`news.setUrl(${noise}`), DEFAULT_SETTINGS);
        expect(records.length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 200 },
    );
  });

  it("reads 新浪财经's bytedance:published_time to the minute, over the address's day", () => {
    const article = parse(read("sina-finance-page/monitor-test__sina-wm-nvidia-cpo.html"));
    expect(article).toMatchObject({
      publishedAt: "2026-07-09T07:49:00+08:00",
      source: { name: "北向牧风" },
      via: ["新浪财经"],
      originalUrl: "https://finance.sina.com.cn/wm/2026-07-09/doc-inihefve8236522.shtml",
    });
  });

  it("never throws on a script of any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (body) => {
        const article = parse(page(`window.DATA = {${body}`));
        expect(typeof article.text).toBe("string");
      }),
      { numRuns: 100 },
    );
  });
});

describe("a dispatch's dateline pasted last", () => {
  it("reads 中新网's dateline from the last paragraph when no lead holds one", () => {
    const article = parse(read("heidisql-dump/news-site__news-25-noto-quake.sql"));
    expect(article.source).toEqual({ name: "中新网" });
    expect(article.text.endsWith("下落不明人数调整为120人。")).toBe(true);
  });

  const story = (last: string) =>
    `据此前报道，1月1日下午，能登地区发生7.6级地震，目前震中的救援活动仍在持续进行。\n\n日本共同社还报道称，地震发生一周以来，受灾地区多地积雪，影响近2.9万名疏散人员的救援和支援工作。\n\n${last}\n`;

  it("reads no place-only dateline, and no outlet a last paragraph only cites", () => {
    expect(
      parse(story("东京1月9日电 据报道，日本石川县9日公布的最新统计数据显示，能登地区地震已造成180人遇难。"))
        .source,
    ).toBeNull();
    expect(
      parse(story("日本放送协会1月9日报道，能登地区地震已造成180人遇难，下落不明人数调整为120人。")).source,
    ).toBeNull();
  });
});

describe("a note's 原文链接 in a list of fields", () => {
  it("reads the link of a knowledge note's 来源 list at its foot", () => {
    const article = parse(read("knowledge-note-md/ai-notes__anthropic-stainless.md"));
    expect(article.originalUrl).toBe(
      "https://finance.sina.com.cn/tech/digi/2026-05-19/doc-inhyksxt2337150.shtml",
    );
  });

  it("reads a reading note's list under its title (file id 55365394261, cut)", () => {
    const note =
      "# How we contain Claude across products\n\n- 原文链接：https://www.anthropic.com/engineering/how-we-contain-claude\n- 推荐理由：看 Anthropic 怎么做“能力越强、边界越严”的产品级安全设计。\n- 阅读日期：2026-07-07\n\n## 阅读关注点\n- containment\n- blast radius\n\n这是一段笔记正文，记下产品级安全设计的思路，以及环境层与模型层的区别。\n";
    expect(parse(note, { filename: "note.md" }).originalUrl).toBe(
      "https://www.anthropic.com/engineering/how-we-contain-claude",
    );
  });

  it("reads none from a digest whose items each list their own original (file id 27626926621's form)", () => {
    const item = (n: number, url: string) =>
      `## ${n}. 第${n}篇论文的中文解读标题\n\n这篇论文研究了候选顺式调控组件对基因表达的影响，作者使用了批量干扰的方法。\n\n- 原文链接：${url}\n`;
    const digest = [1, 2, 3]
      .map((n) => item(n, `https://www.science.org/doi/10.1126/science.adh769${n}`))
      .join("\n");
    expect(parse(`# 本周论文速递\n\n${digest}`, { filename: "digest.md" }).originalUrl).toBeNull();
  });
});
