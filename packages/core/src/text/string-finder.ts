/** A string as a pattern that matches it literally. */
export function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Names as one alternation of literals that reads the longest name where several start at one
 * place (`恒生科技指数`, not its prefix `恒生指数`; `标普500指数`, not `标普500`): an alternation takes
 * the first name that matches there, so the names go longest first, ties in code order (one
 * pattern whatever order the names came in). The source, for a pattern that puts a condition
 * around it (a lookbehind: `stories/places.ts`); `longestFirstPattern` for the alternation alone.
 */
export function longestFirstAlternation(names: Iterable<string>): string {
  return [...names]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapePattern)
    .join("|");
}

/** `longestFirstAlternation` as a pattern of its own. */
export function longestFirstPattern(names: Iterable<string>, flags: string): RegExp {
  return new RegExp(longestFirstAlternation(names), flags);
}

/**
 * Where a list of strings occurs in a text, found by a few searches: each string's own `includes` reads the
 * whole text again. The strings are joined into patterns of literals; the engine stops only where one of
 * them starts (`next`), and there the strings starting with that character (`startingWith`) are compared
 * with `startsWith` — a pattern reports one where several start (`新浪`, `新浪财经APP`). The next search
 * opens at the character after a hit, so strings that overlap it are found too.
 *
 * Why a few patterns and not one (`openingGroups`): V8's engine skips ahead through a text, a table look-up
 * a character, only where a pattern's matches open with few characters; one joined list of some thirty
 * Chinese words opening with as many characters tried every alternative at every position (the boilerplate
 * rules' words: 8.3 M instructions a pass of the check's inputs as one pattern, 3.5 M as two).
 */
export interface StringScan {
  /** How many searches a text is read by: `next`'s `search`, from 0. */
  readonly searches: number;
  /**
   * Where one of the strings of search `search` may start in `text`, at `from` or after; -1 when none does.
   * The searches are apart: a text's hits come search by search, each search's in the text's order.
   */
  next(text: string, from: number, search: number): number;
  /** The strings that start with the character `code`. */
  startingWith(code: number): readonly string[];
}

export function stringScan(strings: readonly string[]): StringScan {
  const wanted = [...new Set(strings)].filter((s) => s !== "");
  const patterns =
    wanted.length === 0
      ? [/(?!)/g]
      : openingGroups(wanted, (s) => [s.charCodeAt(0)]).map(
          (group) => new RegExp(group.map(escapePattern).join("|"), "g"),
        );
  const byFirst = new Map<number, string[]>();
  for (const s of wanted) byFirst.set(s.charCodeAt(0), [...(byFirst.get(s.charCodeAt(0)) ?? []), s]);
  return {
    searches: patterns.length,
    next(text, from, search) {
      const pattern = patterns[search]!;
      pattern.lastIndex = from;
      return pattern.exec(text)?.index ?? -1;
    },
    startingWith: (code) => byFirst.get(code) ?? [],
  };
}

/**
 * The size of the table V8's regular-expression compiler (irregexp's Boyer–Moore look-ahead) reads a
 * character by, its code modulo this (`RegExpMacroAssembler::kTableSize`).
 */
const SKIP_TABLE_SIZE = 128;
/**
 * How many entries of that table a position of a pattern's matches may use for the engine still to skip ahead
 * by it: above 16 it judges the skip not worth it (`FindWorthwhileInterval` tries 4, 8 and 16), and the
 * pattern tries every alternative at every position of the text.
 */
const SKIP_OPENINGS_MAX = 16;

/** The entry of that table a search for a string opening with the UTF-16 code `code` uses. */
export const skipTableEntry = (code: number): number => code % SKIP_TABLE_SIZE;

/**
 * `items` (a pattern's alternatives, the strings of a list) in groups, in their order, each group's items
 * opening with at most `SKIP_OPENINGS_MAX` entries of the skip table, so that a pattern of each group skips
 * ahead (`SKIP_TABLE_SIZE`); each goes to the first group it fits, so items sharing an entry share a group.
 * `opens`: the UTF-16 codes an item's match may open with, or null when they are not listed: such items go
 * together in a last group. One group when the items are few enough.
 */
export function openingGroups<T>(items: readonly T[], opens: (item: T) => readonly number[] | null): T[][] {
  const groups: { entries: Set<number>; items: T[] }[] = [];
  const unlisted: T[] = [];
  for (const item of items) {
    const codes = opens(item);
    if (codes === null) {
      unlisted.push(item);
      continue;
    }
    const entries = codes.map(skipTableEntry);
    const group = groups.find((g) => new Set([...g.entries, ...entries]).size <= SKIP_OPENINGS_MAX);
    if (group === undefined) groups.push({ entries: new Set(entries), items: [item] });
    else {
      for (const entry of entries) group.entries.add(entry);
      group.items.push(item);
    }
  }
  return [...groups.map((group) => group.items), ...(unlisted.length > 0 ? [unlisted] : [])];
}

/**
 * Which of a list of strings a text holds (`stringScan`): choosing a document's packs looks for some
 * twenty domain names and markers in every body, most of them absent.
 */
export type StringFinder = (text: string) => ReadonlySet<string>;

export function stringFinder(strings: readonly string[]): StringFinder {
  const scan = stringScan(strings);
  const count = new Set(strings.filter((s) => s !== "")).size;
  return (text) => {
    const found = new Set<string>();
    if (count === 0) return found;
    for (let search = 0; search < scan.searches && found.size < count; search++)
      for (
        let at = scan.next(text, 0, search);
        at >= 0 && found.size < count;
        at = scan.next(text, at + 1, search)
      )
        for (const s of scan.startingWith(text.charCodeAt(at))) if (text.startsWith(s, at)) found.add(s);
    return found;
  };
}
