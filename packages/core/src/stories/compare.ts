import { announcerConflict, commentaryConflict } from "./announcer.js";
import { type ClockTime, type Features, MOVE_WORD } from "./features.js";
import { instrumentConflict } from "./instruments.js";
import { statedSecond } from "./key.js";
import { type LeadMove, leadName, namesMove, sameLeadBoard, sameLeadMove, sameListedMoves } from "./moves.js";
import { particularsAgree, sharedNames } from "./particulars.js";
import { quakesAgree } from "./quakes.js";
import { type Quantity, quantitiesAgree, significantDigits } from "./quantities.js";
import { titleStatesRelease } from "./releases.js";
import type { StorySettings } from "./settings.js";

/** Why two items are, or are not, copies of one story. */
export type VerdictReason =
  /** Copies: they agree at the start and end of the shorter text and no guard objects. */
  | "same"
  /** Published further apart than the time window allows. */
  | "time-window"
  /** One of them has no date and their texts are not identical. */
  | "undated"
  /** Too little of the shorter text is found in the opening of the longer one. */
  | "different-text"
  /** The shorter text's first sentence is not in the other: they lead with different news. */
  | "different-lead"
  /**
   * A quantity both state has different values (`涨2%` vs `涨3%`), the times of day they state differ, or
   * they lead with one instrument moving two ways.
   */
  | "numbers-disagree"
  /** They lead with different members of one instrument family (Brent vs WTI). */
  | "instruments-disagree"
  /** They open with announcements by different companies (`华北制药公告` vs `奥锐特公告`). */
  | "announcers-disagree"
  /** One opens with an institution's view (`中金指出，…`) the other never names: a note on an event, and the event. */
  | "commentary"
  /** Both name securities by code and none in common. */
  | "securities-disagree"
  /** Both name registered companies and none in common. */
  | "companies-disagree"
  /** One is a digest of several stories, the other a single story. */
  | "digest"
  /**
   * Each leads with a document (`《…》`), a bracketed code or a place the other does not name: one
   * draft rule and another, one fund's suspension and another's, one country's call and another's,
   * worded alike.
   */
  | "subjects-disagree";

export interface Verdict {
  same: boolean;
  reason: VerdictReason;
  /** Containment of the shorter text in the longer one's opening (the lower of its two halves), 0–1. */
  score: number;
  /** What disagreed, in words, when a guard objected. */
  detail?: string;
}

/** Tenths in one unit of magnitude (`Quake.tenths`). */
const TENTHS = 10;

/**
 * What `namedSubjectConflict` reads of an item, one function each for the whole run: an arrow written at
 * each call was a new closure every comparison, and a call through one of them TurboFan had seen
 * another instance of deoptimized the comparison ("wrong call target").
 */
const LEAD_INDICES = (f: Features) => f.leadIndices;
const LEAD_DOCUMENTS = (f: Features) => f.leadDocuments;
const LEAD_TARGETS = (f: Features) => f.leadTargets;
const LEAD_CODES = (f: Features) => f.leadCodes;
const LEAD_PLACES = (f: Features) => f.leadPlaces;

/** The detail of a verdict that parts two flashes leading with one instrument moving two ways. */
export const OPPOSITE_MOVES = "opposite moves";

/**
 * Decides whether two items are copies of one story. Symmetric, and a function of the two items
 * alone, so grouping a corpus and assigning one new item to a stored corpus decide alike.
 */
export function compareFeatures(a: Features, b: Features, settings: Readonly<StorySettings>): Verdict {
  if (a.key.at === null || b.key.at === null) {
    const same = a.chars === b.chars && a.chars !== "";
    return { same, reason: same ? "same" : "undated", score: same ? 1 : 0 };
  }
  const windowHours =
    a.key.size >= settings.flashMaxCharacters && b.key.size >= settings.flashMaxCharacters
      ? settings.articleWindowHours
      : settings.flashWindowHours;
  if (Math.abs(a.key.at - b.key.at) > windowHours * 3_600_000) {
    return { same: false, reason: "time-window", score: 0 };
  }
  if (marketSnapshot(a, settings) || marketSnapshot(b, settings)) {
    if (Math.abs(a.key.at - b.key.at) > settings.marketSnapshotWindowHours * 3_600_000) {
      return { same: false, reason: "time-window", score: 0 };
    }
  }
  // A digest gathers one day's news under its title: two digests of two days, or of one day under
  // two titles, are two pieces whatever items they share (an evening's digest and the next
  // morning's both tell the night's news; a premarket roundup recurs under one title each day).
  if (
    a.key.digest &&
    b.key.digest &&
    (a.key.day !== b.key.day ||
      (a.headlinePairs.length > 0 &&
        b.headlinePairs.length > 0 &&
        !headlinesAgree(a, b, settings.headlineCorroboration)))
  )
    return { same: false, reason: "digest", score: 0 };
  // A feed that publishes only the headline of another's piece (a digest's or a single story's)
  // carries the story's title as its whole text: one story, whichever of them is a digest.
  const headlineCopy =
    Math.abs(a.key.at - b.key.at) <= settings.strongWindowHours * 3_600_000 &&
    (textIsTitleOf(a, b, settings) || textIsTitleOf(b, a, settings));
  // Two feeds that state one title within the hour publish one piece, whichever cut it short: a
  // roundup and its truncation, an evening-news digest and its opening line under the same title.
  const sameTitle =
    Math.abs(a.key.at - b.key.at) <= settings.strongWindowHours * 3_600_000 &&
    identicalHeadlines(a, b, settings);
  if (a.key.digest !== b.key.digest && !headlineCopy && !sameTitle)
    return { same: false, reason: "digest", score: 0 };
  // The shorter text is looked for in the opening of the longer one; ties by id keep it symmetric.
  // Chosen without an array and its destructuring: a branch first taken late deoptimized the
  // compiled comparison on the array's keyed access (docs/benchmarks.md, session 31).
  const aShorter =
    a.chars.length < b.chars.length || (a.chars.length === b.chars.length && a.key.id <= b.key.id);
  const short = aShorter ? a : b;
  const long = aShorter ? b : a;
  const opening = Math.floor(short.chars.length * settings.openingFactor) + settings.openingSlack;
  const halves = new HalvesContainment(short, long, opening);
  const opensAlike =
    commonPrefix(short.chars, long.chars) >= Math.max(settings.minSharedOpening, short.chars.length / 2);
  const gap = Math.abs(a.key.at - b.key.at);
  // Beyond the reach of every evidence of one news but the wording (`wordingAloneBeyondMs`), two texts that do
  // not open alike part as `textVerdict` parts them when the shorter one's containment is below the share
  // their headlines and numbers ask (`wordingShare`): decided on that walk alone, without the rest of
  // `textVerdict`. Most pairs a store's story choice compares are such (94% of them on 2,000 generated
  // files, docs/benchmarks.md, session 46); a pair whose text reaches the share is weighed in full.
  if (
    !opensAlike &&
    gap > wordingAloneBeyondMs(settings) &&
    halves.below(wordingShare(textsCorroborated(a, b, headlinesCorroborate(a, b, gap, settings)), settings))
  )
    return differentText(halves);
  const flash = short.key.size < settings.flashMaxCharacters;
  // Two feeds' flashes of one market move name its instrument, direction and figure alike,
  // however they word the rest; a snapshot minutes later states another figure.
  const sameSession =
    flash &&
    a.leadSession !== null &&
    a.leadSession === b.leadSession &&
    gap <=
      (a.leadSession.endsWith(":open") ? settings.openWindowHours : settings.leadMoveWindowHours) * 3_600_000;
  const sameMove =
    sameSession ||
    (flash &&
      gap <= settings.leadMoveWindowHours * 3_600_000 &&
      (sameLeadMove(a.leadMove, b.leadMove) ||
        sameLeadBoard(a.leadBoard, b.leadBoard, settings.minSharedBoardMembers)));
  // Two feeds' reports of one open read its figures in the first seconds of trading, each at its own.
  const sameOpen = sameSession && a.leadSession!.endsWith(":open");
  // …and of one close: the labels count one day's close as one story, whichever figures each states
  // (`roundhill存储etf暴涨近16%` / `暴涨16.7%` in two feeds' US closes of 2026-07-31).
  const sameClose = sameSession && a.leadSession!.endsWith(":close");
  // Two reports of one market moment list the same things at the same figures, however each opens;
  // unlike one lead move, they leave every other figure to agree exactly (no drift). Two indices'
  // closes list the same members (`利弗莫尔中概股龙头指数收跌0.52%。成分股中，联电…跌超9%` /
  // `纳斯达克中国金龙指数收涨1.08%。成分股中，联电…跌超9%`): a report that opens with an index is of that index.
  const sameMoment =
    sameMove ||
    (flash &&
      gap <= settings.leadMoveWindowHours * 3_600_000 &&
      sameListedMoves(a.listedMoves, b.listedMoves, settings.minListedMoves) &&
      namedSubjectConflict(a, b, LEAD_INDICES) === null);
  // Two tallies of one set of figures (a day's flow: its total, its list) state them alike, however
  // each opens; one feed's total may differ from the other's in its last digit (`85.70亿` / `85.71亿`).
  const sameFigures =
    flash &&
    gap <= settings.strongWindowHours * 3_600_000 &&
    sharedDistinctiveFacts(a, b, settings.distinctiveDigits) >= settings.minSharedFigures;
  // Two agencies' bulletins of one earthquake share its place and minute, not their wording (`quakes.ts`).
  const sameQuake =
    flash &&
    gap <= settings.particularsWindowHours * 3_600_000 &&
    a.particulars.places.some((place) => b.particulars.places.includes(place)) &&
    quakesAgree(a.quake, b.quake, Math.round(settings.quakeMagnitudeSpread * TENTHS));
  // A calendar feed's release (`英国7月制造业PMI终值51.9，预期52.8，前值52.8`) and another feed's write-up
  // under a title that states its indicator and reading (`英国7月制造业采购经理指数报51.9`) are one release.
  const sameRelease =
    flash &&
    gap <= settings.strongWindowHours * 3_600_000 &&
    (statesReleaseOf(a, b) || statesReleaseOf(b, a));
  const pair: PairReading = {
    a,
    b,
    settings,
    short,
    long,
    opening,
    halves,
    flash,
    gap,
    headlineCopy,
    sameTitle,
    sameSession,
    sameMove,
    sameOpen,
    sameClose,
    sameMoment,
    sameFigures,
    sameQuake,
    sameRelease,
  };
  return (opensAlike ? null : textVerdict(pair)) ?? guardsVerdict(pair);
}

