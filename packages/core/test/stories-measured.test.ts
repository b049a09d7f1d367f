import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllSync } from "../src/parse-all.js";
import {
  compareFeatures,
  DEFAULT_STORY_SETTINGS,
  featuresOf,
  groupKeys,
  type StoryKey,
  storyKey,
} from "../src/stories/index.js";
import { DEV } from "./datasets.js";
import { DUMPS, dumpsPresent, labelledPairs, perSplit, readDumps } from "./dumps.js";
import { CORPUS, HAS_CORPUS } from "./helpers.js";
import { mixedStories } from "./mixed-stories.js";
import { CORPUS_SAME_STORY, corpusReposts, repostsOfSet } from "./story-reposts.js";

const S = DEFAULT_STORY_SETTINGS;

/** Found, wrongly joined, missed and rightly kept apart, by split. */
function confusion(decide: (a: string, b: string) => boolean) {
  const out = perSplit(() => [0, 0, 0, 0]);
  for (const pair of labelledPairs()) {
    const same = decide(pair.a, pair.b);
    const c = out[pair.split];
    c[same ? (pair.same ? 0 : 1) : pair.same ? 2 : 3]!++;
  }
  return out;
}

/** Stories as sorted lists of ids, sorted: comparable whatever order the input came in. */
function partition(keys: readonly StoryKey[]): string[][] {
  return groupKeys(keys, S)
    .map((members) => members.map((m) => keys[m]!.id).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

// The dumps live beside the project (../shared/dumps); a clone without them skips these tests.
describe.skipIf(!dumpsPresent())(`labelled flash pairs in ${DUMPS}`, () => {
  const records = dumpsPresent() ? readDumps(parseAllSync) : [];
  const keys = records.map((record) => storyKey(record, S));
  const byId = new Map(keys.map((key) => [key.id, key]));

  it("labels 2483 pairs of records that exist, 1268 of them copies", () => {
    const pairs = labelledPairs();
    expect(pairs.length).toBe(2483);
    expect(pairs.filter((p) => p.same).length).toBe(1268);
    expect(pairs.filter((p) => !byId.has(p.a) || !byId.has(p.b))).toEqual([]);
  });

  it("decides the pairs one by one as measured in docs/accuracy.md", () => {
    expect(
      confusion((a, b) => compareFeatures(featuresOf(byId.get(a)!, S), featuresOf(byId.get(b)!, S), S).same),
    ).toEqual({
      tune: [79, 1, 1, 82],
      held: [76, 2, 1, 76],
      new: [39, 1, 1, 70],
      fresh: [37, 0, 4, 28],
      unseen: [35, 0, 1, 34],
      blind: [36, 0, 0, 34],
      blind2: [58, 0, 2, 40],
      blind3: [52, 0, 6, 62],
      blind4: [82, 1, 8, 39],
      blind5: [50, 1, 5, 44],
      blind6: [53, 1, 5, 51],
      blind7: [55, 0, 4, 51],
      blind8: [65, 0, 6, 44],
      blind9: [63, 0, 1, 51],
      blind10: [43, 0, 4, 63],
      blind11: [67, 0, 1, 42],
      blind12: [46, 0, 3, 61],
      blind13: [50, 0, 3, 57],
      blind14: [49, 0, 2, 59],
      blind15: [39, 0, 1, 47],
      blind16: [36, 0, 1, 53],
      blind17: [46, 0, 1, 63],
      blind18: [50, 0, 1, 57],
    });
  });

  it("groups the seven days as measured, and the same whatever order the records come in", () => {
    const stories = partition(keys);
    expect(records.length).toBe(11338);
    // 6,655 until stories57: eastmoney's midday report of 2026-07-31 (`…两市半日合计成交…`) joins the reviews' story.
    expect(stories.length).toBe(6654);
    const storyOf = new Map(stories.flatMap((ids, s) => ids.map((id) => [id, s] as const)));
    expect(confusion((a, b) => storyOf.get(a) === storyOf.get(b))).toEqual({
      tune: [78, 1, 2, 82],
      held: [76, 0, 1, 78],
      new: [39, 1, 1, 70],
      fresh: [39, 0, 2, 28],
      unseen: [35, 0, 1, 34],
      blind: [36, 0, 0, 34],
      blind2: [58, 0, 2, 40],
      blind3: [53, 0, 5, 62],
      blind4: [82, 1, 8, 39],
      blind5: [50, 1, 5, 44],
      blind6: [53, 1, 5, 51],
      blind7: [55, 0, 4, 51],
      blind8: [64, 0, 7, 44],
      blind9: [63, 0, 1, 51],
      blind10: [44, 0, 3, 63],
      blind11: [67, 0, 1, 42],
      blind12: [46, 0, 3, 61],
      blind13: [50, 0, 3, 57],
      blind14: [49, 0, 2, 59],
      blind15: [39, 0, 1, 47],
      blind16: [36, 0, 1, 53],
      blind17: [45, 0, 2, 63],
      blind18: [50, 0, 1, 57],
    });
    // No story holds two copies about two things; two hold feeds' readings of one moment that a guard
    // parts pair by pair (WTI's quote at 78.67 and 78.59; Seoul's open of 2026-07-30 at 0.76% and 0.33%,
    // the second in a report that leads with Tokyo's open), read in docs/accuracy.md. (Microsoft's
    // guidance, another until session 17, is no longer with the call's share move; a US close's Micron
    // at 9%, another until session 20, is read as one reading since a bound passed is.)
    const mixed = mixedStories(stories, (id) => featuresOf(byId.get(id)!, S), S);
    expect(mixed.about).toEqual([]);
    expect(mixed.readings.length).toBe(2);
    expect(partition([...keys].reverse())).toEqual(stories);
    // Two groupings of 11,338 records: ~45 s at load 8 on two cores, so the suite's 60 s limit failed it
    // under the load of a full run; the limit guards against a hang, not speed (measured in the bench).
  }, 300_000);
});

if (!dumpsPresent()) {
  console.warn(
    `skipping the story tests on the dumps: ${DUMPS} is absent (clone shared/ beside the project to run them)`,
  );
}

describe.skipIf(!HAS_CORPUS)(`reposted articles of ${CORPUS}`, () => {
  const items = HAS_CORPUS ? corpusReposts() : [];
  const originals = items.map((item) => featuresOf(storyKey(item.article, S), S));

  it("finds reposts in their original's story", () => {
    const found = new Map<string, number>();
    for (const [n, item] of items.entries()) {
      for (const repost of item.reposts) {
        const same = compareFeatures(originals[n]!, featuresOf(storyKey(repost.article, S), S), S).same;
        if (same) found.set(repost.kind, (found.get(repost.kind) ?? 0) + 1);
      }
    }
    expect(items.length).toBe(93);
    expect(Object.fromEntries(found)).toEqual({
      retitled: 93,
      resourced: 93,
      boilerplate: 93,
      truncated: 91,
      // 81 until session 51: mirror51's `<br>`-in-`<p>` paragraphs (sentences kept whole across a prettified
      // paragraph's source lines) changed one short item's text, and its variant with every change is no longer found.
      all: 80,
    });
  });

  it("keeps different files apart and finds the ones that tell one story", () => {
    const joined: string[] = [];
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (compareFeatures(originals[i]!, originals[j]!, S).same)
          joined.push(`${items[i]!.file} ${items[j]!.file}`);
      }
    }
    const labelled = CORPUS_SAME_STORY.map(([a, b]) => `${a} ${b}`);
    expect(joined.filter((pair) => !labelled.includes(pair))).toEqual([]);
    // The versions whose excerpts differ are found by their headlines (`crossHeadlineShare`).
    expect(labelled.filter((pair) => !joined.includes(pair))).toEqual([]);
  });
});

