import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { featuresOf } from "../src/stories/features.js";
import { PairPositions } from "../src/stories/pair-positions.js";
import { DEFAULT_STORY_SETTINGS } from "../src/stories/settings.js";

/** The first position of every distinct pair, as a Map: what the table must answer. */
function firstPositions(pairs: Int32Array): Map<number, number> {
  const first = new Map<number, number>();
  for (let i = 0; i < pairs.length; i++) if (!first.has(pairs[i]!)) first.set(pairs[i]!, i);
  return first;
}

describe("PairPositions", () => {
  it("answers each pair's first position, and -1 for a pair the text lacks", () => {
    // 上证 指数 上证 again: the repeat keeps its first position.
    const pairs = Int32Array.of(0x4e0a8bc1, 0x63078570, 0x4e0a8bc1, -1, 0);
    const table = new PairPositions(pairs);
    expect(table.positionOf(0x4e0a8bc1)).toBe(0);
    expect(table.positionOf(0x63078570)).toBe(1);
    // Any 32-bit value is a pair: the table has no key it cannot hold.
    expect(table.positionOf(-1)).toBe(3);
    expect(table.positionOf(0)).toBe(4);
    expect(table.positionOf(0x4e0a4e0a)).toBe(-1);
    expect(table.has(0x63078570)).toBe(true);
    expect(table.has(7)).toBe(false);
    expect(new PairPositions(new Int32Array(0)).positionOf(0)).toBe(-1);
  });

  it("agrees with a Map of first positions on any pairs, colliding or not", () => {
    // Few distinct values, so repeats and probe chains are common; and any 32-bit value.
    const pair = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 300 }), fc.array(pair, { maxLength: 50 }), (list, probes) => {
        const pairs = Int32Array.from(list);
        const table = new PairPositions(pairs);
        const expected = firstPositions(pairs);
        for (const p of [...list, ...probes]) expect(table.positionOf(p)).toBe(expected.get(p) ?? -1);
      }),
      { numRuns: 300 },
    );
  });

  it("is sized by the distinct pairs, at most half full, whatever the pairs and the tables made before", () => {
    // 40 pairs, 20 of them distinct (each twice): 64 slots of 8 bytes, where all 40 would take 128,
    // and a filter of one byte a slot (16 bits a distinct pair).
    const twice = Int32Array.from({ length: 40 }, (_, i) => 0x4e0a0000 + (i % 20));
    expect(new PairPositions(twice).byteLength).toBe(512 + 64);
    expect(new PairPositions(twice.subarray(0, 20)).byteLength).toBe(512 + 64);
    expect(new PairPositions(twice.subarray(0, 21)).byteLength).toBe(512 + 64);
    // The smallest table and filter: two slots, one 32-bit word.
    expect(new PairPositions(new Int32Array(0)).byteLength).toBe(16 + 4);
    // A text longer than the scratch table kept (2^15 pairs): its table is its own, and right.
    const long = Int32Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 30_011);
    const longTable = new PairPositions(long);
    expect(longTable.byteLength).toBe(9 * 65_536);
    expect(longTable.positionOf(0)).toBe(0);
    expect(longTable.positionOf(7919)).toBe(1);
    expect(longTable.positionOf(30_011)).toBe(-1);
    const pair = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 300 }), (list) => {
        const pairs = Int32Array.from(list);
        const distinct = firstPositions(pairs).size;
        const table = new PairPositions(pairs);
        // The fewest slots, a power of two, that keep the distinct pairs at most half of them, and
        // the filter's byte a slot (one word at least).
        let slots = 2;
        while (slots < 2 * distinct) slots *= 2;
        expect(table.byteLength).toBe(8 * slots + Math.max(4, slots));
        for (const [p, at] of firstPositions(pairs)) expect(table.positionOf(p)).toBe(at);
      }),
      { numRuns: 300 },
    );
  });

  it("is what a story key's features look its pairs up in", () => {
    const features = featuresOf(
      {
        id: "a",
        at: 0,
        day: "2026-01-01",
        text: "沪指午盘涨0.5%，沪指再度走高",
        headline: "",
        size: 15,
        skeleton: "",
        digest: false,
        securities: [],
        companies: [],
      },
      DEFAULT_STORY_SETTINGS,
    );
    const expected = firstPositions(features.pairs);
    expect(expected.size).toBeLessThan(features.pairs.length);
    for (const [p, at] of expected) expect(features.firstAt.positionOf(p)).toBe(at);
  });
});
