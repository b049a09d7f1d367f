import type * as Core from "@caixun/core/credits/credit-patterns";
import { readTableListAsset } from "./asset-reads.js";

/**
 * `@caixun/core/credits/credit-patterns` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the
 * credit grammar's patterns (`GRAMMAR_PATTERNS`) and the credits stage's (`CREDITS_STAGE_PATTERNS`), each a regular
 * expression's literal, read from the Worker's static assets (`credit-patterns.json`, written by `writeTableAssets`)
 * instead of carried in the script, where they are about 8 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (every credit line), so each Worker reads them with HTML's entity table before it parses
 * (`assetTables`). Until they are read the tables are `undefined`: a parse that compiled the patterns before would
 * fail loudly (core keeps the text with a `parse-failed` warning naming the cause) rather than read no credit.
 */

/** The file's name in the assets directory. */
export const CREDIT_PATTERNS_ASSET = "credit-patterns.json";

/** What core's tables are, once `assetCreditPatterns` has read them: live bindings (`undefined` before). */
export let GRAMMAR_PATTERNS: typeof Core.GRAMMAR_PATTERNS =
  undefined as unknown as typeof Core.GRAMMAR_PATTERNS;
export let CREDITS_STAGE_PATTERNS: typeof Core.CREDITS_STAGE_PATTERNS =
  undefined as unknown as typeof Core.CREDITS_STAGE_PATTERNS;

/**
 * Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. Core's
 * tables by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetCreditPatterns = readTableListAsset(CREDIT_PATTERNS_ASSET, 2, (tables) => {
  [CREDITS_STAGE_PATTERNS, GRAMMAR_PATTERNS] = tables;
});
