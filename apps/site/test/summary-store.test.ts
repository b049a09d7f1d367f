import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleSummary } from "../src/build/summary.js";
import { SummaryStore } from "../src/build/summary-store.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "caixun-summaries-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function summary(sequence: number, instant: number | null, title: string): ArticleSummary {
  return {
    sequence,
    id: `id-${sequence}`,
    path: `/a/id-${sequence}/`,
    title,
    instant,
    publishedAt: instant === null ? null : new Date(instant).toISOString(),
    dateText: "",
    day: null,
    month: null,
    source: sequence % 3 === 0 ? null : "北方网",
    tags: ["保险", title],
    categories: [],
    securities: ["601601.SH"],
    lead: `${title}的正文`,
    story: sequence,
    storyCopies: 1,
  };
}

/** Newest first, undated last, ties and undated in arrival order: what listings show. */
function byRecency(a: ArticleSummary, b: ArticleSummary): number {
  if (a.instant !== b.instant) {
    if (a.instant === null) return 1;
    if (b.instant === null) return -1;
    return b.instant - a.instant;
  }
  return a.sequence - b.sequence;
}

describe("SummaryStore", () => {
  it("gives back every summary as added, in any order, with the story set later, and ranks as listings do", () => {
    const cases = fc.array(
      fc.record({
        instant: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        // Titles of any Unicode, including what JSON escapes and astral characters.
        title: fc.string({ unit: "grapheme", maxLength: 30 }),
      }),
      { maxLength: 3000 },
    );
    let run = 0;
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 1000 }), (items, pick) => {
        const store = new SummaryStore(join(dir, `run-${run++}`));
        try {
          const expected = items.map(({ instant, title }, sequence) => summary(sequence, instant, title));
          for (const item of expected) store.add(item);
          if (expected.length > 0) {
            const storied = pick % expected.length;
            store.setStory(storied, 0, 2);
            expected[storied] = { ...expected[storied]!, story: 0, storyCopies: 2 };
          }
          expect([...store.each([...expected.keys()].reverse())]).toEqual([...expected].reverse());
          const ranked = [...expected].sort(byRecency).map((s) => s.sequence);
          expect([...store.ranked()]).toEqual(ranked);
          expect(store.firstDated(ranked, 5)).toEqual(
            [...expected]
              .sort(byRecency)
              .filter((s) => s.instant !== null)
              .slice(0, 5),
          );
        } finally {
          store.dispose();
        }
      }),
      { numRuns: 40 },
    );
    // Nothing left behind.
    return expect(readdir(dir)).resolves.toEqual([]);
  });

  it("reads back summaries written in batches and those still waiting to be written", () => {
    const store = new SummaryStore(join(dir, "batches"));
    try {
      // About 250 bytes a line: 20,000 lines cross several 1 MiB batches.
      for (let sequence = 0; sequence < 20_000; sequence++) {
        store.add(summary(sequence, sequence, `标题${"长".repeat(sequence % 50)}`));
        if (sequence % 4999 === 0)
          expect(store.get(sequence).title).toBe(`标题${"长".repeat(sequence % 50)}`);
      }
      expect(store.length).toBe(20_000);
      expect(store.get(12_345)).toEqual(summary(12_345, 12_345, `标题${"长".repeat(12_345 % 50)}`));
      expect(store.ranked()[0]).toBe(19_999);
      expect(() => store.get(20_000)).toThrow(RangeError);
      expect(() => store.add(summary(5, null, "out of order"))).toThrow(RangeError);
    } finally {
      store.dispose();
    }
  });
});
