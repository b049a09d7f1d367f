// @caixun/core/policy — the rules every adapter shares, written once: China time (days, months and
// clocks of an instant in +08:00, query bounds), the pieces search indexes and queries are cut into,
// an article's excerpt, URLs (normalised, or refused when unsafe), and where bytes stop being UTF-8.

export { normaliseUrl, safeUrl } from "../text/url.js";
export { firstInvalidUtf8 } from "../text/utf8.js";
export { excerpt } from "./excerpt.js";
export { foldText, hanBigrams, type SearchPiece, searchPieces } from "./search.js";
export {
  CHINA_OFFSET,
  chinaClock,
  chinaDay,
  chinaMonth,
  chinaTime,
  sinceInstant,
  untilInstant,
  withChinaZone,
} from "./zone.js";
