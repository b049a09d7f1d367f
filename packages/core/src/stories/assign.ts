import { anchorsOf } from "./anchors.js";
import { compareFeatures, OPPOSITE_MOVES, type Verdict } from "./compare.js";
import type { Features } from "./features.js";
import { type StoryKey, statedSecond } from "./key.js";
import type { StorySettings } from "./settings.js";

/**
 * How candidates are found, the same for grouping a corpus and for a store assigning one item:
 * an item's anchors are one in `every` of its character triples; anchors carried by more than
 * `maxPosting` items within reach are too common to propose candidates (`有限公司`, `同比增长`);
 * and a candidate is compared only when it shares at least `minShared` of the anchors of the one of
 * the two with fewer anchors (on the dumps, 99% of the pairs that compare as copies share more
 * than a fifth of them).
 */
export const CANDIDATES = Object.freeze({ every: 2, maxPosting: 100, minShared: 0.1, signalWeight: 16 });

/**
 * The anchors of an item (see `CANDIDATES`): hashes a store indexes to find candidates. Its title's
 * character triples count with its text's: two feeds that copy one title and write their texts apart
 * (one gives a meeting's opening, the other its closing lines; one broker's note summed up twice)
 * share few text anchors, and `compareFeatures` reads one title as evidence. A title's words are
 * mostly its text's too, so they add few anchors of their own and keep the share two texts need.
 * Besides, an item that leads with a market move, a board's move or a session report carries
 * `signalWeight` anchors for it (`leadSignals`), so two feeds' alerts of one move are compared
 * however little wording they share (`沪深京三市成交额超2万亿元` / `沪深两市成交额突破2万亿`: one
 * text anchor in common), as `compareFeatures` would join them. And an item published in a stated second
 * (`statedSecond`) carries one anchor for it: a feed that posts another's flash in its second, cut to a line
 * (`美国财政部公布可交易债务融资预估`, no text anchor in common with the flash), is compared with it. One anchor
 * only, so that it does not raise the share every other pair needs. Last, a text carries one anchor for each of its
 * first `figureAnchors` figures (value and unit, `Features.facts`; `StorySettings.figureAnchors`): its character triples leave figures out, so two
 * flashes of one wording with other figures (`跌幅扩大至3%` / `至5%`) share every text anchor, and a near copy past the
 * candidates' bound that the one refuses had no anchor leading to the other (`NearCopyCarriers`: a copy of the `5%`
 * flash without its move, asked first of the `3%` flash's story, founded a story of its own, and the next copies of
 * the `5%` flash joined it).
 */
export function storyAnchors(features: Features, settings: Readonly<StorySettings>): Int32Array {
  const text = anchorsOf(features.chars, CANDIDATES.every);
  const signals = leadSignals(features);
  const headline = features.key.headline;
  const titled = headline.length >= TRIPLE;
  const second = statedSecond(features.key);
  const figures = features.chars.length >= TRIPLE && features.facts.size > 0;
  if (signals.length === 0 && !titled && second === null && !figures) return text;
  const anchors = new Set(text);
  if (titled) for (const anchor of anchorsOf(headline, CANDIDATES.every)) anchors.add(anchor);
  for (const signal of signals)
    for (let i = 0; i < CANDIDATES.signalWeight; i++) anchors.add(hashString(`${signal}#${i}`));
  if (second !== null) anchors.add(hashString(`second:${second}`));
  if (figures) {
    let taken = 0;
    for (const fact of features.facts.keys()) {
      if (taken++ >= settings.figureAnchors) break;
      anchors.add(hashString(`figure:${fact}`));
    }
  }
  return Int32Array.from(anchors);
}

/** Characters of a character triple: a shorter title has none (`anchorsOf` would hash it whole). */
const TRIPLE = 3;

/**
 * Characters of a first sentence before the instrument of a move it leads with, at most, for the
 * move to be its signal: who reports (`据同花顺iFinD数据，`) may come first; a move named further in
 * (`今日受海外市场利好情绪影响，SK海力士已涨停，韩股KOSPI指数涨超18%…芯片ETF…`) is not what it is about.
 */
const SIGNAL_MOVE_AT = 16;

/**
 * What an item leads with that one move's alerts share: the move (instrument, direction, whole
 * figure), the board's move, the session; and the minute of the quake a bulletin reports.
 */
