import { EQUIVALENT_NAMES } from "@caixun/core/stories/equivalent-names";
import { heldConstant } from "../pipeline/kept-shapes.js";
import { comparisonBody, equivalentNames, finishComparison, nameAt } from "../stories/comparable.js";
import { CASED, classOf, NOISE } from "../text/char-class.js";
import { LEVELS, SHINGLE } from "./fingerprint-sizes.js";
import { hex32 } from "./hash.js";

/**
 * 64-bit SimHash of character 3-grams of the text with white space and punctuation removed, as 16
 * hex digits. Copies of one story that differ in spacing, punctuation or a sentence or two differ
 * in few bits; compare with `hammingDistance`.
 */
export function fingerprint(text: string): string {
  return simHash(text, false)!;
}

/**
 * `fingerprint` of the text; with `comparison`, of its lower case with each name of
 * `EQUIVALENT_NAMES` made one (`comparisonText`'s last steps), taken as the characters are read:
 * null when the text has a character `toLowerCase` may change other than an ASCII capital
 * (`CASED`), which the caller lowers the long way.
 */
function simHash(text: string, comparison: boolean): string | null {
  // SimHash sets a bit when more than half of the shingle hashes have it. The per-bit counts are
  // bit-sliced: bit b of word `planes[l]` is bit l of count b, so one word counts 32 bits at once.
  // Shingles are added in pairs, a carry-save adder (five operations a hash) leaving the sum in
  // the ones and a carry of weight 2; carries go on as a binary counter of pairs does (`carry`),
  // one level in two pairs, two in four…: about half the operations of per-bit 4-bit counters
  // (masked adds of each hash's four nibble-strided words, then spread and unpacked). One pass, no
  // copy of the text: the last two content characters are carried along.
  planes.fill(0);
  let lowOnes = 0;
  let highOnes = 0;
  let lowHeld = 0;
  let highHeld = 0;
  let first = 0;
  let second = 0;
  let seen = 0;
  let shingles = 0;
  // A name's replacement being read in place of the name, and where one may start; without
  // `comparison`, no character starts a name and none is cased. Chosen once here, not tested at each
  // character: V8's optimized loop tested the parameter's truth at every character as for any value
  // (false, "", a number, a BigInt…), not as a boolean.
  let name = "";
  const nameStarts = comparison ? equivalentNames().starts : NO_NAME_STARTS;
  const cased = comparison ? CASED : 0;
  let inName = 0;
  const length = text.length;
  for (let i = 0; ; ) {
    let code: number;
    let classes: number;
    if (inName < name.length) {
      code = name.charCodeAt(inName++);
      classes = classOf(code);
    } else if (i < length) {
      code = text.charCodeAt(i);
      classes = classOf(code);
      if ((classes & cased) !== 0) return null;
      if (nameStarts[code & 1023] === 1) {
        const key = nameAt(text, i);
        if (key !== null) {
          name = EQUIVALENT_NAMES[key]!;
          inName = 0;
          i += key.length;
          continue;
        }
      }
      i++;
    } else break;
    if ((classes & NOISE) !== 0) continue;
    if (code >= 0x41 && code <= 0x5a) code += 32;
    if (++seen < SHINGLE) {
      first = second;
      second = code;
      continue;
    }
    const low = shingleHash(first, second, code);
    first = second;
    second = code;
    const high = mix((low + 0x27d4eb2f) | 0);
    if ((shingles & 1) === 0) {
      lowHeld = low;
      highHeld = high;
    } else {
      // ones + held + this: the sum bit stays in the ones, the carry (weight 2) goes on.
      const lowHalf = lowOnes ^ lowHeld;
      const highHalf = highOnes ^ highHeld;
      carry((lowOnes & lowHeld) | (lowHalf & low), (highOnes & highHeld) | (highHalf & high), shingles >>> 1);
      lowOnes = lowHalf ^ low;
      highOnes = highHalf ^ high;
    }
    shingles++;
  }
  if (seen === 0) return "0".repeat(16);
  if (shingles === 0) {
    // Fewer content characters than one shingle: the text itself is the only feature, so each
    // bit is that one hash's.
    const low = shingleHash(seen === 2 ? first : 0, second, 0);
    return hex32(mix((low + 0x27d4eb2f) | 0)) + hex32(low);
  }
  // The counts made whole: the ones, a shingle left without its pair, and the carries still held.
  addAt(0, lowOnes);
  addAt(LEVELS, highOnes);
  if ((shingles & 1) !== 0) {
    addAt(0, lowHeld);
    addAt(LEVELS, highHeld);
  }
  for (let level = 1, pairs = shingles >>> 1; pairs !== 0; level++, pairs >>>= 1) {
    if ((pairs & 1) === 0) continue;
    addAt(level, held[level]!);
    addAt(LEVELS + level, held[LEVELS + level]!);
  }
  const threshold = Math.floor(shingles / 2) + 1;
  return hex32(atLeast(LEVELS, threshold)) + hex32(atLeast(0, threshold));
}

