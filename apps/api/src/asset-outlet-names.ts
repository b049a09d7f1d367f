import type * as Core from "@caixun/core/credits/outlet-names";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/credits/outlet-names` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the
 * outlets the credits know by name (`KNOWN_OUTLETS`: names without an outlet's ending, the abbreviations papers use
 * in bylines) and the outlets that run the portals' self-publishing platforms (`PLATFORM_OWNERS`), read from the
 * Worker's static assets (`outlet-names.json`, written by `writeTableAssets`) instead of carried in the script, where
 * they are about 0.6 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (every credit), so each Worker reads them with HTML's entity table before it parses
 * (`assetTables`). Until they are read the tables are `undefined`: a parse that read a credit before would fail
 * loudly (core keeps the text with a `parse-failed` warning naming the cause) rather than know no outlet.
 */

/** The file's name in the assets directory. */
export const OUTLET_NAMES_ASSET = "outlet-names.json";

/** What core's tables are, once `assetOutletNames` has read them: live bindings (`undefined` before). */
export let KNOWN_OUTLETS: typeof Core.KNOWN_OUTLETS = undefined as unknown as typeof Core.KNOWN_OUTLETS;
export let PLATFORM_OWNERS: typeof Core.PLATFORM_OWNERS = undefined as unknown as typeof Core.PLATFORM_OWNERS;

/**
 * Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. Core's
 * tables by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetOutletNames = readTableListAsset(OUTLET_NAMES_ASSET, 2, (tables) => {
  [KNOWN_OUTLETS, PLATFORM_OWNERS] = tables;
});
