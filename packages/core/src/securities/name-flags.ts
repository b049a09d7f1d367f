import { SECURITIES_NAME_FLAGS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import type { NameTarget } from "./dictionary.js";

/**
 * What the name matcher's guards need to know of a name itself, worked out once when the dictionary is
 * built and kept as bits beside the trie node where the name ends: a match is judged from these and
 * from the characters around it, and the objects behind the name are read only when it is counted.
 */

/** Two characters, the first Han: inside a run of Han text it needs a boundary or a cue (`长和` in `增长和`). */
export const SHORT_HAN = 1;
/** Ends as an industry's name does (`中国银行` → `中国银行业`). */
export const INDUSTRY_END = 2;
/** Ends as a company's name does (`苹果公司`): no ordinary word. */
export const ORGANISATION_END = 4;
/** Written as the exchange lists it, with its marks (`小米集团-W`, `*ST长投`). */
export const LISTING_MARKED = 8;
/** Ends in a Latin letter or digit: it must not run on into a longer word (`Meta` in `Metaverse`). */
export const LATIN_END = 16;
/**
 * The name's first target needs more than a boundary to be read: a sector board (it needs a board's
 * cue), a name that is also an ordinary word, or an exchange.
 */
export const CUED = 32;
/** The name's first target is a sector board: it is read only with a board's cue (`半导体板块`). */
export const SECTOR = 64;
/** The name's first target is an exchange (`港交所`): read as its listing only with a cue about its own shares. */
export const VENUE = 128;
/**
 * The name's first target reads it as an ordinary word (`理想`, `指南针`), not as a subsidiary's name:
 * without a cue it is read only as an item of a list of listings.
 */
export const ORDINARY_WORD = 256;

/**
 * The patterns below are compiled from their literals (`SECURITIES_NAME_FLAGS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let securitiesNameFlagsPatternsCompiled = false;
/** How a company's name ends, where an ordinary word's does not. */
let ORGANISATION: RegExp;
/** `中国银行业`, `证券业`, `中国银行保险报`, `中国银行间市场`: an industry or a market, not the listing whose name ends the word. */
let INDUSTRY_WORD: RegExp;
/** A name as the exchange writes it, with its marks (`小米集团-W`, `*ST长投`), is the listing, never an ordinary word. */
let LISTING_MARK: RegExp;

/** Compiles `SECURITIES_NAME_FLAGS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileSecuritiesNameFlagsPatterns(): void {
  [ORGANISATION, INDUSTRY_WORD, LISTING_MARK] = SECURITIES_NAME_FLAGS_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<3>;
  securitiesNameFlagsPatternsCompiled = true;
}

/** The bits of a folded name (as the trie holds it) whose best target is `first`. */
export function nameFlags(name: string, first: NameTarget): number {
  if (!securitiesNameFlagsPatternsCompiled) compileSecuritiesNameFlagsPatterns();
  const last = name.charCodeAt(name.length - 1);
  let flags = 0;
  if (name.length === 2 && isHan(name.charCodeAt(0))) flags |= SHORT_HAN;
  if (INDUSTRY_WORD.test(name)) flags |= INDUSTRY_END;
  if (ORGANISATION.test(name)) flags |= ORGANISATION_END;
  if (LISTING_MARK.test(name)) flags |= LISTING_MARKED;
  if (isLatinWord(last)) flags |= LATIN_END;
  if (first.entry.kind === "sector" || first.ordinary) flags |= CUED;
  if (first.entry.kind === "sector") flags |= SECTOR;
  if (first.entry.venue) flags |= VENUE;
  if (first.ordinary && !first.subsidiary) flags |= ORDINARY_WORD;
  return flags;
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isLatinLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

export function isLatinWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
