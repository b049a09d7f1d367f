/**
 * Chinese-aware full-text search on top of FTS5's plain `unicode61` tokenizer, which D1 and SQLite
 * both have. Chinese is written without spaces, so the store segments text itself before indexing:
 * every run of Han characters becomes its overlapping character bigrams (plus its last character
 * alone), and everything else becomes the words `Intl.Segmenter` finds. A query is segmented the
 * same way and each Han run becomes a phrase of consecutive bigrams, which matches exactly where the
 * run occurs in the text: any substring of two or more characters is found, whatever the words
 * around it are.
 */

const HAN_RUN = /(\p{Script=Han}+)/u;
const HAN = /^\p{Script=Han}+$/u;
/** unicode61 keeps letters, numbers and private-use characters; a piece with none is a separator. */
const TOKEN_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** A piece of text as the index sees it: a Han run, or a word of any other script. */
type Piece = { han: true; text: string } | { han: false; text: string };

function* pieces(text: string): Generator<Piece> {
  let run = "";
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) {
      if (run) yield { han: true, text: run };
      run = "";
      continue;
    }
    // Segmenter words can mix scripts (`A股`); Han parts continue the current run, others end it.
    for (const part of segment.segment.split(HAN_RUN)) {
      if (!part) continue;
      if (HAN.test(part)) {
        run += part;
      } else if (TOKEN_CHARACTER.test(part)) {
        if (run) yield { han: true, text: run };
        run = "";
        yield { han: false, text: part };
      }
    }
  }
  if (run) yield { han: true, text: run };
}

function bigrams(run: string): string[] {
  const characters = Array.from(run);
  const grams: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) grams.push(characters[i]! + characters[i + 1]!);
  return grams;
}

/**
 * The text to store in a full-text column. Each Han run's last character is also indexed alone so
 * that a one-character prefix query finds it at any position of the run.
 */
export function indexText(text: string): string {
  const tokens: string[] = [];
  for (const piece of pieces(text)) {
    if (!piece.han) {
      tokens.push(piece.text);
      continue;
    }
    tokens.push(...bigrams(piece.text));
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
  for (const piece of pieces(query)) {
    if (!piece.han) {
      phrases.push(quoted(piece.text));
    } else if (Array.from(piece.text).length === 1) {
      phrases.push(`${quoted(piece.text)} *`);
    } else {
      phrases.push(quoted(bigrams(piece.text).join(" ")));
    }
  }
  return phrases.length > 0 ? phrases.join(" AND ") : null;
}
