import { type Article, SECURITY_HOWS, type Security } from "../article.js";
import { hash64 } from "../assemble/hash.js";
import { groupKeys } from "./group.js";
import { type StoryKey, storyKey } from "./key.js";
import { resolveStorySettings, type StorySettings } from "./settings.js";

/** What grouping reads of an Article (any record with these fields will do). */
export type StoryArticle = Pick<
  Article,
  "id" | "title" | "text" | "publishedAt" | "source" | "via" | "originalUrl" | "securities" | "tags"
>;

/** One copy of a story: which outlet carried it, when, under which title. */
export interface StoryCopy {
  /** The Article's id (`cls:2439468`, `NW202204282363815497`). */
  id: string;
  /** The outlet that wrote it (`source.name`), null when unknown. */
  source: string | null;
  /** The outlets and feeds it travelled through. */
  via: string[];
  publishedAt: string | null;
  title: string;
  /** Its original or share link, when it has one. */
  url: string | null;
}

/** The same news from several outlets, told once. */
export interface Story {
  /** Stable id: derived from the story's first copy (`storyIdOf`), so adding copies never changes it. */
  storyId: string;
  /** Id of the canonical copy: the most complete text, then the original outlet, then the earliest. */
  canonical: string;
  /** Title of the canonical copy. */
  title: string;
  /** `publishedAt` of the earliest copy, null when no copy is dated. */
  firstSeenAt: string | null;
  /** Every copy, earliest first (undated last). */
  copies: StoryCopy[];
  /**
   * Securities of every copy, merged, first seen first: the strongest evidence any copy found it by,
   * the most mentions of any one copy, the first name given.
   */
  securities: Security[];
  /** Tags of every copy, de-duplicated in order. */
  tags: string[];
}

/**
 * The story id of a story whose first copy is this Article: derived from its id and its
 * `publishedAt`, so that a copy whose date changed (and which a sharded store moved to another
 * month) founds a story with another id than the one it left behind, where its other copies stay.
 */
export function storyIdOf(firstCopy: Pick<Article, "id" | "publishedAt">): string {
  return `s${hash64(`${firstCopy.id}\n${firstCopy.publishedAt ?? ""}`)}`;
}

/** What the canonical choice reads of a copy. */
export interface CanonicalCandidate {
  id: string;
  /** Content characters of its comparison text (`StoryKey.size`). */
  size: number;
  /** Milliseconds since the epoch, null when undated. */
  at: number | null;
  /** True when it came through an aggregator or feed (`via` is not empty). */
  relayed: boolean;
}

/**
 * Index of the canonical copy: among the copies at least `completeShare` as long as the longest
 * (the complete ones, not truncated copies), an original outlet before a relay, then the earliest,
 * then the smallest id.
 */
export function chooseCanonical(copies: readonly CanonicalCandidate[], completeShare: number): number {
  const longest = Math.max(...copies.map((copy) => copy.size));
  let best = -1;
  for (let i = 0; i < copies.length; i++) {
    const copy = copies[i]!;
    if (copy.size < completeShare * longest) continue;
    if (best === -1 || betterCanonical(copy, copies[best]!)) best = i;
  }
  return best;
}

/**
 * True when `a` is the better canonical copy of two complete ones: an original outlet before a relay, then the
 * earliest, then the smaller id. A strict order on copies of distinct ids, so the best of a set does not depend on
 * the order it is read in (a store keeps the best so far and compares each new copy with it).
 */
export function betterCanonical(a: CanonicalCandidate, b: CanonicalCandidate): boolean {
  if (a.relayed !== b.relayed) return !a.relayed;
  const ta = a.at ?? Number.POSITIVE_INFINITY;
  const tb = b.at ?? Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb;
  return a.id < b.id;
}

/**
 * Groups articles into stories (see `groupKeys` for how), each with its canonical copy, first
 * sighting, copies and merged securities and tags. Stories come in the order of their first copy;
 * an article without copies is a story of one. Each returned story's `copies` name the articles
 * by id; `storyIdOf` gives the id every article of a story carries as `storyId`.
 */
export function groupStories(articles: readonly StoryArticle[], overrides?: Partial<StorySettings>): Story[] {
  const settings = resolveStorySettings(overrides);
  const keys = articles.map((article) => storyKey(article, settings));
  return groupKeys(keys, settings).map((members) =>
    assembleStory(
      members.map((i) => articles[i]!),
      members.map((i) => keys[i]!),
      settings.completeShare,
    ),
  );
}

/**
 * A story from its copies and their keys, both in time order (as `groupKeys` lists them). The
 * copies' texts are not read (their keys hold what is needed), so a caller may drop them.
 */
export function assembleStory(
  copies: readonly Omit<StoryArticle, "text">[],
  keys: readonly StoryKey[],
  completeShare: number,
): Story {
  const canonical =
    copies[
      chooseCanonical(
        copies.map((copy, i) => ({
          id: copy.id,
          size: keys[i]!.size,
          at: keys[i]!.at,
          relayed: copy.via.length > 0,
        })),
        completeShare,
      )
    ]!;
  return storyOfCopies(storyIdOf(copies[0]!), canonical, copies);
}

/**
 * A story told by these copies (in time order): the id it was given, its canonical copy, the first
 * sighting, every copy, their securities and tags merged. For a store that keeps the canonical
 * choice beside the copies it lists.
 */
export function storyOfCopies(
  storyId: string,
  canonical: Pick<StoryArticle, "id" | "title">,
  copies: readonly Omit<StoryArticle, "text">[],
): Story {
  // A set: a copy's tags are as many as its front matter states (100,000 looked up in a list is minutes).
  const tags = new Set<string>();
  for (const copy of copies) for (const tag of copy.tags) tags.add(tag);
  return {
    storyId,
    canonical: canonical.id,
    title: canonical.title,
    firstSeenAt: copies.find((copy) => copy.publishedAt !== null)?.publishedAt ?? null,
    copies: copies.map((copy) => ({
      id: copy.id,
      source: copy.source?.name ?? null,
      via: copy.via,
      publishedAt: copy.publishedAt,
      title: copy.title,
      url: copy.originalUrl,
    })),
    securities: storySecurities(copies.map((copy) => copy.securities)),
    tags: [...tags],
  };
}

/** One security per listing across the copies (see `Story.securities`). */
function storySecurities(lists: readonly (readonly Security[])[]): Security[] {
  const byKey = new Map<string, Security>();
  for (const list of lists) {
    for (const security of list) {
      const key = `${security.code}.${security.market}`;
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, { ...security });
        continue;
      }
      if (SECURITY_HOWS.indexOf(security.how) < SECURITY_HOWS.indexOf(known.how)) known.how = security.how;
      known.mentions = Math.max(known.mentions, security.mentions);
      if (!known.name && security.name) known.name = security.name;
    }
  }
  return [...byKey.values()];
}