function leadSignals(features: Features): string[] {
  const signals: string[] = [];
  const move = features.leadMove;
  if (move !== null && move.at <= SIGNAL_MOVE_AT)
    signals.push(
      `move:${move.instrument}:${move.up}:${move.quantity.unit}:${Math.floor(move.quantity.value)}`,
    );
  const board = features.leadBoard;
  if (board !== null) {
    signals.push(`board:${board.name}:${board.up}`);
    // Two names of one board (`sameLeadBoard`) share a head: the last character of one ends or opens the other.
    for (const end of new Set([board.name[0], board.name.at(-1)]))
      signals.push(`board-end:${end}:${board.up}`);
    // …and a rally named by two boards has one leader, the first stock each lists.
    if (board.members.length > 0) signals.push(`board-leader:${board.members[0]}:${board.up}`);
  }
  if (features.leadSession !== null) signals.push(`session:${features.leadSession}`);
  // Two agencies' bulletins of one quake share its minute (`quakesAgree`), one minute apart at most:
  // each carries its minute and the next, so two a minute apart share one.
  const quake = features.quake;
  if (quake !== null)
    for (const minute of [quake.minute, (quake.minute + 1) % MINUTES_IN_HOUR])
      signals.push(`quake:${minute}`);
  return signals;
}

const MINUTES_IN_HOUR = 60;

/** FNV-1a over UTF-16 code units, as a 32-bit integer. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** True when two items share enough anchors to be compared. */
export function enoughSharedAnchors(shared: number, mine: number, theirs: number): boolean {
  return shared >= CANDIDATES.minShared * Math.min(mine, theirs);
}

/** An item already assigned to a story, that may be a copy of a new one. */
export interface Candidate<S> {
  features: Features;
  story: S;
}

/** What the choice needs of a story an item may join. */
export interface StoryInReach {
  /** Its first copy. */
  founder: Features;
  /** How many of its copies are within the time window of the new item (see `comparableCopies`). */
  comparable: number;
  /**
   * Its copies within reach (the founder among them): a new copy is about the same thing as each
   * (`aboutAnotherThing`). A function, asked only once the founder agrees: a store reads and makes
   * these features for every candidate story, and most candidates are decided before it.
   */
  copies: () => readonly Features[];
}

/**
 * The story a new item joins, or null when it starts one: among the stories of the candidates it
 * is a copy of (`compareFeatures`), the best match (highest containment, then the story with the
 * earliest founder), provided the item is a copy of at least half of that story's copies within its
 * time window (or repeats one of them, `repeats`), no guard objects to the story's founder (numbers, instruments, time), and no copy of
 * the story is about another thing (`aboutAnotherThing`): stories do not chain from one statement or
 * snapshot to the next through one look-alike copy. When the
 * item's template skeleton recurs across days (`template`), copies of other days are not candidates.
 *
 * One function for both uses: `groupKeys` (a corpus, in time order) and a store (one new item
 * against stored candidates), so that an ingest in time order builds the stories grouping would.
 */
export function assignStory<S>(
  item: Features,
  candidates: Iterable<Candidate<S>>,
  storyInReach: (story: S) => StoryInReach,
  template: boolean,
  settings: Readonly<StorySettings>,
): S | null {
  const matches: { story: S; verdict: Verdict; facts: number }[] = [];
  const matched = new Map<S, number>();
  /** Stories with a copy the item repeats (`repeats`): the item goes where that copy went. */
  const repeated = new Set<S>();
  for (const candidate of candidates) {
    if (template && candidate.features.key.day !== item.key.day) continue;
    const verdict = compareFeatures(item, candidate.features, settings);
    if (!verdict.same) continue;
    matches.push({ story: candidate.story, verdict, facts: sharedFacts(item, candidate.features) });
    matched.set(candidate.story, (matched.get(candidate.story) ?? 0) + 1);
    if (repeats(item, candidate.features, settings.repeatWindowHours)) repeated.add(candidate.story);
  }
  if (matches.length === 0) return null;
  const reach = new Map<S, StoryInReach>();
  const inReach = (story: S) => {
    let known = reach.get(story);
    if (known === undefined) {
      known = storyInReach(story);
      reach.set(story, known);
    }
    return known;
  };
  matches.sort((a, b) => {
    if (b.facts !== a.facts) return b.facts - a.facts;
    if (b.verdict.score !== a.verdict.score) return b.verdict.score - a.verdict.score;
    const fa = inReach(a.story).founder.key;
    const fb = inReach(b.story).founder.key;
    return (fa.at ?? 0) - (fb.at ?? 0) || (fa.id < fb.id ? -1 : fa.id > fb.id ? 1 : 0);
  });
  const tried = new Set<S>();
  for (const { story } of matches) {
    if (tried.has(story)) continue;
    tried.add(story);
    const { founder, comparable, copies } = inReach(story);
    if (2 * matched.get(story)! < comparable && !repeated.has(story)) continue;
    if (founder.key.id !== item.key.id && !agreesWithFounder(compareFeatures(item, founder, settings)))
      continue;
    if (
      copies().every(
        (copy) => copy.key.id === founder.key.id || !aboutAnotherThing(compareFeatures(item, copy, settings)),
      )
    )
      return story;
  }
  return null;
}

