import type { Fetcher } from "@cloudflare/workers-types";
import { assetBoilerplateLines } from "./asset-boilerplate-lines.js";
import { assetCreditHosts } from "./asset-credit-hosts.js";
import { assetCreditPatterns } from "./asset-credit-patterns.js";
import { assetDefaultSettings } from "./asset-default-settings.js";
import { assetEntities } from "./asset-entities.js";
import { assetEquivalentNames } from "./asset-equivalent-names.js";
import { assetFieldLabels } from "./asset-field-labels.js";
import { assetHtmlNames } from "./asset-html-names.js";
import { assetOutletNames } from "./asset-outlet-names.js";
import { assetPackRules } from "./asset-pack-rules.js";
import { assetQuoteLinks } from "./asset-quote-links.js";
import { readOncePerBinding } from "./asset-reads.js";
import { assetRecordKeys } from "./asset-record-keys.js";
import { assetRulePatterns } from "./asset-rule-patterns.js";
import { assetStorySettings } from "./asset-story-settings.js";
import { assetStoryWords } from "./asset-story-words.js";

/**
 * `@caixun/core/stories/common-pairs` in both Workers (wrangler.jsonc `alias`, and the workerd test
 * configs): the stories' table of common character pairs (2,412 pairs, packed), which tells a story's
 * words from the words every flash uses, read from the Worker's static assets (`common-pairs.txt`,
 * written by `writeCommonPairsAsset`) instead of carried in the script, where it is about 4.3 KB of the
 * 200 KB gzip a Worker may weigh (issue 11).
 *
 * Core unpacks the table when it first compares stories, which a Worker does only when it stores
 * parsed Articles, so each Worker reads it with the entity table before it parses (`assetTables`).
 * Until it is read the table is `undefined`: a comparison that ran before would throw (and be tried
 * again) rather than take every pair for a rare one.
 */

/** The file's name in the assets directory. */
export const COMMON_PAIRS_ASSET = "common-pairs.txt";

/**
 * What core's `COMMON_PAIRS` is, once `assetCommonPairs` has read it: a live binding, so the modules
 * that import it read the table from then on (and `undefined` before, which core's unpacking refuses).
 */
export let COMMON_PAIRS: string = undefined as unknown as string;

/** Reads the table from `assets` once per binding; rejects when there is no binding or it serves no table. */
export const assetCommonPairs = readOncePerBinding(COMMON_PAIRS_ASSET, readTable);

async function readTable(assets: Fetcher): Promise<void> {
  const response = await assets.fetch(`https://assets.invalid/${COMMON_PAIRS_ASSET}`);
  const table = response.ok ? await response.text() : "";
  // The packed table is two runs of base-32 digits with a space between (`pair-table.ts` in core).
  if (!/^[0-9A-Za-z_-]+ [0-9A-Za-z_-]+$/.test(table))
    throw new Error(`the Worker's static assets hold no ${COMMON_PAIRS_ASSET} (HTTP ${response.status})`);
  COMMON_PAIRS = table;
}

/**
 * What a Worker reads from its static assets before it parses and stores: HTML's entity table, the
 * credits' tables of hosts, of outlet names and of field labels, HTML's names, the quote pages, the names made one, the boilerplate's lines, the credits' patterns, the readers' and stages' patterns, the content packs' JSON rules, the parse's default settings and the
 * record mapping's tables, then the stories' common pairs, word tables and default settings
 * (in that order, so that a deployment without them names the first it lacks).
 */
export async function assetTables(assets: Fetcher | undefined): Promise<void> {
  await assetEntities(assets);
  await assetCreditHosts(assets);
  await assetOutletNames(assets);
  await assetFieldLabels(assets);
  await assetHtmlNames(assets);
  await assetQuoteLinks(assets);
  await assetEquivalentNames(assets);
  await assetBoilerplateLines(assets);
  await assetCreditPatterns(assets);
  await assetRulePatterns(assets);
  await assetPackRules(assets);
  await assetDefaultSettings(assets);
  await assetRecordKeys(assets);
  await assetCommonPairs(assets);
  await assetStoryWords(assets);
  await assetStorySettings(assets);
}
