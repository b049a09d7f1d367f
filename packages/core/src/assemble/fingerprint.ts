import {
  comparisonBody,
  EQUIVALENT_NAMES,
  finishComparison,
  mayStartName,
  nameAt,
} from "../stories/comparable.js";
import { CASED, classOf, NOISE } from "../text/char-class.js";
import { hex32 } from "./hash.js";

const SHINGLE = 3;

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
  // packed four bits each: word k of a hash's four counts its bits k, k+4, …, k+28, so adding a
  // 32-bit hash is four masked adds; every 15 shingles (before a 4-bit count can overflow) the
  // nibbles are spread into byte-wide counts (`spread`), and every 17 spreads (before a byte can
  // overflow) those are added to the full counts (`unpack`): unpacking 64 counts every 15 shingles
  // cost about as much as the adds themselves. One pass, no copy of the text: the last two content
  // characters are carried along.
  counts.fill(0);
  bytes.fill(0);
  let l0 = 0;
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let packed = 0;
  let spreads = 0;
  let first = 0;
  let second = 0;
  let seen = 0;
  let shingles = 0;
  // A name's replacement being read in place of the name (`comparison` only).
  let name = "";
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
      if (comparison) {
        if ((classes & CASED) !== 0) return null;
        if (mayStartName(code)) {
          const key = nameAt(text, i);
          if (key !== null) {
            name = EQUIVALENT_NAMES[key]!;
            inName = 0;
            i += key.length;
            continue;
          }
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
    l0 = (l0 + (low & NIBBLES)) | 0;
    l1 = (l1 + ((low >>> 1) & NIBBLES)) | 0;
    l2 = (l2 + ((low >>> 2) & NIBBLES)) | 0;
    l3 = (l3 + ((low >>> 3) & NIBBLES)) | 0;
    h0 = (h0 + (high & NIBBLES)) | 0;
    h1 = (h1 + ((high >>> 1) & NIBBLES)) | 0;
    h2 = (h2 + ((high >>> 2) & NIBBLES)) | 0;
    h3 = (h3 + ((high >>> 3) & NIBBLES)) | 0;
    shingles++;
    if (++packed === 15) {
      spread(l0, l1, l2, l3, 0);
      spread(h0, h1, h2, h3, 8);
      l0 = l1 = l2 = l3 = h0 = h1 = h2 = h3 = 0;
      packed = 0;
      if (++spreads === 17) {
        unpack();
        spreads = 0;
      }
    }
  }
  if (seen === 0) return "0".repeat(16);
  if (shingles === 0) {
    // Fewer content characters than one shingle: the text itself is the only feature, so each
    // bit is that one hash's.
    const low = shingleHash(seen === 2 ? first : 0, second, 0);
    return hex32(mix((low + 0x27d4eb2f) | 0)) + hex32(low);
  }
  spread(l0, l1, l2, l3, 0);
  spread(h0, h1, h2, h3, 8);
  unpack();
  return hex32(majority(32, shingles)) + hex32(majority(0, shingles));
}

/** Bit `b` of a shingle's low hash at index b, of its high hash at 32 + b (reused: a parse is synchronous). */
const counts = new Int32Array(64);
/**
 * Byte-wide counts between unpacks: for word k of the low hash's nibble counts, `bytes[2k]` holds
 * bits k, k+8, k+16, k+24 and `bytes[2k + 1]` bits k+4, k+12, k+20, k+28, one byte each; the high
 * hash's from index 8.
 */
const bytes = new Int32Array(16);
/** One bit in every nibble. */
const NIBBLES = 0x11111111;
/** The low nibble of every byte. */
const LOW_NIBBLES = 0x0f0f0f0f;

/** The low 32 bits of a shingle's hash; its high 32 bits are `mix(low + 0x27d4eb2f)`. */
export function shingleHash(a: number, b: number, c: number): number {
  return mix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d));
}

/** Adds four words of packed 4-bit counts (word k: bits k, k+4, …) to the byte-wide counts from `base`. */
function spread(w0: number, w1: number, w2: number, w3: number, base: number): void {
  bytes[base]! += w0 & LOW_NIBBLES;
  bytes[base + 1]! += (w0 >>> 4) & LOW_NIBBLES;
  bytes[base + 2]! += w1 & LOW_NIBBLES;
  bytes[base + 3]! += (w1 >>> 4) & LOW_NIBBLES;
  bytes[base + 4]! += w2 & LOW_NIBBLES;
  bytes[base + 5]! += (w2 >>> 4) & LOW_NIBBLES;
  bytes[base + 6]! += w3 & LOW_NIBBLES;
  bytes[base + 7]! += (w3 >>> 4) & LOW_NIBBLES;
}

/** Adds the byte-wide counts to the full counts and clears them. */
function unpack(): void {
  for (let word = 0; word < 16; word++) {
    const packed = bytes[word]!;
    // Low hash words 0–7, high hash words 8–15; within a hash, word 2k + odd holds bits k + 4·odd + 8·j.
    const bit = (word >= 8 ? 32 : 0) + ((word & 7) >> 1) + (word & 1) * 4;
    counts[bit]! += packed & 0xff;
    counts[bit + 8]! += (packed >>> 8) & 0xff;
    counts[bit + 16]! += (packed >>> 16) & 0xff;
    counts[bit + 24]! += packed >>> 24;
    bytes[word] = 0;
  }
}

/** The word whose bit b is set when count b (from `base`) is more than half of `total`. */
function majority(base: number, total: number): number {
  const threshold = Math.floor(total / 2) + 1;
  let word = 0;
  for (let b = 0; b < 32; b++) if (counts[base + b]! >= threshold) word |= 1 << b;
  return word;
}

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
