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
 * Where a list of strings occurs in a text, found in one pass: each string's own `includes` reads the
 * whole text again. The strings are joined into one pattern of literals; the engine stops only where
 * one of them starts (`next`), and there the strings starting with that character (`startingWith`) are
 * compared with `startsWith` — the pattern reports one where several start (`新浪`, `新浪财经APP`). The
 * next search opens at the character after a hit, so strings that overlap it are found too.
 */
export interface StringScan {
  /** Where one of the strings may start in `text`, at `from` or after; -1 when none does. */
  next(text: string, from: number): number;
  /** The strings that start with the character `code`. */
  startingWith(code: number): readonly string[];
}

export function stringScan(strings: readonly string[]): StringScan {
  const wanted = [...new Set(strings)].filter((s) => s !== "");
  const pattern = new RegExp(wanted.length === 0 ? "(?!)" : wanted.map(escapePattern).join("|"), "g");
  const byFirst = new Map<number, string[]>();
  for (const s of wanted) byFirst.set(s.charCodeAt(0), [...(byFirst.get(s.charCodeAt(0)) ?? []), s]);
  return {
    next(text, from) {
      pattern.lastIndex = from;
      return pattern.exec(text)?.index ?? -1;
    },
    startingWith: (code) => byFirst.get(code) ?? [],
  };
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
    for (let at = scan.next(text, 0); at >= 0 && found.size < count; at = scan.next(text, at + 1))
      for (const s of scan.startingWith(text.charCodeAt(at))) if (text.startsWith(s, at)) found.add(s);
    return found;
  };
}
