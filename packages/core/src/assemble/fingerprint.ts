import { hex32 } from "./hash.js";

/** Characters that carry no content for near-duplicate detection. */
const NOISE = /[\s\p{P}\p{S}]/gu;
const SHINGLE = 3;

/**
 * 64-bit SimHash of character 3-grams of the text with white space and punctuation removed, as 16
 * hex digits. Copies of one story that differ in spacing, punctuation or a sentence or two differ
 * in few bits; compare with `hammingDistance`.
 */
export function fingerprint(text: string): string {
  const normalised = text.replace(NOISE, "").toLowerCase();
  const counts = new Int32Array(64);
  const n = normalised.length;
  if (n === 0) return "0".repeat(16);
  const last = Math.max(1, n - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    let lo = 0x811c9dc5;
    let hi = 0x01000193;
    for (let j = i; j < i + SHINGLE && j < n; j++) {
      const ch = normalised.charCodeAt(j);
      lo = Math.imul(lo ^ ch, 16777619);
      hi = Math.imul(hi ^ ch, 2246822519);
    }
    lo = mix(lo);
    hi = mix(hi ^ lo);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += (lo >>> bit) & 1 ? 1 : -1;
      counts[bit + 32]! += (hi >>> bit) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) lo |= 1 << bit;
    if (counts[bit + 32]! > 0) hi |= 1 << bit;
  }
  return hex32(hi) + hex32(lo);
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
