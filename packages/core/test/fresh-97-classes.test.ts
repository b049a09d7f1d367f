// fresh-97's classes, read and fixed in session 58 (fix97): digests and feed dumps that mix languages and scripts — a
// Markdown digest of numbered stories each closed by a credit line that links it (Traditional script), a feed's link
// saved with its CDATA wrapper inside a JSON string, a bilingual record naming its outlet in Chinese and in English, a
// feed's name with the job's channel label after it, and Nasdaq's market tier before a ticker. Real excerpts: the files
// of datasets/fresh-97 (provenance in its SOURCES.tsv) and files from the search index (file ids noted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/index.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { detectInput } from "../src/readers/detect.js";
import { REPO } from "./helpers.js";

const read = (path: string) => readFileSync(join(REPO, "datasets/fresh-97", path), "utf8");
const records = (input: string, filename: string): Article[] =>
  [...parseAllSync(input, { filename })].map((item) => {
    if (!("article" in item)) throw new Error(`no article in ${filename}`);
    return item.article;
  });
const codes = (article: Article) => article.securities.map((s) => `${s.code}.${s.market}`);

describe("a digest of numbered stories, each closed by a credit line that links it", () => {
  it("reads yenhao-huang/daily's `## N. headline` sections one story each, `來源：[中央社](url)` read as the credit it is", () => {
    const file = "tw-digest-md/daily__2026-07-03-finance-news.md";
    const sections = records(read(file), file);
    expect(sections).toHaveLength(8);
    expect(
      sections
        .slice(0, 3)
        .map((section) => [
          section.ref,
          section.title,
          section.publishedAt,
          section.source?.name,
          section.originalUrl,
          section.text,
        ]),
    ).toEqual([
      [
        "section 1",
        "台股收跌 274 點，外資賣超 890 億元、ETF 成調節重心",
        "2026-07-03T00:00:00+08:00",
        "中央社",
        "https://www.cna.com.tw/news/afe/202607020320.aspx",
        "中央社報導，台股 7/2 收跌 274 點，外資大幅賣超 890 億元，ETF 成為主要調節標的。短線資金轉趨保守，電子權值股與被動資金流向仍是盤面關鍵。",
      ],
      [
        "section 2",
        "科技股遭賣壓，亞股多數收低",
        "2026-07-03T00:00:00+08:00",
        "中央社",
        "https://www.cna.com.tw/news/afe/202607020281.aspx",
        "中央社報導，科技股遭逢賣壓拖累亞洲股市多數收低，顯示 AI 與半導體族群短線評價修正壓力擴散。台股作為科技權值比重高的市場，國際科技股表現仍牽動加權指數。",
      ],
      [
        "section 3",
        "壽險業前 5 月獲利 2463 億元創同期新高，淨值升至 3.9 兆",
        "2026-07-03T00:00:00+08:00",
        "中央社",
        "https://www.cna.com.tw/news/afe/202607020361.aspx",
        "中央社報導，壽險業前 5 月獲利達 2463 億元、創同期新高，淨值飆升至 3.9 兆元。資本市場回穩與匯率、投資收益表現改善，有助金融股基本面與資本適足率。",
      ],
    ]);
  });

  it("reads the same digest's other day, whose credit lines give the story's link alone (`來源：https://…`)", () => {
    // yenhao-huang/daily, financenews/79739295-2026-07-04-Finance-News.md (commit bb892af1, index file 56518034380):
    // its head and sections 1, 2 and 6, verbatim.
    const digest = `# 台股與金融新聞摘要（2026-07-04）

> 日期以 Asia/Taipei 為準。

## 1. 台股小漲 36.46 點，收 46,780.62 點
台股 7 月 3 日上漲 36.46 點，收在 46,780.62 點，成交值約新台幣 1 兆 155.7 億元。盤面呈現高檔震盪，資金仍聚焦 AI 與半導體供應鏈。
來源：https://tw.stock.yahoo.com/tw-market/

## 2. 三大法人賣超 734.45 億元，外資賣壓最重
三大法人合計賣超台股 734.45 億元，其中外資及陸資賣超 777.82 億元，投信買超 75.96 億元，自營商賣超 32.59 億元。法人籌碼與指數高檔背離，短線波動風險升高。
來源：https://tw.stock.yahoo.com/tw-market/

## 6. 精測 6 月營收年增逾 40%，連 6 月創高
Goodinfo 盤後資訊顯示，精測受惠 AI、HPC 需求強勁，6 月營收年增 40.2%，並連續 6 個月創新高。高階測試介面與先進製程需求仍是相關供應鏈的成長主軸。
來源：https://www.goodinfo.tw/
`;
    expect(detectInput(digest)).toBe("digest");
    const sections = records(digest, "79739295-2026-07-04-Finance-News.md");
    expect(
      sections.map((section) => [section.ref, section.title, section.publishedAt, section.originalUrl]),
    ).toEqual([
      [
        "section 1",
        "台股小漲 36.46 點，收 46,780.62 點",
        "2026-07-04T00:00:00+08:00",
        "https://tw.stock.yahoo.com/tw-market/",
      ],
      [
        "section 2",
        "三大法人賣超 734.45 億元，外資賣壓最重",
        "2026-07-04T00:00:00+08:00",
        "https://tw.stock.yahoo.com/tw-market/",
      ],
      [
        "section 3",
        "精測 6 月營收年增逾 40%，連 6 月創高",
        "2026-07-04T00:00:00+08:00",
        "https://www.goodinfo.tw/",
      ],
    ]);
    expect(sections[2]!.text).toBe(
      "Goodinfo 盤後資訊顯示，精測受惠 AI、HPC 需求強勁，6 月營收年增 40.2%，並連續 6 個月創新高。高階測試介面與先進製程需求仍是相關供應鏈的成長主軸。",
    );
  });

  it("keeps one article whose numbered chapters cite no story each", () => {
    // datasets/fresh-94's research dossier and fresh-39's transcript digest write `## N.` chapters without a credit
    // line each: one document, as before. The digest's own heading and one section, its credit line dropped.
    const cut = read("tw-digest-md/daily__2026-07-03-finance-news.md")
      .split("\n")
      .filter((line) => !line.startsWith("來源："))
      .join("\n");
    expect(detectInput(cut)).toBe("markdown");
  });
});

