import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containment } from "../src/stories/compare.js";
import { DEFAULT_STORY_SETTINGS, featuresOf, storyKey } from "../src/stories/index.js";
import { halfOf, MIN_SKETCHED_HALF, PairSketch } from "../src/stories/pair-sketch.js";

/** The pairs of `pairs[from, to)` found anywhere in `other` (`containment` over the whole text, counted). */
function foundAnywhere(pairs: Int32Array, from: number, to: number, other: Int32Array): number {
  const set = new Set(other);
  let found = 0;
  for (let i = from; i < to; i++) if (set.has(pairs[i]!)) found++;
  return found;
}

describe("PairSketch", () => {
  it("bounds the pairs of each half found in another text from above, for any texts", () => {
    fc.assert(
      fc.property(
        // A small alphabet of pairs, so that halves share many with the other text and repeat them.
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 600 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 900 }),
        (mine, theirs) => {
          const pairs = Int32Array.from(mine);
          const other = Int32Array.from(theirs);
          const half = halfOf(pairs.length);
          const sketch = new PairSketch(pairs, half);
          const otherSketch = new PairSketch(other, halfOf(other.length));
          expect(sketch.halfBound(false, otherSketch)).toBeGreaterThanOrEqual(
            foundAnywhere(pairs, 0, half, other),
          );
          expect(sketch.halfBound(true, otherSketch)).toBeGreaterThanOrEqual(
            foundAnywhere(pairs, half, pairs.length, other),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("counts a half's repeated pairs once each, and a text against itself in full", () => {
    const pairs = Int32Array.from([7, 7, 7, 9, 11, 11]);
    const sketch = new PairSketch(pairs, 3);
    expect(sketch.halfBound(false, sketch)).toBe(3);
    expect(sketch.halfBound(true, sketch)).toBe(3);
    const other = new PairSketch(Int32Array.from([11]), 1);
    expect(sketch.halfBound(false, other)).toBe(0);
    expect(sketch.halfBound(true, other)).toBe(2);
  });

  it("is made for texts whose halves are long enough to pay, and bounds a real article's halves far below a different one's", () => {
    // Written for this test from two unrelated business flashes, each stated nine times to an article's length.
    // Each sentence stated again with its place, so that no copy of it is dropped as a repeat.
    const item = (id: string, sentence: string) => ({
      id,
      title: "",
      text: Array.from({ length: 9 }, (_, i) => `第${i + 1}条：${sentence}`).join(""),
      publishedAt: "2026-08-01T09:00:00+08:00",
      source: null,
      via: [],
      originalUrl: null,
      securities: [],
      tags: [],
    });
    const S = DEFAULT_STORY_SETTINGS;
    const battery = featuresOf(
      storyKey(
        item(
          "a",
          "宁德时代周四宣布与福特汽车签署长期电池供应协议，双方将在北美合作建设磷酸铁锂电池产能。公司表示，该项目预计于2028年投产，年产能规划为35吉瓦时。".repeat(
            5,
          ),
        ),
        S,
      ),
      S,
    );
    const bank = featuresOf(
      storyKey(
        item(
          "b",
          "中国人民银行今日开展7天期逆回购操作，操作利率维持不变，当日净投放流动性。市场人士预计月末资金面将保持平稳，债券收益率窄幅波动。".repeat(
            5,
          ),
        ),
        S,
      ),
      S,
    );
    const flash = featuresOf(storyKey(item("c", "宁德时代签署电池供应协议。"), S), S);
    expect(flash.sketch).toBeNull();
    expect(halfOf(battery.pairs.length)).toBeGreaterThanOrEqual(MIN_SKETCHED_HALF);
    const half = halfOf(battery.pairs.length);
    const bound = battery.sketch!.halfBound(false, bank.sketch!);
    expect(bound).toBeGreaterThanOrEqual(
      containment(battery.pairs, 0, half, bank, bank.pairs.length + 2) * half,
    );
    expect(bound / half).toBeLessThan(DEFAULT_STORY_SETTINGS.corroboratedContainment);
    expect(battery.sketch!.halfBound(false, battery.sketch!)).toBe(half);
  });
});