/** The verdict on two texts whose wording parts them, its score counted only if read. */
function differentText(halves: HalvesContainment): Verdict {
  return {
    same: false,
    reason: "different-text",
    get score() {
      return halves.value();
    },
  };
}

/**
 * Milliseconds apart past which nothing but their wording can join two texts in `textVerdict`: every
 * other evidence of one news (a repost in one second, a headline copy, one release, move, event, set of
 * particulars or quake, a shared passage, names in common) holds only within one of these windows, so
 * past them `strongContainment` and `namedContainment` are never asked and no passage is looked for.
 * A window added to that evidence must be added here. Worked out once per settings object (resolved settings are
 * frozen, `resolveStorySettings`), not once per pair compared: the last object asked for and its value are kept.
 */
function wordingAloneBeyondMs(settings: Readonly<StorySettings>): number {
  if (settings !== beyondSettings) {
    const hours = Math.max(
      settings.strongWindowHours,
      settings.particularsWindowHours,
      settings.crossHeadlineWindowHours,
      settings.closeHeadlineWindowHours,
      settings.leadMoveWindowHours,
      settings.openWindowHours,
    );
    beyondMs = Math.max(hours * 3_600_000, ONE_SECOND_MS);
    beyondSettings = settings;
  }
  return beyondMs;
}

/** The settings `wordingAloneBeyondMs` last worked out, and its value for them. */
let beyondSettings: Readonly<StorySettings> | undefined;
let beyondMs = 0;

/** A repost is published in the same stated second (`statedSecond`): under a second apart. */
const ONE_SECOND_MS = 1000;

/**
 * The share of the shorter text (`HalvesContainment`) asked of two texts without strong evidence of one
 * news (`strongContainment`): `corroboratedContainment` when something beside their wording corroborates
 * them (`textsCorroborated`), `minContainment` otherwise.
 */
function wordingShare(corroborated: boolean, settings: Readonly<StorySettings>): number {
  return corroborated ? settings.corroboratedContainment : settings.minContainment;
}

/** Headlines that agree (`headlinesCorroborate`) or a distinctive number in common corroborate two texts. */
function textsCorroborated(a: Features, b: Features, sameHeadline: boolean): boolean {
  return sameHeadline || shareAny(a.distinctive, b.distinctive);
}

/**
 * Two headlines that agree corroborate two texts, unless they are a market's alerts apart: those share
 * their headline words (`韩国KOSPI指数…，SK海力士跌超…`) at every moment, so after `leadMoveWindowHours` a
 * snapshot's headline corroborates no copy of it (the KOSPI below 6000 at 09:14 and down 5% at 10:01),
 * its wording or its figures must.
 */
function headlinesCorroborate(
  a: Features,
  b: Features,
  gap: number,
  settings: Readonly<StorySettings>,
): boolean {
  const snapshotsApart =
    gap > settings.leadMoveWindowHours * 3_600_000 &&
    (marketSnapshot(a, settings) || marketSnapshot(b, settings));
  return !snapshotsApart && headlinesAgree(a, b, settings.headlineCorroboration);
}

/**
 * What `compareFeatures` has read of a pair of items before it weighs their texts: the shorter and
 * the longer, the longer one's opening, and the evidence that they tell one news whatever their wording.
 */
interface PairReading {
  a: Features;
  b: Features;
  settings: Readonly<StorySettings>;
  short: Features;
  long: Features;
  /** Characters of the longer text the shorter one is looked for in. */
  opening: number;
  halves: HalvesContainment;
  /** The shorter item is a flash. */
  flash: boolean;
  /** Milliseconds between the two. */
  gap: number;
  headlineCopy: boolean;
  sameTitle: boolean;
  sameSession: boolean;
  sameMove: boolean;
  sameOpen: boolean;
  sameClose: boolean;
  sameMoment: boolean;
  sameFigures: boolean;
  sameQuake: boolean;
  sameRelease: boolean;
}

/**
 * The verdict on two texts that do not open alike, when their wording or their first sentences part
 * them; null when the other guards (`guardsVerdict`) decide. A function of its own (as the guards are):
 * TurboFan compiles each apart, and a path first taken late in a run recompiles one of them, not the
 * whole comparison (a deopt of the one function recompiled all of it, about 0.4 s of a compiler
 * thread each time, eight times in the first 5,000 Articles of `caixun ingest`).
 */
