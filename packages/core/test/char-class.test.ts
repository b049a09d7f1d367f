import { describe, expect, it } from "vitest";
import { COLLAPSIBLE, classOf, HAN, NOISE, SPACE, UNCOUNTED, WORD } from "../src/text/char-class.js";

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
});
