/**
 * Build-time code: the files both Workers read from their static assets instead of carrying them in
 * their scripts, which must stay within issue 11's 200 KB of gzip. The API's build
 * (`scripts/write-assets.mjs`) writes them into `dist/assets`; the ingestion Worker's
 * (`pnpm --filter @caixun/ingest assets`) into its checked-in `assets`, whose tests fail when they
 * drift from what this module writes. No Worker imports this module.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as creditPatterns from "@caixun/core/credits/credit-patterns";
import * as fieldLabels from "@caixun/core/credits/field-labels";
import * as creditHosts from "@caixun/core/credits/hosts";
import * as outletNames from "@caixun/core/credits/outlet-names";
import * as defaultSettings from "@caixun/core/default-settings";
import * as quoteLinks from "@caixun/core/enrich/quote-links";
import { fullEntities } from "@caixun/core/entities";
import { ENTITY_TABLE } from "@caixun/core/entities/basic";
import * as htmlNames from "@caixun/core/html/names";
import * as bundledRules from "@caixun/core/packs/bundled-rules";
import * as recordKeys from "@caixun/core/readers/record-keys";
import * as boilerplateLines from "@caixun/core/stages/boilerplate-lines";
import { COMMON_PAIRS } from "@caixun/core/stories/common-pairs";
import * as storySettings from "@caixun/core/stories/default-settings";
import * as equivalentNames from "@caixun/core/stories/equivalent-names";
import * as storyWords from "@caixun/core/stories/words";
import * as rulePatterns from "@caixun/core/text/rule-patterns";
import { BOILERPLATE_LINES_ASSET } from "./asset-boilerplate-lines.js";
import { COMMON_PAIRS_ASSET } from "./asset-common-pairs.js";
import { CREDIT_HOSTS_ASSET } from "./asset-credit-hosts.js";
import { CREDIT_PATTERNS_ASSET } from "./asset-credit-patterns.js";
import { DEFAULT_SETTINGS_ASSET } from "./asset-default-settings.js";
import { ENTITIES_ASSET } from "./asset-entities.js";
import { EQUIVALENT_NAMES_ASSET } from "./asset-equivalent-names.js";
import { FIELD_LABELS_ASSET } from "./asset-field-labels.js";
import { HTML_NAMES_ASSET } from "./asset-html-names.js";
import { OUTLET_NAMES_ASSET } from "./asset-outlet-names.js";
import { PACK_RULES_ASSET } from "./asset-pack-rules.js";
import { QUOTE_LINKS_ASSET } from "./asset-quote-links.js";
import { RECORD_KEYS_ASSET } from "./asset-record-keys.js";
import { RULE_PATTERNS_ASSET } from "./asset-rule-patterns.js";
import { STORY_SETTINGS_ASSET } from "./asset-story-settings.js";
import { STORY_WORDS_ASSET } from "./asset-story-words.js";
import type { OpenApiDocument } from "./openapi.js";
import { type DocsFile, renderDocsPage } from "./routes/docs.js";

/**
 * `entities.json` as core's tables give it: what `assetEntities` reads as `fullEntities` (`table`,
 * `pairs`) and as `ENTITY_TABLE` (`basic`).
 */
export function entitiesAsset(): string {
  const asset = { table: fullEntities.table, pairs: fullEntities.pairs, basic: ENTITY_TABLE };
  return `${JSON.stringify(asset, null, 2)}\n`;
}

/** Writes `entities.json` into `directory` (made when missing). */
export function writeEntitiesAsset(directory: string): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, ENTITIES_ASSET), entitiesAsset());
}

/** `common-pairs.txt`: core's packed table as it is, what `assetCommonPairs` reads as `COMMON_PAIRS`. */
export function commonPairsAsset(): string {
  return COMMON_PAIRS;
}

/** Writes `common-pairs.txt` into `directory` (made when missing). */
export function writeCommonPairsAsset(directory: string): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, COMMON_PAIRS_ASSET), commonPairsAsset());
}

/**
 * Core's modules of tables that both Workers read from their static assets instead of carrying them, by the asset's
 * name: each is an entry of core's own that core imports by the package's name, and that each Worker aliases to a
 * module of `readTableListAsset` (`asset-credit-hosts.ts`…), which reads the asset before any parse (`assetTables`). A
 * new table is an entry here, its alias and its module.
 */
export const TABLE_ASSETS: Readonly<Record<string, object>> = {
  [CREDIT_HOSTS_ASSET]: creditHosts,
  [OUTLET_NAMES_ASSET]: outletNames,
  [FIELD_LABELS_ASSET]: fieldLabels,
  [HTML_NAMES_ASSET]: htmlNames,
  [QUOTE_LINKS_ASSET]: quoteLinks,
  [EQUIVALENT_NAMES_ASSET]: equivalentNames,
  [BOILERPLATE_LINES_ASSET]: boilerplateLines,
  [CREDIT_PATTERNS_ASSET]: creditPatterns,
  [RULE_PATTERNS_ASSET]: rulePatterns,
  [PACK_RULES_ASSET]: bundledRules,
  [DEFAULT_SETTINGS_ASSET]: defaultSettings,
  [RECORD_KEYS_ASSET]: recordKeys,
  [STORY_WORDS_ASSET]: storyWords,
  [STORY_SETTINGS_ASSET]: storySettings,
};

/**
 * A table asset (`TABLE_ASSETS`) as the build writes it: its module's exports as a JSON list, by their names sorted
 * (as a module's namespace lists them), the order in which `readTableListAsset` assigns them.
 */
export function tableAsset(asset: string): string {
  if (!Object.hasOwn(TABLE_ASSETS, asset)) throw new Error(`${asset} is no table asset`);
  const tables = TABLE_ASSETS[asset] as Record<string, unknown>;
  return `${JSON.stringify(
    Object.keys(tables)
      .sort()
      .map((name) => tables[name]),
  )}\n`;
}

/** Writes every table asset (`TABLE_ASSETS`) into `directory` (made when missing). */
export function writeTableAssets(directory: string): void {
  mkdirSync(directory, { recursive: true });
  for (const asset of Object.keys(TABLE_ASSETS)) writeFileSync(join(directory, asset), tableAsset(asset));
}

/** The file `/docs` sends, in a Worker's static assets beside `openapi.json`. */
export const DOCS_PAGE_ASSET: DocsFile = "docs.html";

/** Writes `/docs`'s page of `document` into `directory` (made when missing), as `assetDocsFile` reads it. */
export function writeDocsPage(directory: string, document: OpenApiDocument): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, DOCS_PAGE_ASSET), renderDocsPage(document));
}
