import type { SequenceSpill, SpilledSequence } from "./sequence-spill.js";
import type { ListingKind } from "./site-paths.js";
import type { ArticleSummary } from "./summary.js";

/** The listing that gathers articles without a known source. */
export const UNKNOWN_SOURCE = "来源不明";

/** Listing key → sequences of its articles (spilled to disk), for every kind of listing. */
export type Groups = Record<ListingKind, Map<string, SpilledSequence>>;

function keysOf(summary: ArticleSummary, kind: ListingKind): readonly string[] {
  switch (kind) {
    case "source":
      return [summary.source ?? UNKNOWN_SOURCE];
    case "tag":
      return summary.tags;
    case "category":
      return summary.categories;
    case "security":
      return summary.securities;
    case "month":
      return summary.month === null ? [] : [summary.month];
  }
}

const KINDS: readonly ListingKind[] = ["source", "tag", "category", "security", "month"];

/**
 * Groups articles by every listing they appear in; each group lists sequences newest first, and
 * shows a story once: where its newest copy in the listing is, as its canonical copy when that
 * copy is in the listing too. `ranked` is every summary, newest first (read once, in order); the
 * sequences are kept in `spill`.
 */
export function groupSummaries(ranked: Iterable<ArticleSummary>, spill: SequenceSpill): Groups {
  const groups = Object.fromEntries(
    KINDS.map((kind) => [kind, new Map<string, SpilledSequence>()]),
  ) as Groups;
  /** Per listing, where each story already stands in it. */
  const placed = new Map<string, Map<number, number>>();
  for (const summary of ranked) {
    for (const kind of KINDS) {
      for (const key of new Set(keysOf(summary, kind))) {
        let list = groups[kind].get(key);
        if (list === undefined) {
          list = spill.create();
          groups[kind].set(key, list);
        }
        // Only stories told more than once need a place remembered.
        if (summary.storyCopies === 1) {
          list.push(summary.sequence);
          continue;
        }
        const listing = `${kind}\u0000${key}`;
        let stories = placed.get(listing);
        if (stories === undefined) {
          stories = new Map();
          placed.set(listing, stories);
        }
        const at = stories.get(summary.story);
        if (at === undefined) {
          stories.set(summary.story, list.length);
          list.push(summary.sequence);
        } else if (summary.sequence === summary.story) {
          list.set(at, summary.sequence);
        }
      }
    }
  }
  return groups;
}

/** Keys ordered for an overview: biggest first, months newest first. */
export function orderedKeys(kind: ListingKind, group: Map<string, { readonly length: number }>): string[] {
  const keys = [...group.keys()];
  if (kind === "month") return keys.sort().reverse();
  return keys.sort((a, b) => group.get(b)!.length - group.get(a)!.length || a.localeCompare(b, "zh-CN"));
}
