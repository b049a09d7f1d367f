import type * as Core from "@caixun/core/text/rule-patterns";
import { readTableAsset } from "./asset-reads.js";

/**
 * `@caixun/core/text/rule-patterns` in both Workers (wrangler.jsonc `alias`, and the workerd test configs): the
 * readers' and stages' own patterns, a table per module, each pattern a regular expression's literal, read from the
 * Worker's static assets (`rule-patterns.json`, written by `writeTableAssets`) instead of carried in the script, where
 * they are about 8 KB of the 200 KB gzip a Worker may weigh (issue 11).
 *
 * `parse` reads them (every input), so each Worker reads them with the other tables before it parses (`assetTables`).
 * Until they are read the tables are `undefined`: a parse that compiled a module's patterns before would fail loudly
 * (core keeps the text with a `parse-failed` warning naming the cause) rather than read nothing.
 */

/** The file's name in the assets directory. */
export const RULE_PATTERNS_ASSET = "rule-patterns.json";

/** What core's tables are, once `assetRulePatterns` has read them: live bindings (`undefined` before). */
export let READERS_RECORD_PATTERNS: typeof Core.READERS_RECORD_PATTERNS =
  undefined as unknown as typeof Core.READERS_RECORD_PATTERNS;
export let CREDITS_OUTLETS_PATTERNS: typeof Core.CREDITS_OUTLETS_PATTERNS =
  undefined as unknown as typeof Core.CREDITS_OUTLETS_PATTERNS;
export let ENRICH_DATE_EVIDENCE_PATTERNS: typeof Core.ENRICH_DATE_EVIDENCE_PATTERNS =
  undefined as unknown as typeof Core.ENRICH_DATE_EVIDENCE_PATTERNS;
export let READERS_DETECT_PATTERNS: typeof Core.READERS_DETECT_PATTERNS =
  undefined as unknown as typeof Core.READERS_DETECT_PATTERNS;
export let STAGES_BODY_PATTERNS: typeof Core.STAGES_BODY_PATTERNS =
  undefined as unknown as typeof Core.STAGES_BODY_PATTERNS;
export let CREDITS_EXPORT_FRAME_PATTERNS: typeof Core.CREDITS_EXPORT_FRAME_PATTERNS =
  undefined as unknown as typeof Core.CREDITS_EXPORT_FRAME_PATTERNS;
export let READERS_MARKDOWN_PATTERNS: typeof Core.READERS_MARKDOWN_PATTERNS =
  undefined as unknown as typeof Core.READERS_MARKDOWN_PATTERNS;
export let STAGES_PLAIN_HEAD_PATTERNS: typeof Core.STAGES_PLAIN_HEAD_PATTERNS =
  undefined as unknown as typeof Core.STAGES_PLAIN_HEAD_PATTERNS;
export let READERS_PAGE_PROPERTIES_PATTERNS: typeof Core.READERS_PAGE_PROPERTIES_PATTERNS =
  undefined as unknown as typeof Core.READERS_PAGE_PROPERTIES_PATTERNS;
export let STAGES_TITLE_PATTERNS: typeof Core.STAGES_TITLE_PATTERNS =
  undefined as unknown as typeof Core.STAGES_TITLE_PATTERNS;
export let STAGES_PLAIN_TEXT_PATTERNS: typeof Core.STAGES_PLAIN_TEXT_PATTERNS =
  undefined as unknown as typeof Core.STAGES_PLAIN_TEXT_PATTERNS;
export let ENRICH_SECURITIES_PATTERNS: typeof Core.ENRICH_SECURITIES_PATTERNS =
  undefined as unknown as typeof Core.ENRICH_SECURITIES_PATTERNS;
export let READERS_LABELLED_PATTERNS: typeof Core.READERS_LABELLED_PATTERNS =
  undefined as unknown as typeof Core.READERS_LABELLED_PATTERNS;
export let SECURITIES_NAMES_PATTERNS: typeof Core.SECURITIES_NAMES_PATTERNS =
  undefined as unknown as typeof Core.SECURITIES_NAMES_PATTERNS;
export let CREDITS_SITE_SUFFIX_PATTERNS: typeof Core.CREDITS_SITE_SUFFIX_PATTERNS =
  undefined as unknown as typeof Core.CREDITS_SITE_SUFFIX_PATTERNS;
export let ENRICH_DATES_PATTERNS: typeof Core.ENRICH_DATES_PATTERNS =
  undefined as unknown as typeof Core.ENRICH_DATES_PATTERNS;
export let STAGES_FRONT_MATTER_FLAT_PATTERNS: typeof Core.STAGES_FRONT_MATTER_FLAT_PATTERNS =
  undefined as unknown as typeof Core.STAGES_FRONT_MATTER_FLAT_PATTERNS;
export let STAGES_MARKDOWN_DIRECT_PATTERNS: typeof Core.STAGES_MARKDOWN_DIRECT_PATTERNS =
  undefined as unknown as typeof Core.STAGES_MARKDOWN_DIRECT_PATTERNS;
export let ASSEMBLE_CONTROL_CHARACTERS_PATTERNS: typeof Core.ASSEMBLE_CONTROL_CHARACTERS_PATTERNS =
  undefined as unknown as typeof Core.ASSEMBLE_CONTROL_CHARACTERS_PATTERNS;
export let EXTRACT_PAGE_PATTERNS: typeof Core.EXTRACT_PAGE_PATTERNS =
  undefined as unknown as typeof Core.EXTRACT_PAGE_PATTERNS;
export let STAGES_CREDITS_PATTERNS: typeof Core.STAGES_CREDITS_PATTERNS =
  undefined as unknown as typeof Core.STAGES_CREDITS_PATTERNS;
