import type { Pack } from "./types.js";

/** How many pack lists a memo keeps: a corpus mixes a few generators with a few content packs. */
const KEPT = 16;

/**
 * `build` of a pack list, computed once per list: what a stage puts together from the packs' rules
 * (joined patterns, compiled selectors) is the same for every document with those packs. The bodies
 * of a run interleave a few lists (a finews post, a blog post, a Hexo post with a content pack), so
 * the last several are kept, not only the last one: rebuilding patterns also throws away the code
 * the regular-expression engine compiled for them. Lists are compared pack by pack, by identity.
 */
export function memoByPacks<T>(build: (packs: readonly Pack[]) => T): (packs: readonly Pack[]) => T {
  const entries: Array<{ packs: readonly Pack[]; value: T }> = [];
  return (packs) => {
    for (const entry of entries) {
      if (entry.packs.length === packs.length && entry.packs.every((pack, i) => pack === packs[i]))
        return entry.value;
    }
    const value = build(packs);
    if (entries.length === KEPT) entries.pop();
    entries.unshift({ packs: [...packs], value });
    return value;
  };
}
