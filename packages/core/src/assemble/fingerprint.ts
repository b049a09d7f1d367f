import { comparisonText } from "../stories/comparable.js";
import { hex32 } from "./hash.js";

const SHINGLE = 3;

/** White space, punctuation and symbols carry no content for near-duplicate detection. */
function isNoiseCharacter(code: number): boolean {
  return (
    code <= 0x2f ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0xbf) ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0xfeff
  );
}

/** `isNoiseCharacter` for every UTF-16 code unit, looked up once per character of the text. */
const NOISE = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) NOISE[code] = isNoiseCharacter(code) ? 1 : 0;

/**
 * 64-bit SimHash of character 3-grams of the text with white space and punctuation removed, as 16
 * hex digits. Copies of one story that differ in spacing, punctuation or a sentence or two differ
 * in few bits; compare with `hammingDistance`.
 */
export function fingerprint(text: string): string {
  // SimHash sets a bit when more than half of the shingle hashes have it. The per-bit counts are
  // packed four bits each: word k of a hash's four counts its bits k, k+4, …, k+28, so adding a
  // 32-bit hash is four masked adds; every 15 shingles (before a 4-bit count can overflow) they are
  // added to the full counts. One pass, no copy of the text: the last two content characters are
  // carried along.
  counts.fill(0);
  let l0 = 0;
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let packed = 0;
  let first = 0;
  let second = 0;
  let seen = 0;
  let shingles = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    let code: number;
    let low: number;
    if (i < length) {
      code = text.charCodeAt(i);
      if (NOISE[code] === 1) continue;
      if (code >= 0x41 && code <= 0x5a) code += 32;
      if (++seen < SHINGLE) {
        first = second;
        second = code;
        continue;
      }
      low = shingleHash(first, second, code);
      first = second;
      second = code;
    } else {
      if (seen === 0 || shingles > 0) break;
      // Fewer content characters than one shingle: the text itself is the only feature.
      low = shingleHash(seen === 2 ? first : 0, second, 0);
    }
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
      unpack(l0, l1, l2, l3, 0);
      unpack(h0, h1, h2, h3, 32);
      l0 = l1 = l2 = l3 = h0 = h1 = h2 = h3 = 0;
      packed = 0;
    }
  }
  if (seen === 0) return "0".repeat(16);
  unpack(l0, l1, l2, l3, 0);
  unpack(h0, h1, h2, h3, 32);
  return hex32(majority(32, shingles)) + hex32(majority(0, shingles));
}

/** Bit `b` of a shingle's low hash at index b, of its high hash at 32 + b (reused: a parse is synchronous). */
const counts = new Int32Array(64);
/** One bit in every nibble. */
const NIBBLES = 0x11111111;

function shingleHash(a: number, b: number, c: number): number {
  return mix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d));
}

/** Adds four words of packed 4-bit counts (word k: bits k, k+4, …) to the counts from `base`. */
function unpack(w0: number, w1: number, w2: number, w3: number, base: number): void {
  for (let n = 0; n < 32; n += 4) {
    counts[base + n]! += (w0 >>> n) & 15;
    counts[base + n + 1]! += (w1 >>> n) & 15;
    counts[base + n + 2]! += (w2 >>> n) & 15;
    counts[base + n + 3]! += (w3 >>> n) & 15;
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
  return fingerprint(comparisonText(title, text, Number.POSITIVE_INFINITY));
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

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
