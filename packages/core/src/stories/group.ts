import { AnchorIndex, anchorsOf } from "./anchors.js";
import { assignStory, CANDIDATES, type Candidate, comparableCopies, enoughSharedAnchors } from "./assign.js";
import { type Features, featuresOf } from "./features.js";
import type { StoryKey } from "./key.js";
import type { StorySettings } from "./settings.js";

/**
 * Groups story keys into stories. Items are taken in time order (undated ones last, ties by id),
 * so the result is the same whatever order the keys came in. Each item is compared only with the
 * earlier items it shares enough anchors with that are still within the time window (an inverted
 * index, never the whole corpus), and joins a story as `assignStory` decides; otherwise it starts
 * a story of its own. An undated item joins only an item with the same text.
 *
 * Returns the stories as lists of indices into `keys`, each list in time order, the lists in the
 * order of their first item.
 */
export function groupKeys(keys: readonly StoryKey[], settings: Readonly<StorySettings>): number[][] {
  const order = keys.map((_, i) => i).sort((a, b) => compareKeys(keys[a]!, keys[b]!));
  const templates = recurringTemplates(keys, settings.templateDays);
  const flashWindow = settings.flashWindowHours * 3_600_000;
  const articleWindow = Math.max(settings.flashWindowHours, settings.articleWindowHours) * 3_600_000;

  const storyOf = new Int32Array(keys.length).fill(-1);
  const anchorCount = new Int32Array(keys.length);
  const stories: number[][] = [];
  const features = new Map<number, Features>();
  let newest = Number.NEGATIVE_INFINITY;
  // A flash can meet a later item only within the flash window; an article, another article later.
  const isLive = (item: number) => {
    const key = keys[item]!;
    const window = key.size >= settings.flashMaxCharacters ? articleWindow : flashWindow;
    return (key.at ?? Number.POSITIVE_INFINITY) >= newest - window;
  };
  const index = new AnchorIndex(keys.length, isLive, CANDIDATES.maxPosting);
  const featuresOfItem = (item: number) => features.get(item) ?? featuresOf(keys[item]!, settings);
  /** Undated items can only be exact copies: they are found by their content characters. */
  const byChars = keys.some((key) => key.at === null) ? new Map<string, number>() : null;
  let sinceSweep = 0;

  for (const item of order) {
    const key = keys[item]!;
    if (key.at !== null) newest = key.at;
    const mine = featuresOf(key, settings);
    let chosen: number | null = null;
    if (key.at !== null) {
      const anchors = anchorsOf(mine.chars, CANDIDATES.every);
      anchorCount[item] = anchors.length;
      const candidates: Candidate<number>[] = [];
      index.candidates(anchors, (other, shared) => {
        if (enoughSharedAnchors(shared, anchors.length, anchorCount[other]!)) {
          candidates.push({ features: features.get(other)!, story: storyOf[other]! });
        }
      });
      chosen = assignStory(
        mine,
        candidates,
        (story) => ({
          founder: featuresOfItem(stories[story]![0]!),
          comparable: comparableCopies(
            stories[story]!.map((m) => keys[m]!),
            key,
            settings,
          ),
        }),
        templates.has(key.skeleton),
        settings,
      );
      index.add(item, anchors);
      features.set(item, mine);
    } else if (mine.chars !== "") {
      chosen = byChars!.get(mine.chars) ?? null;
    }
    if (chosen === null) {
      chosen = stories.length;
      stories.push([]);
    }
    stories[chosen]!.push(item);
    storyOf[item] = chosen;
    if (byChars !== null && mine.chars !== "" && !byChars.has(mine.chars)) byChars.set(mine.chars, chosen);

    if (++sinceSweep === 4096) {
      sinceSweep = 0;
      index.sweep();
      for (const other of features.keys()) if (!isLive(other)) features.delete(other);
    }
  }
  return stories;
}

/** Time order: dated items by instant, then undated ones; ties by id. */
function compareKeys(a: StoryKey, b: StoryKey): number {
  if (a.at !== null && b.at !== null && a.at !== b.at) return a.at - b.at;
  if (a.at === null && b.at !== null) return 1;
  if (b.at === null && a.at !== null) return -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Skeletons seen on at least `minDays` distinct days: recurring templates. */
export function recurringTemplates(keys: readonly StoryKey[], minDays: number): Set<string> {
  const days = new Map<string, Set<string>>();
  for (const key of keys) {
    if (key.day === null) continue;
    const set = days.get(key.skeleton);
    if (set === undefined) days.set(key.skeleton, new Set([key.day]));
    else set.add(key.day);
  }
  const templates = new Set<string>();
  for (const [skeleton, set] of days) if (set.size >= minDays) templates.add(skeleton);
  return templates;
}