function textVerdict(pair: PairReading): Verdict | null {
  const { a, b, settings, short, long, opening, halves, flash, gap, headlineCopy, sameTitle } = pair;
  const { sameMoment, sameFigures, sameQuake, sameRelease } = pair;
  const sameHeadline = headlinesCorroborate(a, b, gap, settings);
  const corroborated = textsCorroborated(a, b, sameHeadline);
  // Within `closeHeadlineWindowHours` two feeds paraphrase one flash (both are flashes: two
  // articles of one day can carry one time): their titles need share less, write the same
  // numbers and Latin names if both write any (two positions of one weekly report do not), and
  // lead with one board or move if both lead with one (two boards share a limit-up stock).
  const crossHeadlines =
    flash &&
    gap <= settings.crossHeadlineWindowHours * 3_600_000 &&
    (headlinesCrossConfirmed(a, b, settings, settings.crossHeadlineShare) ||
      // Two titles that each state a figure (`Features.headlineFigure`), the same as written
      // (`titleTokensAgree`), need share no more than two paraphrases of the same minute.
      ((gap <= settings.closeHeadlineWindowHours * 3_600_000 || (a.headlineFigure && b.headlineFigure)) &&
        long.key.size < settings.flashMaxCharacters &&
        headlinesCrossConfirmed(a, b, settings, settings.closeHeadlineShare) &&
        titleTokensAgree(a, b) &&
        !leadsDiffer(a, b, settings.minSharedBoardMembers)));
  // Two feeds writing up one event independently name its parties in their headlines and state
  // its figures in their first sentences (`欧佩克+…上调约18.8万桶/日` / `欧佩克+…上调18.8万桶`).
  const sameEvent =
    flash && gap <= settings.crossHeadlineWindowHours * 3_600_000 && eventSignaturesAgree(a, b, settings);
  // Two feeds that write one event up apart state its particulars alike: who, where, what
  // happened (`胡塞武装…袭击…沙特`), and its figures, if any; no wording need be shared. Within
  // `closeHeadlineWindowHours` who and what happened suffice (`蔡崇信…婚姻` told twice in 15 seconds;
  // what happened and where do not: `美国…签署` is many events),
  // unless either is a company's announcement: a company files several at once, each naming itself
  // and an event word (`长源东谷：取得…回购专项贷款承诺函` / `长源东谷：回购方案获董事会通过`).
  const sameMinuteWriteUps =
    gap <= settings.closeHeadlineWindowHours * 3_600_000 && a.announcer === null && b.announcer === null;
  const sameParticulars =
    flash &&
    gap <= settings.particularsWindowHours * 3_600_000 &&
    particularsAgree(
      a.particulars,
      b.particulars,
      a.chars,
      b.chars,
      shareAny(a.distinctive, b.distinctive),
      sameMinuteWriteUps ? settings.minParticularKinds - 1 : settings.minParticularKinds,
      sameMinuteWriteUps,
    );
  // A feed that carries another's flash posts it in the same second under its own headline, often cut
  // to a line: two outlets' flashes of one second are one news when a title names something the other
  // item names and neither states a figure the other does not (`repostContainment`).
  const repost =
    flash &&
    statedSecond(a.key) !== null &&
    statedSecond(a.key) === statedSecond(b.key) &&
    outletsDiffer(a, b) &&
    !halves.below(settings.repostContainment) &&
    (titlePairsIn(a, b, 1) > 0 || titlePairsIn(b, a, 1) > 0) &&
    figuresStatedIn(short, long) &&
    actionsAgree(a.particulars.actions, b.particulars.actions);
  const withinStrong = flash && gap <= settings.strongWindowHours * 3_600_000;
  // Looked for only when the texts would otherwise part: it reads both texts again.
  let passage: boolean | null = null;
  const sharesPassage = () => {
    passage ??=
      withinStrong &&
      long.key.size < settings.flashMaxCharacters &&
      namedSubjectConflict(a, b, LEAD_INDICES) === null &&
      sharedPassage(short.chars, long.chars, settings.minSharedPassage);
    return passage;
  };
  // Evidence that the two tell one news whatever their wording: the text then needs only `strongContainment`
  // and the lead none. Each holds only within a window `wordingAloneBeyondMs` counts.
  const oneNews =
    repost ||
    headlineCopy ||
    sameRelease ||
    crossHeadlines ||
    sameMoment ||
    sameEvent ||
    sameParticulars ||
    sameQuake;
  const strong = oneNews || (withinStrong && (sameTitle || factsAgree(a, b, settings.sharedFactDigits)));
  // Two feeds writing one news up in their own words within the half hour name its parties alike:
  // a name in common asks less of the wording (`namedContainment`), several in common less of the
  // first sentence too (`minLeadNames`). Not of a market's alerts, which name one index at every
  // moment (`韩国KOSPI指数跌破5500点` / `韩国KOSPI指数日内重挫9%`, two minutes apart). Counted only for
  // a pair that falls short otherwise.
  let names: number | undefined;
  const namesShared = () =>
    (names ??=
      flash &&
      gap <= settings.particularsWindowHours * 3_600_000 &&
      !marketSnapshot(a, settings) &&
      !marketSnapshot(b, settings)
        ? sharedNames(
            a.particulars,
            b.particulars,
            settings.minLatinNameLetters,
            a.leadDocuments.filter((document) => b.leadDocuments.includes(document)),
          )
        : 0);
  const minText = strong ? settings.strongContainment : wordingShare(corroborated, settings);
  // A text below `namedContainment` is below a higher `minText` too: that walk, the shorter, is taken
  // first, and the other only when it is not (most candidates compared share little of the text).
  const textFallsShort =
    minText > settings.namedContainment
      ? halves.below(settings.namedContainment) || (halves.below(minText) && !(namesShared() > 0))
      : halves.below(minText);
  if (textFallsShort && !sharesPassage()) return differentText(halves);
  // A flash is about its first sentence (an article's opening line can be a reposter's headline):
  // its words must be in the other text, unless its own distinctive number is or the headlines
  // agree; headlines that each name what the other text tells say the two lead with one news
  // (a feed may open with the spokesman's preamble, the other with the answer).
  const lead = containment(short.lead, 0, short.lead.length, long, opening);
  // …or a name in common and one amount, unit and all, stated in both first sentences, however round
  // (`约3000亿日元` of SoftBank's stake in Seven & i, `100亿美元` of Anthropic's compute deal).
  const leadCorroborated =
    sameHeadline ||
    shareAny(short.leadDistinctive, long.distinctive) ||
    (leadAmountShared(short, long) && namesShared() > 0);
  const minLead =
    oneNews || sameFigures
      ? 0
      : leadCorroborated
        ? settings.corroboratedContainment
        : settings.minLeadContainment;
  const leadFallsShort =
    lead < minLead &&
    !(
      minLead > settings.namedLeadContainment &&
      lead >= settings.namedLeadContainment &&
      namesShared() >= settings.minLeadNames
    );
  if (short.key.size < settings.flashMaxCharacters && leadFallsShort && !sharesPassage()) {
    return { same: false, reason: "different-lead", score: halves.value() };
  }
  // A flash that leads with a market's move and a statement (its first sentence tells no move)
  // that never names what moved are two stories: the market's reaction quoting a statement
  // (`WTI原油期货跌幅扩大至4%。美国财政部长贝森特称…`) is not the statement, whichever is shorter.
  const moverA = opensWithMove(a);
  if (flash && moverA !== opensWithMove(b)) {
    const mover = moverA ? a : b;
    const other = moverA ? b : a;
    if (!other.leadTellsMove && (!namesWhatMoved(other, mover) || aboutCompanyMove(mover)))
      return { same: false, reason: "different-lead", score: halves.value() };
  }
  return null;
}

