import type * as Core from "@caixun/core/html/names";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/html/names` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): HTML's element
 * names (`BLOCK_NAMES`, `OTHER_ELEMENT_NAMES`, `VOID_ELEMENTS`, `NOT_NESTING_ELEMENTS`) and the attributes whose values it compares ignoring case
 * (`CASE_INSENSITIVE_ATTRIBUTES`), read from the Worker's static assets (`html-names.json`, written by
 * `writeTableAssets`) instead of carried in the script, where they are about 0.7 KB of the 200 KB gzip a Worker may
 * weigh (issue 11).
 *
 * `parse` reads them (HTML's tags, Markdown's HTML blocks, the content packs' selectors), so each Worker reads them
 * with HTML's entity table before it parses (`assetTables`). Until they are read the lists are `undefined`: a parse
 * that read a tag before would fail loudly (core keeps the text with a `parse-failed` warning naming the cause)
 * rather than take every tag for text.
 */

/** The file's name in the assets directory. */
export const HTML_NAMES_ASSET = "html-names.json";

/** What core's lists are, once `assetHtmlNames` has read them: live bindings (`undefined` before). */
export let BLOCK_NAMES: typeof Core.BLOCK_NAMES = undefined as unknown as typeof Core.BLOCK_NAMES;
export let OTHER_ELEMENT_NAMES: typeof Core.OTHER_ELEMENT_NAMES =
  undefined as unknown as typeof Core.OTHER_ELEMENT_NAMES;
export let VOID_ELEMENTS: typeof Core.VOID_ELEMENTS = undefined as unknown as typeof Core.VOID_ELEMENTS;
export let NOT_NESTING_ELEMENTS: typeof Core.NOT_NESTING_ELEMENTS =
  undefined as unknown as typeof Core.NOT_NESTING_ELEMENTS;
export let CASE_INSENSITIVE_ATTRIBUTES: typeof Core.CASE_INSENSITIVE_ATTRIBUTES =
  undefined as unknown as typeof Core.CASE_INSENSITIVE_ATTRIBUTES;

/**
 * Reads the lists from `assets` once per binding; rejects when there is no binding or it serves no lists. Core's
 * lists by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetHtmlNames = readTableListAsset(HTML_NAMES_ASSET, 5, (tables) => {
  [BLOCK_NAMES, CASE_INSENSITIVE_ATTRIBUTES, NOT_NESTING_ELEMENTS, OTHER_ELEMENT_NAMES, VOID_ELEMENTS] =
    tables;
});
