import { SECURITIES_NAMES_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Listing, Market } from "../article.js";
import type { CodeMention } from "../enrich/securities.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import type { NameTarget, SecurityDictionary, SecurityEntry } from "./dictionary.js";
import { foldCode, foldForMatch } from "./fold.js";
import {
  CUED,
  INDUSTRY_END,
  isHan,
  isLatinLetter,
  isLatinWord,
  LATIN_END,
  LISTING_MARKED,
  ORDINARY_WORD,
  ORGANISATION_END,
  SECTOR,
  SHORT_HAN,
  VENUE,
} from "./name-flags.js";
import type { PackedTrie } from "./trie.js";

/**
 * The patterns below are compiled from their literals (`SECURITIES_NAMES_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let securitiesNamesPatternsCompiled = false;
/** What may follow a name that is also an ordinary word for it to be read as the listing. */
let STOCK_CUE: RegExp;
/**
 * What a company does as a company — says, announces, plans, prices, buys (`苹果称`, `苹果据悉已就…`,
 * `小米多款手机今起正式涨价`): a cue only for a name that opens its phrase, since a noun that is also a
 * name does the same at the end of a longer one (`四足机器人计划`, `自变量机器人发布`, `初级农产品收购`).
 */
let ACTION_CUE: RegExp;
/**
 * A cue about the shares themselves: what may follow an exchange's name for it to be read as its own
 * listing (not a filing there), and a short name inside a run of Han text.
 */
let OWN_SHARES_CUE: RegExp;
/** A class of shares written right after a name (`哔哩哔哩-WH股`). */
let SHARE_CLASS: RegExp;
/** What separates the items of a list of companies (`联迪信息、指南针、银之杰`). */
let LIST_SEPARATOR: RegExp;
/**
 * Another company's name that the name of a company listed in China opens (`杭州福斯特药业有限公司`,
 * `鄂尔多斯新能源公司`): up to four more characters of a name, a line of business and `公司` or `有限公司`
 * right after it make it the first characters of an unlisted company's name, or of a subsidiary's the
 * dictionary does not record. A company listed in China is a joint-stock company, whose own full name
 * ends in 股份有限公司, which this never reads (`宁德时代新能源科技股份有限公司`). The characters between
 * are a name's, never a word that relates the company to another (`智谱入股具身智能公司`, `旗下`, `等多家`,
 * `成立`). @bounded: at most four characters before the line of business.
 */
let ANOTHER_COMPANY: RegExp;

/** Compiles `SECURITIES_NAMES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileSecuritiesNamesPatterns(): void {
  [STOCK_CUE, ACTION_CUE, OWN_SHARES_CUE, SHARE_CLASS, LIST_SEPARATOR, ANOTHER_COMPANY] =
    SECURITIES_NAMES_PATTERNS.map(regexFromLiteral) as RegExps<6>;
  securitiesNamesPatternsCompiled = true;
}

/**
 * Reading a text for the names of a securities dictionary: the one part of finding securities that
 * needs a dictionary, so it comes with one (`SecurityDictionary.reader`, set by `createDictionary`)
 * rather than with `parse`, which without a dictionary finds codes alone and need not carry it.
 */

/** What a dictionary reads a text with (`SecurityDictionary.reader`). */
export interface NameReader {
  /** The dictionary's names a text uses, in text order (see {@link namesIn}). */
  namesIn(
    text: string,
    dictionary: SecurityDictionary,
    codes: readonly CodeMention[],
    coded: ReadonlySet<string>,
  ): NameMention[];
  /** The index or board a listing of a record or page stands for by its name (see {@link namedGroup}). */
  namedGroup(listing: Listing, dictionary: SecurityDictionary): SecurityEntry | null;
}
/**
 * Han characters that may stand right before a short name as a word boundary, a word of one
 * character (`将`, `与`, `的`…); anything that is not Han is a boundary too (punctuation, `C长鑫`, a
 * listing's first day).
 */
