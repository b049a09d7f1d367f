import { hanBigrams, searchPieces } from "@caixun/core/policy";

/**
 * The full-text index as it was until session 21, on FTS5's unicode61 tokenizer: the text stored
 * (each Han run's bigrams and last character, each other word as it is, for unicode61 to cut and
 * fold) and a query's MATCH expression (each piece's text quoted as it is). The references the
 * ascii tokenizer's index is held to.
 */
export function indexTextBefore(text: string): string {
  const terms: string[] = [];
  for (const piece of searchPieces(text)) {
    if (piece.han) terms.push(...hanBigrams(piece.text), Array.from(piece.text).at(-1)!);
    else terms.push(piece.text);
  }
  return terms.join(" ");
}

export function matchExpressionBefore(query: string): string | null {
  const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const phrases = searchPieces(query).map((piece) => {
    if (!piece.han) return quoted(piece.text);
    if (Array.from(piece.text).length === 1) return `${quoted(piece.text)} *`;
    return quoted(hanBigrams(piece.text).join(" "));
  });
  return phrases.length > 0 ? phrases.join(" AND ") : null;
}
