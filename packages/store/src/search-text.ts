/**
 * Chinese-aware full-text search on top of FTS5's plain `unicode61` tokenizer, which D1 and SQLite
 * both have. Chinese is written without spaces, so the store cuts text with core's search
 * tokenizer (`searchPieces`: folded Han runs and other words) before indexing: every Han run
 * becomes its overlapping character bigrams (plus its last character alone), every other word
 * itself. A query is cut the same way and each Han run becomes a phrase of consecutive bigrams,
 * which matches exactly where the run occurs in the text: any substring of two or more characters
 * is found, whatever the words around it are.
 */
import { hanBigrams, searchPieces } from "@caixun/core/policy";

/**
 * The text to store in a full-text column. Each Han run's last character is also indexed alone so
 * that a one-character prefix query finds it at any position of the run.
 */
export function indexText(text: string): string {
  const tokens: string[] = [];
  for (const piece of searchPieces(text)) {
    if (!piece.han) {
      tokens.push(piece.text);
      continue;
    }
    tokens.push(...hanBigrams(piece.text));
    tokens.push(Array.from(piece.text).at(-1)!);
  }
  return tokens.join(" ");
}

function quoted(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression for a user's query: every Han run and every other word must occur (AND).
 * Everything the user typed ends up inside quoted strings, so FTS5 operators and syntax characters
 * in a query are searched for as text, never interpreted. `null` when the query has nothing to
 * search for (only punctuation or spaces).
 */
export function matchExpression(query: string): string | null {
  const phrases: string[] = [];
  for (const piece of searchPieces(query)) {
    if (!piece.han) {
      phrases.push(quoted(piece.text));
    } else if (Array.from(piece.text).length === 1) {
      phrases.push(`${quoted(piece.text)} *`);
    } else {
      phrases.push(quoted(hanBigrams(piece.text).join(" ")));
    }
  }
  return phrases.length > 0 ? phrases.join(" AND ") : null;
}
