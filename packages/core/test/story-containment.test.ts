import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containment, containmentBelow, pairsReaching } from "../src/stories/compare.js";
import type { Features } from "../src/stories/features.js";
import { PairPositions } from "../src/stories/pair-positions.js";

/** A text's pairs as `containment` reads them: only `firstAt` of the longer text is used. */
function longText(pairs: number[]): Features {
  return { firstAt: new PairPositions(Int32Array.from(pairs)) } as Features;
}

describe("containmentBelow", () => {
  it("tells whether containment is below a share exactly where rounding could differ (3 of 10 against 0.3)", () => {
    const pairs = Int32Array.from([1, 2, 3, 90, 91, 92, 93, 94, 95, 96]);
    const long = longText([1, 2, 3]);
    expect(containment(pairs, 0, 10, long, 100)).toBe(0.3);
    // 0.3 * 10 is 3.0000000000000004: a count compared with it would call 3 of 10 below 0.3.
    expect(containmentBelow(pairs, 0, 10, long, 100, 0.3)).toBe(false);
    expect(containmentBelow(pairs, 0, 10, long, 100, 0.31)).toBe(true);
    // Only pairs first found within the opening count: two of them here.
    expect(containmentBelow(pairs, 0, 10, long, 3, 0.25)).toBe(true);
    expect(containmentBelow(pairs, 0, 10, long, 100, 0.25)).toBe(false);
    expect(containmentBelow(pairs, 5, 5, long, 100, 1)).toBe(false);
  });

  it("answers containment(…) < min for any pairs, range, opening and share", () => {
    const share = fc.oneof(
      fc.constantFrom(0, 0.3, 0.5, 0.6, 1, 1.5),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 12 }).chain((n) => fc.integer({ min: 0, max: n }).map((k) => k / n)),
    );
    fc.assert(
      fc.property(
        // A small alphabet, so that many pairs are found and every boundary is met.
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 40 }),
        fc.nat(45),
        fc.nat(45),
        fc.nat(50),
        share,
        (shortPairs, longPairs, a, b, opening, min) => {
          const pairs = Int32Array.from(shortPairs);
          const long = longText(longPairs);
          const from = Math.min(a, b, pairs.length);
          const to = Math.min(Math.max(a, b), pairs.length);
          expect(containmentBelow(pairs, from, to, long, opening, min)).toBe(
            containment(pairs, from, to, long, opening) < min,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("pairsReaching", () => {
  it("is the fewest pairs whose share reaches min, as the share divides (3 of 10 reach 0.3; none reaches 1.5)", () => {
    expect(pairsReaching(0.3, 10)).toBe(3);
    expect(pairsReaching(0.31, 10)).toBe(4);
    expect(pairsReaching(0.5, 7)).toBe(4);
    expect(pairsReaching(0, 5)).toBe(0);
    expect(pairsReaching(1, 5)).toBe(5);
    expect(pairsReaching(1.5, 5)).toBe(6);
  });

  it("answers found / length >= min exactly when found >= it, for any share and length", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        (min, length) => {
          const need = pairsReaching(min, length);
          for (const found of [need - 1, need, need + 1])
            if (found >= 0 && found <= length) expect(found / length >= min).toBe(found >= need);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
