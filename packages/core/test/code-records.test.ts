// Records kept in a source file's code (src/readers/code-records.ts), on the real files of datasets/fresh-54 (their
// provenance in datasets/fresh-54/SOURCES.tsv): a Vue component's data() mock (Rex-Xinchao/cq-industriay,
// frontend/src/components/analysis/information/news.vue, search-index file 5830991121), a fixture module of
// 华尔街见闻's article-list response (colla2me/Vue-Popover, static/article.js, commit
// f0b7e4da7587d458aef8ff186131b06a18863d0f), a GsonFormat bean's javadoc (Leeguanhui/WDTechs,
// app/src/main/java/com/wd/tech/bean/NewsDetailsBean.java, commit 941039fcf6e98ab5c9d467f133a015f88dbe3515) and a
// crawler README's sample row (maoding1/sinaCrawler, README.md, commit 0c336c850fad83dd790a079c422b1d50df48b8e3); and
// stories in Java string literals of datasets/fresh-56 (provenance in its SOURCES.tsv): an Android activity's text
// (Kerwin92/AppBarAPI21, app/src/main/java/com/brainstorm/neckup/activity/TodayRecActivity.java, commit
// 53d50d05ba4b3794054822e154b357203729a70b) and a Spring service's test seed (npmcdn-to-unpkg-bot/cgims,
// src/main/java/com/mimi/sxp/service/impl/InformationService.java, commit eeb079bb6db7db19553bae45496d895c643c967d).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { codeRecords } from "../src/readers/code-records.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { REPO } from "./helpers.js";

const SET = join(REPO, "datasets/fresh-54");
const FRESH_56 = join(REPO, "datasets/fresh-56/java-string-news");
const read = (path: string) => readFileSync(join(SET, path), "utf8");

