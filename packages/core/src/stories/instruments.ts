// The table is read by the package's own name, so that a Worker can serve it from its static assets
// (wrangler.jsonc `alias`, as for `@caixun/core/stories/common-pairs`); in core it is `./words.ts`.
import { INSTRUMENT_FAMILIES } from "@caixun/core/stories/words";
import { longestFirstPattern } from "../text/string-finder.js";
import { madeAtFirstUse } from "./at-first-use.js";

/** Families that name what a number measures (a market, a price); periods and sessions do not. */
const SUBJECT_FAMILIES: ReadonlySet<string> = new Set([
  "crudeOil",
  "metal",
  "chinaIndex",
  "hongKongIndex",
  "usIndex",
  "asiaIndex",
  "europeIndex",
  "turnover",
  "yuan",
  "policyRate",
  "bondTenor",
]);

interface Alias {
  family: string;
  member: string;
}

/**
 * Every name to its instrument, and all names as one alternation, longest first so `恒生科技指数`
 * wins over `恒生指数`'s prefix.
 */
const instrumentNamesPattern = /* @__PURE__ */ madeAtFirstUse(() => {
  const aliases = new Map<string, Alias>();
  for (const [family, members] of Object.entries(INSTRUMENT_FAMILIES)) {
    for (const [member, names] of Object.entries(members)) {
      for (const name of names) aliases.set(name, { family, member });
    }
  }
  return { aliases, pattern: longestFirstPattern(aliases.keys(), "gu") };
});

/**
 * Families whose member a text leads with only when its first sentence names it: a results flash is
 * about the period its first sentence reports (`2026年上半年净利润…`), while a note further on may
 * break it down (`小财注：公司Q2净利润…`), which a copy leaves out.
 */
const FIRST_SENTENCE_FAMILIES: ReadonlySet<string> = new Set(["period"]);

/**
 * A character right before a period's name that makes it the base of a comparison (`占比较一季度提高0.9个百分点`,
 * `比上半年`), not the period a text reports: MIIT's half-year figures told with the base station's share
 * against the first quarter are still about the half year.
 */
const COMPARED_WITH = /[较比]$/u;

/**
 * The first member of each family a text names, as `family:member` keys in family order: the
 * instrument a flash leads with is the one it is about (`日经225…韩国综指` is a Nikkei flash).
 * A family of `FIRST_SENTENCE_FAMILIES` counts only within `lead`, the text's first sentence, and not as
 * the base of a comparison (`COMPARED_WITH`).
 */
export function leadingInstruments(text: string, lead: string): string[] {
  const first = new Map<string, string>();
  const { aliases, pattern } = instrumentNamesPattern();
  for (const match of text.matchAll(pattern)) {
    const alias = aliases.get(match[0])!;
    if (FIRST_SENTENCE_FAMILIES.has(alias.family)) {
      if (match.index >= lead.length || COMPARED_WITH.test(text.slice(match.index - 1, match.index)))
        continue;
    }
    if (!first.has(alias.family)) first.set(alias.family, alias.member);
  }
  return [...first].map(([family, member]) => `${family}:${member}`);
}

/** The names (`wti`, `美原油`…) of an instrument by its `family:member` key; none for an unknown key. */
export function instrumentNames(key: string): readonly string[] {
  const at = key.indexOf(":");
  return INSTRUMENT_FAMILIES[key.slice(0, at)]?.[key.slice(at + 1)] ?? [];
}

/** An instrument named in a text that a number after it can measure. */
export interface InstrumentMention {
  /** `family:member`. */
  key: string;
  /** Where the name starts and ends in the text. */
  start: number;
  end: number;
}

/** The mentions of instruments that numbers can measure (markets, prices), in text order. */
export function instrumentMentions(text: string): InstrumentMention[] {
  const mentions: InstrumentMention[] = [];
  const { aliases, pattern } = instrumentNamesPattern();
  for (const match of text.matchAll(pattern)) {
    const alias = aliases.get(match[0])!;
    if (SUBJECT_FAMILIES.has(alias.family)) {
      mentions.push({
        key: `${alias.family}:${alias.member}`,
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  return mentions;
}

/**
 * The first family in which two texts lead with different members, or null when none: `a` and `b`
 * are the members they lead with (`leadingInstruments`), `aText` and `bText` the texts. Two texts
 * that each name the member the other leads with tell the same markets in another order (one
 * feed's `韩国KOSPI指数开盘下跌3.6%…；日经225指数低开0.82%…` is another's `日经225指数低开0.82%…韩国综指低开3.60%…`),
 * which the figures then decide; Brent's alert never names WTI.
 */
export function instrumentConflict(
  a: readonly string[],
  b: readonly string[],
  aText: string,
  bText: string,
): string | null {
  const byFamily = new Map(a.map((key) => [key.slice(0, key.indexOf(":")), key] as const));
  for (const key of b) {
    const other = byFamily.get(key.slice(0, key.indexOf(":")));
    if (other === undefined || other === key) continue;
    if (names(aText, key) && names(bText, other)) continue;
    return `${other} vs ${key.slice(key.indexOf(":") + 1)}`;
  }
  return null;
}

/** True when a text names an instrument (`family:member`) by any of its names. */
function names(text: string, key: string): boolean {
  return instrumentNames(key).some((name) => text.includes(name));
}
