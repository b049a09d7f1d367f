import type { Pack } from "./types.js";

/**
 * How many pack lists a memo keeps: a corpus mixes a few generators with a few content packs. The repository's
 * own files give 27 lists; with 16 kept, a pass over them rebuilt every stage's rules 28 times, each rebuild
 * reading every rule's pattern again (`patternSet`) and compiling the joined ones anew.
 */
export const KEPT = 64;

/**
 * `build` of a pack list, computed once per list: what a stage puts together from the packs' rules
 * (joined patterns, compiled selectors) is the same for every document with those packs. The bodies
 * of a run interleave a few lists (a finews post, a blog post, a Hexo post with a content pack), so
 * the last several are kept, not only the last one: rebuilding patterns also throws away the code
 * the regular-expression engine compiled for them. Lists are compared pack by pack, by identity; a list
 * found moves to the front, so the one given up when more are met is the one least recently used.
 */
export function memoByPacks<T>(build: (packs: readonly Pack[]) => T): (packs: readonly Pack[]) => T {
  const entries: Array<{ packs: readonly Pack[]; value: T }> = [];
  return (packs) => {
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.packs.length !== packs.length || !entry.packs.every((pack, j) => pack === packs[j])) continue;
      for (let j = i; j > 0; j--) entries[j] = entries[j - 1]!;
      entries[0] = entry;
      return entry.value;
    }
    const value = build(packs);
    if (entries.length === KEPT) entries.pop();
    entries.unshift({ packs: [...packs], value });
    return value;
  };
}
