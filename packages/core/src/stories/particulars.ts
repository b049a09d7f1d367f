// The table is read by the package's own name, so that a Worker can serve it from its static assets
// (wrangler.jsonc `alias`, as for `@caixun/core/stories/common-pairs`); in core it is `./words.ts`.
import { EVENT_ACTIONS } from "@caixun/core/stories/words";
import { STORIES_PARTICULARS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { contentCharacters } from "./comparable.js";
import { placesNamedIn } from "./places.js";
import { type Quantity, significantDigits } from "./quantities.js";

/**
 * What an event is made of, as two feeds writing it up independently both state it: who (a name of
 * three characters none of whose character pairs is a common word: `蔡崇信`, `胡塞武`, `适航认`), a
 * name in Latin letters (`coldcard`, `faa`), where (`PLACES`), what happened (`EVENT_ACTIONS`) and
 * its distinctive figures. Read off the stated title and the first sentence, where a flash says what
 * it is about; who speaks (`日本财务大臣片山皋月称，…`) is kept apart, since one speaker's two
 * statements share the speaker and nothing else.
 */
export interface Particulars {
  /** Three-character runs whose two character pairs are both rare (not `COMMON_PAIRS`, no digit), outside the speaker. */
  names: Set<string>;
  /** Words in Latin letters, three or more, lower case (`openai`, `eia`). */
  latin: Set<string>;
  /** Places named as words of their own (`placesNamedIn`). */
  places: string[];
  /** Event words stated (`EVENT_ACTIONS`). */
  actions: string[];
  /** The first sentence's figures of `distinctiveDigits` or more, by unit (`辆` → 86543). */
  figures: Map<string, Set<number>>;
  /** The rare three-character runs of who the first sentence says speaks (`SPEAKER`); empty when none. */
  speaker: string[];
}

/**
 * The patterns below are compiled from their literals (`STORIES_PARTICULARS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let storiesParticularsPatternsCompiled = false;
/**
 * Who a first sentence says speaks: the words before its first verb of saying, after at most one
 * short clause of time (`当地时间8月4日，俄罗斯莫斯科州州长沃罗比约夫通报称`). Bounded runs, anchored.
 */
let SPEAKER: RegExp;
/** Commas after a colon that make a first sentence a list of news (see `listsNews`). */
const LISTED_CLAUSES = 2;

let LATIN_WORD: RegExp;
let IDEOGRAPH_OR_LETTER: RegExp;

/** Compiles `STORIES_PARTICULARS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStoriesParticularsPatterns(): void {
  [SPEAKER, LATIN_WORD, IDEOGRAPH_OR_LETTER] = STORIES_PARTICULARS_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<3>;
  storiesParticularsPatternsCompiled = true;
}

/**
 * The particulars of a title (content characters) and a first sentence (comparison text: NFKC,
 * lower case); a digest has none. `rare` tells a character pair that is not a common word.
 */
export function particularsOf(
  title: string,
  lead: string,
  digest: boolean,
  leadQuantities: readonly Quantity[],
  digits: number,
  rare: (first: number, second: number) => boolean,
): Particulars {
  if (!storiesParticularsPatternsCompiled) compileStoriesParticularsPatterns();
  const speakerText = SPEAKER.exec(lead)?.[1] ?? "";
  const speaker = [...rareRuns(contentCharacters(speakerText), rare)];
  const figures = new Map<string, Set<number>>();
  for (const q of leadQuantities) {
    if (q.unit === "" || significantDigits(q.value) < digits) continue;
    const values = figures.get(q.unit) ?? new Set<number>();
    values.add(q.value);
    figures.set(q.unit, values);
  }
  const listed = digest || listsNews(lead);
  const text = `${title}\n${lead.replace(speakerText, "")}`;
  return {
    names: listed ? new Set() : rareRuns(text, rare),
    latin: new Set(listed ? [] : (text.match(LATIN_WORD) ?? [])),
    places: [...new Set([...placesNamedIn(title), ...placesNamedIn(lead)])],
    actions: listed ? [] : EVENT_ACTIONS.filter((word) => text.includes(word)),
    figures,
    speaker,
  };
}

/**
 * True when a first sentence lists several news after a colon (`周六你需要知道的隔夜全球要闻：A，B，C`),
 * as a roundup's headline given alone by a feed does: like a digest, it tells no one event. One
 * pass over the sentence.
 */
function listsNews(lead: string): boolean {
  let colon = false;
  let commas = 0;
  for (const character of lead) {
    if (character === ":" || character === "：") colon = true;
    else if (colon && (character === "," || character === "，") && ++commas >= LISTED_CLAUSES) return true;
  }
  return false;
}

/** The three-character runs of a text whose two character pairs are both rare. */
function rareRuns(text: string, rare: (first: number, second: number) => boolean): Set<string> {
  if (!storiesParticularsPatternsCompiled) compileStoriesParticularsPatterns();
  const runs = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const run = text.slice(i, i + 3);
    if (
      IDEOGRAPH_OR_LETTER.test(run) &&
      rare(text.charCodeAt(i), text.charCodeAt(i + 1)) &&
      rare(text.charCodeAt(i + 1), text.charCodeAt(i + 2))
    )
      runs.add(run);
  }
  return runs;
}