const HAN_BOUNDARY_BEFORE = new Set(
  [..."将对与和及向把被由在从给为是以据让或的"].map((c) => c.charCodeAt(0)),
);
/** What names a board as a board right after its name: `半导体板块`, `CPO概念`, `锂电池等板块`. */
const SECTOR_WORDS = ["板块", "概念", "指数", "行业", "赛道", "产业链", "股"];
/** What joins a board to the next item of a list that ends as a board's (`贵金属、民爆等板块`). */
const LIST_JOINERS = "、和及与";
/** A board named as a board: `半导体板块`, `CPO概念`, or one of a list that ends so (`贵金属、民爆等板块`). */
const SECTOR_CUE: WordCue = {
  pattern: new RegExp(
    `等?(?:${SECTOR_WORDS.join("|")}|[${LIST_JOINERS}][^。，,；;！？\\n]{0,40}(?:板块|概念))`,
    "y",
  ),
  starts: charCodes(`等${LIST_JOINERS}${SECTOR_WORDS.map((word) => word[0]).join("")}`),
};
/** After a name ending as an industry's does: `中国银行业`, `证券业`, `中国银行保险报`, `中国银行间市场` are an industry or a market. */
const INDUSTRY_WORDS = ["业", "行业", "保险", "间"];
const INDUSTRY_NEXT: WordCue = {
  pattern: new RegExp(`(?:${INDUSTRY_WORDS.join("|")})`, "y"),
  starts: charCodes(INDUSTRY_WORDS.map((word) => word[0]).join("")),
};
/** Markets whose companies are joint-stock companies under Chinese law (see {@link ANOTHER_COMPANY}). */
const CHINA_MARKETS: ReadonlySet<Market | null> = new Set<Market | null>(["SH", "SZ", "BJ"]);
/** How far after a name `公司` may end another company's name that the name opens (see {@link ANOTHER_COMPANY}). */
const ANOTHER_COMPANY_REACH = 10;

/** Whether a sticky pattern matches the text right at `at` (no slice of the text is made). */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * A cue made of words: its pattern, and the characters its words start with. Most names a cue is
 * looked for after are not followed by one, and a glance at the next character answers for them
 * without running the pattern (whose code the rest of the parse has pushed out of the cache).
 */
interface WordCue {
  pattern: RegExp;
  starts: ReadonlySet<number>;
}

function cueAt(cue: WordCue, text: string, at: number): boolean {
  return cue.starts.has(text.charCodeAt(at)) && matchesAt(cue.pattern, text, at);
}

function charCodes(characters: string): ReadonlySet<number> {
  return new Set([...characters].map((c) => c.charCodeAt(0)));
}

/**
 * Where the longest name found by {@link longestNameAt} ends, and its trie node: the targets it stands
 * for are read (`names.valueAt(node, k)`) only for a match the guards' bits do not already turn away.
 */
export interface NameMatch {
  end: number;
  /** The trie node where the name ends (its {@link PackedTrie.flagsAt} bits and its targets). */
  node: number;
}

/**
 * The longest dictionary name starting at `start` of the text, walking on from `node`, the trie node
 * two characters deep along the text's first two there ({@link PackedTrie.startsIn} finds it); the
 * text after them is folded as it is read. Fills `match` and returns true, or returns false when no
 * name starts there. Nothing is allocated and no object read: the matcher calls it at every position
 * its filters let through.
 */
export function longestNameAt(
  names: PackedTrie<NameTarget>,
  text: string,
  start: number,
  node: number,
  match: NameMatch,
): boolean {
  let end = -1;
  let best = -1;
  for (let i = start + 2, at = node; ; i++) {
    if (names.endsAt(at)) {
      end = i;
      best = at;
    }
    if (i >= text.length) break;
    at = names.child(at, foldCode(text.charCodeAt(i)));
    if (at === -1) break;
  }
  if (best === -1) return false;
  match.end = end;
  match.node = best;
  return true;
}

/** The entries a whole name stands for (`科创50` → the index), best first; empty when it names none. */
export function entriesNamed(dictionary: SecurityDictionary, name: string): readonly NameTarget[] {
  const folded = foldForMatch(name);
  let node = 0;
  for (let i = 0; i < folded.length && node !== -1; i++)
    node = dictionary.names.child(node, folded.charCodeAt(i));
  return (node > 0 && dictionary.names.valuesAt(node)) || [];
}

/**
 * The index or board a record or page lists under a stock's code but names as the index (a feed
 * giving 科创50 as `000688.SZ`, which is 国城矿业): the dictionary's names decide, not the code.
 */
export function namedGroup(listing: Listing, dictionary: SecurityDictionary): SecurityEntry | null {
  if (!listing.name) return null;
  const targets = entriesNamed(dictionary, listing.name);
  const key = `${listing.code}.${listing.market}`;
  if (targets.length === 0 || targets.some((t) => t.key === key)) return null;
  return targets.find((t) => t.entry.kind !== "security")?.entry ?? null;
}

/** A name the text uses and the entry it stands for. */
export interface NameMention {
  target: NameTarget;
  start: number;
  end: number;
}

