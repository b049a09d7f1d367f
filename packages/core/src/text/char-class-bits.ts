/**
 * The character classes' bits (`char-class.ts` builds their table and re-exports these), in a module that imports
 * nothing: esbuild writes a constant's value where it is read only when the module declaring it imports nothing, so
 * the text loops test `classOf(code) & 2` rather than load a module binding at every character (a module's
 * top-level `const` bundled becomes a `var`, which V8's optimised loop reloads and checks at each read).
 */

/** JavaScript's `\s` (what `trim` removes): tab to carriage return, space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
export const SPACE = 1;
/** `SPACE` and the zero-width space U+200B: what collapsing white space turns into one space. */
export const COLLAPSIBLE = 2;
/** What the stats count as no character: `SPACE`, every C0 control and U+0085 (NEL). */
export const UNCOUNTED = 4;
/** Han ideographs in the Basic Multilingual Plane: URO, Extension A, compatibility ideographs, 〇. */
export const HAN = 8;
/** ASCII letters and digits: what a Latin word is made of in the stats. */
export const WORD = 16;
/**
 * What carries no content for the fingerprint's near-duplicate shingles: C0 controls, ASCII space,
 * punctuation and symbols, Latin-1's symbols, general punctuation to the miscellaneous symbols
 * (U+2000–U+2BFF), CJK punctuation, CJK compatibility forms, full-width punctuation and the BOM.
 */
export const NOISE = 32;
/**
 * What `toLowerCase` may change, other than an ASCII capital (which it lowers by 32): every code
 * unit outside ASCII but the caseless ranges CJK text is written in — Latin-1's symbols, general
 * punctuation to the miscellaneous symbols (less the letterlike symbols, number forms and enclosed
 * alphanumerics, which have case), CJK punctuation to the URO's ideographs, the compatibility
 * ideographs, CJK compatibility forms and the full-width forms but for the capitals. Surrogates
 * are marked (a pair's case is its code point's), so are `Σ` and `İ`, which lower by context or to two.
 * A text with none of these lowers one code unit at a time, ASCII alone changing.
 */
export const CASED = 64;
/**
 * What NFKC leaves as it is whatever stands beside it (no compatibility or canonical mapping, not
 * a mark, so nothing composes with it): ASCII and Latin-1, general punctuation (U+2010–U+205E),
 * arrows to the miscellaneous symbols and arrows (U+2190–U+2BFF), CJK punctuation and kana
 * (U+3001–U+30FF), the BMP's unified ideographs and Extension A, each less what NFKC maps
 * (`NFKC_CHANGES` below: `²`, `…`, `①`, `〸`, the sound marks, the white space it makes a space).
 * A text of these alone is its own NFKC form.
 */
export const NFKC_STABLE = 128;
