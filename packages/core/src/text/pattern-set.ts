import { openingCodes, patternNeeds, wordChoices } from "./pattern-gate.js";
import { openingGroups, skipTableEntry, stringScan } from "./string-finder.js";

/**
 * A list of rule patterns asked one question — does any of them match this text? — as a few
 * patterns instead of one call each. Rules stay data in their modules (boilerplate's lines, the
 * packs' `dropBlocks` and `cutFragments`); this is only how a list of them is run. A block of body
 * text was tested against each of some thirty patterns in turn, and for most of them the call cost
 * more than the test, which fails on the first character: patterns with the same flags are joined
 * into one alternation (`(?:a)|(?:b)|…`), which the regular-expression engine tries at each
 * position alternative by alternative — the same work as the patterns one by one, in one call.
 *
 * Joining keeps the answer exactly: a text has a match of the alternation at some position if and
 * only if one of the alternatives matches there. A pattern is kept on its own where joining could
 * change what it matches: a backreference (`\1` would count the groups of the patterns before it),
 * a named group (two patterns may use one name), the sticky flag (it ties the match to `lastIndex`).
 *
 * Patterns anchored at the text's start (`^…`, no `m` flag, no alternative outside a group) are
 * joined apart from the others: an alternation whose every alternative is anchored is tried at the
 * first position only, where one unanchored alternative among them makes the engine try them all
 * at every position of the text.
 *
 * Every other pattern that needs a word (`patternNeeds`: one of a few strings every match holds) runs
 * behind its words: one scan of the text for the words of all of them says which may match, and only
 * those run. Joined, each such pattern ran on every text — an anchored one that opens wide
 * (`^[^。！？]{0,40}…二维码`) reading up to its bound before it could fail, an unanchored one at every
 * position. An anchored pattern that opens with a few listed characters stays in the joined
 * alternation: it fails at the first character of nearly every text, cheaper than any scan. Cheaper
 * still is not calling the engine at all: the characters such patterns can open with are read from
 * them (`openingCodes`), and their alternation runs only on a text that opens with one of them — one
 * table look-up for the many lines that open with none. Where one of them cannot be listed (a pattern
 * that may match nothing, or open with any character), their alternation runs on every text, as before:
 * joined apart, it would be one more run on every text.
 */
export interface PatternSet {
  /** Whether any of the patterns matches somewhere in `text`, as `patterns.some((p) => p.test(text))`. */
  test(text: string): boolean;
}

/** A test of a whole text that is not a pattern (a pattern behind a cheaper test). */
export interface TextTest {
  test(text: string): boolean;
}