describe("records in a source file's code", () => {
  it("reads a Vue component's mock item as its record; the template, script and styles are no text", () => {
    const article = parse(read("vue-sfc-mock-news/cq-industriay__news__zhitongcaijing-368310.vue"));
    expect(article).toMatchObject({
      title: "Needham：特斯拉(TSLA.US)将面临更大的竞争压力 予“减持“评级",
      // `tim` (the time of day) over `dt` (the day alone).
      publishedAt: "2020-11-26T10:29:18+08:00",
      // The API's abbreviated credit, `auth`.
      source: { name: "智通财经" },
      originalUrl: "https://www.zhitongcaijing.com/content/detail/368310.html",
    });
    expect(article.text.startsWith("智通财经APP获悉，随着电动车制造行业的崛起")).toBe(true);
    expect(article.text.endsWith("来证明其高市盈率是合理的。")).toBe(true);
    expect(article.text).not.toMatch(/el-select|newsSentiWeight|TSLA_NQ_EQ|<\/style>/);
  });

  it("reads a module exporting an API response: the article one level down, its author object and its dek", () => {
    const article = parse(read("js-api-fixture/vue-popover__article__3054212.js"));
    expect(article).toMatchObject({
      title: "十二年来最佳开局 对美股意味着什么？",
      publishedAt: "2018-01-07T20:54:48+08:00",
      source: { name: "华尔街见闻" },
      originalUrl: "https://wallstreetcn.com/articles/3054212",
      author: "张丹丹",
      text: "“如果你是美股多头，下周一是个大日子”。",
    });
  });

  it("reads a javadoc's ` * key : value` sample response; an owner's © after the credit is no part of it", () => {
    const article = parse(read("java-bean-javadoc/WDTechs__NewsDetailsBean.java"));
    expect(article).toMatchObject({
      title: "有摩拜的前车之鉴，为何哈啰仍要入局网约车？",
      publishedAt: "2018-10-15T14:58:03+08:00",
      source: { name: "中国企业家" },
    });
    expect(article.text.startsWith("谁说滴滴之后再无网约车？新的搅局者又来了。")).toBe(true);
    expect(article.text.endsWith("抱团作战的哈啰，能否上演新的逆袭？")).toBe(true);
    expect(article.text).not.toMatch(/private String|huxiucdn|<p>|relatedArticles/);
  });

  it("reads a README's sample row under its column names, its escapes as line breaks", () => {
    const article = parse(read("readme-crawl-sample/sinaCrawler__README.md"));
    expect(article).toMatchObject({
      title: "万科A(000002.SZ)：资金存入代理行指定账户以全数偿付到期美元中期票据本息",
      publishedAt: "2024-03-08T19:37:00+08:00",
      source: { name: "格隆汇" },
    });
    expect(article.text.startsWith("格隆汇3月8日丨万科A(000002.SZ)公布")).toBe(true);
    expect(article.text.endsWith("以全数偿付到期票据本息。")).toBe(true);
    expect(article.text).not.toMatch(/pip install|realty|\\n/);
  });

  // Excerpts of the same two files holding more records: test/fixtures/code-records/cq-industriay__news.vue is the
  // component with tableData cut to its second and third items (智通财经 454403, 钢企网 453700: the items of
  // fresh-54's zhitongcaijing and gqsoso files, which stand next to each other in it); vue-popover__article.js is
  // static/article.js's lines 1–34 (the us list's two articles) and its last three lines.
  const fixture = (name: string) =>
    readFileSync(join(REPO, "packages/core/test/fixtures/code-records", name));
  const titles = (bytes: Uint8Array, filename: string) =>
    [...parseAllSync(bytes, { filename })].map((result) =>
      result.ok ? [result.article.ref, result.article.title, result.article.source?.name] : result.failure,
    );

  it("reads each of many news records in a component's mock list, as a JSON array's (parseAll)", () => {
    const bytes = fixture("cq-industriay__news.vue");
    expect(titles(bytes, "news.vue")).toEqual([
      ["item 1", "Needham：特斯拉(TSLA.US)将面临更大的竞争压力 予“减持“评级", "智通财经"],
      ["item 2", "归母净利大幅下跌 太平洋证券评级连三年连降", "钢企网"],
    ]);
    // `parse` reads the file whole, as it reads a JSON array of records, and says so.
    const article = parse(bytes, { filename: "news.vue" });
    expect(article.warnings.find((warning) => warning.code === "many-documents")?.message).toBe(
      "the input holds many documents (news records in a source file's code); parseAll gives one Article each",
    );
  });

  it("reads each article of a fixture module's API response, with its own time, author and link", () => {
    const results = [...parseAllSync(fixture("vue-popover__article.js"), { filename: "article.js" })];
    expect(
      results.map((result) =>
        result.ok
          ? [result.article.ref, result.article.id, result.article.publishedAt, result.article.author]
          : result.failure,
      ),
    ).toEqual([
      ["item 1", "3054212", "2018-01-07T20:54:48+08:00", "张丹丹"],
      ["item 2", "3053849", "2018-01-07T17:08:07+08:00", "陶旖洁"],
    ]);
    expect(results[1]!.ok && results[1]!.article.originalUrl).toBe(
      "https://wallstreetcn.com/premium/articles/3053849?layout=wscn-layout",
    );
  });

  it("reads a story a class holds in string literals joined with + across lines; the code is no text", () => {
    const activity = parse(readFileSync(join(FRESH_56, "appbarapi21__TodayRecActivity.java"), "utf8"));
    expect(activity).toMatchObject({
      title: "5月13日，暴风科技（300431.SZ）再度涨停，股价达到252.86元，市值…",
    });
    expect(activity.warnings.map((w) => w.code)).toContain("title-derived");
    expect(activity.text.startsWith("5月13日，暴风科技（300431.SZ）再度涨停")).toBe(true);
    expect(activity.text.endsWith("导致公司一季度整体亏损。")).toBe(true);
    // One literal ends mid-sentence and the next opens with its full stop: joined, the sentence reads on.
    expect(activity.text).toContain("说明股民对它们的期待很高。但反过来");
    expect(activity.text).not.toMatch(/setText|Handler|滚动到最右边|" \+|kerwin/);
  });

  it("reads a test seed's HTML literal; the test values and a commented-out literal around it are no text", () => {
    const seed = parse(readFileSync(join(FRESH_56, "cgims__InformationService.java"), "utf8"));
    expect(seed.title).toBe("从政策面上来看，这或许是房贷市场最好的时代");
    expect(seed.text.startsWith("从政策面上来看，这或许是房贷市场最好的时代。")).toBe(true);
    expect(seed.text.endsWith("不然可能只能申请到九折优惠。”")).toBe(true);
    expect(seed.text).not.toMatch(/informationDao|iframe|摘要summary|hahaha|资讯内容/);
  });

  it("reads no literal from prose quoting in ASCII marks, nor from a quote its line does not close", () => {
    const quoted = `他说"${"市场情绪回暖带动成交放量，".repeat(30)}"。\n`;
    expect(codeRecords(quoted, DEFAULT_SETTINGS)).toEqual([]);
    expect(codeRecords(`x = "${"银行".repeat(150)}\n";`, DEFAULT_SETTINGS)).toEqual([]);
    expect(codeRecords(`x = "${"银行".repeat(150)}";`, DEFAULT_SETTINGS)).toEqual([
      { content: "银行".repeat(150) },
    ]);
  });

  it("keeps a file whose code holds no news record as the file it is", () => {
    const config = "export default {\n  title: '首页',\n  menu: [{ title: '关于', path: '/about' }]\n}\n";
    expect(parse(config).title).toBe("export default {");
    // A template string is code, not a literal's value: no record.
    expect(codeRecords("methods: { go() { return { title: `标题`, text: y } } }", DEFAULT_SETTINGS)).toEqual(
      [],
    );
  });

  it("gives up after settings.codeRecordMisses headline keys that hold no record, in linear time", () => {
    const keys = ", title: f(".repeat(50_000);
    const started = performance.now();
    expect(codeRecords(keys, DEFAULT_SETTINGS)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
