// The table is read by the package's own name, so that a Worker can serve it from its static assets
// (wrangler.jsonc `alias`, as for `@caixun/core/stories/common-pairs`); in core it is `./words.ts`.
import { PLACES } from "@caixun/core/stories/words";
import { longestFirstAlternation } from "../text/string-finder.js";
import { madeAtFirstUse } from "./at-first-use.js";

/**
 * Every place name (`PLACES`), longest first so that an alternation takes the longest at each
 * position, and not right after a day word's first character: `昨日本土` and `今日本周` name no Japan,
 * `今天津贴` no Tianjin.
 */
const placeNamesPattern = /* @__PURE__ */ madeAtFirstUse(
  () => new RegExp(`(?<![昨今明前当翌次每])(?:${longestFirstAlternation(PLACES)})`, "gu"),
);

/** The places a title names, each once, sorted. */
export function placesIn(title: string): string[] {
  return [...new Set(title.match(placeNamesPattern()) ?? [])].sort();
}

/**
 * Characters after which a place name starts a word of its own (`伊朗和巴基斯坦`, `在埃及`); after any
 * other character it may end a name (`华泰国际` holds no Thailand, `申万宏源香港` no Hong Kong).
 */
const BEFORE_A_PLACE = /[和与及同在对赴至向从自于据经由为将跟、]/u;
const IDEOGRAPH = /\p{Script=Han}/u;

/**
 * The places a sentence names as words of their own, each once, sorted: at its start, after
 * punctuation or a letter, or after a word that introduces one (`BEFORE_A_PLACE`).
 */
export function placesNamedIn(sentence: string): string[] {
  const found = new Set<string>();
  for (const match of sentence.matchAll(placeNamesPattern())) {
    const before = match.index === 0 ? "" : sentence[match.index - 1]!;
    if (before === "" || !IDEOGRAPH.test(before) || BEFORE_A_PLACE.test(before)) found.add(match[0]);
  }
  return [...found].sort();
}
