// One measurement of the story bench in a fresh process (so its peak RSS is its own): story keys
// and grouping, by caixun's story module or by the 64-bit SimHash bands it replaced, over the
// seven days of dumps or over generated items. Prints one JSON line.
//   tsx probe.ts <stories|simhash> <dumps|generated> [items] [perDay]

import { parseAllSync } from "@caixun/core";
import {
  DEFAULT_STORY_SETTINGS,
  fingerprint,
  groupKeys,
  hammingDistance,
  storyKey,
} from "@caixun/core/stories";
import { readDumps } from "../../../packages/core/test/dumps.js";
import { generateItems, harvestClauses } from "./generate.js";

const [method, source, itemsArg, perDayArg] = process.argv.slice(2);
interface Item {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  story?: number;
}
const dumps = readDumps(parseAllSync);
const items: Item[] =
  source === "dumps"
    ? dumps
    : [
        ...generateItems(harvestClauses(dumps.map((r) => r.text)), {
          items: Number(itemsArg),
          perDay: Number(perDayArg),
          seed: 1,
        }),
      ];
const loadedMb = process.memoryUsage().rss / 1024 ** 2;

const cpu0 = process.cpuUsage();
const wall0 = performance.now();
let groups: number[][];
let keysMs = 0;
if (method === "stories") {
  const keys = items.map((item) => storyKey(item, DEFAULT_STORY_SETTINGS));
  keysMs = performance.now() - wall0;
  groups = groupKeys(keys, DEFAULT_STORY_SETTINGS);
} else {
  const prints = items.map((item) => fingerprint(item.text));
  keysMs = performance.now() - wall0;
  groups = simhashBands(prints);
}
const wallMs = performance.now() - wall0;
const cpu = process.cpuUsage(cpu0);

// Pair precision and recall against the generated stories (the dumps have no such truth).
let found = 0;
let joined = 0;
let truthPairs = 0;
if (items[0]?.story !== undefined) {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const truth = new Map<number, number>();
  for (const item of items) truth.set(item.story!, (truth.get(item.story!) ?? 0) + 1);
  for (const size of truth.values()) truthPairs += pairs(size);
  for (const group of groups) {
    joined += pairs(group.length);
    const byStory = new Map<number, number>();
    for (const i of group) byStory.set(items[i]!.story!, (byStory.get(items[i]!.story!) ?? 0) + 1);
    for (const n of byStory.values()) found += pairs(n);
  }
}
console.log(
  JSON.stringify({
    items: items.length,
    stories: groups.length,
    keysMs,
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