/** `simHash`'s first characters of names when it makes none one: a table where no character starts a name. */
const NO_NAME_STARTS = new Uint8Array(1024);

/**
 * The bit-sliced counts (reused: a parse is synchronous): bit b of `planes[l]` is bit l of the count
 * of the low hash's bit b, of `planes[LEVELS + l]` the high hash's.
 */
const planes = new Int32Array(2 * LEVELS);
/**
 * Carries waiting for a second of their level, as `planes`: level l's is there when bit l − 1 of the
 * number of pairs added is set (stale otherwise).
 */
const held = new Int32Array(2 * LEVELS);

/** The low 32 bits of a shingle's hash; its high 32 bits are `mix(low + 0x27d4eb2f)`. */
export function shingleHash(a: number, b: number, c: number): number {
  return mix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d));
}

/**
 * The bit-sliced counts' operations, reading `planes` and `held` as constants (`heldConstant`): the loop
 * of `simHash` inlines them.
 */
const { carry, addAt, atLeast } = heldConstant({ planes, held }, ({ planes, held }) => ({
  /**
   * Adds the carries of weight 2 of pair `pairs` (0-based): a held carry of the same level and that
   * level's plane make a carry of the next (carry-save), until a level holds none, which keeps it.
   */
  carry(low: number, high: number, pairs: number): void {
    let level = 1;
    for (; (pairs & 1) !== 0; pairs >>>= 1, level++) {
      const lowPlane = planes[level]!;
      const highPlane = planes[LEVELS + level]!;
      const lowHeldCarry = held[level]!;
      const highHeldCarry = held[LEVELS + level]!;
      const lowHalf = lowPlane ^ lowHeldCarry;
      const highHalf = highPlane ^ highHeldCarry;
      planes[level] = lowHalf ^ low;
      planes[LEVELS + level] = highHalf ^ high;
      low = (lowPlane & lowHeldCarry) | (lowHalf & low);
      high = (highPlane & highHeldCarry) | (highHalf & high);
    }
    held[level] = low;
    held[LEVELS + level] = high;
  },
  /** Adds one to the counts of the bits set in `word`, at weight 2^(index's level), carrying up. */
  addAt(index: number, word: number): void {
    for (let at = index; word !== 0; at++) {
      const plane = planes[at]!;
      planes[at] = plane ^ word;
      word &= plane;
    }
  },
  /** The word whose bit b is set when count b (the bit-sliced counts from `base`) is at least `threshold`. */
  atLeast(base: number, threshold: number): number {
    let greater = 0;
    let equal = -1;
    for (let level = LEVELS - 1; level >= 0; level--) {
      const plane = planes[base + level]!;
      if (((threshold >>> level) & 1) !== 0) equal &= plane;
      else {
        greater |= equal & plane;
        equal &= ~plane;
      }
    }
    return greater | equal;
  },
}));

/**
 * The Article's fingerprint: the SimHash of its comparison text (the text stories compare, without
 * a leading headline, dateline or trailing credit; the title when there is no text).
 */
export function textFingerprint(title: string, text: string): string {
  const body = comparisonBody(title, text);
  return simHash(body, true) ?? fingerprint(finishComparison(body, Number.POSITIVE_INFINITY));
}

/** Number of differing bits between two fingerprints (0 = same text after normalisation). */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (Number.parseInt(a.slice(i, i + 8), 16) ^ Number.parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      distance++;
    }
  }
  return distance;
}

/** A 32-bit finaliser (MurmurHash3's). */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
