// Securities from a page's markup: quote-page links and element ids, row by row of the data table.
import { describe, expect, it } from "vitest";
import { listingFromElementId, listingFromQuoteUrl, listingsInMarkup } from "../src/enrich/quote-markup.js";
import { parseDocument } from "../src/html/parser.js";
import { parse } from "../src/index.js";

describe("quote-page URLs", () => {
  it.each([
    ["https://finance.sina.com.cn/realstock/company/sh601899/nc.shtml", { code: "601899", market: "SH" }],
    ["https://finance.sina.com.cn/realstock/company/sz300059/nc.shtml", { code: "300059", market: "SZ" }],
    ["https://stock.finance.sina.com.cn/hkstock/quotes/00700.html", { code: "00700", market: "HK" }],
    ["https://quote.eastmoney.com/sh600000.html", { code: "600000", market: "SH" }],
    ["http://quote.eastmoney.com/bj430047.html", { code: "430047", market: "BJ" }],
    ["https://quote.eastmoney.com/hk/00700.html", { code: "00700", market: "HK" }],
    ["https://quote.eastmoney.com/unify/r/0.000001", { code: "000001", market: "SZ" }],
    ["http://stockpage.10jqka.com.cn/600519/", { code: "600519", market: "SH" }],
    ["https://stockpage.10jqka.com.cn/HK0700/", { code: "00700", market: "HK" }],
    ["https://xueqiu.com/S/SZ000858", { code: "000858", market: "SZ" }],
    ["https://xueqiu.com/S/09988", { code: "09988", market: "HK" }],
    ["https://gu.qq.com/sh600519", { code: "600519", market: "SH" }],
    ["https://www.cls.cn/stock?code=sz300750", { code: "300750", market: "SZ" }],
    ["http://quotes.money.163.com/1000001.html", { code: "000001", market: "SZ" }],
    // 网易's Hong Kong quote page (datasets/fresh-49 neteasecms__ckh-short-report: 长江基建集团's link).
    ["http://quotes.money.163.com/hkstock/01038.html", { code: "01038", market: "HK" }],
    // 网易's 2011 Hong Kong quote page, a six-digit code (datasets/fresh-80 zebra__163_finance_*: 中芯国际's link).
    ["http://hkquotes.money.163.com/html/000981.html", { code: "00981", market: "HK" }],
    ["http://stock.jrj.com.cn/share,600036.shtml", { code: "600036", market: "SH" }],
    ["http://stockdata.stock.hexun.com/600036.shtml", { code: "600036", market: "SH" }],
    // 路透中文网 (bigcaibao/banned-news pages/CNAnalysesNews/idCNKCS1LN0E4.md): Reuters instrument codes.
    ["/investing/quotes/quote?symbol=0388.HK", { code: "00388", market: "HK" }],
    ["/investing/quotes/quote?symbol=LSE.L", { code: "LSE", market: "LSE" }],
    ["https://cn.reuters.com/investing/quotes/quote?symbol=600519.SS", { code: "600519", market: "SH" }],
    ["/investing/quotes/quote?symbol=AAPL.O", { code: "AAPL", market: "NASDAQ" }],
  ])("%s", (href, expected) => expect(listingFromQuoteUrl(href)).toEqual(expected));

  it.each([
    "https://finance.sina.com.cn/stock/",
    "https://quote.eastmoney.com/center/gridlist.html",
    "https://xueqiu.com/S/AAPL",
    "http://stockpage.10jqka.com.cn/1234567/",
    "http://quotes.money.163.com/0000001.html",
    "/investing/quotes/quote?symbol=600519.SZ",
    "/investing/quotes/quote?symbol=ABC.HK",
  ])("%s names no listing", (href) => expect(listingFromQuoteUrl(href)).toBeNull());
});

describe("element ids", () => {
  it("reads sina's stock and quote spans", () => {
    expect(listingFromElementId("stock_sz300059")).toEqual({ code: "300059", market: "SZ" });
    expect(listingFromElementId("quote_sh601899")).toEqual({ code: "601899", market: "SH" });
    expect(listingFromElementId("stock_hk00700")).toEqual({ code: "00700", market: "HK" });
    expect(listingFromElementId("symbol_0388.HK_1")).toEqual({ code: "00388", market: "HK" });
    expect(listingFromElementId("symbol_LSE.L_0")).toEqual({ code: "LSE", market: "LSE" });
    expect(listingFromElementId("stock_usAAPL")).toBeNull();
    expect(listingFromElementId("stock_list")).toBeNull();
  });
});

describe("listings in a page", () => {
  it("reads sina's keyword spans once each, with the link text as the name", () => {
    // As in datasets/dev/tune/hexo-rsshub/sina___有色一哥_入局期货业.md.
    const html =
      '<p><span id="stock_sh601899"><a href="https://finance.sina.com.cn/realstock/company/sh601899/nc.shtml" class="keyword">紫金矿业</a></span><span id="quote_sh601899"></span>正式入股；' +
      '<a href="https://quote.eastmoney.com/sz300059.html">行情</a> <a href="https://xueqiu.com/S/SH601899">紫金矿业</a></p>';
    expect(listingsInMarkup(parseDocument(html))).toEqual([
      { code: "601899", market: "SH", name: "紫金矿业" },
      { code: "300059", market: "SZ" },
    ]);
  });
  it("finds nothing in a page without quote markup", () => {
    expect(listingsInMarkup(parseDocument('<p><a href="https://www.stcn.com/">证券时报网</a></p>'))).toEqual(
      [],
    );
  });
  it("gives the Article's securities found by markup, not as widgets", () => {
    const html =
      "<!DOCTYPE html><html><head><title>紫金矿业入股</title></head><body><article><h1>紫金矿业入股</h1>" +
      '<p><span id="stock_sh601899"><a href="https://finance.sina.com.cn/realstock/company/sh601899/nc.shtml">紫金矿业</a></span>正式入股一家期货公司，这是公司首次进入期货业。</p></article></body></html>';
    const { securities } = parse(html, { filename: "page.html" });
    expect(securities.map(({ code, market, how }) => ({ code, market, how }))).toEqual([
      { code: "601899", market: "SH", how: "markup" },
    ]);
  });
});