if (!HAS_CORPUS) {
  console.warn(
    `skipping the reposted-article tests: ${CORPUS} is absent (clone shared/ beside the project to run them)`,
  );
}

describe("reposted articles of the dev set (datasets/dev)", () => {
  it("finds reposts in their original's story and keeps different files apart", () => {
    const found: Record<string, number> = {};
    const joined: string[] = [];
    for (const part of ["tune", "holdout"]) {
      const items = repostsOfSet(join(DEV, part));
      const originals = items.map((item) => featuresOf(storyKey(item.article, S), S));
      for (const [n, item] of items.entries()) {
        for (const repost of item.reposts) {
          if (compareFeatures(originals[n]!, featuresOf(storyKey(repost.article, S), S), S).same) {
            found[`${part} ${repost.kind}`] = (found[`${part} ${repost.kind}`] ?? 0) + 1;
          }
        }
      }
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          if (compareFeatures(originals[i]!, originals[j]!, S).same)
            joined.push(`${items[i]!.file} ${items[j]!.file}`);
        }
      }
    }
    expect(found).toEqual({
      "tune retitled": 112,
      "tune resourced": 112,
      "tune boilerplate": 112,
      "tune truncated": 112,
      // 110 from session 16 to 24: the signed statement jekyll-archive/terminus__2018-01-17 (138 characters) lost
      // its dated sign-off, so its "all" repost kept 3 of 5 paragraphs, too little of the text to match; 112 since
      // session 25, where a name in common asks less of the wording (`namedContainment`).
      "tune all": 112,
      "holdout retitled": 49,
      "holdout resourced": 49,
      "holdout boilerplate": 49,
      "holdout truncated": 49,
      "holdout all": 49,
    });
    expect(joined).toEqual([]);
  });
});
