import type { ListingKind } from "./site-paths.js";
import type { ArticleSummary } from "./summary.js";

/** The listing that gathers articles without a known source. */
export const UNKNOWN_SOURCE = "来源不明";

/** Listing key → sequences of its articles, for every kind of listing. */
export type Groups = Record<ListingKind, Map<string, number[]>>;

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
 * Groups articles by every listing they appear in; each group lists sequences newest first.
 * `ranked` is every summary, newest first.
 */
export function groupSummaries(ranked: readonly ArticleSummary[]): Groups {
  const groups = Object.fromEntries(KINDS.map((kind) => [kind, new Map<string, number[]>()])) as Groups;
  for (const summary of ranked) {
    for (const kind of KINDS) {
      for (const key of new Set(keysOf(summary, kind))) {
        const list = groups[kind].get(key);
        if (list === undefined) groups[kind].set(key, [summary.sequence]);
        else list.push(summary.sequence);
      }
    }
  }
  return groups;
}

/** Keys ordered for an overview: biggest first, months newest first. */
export function orderedKeys(kind: ListingKind, group: Map<string, number[]>): string[] {
  const keys = [...group.keys()];
  if (kind === "month") return keys.sort().reverse();
  return keys.sort((a, b) => group.get(b)!.length - group.get(a)!.length || a.localeCompare(b, "zh-CN"));
}
