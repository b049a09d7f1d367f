import type * as Core from "@caixun/core/text/rule-patterns";
import { readTableListAsset } from "./asset-reads.js";

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
export let CREDITS_AUTHOR_TALLY_PATTERNS: typeof Core.CREDITS_AUTHOR_TALLY_PATTERNS =
  undefined as unknown as typeof Core.CREDITS_AUTHOR_TALLY_PATTERNS;
export let CREDITS_REGIONS_PATTERNS: typeof Core.CREDITS_REGIONS_PATTERNS =
  undefined as unknown as typeof Core.CREDITS_REGIONS_PATTERNS;
export let CREDITS_TRADITIONAL_PATTERNS: typeof Core.CREDITS_TRADITIONAL_PATTERNS =
  undefined as unknown as typeof Core.CREDITS_TRADITIONAL_PATTERNS;
export let ENRICH_FUTURE_YEAR_PATTERNS: typeof Core.ENRICH_FUTURE_YEAR_PATTERNS =
  undefined as unknown as typeof Core.ENRICH_FUTURE_YEAR_PATTERNS;
export let EXTRACT_MARKDOWN_PAGE_PATTERNS: typeof Core.EXTRACT_MARKDOWN_PAGE_PATTERNS =
  undefined as unknown as typeof Core.EXTRACT_MARKDOWN_PAGE_PATTERNS;
export let EXTRACT_READER_COPY_PATTERNS: typeof Core.EXTRACT_READER_COPY_PATTERNS =
  undefined as unknown as typeof Core.EXTRACT_READER_COPY_PATTERNS;
export let MARKDOWN_DIALECT_PATTERNS: typeof Core.MARKDOWN_DIALECT_PATTERNS =
  undefined as unknown as typeof Core.MARKDOWN_DIALECT_PATTERNS;
export let MARKDOWN_KRAMDOWN_PATTERNS: typeof Core.MARKDOWN_KRAMDOWN_PATTERNS =
  undefined as unknown as typeof Core.MARKDOWN_KRAMDOWN_PATTERNS;
export let MARKDOWN_TEMPLATE_TAGS_PATTERNS: typeof Core.MARKDOWN_TEMPLATE_TAGS_PATTERNS =
  undefined as unknown as typeof Core.MARKDOWN_TEMPLATE_TAGS_PATTERNS;
export let READERS_CSV_DOCUMENTS_PATTERNS: typeof Core.READERS_CSV_DOCUMENTS_PATTERNS =
  undefined as unknown as typeof Core.READERS_CSV_DOCUMENTS_PATTERNS;
export let READERS_DIGEST_PATTERNS: typeof Core.READERS_DIGEST_PATTERNS =
  undefined as unknown as typeof Core.READERS_DIGEST_PATTERNS;
export let READERS_FILE_PATH_PATTERNS: typeof Core.READERS_FILE_PATH_PATTERNS =
  undefined as unknown as typeof Core.READERS_FILE_PATH_PATTERNS;
export let READERS_HEADING_TEXT_PATTERNS: typeof Core.READERS_HEADING_TEXT_PATTERNS =
  undefined as unknown as typeof Core.READERS_HEADING_TEXT_PATTERNS;
export let READERS_NOTEBOOK_PATTERNS: typeof Core.READERS_NOTEBOOK_PATTERNS =
  undefined as unknown as typeof Core.READERS_NOTEBOOK_PATTERNS;
export let READERS_SLIDE_DECK_PATTERNS: typeof Core.READERS_SLIDE_DECK_PATTERNS =
  undefined as unknown as typeof Core.READERS_SLIDE_DECK_PATTERNS;
export let READERS_SQL_DOCUMENTS_PATTERNS: typeof Core.READERS_SQL_DOCUMENTS_PATTERNS =
  undefined as unknown as typeof Core.READERS_SQL_DOCUMENTS_PATTERNS;
export let READERS_SQL_KEY_VALUE_PATTERNS: typeof Core.READERS_SQL_KEY_VALUE_PATTERNS =
  undefined as unknown as typeof Core.READERS_SQL_KEY_VALUE_PATTERNS;
