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
import fc from "fast-check";
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

  it("derives a title past a site copy's dateline that writes no 电, its names bracketed (fresh-82)", () => {
    const file = join(
      REPO,
      "datasets/fresh-82/js-string-concat/news-detail__xinhua-central-economic-work-conference-property.js",
    );
    const article = parse(readFileSync(file, "utf8"));
    expect(article.title.startsWith("16日闭幕的中央经济工作会议明确了2017年中国楼市发展方向")).toBe(true);
    expect(article.source?.name).toBe("新华社");
    expect(article.author).toBe("韩洁、王优玲");
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
    expect(codeRecords(quoted, DEFAULT_SETTINGS).records).toEqual([]);
    expect(codeRecords(`x = "${"银行".repeat(150)}\n";`, DEFAULT_SETTINGS).records).toEqual([]);
    expect(codeRecords(`x = "${"银行".repeat(150)}";`, DEFAULT_SETTINGS).records).toEqual([
      { content: "银行".repeat(150) },
    ]);
  });

  it("reads no literal from a line of escaped quotes its first quote leaves open, in linear time", () => {
    // Each `\\"` after an open quote is escaped in its read: none opens a literal, and none is read again (a line of
    // 50,000 of them was read 50,000 times, 50 s for 100 KB). The literal on the next line is read.
    const story = "银行".repeat(150);
    const text = `s = "${'\\"'.repeat(100_000)}\nf("${story}");\n`;
    expect(codeRecords(text, DEFAULT_SETTINGS).records).toEqual([{ content: story }]);
    // A comment after the open quote on its line is still a comment.
    expect(codeRecords(`s = "\\" /* f("${story}"); */ \nf("${story}");`, DEFAULT_SETTINGS).records).toEqual([
      { content: story },
    ]);
  });

  it("reads many stories in literals each once: one Article each, ids of their own JSON", () => {
    // Each of 1,000 stories was first read with the whole file as its raw text, hashed whole for its id.
    const stories = Array.from({ length: 1_000 }, (_, n) => `f("${n}${"银行".repeat(105)}");\n`).join("");
    const results = [...parseAllSync(stories)];
    expect(results.length).toBe(1_000);
    expect(results.every((result) => result.ok && result.article.text.endsWith("银行"))).toBe(true);
    expect(results.map((result) => result.ok && result.article.ref).slice(0, 2)).toEqual([
      "item 1",
      "item 2",
    ]);
    expect(new Set(results.map((result) => result.ok && result.article.id)).size).toBe(1_000);
  });

  it("keeps a file whose code holds no news record as the file it is", () => {
    const config = "export default {\n  title: '首页',\n  menu: [{ title: '关于', path: '/about' }]\n}\n";
    expect(parse(config).title).toBe("export default {");
    // A template string is code, not a literal's value: no record.
    expect(
      codeRecords("methods: { go() { return { title: `标题`, text: y } } }", DEFAULT_SETTINGS).records,
    ).toEqual([]);
  });

  it("stops after settings.codeRecordMissChars of headline keys that hold no record, in linear time, and says so", () => {
    const keys = ", title: f(".repeat(50_000);
    const read = codeRecords(keys, DEFAULT_SETTINGS);
    expect(read.records).toEqual([]);
    expect(read.stoppedAt).toBeGreaterThan(0);
    // The file is its own reading, and says the search stopped.
    const article = parse(`${keys}\n`);
    expect(article.warnings.filter((w) => w.code === "code-records-capped")).toEqual([
      {
        code: "code-records-capped",
        message:
          "the code's headline keys read as no record for 1048576 characters; records after line 1 were not looked for",
        line: 1,
      },
    ]);
  });

  it("finds a record after any number of cheap misses (session 39 stopped after 32)", () => {
    // Forty objects whose headline is a template string (code, not a literal: no record), then the mock's record.
    const charts = Array.from({ length: 40 }, (_, at) => `tab${at} = { title: \`第${at}页\` }\n`).join("");
    const mock =
      "{ title: '有摩拜的前车之鉴，为何哈啰仍要入局网约车？', summary: '谁说滴滴之后再无网约车？新的搅局者又来了。' }\n";
    const read = codeRecords(charts + mock, DEFAULT_SETTINGS);
    expect(read).toEqual({
      records: [
        {
          title: "有摩拜的前车之鉴，为何哈啰仍要入局网约车？",
          summary: "谁说滴滴之后再无网约车？新的搅局者又来了。",
        },
      ],
      stoppedAt: null,
    });
  });

  it("reads a javadoc that lists several sample items as one record each", () => {
    // Two items of the WDTechs bean's sample response (fresh-54, Leeguanhui/WDTechs NewsDetailsBean.java @ 941039fc…):
    // the article's own lines, then its first related article's, written one after another in one comment.
    const javadoc = [
      "/**",
      " * id : 54",
      " * releaseTime : 1539586683000",
      " * source : 中国企业家杂志©",
      " * summary : 谁说滴滴之后再无网约车？新的搅局者又来了。",
      " * title : 有摩拜的前车之鉴，为何哈啰仍要入局网约车？",
      " * id : 52",
      " * thumbnail : https://img.huxiucdn.com/article/cover/201810/15/073628459039.jpg",
      " * title : 风雨飘摇中，海底捞能否成为投资避风港？",
      " */",
      "",
    ].join("\n");
    expect(codeRecords(javadoc, DEFAULT_SETTINGS).records).toEqual([
      {
        id: 54,
        releaseTime: 1539586683000,
        source: "中国企业家杂志©",
        summary: "谁说滴滴之后再无网约车？新的搅局者又来了。",
        title: "有摩拜的前车之鉴，为何哈啰仍要入局网约车？",
      },
      {
        id: 52,
        thumbnail: "https://img.huxiucdn.com/article/cover/201810/15/073628459039.jpg",
        title: "风雨飘摇中，海底捞能否成为投资避风港？",
      },
    ]);
    // The related article has no text, so no news record: the file is the first item's story, no longer one record
    // whose id and title the second item's overwrote.
    const titles = [...parseAllSync(javadoc, { filename: "NewsBean.java" })].map((result) =>
      result.ok ? [result.article.ref, result.article.id, result.article.title] : result.failure,
    );
    expect(titles).toEqual([[null, "54", "有摩拜的前车之鉴，为何哈啰仍要入局网约车？"]]);
  });

  it("reads each form only where the text holds what its records hold: a story without them gives none", () => {
    // A plain-text story with no headline key, no `*` and no quote (datasets/fresh-41, QiaoXie/wordCloud
    // data/news/1.txt @ 407de043…): none of the four forms is looked for, and none is there.
    const story = readFileSync(
      join(REPO, "datasets/fresh-41/corpus-sample-text/wordcloud__news-1.txt"),
      "utf8",
    );
    expect(codeRecords(story, DEFAULT_SETTINGS)).toEqual({ records: [], stoppedAt: null });
    // The README's sample row alone (its lines 6–8): single quotes and no double one, so the row is read (it needs a
    // quote) and the string literals are not (they need a double quote).
    const row = read("readme-crawl-sample/sinaCrawler__README.md").split("\n").slice(5, 8).join("\n");
    expect(row.includes('"')).toBe(false);
    const records = codeRecords(row, DEFAULT_SETTINGS).records;
    expect(records.map((record) => [record.id, record.title, record.time, record.source])).toEqual([
      [
        "20",
        "万科A(000002.SZ)：资金存入代理行指定账户以全数偿付到期美元中期票据本息",
        "2024年03月08日 19:37",
        "市场资讯",
      ],
    ]);
  });
});

