// Through the package's own name, so that a Worker can stand its copy from static assets in for the table
// (wrangler.jsonc `alias`, as for `@caixun/core/entities`); in core itself it is `./common-pairs.ts`.
import { COMMON_PAIRS } from "@caixun/core/stories/common-pairs";
import { STORIES_FEATURES_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { leadingAnnouncer, leadingCommentator } from "./announcer.js";
import { madeAtFirstUse } from "./at-first-use.js";
import { contentCharacters, withoutTrailingZeros } from "./comparable.js";
import { leadingInstruments } from "./instruments.js";
import type { StoryKey } from "./key.js";
import {
  halfDaySessionOf,
  type LeadBoard,
  type LeadMove,
  leadBoardOf,
  leadMoveOf,
  leadSessionOf,
  listedMovesOf,
} from "./moves.js";
import { oneStoryName } from "./names.js";
import { PairPositions } from "./pair-positions.js";
import { unpackPairs } from "./pair-table.js";
import { type Particulars, particularsOf } from "./particulars.js";
import { placesIn, placesNamedIn } from "./places.js";
import { type Quake, quakeOf } from "./quakes.js";
import { type Quantity, quantitiesIn, significantDigits } from "./quantities.js";
import { type Release, releaseOf } from "./releases.js";
import type { StorySettings } from "./settings.js";

/**
 * What comparisons read off a key, computed once per key and kept while the key can still meet a
 * copy: its character pairs with where each first occurs, its halves and its lead sentence.
 */
export interface Features {
  /** The key, its text and headline with each name as one (`oneStoryName`): what every comparison reads. */
  key: StoryKey;
  /** Content characters of the comparison text. */
  chars: string;
  /** Character pairs (two UTF-16 code units as one number) in order. */
  pairs: Int32Array;
  /** Where each distinct pair first occurs in `chars`. */
  firstAt: PairPositions;
  /** Pairs of the first sentence (the headline fact). */
  lead: Int32Array;
  quantities: Quantity[];
  /** The quantities of the first sentence. */
  leadQuantities: Quantity[];
  /**
   * The times of day the text states (`clockTimesIn`): when an event happened (an earthquake, an
   * accident, a response started), which two bulletins of one event state alike.
   */
  clockTimes: ClockTime[];
  /** Distinctive numbers with their units (`1173.5元/吨`): those of the whole text… */
  distinctive: Set<string>;
  /** …and those of the first sentence. */
  leadDistinctive: Set<string>;
  /**
   * Every figure in base units with its unit (`0.48%`, `5653.02点`, `1.2亿元` as `120000000元`), with
   * its significant digits: what two paraphrases of one flash state alike.
   */
  facts: Map<string, number>;
  /** Character pairs of the stated title (empty when the item states none). */
  headlinePairs: Int32Array;
  /** The same pairs as a set. */
  headlineSet: Set<number>;
  /**
   * The distinct pairs of the stated title that are not common words (`COMMON_PAIRS`) and hold no
   * digit: the names and terms a headline is about (`达米埃塔`, `舒地胰岛素`), which a paraphrase of the
   * story states too. Figures are left to the number guard, and a programme's name with its date
   * (`新闻联播20260122`) names no story.
   */
  headlineRare: Int32Array;
  /** The distinct pairs of the first sentence that are not common words and hold no digit (names and terms). */
  leadRare: Set<number>;
  /**
   * The stated title states a figure of at least `distinctiveDigits` significant digits, not a date's:
   * two feeds' titles of one release that state it alike and order their words apart
   * (`EIA：美国上周原油库存减少716.7万桶` / `EIA：美国原油库存上周减少716.7万桶`) need share fewer words
   * (`StorySettings.closeHeadlineShare`).
   */
  headlineFigure: boolean;
  /** Places the stated title names (`PLACES`). */
  headlinePlaces: string[];
  /** `family:member` of the instruments the text leads with. */
  instruments: string[];
  /** Who makes the announcement the text opens with (`华北制药公告，…`), null when none. */
  announcer: string | null;
  /** The institution whose view the text opens with (`中金指出，…`), null when none. */
  commentator: string | null;
  /** The market move the first sentence leads with (`科创50指数涨幅扩大至5%`), null when none. */
  leadMove: LeadMove | null;
  /** The board move the first sentence leads with (`算力租赁概念反复活跃`), null when none. */
  leadBoard: LeadBoard | null;
  /** The market session the first clause reports (`夜盘:close`), null when none. */
  leadSession: string | null;
  /** The moves the text lists, `name|up|figure` (`listedMovesOf`): what one market moment reads as. */
  listedMoves: Set<string>;
  /** The first sentence tells a price or a market moving (`涨`, `跌`, `走高`…), of whatever it names. */
  leadTellsMove: boolean;
  /** Documents the first sentence names in `《…》`, as content characters. */
  leadDocuments: string[];
  /**
   * The companies whose target price the first sentence says a broker set (`富国银行将亚马逊目标股价从322美元上调至328美元`:
   * `亚马逊`), as content characters.
   */
  leadTargets: string[];
  /**
   * Whom the title or first sentence says a measure is taken against (`证监会对国元证券采取责令改正措施`:
   * `国元证券`; `decisionTargetsIn`), as content characters.
   */
  decisionTargets: string[];
  /** Places the first sentence names as words of their own (`placesNamedIn`). */
  leadPlaces: string[];
  /** The index the first sentence opens with, named in full (`利弗莫尔中概股龙头指数`), as content characters. */
  leadIndices: string[];
  /**
   * The six-digit code a first sentence gives in brackets when it gives one only (`纳指ETF国泰(513100)`):
   * the listed fund or share a notice is about, whether or not the securities reader knows the code.
   * A sentence listing several (`科创50ETF华夏（588000）、创业板ETF易方达（159915）…`) reports on a market.
   */
  leadCodes: string[];
  /** Who, where and what the title and first sentence state (`particulars.ts`). */
  particulars: Particulars;
  /** The earthquake the first sentence reports, with its magnitude and minute (`quakes.ts`), null when none. */
  quake: Quake | null;
  /** The data release the text opens with in a calendar feed's template (`releases.ts`), null when none. */
  release: Release | null;
}

/** Words that tell a price or a market moving. */
export const MOVE_WORD = /[涨跌]|走高|走低|走强|走弱|高开|低开|拉升|跳水/u;

/**
 * The patterns below are compiled from their literals (`STORIES_FEATURES_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let storiesFeaturesPatternsCompiled = false;
/** A document named in book-title marks: `《新型电力系统建设“十五五”规划》`. Enters only at `《`. */
let DOCUMENT: RegExp;

let SENTENCE_END: RegExp;

/**
 * An editor's note a feed appends after the news (`…不减持公司股份。 小财注：截至5月25日，朱一明…持股比例为5.13%。`,
 * `注：南向资金已连续5个交易日净流出…`, `编者注：`): background and figures of its own (an earlier date's
 * holding, a quarter worked out from a half year), which a copy of the news leaves out or states anew.
 * Opens a sentence (after a sentence end or a space); `关注：` and `备注：` in a sentence are not one.
 */
let EDITORS_NOTE: RegExp;

/** A text without the editor's note it ends with (`EDITORS_NOTE`), if any: the news it reports. */
function withoutEditorsNote(text: string): string {
  if (!storiesFeaturesPatternsCompiled) compileStoriesFeaturesPatterns();
  // Most texts hold no `注`: they are not scanned.
  if (!text.includes("注")) return text;
  const note = EDITORS_NOTE.exec(text);
  return note === null ? text : text.slice(0, note.index);
}

/**
 * An index named in full at the start of a first sentence: up to 12 characters ending in `指数`
 * (`利弗莫尔中概股龙头指数收跌0.52%`, `纳斯达克中国金龙指数收涨1.08%`). Anchored, with a bounded run.
 */
let LEADING_INDEX: RegExp;

/**
 * A number a title states as a figure: not a date's (`2030年`, `7月`, `29日`, `10时`). Titles are
 * content characters, so `716.7万桶` reads `7167`: both feeds' titles lose the point alike.
 */
let TITLE_FIGURE: RegExp;

/** True when a title (content characters) states a figure of at least `digits` significant digits. */
function statesFigure(title: string, digits: number): boolean {
  if (!storiesFeaturesPatternsCompiled) compileStoriesFeaturesPatterns();
  for (const [number] of title.matchAll(TITLE_FIGURE))
    if (number.replace(/^0+|0+$/gu, "").length >= digits) return true;
  return false;
}

/** A six-digit code in brackets, as a comparison text writes them (NFKC: `(`), with its market if stated. */
let BRACKETED_CODE: RegExp;

/** The one code a first sentence gives in brackets (none, or one: see `Features.leadCodes`). */
function leadCodeOf(lead: string): string[] {
  if (!storiesFeaturesPatternsCompiled) compileStoriesFeaturesPatterns();
  const codes = new Set([...lead.matchAll(BRACKETED_CODE)].map((m) => m[1]!));
  return codes.size === 1 ? [...codes] : [];
}

/** The index a first sentence opens with, as content characters (none, or one). */
function leadIndexOf(lead: string): string[] {
  if (!storiesFeaturesPatternsCompiled) compileStoriesFeaturesPatterns();
  const index = LEADING_INDEX.exec(lead);
  return index === null ? [] : [contentCharacters(index[0])];
}

/**
 * A broker's target price for a company: `将`, the company (1 to 12 characters, the fewest), then
 * `目标价`, `目标股价`, `目标价格` or `目标价位` (`瑞银将开云集团目标价从276欧元上调至285欧元`). Enters only at `将`.
 */
let TARGET_PRICE: RegExp;

/** The companies whose target prices `lead` states, each once (none when it states no `目标`). */
function targetsIn(lead: string): string[] {
  if (!storiesFeaturesPatternsCompiled) compileStoriesFeaturesPatterns();
  if (!lead.includes("目标")) return [];
  const names = new Set<string>();
  for (const m of lead.matchAll(TARGET_PRICE)) {
    const name = contentCharacters(m[1]!);
    if (name !== "") names.add(name);
  }
  return [...names];
}

/**
 * A measure taken against someone: `对`, whom (2 to 16 characters, the fewest), then the measure's
 * verb (`证监会对李洲峰采取出具警示函措施`, `对国融证券采取责令改正措施`, `决定对郭英杰立案`). One case
 * brings a decision against a firm and another against its officer, each a flash of its own that
 * repeats the case's findings word for word. Enters only at `对`.
 */
let DECISION_TARGET: RegExp;

/** Whom `text` says measures are taken against, each once (none when it names no `对`). */
function decisionTargetsIn(text: string): string[] {
  if (!storiesFeaturesPatternsCompiled) compileStoriesFeaturesPatterns();
  if (!text.includes("对")) return [];
  const names = new Set<string>();
  for (const m of text.matchAll(DECISION_TARGET)) {
    const name = contentCharacters(m[1]!);
    if (name.length >= 2) names.add(name);
  }
  return [...names];
}

/**
 * `COMMON_PAIRS` as pair codes (see `pairsOf`), unpacked at first use rather than when the module
 * loads: a Worker reads the table from its static assets before it first compares.
 */
const commonPairs = /* @__PURE__ */ madeAtFirstUse(
  (): ReadonlySet<number> =>
    new Set(unpackPairs(COMMON_PAIRS).map((pair) => pairCode(pair.charCodeAt(0), pair.charCodeAt(1)))),
);

export function featuresOf(stored: StoryKey, settings: Readonly<StorySettings>): Features {
  if (!storiesFeaturesPatternsCompiled) compileStoriesFeaturesPatterns();
  const key = { ...stored, text: oneStoryName(stored.text), headline: oneStoryName(stored.headline) };
  const chars = contentCharacters(withoutTrailingZeros(key.text));
  const pairs = pairsOf(chars);
  const firstAt = new PairPositions(pairs);
  const end = key.text.search(SENTENCE_END);
  const lead = end === -1 ? key.text : key.text.slice(0, end);
  const quantities = quantitiesIn(withoutEditorsNote(key.text), settings.quantitySubjectLength);
  const leadQuantities = quantitiesIn(lead, settings.quantitySubjectLength);
  const headlinePairs = key.headline.length < 2 ? new Int32Array(0) : pairsOf(key.headline);
  const leadPairs = pairsOf(contentCharacters(withoutTrailingZeros(lead)));
  return {
    key,
    chars,
    pairs,
    firstAt,
    lead: leadPairs,
    leadRare: new Set(leadPairs.filter(isRarePair)),
    quantities,
    clockTimes: clockTimesIn(key.text),
    distinctive: distinctiveNumbers(quantities, settings.distinctiveDigits),
    facts: new Map(quantities.map((q) => [`${q.value}${q.unit}`, significantDigits(q.value)])),
    leadQuantities,
    leadDistinctive: distinctiveNumbers(leadQuantities, settings.distinctiveDigits),
    headlinePairs,
    headlineSet: new Set(headlinePairs),
    headlineFigure: statesFigure(key.headline, settings.distinctiveDigits),
    headlinePlaces: placesIn(key.headline),
    headlineRare: Int32Array.from(new Set(headlinePairs.filter(isRarePair))),
    instruments: leadingInstruments(key.text, lead),
    announcer: leadingAnnouncer(key.text),
    commentator: leadingCommentator(key.text),
    leadMove: leadMoveOf(lead, leadQuantities),
    leadBoard: leadBoardOf(lead),
    // A feed may tell the open in its title alone and start its text with the first index's figure; the midday report
    // of the indexes tells its session by the half day's turnover after them.
    leadSession: leadSessionOf(lead) ?? leadSessionOf(key.headline) ?? halfDaySessionOf(key.text),
    listedMoves: listedMovesOf(key.text),
    leadTellsMove: MOVE_WORD.test(lead),
    leadDocuments: [
      ...new Set([...lead.matchAll(DOCUMENT)].map((m) => contentCharacters(withoutTrailingZeros(m[1]!)))),
    ].filter((name) => name !== ""),
    leadTargets: targetsIn(lead),
    decisionTargets: decisionTargetsIn(`${key.headline}\n${lead}`),
    leadPlaces: placesNamedIn(lead),
    leadIndices: leadIndexOf(lead),
    leadCodes: leadCodeOf(lead),
    particulars: particularsOf(
      key.headline,
      lead,
      key.digest,
      leadQuantities,
      settings.distinctiveDigits,
      rarePair,
    ),
    quake: quakeOf(lead),
    release: releaseOf(key.text),
  };
}

/** A time of day as the minutes after midnight it may be: one minute, or an hour's sixty. */
export interface ClockTime {
  from: number;
  to: number;
}

/**
 * A time of day: `13时00分`, `3时29分` (not `24小时`, whose `时` follows `小`), or an hour alone after
 * a day (`水利部于30日21时对陕西、甘肃两省启动…`, `30日11时`), which is any minute of that hour.
 */
let CLOCK_TIME: RegExp;

/** Compiles `STORIES_FEATURES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStoriesFeaturesPatterns(): void {
  [
    DOCUMENT,
    SENTENCE_END,
    EDITORS_NOTE,
    LEADING_INDEX,
    TITLE_FIGURE,
    BRACKETED_CODE,
    TARGET_PRICE,
    DECISION_TARGET,
    CLOCK_TIME,
  ] = STORIES_FEATURES_PATTERNS.map(regexFromLiteral) as RegExps<9>;
  storiesFeaturesPatternsCompiled = true;
}

/** The times of day a text states, each once, in order. */
function clockTimesIn(text: string): ClockTime[] {
  if (!storiesFeaturesPatternsCompiled) compileStoriesFeaturesPatterns();
  const times: ClockTime[] = [];
  for (const [, hours, minutes, hourAlone] of text.matchAll(CLOCK_TIME)) {
    const hour = Number(hours ?? hourAlone);
    const minute = minutes === undefined ? null : Number(minutes);
    if (hour >= 24 || (minute !== null && minute >= 60)) continue;
    const from = hour * 60 + (minute ?? 0);
    const to = minute === null ? from + 59 : from;
    if (!times.some((t) => t.from === from && t.to === to)) times.push({ from, to });
  }
  return times;
}

/**
 * The numbers of at least `digits` significant digits, with the unit they count in: `1173.5元`
 * for `报1173.5元/吨` as for `现报1173.50元` (feeds drop a price's denominator).
 */
function distinctiveNumbers(quantities: readonly Quantity[], digits: number): Set<string> {
  const out = new Set<string>();
  for (const q of quantities) {
    if (significantDigits(q.value) >= digits) out.add(`${q.value}${q.unit.split("/", 1)[0]}`);
  }
  return out;
}

/** Consecutive character pairs; a one-character text is its own single pair. */
function pairsOf(chars: string): Int32Array {
  if (chars.length === 1) return Int32Array.of(chars.charCodeAt(0));
  const pairs = new Int32Array(Math.max(0, chars.length - 1));
  for (let i = 0; i < pairs.length; i++) pairs[i] = pairCode(chars.charCodeAt(i), chars.charCodeAt(i + 1));
  return pairs;
}

/** True when a character pair is neither a common word nor holds a digit. */
function rarePair(first: number, second: number): boolean {
  return isRarePair(pairCode(first, second));
}

/** True when a pair code (`Features.pairs`) is neither a common word nor holds a digit: a name or a term. */
export function isRarePair(pair: number): boolean {
  return !commonPairs().has(pair) && !hasDigit(pair);
}

/** True when either character of a pair is an ASCII digit. */
function hasDigit(pair: number): boolean {
  const first = pair >>> 16;
  const second = pair & 0xffff;
  return (first >= 48 && first <= 57) || (second >= 48 && second <= 57);
}

/** Two UTF-16 code units as one number. */
function pairCode(first: number, second: number): number {
  return (first << 16) | second;
}
