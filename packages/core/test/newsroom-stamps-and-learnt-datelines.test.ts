// Session 50 (gen50), the tuning sets' leftovers by class: an outlet's newsroom named before the stamp under a page's
// headline (Anue鉅亨's `鉅亨網新聞中心 2024-09-30 15:10`, datasets/fresh-77), a record's credit naming a paper with its
// site beside a dateline naming the site (`auth: 中国证券报·中证网` over `中证网讯`, datasets/fresh-74), and an outlet
// that learnt the news from someone (`12月21日消息，中国支付网从央行官方网站获悉`, datasets/fresh-74;
// `人民财经从各省…获悉`, a 人民网 page in the index).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalOutlet } from "../src/credits/outlets.js";
import type { Article } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

const dataset = (set: string, name: string) => join(import.meta.dirname, "../../../datasets", set, name);

/** The first Article of a file. */
function article(input: string, filename: string): Article | undefined {
  return [...parseAllSync(input, { filename })].flatMap((result) => (result.ok ? [result.article] : []))[0];
}

/** A saved article page as Anue鉅亨's Next.js template lays it out: the credit line between the headline and the story. */
const cnyesPage = (creditLine: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>報導：英特爾和美國政府將在年底前完成85億美元晶片融資 | Anue鉅亨 - 美股雷達</title>
<meta property="og:url" content="https://news.cnyes.com/news/id/5726840"></head>
<body><main><article class="mfxje1x">
<section class="t1el8oye"><span class="bzubwch"> <!-- -->美股</span>
<h1>報導：英特爾和美國政府將在年底前完成85億美元晶片融資</h1></section>
<p class="alr4vq1">${creditLine}</p>
<main id="article-container" class="c1tt5pk2">
<section style="margin-top:30px"><p>知情人 士透露，英特爾 (INTC-US) 和美國政府可能在年底前敲定 85 億美元的直接融資。</p></section>
<section style="margin-top:30px"><p>據英媒《金融時報》報導稱，雙方談判已進入後期階段，但無法保證在 2024 年底前完成，此外，任何對英特爾全部或部分業務的收購都可能破壞談判。</p></section>
<section style="margin-top:30px"><p>英特爾和美國商務部沒有立即回應置評 請求。</p></section>
</main></article></main></body></html>`;

describe("an outlet's newsroom before the stamp under a page's headline", () => {
  it("reads the outlet and the time from the saved page (lostmypillow/dms-scrape, cnyes.html, fresh-77)", () => {
    const page = article(
      readFileSync(dataset("fresh-77", "saved-outlet-page/dms-scrape__cnyes.html"), "utf8"),
      "cnyes.html",
    );
    expect([page?.source?.name, page?.publishedAt]).toEqual(["鉅亨網", "2024-09-30T15:10:00+08:00"]);
  });

  it.each([
    // The saved page's line: a blank inside the name, the comments React left between the fields.
    [
      "鉅 亨網新聞中心<!-- --> <span></span> <!-- -->2024-09-30 15:10",
      "鉅亨網",
      "2024-09-30T15:10:00+08:00",
      null,
    ],
    // As a screener's test fixture and a crawler's table of credit lines write it (slashes in the day).
    ["鉅亨網新聞中心 2026-05-27 20:10", "鉅亨網", "2026-05-27T20:10:00+08:00", null],
    ["鉅亨網新聞中心 2026/06/15 10:20", "鉅亨網", "2026-06-15T10:20:00+08:00", null],
    // The outlet alone before the stamp is the source, not a writer.
    ["鉅亨網 2024-09-30 15:10", "鉅亨網", "2024-09-30T15:10:00+08:00", null],
    // A writer before the stamp stays the author; the outlet set between them is the source (the cs pack's line).
    ["葛冬瑾 2024-05-08 12:30", "美股雷達", "2024-05-08T12:30:00+08:00", "葛冬瑾"],
    ["王博 中国证券报·中证网 2020-12-01 18:59", "中国证券报", "2020-12-01T18:59:00+08:00", "王博"],
  ])("%s", (line, source, publishedAt, author) => {
    const page = article(cnyesPage(line), "page.html");
    expect({
      source: page?.source?.name,
      publishedAt: page?.publishedAt,
      author: page?.author,
    }).toEqual({ source, publishedAt, author });
  });

  it("names the outlet for its newsroom, not for any other unit (canonicalOutlet)", () => {
    expect(
      ["鉅亨網新聞中心", "鉅 亨網新聞中心", "新浪财经新闻中心", "东方财富研究中心", "鉅亨台北資料中心"].map(
        canonicalOutlet,
      ),
    ).toEqual(["鉅亨網", "鉅亨網", "新浪财经", "东方财富", "鉅亨台北資料中心"]);
  });

  it("credits any outlet's newsroom so, however the stamp is spaced", () => {
    const outlet = fc.constantFrom("鉅亨網", "經濟日報", "新浪财经", "中央社", "证券时报网", "每日经济新闻");
    const desk = fc.constantFrom("", "新聞中心", "新闻中心");
    const blank = fc.constantFrom(" ", "  ", "\u3000", " <!-- --> <span></span> <!-- -->");
    fc.assert(
      fc.property(outlet, desk, blank, fc.integer({ min: 0, max: 23 }), (name, unit, gap, hour) => {
        const clock = `${String(hour).padStart(2, "0")}:10`;
        const page = article(cnyesPage(`${name}${unit}${gap}2024-09-30 ${clock}`), "page.html");
        expect([page?.source?.name, page?.publishedAt]).toEqual([
          canonicalOutlet(name),
          `2024-09-30T${clock}:00+08:00`,
        ]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("a record's credit naming a paper with its site, beside a dateline naming the site", () => {
  it("is the paper, which carried nothing (331770916/TNApp, SelfChoiceStockNews.java, fresh-74)", () => {
    const name = "app-api-response-json/tnapp__selfchoice-news-cs-two-listings.json";
    const story = article(readFileSync(dataset("fresh-74", name), "utf8"), "news.json");
    expect([story?.source?.name, story?.via, story?.author]).toEqual(["中国证券报", [], "周松林"]);
  });

  it.each([
    // The channel names the paper and its site: the dateline's site is the paper's.
    [
      "中国证券报·中证网",
      "中证网讯（记者周松林）据上交所消息，两家公司A股股票将于2017年1月25日在上交所上市交易。",
      "中国证券报",
      [],
    ],
    // A dateline naming another outlet: the channel carried its story.
    [
      "中国证券报·中证网",
      "新华社北京1月23日电 据上交所消息，两家公司A股股票将于2017年1月25日在上交所上市交易。",
      "新华社",
      ["中国证券报·中证网"],
    ],
  ])("auth %s over %s", (auth, sum, source, via) => {
    const record = JSON.stringify({
      id: "1",
      dt: 1485172800000,
      title: "两家公司25日在上交所上市",
      sum,
      auth,
    });
    const story = article(record, "news.json");
    expect([story?.source?.name, story?.via]).toEqual([source, via]);
  });
});

describe("an outlet that learnt the news from someone, maybe after the day of the news", () => {
  it("is the source, and its words stay (meizhouren/huhuitong, mock/news.json, fresh-74)", () => {
    const name = "site-mock-news-json/huhuitong__mock-news-5-payment-licence-changes.json";
    const story = article(readFileSync(dataset("fresh-74", name), "utf8"), "news.json");
    expect(story?.source?.name).toBe("中国支付网");
    expect(story?.text.startsWith("12月21日消息，中国支付网从央行官方网站获悉，")).toBe(true);
  });

  it.each([
    ["12月21日消息，中国支付网从央行官方网站获悉，央行近期审批了一批新的支付牌照变更申请。", "中国支付网"],
    // A 人民网 page (the index's saved copy of a 人民财经 story).
    [
      "人民财经从各省(市、自治区)统计局网站和万得(wind)资讯获悉，今年一季度全国31个省(市、自治区)生产总值数据近日已全部公布。",
      "人民财经",
    ],
    ["36氪获悉，某公司完成新一轮融资。", "36氪"],
    // Someone who is no outlet learnt it: no source.
    ["12月21日消息，该公司从央行官方网站获悉，央行近期审批了一批新的支付牌照变更申请。", null],
  ])("%s", (lead, source) => {
    const story = article(`# 支付牌照变更\n\n${lead}\n\n第二段写的是别的事情。\n`, "story.md");
    expect(story?.source?.name ?? null).toBe(source);
  });
});