// Records in code of datasets/fresh-75 (provenance in its SOURCES.tsv): excerpts of a Java class whose javadoc keeps a
// media-monitoring API's sample responses GsonFormat-style (976638517/GitTestProject,
// src/main/java/com/example/gittest/pojo/A.java, commit 87397b613dee7cdaf91475882143671f2048e951), a bank app's Vite
// mock module of 今日头条 open-platform items (zhouyi318/turbo, apps/basic-item/mock/morning.js, commit
// 1155c71dce7c7c1b06f932341d34e09ccdb01cd0), two elements of a PWA demo's hard-coded Baidu feed response
// (lavas-project/lavas-demo-news, src/api/newsList.js, commit 034b01a77249eef9d0dde8c5eb5ba1be3b3714a6) and a Flutter
// app's Dart map of news (Exooool/Flutter-Track, lib/assets/test.dart, commit 15384a019bc390ee869b2763d67204cf489705cb).
const FRESH_75 = join(REPO, "datasets/fresh-75");
const read75 = (path: string) => readFileSync(join(FRESH_75, path), "utf8");

describe("records in code and mock data (fresh-75)", () => {
  it("reads a javadoc's ` * data : {…}` response as the records in it, not as an envelope record of its text", () => {
    const text = read75("java-doc-response/gittestproject__A-newspaper.java");
    const records = codeRecords(text, DEFAULT_SETTINGS).records;
    // Only the article in the literal: the ` * code / * data / * message` run is its envelope.
    expect(records.map((record) => record.title)).toEqual([" 呼和浩特地铁1号线1岁啦！ "]);
    const article = parse(text);
    expect(article).toMatchObject({
      title: "呼和浩特地铁1号线1岁啦！",
      publishedAt: "2020-12-29T00:00:00+08:00",
      source: { name: "呼和浩特晚报" },
      originalUrl: "http://szb.saibeinews.com/wb/page/2020-12/29/content_729641.htm",
    });
    expect(
      article.text.startsWith("昨日，呼和浩特晚报记者从呼和浩特市城市轨道交通建设管理有限责任公司了解到"),
    ).toBe(true);
    // The JSON's `\u201c` escapes read as the marks they stand for.
    expect(article.text).toContain("具体内容市民可关注“呼和浩特地铁”官方微信公众号");
    expect(article.text).not.toMatch(/summaries|newspaper_info|\* message|\\u201c/);
  });

  it("reads an envelope run whatever one-line object or list its value holds: never a record of its source text", () => {
    // The domain: a javadoc line holds a one-line literal (JSON.stringify escapes \n and \r; U+2028 and U+2029 end a
    // line as `.` reads it, so a value holding them is no one-line literal).
    const oneLine = fc
      .jsonValue()
      .filter((value) => typeof value === "object" && value !== null)
      .map((value) => JSON.stringify(value))
      .filter((literal) => !/[\u2028\u2029]/.test(literal));
    fc.assert(
      fc.property(oneLine, (literal) => {
        const text = `    /**\n     * code : 0\n     * data : ${literal}\n     * message : 成功\n     */`;
        const { records } = codeRecords(text, DEFAULT_SETTINGS);
        expect(records.some((record) => typeof record.data === "string")).toBe(false);
      }),
    );
    // A run of plain values is still a record.
    const plain = "/**\n * title : 标题\n * content : 正文\n * time : 2018-10-15 14:58:03\n */";
    expect(codeRecords(plain, DEFAULT_SETTINGS).records).toEqual([
      { title: "标题", content: "正文", time: "2018-10-15 14:58:03" },
    ]);
  });

  it("reads a mock module's PascalCase records (今日头条's open platform): Title, PublishTime, Author.AuthorName", () => {
    const results = [...parseAllSync(read75("js-mock-module/turbo__morning.js"), { filename: "morning.js" })];
    const articles = results.flatMap((result) => (result.ok ? [result.article] : []));
    expect(
      articles.map((article) => [
        article.ref,
        article.title,
        article.publishedAt,
        article.source?.name,
        article.text,
      ]),
    ).toEqual([
      ["item 1", "积极做好财政货币政策总量结构双发力", "2023-03-08T01:11:33+08:00", "中国经济时报", ""],
      ["item 2", "“房住不炒”是政策底线", "2023-03-08T01:11:33+08:00", "中国经济时报", ""],
      ["item 3", "扩大个人养老金覆盖面 完善养老服务体系", "2023-03-08T10:14:29+08:00", "投资快报", ""],
      [
        "item 4",
        "哪些该延续？哪些该优化？财税专家解读今年减税降费政策走向",
        "2023-03-08T07:19:17+08:00",
        "中国网财经",
        "",
      ],
      [
        "item 5",
        "2年期美债收益率升破5% 交易员料本月加息50基点可能性更高",
        "2023-03-08T05:48:56+08:00",
        "新浪财经",
        "",
      ],
    ]);
  });

  it("reads a feed item's `{type: text, data}` paragraphs, its `sourcets` and, with no paragraphs, its `long_abs`", () => {
    const story = parse(read75("js-mock-element/lavas-demo-news__2538171553527880634.js"));
    expect(story).toMatchObject({
      title: "房山将建长沟良乡等六个特色小镇",
      // `sourcets` (the source's time, Unix milliseconds as a string) over the day in the address.
      publishedAt: "2017-05-08T08:14:00+08:00",
    });
    expect(story.text.startsWith("上个周末，在素有“京南水乡”之称的房山长沟")).toBe(true);
    expect(story.text.endsWith("新型农村社区的新型城镇化建设体系。")).toBe(true);
    expect(story.text).not.toMatch(/原标题|timg01|long_abs/);
    const lead = parse(read75("js-mock-element/lavas-demo-news__7021605545814089228.js"));
    expect(lead.publishedAt).toBe("2017-05-08T07:59:00+08:00");
    expect(lead.text.startsWith("5月7日，有中介机构公布数据显示")).toBe(true);
    expect(lead.text.endsWith("其他商品住宅环比下降。")).toBe(true);
  });

  it("reads a news app's `author: {userName}` account as the source of a Dart map's record", () => {
    const results = [
      ...parseAllSync(read75("dart-mock/flutter-track__test.dart"), { filename: "test.dart" }),
    ];
    const first = results.find((result) => result.ok && result.article.ref === "item 1");
    expect(first?.ok && first.article).toMatchObject({
      title: "冬奥头条｜武大靖今夜冲击500米金牌，谷爱凌亮相坡面技巧",
      publishedAt: "2022-02-13T07:00:00+08:00",
      source: { name: "澎湃新闻" },
    });
    expect(first?.ok && first.article.text).not.toMatch(/牛牛牛|logo116/);
  });
});

