// @caixun/core — parsing: `parse`, `parseAll`, the Article and what their options and results are
// made of. Everything else has an entry point of its own, so that a page that parses ships only the
// parser: `@caixun/core/render` (an Article as HTML, Markdown, text), `@caixun/core/policy` (China
// time, search pieces, excerpts, URLs), `@caixun/core/rules` (rule packs as JSON: compile, schema,
// learn), `@caixun/core/schema` (the Article's JSON Schema), `@caixun/core/securities` (the
// dictionary), `@caixun/core/stories` (grouping copies into stories) and `@caixun/core/stages` (the
// pipeline's parts, for those who compose their own).
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
export { CAIXUN_ERROR_CODES, CaixunError, type CaixunErrorCode, MAX_INPUT_SIZE } from "./errors.js";
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
export type { RulePackJson, RulesJson } from "./packs/json.js";
export { type ParseOptions, parse } from "./parse.js";
export { type ParseAllInput, type ParseAllOptions, parseAll, parseAllSync } from "./parse-all.js";
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
export type { SecurityDictionary, SecurityEntry } from "./securities/dictionary.js";
export { DEFAULT_SETTINGS, type ParseSettings } from "./settings.js";
