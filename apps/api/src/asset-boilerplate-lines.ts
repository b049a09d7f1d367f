import type * as Core from "@caixun/core/stages/boilerplate-lines";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/stages/boilerplate-lines` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the
 * lines that are boilerplate whatever the source (`GENERIC_DROP_LINES`, each a pattern's literal) and the closing
 * notes' patterns (`CLOSING_NOTES`) and the stage's other patterns (`BOILERPLATE_PATTERNS`), read from the Worker's static assets (`boilerplate-lines.json`,
 * written by `writeTableAssets`) instead of carried in the script, where they are about 4.5 KB of the 200 KB gzip a
 * Worker may weigh (issue 11).
 *
 * `parse` reads them (every body's boilerplate stage), so each Worker reads them with HTML's entity table before it
 * parses (`assetTables`). Until they are read the tables are `undefined`: a parse that put the boilerplate's rules
 * together before would fail loudly (core keeps the text with a `parse-failed` warning naming the cause) rather than
 * drop no line.
 */

/** The file's name in the assets directory. */
export const BOILERPLATE_LINES_ASSET = "boilerplate-lines.json";

/** What core's tables are, once `assetBoilerplateLines` has read them: live bindings (`undefined` before). */
export let GENERIC_DROP_LINES: typeof Core.GENERIC_DROP_LINES =
  undefined as unknown as typeof Core.GENERIC_DROP_LINES;
export let CLOSING_NOTES: typeof Core.CLOSING_NOTES = undefined as unknown as typeof Core.CLOSING_NOTES;
export let BOILERPLATE_PATTERNS: typeof Core.BOILERPLATE_PATTERNS =
  undefined as unknown as typeof Core.BOILERPLATE_PATTERNS;

/**
 * Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. Core's
 * tables by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetBoilerplateLines = readTableListAsset(BOILERPLATE_LINES_ASSET, 3, (tables) => {
  [BOILERPLATE_PATTERNS, CLOSING_NOTES, GENERIC_DROP_LINES] = tables;
});
