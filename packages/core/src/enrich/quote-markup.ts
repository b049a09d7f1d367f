import type { Market } from "../article.js";
import type { Element, ParentNode } from "../html/dom.js";
import { compileSelector, matchesSelector, type ParentOf, type SelectorElement } from "../packs/selector.js";
import { parentElement, walkMarkup } from "../stages/select.js";
import { aShareMarket } from "./securities.js";

/** A listing named by a page's markup: a link to a quote page or an element id that carries a code. */
export interface MarkupListing {
  code: string;
  market: Market;
  /** The link's text when it reads as a name (`紫金矿业`), not a price or a word like `行情`. */
  name?: string;
}

type MarketPart = "prefix" | "a-share" | "hk" | "us" | "163" | "ric";

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
export const QUOTE_LINKS: ReadonlyArray<{ site: string; pattern: RegExp; part: MarketPart }> = [
  // 新浪财经: https://finance.sina.com.cn/realstock/company/sh601899/nc.shtml (datasets/dev sina__*)
  {
    site: "sina",
    pattern: /finance\.sina\.com\.cn\/realstock\/company\/(sh|sz|bj)(\d{6})\//i,
    part: "prefix",
  },
  // 新浪港股: https://stock.finance.sina.com.cn/hkstock/quotes/00700.html
  { site: "sina", pattern: /stock\.finance\.sina\.com\.cn\/hkstock\/quotes\/(\d{4,5})\.html/i, part: "hk" },
  // 东方财富: https://quote.eastmoney.com/sh600000.html, /unify/r/1.600000 (market,code), /hk/00700.html
  {
    site: "eastmoney",
    pattern: /quote\.eastmoney\.com\/(?:concept\/)?(sh|sz|bj)(\d{6})\.html/i,
    part: "prefix",
  },
  { site: "eastmoney", pattern: /quote\.eastmoney\.com\/hk\/(\d{4,5})\.html/i, part: "hk" },
  { site: "eastmoney", pattern: /quote\.eastmoney\.com\/unify\/r\/[01]\.(\d{6})(?!\d)/i, part: "a-share" },
  // 同花顺: http://stockpage.10jqka.com.cn/600519/ , https://stockpage.10jqka.com.cn/HK0700/
  { site: "10jqka", pattern: /stockpage\.10jqka\.com\.cn\/(\d{6})(?:\/|$|[?#"])/i, part: "a-share" },
  { site: "10jqka", pattern: /stockpage\.10jqka\.com\.cn\/HK(\d{4,5})(?:\/|$|[?#"])/i, part: "hk" },
  // 雪球: https://xueqiu.com/S/SH600519 , https://xueqiu.com/S/00700
  { site: "xueqiu", pattern: /xueqiu\.com\/S\/(SH|SZ|BJ)(\d{6})(?!\d)/i, part: "prefix" },
  { site: "xueqiu", pattern: /xueqiu\.com\/S\/(\d{5})(?!\d)/i, part: "hk" },
  // 腾讯自选股: https://gu.qq.com/sh600519 , https://gu.qq.com/hk00700
  { site: "qq", pattern: /gu\.qq\.com\/(sh|sz|bj)(\d{6})(?!\d)/i, part: "prefix" },
  { site: "qq", pattern: /gu\.qq\.com\/hk(\d{5})(?!\d)/i, part: "hk" },
  // 财联社: https://www.cls.cn/stock?code=sh600519
  { site: "cls", pattern: /cls\.cn\/stock\?code=(sh|sz|bj)(\d{6})(?!\d)/i, part: "prefix" },
  // 网易财经: http://quotes.money.163.com/0600519.html (0 = Shanghai, 1 = Shenzhen)
  { site: "163", pattern: /quotes\.money\.163\.com\/([01])(\d{6})\.html/i, part: "163" },
  // 网易港股: http://quotes.money.163.com/hkstock/01038.html (datasets/fresh-49 neteasecms__*)
  { site: "163", pattern: /quotes\.money\.163\.com\/hkstock\/(\d{4,5})\.html/i, part: "hk" },
  // 金融界: http://stock.jrj.com.cn/share,600519.shtml ; 和讯: http://stockdata.stock.hexun.com/600519.shtml
  { site: "jrj", pattern: /stock\.jrj\.com\.cn\/share,(\d{6})\.shtml/i, part: "a-share" },
  { site: "hexun", pattern: /stockdata\.stock\.hexun\.com\/(\d{6})\.shtml/i, part: "a-share" },
  // 证券时报网: /quotes/index/sz002458.html (relative: the stock tag under a story; datasets/fresh-49 stcn__*) — any
  // site's own quote page under /quote/ or /quotes/ named by exchange and code.
  {
    site: "stcn",
    pattern: /\/quotes?\/(?:[a-z]{1,12}\/)?(sh|sz|bj)(\d{6})\.s?html?(?![\w/])/i,
    part: "prefix",
  },
  // 路透中文网: /investing/quotes/quote?symbol=0388.HK (relative, in the story's markup; bigcaibao/banned-news)
  {
    site: "reuters",
    pattern: /\/investing\/quotes\/quote\?symbol=([A-Z0-9]{1,6})\.(HK|SS|SZ|N|OQ|O|L)(?![A-Z])/i,
    part: "ric",
  },
];

/**
 * Element ids that carry a code: sina wraps each stock name in `<span id="stock_sh601899">` next to
 * an empty `<span id="quote_sh601899">` the page fills with the price; `stock_hk00700` and
 * `stock_usAAPL` are its Hong Kong and US forms (US exchange unknown: not read).
 */
export const QUOTE_IDS: ReadonlyArray<{ site: string; pattern: RegExp; part: MarketPart }> = [
  { site: "sina", pattern: /^(?:stock|quote)_(sh|sz|bj)(\d{6})$/i, part: "prefix" },
  { site: "sina", pattern: /^(?:stock|quote)_hk(\d{5})$/i, part: "hk" },
  // 路透中文网 wraps each quote link in `<span id="symbol_0388.HK_1">`.
  { site: "reuters", pattern: /^symbol_([A-Z0-9]{1,6})\.(HK|SS|SZ|N|OQ|O|L)_\d{1,3}$/i, part: "ric" },
];

const PREFIX_MARKET: Record<string, Market> = { sh: "SH", sz: "SZ", bj: "BJ" };
/** The market of a Reuters instrument code's suffix. */
const RIC_MARKET: Record<string, Market> = {
  HK: "HK",
  SS: "SH",
  SZ: "SZ",
  N: "NYSE",
  O: "NASDAQ",
  OQ: "NASDAQ",
  L: "LSE",
};

function listing(match: RegExpExecArray, part: MarketPart): MarkupListing | null {
  switch (part) {
    case "prefix": {
      const market = PREFIX_MARKET[match[1]!.toLowerCase()];
      return market ? { code: match[2]!, market } : null;
    }
    case "a-share": {
      const market = aShareMarket(match[1]!);
      return market ? { code: match[1]!, market } : null;
    }
    case "hk":
      return { code: match[1]!.padStart(5, "0"), market: "HK" };
    case "163": {
      const market: Market = match[1] === "0" ? "SH" : "SZ";
      return aShareMarket(match[2]!) === market ? { code: match[2]!, market } : null;
    }
    case "ric": {
      const market = RIC_MARKET[match[2]!.toUpperCase()];
      const code = match[1]!.toUpperCase();
      if (market === "HK") return /^\d{1,5}$/.test(code) ? { code: code.padStart(5, "0"), market } : null;
      if (market === "SH" || market === "SZ") return aShareMarket(code) === market ? { code, market } : null;
      return market && /^[A-Z]/.test(code) ? { code, market } : null;
    }
    case "us":
      return null;
  }
}

/** Hosts of the table's quote pages: a link to none of them is not looked at further. */
const QUOTE_HOSTS =
  /sina\.com\.cn|eastmoney\.com|10jqka\.com\.cn|xueqiu\.com|gu\.qq\.com|cls\.cn|163\.com|jrj\.com\.cn|hexun\.com|\/quotes?\//i;

/** The listing a quote-page URL names, or null. */
export function listingFromQuoteUrl(href: string): MarkupListing | null {
  if (!QUOTE_HOSTS.test(href)) return null;
  for (const row of QUOTE_LINKS) {
    const match = row.pattern.exec(href);
    if (match) return listing(match, row.part);
  }
  return null;
}

/** The listing an element id names (`stock_sz300059`), or null. */
export function listingFromElementId(id: string): MarkupListing | null {
  if (!/^(?:stock|quote|symbol)_/i.test(id)) return null;
  for (const row of QUOTE_IDS) {
    const match = row.pattern.exec(id);
    if (match) return listing(match, row.part);
  }
  return null;
}

/** Link text that names a listing: a short name, not a price, a percentage or a button word. */
const NAME_TEXT = /^(?=.*[\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z0-9*＊\-－ ]{2,16}$/u;
const NOT_NAME = /^(?:行情|股吧|资金流向|财务|个股|点击|查看|更多|详情|研报)/u;

function nameOf(text: string): string | undefined {
  // A market badge set before the name in the link (`<span>SZ</span><span>益生股份</span>`) is no part of it.
  const name = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:SH|SZ|BJ|HK) /, "");
  return NAME_TEXT.test(name) && !NOT_NAME.test(name) ? name : undefined;
}

/** The elements whose markup can name a listing: links and elements with an id. */
const CARRIERS = compileSelector("a[href], [id]");

/**
 * Listings the markup names, in document order, one per code: links to quote pages (the link text
 * as the name when it reads as one) and element ids that carry a code. Read this before boilerplate
 * is removed: the quote widgets that carry the ids are removed with it. Fed as elements open and
 * close (the body reader's events); an element's text is gathered only when its name is needed.
 */
export class QuoteListingReader<E extends SelectorElement> {
  /** In document order: what each carrier names, its name once its element has closed. */
  private readonly named: Array<{ item: MarkupListing; name: string | undefined }> = [];
  private readonly collecting: Array<{ element: E; text: string; slots: number[] }> = [];

  constructor(private readonly parentOf: ParentOf<E>) {}

  open(element: E): void {
    if (!matchesSelector(CARRIERS, element, this.parentOf)) return;
    const slots: number[] = [];
    const href = element.attribs.href;
    if (href !== undefined) {
      const item = listingFromQuoteUrl(href);
      if (item !== null) slots.push(this.named.push({ item, name: undefined }) - 1);
    }
    const id = element.attribs.id;
    if (id !== undefined) {
      const item = listingFromElementId(id);
      // `<span id="stock_sz300059"><a …>东方财富</a></span>`: the span's text is the name too.
      if (item !== null) {
        const slot = this.named.push({ item, name: undefined }) - 1;
        if (/^stock_/i.test(id)) slots.push(slot);
      }
    }
    if (slots.length > 0) this.collecting.push({ element, text: "", slots });
  }

  text(data: string): void {
    for (const collecting of this.collecting) collecting.text += data;
  }

  close(element: E): void {
    while (this.collecting.length > 0 && this.collecting.at(-1)!.element === element) this.done();
  }

  result(): MarkupListing[] {
    while (this.collecting.length > 0) this.done();
    const found = new Map<string, MarkupListing>();
    for (const { item, name } of this.named) {
      const key = `${item.code}.${item.market}`;
      const known = found.get(key);
      if (known === undefined) found.set(key, name ? { ...item, name } : item);
      else if (known.name === undefined && name) known.name = name;
    }
    return [...found.values()];
  }

  private done(): void {
    const { text, slots } = this.collecting.pop()!;
    const name = nameOf(text);
    for (const slot of slots) this.named[slot]!.name = name;
  }
}

/** `QuoteListingReader` over a DOM: the listings the markup under `root` names. */
export function listingsInMarkup(root: ParentNode): MarkupListing[] {
  const reader = new QuoteListingReader<Element>(parentElement);
  walkMarkup(root, {
    open: (el) => reader.open(el),
    text: (t) => reader.text(t),
    close: (el) => reader.close(el),
    comment: () => {},
  });
  return reader.result();
}
