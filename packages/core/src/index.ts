// @caixun/core — parsing a file: `parse`, the Article and what its options are made of. Everything
// else has an entry point of its own, so that a page that parses ships only the parser:
// `@caixun/core/parse-all` (inputs of many documents: dumps, digests, streams, record mappings),
// `@caixun/core/render` (an Article as HTML, Markdown, text), `@caixun/core/policy` (China time,
// search pieces, excerpts, URLs), `@caixun/core/rules` (rule packs as JSON: compile, schema, learn),
// `@caixun/core/schema` (the Article's JSON Schema), `@caixun/core/securities` (the dictionary),
// `@caixun/core/stories` (grouping copies into stories), `@caixun/core/stages` (the pipeline's
// parts, for those who compose their own), and what `parse` reads only when given it:
// `@caixun/core/yaml` (the full YAML reader) and `@caixun/core/entities` (all of HTML's names).
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
/**
 * The scrub every parsed Article has had (control characters, bidi overrides and isolates, lone surrogates removed),
 * for an Article a caller made or changed: the static site runs it on every Article it is handed.
 */
export { scrubArticle } from "./assemble/control-characters.js";
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
export { DETECTION_SAMPLE, detectInput, INPUT_KINDS, type InputKind } from "./readers/detect.js";
export type { SecurityDictionary, SecurityEntry } from "./securities/dictionary.js";
export { DEFAULT_SETTINGS, type ParseSettings } from "./settings.js";
export type { YamlExtensions } from "./stages/front-matter-yaml.js";
export type { EntityTable } from "./text/entities.js";
export { big5OrGb18030 } from "./text/legacy-encodings.js";
