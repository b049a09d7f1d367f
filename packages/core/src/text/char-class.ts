import { heldConstant } from "../pipeline/kept-shapes.js";
import { CASED, COLLAPSIBLE, HAN, NFKC_STABLE, NOISE, SPACE, UNCOUNTED, WORD } from "./char-class-bits.js";

/**
 * Classes of UTF-16 code units that the text loops test on every character (collapsing white
 * space, the comparison text, the Article's stats, the fingerprint), as one table built once: one load per character
 * instead of a chain of up to a dozen comparisons, which a Han character — the common case — ran to
 * its end. Each class's characters are marked here and nowhere else, its bit in `char-class-bits.ts`.
 */

export { CASED, COLLAPSIBLE, HAN, NFKC_STABLE, NOISE, SPACE, UNCOUNTED, WORD } from "./char-class-bits.js";

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
mark(0x80, 0xffff, CASED);
/** The caseless ranges left out of `CASED`: [from, to] each. */
const CASELESS = [
  [0x80, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2000, 0x20ff],
  [0x2190, 0x245f],
  [0x2500, 0x2bff],
  [0x3000, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff20],
  [0xff3b, 0xffef],
] as const;
for (const [from, to] of CASELESS) for (let code = from; code <= to; code++) TABLE[code]! &= ~CASED;
mark(0x00, 0xff, NFKC_STABLE);
mark(0x2010, 0x205e, NFKC_STABLE);
mark(0x2190, 0x2bff, NFKC_STABLE);
mark(0x3001, 0x30ff, NFKC_STABLE);
mark(0x3400, 0x4dbf, NFKC_STABLE);
mark(0x4e00, 0x9fff, NFKC_STABLE);
/** The code units of those ranges that NFKC maps, or that are marks: [from, to] each. */
const NFKC_CHANGES = [
  [0xa0, 0xa0],
  [0xa8, 0xa8],
  [0xaa, 0xaa],
  [0xaf, 0xaf],
  [0xb2, 0xb5],
  [0xb8, 0xba],
  [0xbc, 0xbe],
  [0x2011, 0x2011],
  [0x2017, 0x2017],
  [0x2024, 0x2026],
  [0x202f, 0x202f],
  [0x2033, 0x2034],
  [0x2036, 0x2037],
  [0x203c, 0x203c],
  [0x203e, 0x203e],
  [0x2047, 0x2049],
  [0x2057, 0x2057],
  [0x205f, 0x205f],
  [0x222c, 0x222d],
  [0x222f, 0x2230],
  [0x2329, 0x232a],
  [0x2460, 0x24ea],
  [0x2a0c, 0x2a0c],
  [0x2a74, 0x2a76],
  [0x2adc, 0x2adc],
  [0x302a, 0x302f],
  [0x3036, 0x3036],
  [0x3038, 0x303a],
  [0x3099, 0x309c],
  [0x309f, 0x309f],
  [0x30ff, 0x30ff],
] as const;
for (const [from, to] of NFKC_CHANGES) for (let code = from; code <= to; code++) TABLE[code]! &= ~NFKC_STABLE;

/**
 * The classes of a UTF-16 code unit (0–0xFFFF), as a bit set of the constants above; the table read as a
 * constant by the loops that inline this (`heldConstant`).
 */
export const classOf = heldConstant(
  TABLE,
  (table) =>
    function classOf(code: number): number {
      return table[code]!;
    },
);
