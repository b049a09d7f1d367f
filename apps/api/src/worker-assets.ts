/**
 * Build-time code: the files both Workers read from their static assets instead of carrying them in
 * their scripts, which must stay within issue 11's 200 KB of gzip. The API's build
 * (`scripts/write-assets.mjs`) writes them into `dist/assets`; the ingestion Worker's
 * (`pnpm --filter @caixun/ingest assets`) into its checked-in `assets`, whose tests fail when they
 * drift from what this module writes. No Worker imports this module.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  AGENCY_HOSTS,
  AGGREGATOR_HOSTS,
  OUTLET_HOSTS,
  PLATFORM_HOSTS,
  SITE_TITLE_NAMES,
} from "@caixun/core/credits/hosts";
import { fullEntities } from "@caixun/core/entities";
import { ENTITY_TABLE } from "@caixun/core/entities/basic";
import { DEFAULT_MAPPING, LABEL_KEYS } from "@caixun/core/readers/record-keys";
import { COMMON_PAIRS } from "@caixun/core/stories/common-pairs";
import { EVENT_ACTIONS, INSTRUMENT_FAMILIES, NAME_CLASSES, PLACES } from "@caixun/core/stories/words";
import { COMMON_PAIRS_ASSET } from "./asset-common-pairs.js";
import { CREDIT_HOSTS_ASSET } from "./asset-credit-hosts.js";
import { ENTITIES_ASSET } from "./asset-entities.js";
import { RECORD_KEYS_ASSET } from "./asset-record-keys.js";
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

/** `story-words.json`: core's word tables of the stories comparison, what `assetStoryWords` reads. */
export function storyWordsAsset(): string {
  const asset = {
    instrumentFamilies: INSTRUMENT_FAMILIES,
    nameClasses: NAME_CLASSES,
    places: PLACES,
    eventActions: EVENT_ACTIONS,
  };
  return `${JSON.stringify(asset)}\n`;
}

/** Writes `story-words.json` into `directory` (made when missing). */
export function writeStoryWordsAsset(directory: string): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, STORY_WORDS_ASSET), storyWordsAsset());
}

/** `credit-hosts.json`: core's tables of hosts the credits read, what `assetCreditHosts` reads. */
export function creditHostsAsset(): string {
  const asset = {
    outletHosts: OUTLET_HOSTS,
    agencyHosts: AGENCY_HOSTS,
    aggregatorHosts: AGGREGATOR_HOSTS,
    platformHosts: PLATFORM_HOSTS,
    siteTitleNames: SITE_TITLE_NAMES,
  };
  return `${JSON.stringify(asset)}\n`;
}

/** Writes `credit-hosts.json` into `directory` (made when missing). */
export function writeCreditHostsAsset(directory: string): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, CREDIT_HOSTS_ASSET), creditHostsAsset());
}

/** `record-keys.json`: core's tables of the record mapping, what `assetRecordKeys` reads. */
export function recordKeysAsset(): string {
  return `${JSON.stringify({ defaultMapping: DEFAULT_MAPPING, labelKeys: LABEL_KEYS })}\n`;
}

/** Writes `record-keys.json` into `directory` (made when missing). */
export function writeRecordKeysAsset(directory: string): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, RECORD_KEYS_ASSET), recordKeysAsset());
}

/** The file `/docs` sends, in a Worker's static assets beside `openapi.json`. */
export const DOCS_PAGE_ASSET: DocsFile = "docs.html";

/** Writes `/docs`'s page of `document` into `directory` (made when missing), as `assetDocsFile` reads it. */
export function writeDocsPage(directory: string, document: OpenApiDocument): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, DOCS_PAGE_ASSET), renderDocsPage(document));
}