describe("a feed item's link saved with its CDATA wrapper inside a JSON string", () => {
  it("reads the dashboard's 36氪 newsflashes' links, each flash's closing credit its source", () => {
    const file = "dashboard-feed-json/niuhuihui-workstation__news-finance-items-20-23.json";
    const flashes = records(read(file), file);
    expect(flashes.map((flash) => [flash.ref, flash.originalUrl, flash.source?.name, flash.via])).toEqual([
      ["item 1", "https://36kr.com/newsflashes/3929430069755016?f=rss", "财联社", ["36氪"]],
      ["item 2", "https://36kr.com/newsflashes/3929428569193863?f=rss", "36氪", []],
      ["item 3", "https://36kr.com/newsflashes/3929421003373959?f=rss", "央视新闻", ["36氪"]],
      ["item 4", "https://36kr.com/newsflashes/3929419452611971?f=rss", "36氪", []],
    ]);
  });

  it('reads another job\'s digest cards of the same feed (`url`, `source: "36氪 - AI"`) so', () => {
    // Index file 54547088374: an AI-news site's data file of cards by topic, `{title, url, source, date, summary,
    // is_new, lang, interpretation}`; one card, verbatim (5-space indent), in an array.
    const cards = `[
    {
     "title": "豆包大模型的日均tokens调用量达到180万亿",
     "url": "<![CDATA[https://36kr.com/newsflashes/3865137028928774?f=rss]]>",
     "source": "36氪 - AI",
     "date": "2026-06-23",
     "summary": "在2026火山引擎force原动力大会上，火山引擎总裁谭待表示，截至2026年6月，豆包大模型日均tokens调用量达180万亿，较发布时增长超1500倍，过去一年增长超10倍。（财联社）",
     "is_new": true,
     "lang": "zh",
     "interpretation": "豆包大模型调用量激增，反映国内AI应用需求爆发式增长。"
    }
]`;
    const [card] = records(cards, "cards.json");
    expect([card!.originalUrl, card!.source?.name, card!.via, card!.publishedAt]).toEqual([
      "https://36kr.com/newsflashes/3865137028928774?f=rss",
      "财联社",
      ["36氪"],
      "2026-06-23T00:00:00+08:00",
    ]);
    expect(card!.text).toBe(
      "在2026火山引擎force原动力大会上，火山引擎总裁谭待表示，截至2026年6月，豆包大模型日均tokens调用量达180万亿，较发布时增长超1500倍，过去一年增长超10倍。",
    );
  });
});

describe("a bilingual record's outlet, and a feed's name with a channel label after it", () => {
  it("credits an English story to the outlet's English name (`source_en`), a Chinese one to its name as given", () => {
    const english = "bilingual-digest-json/daily-finance-news__20260620-items-1-2.json";
    const chinese = "bilingual-digest-json/daily-finance-news__20260620-items-20-23.json";
    expect(records(read(english), english).map((item) => item.source?.name)).toEqual(["CNBC", "CNBC"]);
    expect(records(read(chinese), chinese).map((item) => item.source?.name)).toEqual([
      "雪球",
      "IT之家",
      "IT之家",
      "IT之家",
    ]);
  });

  it("keeps the Chinese name when the English twin is one word no host of the link names (`YahooFinance`)", () => {
    const file = "bilingual-digest-json/daily-finance-news__20260410-items-14-15.json";
    expect(records(read(file), file).map((item) => item.source?.name)).toEqual(["雅虎财经", "雅虎财经"]);
  });

  it("reads `CNBC 市场` beside a cnbc.com link as CNBC; a label beside another host's link stays", () => {
    const file = "bilingual-monitor-json/quant-live__news-items-4-6.json";
    expect(records(read(file), file).map((item) => item.source?.name)).toEqual([
      "Yahoo Finance美股",
      "CNBC",
      "Yahoo Finance美股",
    ]);
  });
});

describe("Nasdaq's market tier before a ticker (S&P Capital IQ's notation)", () => {
  it("reads `NasdaqGS:MSFT` in a Simply Wall St story a bilingual digest relays", () => {
    const file = "bilingual-digest-json/daily-finance-news__20260410-items-14-15.json";
    expect(records(read(file), file).map(codes)).toEqual([["MSFT.NASDAQ"], ["AVGO.NASDAQ", "QCOM.NASDAQ"]]);
  });

  it("reads it with a space after the colon, and in a headline", () => {
    // Index file 58563321643 (a daily news digest: simplywall.st's story lead) and 58416485513 (finnhub company news,
    // a Yahoo headline).
    expect(
      codes(
        parse(
          "NVIDIA (NasdaqGS: NVDA) is expanding its robotics and physical AI efforts through new collaborations with LG Electronics and Foxglove.",
        ),
      ),
    ).toEqual(["NVDA.NASDAQ"]);
    expect(
      codes(parse("Can ASML Holding (NasdaqGS:ASML) Stay Reasonably Priced After Its 150% Run?")),
    ).toEqual(["ASML.NASDAQ"]);
  });
});
