// Fixture: ../shared/corpus/finews-jekyll/_posts__-202205262391921712.md (zning1994/finews at
// 462e8aa7), two paragraphs of its eastmoney body with one K-line widget.
import { describe, expect, it } from "vitest";
import { parseFixture, parseRecordsFixture } from "../../../test/packs.js";
import { parse } from "../../index.js";
import { eastmoney, eastmoneyFeed } from "./index.js";

const fixture = new URL("./fixture.html", import.meta.url);

describe("eastmoney pack", () => {
  const { withPack, withoutPack } = parseFixture(eastmoney, fixture);

  it("reads securities from quote links, with their names, and not boards (market 90)", () => {
    expect(withPack.securities).toEqual([
      { code: "600160", market: "SH", name: "巨化股份", how: "widget", mentions: 0 },
      { code: "NIO", market: "NYSE", name: "蔚来", how: "widget", mentions: 0 },
      { code: "300343", market: "SZ", name: "联创股份", how: "widget", mentions: 0 },
    ]);
    // Without the pack the generic quote-link table (enrich/quote-markup.ts) still reads the
    // A-shares; only the pack knows eastmoney's market id 106 (NYSE).
    expect(withoutPack.securities.map((s) => s.code)).toEqual(["600160", "300343"]);
  });

  it("removes the K-line chart widget, which is not an article image", () => {
    expect(withPack.images).toEqual([]);
    expect(withoutPack.images.map((image) => image.alt)).toEqual(["K图 600160_0"]);
  });

  it("keeps the text of quote links in the sentence", () => {
    expect(withPack.text).toContain("霍尼韦尔宣布为蔚来旗下ET7提供制冷剂。具体来看，巨化股份、联创股份已有");
  });
});

// Fixture: lines 1 and 20 of ../shared/dumps/eastmoney/data/2026/2026-07-29.jsonl.gz (the public
// archive echo-stacker/cailianshe-daily-archive).
describe("eastmoney feed pack", () => {
  const { withPack, withoutPack } = parseRecordsFixture(
    eastmoneyFeed,
    new URL("./fixture.jsonl", import.meta.url),
  );

  it("maps secids with the widgets' market ids; boards (90, 1007) and funds (150) are not securities", () => {
    expect(withPack[0]!.securities).toEqual([]);
    expect(withPack[1]!.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["000725.SZ"]);
    expect(withoutPack[1]!.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["000725.SZ"]);
  });

  it("namespaces ids by the feed and takes its outlet as the source", () => {
    expect(withPack[0]).toMatchObject({ id: "eastmoney:202607293823918189", source: { name: "东方财富" } });
    expect(withPack[0]!.categories).toEqual(["快讯"]);
    expect(withPack[0]!.extra).toEqual({});
  });
});

// An excerpt of the 东方财富研究中心 entry of qipeijun/FinancialReport docs/archive/2025-10/2025-10-02/collected_data.json
// (commit c3907fbd7ab61c94d12afa60434ff1bc97882489; datasets/fresh-50 qipeijun__em-global-markets-research.json): the
// article HTML as a feed carries it, with stock spans by market id and code.
const RESEARCH_ENTRY = JSON.stringify({
  title: "全球市场：道指、标普刷新纪录高位 英特尔涨超7%、美光涨超8% 金价续创新高",
  link: "http://stock.eastmoney.com/news/11784,202510023528072036.html",
  published: "Thu, 02 Oct 2025 06:05:42 +0800",
  summary:
    '<p>　　美股三大指数10月01日收盘全线上涨。<span id="stock_105.NDAQ"><a class="keytip" href="http://quote.eastmoney.com/unify/r/105.NDAQ">纳斯达克</a></span><span id="quote_105.NDAQ"></span>综合指数上涨95.15点。</p><p>　　周三（10月1日）美股盘中传出消息，<span id="stock_105.INTC"><a class="keytip" href="http://quote.eastmoney.com/unify/r/105.INTC">英特尔</a></span><span id="quote_105.INTC"></span>正处于与AMD（<span id="stock_105.AMD"><a class="keytip" href="http://quote.eastmoney.com/unify/r/105.AMD">超威半导体</a></span><span id="quote_105.AMD"></span>）的早期谈判阶段。</p><p class="em_media">（文章来源：<span id="stock_0.300059"><a class="keytip" href="http://quote.eastmoney.com/unify/r/0.300059">东方财富</a></span><span id="quote_0.300059"></span>研究中心）',
  source: { title: "东方财富研究中心" },
});

describe("eastmoney stock spans in a feed's article HTML", () => {
  const article = parse(RESEARCH_ENTRY);

  it("reads the companies the spans mark by market id, not an index's name nor the outlet's own name in its credit", () => {
    expect(article.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["INTC.NASDAQ", "AMD.NASDAQ"]);
    expect(article.source?.name).toBe("东方财富");
  });

  it("keeps the spans' names in the sentences, the credit out of the text", () => {
    expect(article.text).toBe(
      "美股三大指数10月01日收盘全线上涨。纳斯达克综合指数上涨95.15点。\n\n周三（10月1日）美股盘中传出消息，英特尔正处于与AMD（超威半导体）的早期谈判阶段。",
    );
  });
});
