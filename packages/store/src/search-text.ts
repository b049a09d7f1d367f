/**
 * Chinese-aware full-text search on FTS5's `ascii` tokenizer, which D1 and SQLite both have.
 * Chinese is written without spaces, so the store cuts text with core's search tokenizer
 * (`searchPieces`: folded Han runs and other words) before indexing: every Han run becomes its
 * overlapping character bigrams (plus its last character alone), every other word itself. A query
 * is cut the same way and each Han run becomes a phrase of consecutive bigrams, which matches exactly
 * where the run occurs in the text: any substring of two or more characters is found, whatever the
 * words around it are. Each of those pieces is then cut and folded as FTS5's `unicode61` tokenizer
 * would (`unicode61Tokens`), which the index used until session 21, so `ascii` only has to split on
 * the spaces written here and finds what `unicode61` found.
 */
import { hanBigrams, searchPieces } from "@caixun/core/policy";
import { ListRequestError } from "./cursor.js";
import { isPlainToken, unicode61Tokens } from "./unicode61.js";

/**
 * The text to store in a full-text column: each Han run's bigrams and its last character (indexed
 * alone so that a one-character prefix query finds it at any position of the run), each other word
 * as it is; each of them cut as `unicode61` would cut it, all space-separated. A piece of plain
 * characters (ASCII lower case and digits, common Han: one UTF-16 unit each) is its own token and is
 * not looked at again; its bigrams are cut from it in place, with no list of its characters or bigrams
 * to build and copy (a fifth of this function's time on an ingest's parse thread, docs/benchmarks.md).
 */
export function indexText(text: string): string {
  const tokens: string[] = [];
  for (const piece of searchPieces(text)) {
    const run = piece.text;
    if (isPlainToken(run)) {
      if (!piece.han) {
        tokens.push(run);
        continue;
      }
      const last = run.length - 1;
      for (let i = 0; i < last; i++) tokens.push(run.slice(i, i + 2));
      tokens.push(run[last]!);
      continue;
    }
    const terms = piece.han ? hanBigrams(run) : [run];
    if (piece.han) terms.push(Array.from(run).at(-1)!);
    for (const term of terms) for (const token of unicode61Tokens(term)) tokens.push(token);
  }
  return tokens.join(" ");
}

/** Terms of a query cut as `unicode61` cuts them, space-separated: a phrase `ascii` splits the same. */
function tokenized(terms: readonly string[]): string {
  return terms.flatMap(unicode61Tokens).join(" ");
}

function quoted(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression for a user's query: every Han run and every other word must occur (AND).
 * Everything the user typed ends up inside quoted strings, so FTS5 operators and syntax characters
 * in a query are searched for as text, never interpreted. A term written twice is searched for once.
 * `null` when the query has nothing to search for (only punctuation or spaces). Throws
 * `ListRequestError` (`q`) for a query past `MAX_QUERY_TERMS` terms or `MAX_QUERY_TOKENS` tokens.
 */
export function matchExpression(query: string): string | null {
  const phrases = new Set<string>();
  let tokens = 0;
  for (const piece of searchPieces(query)) {
    const single = piece.han && Array.from(piece.text).length === 1;
    const text = tokenized(piece.han && !single ? hanBigrams(piece.text) : [piece.text]);
    const phrase = single ? `${quoted(text)} *` : quoted(text);
    if (!phrases.has(phrase)) tokens += text.split(" ").length;
    phrases.add(phrase);
  }
  if (phrases.size > MAX_QUERY_TERMS || tokens > MAX_QUERY_TOKENS) {
    throw new ListRequestError(
      "q",
      `a query holds at most ${MAX_QUERY_TERMS} words or runs of Chinese and ${MAX_QUERY_TOKENS} characters of them`,
    );
  }
  return phrases.size > 0 ? [...phrases].join(" AND ") : null;
}

/**
 * Distinct terms (words and runs of Chinese) one query may hold: each is a phrase every match is ranked on, and
 * a one-character run a prefix search (`"财" *`). On 7d4e17b2 `财 ` written 100 times (200 characters, within
 * the API's limit on `q`) took 4.4 s to rank over 200 articles, 400 times 62 s.
 */
export const MAX_QUERY_TERMS = 32;

/**
 * Tokens (Han bigrams and words) one query may hold over its terms: a run of 10,000 Han characters took 10–15 s to
 * search 200 articles on 7d4e17b2 (the API's 200 characters of `q` hold at most 199).
 */
export const MAX_QUERY_TOKENS = 256;
