import type * as Core from "@caixun/core/stories/equivalent-names";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/stories/equivalent-names` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the
 * names feeds write two ways (`EQUIVALENT_NAMES`), made one in the comparison text and a parse's fingerprint, read from
 * the Worker's static assets (`equivalent-names.json`, written by `writeTableAssets`) instead of carried in the script,
 * where they are about 0.2 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (the fingerprint), so each Worker reads them with HTML's entity table before it parses
 * (`assetTables`). Until they are read the table is `undefined`: a parse that fingerprinted a text before would fail
 * loudly (core keeps the text with a `parse-failed` warning naming the cause) rather than make no name one.
 */

/** The file's name in the assets directory. */
export const EQUIVALENT_NAMES_ASSET = "equivalent-names.json";

/** What core's table is, once `assetEquivalentNames` has read it: a live binding (`undefined` before). */
export let EQUIVALENT_NAMES: typeof Core.EQUIVALENT_NAMES =
  undefined as unknown as typeof Core.EQUIVALENT_NAMES;

/**
 * Reads the table from `assets` once per binding; rejects when there is no binding or it serves no table. Core's
 * table by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetEquivalentNames = readTableListAsset(EQUIVALENT_NAMES_ASSET, 1, (tables) => {
  [EQUIVALENT_NAMES] = tables;
});
