import { textContent } from "domutils";
import type { Listing, Market } from "../../article.js";
import { listedSecurity } from "../../enrich/securities.js";
import { select } from "../../stages/select.js";
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

/** A security of a widget or a quote link (Beijing codes share market 0 with Shenzhen). */
function security(code: string, market: string, name?: string): Listing | null {
  return listedSecurity({ code, market, ...(name ? { name } : {}) }, MARKETS);
}

export const eastmoney: ContentPack = {
  kind: "content",
  name: "eastmoney",
  matches: ({ body }) =>
    body.includes("eastmoney.com") || body.includes("EM_StockImg") || body.includes("em_media"),
  removeBetweenComments: [["EM_StockImg_Start", "EM_StockImg_End"]],
  removeSelectors: [
    "a.EmImageRemark",
    'img[src*="webquoteklinepic.eastmoney.com"]',
    'span[id^="quote_"]',
    'span[id^="bkquote_"]',
  ],
  placeholderImages: [/webquoteklinepic\.eastmoney\.com/],
  securities(root) {
    const found: Listing[] = [];
    // Chart widgets: data-code="601601|1|1" (code|market|…).
    for (const el of select("a.EmImageRemark[data-code]", root)) {
      const [code, marketId] = (el.attribs["data-code"] ?? "").split("|");
      const s = security(code ?? "", marketId ?? "");
      if (s) found.push(s);
    }
    // Quote links and spans: data-code="1,600160" (market,code); the link text is the name.
    for (const el of select("a.keytip[data-code], span.em_stock_key_common[data-code]", root)) {
      const [marketId, code] = (el.attribs["data-code"] ?? "").split(",");
      const name = textContent(el).trim();
      const s = security(code ?? "", marketId ?? "", name || undefined);
      if (s) found.push(s);
    }
    return found;
  },
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
    { path: "stocks", code: ["code"], name: ["name"] },
  ],
  drop: ["raw", "brief", "realSort", "date", "time", "level"],
};