/**
 * True when two items state one title (or neither states one) and one's whole comparison text opens
 * the other's: the same flash again, whole or cut (eastmoney's `我国首台百吨级…矿用自卸车AT150，在…成功投运。`
 * is cls's flash of the same second under the same title, without its last sentences). A copy of
 * half a story's copies is asked of an item so that a story does not chain through one look-alike;
 * a repeat of one copy is that copy again, and goes where it went (cls's flash had joined the
 * afternoon's write-ups of the truck, which eastmoney's alone did not match), within
 * `repeatWindowHours`, as one feed carries another's flash. Under two titles one
 * text is two flashes: `苹果美股盘后跌超8%，公司预计第四财季营收增长9%至11%…` is eastmoney's guidance
 * flash and cls's flash of the share drop. Its founder and copies must agree with it all the same.
 */
function repeats(a: Features, b: Features, windowHours: number): boolean {
  if (a.key.headline !== b.key.headline || a.key.at === null || b.key.at === null) return false;
  if (Math.abs(a.key.at - b.key.at) > windowHours * 3_600_000) return false;
  const [short, long] = a.chars.length <= b.chars.length ? [a, b] : [b, a];
  return short.chars !== "" && long.chars.startsWith(short.chars);
}

/**
 * Figures (value and unit) two items both state: the evidence a copy is chosen by when it matches
 * copies of several stories (`累计回购854.73万股` / `8.95亿元` of a completed buyback, not a new plan
 * of the same company worded alike).
 */
function sharedFacts(a: Features, b: Features): number {
  const [small, large] = a.facts.size <= b.facts.size ? [a.facts, b.facts] : [b.facts, a.facts];
  let shared = 0;
  for (const fact of small.keys()) if (large.has(fact)) shared++;
  return shared;
}

/**
 * True when an item its candidates give no story joins the story of `prior`, an earlier item within reach with the
 * same comparison text, whose story is still open with the founder `founder`: an exact copy is that copy again and
 * goes where it went. Past `CANDIDATES.maxPosting` copies within reach every anchor of a story's text is too common to
 * propose them (10^5 identical flashes a second apart were 99,900 stories), and an exact copy is not a look-alike that
 * chains two stories, which the half-the-copies test keeps out. One rule for grouping a corpus (`StoryGrouper`) and a
 * store, asked with the newest such item each finds (one lookup and two comparisons, whatever the story's size):
 * - only a text with anchors (`anchors` of the item) lost its copies to the posting limit; one without (`123`, figures
 *   alone) is a copy of nothing, as candidates are proposed by anchors;
 * - the same title and length too: the text is cut to `maxComparisonLength`, and the same cut of two lengths is not
 *   one text; when the text's skeleton recurs across days (`template`), a copy of another day is not one;
 * - the comparison calls the two one, as `assignStory` asks of a candidate, and the founder agrees with the item.
 */
export function exactCopyJoins(
  item: Features,
  anchors: number,
  prior: Features,
  founder: Features,
  template: boolean,
  settings: Readonly<StorySettings>,
): boolean {
  const key = item.key;
  const same = prior.key;
  if (anchors === 0 || key.text === "" || same.text !== key.text) return false;
  if (same.headline !== key.headline || same.size !== key.size) return false;
  if (template && same.day !== key.day) return false;
  if (!compareFeatures(item, prior, settings).same) return false;
  return founder.key.id === key.id || agreesWithFounder(compareFeatures(item, founder, settings));
}

/**
 * The anchors whose newest earlier carriers an item past the candidates' bound asks of `nearCopyJoins`, in order, and
 * the carriers asked: one walk for grouping a corpus (`StoryGrouper`) and a store, each finding the newest carrier of
 * an anchor its own way. First the item's anchors too common to propose candidates (`common`, in the order of its
 * anchors), then its other anchors; none once it has no anchor past the bound (a story's copies are within reach of
 * the candidates' lookup). An anchor the founder of a story already asked carries is passed over: where two open
 * stories share most of their text (a flash and its copy with another figure, `3%` / `5%`, which the comparison
 * splits off), the newest carrier of their shared anchors is the newer story's copy, and asking that story again and
 * again (each of its copies one character apart at its own place carries all but a few of them) spent the asks (`StorySettings.nearCopyPriors`),
 * so a near copy of the other went to neither (600 copies of the two KOSPI flashes, alternating, were 10 stories). The
 * anchors where the item's text differs from that founder's lead to the story it copies. Only a story whose founder
 * was compared (`refused`) rules its anchors out, as grouping and a store both compare it.
 */