describe("a byline given as an object (fresh-75)", () => {
  it("reads FT中文网's byline object: the writers its authors name, the paper in title marks its organization names", () => {
    // datasets/fresh-75/kotlin-mock-story/ftc-android-kotlin__example.kt (FTChinese/ftc-android-kotlin): the content
    // API's story record in a Kotlin raw string, `byline: {organization, authors: [{names, place}]}`.
    const article = parse(read75("kotlin-mock-story/ftc-android-kotlin__example.kt"));
    expect(article).toMatchObject({
      title: "China blue-chips sink to 4-month low as equities retreat worsens",
      publishedAt: "2018-02-09T06:07:15Z",
      source: { name: "金融时报" },
      via: [],
      author: "爱德华•怀特",
    });
  });

  it.each([
    // The form FT中文网's Go models document (two offices, three writers).
    [
      {
        organization: "英国《金融时报》",
        authors: [
          { names: ["詹姆斯•波利提"], place: "华盛顿" },
          { names: ["阿利斯泰尔•格雷", "理查德•亨德森"], place: "纽约报道" },
        ],
      },
      "詹姆斯•波利提、阿利斯泰尔•格雷、理查德•亨德森",
      "金融时报",
    ],
    // A byline with no one named: no writer.
    [{ organization: "英国《金融时报》", authors: [{ names: [], place: "伦敦" }] }, undefined, "金融时报"],
  ])("a byline object %#", (byline, author, source) => {
    const record = {
      title: "标题",
      createdAt: "2018-02-09T06:07:15Z",
      byline,
      body: ["<p>正文第一段，说了些什么事情。</p>"],
    };
    const article = parse(JSON.stringify(record));
    expect(article.author ?? undefined).toBe(author);
    expect(article.source?.name).toBe(source);
  });
});

