// One measurement of the story bench in a fresh process (so its peak RSS is its own): story keys
// and grouping, by caixun's story module or by the 64-bit SimHash bands it replaced, over the
// seven days of dumps or over generated items. Prints one JSON line.
//   tsx probe.ts <stories|simhash|generate> <dumps|generated> [items] [perDay]
// `generate` only draws the generated items (what the streamed rows spend besides grouping).
// `held` groups every key at once with groupKeys (how the CLI and the site grouped before session 5);
// `spill` adds the keys to a StorySpill in the order they come and groups it day by day (how they do now).

import { parseAllSync } from "@caixun/core/parse-all";
import {
  DEFAULT_STORY_SETTINGS,
  fingerprint,
  groupKeys,
  hammingDistance,
  StoryGrouper,
  storyKey,
} from "@caixun/core/stories";
import { readDumps } from "../../../packages/core/test/dumps.js";
import { StorySpill } from "../../../packages/inputs/src/story-spill.js";
import { generateItems, harvestClauses } from "./generate.js";

const [method, source, itemsArg, perDayArg] = process.argv.slice(2);
interface Item {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  story?: number;
  copies?: number;
}
const dumps = readDumps(parseAllSync);
// The dumps are held (they are small); generated items stream from the generator in time order,
// one at a time, so memory shows what grouping keeps, not the corpus.
const items: Iterable<Item> =
  source === "dumps"
    ? dumps
    : generateItems(harvestClauses(dumps.map((r) => r.text)), {
        items: Number(itemsArg),
        perDay: Number(perDayArg),
        seed: 1,
      });
const loadedMb = process.memoryUsage().rss / 1024 ** 2;

/** What scoring needs of an item: the generated story it belongs to. */
type Truth = number | undefined;
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
let count = 0;
let stories = 0;
let found = 0;
let joined = 0;
let truthPairs = 0;
const pairs = (n: number) => (n * (n - 1)) / 2;
// Pair precision and recall against the generated stories (the dumps have no such truth).
const score = (group: readonly Truth[]) => {
  stories++;
  if (group[0] === undefined) return;
  joined += pairs(group.length);
  const byStory = new Map<number, number>();
  for (const story of group) byStory.set(story!, (byStory.get(story!) ?? 0) + 1);
  for (const n of byStory.values()) found += pairs(n);
};
const truth = (item: Item) => {
  count++;
  if (item.copies !== undefined) truthPairs += (item.copies - 1) / 2;
};
if (method === "generate") {
  // The generator alone: its cost is part of the streamed rows' CPU and is shown apart.
  for (const item of items) truth(item);
} else if (method === "held" || (method === "stories" && source === "dumps")) {
  // Every key held in memory and sorted by groupKeys: the CLI's way before it spilled.
  const truths: Truth[] = [];
  const keys = [];
  for (const item of items) {
    truth(item);
    truths.push(item.story);
    keys.push(storyKey(item, DEFAULT_STORY_SETTINGS));
  }
  for (const group of groupKeys(keys, DEFAULT_STORY_SETTINGS)) score(group.map((i) => truths[i]));
} else if (method === "spill") {
  // The CLI's and the site's way: keys spilled to disk by day as they come, grouped day by day.
  const spill = await StorySpill.open<Truth>();
  try {
    for (const item of items) {
      truth(item);
      await spill.add(storyKey(item, DEFAULT_STORY_SETTINGS), item.story);
    }
    for await (const copies of spill.stories(DEFAULT_STORY_SETTINGS)) score(copies.map((copy) => copy.kept));
  } finally {
    await spill.dispose();
  }
} else if (method === "stories") {
  const grouper = new StoryGrouper<Truth>(DEFAULT_STORY_SETTINGS, (copies) =>
    score(copies.map((copy) => copy.item)),
  );
  for (const item of items) {
    truth(item);
    grouper.add(storyKey(item, DEFAULT_STORY_SETTINGS), item.story);
  }
  grouper.finish();
} else {
  const prints: string[] = [];
  const truths: Truth[] = [];
  for (const item of items) {
    truth(item);
    prints.push(fingerprint(item.text));
    truths.push(item.story);
  }
  for (const group of simhashBands(prints)) score(group.map((i) => truths[i]));
}
const wallMs = performance.now() - wall0;
const cpu = process.cpuUsage(cpu0);

console.log(
  JSON.stringify({
    items: count,
    stories,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loadedMb,
    peakMb: process.resourceUsage().maxRSS / 1024,
    precision: joined === 0 ? null : found / joined,
    recall: truthPairs === 0 ? null : found / truthPairs,
  }),
);

/** The grouping caixun used before: fingerprints within 3 bits, found through four 16-bit bands. */
function simhashBands(prints: readonly string[]): number[][] {
  const parent = prints.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const bands = Array.from({ length: 4 }, () => new Map<string, number[]>());
  prints.forEach((print, i) => {
    for (let band = 0; band < 4; band++) {
      const key = print.slice(band * 4, band * 4 + 4);
      const bucket = bands[band]!.get(key);
      if (bucket === undefined) bands[band]!.set(key, [i]);
      else {
        for (const other of bucket)
          if (hammingDistance(print, prints[other]!) <= 3) parent[find(i)] = find(other);
        bucket.push(i);
      }
    }
  });
  const byRoot = new Map<number, number[]>();
  prints.forEach((_, i) => {
    const root = find(i);
    const group = byRoot.get(root);
    if (group === undefined) byRoot.set(root, [i]);
    else group.push(i);
  });
  return [...byRoot.values()];
}