export class NearCopyCarriers {
  private readonly asked = new Set<string>();
  private readonly ruledOut = new Set<number>();
  private readonly refusedFounders = new Set<string>();

  constructor(
    private readonly common: readonly number[],
    private readonly anchors: Int32Array,
    private readonly settings: Readonly<StorySettings>,
  ) {}

  /** The anchors to ask, lazily: a story refused meanwhile rules out the anchors its founder carries. */
  *order(): Generator<number> {
    if (this.common.length === 0) return;
    for (const anchor of this.common) {
      if (this.done) return;
      if (!this.ruledOut.has(anchor)) yield anchor;
    }
    const common = new Set(this.common);
    for (const anchor of this.anchors) {
      if (this.done) return;
      if (!common.has(anchor) && !this.ruledOut.has(anchor)) yield anchor;
    }
  }

  /** True when the carrier `id` is to be asked: not asked yet (it counts as asked from now). */
  ask(id: string): boolean {
    if (this.asked.has(id)) return false;
    this.asked.add(id);
    return true;
  }

  /** The story of a carrier asked, founded by `founder`, does not take the item. */
  refused(founder: Features): void {
    this.refusedFounders.add(founder.key.id);
    for (const anchor of storyAnchors(founder, this.settings)) this.ruledOut.add(anchor);
  }

  /**
   * True when a carrier's story, founded by `founderId`, already refused the item: the carrier is passed over without
   * an ask. The anchors where a refused founder's own edits are lead to other copies of its story, each edited at
   * its own place (three copies of the `3%` flash were the three carriers a copy of the `5%` flash asked, and it founded
   * a story of its own before its figure's anchor was reached).
   */
  passedOver(founderId: string): boolean {
    return this.refusedFounders.has(founderId);
  }

  /** True once `StorySettings.nearCopyPriors` carriers are asked. */
  get done(): boolean {
    return this.asked.size >= this.settings.nearCopyPriors;
  }
}

/**
 * True when a carrier of `carrierSize` content characters may be a near copy's (`nearCopyJoins` asks sizes this
 * close): a store reads no carrier further off, and grouping asks none, so that both refuse the same stories.
 */
export function nearCopySize(
  item: StoryKey,
  carrierSize: number,
  settings: Readonly<StorySettings>,
): boolean {
  return Math.abs(item.size - carrierSize) <= 2 * settings.nearCopySpan;
}

/**
 * Characters of text an item and its story's founder need for each character they differ by, to be one flash a few
 * characters apart: a short flash a word apart from another (`A股收涨` / `A股收跌`) is another flash.
 */
const NEAR_COPY_LENGTH = 10;

/**
 * True when an item that neither its candidates nor an exact copy give a story joins the story of `prior`, the newest
 * earlier item within reach that carries one of its anchors too common to propose candidates (`CANDIDATES.maxPosting`
 * items within reach), whose story is still open with the founder `founder`: the story's first copy again with at
 * most `nearCopySpan` characters of title and text replaced, put in or taken out (a feed's corrected re-send, another
 * feed's credit, one character apart). Past the bound such copies proposed nothing and an exact copy's text lookup
 * missed them (10^4 copies a second apart, each one character apart at a moving place, were 9,896 stories). One rule
 * for grouping a corpus (`StoryGrouper`) and a store, each asking of the newest carriers of the same anchors:
 * - the edits are counted from the founder, not the carrier, so that copies do not drift from the story's first copy
 *   a few characters at a time, and two copies each a character from it are one story; one edit at most for each
 *   `NEAR_COPY_LENGTH` characters of the shorter text;
 * - the carrier's size within twice the span of the item's (a store reads no carrier further off), the founder's
 *   within the span;
 * - when the text's skeleton recurs across days (`template`), a copy of another day is not one;
 * - the comparison calls the item one with the carrier and with the founder (a figure changed is another fact).
 */
