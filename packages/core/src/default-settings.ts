// @caixun/core/default-settings — the defaults of `ParseSettings` (`settings.ts` documents each field): data
// `resolveSettings` and the stages read when they run, not when they load. An entry of its own, as
// `@caixun/core/credits/hosts` is, so that a Worker can read them from its static assets instead of carrying them
// (wrangler.jsonc `alias`, apps/api/src/asset-default-settings.ts); core imports them by the package's own name.
import { MAX_INPUT_SIZE } from "./errors.js";
import type { ParseSettings } from "./settings.js";

/** The defaults, documented field by field on `ParseSettings`. */
export const DEFAULT_SETTINGS: Readonly<ParseSettings> = Object.freeze({
  maxInputBytes: MAX_INPUT_SIZE,
  parseBudgetMillis: 10_000,
  parseBudgetMillisPerMegabyte: 10_000,
  binaryControlShare: 0.1,
  gb18030OddShare: 0.1,
  streamEncodingSampleBytes: 16 * 1024,
  maxDomDepth: 200,
  maxExtraDepth: 200,
  maxMarkdownPrefixColumns: 64,
  maxHtmlNesting: 1000,
  boldHeadingMaxLength: 60,
  runInHeadingMinLength: 4,
  runInBodyMinLength: 10,
  trackingPixelMaxSize: 2,
  plainTitleMaxLength: 50,
  plainHeadingMaxLength: 30,
  plainStampLines: 2,
  plainPageHeadLines: 10,
  plainMenuLabelMaxLength: 8,
  plainStampMaxLength: 120,
  captionMaxLength: 80,
  creditLineMaxLength: 160,
  creditSourceMaxLength: 20,
  datelineParagraphs: 2,
  datelineSearchLength: 120,
  relatedTitleMinLength: 8,
  bylineHeadParagraphs: 3,
  bylineTailParagraphs: 2,
  derivedTitleMaxLength: 40,
  titleMaxLength: 200,
  titleSuffixMaxLength: 8,
  titleHeadlineMinLength: 4,
  titleKeywordMaxLength: 12,
  futureYearAbsurdDistance: 150,
  readingCjkPerMinute: 400,
  readingWordsPerMinute: 200,
  fileHeadlineMinHan: 6,
  recordTextMinHan: 6,
  storyMinHan: 200,
  maxRecordFields: 1000,
  sqlJoinHeldChars: 16 * 1024 * 1024,
  codeRecordReach: 20_000,
  codeRecordMisses: 32,
  codeCommentMinFields: 3,
});