describe("a crawler's record behind scope letters (fresh-79)", () => {
  // A public-opinion crawler's module copying HBase records into MySQL, one record kept as a dict literal in its
  // `__main__` block (search-index file 2375556620; datasets/fresh-79/python-crawler-record): m_content shortened to
  // its first and last sentences with the paper's closing notice, m_images to one, the crawl fields after m_title cut.
  const source = [
    "if __name__ == '__main__':",
    "    item = {'rowkey': 'http://www.chinatimes.net.cn/article/48329.html', 'm_content_url': 'http://www.chinatimes.net.cn/article/48329.html', 'm_domain_name': '华夏时报网', 'r_read_num': 0, 'm_catalog_name': ['首页', '财讯', '正文'], 'm_editor': '作者：老沉', 'm_content': '中秋，于古人，是在时令交错转换间的一场祭祀；于国人，是遥寄乡土思恋的一阙诗卷。追潮之前，我专门从网上下载了这古今双份的观潮攻略，两相参照，倒也可增添不少趣味。本文版权归CM华夏理财所有，未经许可不得翻译或转载。查看更多华夏时报文章，参与华夏时报微信互动（微信搜索「华夏时报」或「chinatimes」）', 'm_title': '追月：黄山家宴 海宁潮', 'm_images': ['http://styles.chinatimes.net.cn/images/hxsb_logo.png?v=1587690894'], 'g_publish_time': '2013-09-16 17:03:00', 'm_relation': '来源：华夏时报', 'm_source': ['news', 'news_history'], 'm_project_name': 'yqsj15'}",
    "",
  ].join("\n");

  it("reads m_title, m_content, m_content_url and g_publish_time as their names; the editor slot's 作者 names the author; 来源 the source", () => {
    const article = parse(source, { filename: "save_original_data.py" });
    expect(article).toMatchObject({
      title: "追月：黄山家宴 海宁潮",
      publishedAt: "2013-09-16T17:03:00+08:00",
      source: { name: "华夏时报" },
      originalUrl: "http://www.chinatimes.net.cn/article/48329.html",
      editor: null,
      author: "老沉",
    });
    // The paper's rights notice and follow prompt, glued to the last sentence, are no text.
    expect(article.text).toBe(
      "中秋，于古人，是在时令交错转换间的一场祭祀；于国人，是遥寄乡土思恋的一阙诗卷。追潮之前，我专门从网上下载了这古今双份的观潮攻略，两相参照，倒也可增添不少趣味。",
    );
  });
});