export function nearCopyJoins(
  item: Features,
  anchors: number,
  prior: Features,
  founder: Features,
  template: boolean,
  settings: Readonly<StorySettings>,
): boolean {
  const key = item.key;
  const first = founder.key;
  const span = settings.nearCopySpan;
  if (anchors === 0 || key.id === prior.key.id || key.id === first.id) return false;
  if (Math.abs(key.size - prior.key.size) > 2 * span || Math.abs(key.size - first.size) > span) return false;
  const edits = Math.min(
    span,
    Math.floor(Math.min(item.chars.length, founder.chars.length) / NEAR_COPY_LENGTH),
  );
  if (edits === 0) return false;
  if (template && prior.key.day !== key.day) return false;
  if (!withinEdits(`${key.headline}\n${item.chars}`, `${first.headline}\n${founder.chars}`, edits))
    return false;
  return compareFeatures(item, prior, settings).same && compareFeatures(item, founder, settings).same;
}

/**
 * True when `b` is made from `a` by at most `k` characters replaced, put in or taken out (UTF-16 code units): their
 * common opening and ending set aside, a band of the edit-distance table `2k + 1` wide, given up once a whole row of
 * it is over `k`. Time `(2k + 1)` times the length, whatever the texts.
 */
export function withinEdits(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end))
    end++;
  const n = a.length - start - end;
  const m = b.length - start - end;
  if (n === 0 || m === 0) return Math.max(n, m) <= k;
  const over = k + 1;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= n; i++) {
    const low = Math.max(1, i - k);
    const high = Math.min(m, i + k);
    current[low - 1] = low === 1 ? Math.min(i, over) : over;
    let least = current[low - 1]!;
    const ai = a.charCodeAt(start + i - 1);
    for (let j = low; j <= high; j++) {
      const replaced = previous[j - 1]! + (ai === b.charCodeAt(start + j - 1) ? 0 : 1);
      const cell = Math.min(replaced, previous[j]! + 1, current[j - 1]! + 1, over);
      current[j] = cell;
      if (cell < least) least = cell;
    }
    // The next row reads one cell past this row's band: outside the band is over `k`.
    if (high < m) current[high + 1] = over;
    if (least > k) return false;
    [previous, current] = [current, previous];
  }
  return previous[m]! <= k;
}

/** A founder may differ in wording (a paraphrase of a paraphrase) but not in facts or time. */
function agreesWithFounder(verdict: Verdict): boolean {
  return verdict.same || verdict.reason === "different-text" || verdict.reason === "different-lead";
}

/**
 * True when a guard says two items are about two things, not two readings of one: a digest and a
 * single story, two instruments, announcers, places or documents, securities or companies, or one
 * instrument moving two ways. Asked of every copy of a story an item would join, besides its founder
 * (which must agree in figures and time too): asked of the founder alone, a story took a copy of one
 * member that a guard parts from another (two regions' PMIs of one figure through a third; an
 * overnight digest's headline, then another digest of the morning), while figures read seconds
 * apart by two feeds (`78.67` / `78.59美元/桶`) part a pair, not a story.
 */
export function aboutAnotherThing(verdict: Verdict): boolean {
  switch (verdict.reason) {
    case "digest":
    case "instruments-disagree":
    case "announcers-disagree":
    case "commentary":
    case "subjects-disagree":
    case "securities-disagree":
    case "companies-disagree":
      return true;
    case "numbers-disagree":
      return verdict.detail === OPPOSITE_MOVES;
    default:
      return false;
  }
}

/**
 * How many of a story's copies are within the time window of an item (its window with each), without the
 * cuts: a copy published in the stated second (`statedSecond`) of a copy at least twice as long is a feed
 * carrying another's flash cut to a line (`compare.ts` `repost`), which a write-up of the flash need not
 * match. Two whole copies of one second both count.
 */
export function comparableCopies(
  copies: Iterable<Pick<StoryKey, "at" | "size">>,
  item: StoryKey,
  settings: Readonly<StorySettings>,
): number {
  const within: { size: number; second: number | null }[] = [];
  const longest = new Map<number, number>();
  for (const copy of copies) {
    const hours =
      copy.size >= settings.flashMaxCharacters && item.size >= settings.flashMaxCharacters
        ? settings.articleWindowHours
        : settings.flashWindowHours;
    if (copy.at === null || item.at === null || Math.abs(item.at - copy.at) > hours * 3_600_000) continue;
    const second = statedSecond(copy);
    within.push({ size: copy.size, second });
    if (second !== null) longest.set(second, Math.max(longest.get(second) ?? 0, copy.size));
  }
  let count = 0;
  for (const { size, second } of within)
    if (second === null || size * CUT_FACTOR >= longest.get(second)!) count++;
  return count;
}

/** A copy is a cut of another of its second when that one is at least this many times as long. */
const CUT_FACTOR = 2;
