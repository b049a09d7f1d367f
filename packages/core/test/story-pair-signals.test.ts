import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PAIR_SIGNALS, pairProbability, pairSignals } from "../scripts/story-pair-signals.js";
import { DEFAULT_STORY_SETTINGS, type Features, featuresOf, storyKey } from "../src/stories/index.js";

const settings = DEFAULT_STORY_SETTINGS;

function flash(id: string, title: string, text: string, publishedAt: string): Features {
  return featuresOf(storyKey({ id, title, text, publishedAt }, settings), settings);
}

const signal = (signals: readonly number[], name: (typeof PAIR_SIGNALS)[number]) =>
  signals[PAIR_SIGNALS.indexOf(name)]!;

// Two feeds' CFTC flashes of one release, one about crude and one about gold: a look-alike the rules
// keep apart (held, story-pairs.tsv). Excerpts of ../shared/dumps eastmoney:202608013828788664 and
// ths:678599075 (2026-08-01), cut to their first sentences.
const crude = flash(
  "eastmoney:202608013828788664",
  "CFTC：截至7月28日当周 原油投机者将WTI净多头头寸增加了28,159手",
  "据美国商品期货交易委员会（CFTC），截至7月28日当周，原油投机者将WTI净多头头寸增加了28,159手，至106,507手。",
  "2026-08-01T03:33:24+08:00",
);
const gold = flash(
  "ths:678599075",
  "CFTC：截至7月28日当周 COMEX黄金投机者将净多头头寸减少3258手",
  "据美国商品期货交易委员会（CFTC），截至7月28日当周，COMEX黄金投机者将净多头头寸减少3,258手，降至120,328手。",
  "2026-08-01T03:33:24+08:00",
);

describe("pairSignals", () => {
  it("reads one text against itself as a whole copy", () => {
    const signals = pairSignals(crude, crude, settings);
    expect(signals).toHaveLength(PAIR_SIGNALS.length);
    for (const name of [
      "containment",
      "textShare",
      "reverseShare",
      "leadContainment",
      "lengthRatio",
    ] as const)
      expect(signal(signals, name)).toBe(1);
    expect(signal(signals, "ownFigures")).toBe(0);
    expect(signal(signals, "otherFigures")).toBe(0);
    expect(signal(signals, "logGapMinutes")).toBe(0);
  });

  it("reads two releases of one briefing as sharing their preamble and names, not their figures", () => {
    const signals = pairSignals(crude, gold, settings);
    // The preamble (`据美国商品期货交易委员会（CFTC），截至7月28日当周，…投机者将…净多头头寸`) is most of each
    // text, and of its rare pairs (names, terms): what makes the look-alike hard.
    expect(signal(signals, "textShare")).toBe(0.6);
    expect(signal(signals, "leadRareShare")).toBe(0.75);
    expect(signal(signals, "containment")).toBe(9 / 28);
    // Each states its own change and position, none the other's (the week is a date, not a figure).
    expect(signal(signals, "sharedFigures")).toBe(0);
    expect(signal(signals, "ownFigures")).toBe(2);
    expect(signal(signals, "otherFigures")).toBe(2);
    expect(signal(signals, "logGapMinutes")).toBe(0);
  });

  it("is the same whichever item comes first, and keeps its shares between 0 and 1", () => {
    // Figures are counted, the gap and lengths are logarithms: every other signal is a share.
    const counted = new Set<string>([
      "sharedFigures",
      "ownFigures",
      "otherFigures",
      "logLeadRare",
      "logGapMinutes",
      "logShortLength",
    ]);
    // Characters of a small alphabet of CJK, digits and punctuation, so that texts share pairs and figures.
    const text = fc
      .array(
        fc.constantFrom("涨", "跌", "原", "油", "黄", "金", "美", "元", "1", "2", "5", ".", "%", "，", "。"),
        {
          maxLength: 60,
        },
      )
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, text, text, text, fc.nat(1_800), (titleA, textA, titleB, textB, seconds) => {
        const at = (s: number) => new Date(Date.UTC(2026, 6, 29, 2, 0, s)).toISOString();
        const a = flash("a:1", titleA, textA, at(0));
        const b = flash("b:1", titleB, textB, at(seconds));
        const forward = pairSignals(a, b, settings);
        expect(pairSignals(b, a, settings)).toEqual(forward);
        PAIR_SIGNALS.forEach((name, i) => {
          expect(Number.isFinite(forward[i])).toBe(true);
          expect(forward[i]).toBeGreaterThanOrEqual(0);
          if (!counted.has(name)) expect(forward[i]).toBeLessThanOrEqual(1);
        });
      }),
    );
  });
});

describe("pairProbability", () => {
  it("is the logistic of the centred, scaled, weighed signals", () => {
    const model = { signals: PAIR_SIGNALS, mean: [1, 0], scale: [2, 1], weights: [2, -1], bias: 0.5 };
    // 0.5 + 2 * (3 - 1) / 2 - 1 * 1 = 1.5
    expect(pairProbability(model, [3, 1])).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 12);
    expect(pairProbability({ ...model, weights: [0, 0], bias: 0 }, [3, 1])).toBe(0.5);
  });
});
