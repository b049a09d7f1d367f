import type * as Core from "@caixun/core/packs/bundled-rules";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/packs/bundled-rules` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the JSON
 * rules of the bundled content packs written as rule packs (36氪, 人民网, 路透, 新浪财经, 证券时报, 澎湃, UIkit's
 * comments, 华尔街见闻), read from the Worker's static assets (`pack-rules.json`, written by `writeTableAssets`)
 * instead of carried in the script, where they are about 0.6 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (core compiles them when `PACKS.content` is first read), so each Worker reads them with HTML's
 * entity table before it parses (`assetTables`). Until they are read the rules are `undefined`: a parse before would
 * fail loudly (core keeps the text with a `parse-failed` warning naming the cause) rather than run without the packs.
 */

/** The file's name in the assets directory. */
export const PACK_RULES_ASSET = "pack-rules.json";

/** What core's rules are, once `assetPackRules` has read them: a live binding (`undefined` before). */
export let BUNDLED_RULES: typeof Core.BUNDLED_RULES = undefined as unknown as typeof Core.BUNDLED_RULES;

/**
 * Reads the rules from `assets` once per binding; rejects when there is no binding or it serves no rules. Core's
 * rules by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetPackRules = readTableListAsset(PACK_RULES_ASSET, 1, (tables) => {
  [BUNDLED_RULES] = tables;
});
