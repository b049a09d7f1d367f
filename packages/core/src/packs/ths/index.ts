import type { FeedPack } from "../types.js";

/**
 * 同花顺 (ths) flashes: stock lists in `raw.stock` with the feed's own market ids
 * (`stockMarket`). Futures (65, 66, 67, 129), funds (20, 36) and the NEEQ (145) are not listed
 * securities, so they are not mapped.
 */
export const thsFeed: FeedPack = {
  kind: "feed",
  name: "ths",
  match: [{ source: ["ths"] }, { source_name: ["同花顺"] }],
  feed: { key: "ths", name: "同花顺" },
  securities: [
    {
      path: "raw.stock",
      code: ["stockCode"],
      name: ["name"],
      market: ["stockMarket"],
      markets: {
        "17": "SH",
        "22": "SH",
        "33": "SZ",
        "151": "BJ",
        "177": "HK",
        "169": "NYSE",
        "185": "NASDAQ",
        "186": "NASDAQ",
      },
    },
    { path: "stocks", code: ["code"], name: ["name"], fallback: true },
  ],
  drop: ["raw", "brief", "date", "time", "level"],
};