export function namesIn(
  text: string,
  dictionary: SecurityDictionary,
  codes: readonly CodeMention[],
  coded: ReadonlySet<string>,
): NameMention[] {
  if (!securitiesNamesPatternsCompiled) compileSecuritiesNamesPatterns();
  const found: NameMention[] = [];
  const ordinary: NameMention[] = [];
  const match: NameMatch = { end: 0, node: -1 };
  let codeAt = 0;
  // Where `公司` is written next (at or after the last name's end), found once for the whole text.
  let companyAt = -2;
  // Every position is looked at; the trie's filters turn most away, all positions at once.
  const { names } = dictionary;
  const count = names.startsIn(text);
  const positions = names.startPositions;
  const pairNodes = names.startNodes;
  // Where the scan goes on: past a code, or past a name read as a listing.
  let next = 0;
  for (let k = 0; k < count; k++) {
    const i = positions[k]!;
    if (i < next) continue;
    if (!longestNameAt(names, text, i, pairNodes[k]!, match)) continue;
    // Codes are evidence of their own: no name starts inside `(601601.SH)`.
    while (codeAt < codes.length && codes[codeAt]!.end <= i) codeAt++;
    const code = codes[codeAt];
    if (code && code.start <= i) {
      next = code.end;
      continue;
    }
    // A Latin name starts a word: `ai` is not read inside `openai` (a digit before it is a boundary: `08:00SK海力士`).
    if (isLatinLetter(foldCode(text.charCodeAt(i))) && isLatinLetter(foldCode(text.charCodeAt(i - 1))))
      continue;
    const verdict = accept(text, i, match, names, coded);
    // Longest name wins across the dictionary: a longer name that starts inside this one and runs on
    // past it is the one the text writes (`XY银行间` … the longer reading), when it is read itself.
    if (verdict === REJECTED || longerNameInside(text, k, match.end, names, coded)) continue;
    if (companyAt !== -1 && companyAt < match.end) companyAt = text.indexOf("公司", match.end);
    if (
      companyAt !== -1 &&
      companyAt - match.end <= ANOTHER_COMPANY_REACH &&
      CHINA_MARKETS.has(names.valueAt(match.node, verdict >> 1).entry.market) &&
      matchesAt(ANOTHER_COMPANY, text, match.end)
    ) {
      continue;
    }
    const mention = { target: names.valueAt(match.node, verdict >> 1), start: i, end: match.end };
    if (verdict & ORDINARY) ordinary.push(mention);
    else {
      found.push(mention);
      next = match.end;
    }
  }
  // An ordinary word is read only beside a listing: with none found there is no list to read it in.
  return ordinary.length === 0 || found.length === 0 ? found : withListed(text, found, ordinary);
}

/**
 * Whether a name longer than the name at the `at`-th of the positions {@link PackedTrie.startsIn} found
 * (up to `end`) starts inside it, runs on past its end and is read as a listing, index or board there
 * (not as an ordinary word): then the text writes that name, and the shorter one is only its first
 * characters.
 */
function longerNameInside(
  text: string,
  at: number,
  end: number,
  names: SecurityDictionary["names"],
  coded: ReadonlySet<string>,
): boolean {
  const positions = names.startPositions;
  const start = positions[at]!;
  const inner = INNER_MATCH;
  // Only positions inside the name are looked at: the caller scans on from its end itself (the
  // positions end with the text's length, which no name runs past).
  for (let k = at + 1; positions[k]! < end; k++) {
    const j = positions[k]!;
    const found = longestNameAt(names, text, j, names.startNodes[k]!, inner);
    if (!found || inner.end <= end || inner.end - j <= end - start) continue;
    const verdict = accept(text, j, inner, names, coded);
    if (verdict !== REJECTED && !(verdict & ORDINARY)) return true;
  }
  return false;
}

/**
 * Names that are also ordinary words, read as listings where they stand in a list beside a listing
 * (`联迪信息、指南针、银之杰、同花顺等涨幅靠前`: 指南针 and 同花顺 are the companies there). A list is read
 * outward from every listing in it, so a run of such names beside one listing is read whole.
 */
function withListed(text: string, found: NameMention[], ordinary: NameMention[]): NameMention[] {
  if (!securitiesNamesPatternsCompiled) compileSecuritiesNamesPatterns();
  // Where they stand is compared first: the objects behind a name are read only for a neighbour.
  const beside = (a: NameMention, b: NameMention) =>
    a.end + 1 === b.start && LIST_SEPARATOR.test(text[a.end] ?? "") && a.target.entry.kind === "security";
  const pending: (NameMention | undefined)[] = ordinary.filter(
    (o) => !found.some((f) => f.start < o.end && o.start < f.end),
  );
  const listed = [...found];
  // Each listing, and each name read beside one, is looked beside once: the list grows outward from it.
  for (let at = 0; at < listed.length; at++) {
    const item = listed[at]!;
    for (let k = 0; k < pending.length; k++) {
      const name = pending[k];
      if (name && (beside(item, name) || beside(name, item))) {
        listed.push(name);
        pending[k] = undefined;
      }
    }
  }
  return listed.sort((a, b) => a.start - b.start);
}

