import type * as Core from "@caixun/core/enrich/quote-links";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/enrich/quote-links` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the quote
 * pages of the portals and brokers (`QUOTE_LINKS`) and the element ids that carry a code (`QUOTE_IDS`), read from the
 * Worker's static assets (`quote-links.json`, written by `writeTableAssets`) instead of carried in the script, where
 * they are about 0.4 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (the listings a page's markup names), so each Worker reads them with HTML's entity table before
 * it parses (`assetTables`). Until they are read the tables are `undefined`: a parse that read a quote link before
 * would fail loudly (core keeps the text with a `parse-failed` warning naming the cause) rather than know no quote page.
 */

/** The file's name in the assets directory. */
export const QUOTE_LINKS_ASSET = "quote-links.json";

/** What core's tables are, once `assetQuoteLinks` has read them: live bindings (`undefined` before). */
export let QUOTE_LINKS: typeof Core.QUOTE_LINKS = undefined as unknown as typeof Core.QUOTE_LINKS;
export let QUOTE_IDS: typeof Core.QUOTE_IDS = undefined as unknown as typeof Core.QUOTE_IDS;

/**
 * Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. Core's
 * tables by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetQuoteLinks = readTableListAsset(QUOTE_LINKS_ASSET, 2, (tables) => {
  [QUOTE_IDS, QUOTE_LINKS] = tables;
});
