// fresh-95's classes, read and fixed in session 56 (fix95): whole files as a static-site generator or a feed job saved
// them — RSS files saved whole by their own generators (a stylesheet instruction before the `<rss>`), Hugo wire posts
// (front matter naming the wire, a closing credit link, a Dow Jones byline and sign-off), MkDocs Material notes.
// Real excerpts: the files of datasets/fresh-95 (provenance in its SOURCES.tsv) and files from the search index (file
// ids noted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/index.js";
import { detectInput, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { REPO } from "./helpers.js";

const read = (path: string) => readFileSync(join(REPO, "datasets/fresh-95", path), "utf8");
const records = (input: string, filename: string): Article[] =>
  [...parseAllSync(input, { filename })].map((item) => {
    if (!("article" in item)) throw new Error(`no article in ${filename}`);
    return item.article;
  });

describe("feeds saved whole by their own generators", () => {
  it("reads a feed whose generator links a stylesheet before `<rss>` (news.gov.hk's ISD generator) one article per item", () => {
    const file = "isd-rss-xml/newsgovhk__finance-mortgage-march.rss";
    const text = read(file);
    expect(detectInput(text, file)).toBe("feed");
    const [story, ...rest] = records(text, file);
    expect(rest).toEqual([]);
    expect(story!.title).toBe("上月新批住宅按揭增6.2%");
    expect(story!.publishedAt).toBe("2024-04-30T00:00:00+08:00");
    expect(story!.source?.name).toBe("香港政府新聞網");
    expect(story!.originalUrl).toBe("https://www.news.gov.hk/chi/2024/04/20240430/20240430_164234_442.html");
    expect(story!.text.startsWith("金融管理局公布，3月新批出住宅按揭貸款額191億元，按月增加6.2%。")).toBe(
      true,
    );
    expect(story!.text.endsWith("未償還按揭貸款總額18,534億元，沒有明顯變動。")).toBe(true);
  });

  it("reads the `/rss.xsl` line site generators write before their feed (index file 65993658610's template, filled with the bank's own host: a template's `example.com` is a placeholder, no original)", () => {
    const feed = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>',
      '<rss version="2.0">',
      "  <channel>",
      "    <title>VIB News Feed - Testing</title>",
      "    <link>https://www.vib.com.vn</link>",
      "    <item>",
      "      <title>VIB lãi trước thuế quý III tăng 12%</title>",
      "      <link>https://www.vib.com.vn/news/vib-q3</link>",
      "      <pubDate>Tue, 21 Oct 2025 08:00:00 GMT</pubDate>",
      "      <description><![CDATA[<p>Ngân hàng VIB báo lãi trước thuế quý III tăng 12% so với cùng kỳ năm trước.</p>]]></description>",
      "    </item>",
      "  </channel>",
      "</rss>",
    ].join("\n");
    expect(detectInput(feed, "news.xml")).toBe("feed");
    const [story] = records(feed, "news.xml");
    expect(story!.title).toBe("VIB lãi trước thuế quý III tăng 12%");
    expect(story!.publishedAt).toBe("2025-10-21T08:00:00Z");
    expect(story!.originalUrl).toBe("https://www.vib.com.vn/news/vib-q3");
  });
});

