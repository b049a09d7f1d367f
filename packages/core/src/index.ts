export type {
  Article,
  Block,
  BlockType,
  Figure,
  FigureUnit,
  Format,
  Image,
  Market,
  Security,
  Source,
  Stats,
  Warning,
  WarningCode,
} from "./article.js";
export { ARTICLE_FIELDS, WARNING_CODES } from "./article.js";
export { fingerprint, hammingDistance } from "./assemble/fingerprint.js";
export { hash64 } from "./assemble/hash.js";
export { articleId } from "./assemble/id.js";
export { escapeHtml, renderHtml, safeUrl } from "./assemble/render-html.js";
export { measure } from "./assemble/stats.js";
export { dateFromParts, normalizeDate } from "./enrich/dates.js";
export { figuresInText } from "./enrich/figures.js";
export { futureYearWarnings } from "./enrich/future-year.js";
export { aShareMarket, mergeSecurities, securitiesInText } from "./enrich/securities.js";
export { CaixunError, type CaixunErrorCode, MAX_INPUT_SIZE } from "./errors.js";
export { type ParseOptions, parse } from "./parse.js";
export type { Channel, PackInput, RulePack } from "./rules/index.js";
export { CONTENT_PACKS, GENERATOR_PACKS, packsFor } from "./rules/index.js";
export { articleSchema } from "./schema.js";
export { readBlocks } from "./stages/blocks.js";
export { type BodySyntax, bodyToHtml, parseHtml } from "./stages/body.js";
export { removeBoilerplate } from "./stages/boilerplate.js";
export { attachCaptions } from "./stages/captions.js";
export { cleanDom } from "./stages/clean.js";
export { type Credits, readCredits } from "./stages/credits.js";
// The stages, each usable alone.
export { type Decoded, decode, type Encoding } from "./stages/decode.js";
export { type FrontMatter, recoverFields, splitFrontMatter } from "./stages/front-matter.js";
export { readPlainText } from "./stages/plain-text.js";
export { resolveProvenance } from "./stages/provenance.js";
export type { Link, RawBlock } from "./stages/raw-block.js";
export { chooseTitle, cleanTitle } from "./stages/title.js";
