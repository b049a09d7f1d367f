import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerBound } from "../src/lower-bound.js";

/** The answer by a walk from the start: the first index whose key is at or after `value`. */
function firstAtOrAfter<T>(sorted: readonly T[], value: number, keyOf: (item: T) => number): number {
  const index = sorted.findIndex((item) => keyOf(item) >= value);
  return index === -1 ? sorted.length : index;
}

describe("lowerBound", () => {
  it("finds where a number is, or would go, among sorted numbers (repeats: the first of them)", () => {
    const hours = [3, 5, 5, 5, 9];
    const hourOf = (hour: number) => hour;
    expect([0, 3, 4, 5, 6, 9, 10].map((hour) => lowerBound(hours, hour, hourOf))).toEqual([
      0, 0, 1, 1, 4, 4, 5,
    ]);
    expect(lowerBound([], 7, hourOf)).toBe(0);
  });

  it("reads records through the accessor: the first key at or after an instant", () => {
    const posting = [
      { at: 100, id: "a" },
      { at: 250, id: "b" },
      { at: 250, id: "c" },
      { at: 900, id: "d" },
    ];
    const instantOf = (key: { at: number }) => key.at;
    expect(posting[lowerBound(posting, 200, instantOf)]!.id).toBe("b");
    expect(posting[lowerBound(posting, 250, instantOf)]!.id).toBe("b");
    expect(lowerBound(posting, 901, instantOf)).toBe(posting.length);
    expect(lowerBound(posting, -Infinity, instantOf)).toBe(0);
  });

  it("agrees with a walk from the start on any sorted list and value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 200 }),
        fc.integer({ min: -1100, max: 1100 }),
        (numbers, value) => {
          const sorted = numbers.map((at, order) => ({ at, order })).sort((a, b) => a.at - b.at);
          const instantOf = (key: { at: number }) => key.at;
          expect(lowerBound(sorted, value, instantOf)).toBe(firstAtOrAfter(sorted, value, instantOf));
          const plain = sorted.map((key) => key.at);
          expect(lowerBound(plain, value, (n) => n)).toBe(firstAtOrAfter(plain, value, (n) => n));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
