/**
 * The passage of an article's text around what a search matched, for the result list: the first
 * place where a word of the query occurs (compared width- and case-folded, as the index compares),
 * with every occurrence of a query word in the passage marked. Shared by the search page and tests.
 */

import { foldText } from "@caixun/core/policy";

/** Characters of context shown before the first match, and the passage's whole length. */
const BEFORE = 24;
const LENGTH = 110;

/** A passage as runs of text; `marked` runs are what the query matched. */
export type SnippetPart = { text: string; marked: boolean };

/** The text folded character by character, with where each folded unit came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldText(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** Words of the query, folded, longest first (so 中国太保 is marked whole, not as 中国). */
function queryWords(query: string): string[] {
  const words = foldText(query)
    .split(/\s+/u)
    .filter((word) => word !== "");
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * The passage of `text` to show for `query`. Starts at the text's beginning when no query word
 * occurs in it as written (an index of character pairs can match text that holds the pairs apart).
 */
export function snippet(text: string, query: string): SnippetPart[] {
  const flat = text.replace(/\s+/gu, " ").trim();
  const { folded, origin } = foldWithMap(flat);
  const words = queryWords(query);
  let first = -1;
  for (const word of words) {
    const at = folded.indexOf(word);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const start = first < 0 ? 0 : Math.max(0, origin[first]! - BEFORE);
  const end = Math.min(flat.length, start + LENGTH);
  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, marked: boolean) => {
    if (to > from) parts.push({ text: flat.slice(from, to), marked });
  };
  if (start > 0) parts.push({ text: "…", marked: false });
  let cursor = start;
  let searchFrom = folded.length === 0 ? 0 : origin.findIndex((index) => index >= start);
  while (words.length > 0 && searchFrom >= 0) {
    let best: { at: number; word: string } | null = null;
    for (const word of words) {
      const at = folded.indexOf(word, searchFrom);
      if (at >= 0 && (best === null || at < best.at)) best = { at, word };
    }
    if (best === null) break;
    const from = origin[best.at]!;
    const to = origin[best.at + best.word.length]!;
    if (to > end) break;
    push(cursor, from, false);
    push(from, to, true);
    cursor = to;
    searchFrom = best.at + best.word.length;
  }
  push(cursor, end, false);
  if (end < flat.length) parts.push({ text: "…", marked: false });
  return parts;
}
