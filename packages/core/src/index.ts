// @caixun/core — what users of the library need. The stages, for those who compose their own
// pipeline, are in `@caixun/core/stages`.
export type {
  Article,
  Block,
  BlockType,
  Figure,
  FigureUnit,
  Format,
  Image,
  Listing,
  Market,
  MarketIndex,
  Sector,
  Security,
  SecurityHow,
  Source,
  Stats,
  Warning,
  WarningCode,
} from "./article.js";
export {
  ARTICLE_FIELDS,
  BLOCK_TYPES,
  FIGURE_UNITS,
  FORMATS,
  MARKETS,
  SECURITY_HOWS,
  WARNING_CODES,
} from "./article.js";
export { hammingDistance } from "./assemble/fingerprint.js";
export { escapeHtml, renderHtml } from "./assemble/render-html.js";
export { CAIXUN_ERROR_CODES, CaixunError, type CaixunErrorCode, MAX_INPUT_SIZE } from "./errors.js";
export { DEFAULT_LEARN_SETTINGS, type LearnSettings } from "./learn/learn.js";
export {
  type CorpusFile,
  DEFAULT_GROUP_FIELDS,
  type LearnedRule,
  type LearnOptions,
  type LearnResult,
  learnRules,
} from "./learn/pack.js";
export type {
  BodySyntax,
  Channel,
  ContentPack,
  FeedPack,
  GeneratorPack,
  Pack,
  PackFields,
  PackInput,
  PackSet,
} from "./packs/index.js";
export { PACKS } from "./packs/index.js";
export { compileRules, type RulePackJson, type RulesJson, withRules } from "./packs/json.js";
export { rulesSchema } from "./packs/rules-schema.js";
export { type ParseOptions, parse } from "./parse.js";
export { type ParseAllInput, type ParseAllOptions, parseAll, parseAllSync } from "./parse-all.js";
export { excerpt } from "./policy/excerpt.js";
export { foldText, hanBigrams, type SearchPiece, searchPieces } from "./policy/search.js";
export {
  CHINA_OFFSET,
  chinaClock,
  chinaDay,
  chinaMonth,
  chinaTime,
  sinceInstant,
  untilInstant,
  withChinaZone,
} from "./policy/zone.js";
export { detectInput, INPUT_KINDS, type InputKind } from "./readers/detect.js";
export {
  DEFAULT_MAPPING,
  RECORD_FIELDS,
  type RecordField,
  type RecordMapping,
  recordMapping,
  type StockList,
} from "./readers/mapping.js";
export type { ParseResult } from "./readers/session.js";
export { READ_FAILURE_CODES, type ReadFailure, type ReadFailureCode } from "./readers/types.js";
export { articleToHtml, HTML_PAGE_END, htmlPage, htmlPageStart } from "./render/html.js";
export { articleToMarkdown } from "./render/markdown.js";
export { articleToText } from "./render/text.js";
export { articleSchema } from "./schema.js";
export {
  companyOf,
  createDictionary,
  type EntryKind,
  entryKey,
  extendDictionary,
  readDictionaryLines,
  readSecurityList,
  type SecurityDictionary,
  type SecurityEntry,
  writeDictionaryLines,
} from "./securities/dictionary.js";
export { type FoundSecurities, findSecurities, type ListingEvidence } from "./securities/find.js";
export { DEFAULT_SETTINGS, type ParseSettings } from "./settings.js";
// Stories: the same news from several outlets, grouped, with a canonical copy. The engine's parts
// (keys, comparison, assignment of one item against stored candidates) are in `@caixun/core/stories`.
export {
  DEFAULT_STORY_SETTINGS,
  groupStories,
  type Story,
  type StoryArticle,
  type StoryCopy,
  type StoryKey,
  type StorySettings,
  storyIdOf,
  storyKey,
} from "./stories/index.js";
export { normaliseUrl, safeUrl } from "./text/url.js";
