// RSS and Atom feeds, and items cut out of them: one Article per `<item>` or `<entry>`, its facts read
// by the record mapping (src/readers/feed.ts). Fixtures are real: 人民网's 时政频道 RSS 2.0 feed of
// 2020-08-25 (its channel head as a JavaScript module keeps it, search-index file 8552979249; its items
// are datasets/fresh-16/rss-item, cut out of the same feed) and an entry of 阮一峰's Atom feed from the
// same module, its content cut to its first two CDATA sections.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outletOfFeedTitle } from "../src/credits/outlets.js";
import { detectInput, parse } from "../src/index.js";
import { parseAllSync, READ_FAILURE_CODES } from "../src/parse-all.js";
import { feedItemRecord } from "../src/readers/feed.js";
import type { ParseResult } from "../src/readers/session.js";
import { costPerCharacter } from "./adversarial/measure.js";
import { parseAllInChunks, REPO } from "./helpers.js";

const ITEMS = join(REPO, "datasets/fresh-16/rss-item");
const item = (name: string) => readFileSync(join(ITEMS, name), "utf8");

const CHANNEL_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<rss version="2.0">
    <channel>
        <title><![CDATA[时政频道]]></title>
        <image>
            <title><![CDATA[时政频道]]></title>
            <link>http://politics.people.cn</link>
            <url>http://www.people.cn/img/2014peoplelogo/rmw_logo.gif</url>
        </image>
        <description><![CDATA[时政新闻]]></description>
        <link>http://politics.people.cn</link>
        <language>zh-cn</language>
        <generator>www.people.cn</generator>
        <copyright><![CDATA[Copyright 1997-2016 by www.people.com.cn. all rights reserved]]></copyright>
        <pubDate>2020-08-25 16:44:16</pubDate>
`;
const FEED = `${CHANNEL_HEAD}${item("people-politics__31836276.xml")}${item("people-politics__31835118.xml")}${item("people-politics__31833332.xml")}    </channel>
</rss>
`;

const ATOM_ENTRY = `<entry>
    <title>科技爱好者周刊（第 121 期）：为什么人类没有越来越闲？</title>
    <link rel="alternate" type="text/html" href="http://www.ruanyifeng.com/blog/2020/08/weekly-issue-121.html" />
    <id>tag:www.ruanyifeng.com,2020:/blog//1.2201</id>

    <published>2020-08-21T00:34:10Z</published>
    <updated>2020-08-24T17:13:49Z</updated>

    <summary>这里记录每周值得分享的科技内容，周五发布。...</summary>
    <author>
        <name>阮一峰</name>
        <uri>http://www.ruanyifeng.com</uri>
    </author>
    
        <category term="Weekly" scheme="http://www.sixapart.com/ns/types#category" />
    
    
    <content type="html" xml:lang="en" xml:base="http://www.ruanyifeng.com/blog/">
        <![CDATA[<p>这里记录每周值得分享的科技内容，周五发布。</p>
]]>
        <![CDATA[<p>本杂志开源（GitHub: <a href="https://github.com/ruanyf/weekly">ruanyf/weekly</a>），欢迎提交 issue，投稿或推荐科技内容。</p>
]]>
    </content>