/** {@link accept}'s answer when the guards reject a match. */
const REJECTED = -1;
/** The bit of {@link accept}'s answer saying the name is read as an ordinary word. */
const ORDINARY = 1;
/** The match {@link longerNameInside} fills: one for the process (the matcher is not re-entrant), so that no check allocates. */
const INNER_MATCH: NameMatch = { end: 0, node: -1 };

/**
 * What the guards make of the name `match` found at `start`: {@link REJECTED}, or the index of the
 * target it stands for in the node's targets (`names.valueAt(match.node, k)`) shifted left once, with the
 * {@link ORDINARY} bit set when it is also an ordinary word with no cue beside it (read only as an item
 * of a list of listings). A number, not an object, so that judging the matches of a text allocates
 * nothing. The name's own traits and its first target's are its trie node's bits, so that a match is
 * judged without reading the objects behind it: they are read only where the story writes codes (a
 * listing whose code it writes wins). A cue is looked for only where the bits leave it to decide.
 */
function accept(
  text: string,
  start: number,
  match: NameMatch,
  names: SecurityDictionary["names"],
  coded: ReadonlySet<string>,
): number {
  if (!securitiesNamesPatternsCompiled) compileSecuritiesNamesPatterns();
  const { end, node } = match;
  const flags = names.flagsAt(node);
  // A Latin name must not run on into a longer word (`Meta` in `Metaverse`); a share class after a
  // name with its exchange mark is no run-on (`哔哩哔哩-WH股`).
  if (
    flags & LATIN_END &&
    isLatinWord(foldCode(text.charCodeAt(end))) &&
    !(flags & LISTING_MARKED && matchesAt(SHARE_CLASS, text, end))
  ) {
    return REJECTED;
  }
  if (flags & INDUSTRY_END && cueAt(INDUSTRY_NEXT, text, end)) return REJECTED;
  // A listing whose code the story also writes wins over the name's other listings.
  if (coded.size > 0) {
    for (let t = 0, count = names.valueCount(node); t < count; t++) {
      if (coded.has(names.valueAt(node, t).key)) return t << 1;
    }
  }
  // Two Han characters inside a run of Han text are too easily part of a longer word (`长和` in
  // `增长和`): they need a boundary before them (punctuation, `将`, `与`…), their code or a stock cue.
  const unbounded =
    (flags & SHORT_HAN) !== 0 &&
    isHan(text.charCodeAt(start - 1)) &&
    !HAN_BOUNDARY_BEFORE.has(text.charCodeAt(start - 1));
  // The cue is looked for only where it decides.
  if (!unbounded && !(flags & CUED)) return 0;
  if (flags & SECTOR) return cueAt(SECTOR_CUE, text, end) ? 0 : REJECTED;
  // Inside a run of Han text only a cue about the shares themselves will do: `增长和业绩` is no 长和.
  if (unbounded && !matchesAt(OWN_SHARES_CUE, text, end)) return REJECTED;
  // A name that needs no cue of its own (not an ordinary word, not an exchange) is read once it has one;
  // so is a name written as a company's (`苹果公司`, an alias of 苹果) or a subsidiary's (`小米汽车`).
  if (!(flags & CUED) || !(flags & ORDINARY_WORD) || flags & ORGANISATION_END) return 0;
  const cued = flags & VENUE ? matchesAt(OWN_SHARES_CUE, text, end) : stockCued(text, start, end, flags);
  return cued ? 0 : ORDINARY;
}

/** Whether a stock cue follows the name at `start…end`, or it is written as the exchange lists it. */
function stockCued(text: string, start: number, end: number, flags: number): boolean {
  if (!securitiesNamesPatternsCompiled) compileSecuritiesNamesPatterns();
  if (matchesAt(STOCK_CUE, text, end)) return true;
  // `为太阳能计划拨款` is a plan for solar power: a Han character before the name may join it to a phrase.
  if (!isHan(text.charCodeAt(start - 1)) && matchesAt(ACTION_CUE, text, end)) return true;
  // `陆家嘴：上半年净利润…`: a name opening an item and followed by a colon is the company speaking.
  const opensItem = start === 0 || text[start - 1] === "\n" || text[start - 1] === "【";
  if (opensItem && (text[end] === "：" || text[end] === ":")) return true;
  return (flags & LISTING_MARKED) !== 0;
}

/** The reader every dictionary `createDictionary` makes carries. */
export const NAME_READER: NameReader = { namesIn, namedGroup };