/** The verdict of the guards every pair passes that its texts do not part: numbers, names, subjects. */
function guardsVerdict(pair: PairReading): Verdict {
  const { a, b, settings, short, long, halves, flash, gap, sameTitle, sameSession, sameMove } = pair;
  const { sameOpen, sameClose, sameFigures, sameQuake } = pair;
  // Every number of a flash counts (two snapshots differ in any of them); an article's are checked
  // in its first sentence, where the news is: further in, a repost's layout can move a figure away
  // from the instrument it measures. So are those of two flashes that state a set of figures alike
  // (`sameFigures`): a results flash's later figure (`毛利…同比增长43.2%`) is read against another
  // quantity of one measure (`经调整利润…同比增长41.6%`), while a later snapshot states its lead figure anew.
  const bothArticles = a.key.size >= settings.flashMaxCharacters && b.key.size >= settings.flashMaxCharacters;
  // Two flashes that lead with one instrument moving two ways are two moments (`韩国KOSPI指数跌幅扩大至2%`
  // at 08:43, `韩国KOSPI指数涨幅扩大至2%，此前一度跌2%` at 09:10), however much else they share.
  if (oppositeMoves(a.leadMove, b.leadMove))
    return { same: false, reason: "numbers-disagree", score: halves.value(), detail: OPPOSITE_MOVES };
  const numbers = quantityConflict(
    bothArticles || sameFigures ? short.leadQuantities : short.quantities,
    short.quantities,
    long.quantities,
    {
      minSimilarity: settings.quantitySubjectSimilarity,
      byMeasure: Math.max(short.quantities.length, long.quantities.length) <= FEW_QUANTITIES,
      distinctiveDigits: settings.distinctiveDigits,
      // Flashes of one move minutes apart read its other figures (another index, the day's change,
      // the price) at two moments: those drift a little while the move they lead with is the same.
      // Two feeds' alerts of one market moment under one title that tells a move read them so too.
      drift:
        sameOpen || sameClose
          ? settings.openDriftPoints
          : sameMove ||
              (sameTitle &&
                flash &&
                gap <= settings.leadMoveWindowHours * 3_600_000 &&
                titleTellsMove(a) &&
                titleTellsMove(b))
            ? settings.leadMoveDriftPoints
            : 0,
      // A level read at an open or a close may lie as far apart as its change may (`openDriftPoints`
      // of it): Seoul's close at `收跌1.23%，报5593.56点` and `收跌1.35%，报5586.81点` in two feeds.
      priceDrift:
        sameOpen || sameClose ? settings.openDriftPoints / 100 : sameMove ? settings.leadMovePriceDrift : 0,
      lastDigit: sameFigures,
      longTitle: long.key.headline,
    },
  );
  if (numbers !== null && !oneFlash(a, b, settings))
    return { same: false, reason: "numbers-disagree", score: halves.value(), detail: numbers };
  const times = sameQuake ? null : clockTimeConflict(a.clockTimes, b.clockTimes);
  if (times !== null)
    return { same: false, reason: "numbers-disagree", score: halves.value(), detail: times };
  // Two reports of one market's open (the session names the market) list its indexes in their own order.
  // Two reports of one session (`午评：…` / `A股午评：…`) go on to tell it in their own words (`截至收盘` in
  // a midday review, the morning's `高开`): the session they lead with is theirs, not the first one named.
  const instruments = sameOpen
    ? null
    : (instrumentConflict(
        sameSession ? withoutSession(a.instruments) : a.instruments,
        sameSession ? withoutSession(b.instruments) : b.instruments,
        a.key.text,
        b.key.text,
      ) ?? leadNameConflict(a, b));
  if (instruments !== null)
    return { same: false, reason: "instruments-disagree", score: halves.value(), detail: instruments };
  const announcers = announcerConflict(a.announcer, b.announcer);
  if (announcers !== null)
    return { same: false, reason: "announcers-disagree", score: halves.value(), detail: announcers };
  const commentary = commentaryConflict(a, b);
  if (commentary !== null)
    return { same: false, reason: "commentary", score: halves.value(), detail: commentary };
  const subjects =
    namedSubjectConflict(a, b, LEAD_DOCUMENTS) ??
    namedSubjectConflict(a, b, LEAD_TARGETS) ??
    namedSubjectConflict(a, b, LEAD_CODES) ??
    decisionTargetConflict(a.decisionTargets, b.decisionTargets) ??
    namedSubjectConflict(a, b, LEAD_PLACES);
  if (subjects !== null)
    return { same: false, reason: "subjects-disagree", score: halves.value(), detail: subjects };
  const sa = a.key.securities;
  const sb = b.key.securities;
  if (sa.length > 0 && sb.length > 0 && !sa.some((code) => sb.includes(code))) {
    return {
      same: false,
      reason: "securities-disagree",
      score: halves.value(),
      detail: `${sa.join(",")} vs ${sb.join(",")}`,
    };
  }
  const ca = a.key.companies;
  const cb = b.key.companies;
  if (ca.length > 0 && cb.length > 0 && !ca.some((name) => cb.includes(name))) {
    return {
      same: false,
      reason: "companies-disagree",
      score: halves.value(),
      detail: `${ca.join(",")} vs ${cb.join(",")}`,
    };
  }
  return { same: true, reason: "same", score: halves.value() };
}

/**
 * True when two items state one title alike within `repeatWindowHours`: one flash carried by two feeds
 * in the same seconds, whichever figures each text reads, as two excerpts of one briefing under its
 * headline (`国家能源局：上半年充换电服务业用电量同比增长56.9%`, 9 seconds apart). The number guard gives
 * way to it, unless the title tells a move (`美股三大指数均涨超1%`): a market alert's figures are its
 * snapshot, read within the drift of one move (`leadMoveDriftPoints`) or another moment's. Opposite
 * moves and every other guard still part them.
 */
function oneFlash(a: Features, b: Features, settings: Readonly<StorySettings>): boolean {
  return (
    a.key.headline === b.key.headline &&
    a.key.headline.length >= settings.minHeadlineCharacters &&
    !titleTellsMove(a) &&
    Math.abs(a.key.at! - b.key.at!) <= settings.repeatWindowHours * 3_600_000
  );
}

/** True when both items name the outlet that published them, and not the same one. */
function outletsDiffer(a: Features, b: Features): boolean {
  return a.key.outlet != null && b.key.outlet != null && a.key.outlet !== b.key.outlet;
}

/**
 * How many rare character pairs of `title`'s stated title (`Features.headlineRare`) are in `other`'s title
 * or first sentence, counted up to `enough`.
 */
function titlePairsIn(title: Features, other: Features, enough = Number.POSITIVE_INFINITY): number {
  let found = 0;
  for (const pair of title.headlineRare)
    if ((other.firstAt.has(pair) || other.headlineSet.has(pair)) && ++found >= enough) break;
  return found;
}

/** True when every figure (value and unit) `short` states anywhere is stated in `long` too. */
function figuresStatedIn(short: Features, long: Features): boolean {
  for (const fact of short.facts.keys()) if (!long.facts.has(fact)) return false;
  return true;
}

/**
 * True unless both items state what happened (`EVENT_ACTIONS`) and share none of it: one statement's two
 * parts, each a flash of its own (`…正在拦截伊朗来袭导弹` / `…正在应对无人机袭击`), tell two events.
 */
function actionsAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((action) => b.includes(action));
}

/** Instrument keys (`leadingInstruments`) without the session one (`session:close`). */
function withoutSession(instruments: readonly string[]): readonly string[] {
  return instruments.filter((key) => !key.startsWith("session:"));
}

