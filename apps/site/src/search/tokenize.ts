/**
 * The one tokenizer of the search index, shared by the build (Node) and the search page (browser),
 * so a query is cut exactly the way the text was.
 *
 * Chinese has no spaces and word segmenters disagree about where words end (中国太保 may be one
 * word or two), so Han runs are indexed as overlapping character pairs: every query of two or more
 * characters is then found wherever it occurs, whatever a segmenter would have made of it. Other
 * scripts (tickers, numbers, Latin words) are cut into words by Intl.Segmenter.
 */

const HAN_RUN = /\p{Script=Han}+/gu;
const MAX_TOKEN_LENGTH = 32;

const wordSegmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Case- and width-folded text: full-width `ＣＰＩＣ` and `cpic` match `CPIC`. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Pairs of neighbouring characters of a Han run; a run of one character is its own token. */
function hanBigrams(run: string, into: Set<string>): void {
  const chars = Array.from(run);
  if (chars.length === 1) into.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) into.add(chars[i]! + chars[i + 1]!);
}

function words(text: string, into: Set<string>): void {
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
    if (isWordLike && segment.length <= MAX_TOKEN_LENGTH) into.add(segment);
  }
}

/** The distinct tokens of a text: Han bigrams and the words of everything else. */
export function textTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const folded = foldText(text);
  let last = 0;
  for (const match of folded.matchAll(HAN_RUN)) {
    words(folded.slice(last, match.index), tokens);
    hanBigrams(match[0], tokens);
    last = match.index + match[0].length;
  }
  words(folded.slice(last), tokens);
  return tokens;
}

/**
 * Tokens of a title: its text tokens plus every single Han character, so a one-character query
 * (险) still finds titles, without the cost of single characters for whole bodies.
 */
export function titleTokens(title: string): Set<string> {
  const tokens = textTokens(title);
  for (const match of foldText(title).matchAll(HAN_RUN)) {
    for (const char of match[0]) tokens.add(char);
  }
  return tokens;
}

/** The tokens a query must all match. */
export function queryTokens(query: string): string[] {
  return [...textTokens(query)];
}

/** FNV-1a over UTF-16 code units: small, fast and identical in every JavaScript engine. */
export function tokenHash(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Which shard file holds a token's postings. */
export function shardOf(token: string, shardCount: number): number {
  return tokenHash(token) % shardCount;
}
