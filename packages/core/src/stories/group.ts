import { AnchorIndex, anchorsOf } from "./anchors.js";
import { compareFeatures, type Verdict } from "./compare.js";
import { type Features, featuresOf } from "./features.js";
import type { StoryKey } from "./key.js";
import type { StorySettings } from "./settings.js";

/** One in this many character triples is an anchor (a power of two). */
const ANCHOR_EVERY = 2;
/** Anchors carried by more live items than this do not propose candidates. */
const MAX_POSTING = 100;
/**
 * A candidate is compared only when it shares at least this share of the anchors of the one of
 * the two with fewer anchors. On the dumps, 99% of the pairs that compare as copies share over a
 * fifth of them; a tenth keeps nearly all and skips most look-alikes cheaply.
 */
const MIN_SHARED_ANCHORS = 0.1;

/**
 * Groups story keys into stories. Items are taken in time order (undated ones last, ties by id),
 * so the result is the same whatever order the keys came in. Each item is compared only with the
 * earlier items it shares an anchor with that are still within the time window, and joins the
 * story of the best match (see `chooseStory`); otherwise it starts a story of its own.
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
  const index = new AnchorIndex(keys.length, isLive, MAX_POSTING);
  /** Undated items can only be exact copies: they are found by their content characters. */
  const byChars = keys.some((key) => key.at === null) ? new Map<string, number>() : null;
  let sinceSweep = 0;

  for (const item of order) {
    const key = keys[item]!;
    if (key.at !== null) newest = key.at;
    const mine = featuresOf(key, settings);
    let chosen = -1;
    if (key.at !== null) {
      const anchors = anchorsOf(mine.chars, ANCHOR_EVERY);
      const matches: Match[] = [];
      anchorCount[item] = anchors.length;
      index.candidates(anchors, (other, shared) => {
        if (shared < MIN_SHARED_ANCHORS * Math.min(anchors.length, anchorCount[other]!)) return;
        if (key.day !== keys[other]!.day && templates.has(key.skeleton)) return;
        const verdict = compareFeatures(mine, features.get(other)!, settings);
        if (verdict.same) matches.push({ story: storyOf[other]!, verdict });
      });
      chosen = chooseStory(
        matches,
        (story) => {
          const founder = stories[story]![0]!;
          return features.get(founder) ?? featuresOf(keys[founder]!, settings);
        },
        (story) => comparableMembers(stories[story]!, key, keys, settings),
        mine,
        settings,
      );
      index.add(item, anchors);
      features.set(item, mine);
    } else {
      chosen = mine.chars === "" ? -1 : (byChars!.get(mine.chars) ?? -1);
    }
    if (chosen === -1) {
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

export interface Match {
  /** The story the matching item belongs to. */
  story: number;
  verdict: Verdict;
}

/**
 * The story a new item joins, among the stories of the items it matched: the best match (highest
 * containment, then the earliest story), provided the item matched at least half of the story's
 * copies it can be compared with (within the time window), and no guard objects to the story's
 * founding copy: stories do not chain from one statement or snapshot to the next through one
 * look-alike member. -1 for none.
 */
export function chooseStory(
  matches: readonly Match[],
  founderOf: (story: number) => Features,
  comparable: (story: number) => number,
  item: Features,
  settings: Readonly<StorySettings>,
): number {
  const matched = new Map<number, number>();
  for (const { story } of matches) matched.set(story, (matched.get(story) ?? 0) + 1);
  const ranked = [...matches].sort((a, b) => b.verdict.score - a.verdict.score || a.story - b.story);
  const tried = new Set<number>();
  for (const { story } of ranked) {
    if (tried.has(story)) continue;
    tried.add(story);
    if (2 * matched.get(story)! < comparable(story)) continue;
    const founder = founderOf(story);
    if (founder.key.id === item.key.id || agreesWithFounder(compareFeatures(item, founder, settings)))
      return story;
  }
  return -1;
}

/** How many copies of a story an item can be compared with: those within the time window of it. */
function comparableMembers(
  members: readonly number[],
  item: StoryKey,
  keys: readonly StoryKey[],
  settings: Readonly<StorySettings>,
): number {
  let count = 0;
  for (let i = members.length - 1; i >= 0; i--) {
    const member = keys[members[i]!]!;
    const hours =
      member.size >= settings.flashMaxCharacters && item.size >= settings.flashMaxCharacters
        ? settings.articleWindowHours
        : settings.flashWindowHours;
    if (member.at !== null && item.at !== null && item.at - member.at <= hours * 3_600_000) count++;
  }
  return count;
}

/** A founder may differ in wording (a paraphrase of a paraphrase) but not in facts or time. */
function agreesWithFounder(verdict: Verdict): boolean {
  return verdict.same || verdict.reason === "different-text" || verdict.reason === "different-lead";
}

/** Time order: dated items by instant, then undated ones; ties by id. */
function compareKeys(a: StoryKey, b: StoryKey): number {
  const at = (a.at ?? Number.POSITIVE_INFINITY) - (b.at ?? Number.POSITIVE_INFINITY);
  if (at !== 0 && !Number.isNaN(at)) return at;
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
