// A JSON body must be UTF-8 (`src/utf8-body.ts`): the offset of the first malformed sequence (core's
// `firstInvalidUtf8`, the one test of UTF-8 the API and core's stream decoder share), checked against the platform's
// own strict decoder on arbitrary bytes.

import { firstInvalidUtf8 } from "@caixun/core/policy";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { utf8Text } from "../../src/utf8-body.js";

const strict = new TextDecoder("utf-8", { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe("firstInvalidUtf8", () => {
  test("names the first byte of each malformed class", () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(new Uint8Array(bytes));
    expect(at(0x61, 0xe6, 0xb6, 0xa8)).toBe(-1); // a涨
    expect(at(0x61, 0xff)).toBe(1); // never in UTF-8
    expect(at(0x61, 0xc0, 0xaf)).toBe(1); // an overlong "/"
    expect(at(0xe0, 0x80, 0xaf)).toBe(0); // an overlong three-byte "/"
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a surrogate (U+D800)
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // U+110000
    expect(at(0x61, 0x62, 0xe6, 0xb6)).toBe(2); // cut short at the end
    expect(at(0x80)).toBe(0); // a continuation byte alone
  });

  test("is -1 exactly when the strict decoder reads the bytes, and the bytes before it decode (fast-check)", () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xa0, 0x9f, 0x90, 0x8f),
    );
    const text = fc.string({ unit: "grapheme", maxLength: 8 }).map((s) => [...new TextEncoder().encode(s)]);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            text,
            byte.map((b) => [b]),
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const bytes = new Uint8Array(parts.flat());
          const at = firstInvalidUtf8(bytes);
          expect(at === -1).toBe(decodes(bytes));
          if (at >= 0) expect(decodes(bytes.subarray(0, at))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("utf8Text", () => {
  test("reads UTF-8 without its BOM, and refuses what is not UTF-8 with a 400 that names the byte", () => {
    expect(utf8Text(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), "the JSON body")).toBe("{}");
    expect(() => utf8Text(new Uint8Array([0x7b, 0x22, 0xb8, 0x22, 0x7d]), "the JSON body")).toThrow(
      "the JSON body is not UTF-8: byte 2 (0xb8) begins no UTF-8 sequence",
    );
  });
});