/** True when two flashes lead with moves of one instrument or name in opposite directions. */
function oppositeMoves(a: LeadMove | null, b: LeadMove | null): boolean {
  return a !== null && b !== null && a.instrument === b.instrument && a.up !== b.up;
}

/**
 * Two items whose first sentences each name a document, a company whose target price a broker set, or
 * a place (`named`) that the other's text does not name at all lead with two subjects
 * (`《…实施细则修改草案》` / `《…审查与执法指南修改草案》`, `富国银行将亚马逊目标股价…` / `富国银行将壳牌目标价…`,
 * `伊朗和巴基斯坦外长通话` / `伊朗和阿曼外长通话`); a copy names what the other leads with, or leaves
 * it out. Null when they agree.
 */
function namedSubjectConflict(
  a: Features,
  b: Features,
  named: (f: Features) => readonly string[],
): string | null {
  const onlyA = named(a).find((name) => !namedIn(name, b, named(b)));
  const onlyB = named(b).find((name) => !namedIn(name, a, named(a)));
  return onlyA !== undefined && onlyB !== undefined ? `${onlyA} vs ${onlyB}` : null;
}

/**
 * Two flashes that lead with moves of two named things (`微软美股盘前涨超10%` / `CoreWeave美股盘前涨超10%`):
 * the names share no character pair, and neither text names the other's thing anywhere (a flash of
 * two moves, `软银集团股价下跌3%，铠侠股价下跌超4%`, leads with one and tells the other). Descriptions
 * of one thing share words (`德国未来一日基准电力价格` / `德国次日基荷电价`). Null when they agree.
 */
function leadNameConflict(a: Features, b: Features): string | null {
  const na = leadName(a.leadMove);
  const nb = leadName(b.leadMove);
  if (na === null || nb === null || dice(na, nb) > 0 || a.chars.includes(nb) || b.chars.includes(na))
    return null;
  return `${na} vs ${nb}`;
}

/**
 * Share of character pairs two names of one document have in common at least, however a feed
 * misspells one character (`照明和光信号` / `照明额光信号`); two documents of one series differ in more
 * (`…实施细则修改草案` / `…审查与执法指南修改草案`: 0.64).
 */
const SAME_NAME = 0.85;

/**
 * Two items that each say whom a measure is taken against (`decisionTargets`), none of one's the
 * other's (a name holding the other counts: `国元证券股份有限公司` / `国元证券`), tell two decisions
 * (`证监会对国元证券采取责令改正措施` / `证监会对李洲峰采取出具警示函措施`), though the officer's repeats
 * the firm's findings and so names the firm. Null when they agree.
 */
function decisionTargetConflict(a: readonly string[], b: readonly string[]): string | null {
  if (a.length === 0 || b.length === 0) return null;
  if (a.some((x) => b.some((y) => x.includes(y) || y.includes(x)))) return null;
  return `${a[0]} vs ${b[0]}`;
}

/** True when `other`'s text names `name`, or one of its own names is `name` written almost alike. */
function namedIn(name: string, other: Features, names: readonly string[]): boolean {
  return other.chars.includes(name) || names.some((own) => dice(own, name) >= SAME_NAME);
}

/**
 * Characters of a first sentence before the instrument a flash opens with (who reports:
 * `据同花顺数据，`; a list further on names other things first).
 */
const OPENING_MOVE = 8;

/** True when a flash opens with a move (its first instrument or name at the start) or a board's move. */
function opensWithMove(item: Features): boolean {
  return item.leadBoard !== null || (item.leadMove !== null && item.leadMove.at <= OPENING_MOVE);
}

/** True when `item`'s text or stated title names what `mover`'s opening move or board move is of. */
function namesWhatMoved(item: Features, mover: Features): boolean {
  const board = mover.leadBoard;
  if (board !== null) return item.chars.includes(board.name) || item.key.headline.includes(board.name);
  const move = mover.leadMove!;
  return namesMove(item.chars, move) || namesMove(item.key.headline, move);
}

/**
 * True when a flash is about a company's or a contract's share move (`namedMoveOf`): it opens with
 * the move and its stated title, if any, tells a move (`苹果美股盘后跌超8%`, `微软股价涨幅在财报电话会议期间扩大至8%`).
 * Such a flash quoting the results or guidance that moved the price is the market's reaction, a story
 * of its own however much of the report it repeats; a flash titled with the report that opens with the
 * move (`高通第三季度经调整营收99.5亿美元` over `高通盘后跌超4%，公司第三季度…`) is about the report.
 */
function aboutCompanyMove(mover: Features): boolean {
  return leadName(mover.leadMove) !== null && (mover.key.headline === "" || titleTellsMove(mover));
}

/**
 * True when a flash tells the state of a market at one moment: it leads with a move, a board's
 * move or a session report. Its copies come within minutes; hours later the same words
 * (`国内期货主力合约多数下跌`) tell another session or another move.
 */
function marketSnapshot(item: Features, settings: Readonly<StorySettings>): boolean {
  return (
    item.key.size < settings.flashMaxCharacters &&
    (item.leadMove !== null || item.leadBoard !== null || item.leadSession !== null)
  );
}

/**
 * Two bulletins of one event state the time it happened alike (an automatic and a formal earthquake
 * report, `14时09分` / `14时9分`); two texts that each state times of day, none within a minute of one
 * of the other's, tell of two events (two tremors in one county hours apart; a province's flood
 * response at `30日11时` and the ministry's at `30日21时`). An hour stated alone is any of its minutes.
 * Null when they agree.
 */
function clockTimeConflict(a: readonly ClockTime[], b: readonly ClockTime[]): string | null {
  if (a.length === 0 || b.length === 0) return null;
  if (a.some((x) => b.some((y) => x.from - 1 <= y.to && y.from - 1 <= x.to))) return null;
  const clock = ({ from, to }: ClockTime) =>
    `${Math.floor(from / 60)}时${to > from ? "" : `${String(from % 60).padStart(2, "0")}分`}`;
  return `${clock(a[0]!)} vs ${clock(b[0]!)}`;
}

/** True when both items state a title and the shorter one's character pairs are mostly in the other. */
function headlinesAgree(a: Features, b: Features, share: number): boolean {
  if (a.headlinePairs.length === 0 || b.headlinePairs.length === 0) return false;
  // The shorter headline is looked for in the other; ties by id keep it symmetric.
  const aShorter =
    a.headlinePairs.length < b.headlinePairs.length ||
    (a.headlinePairs.length === b.headlinePairs.length && a.key.id <= b.key.id);
  const short = aShorter ? a : b;
  const long = aShorter ? b : a;
  let found = 0;
  for (const pair of short.headlinePairs) if (long.headlineSet.has(pair)) found++;
  return found >= share * short.headlinePairs.length;
}

/**
 * True when each item states a title whose rare character pairs (`Features.headlineRare`) are, at
 * least `minCrossHeadlinePairs` of them and `crossHeadlineShare` of all, in the other item's title
 * or text: the headlines of two paraphrases name what the other one tells. Titles that name places,
 * none in common, tell of two places (`上海…` / `北京…` of one recurring headline).
 */
function headlinesCrossConfirmed(
  a: Features,
  b: Features,
  settings: Readonly<StorySettings>,
  share: number,
): boolean {
  const pa = a.headlinePlaces;
  const pb = b.headlinePlaces;
  if (pa.length > 0 && pb.length > 0 && !pa.some((place) => pb.includes(place))) return false;
  return titleFoundIn(a, b, settings, share) && titleFoundIn(b, a, settings, share);
}

