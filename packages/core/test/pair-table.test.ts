// The packed form of the stories' character-pair tables (`src/stories/pair-table.ts`), on the
// shipped table (`src/stories/common-pairs.ts`, whose file comment names four of its pairs) and on
// arbitrary sets of pairs, lone surrogates and the characters around the digits' bounds included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_PAIRS } from "../src/stories/common-pairs.js";
import { packPairs, unpackPairs } from "../src/stories/pair-table.js";

describe("packPairs / unpackPairs", () => {
  it("unpacks the common-pairs table to its 2,412 distinct pairs, in code-unit order", () => {
    const pairs = unpackPairs(COMMON_PAIRS);
    expect(pairs).toHaveLength(2412);
    expect(new Set(pairs).size).toBe(2412);
    expect(pairs).toEqual([...pairs].sort());
    expect(pairs).toEqual(expect.arrayContaining(["公司", "同比", "指数", "11"]));
    expect(pairs.slice(0, 3)).toEqual(["00", "01", "02"]);
    expect(packPairs(pairs)).toBe(COMMON_PAIRS);
  });

  it("gives back any set of pairs, each once, in code-unit order (fast-check)", () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.constantFrom(0, 31, 32, 33, 1023, 1024, 1025, 0xd800, 0xdfff, 0xffff),
    );
    const pair = fc.tuple(unit, unit).map(([a, b]) => String.fromCharCode(a, b));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 300 }), (pairs) => {
        expect(unpackPairs(packPairs(pairs))).toEqual([...new Set(pairs)].sort());
      }),
      { numRuns: 2000 },
    );
  });
});
