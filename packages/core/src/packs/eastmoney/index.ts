import type { Market } from "../../article.js";
import { bodyIncludesAny } from "../body-includes.js";
import type { ContentPack, FeedPack } from "../types.js";

/**
 * Eastmoney (东方财富) article HTML, as mirrored by finews and others: K-line chart widgets fenced by
 * EM_StockImg comments, `keytip` quote links and `em_stock_key_common` spans carrying
 * `data-code` market ids.
 */

/**
 * Eastmoney's numeric market ids, in its widgets and in its feed's `secid`s (`1.600160`). Ids it
 * does not list are not securities: 90 and 1007 are sector boards (BKxxxx), 150 funds, 153 US OTC.
 */
const MARKETS: Record<string, Market> = {
  "0": "SZ",
  "1": "SH",
  "116": "HK",
  "105": "NASDAQ",
  "106": "NYSE",
  "107": "AMEX",
  "155": "LSE",
  "156": "LSE",
};

export const eastmoney: ContentPack = {
  kind: "content",
  name: "eastmoney",
  ...bodyIncludesAny(["eastmoney.com", "EM_StockImg", "em_media"]),
  removeBetweenComments: [["EM_StockImg_Start", "EM_StockImg_End"]],
  removeSelectors: [
    "a.EmImageRemark",
    'img[src*="webquoteklinepic.eastmoney.com"]',
    'span[id^="quote_"]',
    'span[id^="bkquote_"]',
  ],
  placeholderImages: [/webquoteklinepic\.eastmoney\.com/],
  // Codes are checked as listings with the feed's market ids (Beijing codes share market 0 with Shenzhen).
  securities: [
    // Chart widgets: data-code="601601|1|1" (code|market|…).
    {
      selector: "a.EmImageRemark[data-code]",
      attribute: "data-code",
      pattern: /^(?<code>[^|]*)\|(?<market>[^|]*)/,
      markets: MARKETS,
      listed: true,
    },
    // Quote links and spans: data-code="1,600160" (market,code); the link text is the name.
    {
      selector: "a.keytip[data-code], span.em_stock_key_common[data-code]",
      attribute: "data-code",
      pattern: /^(?<market>[^,]*),(?<code>[^,]*)/,
      markets: MARKETS,
      nameFromText: true,
      listed: true,
    },
    // Stock spans of its article HTML as feeds carry it: id="stock_105.INTC" (market.code), the span's text the name.
    {
      selector: 'span[id^="stock_"]',
      attribute: "id",
      pattern: /^stock_(?<market>\d{1,3})\.(?<code>[A-Za-z0-9]{1,10})$/,
      markets: MARKETS,
      nameFromText: true,
      listed: true,
    },
  ],
};

/**
 * 东方财富 (eastmoney) flashes: stock lists in `raw.stockList` as `secid`s (`0.300750`, `116.02259`,
 * `90.BK0800`), mapped with the same market ids as its widgets.
 */
export const eastmoneyFeed: FeedPack = {
  kind: "feed",
  name: "eastmoney",
  match: [{ source: ["eastmoney"] }, { source_name: ["东方财富"] }],
  feed: { key: "eastmoney", name: "东方财富" },
  securities: [
    { path: "raw.stockList", markets: MARKETS },
    { path: "stocks", code: ["code"], name: ["name"], fallback: true },
  ],
  drop: ["raw", "brief", "realSort", "date", "time", "level"],
};