/** True when both items lead with a board's move, or both with a market move, and not the same one. */
function leadsDiffer(a: Features, b: Features, minSharedBoardMembers: number): boolean {
  return (
    (a.leadBoard !== null &&
      b.leadBoard !== null &&
      !sameLeadBoard(a.leadBoard, b.leadBoard, minSharedBoardMembers)) ||
    (a.leadMove !== null && b.leadMove !== null && !sameLeadMove(a.leadMove, b.leadMove))
  );
}

/** A number as a title writes it (thousands separators aside), or a Latin name. */
const TITLE_TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|[a-z]{2,}/giu;

/**
 * True unless both titles write numbers or Latin names and one of the title with fewer is not among
 * the other's, as written: `COMEX黄金投机者将净多头头寸减少3258手` / `原油投机者将WTI净多头头寸增加了28,159手`,
 * `到2030年 核电装机约1.1亿千瓦` / `到2030年 常规水电装机达到4.1亿千瓦左右` (amounts without a unit are no
 * quantities, so the numbers are compared as written), `BistrooIO遭受重入攻击` / `WienerDogeToken遭遇闪电贷攻击`
 * under one monitor's words.
 */
function titleTokensAgree(a: Features, b: Features): boolean {
  const ta = tokensOf(a.key.headline);
  const tb = tokensOf(b.key.headline);
  if (ta.size === 0 || tb.size === 0) return true;
  const few = ta.size <= tb.size ? ta : tb;
  const many = few === ta ? tb : ta;
  for (const token of few) if (!many.has(token)) return false;
  return true;
}

function tokensOf(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const m of text.matchAll(TITLE_TOKEN)) tokens.add(m[0].replaceAll(",", "").toLowerCase());
  return tokens;
}

function titleFoundIn(
  title: Features,
  other: Features,
  settings: Readonly<StorySettings>,
  share: number,
): boolean {
  const rare = title.headlineRare;
  if (
    rare.length < settings.minCrossHeadlinePairs ||
    title.key.headline.length < settings.minHeadlineCharacters
  )
    return false;
  const found = titlePairsIn(title, other);
  return found >= settings.minCrossHeadlinePairs && found >= share * rare.length;
}

/**
 * True when two items tell one event: their first sentences state figures (together at least
 * `minEventDigits` significant digits in the one with fewer: `涨4%` of a roundup and of one stock
 * is no event), every figure of the one with fewer also stated (value and unit) in the other's, and
 * they name the same parties: at least `minEventPairs` rare character pairs (`Features.leadRare`) in
 * common. A feed that states no title of its own (`cls`) names the parties in its first sentence.
 */
function eventSignaturesAgree(a: Features, b: Features, settings: Readonly<StorySettings>): boolean {
  const few = a.leadQuantities.length <= b.leadQuantities.length ? a : b;
  const many = few === a ? b : a;
  let digits = 0;
  for (const q of few.leadQuantities) digits += significantDigits(q.value);
  if (digits < settings.minEventDigits) return false;
  // With as many figures on each side, each must state the other's (so the answer is symmetric).
  const stated =
    statesAll(many, few) && (a.leadQuantities.length !== b.leadQuantities.length || statesAll(few, many));
  if (!stated) return false;
  const small = a.leadRare.size <= b.leadRare.size ? a.leadRare : b.leadRare;
  const large = small === a.leadRare ? b.leadRare : a.leadRare;
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared >= settings.minEventPairs;
}

/**
 * True when `item`'s first sentence states every figure (value and unit) of `other`'s, exactly or,
 * both with at least `ROUNDED_EVENT_DIGITS` significant digits, rounded (`203881标准箱` / `20.39万标准箱`).
 */
function statesAll(item: Features, other: Features): boolean {
  return other.leadQuantities.every((q) =>
    item.leadQuantities.some((mine) => mine.unit === q.unit && sameFigure(mine, q)),
  );
}

/** Significant digits each of two figures needs to agree as a rounding of the other rather than exactly. */
const ROUNDED_EVENT_DIGITS = 3;

/** True when two figures are one value, or one is a rounding of the other and both are precise enough to tell. */
function sameFigure(a: Quantity, b: Quantity): boolean {
  if (a.value === b.value) return true;
  return (
    significantDigits(a.value) >= ROUNDED_EVENT_DIGITS &&
    significantDigits(b.value) >= ROUNDED_EVENT_DIGITS &&
    quantitiesAgree(a, b)
  );
}

/** True when `other`'s title states the release `item`'s text opens with (`releases.ts`). */
function statesReleaseOf(item: Features, other: Features): boolean {
  return item.release !== null && titleStatesRelease(other.key.headline, item.release);
}

/**
 * True when `item`'s whole text is the title `other` states, at least `minHeadlineCharacters` long,
 * and `other` tells more than its title: `item` is `other`'s headline published alone.
 */
function textIsTitleOf(item: Features, other: Features, settings: Readonly<StorySettings>): boolean {
  return (
    item.chars.length >= settings.minHeadlineCharacters &&
    other.chars.length > item.chars.length &&
    item.chars === other.key.headline
  );
}

/**
 * True when both items state a headline of at least `minHeadlineCharacters` and the shorter one's
 * character pairs are (almost) all in the other: feeds copy a headline even when they rewrite the body.
 */
function identicalHeadlines(a: Features, b: Features, settings: Readonly<StorySettings>): boolean {
  const shorter = Math.min(a.key.headline.length, b.key.headline.length);
  return shorter >= settings.minHeadlineCharacters && headlinesAgree(a, b, settings.headlineIdentity);
}

/**
 * True when the two items state at least two figures in common (value and unit) whose significant
 * digits add up to `minDigits`: two independent write-ups of one flash keep its figures.
 */
function factsAgree(a: Features, b: Features, minDigits: number): boolean {
  const small = a.facts.size <= b.facts.size ? a.facts : b.facts;
  const large = small === a.facts ? b.facts : a.facts;
  let shared = 0;
  let digits = 0;
  for (const [fact, significant] of small) {
    if (!large.has(fact)) continue;
    shared++;
    digits += significant;
  }
  return shared >= 2 && digits >= minDigits;
}

/** How many figures (value and unit) of `digits` significant digits or more both items state. */
function sharedDistinctiveFacts(a: Features, b: Features, digits: number): number {
  const small = a.facts.size <= b.facts.size ? a.facts : b.facts;
  const large = small === a.facts ? b.facts : a.facts;
  let shared = 0;
  for (const [fact, significant] of small) if (significant >= digits && large.has(fact)) shared++;
  return shared;
}

/** True when two sets have an element in common. */
function shareAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/**
 * Characters of the seeds a shared passage is looked for by: every passage of `min` characters
 * or more holds a seed of the shorter text taken every `min - PASSAGE_SEED + 1` characters.
 */
const PASSAGE_SEED = 16;
/** Places in the longer text one seed is tried at, at most: a text repeating itself costs no more. */
const PASSAGE_TRIES = 4;
/**
 * Share of the character pairs of the shorter text's opening (what comes before the shared passage)
 * found before the passage in the longer text, from which the shorter text is an excerpt of the
 * longer one (its opening and a later passage: `中共中央政治局召开会议，会议强调，…` of the whole
 * communiqué, 0.88 and more), not a copy rewritten at its opening (0.17–0.43 on the seven days).
 */
const EXCERPT_OPENING = 0.6;