export let READERS_TAGGED_RECORDS_PATTERNS: typeof Core.READERS_TAGGED_RECORDS_PATTERNS =
  undefined as unknown as typeof Core.READERS_TAGGED_RECORDS_PATTERNS;
export let SECURITIES_NAME_FLAGS_PATTERNS: typeof Core.SECURITIES_NAME_FLAGS_PATTERNS =
  undefined as unknown as typeof Core.SECURITIES_NAME_FLAGS_PATTERNS;
export let STAGES_CAPTIONS_PATTERNS: typeof Core.STAGES_CAPTIONS_PATTERNS =
  undefined as unknown as typeof Core.STAGES_CAPTIONS_PATTERNS;
export let STAGES_FIELDS_PATTERNS: typeof Core.STAGES_FIELDS_PATTERNS =
  undefined as unknown as typeof Core.STAGES_FIELDS_PATTERNS;
export let STAGES_FRONT_MATTER_YAML_FULL_PATTERNS: typeof Core.STAGES_FRONT_MATTER_YAML_FULL_PATTERNS =
  undefined as unknown as typeof Core.STAGES_FRONT_MATTER_YAML_FULL_PATTERNS;
export let STAGES_FRONT_MATTER_YAML_PATTERNS: typeof Core.STAGES_FRONT_MATTER_YAML_PATTERNS =
  undefined as unknown as typeof Core.STAGES_FRONT_MATTER_YAML_PATTERNS;
export let STAGES_FRONT_MATTER_PATTERNS: typeof Core.STAGES_FRONT_MATTER_PATTERNS =
  undefined as unknown as typeof Core.STAGES_FRONT_MATTER_PATTERNS;
export let STAGES_PAGE_FOOT_PATTERNS: typeof Core.STAGES_PAGE_FOOT_PATTERNS =
  undefined as unknown as typeof Core.STAGES_PAGE_FOOT_PATTERNS;
export let STORIES_ANNOUNCER_PATTERNS: typeof Core.STORIES_ANNOUNCER_PATTERNS =
  undefined as unknown as typeof Core.STORIES_ANNOUNCER_PATTERNS;
export let STORIES_COMPARABLE_PATTERNS: typeof Core.STORIES_COMPARABLE_PATTERNS =
  undefined as unknown as typeof Core.STORIES_COMPARABLE_PATTERNS;
export let STORIES_FEATURES_PATTERNS: typeof Core.STORIES_FEATURES_PATTERNS =
  undefined as unknown as typeof Core.STORIES_FEATURES_PATTERNS;
export let STORIES_MOVES_PATTERNS: typeof Core.STORIES_MOVES_PATTERNS =
  undefined as unknown as typeof Core.STORIES_MOVES_PATTERNS;
export let STORIES_PARTICULARS_PATTERNS: typeof Core.STORIES_PARTICULARS_PATTERNS =
  undefined as unknown as typeof Core.STORIES_PARTICULARS_PATTERNS;
export let STORIES_QUAKES_PATTERNS: typeof Core.STORIES_QUAKES_PATTERNS =
  undefined as unknown as typeof Core.STORIES_QUAKES_PATTERNS;
export let STORIES_QUANTITIES_PATTERNS: typeof Core.STORIES_QUANTITIES_PATTERNS =
  undefined as unknown as typeof Core.STORIES_QUANTITIES_PATTERNS;
export let STORIES_RELEASES_PATTERNS: typeof Core.STORIES_RELEASES_PATTERNS =
  undefined as unknown as typeof Core.STORIES_RELEASES_PATTERNS;
export let ASSEMBLE_ID_PATTERNS: typeof Core.ASSEMBLE_ID_PATTERNS =
  undefined as unknown as typeof Core.ASSEMBLE_ID_PATTERNS;

/**
 * Reads the tables from `assets` once per binding; rejects when there is no binding or it serves no tables. Core's
 * tables by position, as `readTableListAsset` reads them: by their names, sorted.
 */
