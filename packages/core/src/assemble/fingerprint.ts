import { hex32 } from "./hash.js";

const SHINGLE = 3;
/** Bit planes of the vertical counters: enough for 2^26 shingles, more than MAX_INPUT_SIZE allows. */
const PLANES = 26;

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
  // kept as vertical (bit-sliced) counters, so adding a 32-bit hash costs a few word operations
  // rather than 32 separate increments. One pass, no copy of the text: the last two content
  // characters are carried along.
  low.fill(0);
  high.fill(0);
  let first = 0;
  let second = 0;
  let seen = 0;
  let shingles = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (NOISE[code] === 1) continue;
    if (code >= 0x41 && code <= 0x5a) code += 32;
    if (++seen >= SHINGLE) {
      addShingle(first, second, code);
      shingles++;
    }
    first = second;
    second = code;
  }
  if (seen === 0) return "0".repeat(16);
  if (shingles === 0) {
    // Fewer content characters than one shingle: the text itself is the only feature.
    addShingle(seen === 2 ? first : 0, second, 0);
    shingles = 1;
  }
  return hex32(majority(high, shingles)) + hex32(majority(low, shingles));
}

/** Counters reused by every call (a parse is synchronous, so calls never overlap). */
const low = new Int32Array(PLANES);
const high = new Int32Array(PLANES);

function addShingle(a: number, b: number, c: number): void {
  const lo = mix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d));
  addToColumns(low, lo);
  addToColumns(high, mix((lo + 0x27d4eb2f) | 0));
}

/** Adds each bit of `word` to its column's counter (ripple-carry across the planes). */
function addToColumns(planes: Int32Array, word: number): void {
  let carry = word;
  for (let k = 0; carry !== 0 && k < PLANES; k++) {
    const next = planes[k]! & carry;
    planes[k]! ^= carry;
    carry = next;
  }
}

/** The word whose bit b is set when column b counted more than half of `total`. */
function majority(planes: Int32Array, total: number): number {
  // Bit-sliced comparison of every column's count with floor(total / 2) + 1: subtract it plane by
  // plane and keep the borrow; a column whose subtraction does not borrow counted at least that.
  const threshold = Math.floor(total / 2) + 1;
  let borrow = 0;
  for (let k = 0; k < PLANES; k++) {
    const a = planes[k]!;
    const b = (threshold >>> k) & 1 ? -1 : 0;
    borrow = (~a & b) | (~(a ^ b) & borrow);
  }
  return ~borrow;
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
