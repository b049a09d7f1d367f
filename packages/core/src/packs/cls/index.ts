import type { FeedPack } from "../types.js";

/**
 * 财联社 (cls) flashes, as the Cailianshe roll API gives them: stock lists in `raw.stock_list`
 * with codes written `sz300308`, `sh600009`, `920493.BJ` (sector plates are in `plate_list`, which
 * is not read: plates are not securities).
 */
export const clsFeed: FeedPack = {
  kind: "feed",
  name: "cls",
  match: [{ source: ["cls"] }, { source_name: ["财联社"] }],
  feed: { key: "cls", name: "财联社" },
  securities: [
    { path: "raw.stock_list", code: ["StockID"], name: ["name"] },
    { path: "stocks", code: ["code"], name: ["name"], fallback: true },
  ],
  drop: ["raw", "brief", "date", "time"],
};