/**
 * True when the shorter text `short` and `long` (content characters) share a passage of at least
 * `min` characters, word for word, after openings of their own (see `StorySettings.minSharedPassage`):
 * the passage starts after the shorter text's start, so a flash quoted whole at the end of a
 * market report (`…消息面上，<flash>`) is no copy of it, and the shorter text's opening is not the
 * longer one's (`EXCERPT_OPENING`), so an excerpt of a communiqué is no copy of it. Costs a few
 * `indexOf` calls of one seed each and the passage's length, whatever the texts.
 */
function sharedPassage(short: string, long: string, min: number): boolean {
  if (short.length < min || long.length < min) return false;
  const seed = Math.min(PASSAGE_SEED, min);
  const step = min - seed + 1;
  for (let from = 0; from + seed <= short.length; from += step) {
    const text = short.slice(from, from + seed);
    let at = long.indexOf(text);
    for (let tries = 0; at !== -1 && tries < PASSAGE_TRIES; tries++) {
      let start = from;
      let longStart = at;
      while (start > 0 && longStart > 0 && short.charCodeAt(start - 1) === long.charCodeAt(longStart - 1)) {
        start--;
        longStart--;
      }
      let end = from + seed;
      let longEnd = at + seed;
      while (
        end < short.length &&
        longEnd < long.length &&
        short.charCodeAt(end) === long.charCodeAt(longEnd)
      ) {
        end++;
        longEnd++;
      }
      if (
        end - start >= min &&
        start > 0 &&
        pairShare(short.slice(0, start), long.slice(0, longStart)) < EXCERPT_OPENING
      )
        return true;
      at = long.indexOf(text, at + 1);
    }
  }
  return false;
}

/** Share of the distinct character pairs of `text` that `other` has too (1 for an empty `text`). */
function pairShare(text: string, other: string): number {
  const pairs = bigrams(text);
  const others = bigrams(other);
  let found = 0;
  for (const pair of pairs) if (others.has(pair)) found++;
  return pairs.size === 0 ? 1 : found / pairs.size;
}

/** Length of the common beginning of two strings. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Share of `pairs[from, to)` that occur within the first `opening` characters of `long`. An empty
 * range is fully contained.
 */
export function containment(
  pairs: Int32Array,
  from: number,
  to: number,
  long: Features,
  opening: number,
): number {
  if (to <= from) return 1;
  let found = 0;
  for (let i = from; i < to; i++) {
    const at = long.firstAt.positionOf(pairs[i]!);
    if (at !== -1 && at + 2 <= opening) found++;
  }
  return found / (to - from);
}

/**
 * The containment of the shorter text's two halves in the longer one's opening, the lower of the two
 * (`Verdict.score`), counted in full only once asked for: most pairs compared are of different texts,
 * and whether a half falls below a threshold is known as soon as the pairs left could no longer reach
 * it (`containmentBelow`).
 */
class HalvesContainment {
  private score: number | undefined;
  private readonly half: number;

  constructor(
    private readonly short: Features,
    private readonly long: Features,
    private readonly opening: number,
  ) {
    this.half = Math.max(1, Math.floor(short.pairs.length / 2));
  }

  value(): number {
    this.score ??= Math.min(
      containment(this.short.pairs, 0, this.half, this.long, this.opening),
      containment(this.short.pairs, this.half, this.short.pairs.length, this.long, this.opening),
    );
    return this.score;
  }

  below(min: number): boolean {
    if (this.score !== undefined) return this.score < min;
    const { short, long, opening, half } = this;
    return (
      containmentBelow(short.pairs, 0, half, long, opening, min) ||
      containmentBelow(short.pairs, half, short.pairs.length, long, opening, min)
    );
  }
}

/**
 * Whether `containment(pairs, from, to, long, opening)` is below `min`, counting only until the
 * answer is certain: once the pairs found reach the share, or too few are left to reach it. The
 * share is compared as the count of pairs it takes (`pairsReaching`), not by a division at every
 * pair: the same answers, at a boundary too, with most of a comparison's arithmetic gone (the
 * containment of candidates that are not copies is most of choosing an ingested Article's story).
 */
export function containmentBelow(
  pairs: Int32Array,
  from: number,
  to: number,
  long: Features,
  opening: number,
  min: number,
): boolean {
  if (to <= from) return 1 < min;
  const need = pairsReaching(min, to - from);
  let found = 0;
  for (let i = from; i < to; i++) {
    const at = long.firstAt.positionOf(pairs[i]!);
    if (at !== -1 && at + 2 <= opening) {
      if (++found >= need) return false;
    } else if (found + to - i - 1 < need) return true;
  }
  return found < need;
}

/**
 * The fewest pairs of `length` whose share (`found / length`, as `containment` computes it) is at
 * least `min`; `length + 1` when no count is. A share grows with its count, so `found / length >= min`
 * exactly when `found >= pairsReaching(min, length)`, whatever the rounding of `min * length`.
 */
export function pairsReaching(min: number, length: number): number {
  let need = Math.min(length + 1, Math.max(0, Math.ceil(min * length)));
  while (need > 0 && (need - 1) / length >= min) need--;
  while (need <= length && need / length < min) need++;
  return need;
}

/** How the number guard reads two texts' quantities. */
interface QuantityReading {
  /** See `StorySettings.quantitySubjectSimilarity`. */
  minSimilarity: number;
  /** One measure names one quantity (see `FEW_QUANTITIES`). */
  byMeasure: boolean;
  /** See `StorySettings.distinctiveDigits`. */
  distinctiveDigits: number;
  /** Percentage points two readings of a percentage may differ by and still agree (0: none). */
  drift: number;
  /** Share of its value two readings of a price or level may differ by and still agree (0: none). */
  priceDrift: number;
  /** Two figures one step apart as written (`85.70亿` / `85.71亿`) agree: one feed rounded the other's. */
  lastDigit: boolean;
  /**
   * The longer item's stated title (content characters): a figure of the shorter text that it states
   * is the longer item's figure too, whatever its text misquotes (`希捷科技第四财季营收为36.29亿美元` over
   * a text of `营收36.5亿美元`, beside another feed's `36.29亿美元`).
   */
  longTitle: string;
}

/**
 * A quantity of the shorter text whose subject and unit recur in the longer text, none of them
 * with a value it can agree with; null when every such quantity finds its value. Numbers are read
 * by role, not as a bag: a value of the longer text that another quantity of the shorter one
 * states too (`checked`: all the shorter text's quantities) is that quantity's reading, not a
 * second value of this one (`扣非净利润同比增长130%` is not contradicted by the `同比增长123%` both
 * state of the net profit). A value is claimed when the shorter text states it exactly with at least
 * `CLAIMING_DIGITS` significant digits, states it with a distinctive number of digits (`282.48%`),
 * or states it of the same measure.
 */
function quantityConflict(
  short: readonly Quantity[],
  checked: readonly Quantity[],
  long: readonly Quantity[],
  reading: QuantityReading,
): string | null {
  const { minSimilarity, byMeasure } = reading;
  for (const q of short) {
    if (respective(q)) continue;
    let sameQuantity = false;
    for (const other of long) {
      if (
        other.unit !== q.unit ||
        respective(other) ||
        !sameMeasure(q.subject, other.subject, minSimilarity, byMeasure)
      )
        continue;
      if (readingsAgree(q, other, reading)) {
        sameQuantity = false;
        break;
      }
      if (!claimedByAnother(other, q, checked, reading)) sameQuantity = true;
    }
    if (
      sameQuantity &&
      !(significantDigits(q.value) >= reading.distinctiveDigits && statesEvery(long, short)) &&
      !titleStates(reading.longTitle, q)
    )
      return `${q.subject}${q.value}${q.unit}`;
  }
  return null;
}

