/**
 * Classes of UTF-16 code units that the text loops test on every character (collapsing white
 * space, the comparison text, the Article's stats, the fingerprint), as one table built once: one load per character
 * instead of a chain of up to a dozen comparisons, which a Han character — the common case — ran to
 * its end. Each class is defined here and nowhere else.
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

const TABLE = new Uint8Array(0x10000);
const mark = (from: number, to: number, bits: number) => {
  for (let code = from; code <= to; code++) TABLE[code]! |= bits;
};
for (const code of [0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
  mark(code, code, SPACE);
mark(0x09, 0x0d, SPACE);
mark(0x2000, 0x200a, SPACE);
for (let code = 0; code < 0x10000; code++) if (TABLE[code]! & SPACE) TABLE[code]! |= COLLAPSIBLE | UNCOUNTED;
mark(0x200b, 0x200b, COLLAPSIBLE);
mark(0x00, 0x20, UNCOUNTED);
mark(0x85, 0x85, UNCOUNTED);
mark(0x4e00, 0x9fff, HAN);
mark(0x3400, 0x4dbf, HAN);
mark(0xf900, 0xfaff, HAN);
mark(0x3007, 0x3007, HAN);
mark(0x30, 0x39, WORD);
mark(0x41, 0x5a, WORD);
mark(0x61, 0x7a, WORD);
mark(0x00, 0x2f, NOISE);
mark(0x3a, 0x40, NOISE);
mark(0x5b, 0x60, NOISE);
mark(0x7b, 0xbf, NOISE);
mark(0x2000, 0x2bff, NOISE);
mark(0x3000, 0x303f, NOISE);
mark(0xfe30, 0xfe4f, NOISE);
mark(0xff00, 0xff0f, NOISE);
mark(0xff1a, 0xff20, NOISE);
mark(0xff3b, 0xff40, NOISE);
mark(0xff5b, 0xff65, NOISE);
mark(0xfeff, 0xfeff, NOISE);

/** The classes of a UTF-16 code unit (0–0xFFFF), as a bit set of the constants above. */
export function classOf(code: number): number {
  return TABLE[code]!;
}