/**
 * True when two items state one event's particulars alike: what happened (an event word both use)
 * and at least `minKinds` kinds in all of what happened, who, a Latin name, where and a distinctive
 * figure; with `whoRequired`, who (a name or a Latin name) among them: what happened in one country
 * (`美国…签署`) is many events. Two write-ups of different events that agree so far still differ in who speaks (two
 * officials on one question; the governors of two regions on two attacks) or in a figure of one
 * unit (two recalls of one maker, `86,543辆` / `47587辆`): those are two events.
 * `charsA`/`charsB` are the items' content characters, where a speaker is looked for.
 */
export function particularsAgree(
  a: Particulars,
  b: Particulars,
  charsA: string,
  charsB: string,
  figuresShared: boolean,
  minKinds: number,
  whoRequired: boolean,
): boolean {
  if (!a.actions.some((word) => b.actions.includes(word))) return false;
  let kinds = 1;
  // A name counts when one of the two states it outside who speaks: one speaker's two statements
  // share only the speaker, while a write-up may name as its speaker the party the other reports on.
  const name =
    shares(a.names, b.names) ||
    a.speaker.some((run) => b.names.has(run)) ||
    b.speaker.some((run) => a.names.has(run));
  const latin = shares(a.latin, b.latin);
  if (whoRequired && !name && !latin) return false;
  if (name) kinds++;
  if (latin) kinds++;
  if (a.places.some((place) => b.places.includes(place))) kinds++;
  if (figuresShared) kinds++;
  if (kinds < minKinds) return false;
  if (
    a.speaker.length > 0 &&
    b.speaker.length > 0 &&
    !namedIn(a.speaker, charsB) &&
    !namedIn(b.speaker, charsA)
  )
    return false;
  for (const [unit, values] of a.figures) {
    const others = b.figures.get(unit);
    if (others !== undefined && !shares(values, others)) return false;
  }
  return true;
}

/**
 * How many names two items' particulars share (see `StorySettings.namedContainment`): names of three
 * rare characters, counted as `particularsAgree` counts who (one item's speaker may be the party the
 * other names; two statements of one speaker share only the speaker), and Latin words of at least
 * `minLatinLetters` letters (`seedance25`, `microsoft`; not `app`). Runs within one of `documents` (the documents
 * both items lead with: what a briefing is about, which each of its answers names) are not counted.
 */
export function sharedNames(
  a: Particulars,
  b: Particulars,
  minLatinLetters: number,
  documents: readonly string[] = [],
): number {
  let shared = 0;
  const [few, many] = a.names.size <= b.names.size ? [a.names, b.names] : [b.names, a.names];
  const named = (run: string) => !documents.some((document) => document.includes(run));
  for (const name of few) if (many.has(name) && named(name)) shared++;
  for (const run of a.speaker) if (b.names.has(run) && named(run)) shared++;
  for (const run of b.speaker) if (a.names.has(run) && named(run)) shared++;
  for (const word of a.latin) if (word.length >= minLatinLetters && b.latin.has(word)) shared++;
  return shared;
}

/** True when at least half of a speaker's rare runs are found in a text. */
function namedIn(speaker: readonly string[], chars: string): boolean {
  let found = 0;
  for (const run of speaker) if (chars.includes(run)) found++;
  return found * 2 >= speaker.length;
}

function shares<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}
