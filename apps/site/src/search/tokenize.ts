/**
 * The site's search index over core's search tokenizer (`searchPieces`), shared by the build
 * (Node) and the search page (browser), so a query is cut exactly the way the text was: Han runs
 * become their overlapping character pairs (a run of one character is its own token), other words
 * stay whole, up to 32 characters.
 */
import { hanBigrams, searchPieces } from "@caixun/core/policy";

const MAX_TOKEN_LENGTH = 32;

/** The distinct tokens of a text: Han bigrams and the words of everything else. */
export function textTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const piece of searchPieces(text)) {
    if (!piece.han) {
      if (piece.text.length <= MAX_TOKEN_LENGTH) tokens.add(piece.text);
    } else if (Array.from(piece.text).length === 1) {
      tokens.add(piece.text);
    } else {
      for (const gram of hanBigrams(piece.text)) tokens.add(gram);
    }
  }
  return tokens;
}

/**
 * Tokens of a title: its text tokens plus every single Han character, so a one-character query
 * (险) still finds titles, without the cost of single characters for whole bodies.
 */
export function titleTokens(title: string): Set<string> {
  const tokens = textTokens(title);
  for (const piece of searchPieces(title)) {
    if (piece.han) for (const char of piece.text) tokens.add(char);
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
