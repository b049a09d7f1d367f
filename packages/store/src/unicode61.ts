/**
 * SQLite FTS5's `unicode61` tokenizer (default options: categories `L* N* Co`, remove_diacritics 1)
 * as the store feeds it, done in JavaScript, so that the full-text table can use FTS5's `ascii`
 * tokenizer and only split on the spaces the store writes. `unicode61` looks every non-ASCII
 * character up, folds it and strips its diacritics: about a third of FTS5's work on an ingested
 * Article, on text the store has already folded (`foldText`) and cut (docs/benchmarks.md, session 21).
 *
 * The rule, read from SQLite's `fts5_unicode2.c` and checked against SQLite for every code point
 * (test/unicode61.test.ts): a token starts at a letter, number or private-use character and goes on
 * through those and the combining diacritics `unicode61` folds away; a code point unassigned in
 * SQLite's tables counts as a token character. Folding lower-cases ASCII and maps the Latin letters
 * with a simple diacritic (and final sigma) as `foldOf` reads them; the text it sees is already lower case.
 * Where JavaScript's Unicode is newer than SQLite's tables (marks and symbols assigned since; a few
 * changed categories) the two differ, and both an index and its queries are cut here, the same way.
 */

/**
 * Characters `unicode61` folds to another, for lower-case text: final sigma to sigma, and each Latin
 * letter with one diacritic (`é`, `ǎ`, `ḁ`: a canonical decomposition into a letter `a`–`z` and one
 * combining mark) to its letter — exactly the letters of SQLite's table, all in the Latin blocks
 * (U+00E0–U+024F, U+1E00–U+1EFF). Made at first use, from the decompositions rather than a list of
 * them carried in each Worker (issue 11).
 */
let folds: Map<string, string> | null = null;

function foldOf(character: string): string {
  if (!folds) {
    folds = new Map([["ς", "σ"]]);
    for (const [first, last] of [
      [0xe0, 0x24f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let code = first; code <= last; code++) {
        const letter = String.fromCharCode(code);
        const [base, mark, more] = letter.normalize("NFD");
        if (more === undefined && base! >= "a" && base! <= "z" && mark! >= "\u0300" && mark! <= "\u036f")
          folds.set(letter, base!);
      }
    }
  }
  return folds.get(character) ?? character;
}

/**
 * The combining marks `unicode61` lets a token go on through and then drops
 * (`sqlite3Fts5UnicodeIsdiacritic`: U+0300–U+0331, as two bit masks).
 */
function isDroppedDiacritic(code: number): boolean {
  if (code < 0x300 || code > 0x331) return false;
  return code < 0x320
    ? ((0x08029fdf >>> (code - 0x300)) & 1) === 1
    : ((0x000361f8 >>> (code - 0x320)) & 1) === 1;
}

const ASCII_TOKEN = /[A-Za-z0-9]/;
const TOKEN_CHARACTER = /[\p{L}\p{N}\p{Co}\p{Cn}]/u;
/** Text every character of which `unicode61` keeps as it is: ASCII lower case and digits, common Han. */
const PLAIN = /^[a-z0-9\u3400-\u4dbf\u4e00-\u9fff]*$/;

/** Whether `unicode61` would give `text` back as the one token it is (text without spaces). */
export function isPlainToken(text: string): boolean {
  return PLAIN.test(text);
}

/** The tokens `unicode61` makes of lower-case `text`, in order. */
export function unicode61Tokens(text: string): string[] {
  if (text.length > 0 && PLAIN.test(text)) return [text];
  const tokens: string[] = [];
  let token = "";
  let inToken = false;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    let continues: boolean;
    if (code < 0x80) continues = ASCII_TOKEN.test(character);
    else continues = TOKEN_CHARACTER.test(character) || (inToken && isDroppedDiacritic(code));
    if (!continues) {
      if (inToken) tokens.push(token);
      token = "";
      inToken = false;
      continue;
    }
    inToken = true;
    if (code < 0x80) token += character.toLowerCase();
    else if (!isDroppedDiacritic(code)) token += foldOf(character);
  }
  if (inToken) tokens.push(token);
  return tokens;
}