describe("a feed's outlet and its full text", () => {
  it("names a site's own feed's items by the feed's title when the channel links the home page they link to", () => {
    const file = "feedgen-rss-xml/channelchk__golden-week-taxi-courtesy.rss";
    const [story] = records(read(file), file);
    expect(story!.source?.name).toBe("Channel C HK");
    // The same items under a channel linking another site (a reading list's) are not that site's.
    const elsewhere = read(file).replace(
      "<link>https://channelchk.com/</link>",
      "<link>https://example.org/</link>",
    );
    expect(records(elsewhere, file)[0]!.source).toBeNull();
  });

  it("prefers the name a site's feed gives itself to the hosts table's, and reads morss's `ns0:encoded` as the content", () => {
    const file = "morss-fulltext-rss/inmediahk__takeaway-cutlery-talent-lunch.morss.rss";
    const [story, ...rest] = records(read(file), file);
    expect(rest).toEqual([]);
    expect(story!.source?.name).toBe("獨立媒體");
    expect(story!.publishedAt).toBe("2024-05-02T10:41:11+00:00");
    // morss's copy of the body, not the Drupal description with its taxonomy fields.
    expect(story!.text).not.toContain("自由標籤");
    expect(story!.text).not.toContain("morss_score");
    expect(story!.text.endsWith("當局將會訪問全港2萬小型餐飲業，了解訂購餐具上的困難。")).toBe(true);
  });

  it("reads 8world, Mediacorp's Chinese site, by its name in a feed's title and by its host", () => {
    for (const file of [
      "rsshub-feed-xml/8world__nuh-digestive-centre.rss",
      "rsshub-feed-xml/8world__anti-scam-centre-dbs-uob.rss",
    ])
      expect(records(read(file), file).map((story) => story.source?.name)).toEqual(["8视界新闻网"]);
  });
});

describe("an English wire story as a Hugo site reposts it", () => {
  it("reads Dow Jones's byline, its `Write to` sign-off and the closing link named for the wire the post is filed under", () => {
    const file = "hugo-tradingview-md/bulwark__djn-mcewen-mining-senior-notes.en.md";
    const story = parse(read(file), { filename: file });
    expect(story.title).toBe("McEwen Mining Shares Drop After Private Placement of Senior Notes");
    expect(story.author).toBe("Chris Wack");
    expect(story.source?.name).toBe("Dow Jones Newswires");
    expect(story.originalUrl).toBe(
      "https://www.tradingview.com/news/DJN_DN20250207008912:0-mcewen-mining-shares-drop-after-private-placement-of-senior-notes/",
    );
    expect(story.text.startsWith("McEwen Mining shares were down 15% at $7.37")).toBe(true);
    expect(story.text.endsWith("unless earlier converted, redeemed or repurchased.")).toBe(true);
  });

  it("reads a Markdown body under a theme's `thumbnail` switch as Markdown, not as a Hexo aggregator's HTML", () => {
    const file = "hugo-tradingview-md/bulwark__mtnewswires-malaysian-shares-matrix-concepts.en.md";
    const story = parse(read(file), { filename: file });
    expect(story.source?.name).toBe("MT Newswires");
    expect(story.text).not.toContain("](https://");
    expect(story.text.endsWith("dubbed Rancangan Perkampungan Tersusun (RPT) Negeri Perak.")).toBe(true);
  });

  it("keeps a closing link the front matter does not file the post under, and a `By` line that names no one", () => {
    const post = [
      "---",
      'title: "Stocks rise"',
      'date: "2025-02-10 17:37:11"',
      "tags:",
      '  - "Markets"',
      "---",
      "",
      "By the close, stocks had risen for a third day as investors bought banks and miners across the region.",
      "",
      "Shares of Matrix Concepts rose 5% after it won a contract to build homes in Perak for the state government.",
      "",
      "[Read more](https://example.com/markets/stocks-rise)",
      "",
    ].join("\n");
    const story = parse(post, { filename: "stocks.md" });
    expect(story.author).toBeNull();
    expect(story.source).toBeNull();
    expect(story.text.startsWith("By the close, stocks had risen")).toBe(true);
  });
});

describe("MkDocs Material notes", () => {
  it("takes a post's stated title without the strong marks its writer typed in it", () => {
    const file = "mkdocs-blog-md/mkdocs-investment__8272-overallotment.md";
    expect(parse(read(file), { filename: file }).title).toBe("過額配售是什麼？以 8272 全景軟體 為例");
    // Unpaired marks are the title's own characters.
    const post =
      "---\ntitle: 5** 評等的基金\ndate: 2024-10-20\n---\n\n晨星把這檔基金評為五星，理由是長期報酬穩定而費用低於同類基金的平均。\n";
    expect(parse(post, { filename: "fund.md" }).title).toBe("5** 評等的基金");
  });
});
