import { escapePattern } from "./pattern-set.js";

/**
 * Which of a list of strings a text holds, found in one pass: each string's own `includes` reads
 * the whole text again, and choosing a document's packs looked for some twenty domain names and
 * markers in every body, most of them absent. The strings are joined into one pattern of literals;
 * the engine stops only where one of them starts, and there the strings starting with that
 * character are compared.
 */
export type StringFinder = (text: string) => ReadonlySet<string>;

export function stringFinder(strings: readonly string[]): StringFinder {
  const wanted = [...new Set(strings)].filter((s) => s !== "");
  if (wanted.length === 0) return () => new Set();
  const pattern = new RegExp(wanted.map(escapePattern).join("|"), "g");
  const byFirst = new Map<number, string[]>();
  for (const s of wanted) byFirst.set(s.charCodeAt(0), [...(byFirst.get(s.charCodeAt(0)) ?? []), s]);
  return (text) => {
    const found = new Set<string>();
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // The pattern reports one string where several start (`新浪`, `新浪财经APP`): compare each.
      for (const s of byFirst.get(text.charCodeAt(match.index))!)
        if (text.startsWith(s, match.index)) found.add(s);
      if (found.size === wanted.length) break;
      // From the next character, so strings that overlap this one are found too.
      pattern.lastIndex = match.index + 1;
    }
    return found;
  };
}
