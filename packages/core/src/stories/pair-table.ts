/**
 * A set of character pairs (two UTF-16 code units each) written as a short ASCII string, for tables
 * shipped in the bundles (`common-pairs.ts`, 2,412 pairs: 25 KB as a string literal, which esbuild
 * writes as `\uXXXX` escapes, 8.2 KB gzipped; 4.5 KB and 3.7 KB so). The pairs are written as the
 * characters they use, in code-unit order, then each pair as the positions of its two characters in
 * that list, in order; each list is written as the gaps between its numbers, because sorted lists of
 * a few thousand numbers out of a few hundred thousand have small gaps. A number is written in base
 * 32, most significant digit first: the last digit as one of `DIGITS`' first 32 symbols, the others
 * as one of its last 32 (so no separator is needed). A space separates the two lists.
 */
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

/** `pairs` (any order, each two code units long) packed; `unpackPairs` gives them back. */
export function packPairs(pairs: Iterable<string>): string {
  const distinct = [...new Set(pairs)];
  const chars = [...new Set(distinct.flatMap((pair) => [pair.charCodeAt(0), pair.charCodeAt(1)]))].sort(
    (a, b) => a - b,
  );
  const position = new Map(chars.map((code, index) => [code, index]));
  const codes = distinct
    .map((pair) => position.get(pair.charCodeAt(0))! * chars.length + position.get(pair.charCodeAt(1))!)
    .sort((a, b) => a - b);
  return `${gaps(chars)} ${gaps(codes)}`;
}

/** The pairs `packPairs` packed, in code-unit order. */
export function unpackPairs(packed: string): string[] {
  const space = packed.indexOf(" ");
  const chars = numbers(packed.slice(0, space));
  return numbers(packed.slice(space + 1)).map((code) =>
    String.fromCharCode(chars[Math.floor(code / chars.length)]!, chars[code % chars.length]!),
  );
}

/** A sorted list of numbers as the gaps between them (the first from 0), each in base 32. */
function gaps(sorted: readonly number[]): string {
  let out = "";
  let previous = 0;
  for (const n of sorted) {
    let gap = n - previous;
    let digits = DIGITS[gap % 32]!;
    for (gap = Math.floor(gap / 32); gap > 0; gap = Math.floor(gap / 32))
      digits = DIGITS[32 + (gap % 32)]! + digits;
    out += digits;
    previous = n;
  }
  return out;
}

/** The sorted numbers `gaps` wrote. */
function numbers(written: string): number[] {
  const out: number[] = [];
  let previous = 0;
  let value = 0;
  for (let i = 0; i < written.length; i++) {
    const digit = DIGITS.indexOf(written[i]!);
    if (digit >= 32) {
      value = value * 32 + digit - 32;
      continue;
    }
    previous += value * 32 + digit;
    out.push(previous);
    value = 0;
  }
  return out;
}
