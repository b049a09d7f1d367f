// @caixun/core/enrich/quote-links — the quote pages of the portals and brokers and the element ids that carry a code,
// as data: each row's pattern is a case-insensitive pattern's source. Data `enrich/quote-markup.ts` reads. An entry of
// its own, as `@caixun/core/credits/hosts` is, so that a Worker can read the table from its static assets instead of
// carrying it (wrangler.jsonc `alias`, apps/api/src/asset-quote-links.ts); core imports it by the package's own name,
// and `quote-markup.ts` compiles the patterns at first use, not when it loads.

/** How a row's match names the market (see `QUOTE_LINKS`). */
export type MarketPart = "prefix" | "a-share" | "hk" | "us" | "163" | "ric";

/** A row: the site (for the comment's source), the source of a case-insensitive pattern, and how it names the market. */
export interface QuoteRow {
  readonly site: string;
  readonly pattern: string;
  readonly part: MarketPart;
}

/**
 * Quote pages of the portals and brokers, as a data table: which link is a quote page, which part
 * of the match holds the code and how its market is known. `prefix` is a `sh`/`sz`/`bj` written
 * before the code; `a-share` infers the exchange from a bare six-digit code; `hk` pads a Hong Kong
 * code to five digits; `us` is a ticker of unknown US exchange, kept only when the link names the
 * exchange elsewhere (it never does here, so US tickers are read only from the element ids below);
 * `163` is NetEase's 0/1 market digit before the code; `ric` is a Reuters instrument code, the code
 * then the exchange's suffix (`0388.HK`, `LSE.L`, `AAPL.O`). Every row was seen in a real page (source
 * in the comment).
 */
export const QUOTE_LINKS: readonly QuoteRow[] = [
  // 新浪财经: https://finance.sina.com.cn/realstock/company/sh601899/nc.shtml (datasets/dev sina__*)
  {
    site: "sina",
    pattern: "finance\\.sina\\.com\\.cn\\/realstock\\/company\\/(sh|sz|bj)(\\d{6})\\/",
    part: "prefix",
  },
  // 新浪港股: https://stock.finance.sina.com.cn/hkstock/quotes/00700.html
  {
    site: "sina",
    pattern: "stock\\.finance\\.sina\\.com\\.cn\\/hkstock\\/quotes\\/(\\d{4,5})\\.html",
    part: "hk",
  },
  // 东方财富: https://quote.eastmoney.com/sh600000.html, /unify/r/1.600000 (market,code), /hk/00700.html
  {
    site: "eastmoney",
    pattern: "quote\\.eastmoney\\.com\\/(?:concept\\/)?(sh|sz|bj)(\\d{6})\\.html",
    part: "prefix",
  },
  { site: "eastmoney", pattern: "quote\\.eastmoney\\.com\\/hk\\/(\\d{4,5})\\.html", part: "hk" },
  {
    site: "eastmoney",
    pattern: "quote\\.eastmoney\\.com\\/unify\\/r\\/[01]\\.(\\d{6})(?!\\d)",
    part: "a-share",
  },
  // 同花顺: http://stockpage.10jqka.com.cn/600519/ , https://stockpage.10jqka.com.cn/HK0700/
  { site: "10jqka", pattern: 'stockpage\\.10jqka\\.com\\.cn\\/(\\d{6})(?:\\/|$|[?#"])', part: "a-share" },
  { site: "10jqka", pattern: 'stockpage\\.10jqka\\.com\\.cn\\/HK(\\d{4,5})(?:\\/|$|[?#"])', part: "hk" },
  // 雪球: https://xueqiu.com/S/SH600519 , https://xueqiu.com/S/00700
  { site: "xueqiu", pattern: "xueqiu\\.com\\/S\\/(SH|SZ|BJ)(\\d{6})(?!\\d)", part: "prefix" },
  { site: "xueqiu", pattern: "xueqiu\\.com\\/S\\/(\\d{5})(?!\\d)", part: "hk" },
  // 腾讯自选股: https://gu.qq.com/sh600519 , https://gu.qq.com/hk00700
  { site: "qq", pattern: "gu\\.qq\\.com\\/(sh|sz|bj)(\\d{6})(?!\\d)", part: "prefix" },
  { site: "qq", pattern: "gu\\.qq\\.com\\/hk(\\d{5})(?!\\d)", part: "hk" },
  // 财联社: https://www.cls.cn/stock?code=sh600519
  { site: "cls", pattern: "cls\\.cn\\/stock\\?code=(sh|sz|bj)(\\d{6})(?!\\d)", part: "prefix" },
  // 网易财经: http://quotes.money.163.com/0600519.html (0 = Shanghai, 1 = Shenzhen)
  { site: "163", pattern: "quotes\\.money\\.163\\.com\\/([01])(\\d{6})\\.html", part: "163" },
  // 网易港股: http://quotes.money.163.com/hkstock/01038.html (datasets/fresh-49 neteasecms__*)
  { site: "163", pattern: "quotes\\.money\\.163\\.com\\/hkstock\\/(\\d{4,5})\\.html", part: "hk" },
  // 网易港股, the 2011 pages: http://hkquotes.money.163.com/html/000981.html (a six-digit code, a zero before the five;
  // datasets/fresh-80 zebra__163_finance_*)
  { site: "163", pattern: "hkquotes\\.money\\.163\\.com\\/html\\/0?(\\d{5})\\.html", part: "hk" },
  // 金融界: http://stock.jrj.com.cn/share,600519.shtml ; 和讯: http://stockdata.stock.hexun.com/600519.shtml
  { site: "jrj", pattern: "stock\\.jrj\\.com\\.cn\\/share,(\\d{6})\\.shtml", part: "a-share" },
  { site: "hexun", pattern: "stockdata\\.stock\\.hexun\\.com\\/(\\d{6})\\.shtml", part: "a-share" },
  // 证券时报网: /quotes/index/sz002458.html (relative: the stock tag under a story; datasets/fresh-49 stcn__*) — any
  // site's own quote page under /quote/ or /quotes/ named by exchange and code.
  {
    site: "stcn",
    pattern: "\\/quotes?\\/(?:[a-z]{1,12}\\/)?(sh|sz|bj)(\\d{6})\\.s?html?(?![\\w/])",
    part: "prefix",
  },
  // 路透中文网: /investing/quotes/quote?symbol=0388.HK (relative, in the story's markup; bigcaibao/banned-news)
  {
    site: "reuters",
    pattern: "\\/investing\\/quotes\\/quote\\?symbol=([A-Z0-9]{1,6})\\.(HK|SS|SZ|N|OQ|O|L)(?![A-Z])",
    part: "ric",
  },
];

/**
 * Element ids that carry a code: sina wraps each stock name in `<span id="stock_sh601899">` next to
 * an empty `<span id="quote_sh601899">` the page fills with the price; `stock_hk00700` and
 * `stock_usAAPL` are its Hong Kong and US forms (US exchange unknown: not read).
 */
export const QUOTE_IDS: readonly QuoteRow[] = [
  { site: "sina", pattern: "^(?:stock|quote)_(sh|sz|bj)(\\d{6})$", part: "prefix" },
  { site: "sina", pattern: "^(?:stock|quote)_hk(\\d{5})$", part: "hk" },
  // 路透中文网 wraps each quote link in `<span id="symbol_0388.HK_1">`.
  { site: "reuters", pattern: "^symbol_([A-Z0-9]{1,6})\\.(HK|SS|SZ|N|OQ|O|L)_\\d{1,3}$", part: "ric" },
];
