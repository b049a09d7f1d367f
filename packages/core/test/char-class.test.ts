import { describe, expect, it } from "vitest";
import {
  CASED,
  COLLAPSIBLE,
  classOf,
  HAN,
  NFKC_STABLE,
  NOISE,
  SPACE,
  UNCOUNTED,
  WORD,
} from "../src/text/char-class.js";

/** Every UTF-16 code unit whose classes include `bit`. */
function unitsOf(bit: number): number[] {
  const units: number[] = [];
  for (let code = 0; code < 0x10000; code++) if ((classOf(code) & bit) !== 0) units.push(code);
  return units;
}

/** Every UTF-16 code unit that a one-character pattern matches. */
function unitsMatching(pattern: RegExp): number[] {
  const units: number[] = [];
  for (let code = 0; code < 0x10000; code++) if (pattern.test(String.fromCharCode(code))) units.push(code);
  return units;
}

describe("character classes", () => {
  it("SPACE is exactly JavaScript's \\s", () => {
    expect(unitsOf(SPACE)).toEqual(unitsMatching(/^\s$/));
    expect(unitsOf(SPACE)).toHaveLength(25);
  });

  it("COLLAPSIBLE is exactly what collapsing white space replaces: \\s and U+200B", () => {
    expect(unitsOf(COLLAPSIBLE)).toEqual(unitsMatching(/^[\s\u00a0\u3000\u200b\ufeff]$/));
    expect(unitsOf(COLLAPSIBLE)).toEqual([...unitsOf(SPACE), 0x200b].sort((a, b) => a - b));
  });

  it("UNCOUNTED is white space, the C0 controls and NEL", () => {
    expect(unitsOf(UNCOUNTED)).toEqual(unitsMatching(/^[\s\u0000-\u001f\u0085]$/));
    expect(unitsOf(UNCOUNTED)).toHaveLength(25 + 32 - 5 + 1);
  });

  it("HAN is the BMP's ideographs the stats count", () => {
    expect(unitsOf(HAN)).toEqual(unitsMatching(/^[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3007]$/));
    expect(unitsOf(HAN)).toHaveLength(20992 + 6592 + 512 + 1);
  });

  it("WORD is ASCII letters and digits", () => {
    expect(unitsOf(WORD)).toEqual(unitsMatching(/^[0-9A-Za-z]$/));
    expect(unitsOf(WORD)).toHaveLength(62);
  });

  it("NOISE is the fingerprint's white space, punctuation and symbols", () => {
    expect(unitsOf(NOISE)).toEqual(
      unitsMatching(
        /^[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u2000-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufeff]$/,
      ),
    );
    expect(unitsOf(NOISE)).toHaveLength(48 + 7 + 6 + 69 + 3072 + 64 + 32 + 16 + 7 + 6 + 11 + 1);
  });

  it("CASED holds every code unit whose lower case is not itself, but for ASCII capitals", () => {
    const changed: number[] = [];
    for (let code = 0x80; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      if (unit.toLowerCase() !== unit) changed.push(code);
    }
    const cased = unitsOf(CASED);
    expect(changed.filter((code) => !cased.includes(code))).toEqual([]);
    // Surrogates (a pair's case is its code point's: 𐐀 → 𐐨), and Σ, whose lower case depends on what follows.
    for (const code of [0xd801, 0xdc00, 0x3a3, 0x130]) expect(cased).toContain(code);
    expect("\u{10400}".toLowerCase()).not.toBe("\u{10400}");
    expect(cased.filter((code) => code < 0x80)).toEqual([]);
    expect(cased).toHaveLength(65536 - 128 - 64 - 2 - 256 - 720 - 1792 - 28672 - 512 - 32 - 33 - 181);
  });

  it("NFKC_STABLE is what NFKC leaves alone in its ranges, marks left out", () => {
    const ranges = [
      [0x00, 0xff],
      [0x2010, 0x205e],
      [0x2190, 0x2bff],
      [0x3001, 0x30ff],
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
    ];
    const expected: number[] = [];
    for (const [from, to] of ranges) {
      for (let code = from!; code <= to!; code++) {
        const unit = String.fromCharCode(code);
        if (unit.normalize("NFKC") === unit && !/\p{M}/u.test(unit)) expected.push(code);
      }
    }
    expect(unitsOf(NFKC_STABLE)).toEqual(expected);
    // Nothing composes with them: no jamo, no surrogate, and an ideograph after one stays apart.
    expect(
      unitsOf(NFKC_STABLE).filter((code) => (code >= 0x1100 && code <= 0x11ff) || code >= 0xd800),
    ).toEqual([]);
    expect("a中·…".normalize("NFKC")).toBe("a中·...");
  });
});
