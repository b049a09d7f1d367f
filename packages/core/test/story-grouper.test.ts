import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareStoryKeys,
  DEFAULT_STORY_SETTINGS,
  groupKeys,
  StoryGrouper,
  type StoryKey,
  storyKey,
  TemplateHistory,
} from "../src/stories/index.js";

const S = DEFAULT_STORY_SETTINGS;
const HOUR = 3_600_000;
const START = Date.parse("2026-07-01T00:00:00+08:00");

/** A seeded text of `length` CJK characters: two stories hardly ever share a character triple. */
function text(seed: number, length: number): string {
  let state = seed * 2654435761;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + (state % 3000));
  }
  return `${out}。`;
}

const iso = (ms: number) => `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;

/**
 * Ten days of flashes, one story every 20 minutes, every other story copied by a second feed
 * `copyDelayMinutes` (five) later with a headline and a credit around it.
 */
function tenDays(copyDelayMinutes = 5): StoryKey[] {
  const keys: StoryKey[] = [];
  for (let n = 0; n < 10 * 72; n++) {
    const at = START + n * 20 * 60_000;
    const body = text(n + 1, 40);
    keys.push(storyKey({ id: `cls:${n}`, title: "", text: body, publishedAt: iso(at) }, S));
    if (n % 2 === 0) {
      keys.push(
        storyKey(
          {
            id: `em:${n}`,
            title: "",
            text: `【快讯】${body}（东方财富）`,
            publishedAt: iso(at + copyDelayMinutes * 60_000),
          },
          S,
        ),
      );
    }
  }
  return keys.sort(compareStoryKeys);
}

describe("StoryGrouper", () => {
  const keys = tenDays();

  it("emits a story once its first copy is out of reach, so what it holds is bounded by the window", () => {
    const emitted: string[][] = [];
    let added = 0;
    let heldMost = 0;
    const grouper = new StoryGrouper<string>(S, (copies) => {
      emitted.push(copies.map((copy) => copy.item));
    });
    for (const key of keys) {
      grouper.add(key, key.id);
      added++;
      heldMost = Math.max(heldMost, added - emitted.flat().length);
    }
    grouper.finish();
    expect(emitted.length).toBe(720);
    expect(emitted[0]).toEqual(["cls:0", "em:0"]);
    expect(emitted.flat().length).toBe(keys.length);
    // 1.5 items per 20 minutes: the flash window (12 h) and an hour between sweeps hold at most 14 h of them.
    expect(heldMost).toBeLessThanOrEqual(14 * 3 * 1.5 + 2);
    expect(heldMost).toBeGreaterThanOrEqual(12 * 3 * 1.5);
  });

  it("gives the stories groupKeys gives, in the order of their first copy", () => {
    const streamed: number[][] = [];
    const grouper = new StoryGrouper<number>(S, (copies) => streamed.push(copies.map((copy) => copy.item)));
    for (const [i, key] of keys.entries()) grouper.add(key, i);
    grouper.finish();
    expect(streamed).toEqual(groupKeys(keys, S));
    fc.assert(
      fc.property(fc.shuffledSubarray([...keys.keys()], { minLength: keys.length }), (order) => {
        const shuffled = order.map((i) => keys[i]!);
        expect(groupKeys(shuffled, S).map((story) => story.map((i) => shuffled[i]!.id))).toEqual(
          streamed.map((story) => story.map((i) => keys[i]!.id)),
        );
      }),
      { numRuns: 5 },
    );
  });

  it("with maxHeld, forgets the oldest items: copies within it join exactly, held items stay bounded", () => {
    const run = (sorted: readonly StoryKey[], maxHeld: number) => {
      const stories: number[][] = [];
      let heldMost = 0;
      const grouper = new StoryGrouper<number>(S, (copies) => stories.push(copies.map((copy) => copy.item)), {
        maxHeld,
      });
      for (const [i, key] of sorted.entries()) {
        grouper.add(key, i);
        heldMost = Math.max(heldMost, grouper.heldItems);
      }
      grouper.finish();
      expect(grouper.heldItems).toBe(0);
      return { stories, heldMost, closedEarly: grouper.closedEarly };
    };
    const unbounded = run(keys, Number.POSITIVE_INFINITY);
    expect(unbounded.stories).toEqual(groupKeys(keys, S));
    expect(unbounded.closedEarly).toBe(0);
    // Copies 45 minutes after their first: two or three items between them, while the window
    // holds about 60. Held past the longest distance, every story is the whole grouping's.
    const later = tenDays(45);
    const whole = groupKeys(later, S);
    const distances = whole.filter((story) => story.length > 1).map((story) => story.at(-1)! - story[0]!);
    expect([Math.min(...distances), Math.max(...distances)]).toEqual([3, 4]);
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 80 }), (maxHeld) => {
        const { stories, heldMost } = run(later, maxHeld);
        expect(stories).toEqual(whole);
        expect(heldMost).toBeLessThanOrEqual(2 * maxHeld);
      }),
      { numRuns: 8 },
    );
    // Held below it, copies split from their first one, and `closedEarly` counts at least every
    // story split (a story closed early whose copy was near still joined it).
    for (const maxHeld of [1, 2, 3]) {
      const { stories, heldMost, closedEarly } = run(later, maxHeld);
      expect(stories.flat().sort((a, b) => a - b)).toEqual(later.map((_, i) => i));
      const kept = new Set(stories.map((story) => story.join()));
      const split = whole.filter((story) => !kept.has(story.join())).length;
      expect(split).toBeGreaterThan(0);
      expect(closedEarly).toBeGreaterThanOrEqual(split);
      expect(heldMost).toBeLessThanOrEqual(2 * maxHeld);
    }
    expect(run(later, 1).stories).toEqual(later.map((_, i) => [i]));
  });

  it("refuses a key out of time order and an undated key", () => {
    const grouper = new StoryGrouper<number>(S, () => {});
    grouper.add(keys[1]!, 1);
    expect(() => grouper.add(keys[0]!, 0)).toThrow(RangeError);
    expect(() => grouper.add({ ...keys[2]!, at: null, day: null }, 2)).toThrow(/has no date/);
  });
});

describe("recurring templates", () => {
  it("are skeletons seen on three days of the two weeks up to the item's day", () => {
    const history = new TemplateHistory(S.templateDays, S.templateHorizonDays);
    expect(history.see("fixing", "2026-07-01")).toBe(false);
    expect(history.see("fixing", "2026-07-01")).toBe(false);
    expect(history.see("fixing", "2026-07-02")).toBe(false);
    expect(history.see("fixing", "2026-07-03")).toBe(true);
    expect(history.see("fixing", "2026-07-16")).toBe(true);
    // 07-01 and 07-02 are now more than 14 days before.
    expect(history.see("fixing", "2026-07-18")).toBe(false);
    expect(history.see("other", "2026-07-18")).toBe(false);
  });
});
