import type * as Core from "@caixun/core/credits/field-labels";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/credits/field-labels` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the
 * labels pages and scrapers write before a story's fields and the kind each states (`FIELD_LABELS`), read from the
 * Worker's static assets (`field-labels.json`, written by `writeTableAssets`) instead of carried in the script, where
 * they are about 0.4 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (the credits' labelled lines), so each Worker reads them with HTML's entity table before it
 * parses (`assetTables`). Until they are read the table is `undefined`: a parse that read a label before would fail
 * loudly (core keeps the text with a `parse-failed` warning naming the cause) rather than know no label.
 */

/** The file's name in the assets directory. */
export const FIELD_LABELS_ASSET = "field-labels.json";

/** What core's table is, once `assetFieldLabels` has read it: a live binding (`undefined` before). */
export let FIELD_LABELS: typeof Core.FIELD_LABELS = undefined as unknown as typeof Core.FIELD_LABELS;

/**
 * Reads the table from `assets` once per binding; rejects when there is no binding or it serves no table. Core's
 * table by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetFieldLabels = readTableListAsset(FIELD_LABELS_ASSET, 1, (tables) => {
  [FIELD_LABELS] = tables;
});
