import type * as Core from "@caixun/core/readers/record-keys";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/readers/record-keys` in both Workers (wrangler.jsonc `alias`, and the workerd test configs):
 * the record mapping's tables (the keys dumps use for each Article field, `DEFAULT_MAPPING`, and the labels
 * and column names exports write for them, `LABEL_KEYS`), read from the Worker's static assets
 * (`record-keys.json`, written by `writeTableAssets`) instead of carried in the script, where they are
 * about 1.0 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (a labelled text, a CSV export, a record), so each Worker reads them with HTML's entity
 * table before it parses (`assetTables`). Until they are read the tables are `undefined`: a parse that read
 * a record before would fail loudly (core keeps the text with a `parse-failed` warning naming the cause)
 * rather than find no field.
 */

/** The file's name in the assets directory. */
export const RECORD_KEYS_ASSET = "record-keys.json";

/** What core's tables are, once `assetRecordKeys` has read them: live bindings (`undefined` before). */
export let DEFAULT_MAPPING: typeof Core.DEFAULT_MAPPING = undefined as unknown as typeof Core.DEFAULT_MAPPING;
export let LABEL_KEYS: typeof Core.LABEL_KEYS = undefined as unknown as typeof Core.LABEL_KEYS;

/**
 * Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. Core's
 * tables by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetRecordKeys = readTableListAsset(RECORD_KEYS_ASSET, 2, (tables) => {
  [DEFAULT_MAPPING, LABEL_KEYS] = tables;
});
