import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withinEdits } from "../src/stories/assign.js";
import {
  compareFeatures,
  DEFAULT_STORY_SETTINGS,
  featuresOf,
  groupKeys,
  type StoryKey,
  storyKey,
} from "../src/stories/index.js";

const S = DEFAULT_STORY_SETTINGS;
const START = Date.parse("2026-08-03T00:05:42+08:00");

// cls flash 2443624 (../shared/dumps/cls/data/2026/2026-08-03.jsonl.gz), and a KOSPI flash of the same feed.
const PORTUGAL =
  "【葡萄牙航空一客机起飞后因突发情况紧急降落】财联社8月3日电，当地时间8月2日，葡萄牙航空公司一架从里斯本飞往美国波士顿的A321客机在飞越大西洋途中发生紧急情况，并于亚速尔群岛特塞拉岛的拉日什机场紧急降落。据悉，该航班起飞约两小时后决定备降，目前航空公司尚未公布具体原因。";
const KOSPI = "财联社8月3日电，韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。";

/**
 * Copy `n` of a text: one Chinese character after its dateline changed, at a place that moves on with each copy (a
 * figure or a name changed is another fact, which no copy is asked to agree on here).
 */
function nearCopy(text: string, n: number): string {
  const places = [...text].flatMap((c, i) =>
    i >= text.indexOf("电，") + 2 && /\p{Script=Han}/u.test(c) ? [i] : [],
  );
  const at = places[n % places.length]!;
  return text.slice(0, at) + String.fromCharCode(0x4e00 + ((n * 7919) % 20000)) + text.slice(at + 1);
}

function keyOf(id: string, text: string, second: number): StoryKey {
  return storyKey({ id, title: "", text, publishedAt: new Date(START + second * 1000).toISOString() }, S);
}

/** The stories of `keys` grouped, as lists of ids. */
function stories(keys: StoryKey[]): string[][] {
  return groupKeys(keys, S).map((members) => members.map((m) => keys[m]!.id));
}

