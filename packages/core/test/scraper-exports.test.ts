// Scrapers' exports kept as they are written (datasets/fresh-28, session 27): records inside a JSON object's
// arrays, a record's own time of day against a fetch stamp, a scraper's own key names for its link and its
// time, a weekday after a date, a post's `writer｜time` header, datelines with a paper in title marks or an
// editor in brackets, and a table's compiler credit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCreditLine, readDateline } from "../src/credits/grammar.js";
import { normalizeDate } from "../src/enrich/dates.js";
import { type Article, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

const dataset = (name: string) => join(import.meta.dirname, "../../../datasets/fresh-28", name);

/** Every result of an input's `parseAll`, in order: Articles, and failures as their codes. */
function readAll(input: string | Uint8Array, filename = "export.json"): Array<Article | string> {
  return [...parseAllSync(input, { filename })].map((result) =>
    result.ok ? result.article : `${result.failure.code} ${result.failure.ref}`,
  );
}

const articles = (results: Array<Article | string>) =>
  results.filter((result): result is Article => typeof result !== "string");

/** The Article of one record written as a JSON Lines dump's line. */
const recordArticle = (record: Record<string, unknown>) =>
  articles(readAll(`${JSON.stringify(record)}\n`, "records.jsonl"))[0]!;

describe("records inside a JSON object's arrays", () => {
  it("reads a 7x24 scraper's category arrays record by record, in document order", () => {
    const file = dataset("sina-7x24-json/example_sina_7x24_news_20260303_000706.json");
    const results = readAll(readFileSync(file), file);
    expect(results).toHaveLength(30);
    const read = articles(results);
    expect(read.map((article) => article.ref)).toEqual(Array.from({ length: 30 }, (_, i) => `item ${i + 1}`));
    // 全部 holds three flashes, A股 the next three: item 4 is A股's first.
    expect(read.slice(0, 5).map((article) => article.id)).toEqual([
      "4710769",
      "4710768",
      "4710767",
      "4703049",
      "4702244",
    ]);
    const flash = read[22]!;
    expect(flash.title).toBe("国际天然气价格，飙涨超55%");
    expect(flash.source?.name).toBe("证券时报");
    expect(flash.originalUrl).toBe("https://wap.cj.sina.cn/pc/7x24/4710511");
    expect(flash.text.endsWith("全球液化天然气市场将面临严重的供应中断。")).toBe(true);
  });

  it("reads an API response's records two objects down, after its status fields", () => {
    const response = JSON.stringify({
      code: 20000,
      message: "OK",
      data: {
        items: [
          { id: 1161517, content_text: "【比特大陆利润超30亿美元】分析师估计其营业利润为30亿至40亿美元。" },
          { id: 1161518, content_text: "央行今日开展1000亿元7天逆回购操作。" },
        ],
        next_cursor: "1519566039",
      },
    });
    const refs = (read: Array<Article | string>) =>
      read.map((item) => (typeof item === "string" ? item : [item.ref, item.id, item.title]));
    expect(refs(readAll(JSON.stringify(JSON.parse(response), null, 2)))).toEqual([
      ["item 1", "1161517", "比特大陆利润超30亿美元"],
      ["item 2", "1161518", "央行今日开展1000亿元7天逆回购操作"],
    ]);
    // Saved a response a line (JSON Lines): each line's records under its own number.
    expect(refs(readAll(`${response}\n${response}\n`, "responses.jsonl"))).toEqual([
      ["line 1 item 1", "1161517", "比特大陆利润超30亿美元"],
      ["line 1 item 2", "1161518", "央行今日开展1000亿元7天逆回购操作"],
      ["line 2 item 1", "1161517", "比特大陆利润超30亿美元"],
      ["line 2 item 2", "1161518", "央行今日开展1000亿元7天逆回购操作"],
    ]);
  });

  it("reads every array of a file that appends a page of records a line, numbering on", () => {
    const page = (...contents: string[]) => JSON.stringify(contents.map((content) => ({ content })));
    const read = readAll(
      `${page("央行开展逆回购操作。", "现货黄金日内跌0.26%。")}\n${page("纽约期银日内跌7%。")}\n`,
    );
    expect(read.map((item) => (typeof item === "string" ? item : [item.ref, item.text]))).toEqual([
      ["item 1", "央行开展逆回购操作。"],
      ["item 2", "现货黄金日内跌0.26%。"],
      ["item 3", "纽约期银日内跌7%。"],
    ]);
    expect(readAll(`${page("央行开展逆回购操作。")}\n[{"content": "现货黄金`)).toEqual([
      expect.objectContaining({ ref: "item 1" }),
      "corrupt-input item 2",
    ]);
  });

  it("leaves a JSON document without news in its arrays one failure", () => {
    const manifest = JSON.stringify({ name: "pkg", files: [{ path: "a.js" }, { path: "b.js" }] });
    expect(readAll(JSON.stringify(JSON.parse(manifest), null, 2))).toEqual(["not-a-news-record item 1"]);
    // The same object on one line, nothing after it, is the same one JSON document; a `.jsonl` name makes it a line.
    expect(readAll(manifest)).toEqual(["not-a-news-record item 1"]);
    expect(readAll(manifest, "manifest.jsonl")).toEqual(["not-a-news-record line 1"]);
  });

  it("numbers the records of arbitrary category arrays 1 to n, in order, whatever the categories", () => {
    const flash = fc.record({
      id: fc.integer({ min: 1, max: 9_999_999 }).map(String),
      content: fc.constantFrom(
        "美国2月制造业PMI初值为51.6。",
        "现货黄金日内跌0.26%。",
        "央行开展逆回购操作。",
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom("全部", "A股", "宏观", "公司", "数据"), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.array(flash, { minLength: 1, maxLength: 4 }), { minLength: 5, maxLength: 5 }),
        (categories, groups) => {
          const exported = Object.fromEntries(categories.map((name, i) => [name, groups[i]!]));
          const expected = categories.flatMap((_, i) => groups[i]!.map((record) => record.id));
          const read = readAll(JSON.stringify(exported, null, 2));
          expect(read.map((item) => (typeof item === "string" ? item : item.id))).toEqual(expected);
          expect(read.map((item) => (typeof item === "string" ? item : item.ref))).toEqual(
            expected.map((_, i) => `item ${i + 1}`),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("records as news APIs and quant libraries write them", () => {
  it("reads a flash whose text sits one object down, beside its own id and time (金十)", () => {
    const flash = recordArticle({
      id: "20251021111228466800",
      time: "2025-10-21 11:12:28",
      type: 0,
      data: {
        pic: "",
        title: "",
        source: "",
        content: "【黄金的创纪录涨势因投资者获利了结而暂停】现货黄金日内跌超2%。",
        source_link: "https://www.jin10.com/flash_detail/20251021111228466800.html",
      },
    });
    expect([flash.id, flash.title, flash.publishedAt, flash.originalUrl, flash.text]).toEqual([
      "20251021111228466800",
      "黄金的创纪录涨势因投资者获利了结而暂停",
      "2025-10-21T11:12:28+08:00",
      "https://www.jin10.com/flash_detail/20251021111228466800.html",
      "现货黄金日内跌超2%。",
    ]);
  });

  it("reads 新浪财经 7x24's API response four objects down, its rich_text and docurl", () => {
    const response = {
      result: {
        status: { code: 0 },
        data: {
          feed: {
            list: [
              {
                id: 4710767,
                rich_text: "纽约期银日内跌7%，现报86.74美元/盎司。",
                create_time: "2026-03-03 00:03:02",
                docurl: "https://finance.sina.com.cn/7x24/2026-03-03/doc-infkqxyz.shtml",
              },
            ],
          },
        },
      },
    };
    const [flash] = articles(readAll(JSON.stringify(response, null, 2)));
    expect([flash!.ref, flash!.publishedAt, flash!.originalUrl]).toEqual([
      "item 1",
      "2026-03-03T00:03:02+08:00",
      "https://finance.sina.com.cn/7x24/2026-03-03/doc-infkqxyz.shtml",
    ]);
  });

  it("reads a quant library's news table written to CSV under its Chinese column names", () => {
    const csv = [
      ",关键词,新闻标题,新闻内容,发布时间,文章来源,新闻链接",
      "0,603777,来伊份：拟回购股份,来伊份公告称，公司拟以集中竞价方式回购股份。,2024-06-14 10:30:00,证券时报网,http://finance.eastmoney.com/a/202406143105.html",
      "",
    ].join("\n");
    const [row] = articles(readAll(csv, "stock_news_em.csv"));
    expect([row!.title, row!.publishedAt, row!.source?.name, row!.originalUrl, row!.text]).toEqual([
      "来伊份：拟回购股份",
      "2024-06-14T10:30:00+08:00",
      "证券时报网",
      "http://finance.eastmoney.com/a/202406143105.html",
      "来伊份公告称，公司拟以集中竞价方式回购股份。",
    ]);
  });

  it("reads the same table written as JSON records, its day and time in two columns", () => {
    const records = [
      { 标题: "财联社快讯", 内容: "算力方向再获催化。", 发布日期: "2026-04-30", 发布时间: "20:10:00" },
    ];
    const [flash] = articles(readAll(JSON.stringify(records, null, 2)));
    expect([flash!.title, flash!.publishedAt]).toEqual(["财联社快讯", "2026-04-30T20:10:00+08:00"]);
  });

  it("reads a publish time under a key named for a timestamp (`createTimestamp`)", () => {
    const item = recordArticle({ title: "格隆汇快讯", content: "港股收评。", createTimestamp: 1714965600 });
    expect(item.publishedAt).toBe("2024-05-06T11:20:00+08:00");
  });
});

describe("a record's time fields", () => {
  const flash = (fields: Record<string, string>) =>
    recordArticle({ content: "纽约期银日内跌7%，现报86.74美元/盎司。", ...fields });

  it("does not take a fetch stamp at another time than the record's own time of day", () => {
    expect(flash({ time: "00:03:02", timestamp: "2026-03-02T16:06:02.109Z" }).publishedAt).toBeNull();
  });

  it("keeps a stamp at the record's time of day, on Beijing's clock or its own", () => {
    expect(flash({ time: "00:06:02", timestamp: "2026-03-02T16:06:02.109Z" }).publishedAt).toBe(
      "2026-03-02T16:06:02Z",
    );
    expect(flash({ time: "16:06", timestamp: "2026-03-02T16:06:02.109Z" }).publishedAt).toBe(
      "2026-03-02T16:06:02Z",
    );
  });

  it("reads a collector's time written as text (`inner_date_text`), not its collection time", () => {
    const record = {
      collection_date: "2026-05-15",
      collected_at: "2026-05-15T09:36:43+08:00",
      inner_date_text: "2026-05-15 08:50",
      title: "20260515前瞻",
      summary: "周阳转发价值挖掘机团队前瞻。",
    };
    expect(recordArticle(record).publishedAt).toBe("2026-05-15T08:50:00+08:00");
  });

  it.each([
    ["2025-12-29 17:11 星期一", "2025-12-29T17:11:00+08:00"],
    ["2025-12-29（周一）", "2025-12-29T00:00:00+08:00"],
    ["2025-12-29 星期八", null],
  ])("reads %s as %s", (written, iso) => {
    expect(normalizeDate(written)).toBe(iso);
  });
});

describe("a scraper's own name for the story's link", () => {
  const link = (fields: Record<string, string>) =>
    recordArticle({ content: "美国驻贝鲁特大使馆表示将于3月3日关闭。", ...fields }).originalUrl;

  it.each([
    [{ link_preview: "https://wap.cj.sina.cn/pc/7x24/4710761" }, "https://wap.cj.sina.cn/pc/7x24/4710761"],
    [{ detailUrl: "https://www.cls.cn/detail/2245121" }, "https://www.cls.cn/detail/2245121"],
    [{ image_url: "https://img.cls.cn/a.png" }, null],
    [{ hyperlinks: "https://example.com/a" }, null],
  ])("%j → %s", (fields, url) => {
    expect(link(fields)).toBe(url);
  });
});

describe("a post's header: its writer and time", () => {
  it.each([
    [
      "gelonghui__2026-05-15_0936_002.txt",
      "20260515 前瞻",
      "价值挖掘机团队",
      "2026-05-15T08:50:00+08:00",
      "总结：",
    ],
    [
      "gelonghui__2026-05-15_0936_006.txt",
      "【国联民生电子】致尚科技：Scale up 中 CPO 交换机市场空间测算",
      "herry",
      "2026-05-14T22:38:00+08:00",
      "光入柜内趋势越来越明显",
    ],
  ])("%s: title %s, author %s, %s", (name, title, author, publishedAt, start) => {
    const article = parse(readFileSync(dataset(`ocr-txt/${name}`)), { filename: name });
    expect([article.title, article.author, article.publishedAt]).toEqual([title, author, publishedAt]);
    expect(article.text.startsWith(start)).toBe(true);
    expect(article.text).not.toContain("｜");
  });

  it("keeps a long first paragraph under the header in the text, the title derived from it", () => {
    const article = parse(
      "信息速递君｜2026-05-15 09:32\n\n目前北京时刻 A 股市场情绪波动较大，昨天市场大幅调整也是顺势而为，依旧抓双创为代表的 AI 硬科技主线。\n\n今天关注华虹和中芯业绩发布后的市场表现。\n",
    );
    expect(article.author).toBe("信息速递君");
    expect(article.text.startsWith("目前北京时刻 A 股市场情绪波动较大")).toBe(true);
    expect(article.warnings.map((w) => w.code)).toContain("title-derived");
  });

  it("reads no header from a line whose bar is inside a sentence", () => {
    const article = parse("中证500｜2026年行情回顾：指数全年上涨\n\n正文第一段。\n\n正文第二段。");
    expect(article.author).toBeNull();
    expect(article.title).toBe("中证500｜2026年行情回顾：指数全年上涨");
  });
});

describe("datelines and credits of a 财联社 article scraper", () => {
  it("reads a paper named in title marks, and its reporter", () => {
    const dateline = readDateline("《科创板日报》12月28日讯（记者 余诗琪）在今年年尾，社保基金密集落子。");
    expect(dateline).toEqual({
      outlet: "科创板日报",
      date: { year: null, month: 12, day: 28 },
      author: "余诗琪",
    });
  });

  it("reads the editor a flash's bracket names in place of a reporter", () => {
    const dateline = readDateline("财联社12月29日讯（编辑 杨斌 实习生 郑斐睿） 时值岁末，回望全年。");
    expect(dateline).toEqual({
      outlet: "财联社",
      date: { year: null, month: 12, day: 29 },
      author: null,
      editor: "杨斌",
    });
  });

  it.each([
    ["（来源：企业预警通 财联社整理）", null],
    ["（来源：Wind 制表）", null],
    ["（来源：证券时报）", "证券时报"],
  ])("reads %s as the source %s", (line, source) => {
    const credit = readCreditLine(line);
    expect(credit?.kind === "source" ? credit.name : null).toBe(source);
  });

  it("takes the dateline's outlet over a table's compiler credit, which stays as its caption", () => {
    const record = {
      title: "银行理财监管利剑高悬",
      content:
        "财联社12月29日讯（编辑 杨斌 实习生 郑斐睿） 时值岁末，银行理财业务监管利剑高悬。\n年内因理财业务被罚银行情况一览\n（来源：企业预警通 财联社整理）\n从上表可见，多家银行均收到监管罚单。",
      publish_time: "2025-12-29 17:17 星期一",
    };
    const article = recordArticle(record);
    expect([article.source?.name, article.editor, article.publishedAt]).toEqual([
      "财联社",
      "杨斌",
      "2025-12-29T17:17:00+08:00",
    ]);
    expect(article.text).toContain("（来源：企业预警通 财联社整理）");
  });
});

// A record's writer field naming the outlet or account the story came from (datasets/fresh-33, session 29:
// `Kepler-2002/TradeRadar` `data/cls.json`, whose `author` repeats a byline or names the account republished).
describe("a record's writer field that names an outlet", () => {
  const excerpt = (author: string, content: string) => ({
    title: "情节随机、贴近实战 直击山东舰最新演练现场",
    date: "2025-05-24 09:54:51",
    link: "https://www.cls.cn/detail/2040029",
    content,
    author,
    type: "头条",
    time: "2025-05-25",
  });
  const body = "近日，海军山东舰在海南三亚某军港，进行飞行保障全流程演练，紧贴战训任务磨砺官兵实战本领。";

  it("takes the outlet over the site of the record's link, and names no author", () => {
    const article = recordArticle(excerpt("央视新闻", body));
    expect([article.source?.name, article.author]).toEqual(["央视新闻", null]);
  });

  it("keeps a person's byline as the author, the link's site the source", () => {
    const article = recordArticle(excerpt("李明", body));
    expect([article.source?.name, article.author]).toEqual(["财联社", "李明"]);
  });

  it("lets a dateline outweigh it", () => {
    const article = recordArticle(excerpt("央视新闻", `财联社5月24日讯（编辑 史正丞）${body}`));
    expect([article.source?.name, article.editor]).toEqual(["财联社", "史正丞"]);
  });
});

// datasets/fresh-58/news-extractor-json: NanmiCoder/NewsCrawler, news-extractor-ui/backend/tests/fixtures/netease.json
// (commit 2abeff29e13ae210866a6ac10bc66f4180761a48): a 网易 extractor's result, its facts in `meta_info`, the story as
// `contents` items ({type, content, desc}) and again as `texts`.
describe("a news extractor's result: a metadata object and the story as a list of paragraph items", () => {
  const file = join(
    import.meta.dirname,
    "../../../datasets/fresh-58/news-extractor-json/newscrawler__netease.json",
  );

  it("reads the story once, from its first list of paragraphs, and its facts from the metadata object", () => {
    const article = parse(readFileSync(file), { filename: file });
    expect(article).toMatchObject({
      id: "KC12OUHK000189FH",
      title: "全球媒体聚焦｜美国政府停摆将对整个经济系统产生冲击",
      publishedAt: "2025-10-16T20:02:18+08:00",
      // meta_info.author_name: `本文来源：总台环球资讯广播` and 网易's editor code, read by the credit grammar.
      source: { name: "总台环球资讯广播" },
      originalUrl: "https://www.163.com/news/article/KC12OUHK000189FH.html",
    });
    expect(
      article.text.startsWith("“受（政府停摆）影响的不只是联邦政府的工作人员和承包商，而是整个经济系统。”"),
    ).toBe(true);
    expect(article.text.endsWith("“停业”这个词不能让任何人心情愉快地成为活跃的消费者。")).toBe(true);
    expect(article.text.split("关门年年有 今年不寻常")).toHaveLength(2);
    expect(article.text).not.toMatch(/原标题|nimg\.ws\.126\.net|"type"/);
  });

  it("passes over an image item that gives its address as src, and a null item, not losing the story", () => {
    // The same result as other extractors write its pictures (`{type: "image", src}`), one item dropped to null, and
    // no `texts` copy: the whole list was no paragraphs, so the story was an empty body (nineteenth reliability round).
    const { texts, ...result } = JSON.parse(readFileSync(file, "utf8")) as {
      texts: unknown;
      contents: Record<string, unknown>[];
    };
    const contents = result.contents.map((item) =>
      item.type === "text" ? item : { type: item.type, src: item.content },
    );
    expect([texts !== undefined, contents.some((item) => "src" in item)]).toEqual([true, true]);
    const edited = parse(JSON.stringify({ ...result, contents: [...contents, null] }), { filename: file });
    expect(edited.text).toBe(parse(readFileSync(file), { filename: file }).text);
    expect(edited.text.length).toBeGreaterThan(1000);
  });

  it("tells a paragraph list by its text, not its item types: numbers and nested lists pass, tags stay tags", () => {
    // The same result edited as other spiders write their lists: each item's text in `value`, a page number between
    // the items, the text items from the sixth on nested as one section's list, and no `texts` copy. Each of these
    // made the whole list no paragraphs, so the story was an empty body.
    const { texts, ...result } = JSON.parse(readFileSync(file, "utf8")) as {
      texts: unknown;
      contents: Record<string, unknown>[];
    };
    const valued = result.contents.map(({ content, ...item }) => ({ ...item, value: content }));
    const contents = [...valued.slice(0, 5), 2, valued.slice(5), 3];
    expect(texts).toBeDefined();
    const original = parse(readFileSync(file), { filename: file });
    const edited = parse(JSON.stringify({ ...result, contents }), { filename: file });
    expect(edited.text).toBe(original.text);
    expect(edited.text.length).toBe(original.text.length);
    // A list of short names with a number among them is tags still: no text, so no record.
    expect(
      readAll(`${JSON.stringify({ title: "标签", texts: ["股票", 2, ["基金"]] })}\n`, "x.jsonl"),
    ).toEqual(["not-a-news-record line 1"]);
  });

  it("lifts one metadata object, however deep a hostile record nests them", () => {
    const nested = `{"title":"标题","content":"正文。","meta":${'{"meta":'.repeat(5000)}{}${"}".repeat(5000)}}\n`;
    expect(articles(readAll(nested, "x.jsonl")).map((article) => article.title)).toEqual(["标题"]);
  });

  it("reads a list of strings as paragraphs only when one is a sentence long, and a list of records as records", () => {
    const story = "央行今日开展1000亿元7天逆回购操作，中标利率持平，市场流动性保持合理充裕，资金面整体平稳。";
    expect(recordArticle({ title: "央行操作", texts: ["第一段。", story] }).text).toBe(
      `第一段。\n\n${story}`,
    );
    expect(
      readAll(
        `${JSON.stringify({ title: "标签", tags: ["央行", "逆回购"], texts: ["央行", "逆回购"] })}\n`,
        "x.jsonl",
      ),
    ).toEqual(["not-a-news-record line 1"]);
    const list = {
      contents: [{ type: "news", title: "央行操作", content: story, url: "https://example.com/1" }],
    };
    const read = articles(readAll(JSON.stringify(list)));
    expect(read.map((article) => article.title)).toEqual(["央行操作"]);
    // Under a text key's name as well (`content`, CNKI's `Contents` column): a list of records is stories, not a body.
    const under = articles(readAll(JSON.stringify({ content: list.contents })));
    expect(under.map((article) => article.title)).toEqual(["央行操作"]);
  });
});

// A 163.com crawler's output (datasets/fresh-60, session 40: NIL-zhuang/cloud-computing-netease-news, data/news.json
// at f38b9ce52edee71ab8b1ba4db289b54133ba800d): JSON objects written back to back, `content` the page's paragraphs as
// a list of strings (the words of links dropped, empty items where pictures stood), `source` the page's 来源.
describe("a crawler's record whose content is a list of paragraphs", () => {
  const record = {
    url: "https://tech.163.com/20/1126/20/FSCSLH1T00097U7S.html",
    depth: 2,
    title: "卢伟冰脱口秀首秀：红米把小米逼的只能走高端这条路",
    section: "tech",
    time: "2020-11-26 20:26:05",
    source: "网易科技报道",
    content: [
      "（原标题：卢伟冰脱口秀首秀：红米把小米逼的只能走高端这条路）",
      "11月26日消息，今晚不仅是",
      "9系列新品发布会，也是小米集团副总裁、红米品牌总经理",
      "",
      "2019年1月份，小米集团召开全新独立品牌红米Redmi发布会，由卢伟冰操盘。",
    ],
  };

  it("reads the paragraphs as the body, a blank line apart, the empty items and the 原标题 line left out", () => {
    const article = recordArticle(record);
    expect(article.text).toBe(
      "11月26日消息，今晚不仅是\n\n9系列新品发布会，也是小米集团副总裁、红米品牌总经理\n\n2019年1月份，小米集团召开全新独立品牌红米Redmi发布会，由卢伟冰操盘。",
    );
    expect([article.title, article.publishedAt, article.originalUrl]).toEqual([
      "卢伟冰脱口秀首秀：红米把小米逼的只能走高端这条路",
      "2020-11-26T20:26:05+08:00",
      "https://tech.163.com/20/1126/20/FSCSLH1T00097U7S.html",
    ]);
  });

  it("reads a stated source that says the outlet reports (`网易科技报道`) as the outlet; a name ending so stays", () => {
    expect(recordArticle(record).source?.name).toBe("网易科技");
    expect(recordArticle({ ...record, source: "21世纪经济报道" }).source?.name).toBe("21世纪经济报道");
  });

  it("reads no list of anything but strings as paragraphs, and a list of empty strings as no body", () => {
    expect(recordArticle({ ...record, content: ["", " "] }).text).toBe("");
    expect(recordArticle({ ...record, content: [{ type: "text" }] }).text).toBe("");
  });
});

// A crawler's record of a 中国经济网 page (datasets/fresh-62, session 41: kking-kkang/ChinaNewsCrawler,
// output/filtered_ce_add_date.json at 3fe51549352e13265556ceb2b96efc66b6ca4f0d): its `source` key names the site that
// carried the story; the story's first paragraph opens with the paper's reporter in lenticular brackets.
describe("a crawler's record whose content opens with a paper's reporter in brackets", () => {
  const record = readFileSync(
    join(
      import.meta.dirname,
      "../../../datasets/fresh-62/ce-crawl-json/chinanewscrawler__ce-t20241114_39202779.json",
    ),
    "utf8",
  );

  it("reads the bracketed paper as the source, and the record's site as the one that relayed it", () => {
    const article = parse(record, { filename: "chinanewscrawler__ce-t20241114_39202779.json" });
    expect([article.source?.name, article.via]).toEqual(["环球时报", ["中国经济网"]]);
    expect([article.title, article.publishedAt]).toEqual([
      "韩媒：韩美日“自由之刃”开展第二次演习，美军核动力航母参演",
      "2024-11-14T00:00:00+08:00",
    ]);
  });
});

// A daily brief a GitHub Actions job saves from a WeChat account (datasets/fresh-64, session 42: luckkyboy/news-data,
// static/news/2026-04-02.json at 11be718f50bcbdf53070c6f8e40c188e79a49910): the day's items are a list of strings
// under `news`, beside the outlets the brief draws on (`sources`), a quotation and the article's link.
describe("a daily brief whose items are a list of strings under `news`", () => {
  const brief = readFileSync(
    join(import.meta.dirname, "../../../datasets/fresh-64/brief-json/luckkyboy__static-news-2026-04-02.json"),
    "utf8",
  );

  it("reads the items as the text, the title, the time and the link as the record's", () => {
    const article = parse(brief, { filename: "2026-04-02.json" });
    expect([article.title, article.publishedAt, article.source]).toEqual([
      "2026年4月2日#绿健简报，星期四，农历二月十五，早安！",
      "2026-04-02T00:01:00+08:00",
      null,
    ]);
    expect(article.text.startsWith("医保基金监管新规施行：重点打击“车接车送”")).toBe(true);
    expect(article.text.endsWith("爆炸造成部分区域停电")).toBe(true);
    expect(article.text).not.toContain("澎湃新闻");
    expect(article.originalUrl).toMatch(
      /^http:\/\/mp\.weixin\.qq\.com\/s\?__biz=MzI0Njk2NzczOQ==&mid=2247513759/,
    );
  });

  it("leaves a list of records under `news` to be read as records", () => {
    const results = readAll(
      JSON.stringify({
        news: [{ title: "央行开展逆回购操作", content: "新华社北京4月7日电 央行今日开展逆回购操作。" }],
      }),
    );
    expect(articles(results).map((article) => article.title)).toEqual(["央行开展逆回购操作"]);
  });
});

// A line of a JSON Lines file of e-paper articles (datasets/fresh-64, session 42: huyue7028-dot/newspaper-database,
// articles.jsonl at 00fa922373d6202a8608966f5a2b43805e554370): the summary opens with the e-paper's navigation and the
// headline again, then a 新华社 story the record's `newspaper` printed.
describe("an e-paper record whose text opens with the page's navigation and the headline", () => {
  const line = readFileSync(
    join(
      import.meta.dirname,
      "../../../datasets/fresh-64/epaper-jsonl/newspaper-database__content84844.jsonl",
    ),
    "utf8",
  );

  it("reads the story from the dateline, the agency as the source and the paper as the one that printed it", () => {
    const article = articles(readAll(line, "articles.jsonl"))[0]!;
    expect([article.title, article.source?.name, article.via]).toEqual([
      "联合国教科文组织确认北京为2029年“世界建筑之都”",
      "新华社",
      ["文艺报"],
    ]);
    expect(article.text.startsWith("新华社巴黎8月5日电（记者 张百慧）")).toBe(true);
    expect(article.text).not.toContain("返回栏目");
  });

  it("keeps a dateline before a repeated headline, which names no navigation", () => {
    const record = {
      title: "国务院任免国家工作人员",
      content: "新华社北京5月30日电 国务院任免国家工作人员。任命马骏为北京师范大学校长。",
    };
    expect(recordArticle(record).text.startsWith("新华社北京5月30日电")).toBe(true);
  });
});

// Header-less CSV exports (datasets/fresh-64, session 42): a crawl of 人民网 pages (Fennel1/SearchEngine, data/news.csv
// at 277b3b6f116baaded9ef590900185e9e28a92e1d: url, title and a content cell whose punctuation became commas, padded
// with a comma run) and 人民日报's Weibo posts (NanFengLv/DataScienceWork, data/news.csv at
// 29ed657ac6e29595e1e5f511573486caeeaa0cf0: date, #topic#, a post opening with its 【headline】).
describe("a CSV export that writes no header", () => {
  const fresh64 = (path: string) =>
    readFileSync(join(import.meta.dirname, "../../../datasets/fresh-64", path), "utf8");

  it("reads a first row that holds a web address as data: its title, its text without the comma padding, the address's day", () => {
    const [article] = articles(
      readAll(fresh64("people-csv/searchengine__news-c1001-32434165.csv"), "news.csv"),
    );
    expect([article!.title, article!.publishedAt, article!.source?.name, article!.originalUrl]).toEqual([
      "国务院任免国家工作人员",
      "2022-05-30T00:00:00+08:00",
      "新华社",
      "http://politics.people.com.cn/n1/2022/0530/c1001-32434165.html",
    ]);
    expect(article!.text.startsWith("新华社北京5月30日电,国务院任免国家工作人员")).toBe(true);
    expect(article!.text.endsWith("免去董奇的北京师范大学校长职务")).toBe(true);
  });

  it("reads a Weibo row's 【headline】 as its title, its topic marks dropped, and not its topic cell", () => {
    const [article] = articles(
      readAll(fresh64("weibo-csv/rmrb-weibo__2020-06-16-oscars-postponed.csv"), "news.csv"),
    );
    expect([article!.title, article!.publishedAt]).toEqual([
      "第93届奥斯卡颁奖典礼推迟",
      "2020-06-16T00:00:00+08:00",
    ]);
    expect(article!.text.startsWith("当地时间15日，美国电影艺术与科学学院宣布")).toBe(true);
  });

  it("takes the site a row's address is on for a hop when that site did not write the story (session 43, fix64)", () => {
    const [article] = articles(
      readAll(fresh64("people-csv/searchengine__news-c1001-32434165.csv"), "news.csv"),
    );
    expect([article!.source?.name, article!.via]).toEqual(["新华社", ["人民网"]]);
  });

  it("takes no hop for a record on the site of the outlet that wrote it, an agency's own or a paper's", () => {
    const record = (url: string, content: string) =>
      recordArticle({ title: "国务院任免国家工作人员", url, content });
    const wire = "新华社北京5月30日电 国务院任免国家工作人员。任命马骏为北京师范大学校长。";
    expect(record("http://www.news.cn/politics/2022-05/30/c_1128697416.htm", wire).via).toEqual([]);
    // An address with no host names no site, and no hop.
    expect(record("http://", wire)).toMatchObject({ source: { name: "新华社" }, via: [] });
    expect(record("http://finance.people.com.cn/n1/2022/0530/c1004-32434170.html", wire).via).toEqual([
      "人民网",
    ]);
    const paper = "国务院任免国家工作人员。任命马骏为北京师范大学校长。（经济观察网）";
    expect(record("http://www.eeo.com.cn/2022/0530/365181.shtml", paper)).toMatchObject({
      source: { name: "经济观察网" },
      via: [],
    });
    // A site named by its paper's whole name and 网, a finance desk by its site's name and 财经 (session 44, mends44):
    // the story's trailing credits of datasets/fresh-31 newspaper4k__chinese_article_001.html and of datasets/fresh-54
    // cq-industriay__news__10jqka-c624981406.vue on their own sites, one newsroom each.
    expect(
      record(
        "https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html",
        "国务院任免国家工作人员。（中国日报网）",
      ),
    ).toMatchObject({ source: { name: "中国日报网" }, via: [] });
    expect(
      record(
        "http://stock.10jqka.com.cn/20201126/c624981406.shtml",
        "国务院任免国家工作人员。（同花顺财经）",
      ),
    ).toMatchObject({ source: { name: "同花顺财经" }, via: [] });
    // A portal that relayed another's story stays its hop (datasets/fresh-36 gne__hexun-1.html).
    expect(
      record("https://stock.hexun.com/2019-09-26/198678130.html", "国务院任免国家工作人员。（证券时报网）")
        .via,
    ).toEqual(["和讯网"]);
  });

  it("reads a Weibo post's credit before the title of the video card it carried, and leaves the title out (session 43, fix64)", () => {
    const [article] = articles(
      readAll(fresh64("weibo-csv/rmrb-weibo__2020-06-16-oscars-postponed.csv"), "news.csv"),
    );
    expect(article!.source?.name).toBe("央视");
    expect(article!.text.endsWith("给被疫情打乱生产节奏的电影行业从业者更大的参评灵活性。")).toBe(true);
    expect(article!.text).not.toContain("宣布推迟");
  });

  it("keeps reading a header that names its columns as a header", () => {
    const results = readAll(
      "title,content,url\n央行开展逆回购操作,新华社北京4月7日电 央行今日开展逆回购操作。,https://example.com/a\n",
      "export.csv",
    );
    expect(articles(results).map((article) => article.title)).toEqual(["央行开展逆回购操作"]);
  });
});

// datasets/fresh-61/scrapy-json: TaiwanStat/Taiwan-news-crawlers, liberty.json (commit
// f41180705044960b4b1375a247290172799bd5d3), a Scrapy export of 自由時報's print edition: the paper in a `website` key, the
// photo's caption and its credit glued to the story's end.
describe("a spider's item naming the paper it crawls", () => {
  const item = (website: string, content: string) => ({
    title: "東芝財報拿不出來 記憶體簽約延期\t\t\t\t",
    category: "財經",
    url: "http://news.ltn.com.tw/news/business/paper/1114544",
    website,
    date: "2017-06-29",
    content,
  });
  const story =
    "因財報延期、東芝記憶體出售手續延誤等問題，在東芝股東大會上，包括社長綱川智在內的經營團隊遭受股東以尖銳問題嚴厲批評。";

  it("takes the website key as the source, and a caption's credit after the story as the picture's", () => {
    const article = recordArticle(item("自由時報", `${story}圖為昨日東芝股東會場外。（美聯社）`));
    expect([article.source?.name, article.text.endsWith("圖為昨日東芝股東會場外。（美聯社）")]).toEqual([
      "自由時報",
      true,
    ]);
  });

  it("reads a photo credit in Traditional script as no outlet, and keeps it", () => {
    const article = recordArticle(item("自由時報", `${story}（記者楊雅民攝）`));
    expect([article.source?.name, article.text.endsWith("（記者楊雅民攝）")]).toEqual(["自由時報", true]);
  });

  it("names no outlet by a site's address in the key", () => {
    expect(recordArticle(item("http://news.ltn.com.tw/", story)).source?.name).not.toBe(
      "http://news.ltn.com.tw/",
    );
  });
});

// datasets/fresh-61/news-archive-json: andychu221/reuters-news-archive, udn_news.json (commit
// 001da0f04f42b39e7d8c2e66aadb76188b9067aa): money.udn.com's text with its credit block as the first paragraph.
describe("a newsroom's credit block over a record's story", () => {
  const record = (content: string) => ({
    Date: "2026-06-24",
    Time: "18:46",
    Source: "經濟日報",
    Title: "外資賣超1774億史上單日最大 調節0050與台積電",
    URL: "https://money.udn.com/money/story/5607/9586243?from=edn_search_result",
    Content: content,
  });
  const lede = "在美股費城半導體指數重挫與美光財報效應的夾擊下，台股今天下跌1057.05點，收在46043.60點。";

  it("reads the agency's reporter block into source and author, the record's outlet a hop, and leaves the text", () => {
    const article = recordArticle(record(`中央社 記者吳家豪台北24日電\n\n${lede}`));
    expect([article.source?.name, article.via, article.author, article.text]).toEqual([
      "中央社",
      ["經濟日報"],
      "吳家豪",
      lede,
    ]);
  });

  it("reads a desk's block as the outlet's own", () => {
    const article = recordArticle(record(`經濟日報 新聞部新媒體中心\n\n${lede}`));
    expect([article.source?.name, article.via, article.text]).toEqual(["經濟日報", [], lede]);
  });
});