export let READERS_SQL_PATTERNS: typeof Core.READERS_SQL_PATTERNS =
  undefined as unknown as typeof Core.READERS_SQL_PATTERNS;
export let READERS_TYPST_PATTERNS: typeof Core.READERS_TYPST_PATTERNS =
  undefined as unknown as typeof Core.READERS_TYPST_PATTERNS;
export let READERS_FEED_PATTERNS: typeof Core.READERS_FEED_PATTERNS =
  undefined as unknown as typeof Core.READERS_FEED_PATTERNS;
export let READERS_CODE_RECORDS_PATTERNS: typeof Core.READERS_CODE_RECORDS_PATTERNS =
  undefined as unknown as typeof Core.READERS_CODE_RECORDS_PATTERNS;
export let MARKDOWN_LINKS_PATTERNS: typeof Core.MARKDOWN_LINKS_PATTERNS =
  undefined as unknown as typeof Core.MARKDOWN_LINKS_PATTERNS;
export let STAGES_PUBLISH_DATE_PATTERNS: typeof Core.STAGES_PUBLISH_DATE_PATTERNS =
  undefined as unknown as typeof Core.STAGES_PUBLISH_DATE_PATTERNS;
export let STAGES_BLOCKS_PATTERNS: typeof Core.STAGES_BLOCKS_PATTERNS =
  undefined as unknown as typeof Core.STAGES_BLOCKS_PATTERNS;
export let ENRICH_QUOTE_MARKUP_PATTERNS: typeof Core.ENRICH_QUOTE_MARKUP_PATTERNS =
  undefined as unknown as typeof Core.ENRICH_QUOTE_MARKUP_PATTERNS;
export let READERS_PYTHON_LITERAL_PATTERNS: typeof Core.READERS_PYTHON_LITERAL_PATTERNS =
  undefined as unknown as typeof Core.READERS_PYTHON_LITERAL_PATTERNS;
export let PACKS_JSON_PATTERNS: typeof Core.PACKS_JSON_PATTERNS =
  undefined as unknown as typeof Core.PACKS_JSON_PATTERNS;

/** Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. */
export const assetRulePatterns = readTableAsset<typeof Core>(
  RULE_PATTERNS_ASSET,
  [
    "READERS_RECORD_PATTERNS",
    "CREDITS_OUTLETS_PATTERNS",
    "ENRICH_DATE_EVIDENCE_PATTERNS",
    "READERS_DETECT_PATTERNS",
    "STAGES_BODY_PATTERNS",
    "CREDITS_EXPORT_FRAME_PATTERNS",
    "READERS_MARKDOWN_PATTERNS",
    "STAGES_PLAIN_HEAD_PATTERNS",
    "READERS_PAGE_PROPERTIES_PATTERNS",
    "STAGES_TITLE_PATTERNS",
    "STAGES_PLAIN_TEXT_PATTERNS",
    "ENRICH_SECURITIES_PATTERNS",
    "READERS_LABELLED_PATTERNS",
    "SECURITIES_NAMES_PATTERNS",
    "CREDITS_SITE_SUFFIX_PATTERNS",
    "ENRICH_DATES_PATTERNS",
    "STAGES_FRONT_MATTER_FLAT_PATTERNS",
    "STAGES_MARKDOWN_DIRECT_PATTERNS",
    "ASSEMBLE_CONTROL_CHARACTERS_PATTERNS",
    "EXTRACT_PAGE_PATTERNS",
    "STAGES_CREDITS_PATTERNS",
    "READERS_SQL_PATTERNS",
    "READERS_TYPST_PATTERNS",
    "READERS_FEED_PATTERNS",
    "READERS_CODE_RECORDS_PATTERNS",
    "MARKDOWN_LINKS_PATTERNS",
    "STAGES_PUBLISH_DATE_PATTERNS",
    "STAGES_BLOCKS_PATTERNS",
    "ENRICH_QUOTE_MARKUP_PATTERNS",
    "READERS_PYTHON_LITERAL_PATTERNS",
    "PACKS_JSON_PATTERNS",
  ],
  (tables) => {
    ({
      READERS_RECORD_PATTERNS,
      CREDITS_OUTLETS_PATTERNS,
      ENRICH_DATE_EVIDENCE_PATTERNS,
      READERS_DETECT_PATTERNS,
      STAGES_BODY_PATTERNS,
      CREDITS_EXPORT_FRAME_PATTERNS,
      READERS_MARKDOWN_PATTERNS,
      STAGES_PLAIN_HEAD_PATTERNS,
      READERS_PAGE_PROPERTIES_PATTERNS,
      STAGES_TITLE_PATTERNS,
      STAGES_PLAIN_TEXT_PATTERNS,
      ENRICH_SECURITIES_PATTERNS,
      READERS_LABELLED_PATTERNS,
      SECURITIES_NAMES_PATTERNS,
      CREDITS_SITE_SUFFIX_PATTERNS,
      ENRICH_DATES_PATTERNS,
      STAGES_FRONT_MATTER_FLAT_PATTERNS,
      STAGES_MARKDOWN_DIRECT_PATTERNS,
      ASSEMBLE_CONTROL_CHARACTERS_PATTERNS,
      EXTRACT_PAGE_PATTERNS,
      STAGES_CREDITS_PATTERNS,
      READERS_SQL_PATTERNS,
      READERS_TYPST_PATTERNS,
      READERS_FEED_PATTERNS,
      READERS_CODE_RECORDS_PATTERNS,
      MARKDOWN_LINKS_PATTERNS,
      STAGES_PUBLISH_DATE_PATTERNS,
      STAGES_BLOCKS_PATTERNS,
      ENRICH_QUOTE_MARKUP_PATTERNS,
      READERS_PYTHON_LITERAL_PATTERNS,
      PACKS_JSON_PATTERNS,
    } = tables);
  },
);