/** The whole edit-distance table, to check the band against. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current.push(
        Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

describe("withinEdits", () => {
  it("counts characters replaced, put in or taken out", () => {
    expect(withinEdits("财联社8月3日电，当地时间", "财联社8月3日电，某地时间", 1)).toBe(true);
    expect(withinEdits("财联社8月3日电，韩国股市", "格隆汇8月3日电，韩国股市", 3)).toBe(true);
    expect(withinEdits("财联社8月3日电，韩国股市", "格隆汇8月3日电，韩国股市", 2)).toBe(false);
    // Two places far apart: two edits, though the span between them is long.
    expect(withinEdits("甲乙丙丁戊己庚辛壬癸", "子乙丙丁戊己庚辛壬丑", 2)).toBe(true);
    expect(withinEdits("韩国股市跌3%", "韩国股市跌3.5%", 2)).toBe(true);
    expect(withinEdits("abc", "abc", 0)).toBe(true);
    expect(withinEdits("", "abcd", 3)).toBe(false);
  });

  it("says what the whole edit-distance table says, for any texts and bound", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 14 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 14 }),
        fc.integer({ min: 0, max: 6 }),
        (a, b, k) => {
          expect(withinEdits(a, b, k)).toBe(editDistance(a, b) <= k);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("near copies past the candidates' bound", () => {
  it("copies one character apart at a moving place, a second apart, are one story (were one in a hundred)", () => {
    const keys = Array.from({ length: 600 }, (_, n) => keyOf(`cls:${n}`, nearCopy(PORTUGAL, n), n));
    expect(stories(keys).map((story) => story.length)).toEqual([600]);
  });

  it("two flashes' near copies, interleaved in any order and counts: no story of both, the first flash's one story", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 250, maxLength: 400 }), (which) => {
        const keys = which.map((kospi, n) =>
          keyOf(`${kospi ? "k" : "p"}:${n}`, nearCopy(kospi ? KOSPI : PORTUGAL, n), n),
        );
        const found = stories(keys);
        for (const story of found) expect(new Set(story.map((id) => id[0])).size).toBe(1);
        const portugal = keys.filter((key) => key.id.startsWith("p:")).length;
        if (portugal > 0)
          expect(found.filter((story) => story[0]!.startsWith("p:")).map((s) => s.length)).toEqual([
            portugal,
          ]);
      }),
      { numRuns: 8 },
    );
  });

  // A copy whose move (`跌`) is replaced is another statement, which the comparison splits off into a story of its own;
  // then it was the newest carrier of the anchors the later copies share with it, and before `NearCopyCarriers` the
  // three carriers asked were it and copies of the other flash: 600 copies of the two, alternating, each edited at the
  // next place, were 10 stories (300, 104, 29, 29, …: each copy without its move took the next 28 of its flash).
  const flashes = [KOSPI, KOSPI.replace("3%", "5%")];
  const places = [...KOSPI].flatMap((c, i) =>
    i >= KOSPI.indexOf("电，") + 2 && /\p{Script=Han}/u.test(c) ? [i] : [],
  );

  const whole = flashes.map((text, flash) => featuresOf(keyOf(`whole:${flash}`, text, 0), S));

  /**
   * Copy `n` of flash `flash`, the character at `place` replaced by `char`, a second after the one before; `kept` when
   * the comparison calls it one with its flash. A copy whose move (`跌`) is replaced states no move, and one whose `韩`
   * is replaced by `德` names another country (`德国`): the comparison parts each from copies that keep the flash's
   * statement, and the property claims nothing of them.
   */
  function figureCopy(flash: number, place: number, char: number, n: number) {
    const at = places[place]!;
    const text = flashes[flash]!;
    const key = keyOf(
      `${flash}:${n}`,
      text.slice(0, at) + String.fromCharCode(0x4e00 + char) + text.slice(at + 1),
      n,
    );
    return { flash, kept: compareFeatures(featuresOf(key, S), whole[flash]!, S).same, key };
  }

  /** The copies of each flash that keep its statement (`kept`) are one story of that flash alone. */
  function expectOneStoryEach(made: ReturnType<typeof figureCopy>[]) {
    const found = stories(made.map((m) => m.key));
    for (const story of found) expect(new Set(story.map((id) => id.split(":")[0])).size).toBe(1);
    for (const flash of [0, 1]) {
      // The other copies may join it or found their own (the comparison's split).
      const kept = made.filter((m) => m.flash === flash && m.kept).map((m) => m.key.id);
      if (kept.length === 0) continue;
      const story = found.find((ids) => ids.includes(kept[0]!))!;
      expect(kept.filter((id) => !story.includes(id))).toEqual([]);
    }
  }

  it("two flashes a figure apart (`3%` / `5%`), 600 near copies alternating, each edited at the next place: one story each", () => {
    expectOneStoryEach(
      Array.from({ length: 600 }, (_, n) => figureCopy(n % 2, n % places.length, (n * 7919) % 20_000, n)),
    );
  });

  it("a copy of one flash without its move, refused by the other's story founded by a copy without it too, finds its flash by its figure", () => {
    // The two flashes' content characters are one (triples leave figures out): the `3%` flash's story was founded by a
    // copy with its move replaced at the place this copy of the `5%` flash has it replaced, so every anchor of the copy
    // but its figure's is that founder's, and before figures carried anchors it founded a story of its own (then the
    // next copies of the `5%` flash joined that one: 10 of 108 apart, 49 of 140).
    const move = places.findIndex((at) => KOSPI[at] === "跌");
    const made = [
      figureCopy(0, move, 1, 0),
      ...Array.from({ length: 300 }, (_, n) => figureCopy((n + 1) % 2, 0, 2 + n, n + 1)),
      figureCopy(1, move, 3, 301),
    ];
    expect(made.at(-1)!.kept).toBe(true);
    const found = stories(made.map((m) => m.key));
    expect(found.map((story) => story.length)).toEqual([151, 151]);
    expect(found[1]).toContain("1:301");
  });

  it("two flashes a figure apart (`3%` / `5%`), near copies in any order, counts and edit places: one story each", () => {
    const copy = fc.tuple(fc.integer({ min: 0, max: 1 }), fc.nat(places.length - 1), fc.nat(19_999));
    fc.assert(
      fc.property(
        fc.array(copy, { minLength: 150, maxLength: 420 }),
        fc.boolean(),
        fc.boolean(),
        (copies, alternate, moving) => {
          expectOneStoryEach(
            copies.map(([flash, place, char], n) =>
              figureCopy(alternate ? n % 2 : flash, moving ? n % places.length : place, char, n),
            ),
          );
        },
      ),
      { numRuns: 12 },
    );
  });

  it("past the bound, a copy a character from the founder joins, one with another figure is a story of its own", () => {
    // 150 copies of the KOSPI flash, one story (`exactCopyJoins`), and then one changed.
    const after = (text: string) => [
      ...Array.from({ length: 150 }, (_, n) => keyOf(`k:${n}`, KOSPI, n)),
      keyOf("k:changed", text, 150),
    ];
    expect(stories(after(KOSPI.replace("盘中", "盘尾"))).map((story) => story.length)).toEqual([151]);
    expect(stories(after(KOSPI.replace("3%", "5%"))).map((story) => story.length)).toEqual([150, 1]);
  });
});