/** Source text that joining could change the meaning of: a backreference or a named group. */
const UNJOINABLE = /\\[1-9]|\\k<|\(\?<(?![=!])/u;

/**
 * The patterns (and other tests) as one test. The global flag is dropped from a joined pattern: it
 * makes `test` start at `lastIndex`, and a rule list asks about the whole text; a global pattern's
 * `replace`, the use a cut fragment has, also reads the whole text.
 */
export function patternSet(tests: readonly TextTest[]): PatternSet {
  const byFlags = new Map<string, RegExp[]>();
  const alone: TextTest[] = [];
  const gated: GatedTest[] = [];
  const gates = gateWords(tests);
  for (const [at, test] of tests.entries()) {
    const words = gates[at]!;
    if (words !== null) {
      gated.push({ words, test: withoutState(test as RegExp) });
      continue;
    }
    if (!(test instanceof RegExp) || test.sticky || UNJOINABLE.test(test.source)) {
      alone.push(test instanceof RegExp ? withoutState(test) : test);
      continue;
    }
    const flags = test.flags.replace("g", "");
    const key = `${flags}${isAnchoredAtStart(test.source, flags) ? "^" : ""}`;
    byFlags.set(key, [...(byFlags.get(key) ?? []), test]);
  }
  const joined = [...byFlags].map(([key, patterns]) => {
    const anchored = key.endsWith("^");
    const pattern = new RegExp(
      patterns.map((p) => `(?:${p.source})`).join("|"),
      anchored ? key.slice(0, -1) : key,
    );
    const opening = anchored ? openingCodes(patterns) : null;
    return opening === null ? pattern : behindOpening(pattern, opening);
  });
  const all: readonly TextTest[] = [...joined, ...alone, ...(gated.length > 0 ? [behindWords(gated)] : [])];
  if (all.length === 1) return all[0]!;
  return {
    test(text) {
      for (const test of all) if (test.test(text)) return true;
      return false;
    },
  };
}

/**
 * `pattern`, anchored at the text's start, run only on a text whose first code unit is one of `codes`, the
 * characters its matches open with (`openingCodes`; -1 for the empty text): on any other it cannot match.
 */
function behindOpening(pattern: RegExp, codes: ReadonlySet<number>): TextTest {
  const opens = new Uint8Array(0x10000);
  for (const code of codes) if (code >= 0) opens[code] = 1;
  const matchesEmpty = codes.has(-1);
  // `charCodeAt(0)` of an empty text is NaN, which reads no entry.
  return {
    test: (text) => (opens[text.charCodeAt(0)] === 1 || (matchesEmpty && text === "")) && pattern.test(text),
  };
}

/**
 * The words each test runs behind in a set (`wordsToGate`; null for a test that runs on every text), chosen so that
 * the set's scan opens with as few entries of the engine's skip table as the patterns allow: where a pattern's words
 * could as well be another list (`wordChoices`), the list that opens at the fewest entries the other patterns' words
 * do not take already. Fewer entries, fewer searches of every text (`openingGroups`: 16 a search); a rule's list of
 * its own openings beside another it holds as well had added a third (`大促|秒杀|特价|限时…` beside `速抢|抢购|…`).
 */
export function gateWords(tests: readonly TextTest[]): (readonly string[] | null)[] {
  const choices = tests.map((test) =>
    test instanceof RegExp && wordsToGate(test) !== null ? wordChoices(test) : null,
  );
  const taken = new Set<number>();
  const take = (words: readonly string[]) => {
    for (const word of words) taken.add(skipTableEntry(word.charCodeAt(0)));
  };
  for (const lists of choices) if (lists?.length === 1) take(lists[0]!);
  const added = (words: readonly string[]) =>
    new Set(words.map((word) => skipTableEntry(word.charCodeAt(0))).filter((entry) => !taken.has(entry)))
      .size;
  return choices.map((lists) => {
    if (lists === null) return null;
    // The first list that adds fewest, so the pattern's own words where none adds fewer.
    const chosen = lists.reduce((best, words) => (added(words) < added(best) ? words : best));
    take(chosen);
    return chosen;
  });
}

/** A test that runs only on a text holding one of its `words`. */
interface GatedTest {
  words: readonly string[];
  test: TextTest;
}

/**
 * The words `pattern` runs behind in a set, or null when it runs on every text: it needs none, or it
 * is anchored at the start and opens with a few listed characters, which fails sooner than a scan.
 */
function wordsToGate(pattern: RegExp): readonly string[] | null {
  const needs = patternNeeds(pattern);
  if (needs.words === null) return null;
  return isAnchoredAtStart(pattern.source, pattern.flags) && !needs.opensWide ? null : needs.words;
}

/**
 * The gated tests as one: a scan of the text finds their words (`stringScan`, a few searches), and each
 * test whose word is found runs once, until one matches.
 */
function behindWords(gated: readonly GatedTest[]): TextTest {
  const testsOf = new Map<string, number[]>();
  for (const [index, { words }] of gated.entries())
    for (const word of words) testsOf.set(word, [...(testsOf.get(word) ?? []), index]);
  const scan = stringScan([...testsOf.keys()]);
  return {
    test(text) {
      let tried: Set<number> | null = null;
      for (let search = 0; search < scan.searches; search++) {
        for (let at = scan.next(text, 0, search); at >= 0; at = scan.next(text, at + 1, search)) {
          for (const word of scan.startingWith(text.charCodeAt(at))) {
            if (!text.startsWith(word, at)) continue;
            for (const index of testsOf.get(word)!) {
              tried ??= new Set();
              if (tried.has(index)) continue;
              tried.add(index);
              if (gated[index]!.test.test(text)) return true;
            }
          }
        }
      }
      return false;
    },
  };
}

/** A global or sticky pattern's `test` from the start of the text, leaving its `lastIndex` as found. */
function withoutState(pattern: RegExp): TextTest {
  if (!pattern.global && !pattern.sticky) return pattern;
  return {
    test(text) {
      const saved = pattern.lastIndex;
      pattern.lastIndex = 0;
      const found = pattern.test(text);
      pattern.lastIndex = saved;
      return found;
    },
  };
}

/**
 * `pattern`'s test as a few patterns, its alternatives at the top level (`a|b|c`) grouped by the character they
 * open with (`openingGroups`), so that V8's engine skips ahead through the text for each group where it would try
 * every alternative at every position of one pattern of many openings (a credit line's words). An alternative
 * opening with syntax (a class, an escape, an anchor) goes with the others that do. A text holds a match of the
 * alternation if and only if it holds one of an alternative, so the answer is the same. A pattern whose
 * alternatives this does not split (a `v` flag, a backreference or a named group, which count the groups before
 * them; the global or sticky flag, whose state `test` reads) is tested whole.
 */
export function openingSplitTest(pattern: RegExp): TextTest {
  const alternatives = pattern.flags.includes("v") ? [pattern.source] : topLevelAlternatives(pattern.source);
  if (alternatives.length === 1 || pattern.global || pattern.sticky || UNJOINABLE.test(pattern.source))
    return pattern;
  const parts = openingGroups(alternatives, (source) =>
    SYNTAX_OPENING.test(source) ? null : [source.charCodeAt(0)],
  ).map((group) => new RegExp(group.join("|"), pattern.flags));
  if (parts.length === 1) return pattern;
  return {
    test(text) {
      for (const part of parts) if (part.test(text)) return true;
      return false;
    },
  };
}

/** A source that opens with a character of the pattern syntax, not a character a match opens with. */
const SYNTAX_OPENING = /^[\\^$.*+?()[\]{}|]/;

/**
 * A pattern's source split at its `|` outside a group or a character class (`^a|b(c|d)` → `^a`, `b(c|d)`).
 * The `v` flag's nested classes are not read here.
 */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/**
 * Whether a pattern can match only at the text's start: it opens with `^`, has no `m` flag (which
 * lets `^` match after every line break) and no `|` outside a group or a character class (`^a|b`
 * matches `b` anywhere). The `v` flag's nested classes are not read here: such a pattern counts as
 * unanchored, which is always safe.
 */
export function isAnchoredAtStart(source: string, flags: string): boolean {
  if (!source.startsWith("^") || flags.includes("m") || flags.includes("v")) return false;
  return topLevelAlternatives(source).length === 1;
}