</entry>
`;

const articles = (results: Iterable<ParseResult>) =>
  [...results].map((result) => (result.ok ? result.article : result.failure.code));

describe("feeds are told by their first tag", () => {
  it("reads a feed, a channel and a bare item or entry as a feed, and pages as HTML", () => {
    expect(detectInput(FEED)).toBe("feed");
    expect(detectInput(item("people-auto__32025697.xml"))).toBe("feed");
    expect(detectInput(ATOM_ENTRY)).toBe("feed");
    expect(
      detectInput('<?xml version="1.0"?>\n<!-- saved -->\n<feed xmlns="http://www.w3.org/2005/Atom">'),
    ).toBe("feed");
    expect(detectInput("<!DOCTYPE html><html><body><p>正文</p></body></html>")).toBe("html");
    expect(detectInput("<itemize>不是条目</itemize>")).toBe("plain-text");
  });
});

describe("an RSS item", () => {
  it("is one Article: title, link, day, the description's HTML read as the page's body", () => {
    const article = parse(item("people-politics__31836276.xml"));
    expect(article).toMatchObject({
      format: "dump-record",
      title: "文化和旅游部为尼日利亚举办“后疫情时代文化和旅游产业融合发展研修班”",
      publishedAt: "2020-08-25T00:00:00+08:00",
      originalUrl: "http://politics.people.com.cn/n1/2020/0825/c1001-31836276.html",
      source: { name: "人民网" },
      via: [],
    });
    expect(article.text.startsWith("人民网北京8月25日电 （记者 郑海鸥）24日，文化和旅游部")).toBe(true);
    expect(article.text).not.toMatch(/CDATA|<p|<author>|text-indent/);
  });

  it("is carried by its link's site: a 新华社 dispatch on 人民网 has 人民网 as its via", () => {
    const article = parse(item("people-politics__31835118.xml"));
    expect(article.source).toEqual({ name: "新华社" });
    expect(article.via).toEqual(["人民网"]);
  });

  it("reads the print edition's stamp as 人民日报's credit, out of the text", () => {
    const article = parse(item("people-politics__31833332.xml"));
    expect(article.source).toEqual({ name: "人民日报" });
    expect(article.via).toEqual(["人民网"]);
    expect(article.text.endsWith("166户人家户均增收约1.5万元。")).toBe(true);
    expect(article.text).not.toContain("版）");
  });

  it("keeps a note on where a part was drawn from in the text, not as the source", () => {
    const article = parse(item("people-politics__31836042.xml"));
    expect(article.source).toEqual({ name: "人民网" });
    expect(article.text.endsWith("办公厅党组书记、主任。（简历摘自北京市政协网）")).toBe(true);
  });
});

describe("a feed of several items", () => {
  it("gives one Article per item with parseAll, the channel's own elements passed over", () => {
    const titles = articles(parseAllSync(FEED)).map((a) => (typeof a === "string" ? a : a.title));
    expect(titles).toEqual([
      "文化和旅游部为尼日利亚举办“后疫情时代文化和旅游产业融合发展研修班”",
      "水利部将水旱灾害防御应急响应等级调整为Ⅲ级",
      "增收致富门路宽（走向我们的小康生活）",
    ]);
    const [first] = parseAllSync(FEED);
    expect(first).toMatchObject({ ok: true, article: { ref: "item 1" } });
  });

  it("gives the same Articles whatever the chunks a stream hands over", async () => {
    const bytes = new TextEncoder().encode(FEED);
    const whole = articles(parseAllSync(bytes));
    for (const size of [1, 7, 64, 1000]) {
      const streamed = await parseAllInChunks(bytes, size);
      expect(articles(streamed)).toEqual(whole);
    }
  });

  it("is many documents to parse, which says so", () => {
    expect(parse(FEED).warnings.map((w) => w.code)).toContain("many-documents");
  });

  it("reports an item the input cuts short", () => {
    const cut = FEED.slice(0, FEED.lastIndexOf("</item>") - 20);
    expect(articles(parseAllSync(cut)).slice(-1)).toEqual(["corrupt-input"]);
  });
});

describe("an Atom entry", () => {
  it("reads the alternate link's href, the published time, the author's name and the HTML content", () => {
    expect(feedItemRecord(ATOM_ENTRY)).toMatchObject({
      title: "科技爱好者周刊（第 121 期）：为什么人类没有越来越闲？",
      link: "http://www.ruanyifeng.com/blog/2020/08/weekly-issue-121.html",
      published: "2020-08-21T00:34:10Z",
      author: "阮一峰",
      category: ["Weekly"],
      summary: "这里记录每周值得分享的科技内容，周五发布。...",
    });
    const article = parse(ATOM_ENTRY);
    expect(article).toMatchObject({
      title: "科技爱好者周刊（第 121 期）：为什么人类没有越来越闲？",
      publishedAt: "2020-08-21T00:34:10Z",
      originalUrl: "http://www.ruanyifeng.com/blog/2020/08/weekly-issue-121.html",
      author: "阮一峰",
    });
    expect(article.text).toBe(
      "这里记录每周值得分享的科技内容，周五发布。\n\n本杂志开源（GitHub: ruanyf/weekly），欢迎提交 issue，投稿或推荐科技内容。",
    );
  });
});

/** An item of datasets/fresh-59 (session 40's feeds saved as JSON and feeds a translator rewrote; see its SOURCES.tsv). */
const FRESH_59 = join(REPO, "datasets/fresh-59");
const fresh59 = (name: string) => readFileSync(join(FRESH_59, name), "utf8");

describe("a feed saved as JSON (rss-parser's object: items, then the feed's title, feedUrl, lastBuildDate)", () => {
  // baooab/daily-news bjnews.json at 0062e341: the object's head, one item, the object's tail.
  const bjnews = fresh59("rss-parser-json/daily-news__bjnews-162108183014656.json");

  it("is its items' stories, not the feed's own title and description; its title's outlet is theirs", () => {
    expect(parse(bjnews)).toMatchObject({
      title: "因客户投诉，微信关闭小程序打开APP技术支持",
      publishedAt: "2021-05-15T12:52:00Z",
      source: { name: "新京报" },
      originalUrl: "https://www.bjnews.com.cn/detail/162108183014656.html",
    });
    const text = parse(bjnews).text;
    expect(
      text.startsWith("5月14日，微信开放社区公布了有关“手机微信不会再给予微信小程序开启App技术咨询”的通告"),
    ).toBe(true);
    expect(text.endsWith("新京报贝壳记者 白金蕾 编辑 岳彩周 校对 李项玲")).toBe(true);
    expect(text).not.toMatch(/好新闻，无止境|Made with love|contentSnippet/);
  });

  it("reads an author field that holds the page's credit block as its writer and its editor", () => {
    expect(parse(bjnews)).toMatchObject({ author: "白金蕾", editor: "岳彩周" });
  });

  it("gives one Article per item with parseAll, numbered as a JSON array's items are", () => {
    const object = JSON.parse(bjnews) as { items: Array<Record<string, string>> };
    const second = { ...object.items[0]!, title: "第二条", link: "https://www.bjnews.com.cn/detail/1.html" };
    const two = JSON.stringify({ ...object, items: [object.items[0], second] });
    const read = articles(parseAllSync(two)).map((a) =>
      typeof a === "string" ? a : [a.ref, a.title, a.source?.name],
    );
    expect(read).toEqual([
      ["item 1", "因客户投诉，微信关闭小程序打开APP技术支持", "新京报"],
      ["item 2", "第二条", "新京报"],
    ]);
  });

  it("is many documents to parse when it holds several items, which says how many, as an XML feed is", () => {
    // baooab/daily-news reuters.json at 0c5f4d74 (read with read_file, id 37153769413): its first item, content cut to
    // the byline box, first paragraph and staff line, before its second (src/packs/reuters/fixture.feed.json, the
    // object's head and tail as the file has them).
    const feed = JSON.parse(
      readFileSync(join(REPO, "packages/core/src/packs/reuters/fixture.feed.json"), "utf8"),
    ) as { items: Array<Record<string, string>> };
    const first = {
      creator: "Reuters Staff",
      title: "焦点：拜登上任满百日 很多应对中国挑战的关键议题仍在“审议中”",
      link: "https://cn.reuters.com/article/us-biden-china-challenges-0430-idCNKBS2CH070",
      pubDate: "Fri, 30 Apr 2021 02:17:55 GMT",
      author: "Reuters Staff",
      content:
        '<div class="ArticleBody-byline-container-3H6dy"><p class="Byline-byline-1sVmo ArticleBody-byline-10B7D"><span class="TextLabel__text-label___3oCVw Byline-author-2BSir" target="_blank">路透新闻部</span></p></div><p class="Paragraph-paragraph-2Bgue ArticleBody-para-TD_9x">路透华盛顿4月29日 - 本周美国总统拜登上任满百日之际，很多关键的政策立场和争议性问题，用白宫的话说，仍在“审议中”。(完)</p><div><div class="Attribution-attribution-Y5JpY"><p>编译/审校 汪红英/徐文焰/王灿/李爽/郑茵</p></div></div>',
      guid: "https://cn.reuters.com/article/us-biden-china-challenges-0430-idCNKBS2CH070",
      isoDate: "2021-04-30T02:17:55.000Z",
    };
    const two = JSON.stringify({ ...feed, items: [first, ...feed.items] });
    // `parse` reads it as it reads a JSON array of records or an RSS file of several items: the file whole, saying so.
    const article = parse(two);
    expect(article.warnings.find((w) => w.code === "many-documents")?.message).toBe(
      "the input holds many documents (a feed's 2 items, saved as JSON); parseAll gives one Article each",
    );
    expect(articles(parseAllSync(two)).map((a) => (typeof a === "string" ? a : [a.ref, a.title]))).toEqual([
      ["item 1", "焦点：拜登上任满百日 很多应对中国挑战的关键议题仍在“审议中”"],
      ["item 2", "焦点：鲍威尔接下来考虑退出时重点看什么？ “一连串”措辞藏玄机"],
    ]);
  });

  it("takes no date from an item stamped with the feed's build time while its link names another day", () => {
    // baooab/daily-news eeo.json at 01c2fad0: every item's pubDate is the feed's lastBuildDate; the link says 2019/0906.
    const article = parse(fresh59("rss-parser-json/daily-news__eeo-365181.json"));
    expect(article).toMatchObject({
      title: "快讯 | 央行：9月16日起全面下调金融机构存款准备金率0.5个百分点",
      publishedAt: null,
      source: { name: "经济观察网" },
      text: "此次降准释放长期资金约9000亿元，其中全面降准释放资金约8000亿元，定向降准释放资金约1000亿元。",
    });
    // The newest item of a feed may be as new as the feed: a link of that day keeps its date.
    const sameDay = fresh59("rss-parser-json/daily-news__eeo-365181.json").replaceAll(
      "2019/0906",
      "2021/0514",
    );
    expect(parse(sameDay).publishedAt).toBe("2021-05-14T20:09:12Z");
  });

  it("stays one record when the object has a text of its own beside a list of items", () => {
    const story = JSON.stringify({
      title: "一则新闻",
      content: "正文写的是这件事情的经过，一共一句话。",
      items: [{ title: "相关阅读", content: "另一则新闻的正文，也是一句话。" }],
    });
    expect(parse(story).title).toBe("一则新闻");
  });
});

describe("a feed a translator rewrote", () => {
  it("reads a `<link/>` emptied with its address after it, and drops the `;` left after a CDATA section", () => {
    // Jv0id/RSS-Translation rss/nikkei.xml at 00b2bec3: the channel head, the second item, the closing tags.
    const article = parse(fresh59("translated-xml-mangled/rss-translation__nikkei-dax.xml"));
    expect(article).toMatchObject({
      title: "ドイツ株24日 大幅続落 高インフレや景気悪化懸念で全面安",
      publishedAt: "2023-05-24T17:06:22Z",
      originalUrl: "https://www.nikkei.com/article/DGXZASFL24I1O_U3A520C2000000/",
      source: { name: "日本経済新聞" },
    });
    expect(article.text.endsWith("构成该指数的所有 40 只股票均较前一天下跌。")).toBe(true);
  });

  it("takes the channel's outlet for an item whose link's host names none, and 路透社 is 路透", () => {
    // liveii/RSS-Translate rss/Reuters china_rss.xml at f9b2caf0 (channel 中国 |路透社); leonny521/RSS-Translation
    // rss/reuters.xml at 0007b15c (an item's <author>路透社</author>).
    const rfeed = parse(fresh59("rfeed-translated-rss/rss-translate__reuters-china-synlait.xml"));
    expect(rfeed.source).toEqual({ name: "路透" });
    const agency = parse(fresh59("translated-xml-mangled/rss-translation__reuters-china-fdi.xml"));
    expect(agency).toMatchObject({
      source: { name: "路透" },
      author: null,
      originalUrl: "https://www.reuters.com/markets/asia/chinas-jan-aug-fdi-down-315-yy-2024-09-14/",
    });
  });

  it("cuts CNBC's quote widget run into the first sentence, and a closing tag whose < was lost after the last", () => {
    // rcy1314/Rss-Translation rss/CNBC.xml at 005cfb2e: two items, the widget translated, a `div&gt;` in CDATA.
    const norway = parse(fresh59("translated-rss-xml/rss-translation__cnbc-tesla-norway.xml"));
    expect(norway.text.startsWith("挪威有电动汽车采用取得巨大成功 — 据挪威公路联合会称")).toBe(true);
    const modelY = parse(fresh59("translated-rss-xml/rss-translation__cnbc-tesla-model-y.xml"));
    expect(modelY.text.endsWith("因此今年的销售增长将“明显放缓”。")).toBe(true);
    const item = (description: string) =>
      parse(`<item><title>Tesla</title><description><![CDATA[${description}]]></description></item>`).text;
    expect(
      item("In this article TSLA Follow your favorite stocks CREATE FREE ACCOUNT Norway leads in EVs."),
    ).toBe("Norway leads in EVs.");
    expect(item("这是一段正文，写完了。 individual&gt;")).toBe("这是一段正文，写完了。 individual>");
  });

  it("reads a feed title's outlet only where a part of it is one", () => {
    expect(
      [
        "路透社 深度分析",
        "中国新闻|今日突发新闻|路透社",
        "新京报 - 好新闻，无止境",
        "日本経済新聞 - 総合",
        "经济观察网",
        "美国热门新闻和分析",
        "时政频道",
        "国际新闻",
        "华夏时报 - 经济观察网",
        // A known outlet (新京报, named by the hosts table too) before one named as a publication, as 路透社 above.
        "新京报 - 经济观察网",
      ].map(outletOfFeedTitle),
    ).toEqual(["路透", "路透", "新京报", "日本経済新聞", "经济观察网", null, null, null, null, "新京报"]);
  });
});

describe("feeds of anything", () => {
  it("never throws, and each result is an Article or a failure with a known code", () => {
    const tag = fc.constantFrom(
      "<item>",
      "</item>",
      "<entry>",
      "</entry>",
      "<title>",
      "</title>",
      "<![CDATA[",
      "]]>",
    );
    const piece = fc.oneof(
      tag,
      fc.string({ maxLength: 20 }),
      fc.constantFrom('<link href="', '"/>', "&#x", "&amp;"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const input = `<rss><channel>${pieces.join("")}`;
        for (const result of parseAllSync(input)) {
          if (!result.ok) expect(READ_FAILURE_CODES).toContain(result.failure.code);
        }
        parse(input);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a long run of nested opening tags in time linear in its length", () => {
    const nested = (n: number) => `<item><title>${"<title>".repeat(n)}x</item>`;
    // Twice the tags, about the same CPU time per character (a search from every tag to the end gives
    // twice). CPU time, the best of batches, as the hostile-regex test measures: a busy machine
    // stretches the wall clock of one size and not the other.
    const cost = (n: number) => costPerCharacter(nested(n), feedItemRecord);
    cost(20_000);
    expect(cost(80_000) / cost(40_000)).toBeLessThan(1.5);
  });

  it("reads a feed's title once for all its items, however long the title (JSON and XML alike)", () => {
    // Twentieth round: the title's outlet was read again for every item, so a title as long as the file times its
    // items was quadratic (10,205 items under a 500 KB title: hours). Eight times the items under the same 300 KB
    // title now cost about what they weigh, not eight times the title.
    const title = "某某 ".repeat(100_000);
    const entry = { title: "标题一则", content: "正文内容的一段文字，足够长的中文句子。" };
    const json = (n: number) => JSON.stringify({ title, items: Array(n).fill(entry) });
    const xml = (n: number) =>
      `<rss><channel><title>${title}</title>${`<item><title>${entry.title}</title><description>${entry.content}</description></item>`.repeat(n)}</channel></rss>`;
    const read = (input: string) => [...parseAllSync(input)];
    for (const feed of [json, xml]) {
      expect(read(feed(4)).map((result) => result.ok && result.article.title)).toEqual(
        Array(4).fill("标题一则"),
      );
      const time = (n: number) => costPerCharacter(feed(n), read, 2) * feed(n).length;
      expect(time(32) / time(4)).toBeLessThan(3);
    }
    const outlet = JSON.stringify({ title: `${"中国 ".repeat(20_000)}| 路透社`, items: [entry, entry] });
    expect(read(outlet).map((result) => result.ok && result.article.source?.name)).toEqual(["路透", "路透"]);
  });
});