/**
 * True when both first sentences state one amount in one unit (`3000亿日元`), a percentage aside: a round
 * amount alone could be many news' (see `StorySettings.distinctiveDigits`), with a name in common it is one.
 */
function leadAmountShared(short: Features, long: Features): boolean {
  return short.leadQuantities.some(
    (q) =>
      q.unit !== "" &&
      q.unit !== "%" &&
      long.leadQuantities.some((other) => other.unit === q.unit && other.value === q.value),
  );
}

/** Magnitudes a figure may be written in, largest first, as `quantitiesIn` reads them. */
const WRITTEN_MAGNITUDES: readonly [string, number][] = [
  ["万亿", 1e12],
  ["亿", 1e8],
  ["万", 1e4],
  ["", 1],
];
/** Significant digits a value is written to at most: more is the floating point of a division. */
const WRITTEN_DIGITS = 12;

/**
 * True when a stated title (content characters, so without its decimal point: `36.29亿美元` is
 * `3629亿美元` there) states `q` in one of its magnitudes, with its unit, not as the end of a longer
 * number. So a title of `3629亿美元` states `36.29亿美元` too: the key keeps no decimal point to tell them
 * apart, and a title a hundred times its text's figure is rarer than one misquoted. A figure needs
 * `TITLE_FIGURE_DIGITS` significant digits to be told: one or two (`5%`, `48%`) are any figure's.
 */
function titleStates(title: string, q: Quantity): boolean {
  if (title === "" || q.unit === "" || significantDigits(q.value) < TITLE_FIGURE_DIGITS) return false;
  for (const [magnitude, factor] of WRITTEN_MAGNITUDES) {
    const written = Number((q.value / factor).toPrecision(WRITTEN_DIGITS)).toString();
    if (written.includes("e")) continue;
    const digits = written.replace(".", "");
    for (let at = title.indexOf(digits + magnitude + q.unit); at !== -1; ) {
      const before = at === 0 ? "" : title[at - 1]!;
      if (!(before >= "0" && before <= "9")) return true;
      at = title.indexOf(digits + magnitude + q.unit, at + 1);
    }
  }
  return false;
}
/** Significant digits a figure needs for `titleStates` to find it in a title. */
const TITLE_FIGURE_DIGITS = 3;

/**
 * True when `long` states every figure of `short` exactly, in its unit, under whatever words: two
 * feeds word one results flash apart (`较上年同期增加18.48%` / `同比增长18.48%`, `市场预期18.7亿欧元` /
 * `预估为18.7亿欧元`), and the measure words then pair a figure with another one of the longer text (its
 * `扣非…同比增长43.78%`, another `市场预期`). `quantityConflict` lets such a figure be, if it has at least
 * `distinctiveDigits` significant digits (`涨5%` could be any stock's). A piece that states one figure
 * of another and not the rest (a fund's scale in an ETF-flows roundup) is still read measure by measure.
 */
function statesEvery(long: readonly Quantity[], short: readonly Quantity[]): boolean {
  return short.every((q) => long.some((other) => other.unit === q.unit && other.value === q.value));
}

/**
 * True when a number is one of a list told `分别` (`A、B用电量同比分别增长56.9%、44%`): it measures one
 * of the things listed before, which its subject does not say, so no other number contradicts it.
 */
function respective(q: Quantity): boolean {
  return q.subject.includes("分别");
}

/**
 * True when two quantities agree as written, or are percentages whose intervals as worded are at
 * most `drift` points apart, or other figures (a price, an index level) at most `priceDrift` of
 * their value apart. Intervals, not values: two feeds reading a stock seconds apart write the
 * bound it just passed (`SK海力士涨超25%` / `涨超26%`, `[25, 26)` and `[26, 27)`), which touch.
 */
function readingsAgree(a: Quantity, b: Quantity, reading: QuantityReading): boolean {
  if (quantitiesAgree(a, b)) return true;
  if (reading.lastDigit && !a.qualified && !b.qualified && oneStepApart(a, b)) return true;
  if (a.unit === "%")
    return reading.drift > 0 && Math.max(a.low, b.low) - Math.min(a.high, b.high) <= reading.drift;
  const apart = Math.abs(a.value - b.value);
  return (
    reading.priceDrift > 0 && apart <= reading.priceDrift * Math.max(Math.abs(a.value), Math.abs(b.value))
  );
}

/**
 * True when two figures written without a qualifier are at most one step of the coarser one apart
 * (`85.70亿` / `85.71亿`: each rounds to a step of 0.01亿), up to the floating-point error of values in
 * base units.
 */
function oneStepApart(a: Quantity, b: Quantity): boolean {
  const step = Math.max(a.high - a.low, b.high - b.low);
  return Math.abs(a.value - b.value) <= step * (1 + FLOAT_ERROR);
}

/** Relative error of a step computed from values in base units (`8571000000 - 8570000000`). */
const FLOAT_ERROR = 1e-9;

/** True when an item's stated title tells a price or a market moving (`美股三大指数均涨超1%`). */
function titleTellsMove(item: Features): boolean {
  return MOVE_WORD.test(item.key.headline);
}

/**
 * Significant digits a value needs to be claimed by the same value stated elsewhere, whatever its
 * subject (`0.87亿元` of a list of orders); a one-digit value (`跌超5%`) is claimed only by its own measure.
 */
const CLAIMING_DIGITS = 2;

/** True when a quantity of `checked` other than `q` states `value` (see `quantityConflict`). */
function claimedByAnother(
  value: Quantity,
  q: Quantity,
  checked: readonly Quantity[],
  reading: QuantityReading,
): boolean {
  const digits = significantDigits(value.value);
  return checked.some(
    (other) =>
      other !== q &&
      other.unit === value.unit &&
      quantitiesAgree(other, value) &&
      ((other.value === value.value && digits >= CLAIMING_DIGITS) ||
        digits >= reading.distinctiveDigits ||
        sameMeasure(other.subject, value.subject, reading.minSimilarity, reading.byMeasure)),
  );
}

/** Characters at the end of a subject that name the measure (`目标价从`, `盘前涨超`). */
const MEASURE_LENGTH = 4;
/**
 * Texts with at most this many quantities are one-fact flashes (a target price, a share move), where
 * the measure alone names the quantity; in a results or data flash many quantities share a measure
 * (`同比增长`, `预估`), and copies state different subsets of them.
 */
const FEW_QUANTITIES = 3;

/**
 * True when two subjects name the same quantity: alike as a whole (`涨幅扩大` / `日内涨幅扩大`), or,
 * `byMeasure`, ending in the same measure (`摩根大通将高通目标价从` / `摩根大通将meta目标价从`): one
 * measure of two companies with two values is two stories, whatever their template shares.
 */
function sameMeasure(a: string, b: string, minSimilarity: number, byMeasure: boolean): boolean {
  // An instrument's key (`@chinaIndex:chinext`) names it alone: keys of one family spell alike.
  if (a.startsWith("@") || b.startsWith("@")) return a === b;
  if (byMeasure && a.length >= MEASURE_LENGTH && a.slice(-MEASURE_LENGTH) === b.slice(-MEASURE_LENGTH))
    return true;
  return dice(a, b) >= minSimilarity;
}

/** Dice coefficient of the character pairs of two short strings (0 when either is empty). */
function dice(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const pa = bigrams(a);
  const pb = bigrams(b);
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return (2 * shared) / (pa.size + pb.size);
}

function bigrams(text: string): Set<string> {
  if (text.length < 2) return new Set([text]);
  const set = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) set.add(text.slice(i, i + 2));
  return set;
}
