// RSS and Atom feeds, and items cut out of them: one Article per `<item>` or `<entry>`, its facts read
// by the record mapping (src/readers/feed.ts). Fixtures are real: 人民网's 时政频道 RSS 2.0 feed of
// 2020-08-25 (its channel head as a JavaScript module keeps it, search-index file 8552979249; its items
// are datasets/fresh-16/rss-item, cut out of the same feed) and an entry of 阮一峰's Atom feed from the
// same module, its content cut to its first two CDATA sections.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
});