export const assetRulePatterns = readTableListAsset(RULE_PATTERNS_ASSET, 65, (tables) => {
  [
    ASSEMBLE_CONTROL_CHARACTERS_PATTERNS,
    ASSEMBLE_ID_PATTERNS,
    CREDITS_AUTHOR_TALLY_PATTERNS,
    CREDITS_EXPORT_FRAME_PATTERNS,
    CREDITS_OUTLETS_PATTERNS,
    CREDITS_REGIONS_PATTERNS,
    CREDITS_SITE_SUFFIX_PATTERNS,
    CREDITS_TRADITIONAL_PATTERNS,
    ENRICH_DATES_PATTERNS,
    ENRICH_DATE_EVIDENCE_PATTERNS,
    ENRICH_FUTURE_YEAR_PATTERNS,
    ENRICH_QUOTE_MARKUP_PATTERNS,
    ENRICH_SECURITIES_PATTERNS,
    EXTRACT_MARKDOWN_PAGE_PATTERNS,
    EXTRACT_PAGE_PATTERNS,
    EXTRACT_READER_COPY_PATTERNS,
    MARKDOWN_DIALECT_PATTERNS,
    MARKDOWN_KRAMDOWN_PATTERNS,
    MARKDOWN_LINKS_PATTERNS,
    MARKDOWN_TEMPLATE_TAGS_PATTERNS,
    PACKS_JSON_PATTERNS,
    READERS_CODE_RECORDS_PATTERNS,
    READERS_CSV_DOCUMENTS_PATTERNS,
    READERS_DETECT_PATTERNS,
    READERS_DIGEST_PATTERNS,
    READERS_FEED_PATTERNS,
    READERS_FILE_PATH_PATTERNS,
    READERS_HEADING_TEXT_PATTERNS,
    READERS_LABELLED_PATTERNS,
    READERS_MARKDOWN_PATTERNS,
    READERS_NOTEBOOK_PATTERNS,
    READERS_PAGE_PROPERTIES_PATTERNS,
    READERS_PYTHON_LITERAL_PATTERNS,
    READERS_RECORD_PATTERNS,
    READERS_SLIDE_DECK_PATTERNS,
    READERS_SQL_DOCUMENTS_PATTERNS,
    READERS_SQL_KEY_VALUE_PATTERNS,
    READERS_SQL_PATTERNS,
    READERS_TAGGED_RECORDS_PATTERNS,
    READERS_TYPST_PATTERNS,
    SECURITIES_NAMES_PATTERNS,
    SECURITIES_NAME_FLAGS_PATTERNS,
    STAGES_BLOCKS_PATTERNS,
    STAGES_BODY_PATTERNS,
    STAGES_CAPTIONS_PATTERNS,
    STAGES_CREDITS_PATTERNS,
    STAGES_FIELDS_PATTERNS,
    STAGES_FRONT_MATTER_FLAT_PATTERNS,
    STAGES_FRONT_MATTER_PATTERNS,
    STAGES_FRONT_MATTER_YAML_FULL_PATTERNS,
    STAGES_FRONT_MATTER_YAML_PATTERNS,
    STAGES_MARKDOWN_DIRECT_PATTERNS,
    STAGES_PAGE_FOOT_PATTERNS,
    STAGES_PLAIN_HEAD_PATTERNS,
    STAGES_PLAIN_TEXT_PATTERNS,
    STAGES_PUBLISH_DATE_PATTERNS,
    STAGES_TITLE_PATTERNS,
    STORIES_ANNOUNCER_PATTERNS,
    STORIES_COMPARABLE_PATTERNS,
    STORIES_FEATURES_PATTERNS,
    STORIES_MOVES_PATTERNS,
    STORIES_PARTICULARS_PATTERNS,
    STORIES_QUAKES_PATTERNS,
    STORIES_QUANTITIES_PATTERNS,
    STORIES_RELEASES_PATTERNS,
  ] = tables;
});
