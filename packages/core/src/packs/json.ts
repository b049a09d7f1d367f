import { PACKS_JSON_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Format, Market } from "../article.js";
import { CaixunError } from "../errors.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { collapseSuffix, compilePack, lineWords, wholeBlock } from "./compile.js";
import { compileSelector } from "./selector.js";
import type { ContentPack, GeneratorPack, Pack, PackFieldName, PackSet } from "./types.js";

/**
 * The patterns below are compiled from their literals (`PACKS_JSON_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let packsJsonPatternsCompiled = false;
let NAME: RegExp;
/** An escape: its letter and what it carries (`\u{…}`, `\uXXXX`, `\xXX`, `\p{…}`, `\cX`, `\k<…>`, `\12`). */
let ESCAPE: RegExp;
let CODE_ESCAPE: RegExp;
let COUNT: RegExp;

/** Compiles `PACKS_JSON_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compilePacksJsonPatterns(): void {
  [NAME, ESCAPE, CODE_ESCAPE, COUNT] = PACKS_JSON_PATTERNS.map(regexFromLiteral) as RegExps<4>;
  packsJsonPatternsCompiled = true;
}

/**
 * Rule packs as JSON: everything a pack says — which documents it applies to, what in them is
 * boilerplate, where their facts sit, what the front matter's channel is — as a document a person
 * can read, edit and check against `rules.schema.json`. `compileRules` turns one into the packs the
 * pipeline runs. Patterns are JavaScript regular expressions written as strings (with the `u` flag).
 */
export interface RulePackJson {
  $schema?: string;
  /** A short unique name: lower-case letters, digits and dashes. */
  name: string;
  description?: string;
  /** `content` (default): knowledge about one source, every matching one applies. `generator`: the file's generator, at most one applies. */
  kind?: "content" | "generator";
  /** Which documents the pack applies to; every key given must hold, `anyOf` one of its groups (no `match`: every document). */
  match?: MatchJson;
  /** Elements removed before blocks are read (CSS selectors). */
  removeSelectors?: string[];
  /** On whole saved pages, the element holding the story (CSS selectors, first that matches). */
  content?: string[];
  /** Comment pairs fencing a widget (`["EM_StockImg_Start", "EM_StockImg_End"]`): both comments and all between are removed. */
  removeBetweenComments?: Array<[string, string]>;
  /** Blocks whose whole text matches one of these patterns are boilerplate. */
  dropBlocks?: string[];
  /** Blocks whose whole text is one of these lines (white space collapsed) are boilerplate; what `caixun learn` writes. */
  dropLines?: string[];
  /** Fragments cut out of block text wherever they occur. */
  cutFragments?: string[];
  /**
   * A site's name written after the headline, with its separator (`– 法国国际广播电台 - RFI`,
   * `| 财经早参考`): a title ending in one loses it. What `caixun learn` writes for title tails many
   * stories of a group share.
   */
  titleSuffixes?: string[];
  /** Image URLs that are placeholders or charts, not article images. */
  placeholderImages?: string[];
  /**
   * The site that carried the pack's stories, in a document that holds one of its `marks` (its sign-off): when the
   * story credits another outlet, the outermost hop in `via`; `bylines`, the names it writes as the writer of copy it
   * takes from others, name the site itself.
   */
  carrier?: { name: string; marks: string[]; bylines?: string[] };
  /** Where facts sit in the page's markup, read before boilerplate is removed. */
  fields?: Partial<Record<FieldName, FieldLocationJson>>;
  /** Securities carried by markup (quote links, widgets with codes in attributes). */
  securities?: SecurityLocationJson[];
  /** Generator packs only: the input family. */
  format?: Format;
  /** Generator packs only: how bodies are written. */
  bodySyntax?: "html" | "markdown" | "plain-text";
  /** Generator packs only: where the front matter names the channel, and its role. */
  channel?: ChannelJson;
  /** Generator packs only: the front-matter `author` field names the channel, not a person. */
  authorFieldIsChannel?: boolean;
  /** Generator packs only: front-matter fields holding article images. */
  imageFields?: string[];
  /** Where the pack's knowledge comes from: the real pages it was written from. */
  provenance?: Array<{ repo?: string; path?: string; commit?: string; url?: string; note?: string }>;
  /** What `caixun learn` recorded about the rules it wrote (informational; not read by the parser). */
  learned?: Record<string, unknown>;
}

/** A test on one front-matter field. A string: equals it (or, for a list, holds it); a list: any of them. */
export type FieldTestJson =
  | string
  | string[]
  | { matches?: string; present?: boolean; type?: "string" | "array" | "number" | "boolean" };

/**
 * Which documents a pack applies to: every condition given must hold, and, with `anyOf`, at least one of its groups
 * (each all-of, as `match` is): a feed item whose link is on the site's host *or* a page whose body holds its markup.
 */
export interface MatchJson extends MatchGroupJson {
  /** Groups of conditions, at least one of which must hold whole; tried in the order written, so the cheap first. */
  anyOf?: MatchGroupJson[];
}

/** Conditions that must all hold. */
export interface MatchGroupJson {
  /** The document has (true) or has no (false) front matter. */
  frontMatter?: boolean;
  /** The raw body includes one of these strings. */
  bodyIncludes?: string[];
  /** The raw body matches this pattern. */
  bodyMatches?: string;
  /**
   * Every field named passes its test: a file's front matter, or a dump record's fields, its feed's outlet as
   * `source` and `channel` and its link as `link` (`matchedFields`).
   */
  fields?: Record<string, FieldTestJson>;
  /** At least one of these fields is there (even if empty). */
  anyField?: string[];
}

export type FieldName = PackFieldName;

export interface FieldLocationJson {
  /** The element holding the value (first match wins); not needed with `comment`. */
  selector?: string;
  /** Read this attribute instead of the element's text. */
  attribute?: string;
  /** Keep only this pattern's first group (or whole match) of the value. */
  pattern?: string;
  /** Read the value from comments whose text matches `pattern` instead of an element (`<!--…来源：X…-->`). */
  comment?: boolean;
}

export interface SecurityLocationJson {
  selector: string;
  /** The attribute holding the code (and maybe the market); the element's text when absent. */
  attribute?: string;
  /** Pattern over the value with named groups `code` and (optionally) `market`. */
  pattern: string;
  /** The market when the value has none. */
  market?: Market;
  /** Market ids as the site writes them → markets (`{"0": "SZ", "1": "SH"}`); ids not listed are skipped. */
  markets?: Record<string, Market>;
  /** The element's text is the security's name. */
  nameFromText?: boolean;
  /** Check the code as a listing, as a feed's are: the A-share exchange follows from the code, an id `markets` does not map is no security. */
  listed?: boolean;
}

export interface ChannelJson {
  /** Where the name is: the first of these that gives a non-empty value. */
  from: Array<{ field: string; index?: number; suffix?: string }>;
  /** Where the slug (an ASCII handle) is. */
  slug?: { field: string; index?: number };
  /** Names (or raw values) of channels that only republish: their role is `aggregator`. */
  aggregators?: string[];
  /** Names (or raw values) of a site's own lists: their role is `listing` and the raw value is the name. */
  listings?: string[];
}

/** A compiled pack: a generator or content pack of the registry's kind. */
export type CompiledPack = Pack;

const FORMATS: readonly Format[] = ["finews-jekyll", "hexo-aggregator", "front-matter", "html", "plain-text"];
const MARKETS: readonly Market[] = ["SH", "SZ", "BJ", "HK", "NASDAQ", "NYSE", "AMEX", "LSE"];
const FIELD_NAMES: readonly FieldName[] = [
  "title",
  "source",
  "author",
  "editor",
  "publishedAt",
  "originalUrl",
];
const GENERATOR_ONLY = ["format", "bodySyntax", "channel", "authorFieldIsChannel", "imageFields"] as const;

/** A rules document: one pack, or a list of packs. */
export type RulesJson = RulePackJson | RulePackJson[];

/**
 * Checks a rules document (one pack or a list) and compiles it (`compilePack`). Throws
 * `CaixunError` (`invalid-rules`) naming the first problem and where it is (`packs[1].dropBlocks[0]`).
 */
export function compileRules(rules: unknown): CompiledPack[] {
  const list = Array.isArray(rules) ? rules : [rules];
  const at = (index: number) => (Array.isArray(rules) ? `packs[${index}]` : "pack");
  if (list.length > MAX_RULE_PACKS) {
    fail(at(MAX_RULE_PACKS), `is past ${MAX_RULE_PACKS} packs, each matched against every document`);
  }
  // The document's load is counted before anything in it is checked or compiled: checking is the cost it bounds.
  let count = 0;
  let chars = 0;
  list.forEach((pack, index) => {
    const load = ruleLoad(pack);
    count += load.rules;
    chars += load.chars;
    if (count > MAX_RULE_PATTERNS || chars > MAX_RULE_CHARS) {
      fail(
        at(index),
        `brings the document past ${MAX_RULE_PATTERNS} rules or ${MAX_RULE_CHARS} characters of rules (patterns, lines, selectors, marks), each tried on every document`,
      );
    }
  });
  const names = new Set<string>();
  return list.map((pack, index) => {
    const checked = checkPack(pack, at(index));
    if (names.has(checked.name)) fail(`${at(index)}.name`, `two packs are named “${checked.name}”`);
    names.add(checked.name);
    checkRules(checked, at(index));
    return compilePack(checked, boundedRuns);
  });
}

/**
 * Characters one unbounded quantifier of a user's pattern may take (`*`, `+` and `{n,}` run to at most this many;
 * `{n,}` to n when n is more). Unanchored, a pattern is tried from every place of a text, and an unbounded run reads
 * to the text's end from each before it gives up: `[^。]*记者` on a paragraph of 16,000 `者` after one `记者` took
 * 1.3 s, `.*记者` 2.1 s, quadratic (a 1 MB line some 2 hours; twenty-fourth round). Bounded, each place reads at most
 * this far: linear in the text. Boilerplate a pattern names is a line or a phrase, well under it; a block longer than
 * it is not matched whole by `dropBlocks` (`^(?:…)$`). Runs that something follows share `MAX_RUN_WAYS` (`patternBudget`).
 */
export const MAX_PATTERN_RUN = 200;

/**
 * Characters one pattern (or `bodyIncludes` string, looked for as a pattern) may hold. V8 compiles a pattern at its
 * first test, not when it is made, and refuses there a literal of more than 32,767 characters (`Regular expression
 * too large`) or some 5,500 atoms one after another (its stack): such a pattern was taken, and every document its
 * pack applied to failed `parse-failed` (twenty-eighth round). A third of the smaller, and a hundred times the
 * 100 characters a rule is on average (`MAX_RULE_CHARS`).
 */
export const MAX_PATTERN_CHARS = 10_000;
const PAST_PATTERN_CHARS = `is longer than ${MAX_PATTERN_CHARS} characters: the engine compiles a pattern when it is first tried, and refuses a long one there`;

/** A quantifier that lets its atom be taken a varying number of times. */
interface VaryingQuantifier {
  /** Where it begins in the source, and where it ends (past a lazy `?`). */
  at: number;
  end: number;
  least: number;
  /** `Infinity` for `*`, `+` and `{n,}`. */
  most: number;
  lazy: boolean;
  /** Nothing but the closing of groups follows it: it is tried once a match, not once a way of what came before. */
  last: boolean;
}

/**
 * A pattern's varying quantifiers, in order, and whether it is tried at one place of a text: it begins with `^` and
 * has no alternative outside a group (the `m` flag is never given). Escapes and classes are read past whole (a `*` in
 * them is a character).
 */
function varyingQuantifiers(source: string): { found: VaryingQuantifier[]; anchored: boolean } {
  if (!packsJsonPatternsCompiled) compilePacksJsonPatterns();
  let tail = source.length;
  while (source[tail - 1] === ")") tail--;
  const found: VaryingQuantifier[] = [];
  let depth = 0;
  let anchored = source[0] === "^";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      ESCAPE.lastIndex = i;
      i += ESCAPE.exec(source)![0].length - 1;
    } else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") {
      depth++;
      // Past a group's `?…` prefix (`?:`, `?=`, `?<name>`): its `?` is no quantifier.
      if (source[i + 1] === "?") while (i < source.length && !":=!>".includes(source[++i]!));
    } else if (c === ")") {
      depth--;
    } else if (c === "|") {
      if (depth === 0) anchored = false;
    } else if (c === "*" || c === "+" || c === "?" || c === "{") {
      const count = c === "{" ? countAt(source, i) : null;
      const least = count ? Number(count[1]) : c === "+" ? 1 : 0;
      const most = !count
        ? c === "?"
          ? 1
          : Number.POSITIVE_INFINITY
        : count[2] === ""
          ? Number.POSITIVE_INFINITY
          : Number(count[2] ?? count[1]);
      let end = i + (count ? count[0].length : 1);
      const lazy = source[end] === "?";
      if (lazy) end++;
      if (most > least) found.push({ at: i, end, least, most, lazy, last: end >= tail });
      i = end - 1;
    }
  }
  return { found, anchored };
}

/**
 * The ways a pattern may try where it is tried: `MAX_RUN_WAYS` at each place of a text, or, for one tried at the
 * text's start alone (a drop's `^(?:…)$`, a field test `^…$`), the ways an unanchored run costs over a line of
 * `MAX_PATTERN_RUN` characters; and the ways its written counts take there (`?` two, `{n,m}` m − n + 1), and how many
 * unbounded runs share what is left. A quantifier that ends the pattern is not counted.
 */
function patternWays(source: string): {
  budget: number;
  ways: number;
  runs: number;
  found: VaryingQuantifier[];
} {
  const { found, anchored } = varyingQuantifiers(source);
  let ways = 1;
  let runs = 0;
  for (const q of found) {
    if (q.last) continue;
    if (q.most === Number.POSITIVE_INFINITY) runs++;
    else ways *= q.most - q.least + 1;
  }
  return { budget: anchored ? MAX_RUN_WAYS * MAX_PATTERN_RUN : MAX_RUN_WAYS, ways, runs, found };
}

/**
 * The pattern with every unbounded quantifier bounded: one that ends the pattern by `MAX_PATTERN_RUN`, the others by
 * the largest spread s whose ways, (s + 1) each, times the written counts' stay within its budget (`patternWays`:
 * `.*记者` is `.{0,200}记者`, `.*记者.*编辑` is `.{0,15}记者.{0,15}编辑`). `+` is `{1,s}`, `{n,}` is `{n,max(n,s)}`; lazy
 * quantifiers stay lazy (`*?` is `{0,200}?`). The pattern compiled with the `u` flag, so `{` outside a class opens a
 * count.
 */
export function boundedRuns(source: string): string {
  const { budget, ways, runs, found } = patternWays(source);
  let spread = MAX_PATTERN_RUN;
  if (runs > 0) {
    spread = Math.floor((budget / ways) ** (1 / runs)) - 1;
    // The root in floating point may miss by one either way.
    while ((spread + 2) ** runs * ways <= budget) spread++;
    while (spread > 0 && (spread + 1) ** runs * ways > budget) spread--;
  }
  let bounded = "";
  let from = 0;
  for (const q of found) {
    if (q.most !== Number.POSITIVE_INFINITY) continue;
    const most = Math.max(q.least, q.last ? MAX_PATTERN_RUN : Math.min(spread, MAX_PATTERN_RUN));
    bounded += `${source.slice(from, q.at)}{${q.least},${most}}${q.lazy ? "?" : ""}`;
    from = q.end;
  }
  return bounded + source.slice(from);
}

/**
 * Rules one rules document may hold, over its packs: every pattern, line, title suffix, selector, body test and
 * carrier mark, each tried on every document (1,000 patterns added 0.2 s to a parse of the five seeds; 20,000 cut
 * fragments ran every seed past its 10 s budget, 200,000 lines took one parse to 9.3 GB and past 10 minutes; 10^5
 * title suffixes, one a pack, 1.7 s a parse of a 100-byte file).
 */
export const MAX_RULE_PATTERNS = 1_000;

/**
 * Characters of rules one rules document may hold, over its packs: a pattern's size is paid on every block as
 * its count is (one `dropBlocks` pattern of 200,000 alternatives, 2.5 MB, held a parse of a 100-byte file past
 * two minutes; one selector of 200,000 descendant steps took 18 s), and 100 characters a rule is more than any
 * bundled or learned pack writes.
 */
export const MAX_RULE_CHARS = 100_000;

/**
 * Packs one rules document may hold: each one's `match` is tried on every document, rules or none. As many as
 * the rules a document may hold, so that `caixun learn`, which writes a pack only for a group that learned a rule,
 * never writes more.
 */
export const MAX_RULE_PACKS = MAX_RULE_PATTERNS;

/** A pack's fields that are lists of rules tried on every document. */
const RULE_LISTS = [
  "dropBlocks",
  "dropLines",
  "cutFragments",
  "titleSuffixes",
  "placeholderImages",
  "removeSelectors",
  "content",
] as const;

/**
 * What a pack asks of every parse: its rules (every item of its lists of rules, of its match groups' `bodyIncludes`,
 * their `bodyMatches`, its carrier's marks and bylines and its comment pairs) and their characters. Read before
 * anything in the pack is checked, so a field of the wrong shape counts what its items are (`checkRules` refuses
 * it after): one pack of 10^5 `dropBlocks` had each pattern compiled and checked, 22.8 s, before its count was
 * refused (twenty-seventh round).
 */
function ruleLoad(pack: unknown): { rules: number; chars: number } {
  let rules = 0;
  let chars = 0;
  const add = (items: unknown) => {
    if (typeof items === "string") items = [items];
    if (!Array.isArray(items)) return;
    for (const item of items) {
      rules++;
      if (typeof item === "string") chars += item.length;
    }
  };
  if (!isObject(pack)) return { rules, chars };
  for (const key of RULE_LISTS) add(pack[key]);
  const match = pack.match;
  if (isObject(match)) {
    for (const group of [match, ...(Array.isArray(match.anyOf) ? match.anyOf : [])]) {
      if (!isObject(group)) continue;
      add(group.bodyIncludes);
      add(group.bodyMatches);
    }
  }
  if (isObject(pack.carrier)) {
    add(pack.carrier.marks);
    add(pack.carrier.bylines);
  }
  if (Array.isArray(pack.removeBetweenComments)) for (const pair of pack.removeBetweenComments) add(pair);
  return { rules, chars };
}

const compiledOnce = new WeakMap<object, CompiledPack[]>();

/**
 * The registry with a rules document's packs added: its generator packs first (a user's generator
 * is more specific than the bundled ones), its content packs after the bundled ones. A document
 * object is compiled once and the result reused for every parse it is passed to.
 */
export function withRules(registry: PackSet, rules: unknown): PackSet {
  let compiled = typeof rules === "object" && rules !== null ? compiledOnce.get(rules) : undefined;
  if (compiled === undefined) {
    compiled = compileRules(rules);
    if (typeof rules === "object" && rules !== null) compiledOnce.set(rules, compiled);
  }
  return {
    generators: [
      ...compiled.filter((p): p is GeneratorPack => p.kind === "generator"),
      ...registry.generators,
    ],
    content: [...registry.content, ...compiled.filter((p): p is ContentPack => p.kind === "content")],
    feeds: registry.feeds,
  };
}

function fail(at: string, message: string): never {
  throw new CaixunError("invalid-rules", `${at}: ${message}`, at);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function strings(value: unknown, at: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string"))
    fail(at, "must be a list of strings");
  return value as string[];
}

/** Checks that `value` is a list of strings, then each item with `check`, at its place (`at[i]`). */
function eachString(value: unknown, at: string, check: (item: string, where: string) => unknown): void {
  for (const [i, item] of strings(value, at).entries()) check(item, `${at}[${i}]`);
}

/** Checks a pattern as `compilePack` runs it (`asRun`: a drop's `wholeBlock`), and compiles it as written. */
function pattern(source: unknown, at: string, flags = "u", asRun = (written: string) => written): RegExp {
  if (typeof source !== "string" || source === "") fail(at, "must be a non-empty pattern");
  if (source.length > MAX_PATTERN_CHARS) fail(at, PAST_PATTERN_CHARS);
  let compiled: RegExp;
  try {
    compiled = new RegExp(source, flags);
  } catch (error) {
    fail(at, `is not a valid pattern: ${(error as Error).message}`);
  }
  const ambiguity = ambiguousRepetition(source);
  if (ambiguity !== undefined) fail(at, AMBIGUITY_REFUSALS[ambiguity]);
  // Each unbounded run that something follows takes at least two ways (none or one character).
  const { budget, ways, runs } = patternWays(asRun(source));
  const tried = ways * 2 ** runs;
  if (tried > budget) {
    fail(
      at,
      `tries ${tried > 1e9 ? "over 10^9" : tried} ways where it is tried, past ${budget}: quantifiers one after another multiply (\`.{0,255}记者.{0,255}编辑\`: 65,536); narrow their counts or make fewer optional`,
    );
  }
  return compiled;
}

/** Why a refused pattern can take super-linear time, and what to write instead. */
const AMBIGUITY_REFUSALS = {
  quantifier:
    "repeats a group that holds a quantifier (`(\\d?)+`): exponential time on a line that almost matches; repeat its content once (`\\d+`) or fix its count",
  alternation:
    "repeats a group that holds alternatives that could begin alike (`(a|ab)+`): exponential time on a line that almost matches; begin each with its own character",
  overlap:
    "puts quantifiers side by side that can take the same characters (`\\d+\\d+`): polynomial time on a line that almost matches; join them or part them by a character they cannot take",
} as const;

type Ambiguity = keyof typeof AMBIGUITY_REFUSALS;

/** An open group as `ambiguousRepetition` reads it. */
interface OpenGroup {
  /** What it holds, at any depth, that lets it match one text in more than one way if it is repeated. */
  holds?: Ambiguity;
  /** The first character of each of its own alternatives so far. */
  starts: Set<string>;
  /** One of its own alternatives so far is empty, begins with what is no one literal character, or begins as another does. */
  unclearStart?: boolean;
  /** The next atom begins one of its alternatives. */
  atStart: boolean;
  /** It has more than one alternative. */
  alternates?: boolean;
  /** A lookaround: it takes no characters, so what comes after it meets what came before. */
  zeroWidth: boolean;
  /** The run varying quantifiers before here could still be taking. */
  live: Run;
  /** `live` where the group opened, and the union of `live` at the end of each of its alternatives so far. */
  entry: Run;
  exits: Run;
  /** The characters its alternatives can begin with; `firstOpen` while every atom of the alternative so far may be absent. */
  first: bigint;
  firstOpen: boolean;
  /** The last atom or group read: `live` before it, the characters it begins with, and whether it began the alternative. */
  before: Run;
  lastFirst: bigint;
  lastBegan: boolean;
}

/**
 * A run of one character that varying quantifiers side by side could share: the characters it may be of (a mask over
 * the pattern's probes), narrowed by each atom since that must be there; how many of the quantifiers have no bound;
 * and the product of the others' spreads (each `{n,m}` cuts it m − n + 1 ways, `?` two).
 */
interface Run {
  chars: bigint;
  unbounded: number;
  ways: number;
}

const NO_RUN: Run = { chars: 0n, unbounded: 0, ways: 1 };

/** The run narrowed to the characters of an atom that must be there. */
function meet(run: Run, chars: bigint): Run {
  const shared = run.chars & chars;
  return shared ? { ...run, chars: shared } : NO_RUN;
}

/** Either run (after an alternative, or a part that may be absent), taken at its worst. */
function join(a: Run, b: Run): Run {
  if (!a.chars) return b;
  if (!b.chars) return a;
  return {
    chars: a.chars | b.chars,
    unbounded: Math.max(a.unbounded, b.unbounded),
    ways: Math.max(a.ways, b.ways),
  };
}

/**
 * The ways one run of a character may be shared among bounded quantifiers side by side (`\S{2,4}）?`: 6) before a
 * pattern is refused: each is tried at every place of a line (`\d?` thirty times before `\d{30}`: 2^30 tries). It is
 * also what a user's quantifiers one after another may try at one place (`boundedRuns`): they multiply, for at each
 * length the first takes the next is tried at each of its own — `.{0,255}记者.{0,255}编辑` tries 65,536 ways a place
 * and took 201 s on a line of 100,000 characters, `[^。]*记者[^。]*编辑[^。]*` ran past the parse budget (43 s) on 16,000
 * (twenty-fifth round). Runs that something follows share it (two get 15 characters each, three 5); a run that ends
 * the pattern is tried once a match and keeps `MAX_PATTERN_RUN`; written counts that leave a run less than one
 * character are refused.
 */
export const MAX_RUN_WAYS = 256;

const openGroup = (live: Run, zeroWidth = false): OpenGroup => ({
  starts: new Set(),
  atStart: true,
  zeroWidth,
  live,
  entry: live,
  exits: NO_RUN,
  first: 0n,
  firstOpen: true,
  before: live,
  lastFirst: 0n,
  lastBegan: false,
});

/**
 * Characters that stand for the classes a pattern's atoms may test (`\d`, `\S`, `.`, `\p{Han}`, `[^。]`): two atoms
 * are taken to share characters if some probe — one of these, or a character the pattern writes, a range's ends
 * among them — matches both, which is exact for ranges and literals.
 */
const PROBES = " \t\n\u3000!\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~é０Ａ一龥：，。！？（）【】“”😀";

/**
 * Whether a pattern (one that compiles) can take time more than linear in a text it almost matches, and why:
 *
 * - `quantifier`, `alternation`: it repeats a group — `*`, `+`, `{n,}`, or a count that allows two or more — that
 *   could match one text in more than one way: the group holds a quantifier other than an exact count (`(\d+)+`,
 *   `(?:来源\S*)*`, `(\d?\d?)+`, `(\d+){1,30}`), or alternatives that could begin with the same character (`(a|a)+`,
 *   `(\d|\d\d)+`). A backtracking engine tries every way to share a run among the repetitions: 28 digits and a `！`
 *   took a parse past its budget inside one stage, which the budget cannot stop (fifteenth round); `(a|a)+$` took
 *   0.5 s on 24 letters, `(\d+){1,3}$` 107 s on 4,000 digits (twenty-second round).
 * - `overlap`: two unbounded quantifiers (`*`, `+`, `{n,}`) can take the same character with nothing between them
 *   that must be there and that one of them cannot take (`\d+\d+`, `\s*：?\s*`, `.*\d+`): a run of that character
 *   can be shared between them in as many ways as it is long, and k of them side by side cost the k-th power of its
 *   length (`\d+\d+\d+$`: 40 s on 4,000 digits, twenty-third round); or bounded ones (`?`, `{n,m}`) could share
 *   one in more than `MAX_RUN_WAYS` ways (`\d?` nine times). Read as runs of one character (`.*记者.*` shares a
 *   run of `记者`s and is taken); a lookahead is taken to allow anything (`\d+(?=元)\d*` is refused).
 *
 * A group whose alternatives each begin with a literal character of their own and that holds no such quantifier
 * matches one way from any place, so its repetitions cost their length. Read in one pass over the source; each
 * distinct class is tried once on each probe.
 */
function ambiguousRepetition(source: string): Ambiguity | undefined {
  if (!packsJsonPatternsCompiled) compilePacksJsonPatterns();
  const probes = new Map<string, number>();
  // A range's ends may be written as escapes (`[\u4e00-\u9fa5]`): their characters are probes too.
  const escaped = source.replace(CODE_ESCAPE, (_, ...hex: string[]) =>
    String.fromCodePoint(Number.parseInt(hex.find(Boolean)!, 16)),
  );
  for (const c of PROBES + escaped) if (!probes.has(c)) probes.set(c, probes.size);
  const masks = new Map<string, bigint>();
  const maskOf = (atom: string): bigint => {
    let mask = masks.get(atom);
    if (mask === undefined) {
      let matches: RegExp | undefined;
      try {
        matches = new RegExp(`^(?:${atom})$`, "u");
      } catch {
        // A back-reference alone: it may repeat any character.
      }
      const bits = [...probes.keys()].map((probe) => (!matches || matches.test(probe) ? "1" : "0"));
      mask = BigInt(`0b${bits.reverse().join("")}`);
      masks.set(atom, mask);
    }
    return mask;
  };
  const open: OpenGroup[] = [openGroup(NO_RUN)];
  // The group that has just closed (the next character may quantify it).
  let closed: OpenGroup | undefined;
  for (let i = 0; i < source.length; i++) {
    const group = open[open.length - 1]!;
    const c = source[i]!;
    const count = c === "{" ? countAt(source, i) : null;
    if (c === "*" || c === "+" || c === "?" || count) {
      // A quantifier (a `?` after one makes it lazy; both are read as one). `{n,m}` is taken to vary even if n = m.
      const repeats =
        c === "*" || c === "+" || (count !== null && (count[2] === "" || Number(count[2] ?? count[1]) > 1));
      if (repeats && closed?.holds) return closed.holds;
      const varies = !count || count[2] !== undefined;
      if (varies) {
        group.holds ??= "quantifier";
        // Its spread: how many more it may take than it must.
        const spread =
          c === "?" ? 1 : count?.[2] ? Number(count[2]) - Number(count[1]) : Number.POSITIVE_INFINITY;
        const shared = group.before.chars & group.lastFirst ? group.before : NO_RUN;
        const run = {
          chars: group.lastFirst,
          unbounded: shared.unbounded + (spread === Number.POSITIVE_INFINITY ? 1 : 0),
          ways: shared.ways * (spread === Number.POSITIVE_INFINITY ? 1 : spread + 1),
        };
        if (run.unbounded > 1 || run.ways > MAX_RUN_WAYS) return "overlap";
        group.live = join(group.live, run);
      }
      if (c === "*" || c === "?" || count?.[1] === "0") {
        group.live = join(group.live, group.before);
        if (group.lastBegan) group.firstOpen = true;
      }
      if (count) i += count[0].length - 1;
      if (source[i + 1] === "?") i++;
      closed = undefined;
      continue;
    }
    closed = undefined;
    if (c === "|" || c === ")") {
      // An empty alternative matches alike with any other.
      if (group.atStart) group.unclearStart = true;
      group.alternates ||= c === "|";
      group.atStart = true;
      group.exits = join(group.exits, group.live);
      if (c === "|") {
        group.live = group.entry;
        group.firstOpen = true;
        continue;
      }
      if (group.alternates && group.unclearStart) group.holds ??= "alternation";
      open.pop();
      const parent = open[open.length - 1]!;
      parent.holds ??= group.holds;
      closed = group;
      if (!group.zeroWidth) took(parent, group.first, group.exits);
      continue;
    }
    const start = group.atStart;
    group.atStart = false;
    if (c === "(") {
      if (start) group.unclearStart = true;
      // Past a group's `?…` prefix (`?:`, `?=`, `?!`, `?<=`, `?<!`, `?<name>`, `?i:`) to its last character.
      const lookaround = /^\?<?[=!]/.test(source.slice(i + 1, i + 4));
      open.push(openGroup(lookaround ? NO_RUN : group.live, lookaround));
      if (source[i + 1] === "?") while (i < source.length && !":=!>".includes(source[++i]!));
      continue;
    }
    let atomEnd = i;
    let literal: string | undefined;
    if (c === "\\") {
      // An escaped punctuation mark is that mark; `\d`, `\p{…}`, `\u…`, `\1` stand for more than one character.
      ESCAPE.lastIndex = i;
      atomEnd = i + ESCAPE.exec(source)![0].length - 1;
      if (/[^\p{L}\p{N}]/u.test(source[i + 1] ?? "")) literal = source[i + 1];
    } else if (c === "[") {
      for (atomEnd++; atomEnd < source.length && source[atomEnd] !== "]"; atomEnd++)
        if (source[atomEnd] === "\\") atomEnd++;
    } else if (c !== "." && c !== "^" && c !== "$") {
      // A character past U+FFFF is read by its first half: two that share it are taken to begin alike.
      literal = c;
      if (source.codePointAt(i)! > 0xffff) atomEnd++;
    }
    if (start) {
      // An alternative's first character counts only if it is a literal that must be there once.
      const next = source[atomEnd + 1];
      if (!literal || next === "?" || next === "*" || next === "{" || group.starts.has(literal))
        group.unclearStart = true;
      else group.starts.add(literal);
    }
    const atom = source.slice(i, atomEnd + 1);
    // Anchors and word boundaries take no character.
    if (!/^(?:[$^]|\\[bB])$/.test(atom)) {
      const mask = maskOf(atom);
      took(group, mask, meet(group.live, mask));
    }
    i = atomEnd;
  }
  return undefined;
}

/** `group` has read an atom or a group that begins with `first` and leaves `live` after it. */
function took(group: OpenGroup, first: bigint, live: Run): void {
  group.before = group.live;
  group.lastFirst = first;
  group.lastBegan = group.firstOpen;
  if (group.firstOpen) group.first |= first;
  group.firstOpen = false;
  group.live = live;
}

/** `{n}`, `{n,}` or `{n,m}` at `at`: n, then `,m` (`""` for none) if there is one. */
function countAt(source: string, at: number): RegExpExecArray | null {
  if (!packsJsonPatternsCompiled) compilePacksJsonPatterns();
  COUNT.lastIndex = at;
  return COUNT.exec(source);
}

function selector(source: unknown, at: string): void {
  if (typeof source !== "string" || source.trim() === "") fail(at, "must be a CSS selector");
  try {
    compileSelector(source);
  } catch (error) {
    fail(at, `is not a supported CSS selector: ${(error as Error).message}`);
  }
}

const KEYS = new Set([
  "$schema",
  "name",
  "description",
  "kind",
  "match",
  "removeSelectors",
  "content",
  "removeBetweenComments",
  "dropBlocks",
  "dropLines",
  "cutFragments",
  "titleSuffixes",
  "placeholderImages",
  "carrier",
  "fields",
  "securities",
  ...GENERATOR_ONLY,
  "provenance",
  "learned",
]);

function checkPack(pack: unknown, at: string): RulePackJson {
  if (!packsJsonPatternsCompiled) compilePacksJsonPatterns();
  if (!isObject(pack)) fail(at, "must be an object");
  for (const key of Object.keys(pack)) if (!KEYS.has(key)) fail(`${at}.${key}`, "is not a pack field");
  if (typeof pack.name !== "string" || !NAME.test(pack.name)) {
    fail(`${at}.name`, "must be lower-case letters, digits and dashes (up to 64)");
  }
  const kind = pack.kind ?? "content";
  if (kind !== "content" && kind !== "generator") fail(`${at}.kind`, "must be content or generator");
  if (kind === "content") {
    for (const key of GENERATOR_ONLY) if (key in pack) fail(`${at}.${key}`, "is for generator packs only");
  } else {
    if (!FORMATS.includes(pack.format as Format))
      fail(`${at}.format`, `must be one of ${FORMATS.join(", ")}`);
    if (!["html", "markdown", "plain-text"].includes(pack.bodySyntax as string)) {
      fail(`${at}.bodySyntax`, "must be html, markdown or plain-text");
    }
  }
  if (pack.description !== undefined && typeof pack.description !== "string")
    fail(`${at}.description`, "must be a string");
  return pack as unknown as RulePackJson;
}

/** Every field of a pack after its name and kind, in the order `compilePack` reads them. */
function checkRules(pack: RulePackJson, at: string): void {
  checkMatch(pack.match, `${at}.match`);
  if (pack.removeSelectors !== undefined) eachString(pack.removeSelectors, `${at}.removeSelectors`, selector);
  if (pack.content !== undefined) eachString(pack.content, `${at}.content`, selector);
  if (pack.removeBetweenComments !== undefined) {
    const pairs = pack.removeBetweenComments as unknown;
    if (!Array.isArray(pairs)) fail(`${at}.removeBetweenComments`, "must be a list of [start, end] pairs");
    pairs.forEach((pair, i) => {
      const where = `${at}.removeBetweenComments[${i}]`;
      const [start, end] = strings(pair, where);
      if (pair.length !== 2 || !start || !end) fail(where, "must be a pair of non-empty strings");
    });
  }
  if (pack.dropBlocks !== undefined)
    eachString(pack.dropBlocks, `${at}.dropBlocks`, (source, where) =>
      pattern(source, where, "u", wholeBlock),
    );
  if (pack.dropLines !== undefined) {
    eachString(pack.dropLines, `${at}.dropLines`, (line, where) => {
      if (lineWords(line).length === 0) fail(where, "must not be empty");
    });
  }
  if (pack.titleSuffixes !== undefined) {
    eachString(pack.titleSuffixes, `${at}.titleSuffixes`, (suffix, where) => {
      if (!/[\p{L}\p{N}]/u.test(collapseSuffix(suffix))) fail(where, "must name something");
    });
  }
  if (pack.cutFragments !== undefined) {
    eachString(pack.cutFragments, `${at}.cutFragments`, (source, where) => pattern(source, where, "gu"));
  }
  if (pack.placeholderImages !== undefined)
    eachString(pack.placeholderImages, `${at}.placeholderImages`, pattern);
  if (pack.carrier !== undefined) {
    const carrier: unknown = pack.carrier;
    if (!isObject(carrier) || typeof carrier.name !== "string" || !/[\p{L}\p{N}]/u.test(carrier.name))
      fail(`${at}.carrier`, "must be an object whose name names a site");
    for (const key of Object.keys(carrier))
      if (key !== "name" && key !== "marks" && key !== "bylines")
        fail(`${at}.carrier.${key}`, "is not a carrier field");
    eachString(carrier.marks, `${at}.carrier.marks`, (mark, where) => {
      if (mark.trim() === "") fail(where, "must not be empty");
    });
    if (carrier.bylines !== undefined) eachString(carrier.bylines, `${at}.carrier.bylines`, () => {});
  }
  if (pack.fields !== undefined) checkFields(pack.fields, `${at}.fields`);
  if (pack.securities !== undefined) checkSecurities(pack.securities, `${at}.securities`);
  if ((pack.kind ?? "content") === "content") return;
  if (pack.channel !== undefined) checkChannel(pack.channel, `${at}.channel`);
  if (pack.authorFieldIsChannel !== undefined && typeof pack.authorFieldIsChannel !== "boolean")
    fail(`${at}.authorFieldIsChannel`, "must be true or false");
  if (pack.imageFields !== undefined) strings(pack.imageFields, `${at}.imageFields`);
}

function checkMatch(match: unknown, at: string, inGroup = false): void {
  if (match === undefined) return;
  if (!isObject(match)) fail(at, "must be an object");
  if (inGroup && Object.keys(match).length === 0)
    fail(at, "must hold a condition (an empty group holds for every document)");
  for (const [key, value] of Object.entries(match)) {
    const where = `${at}.${key}`;
    switch (key) {
      case "anyOf":
        if (inGroup) fail(where, "cannot be nested: a group of `anyOf` holds conditions that must all hold");
        if (!Array.isArray(value) || value.length === 0)
          fail(where, "must be a non-empty list of condition groups");
        for (const [i, group] of value.entries()) checkMatch(group, `${where}[${i}]`, true);
        break;
      case "frontMatter":
        if (typeof value !== "boolean") fail(where, "must be true or false");
        break;
      case "bodyIncludes":
        // Looked for as patterns of literals (`stringScan`), each string as long as a pattern may be.
        eachString(value, where, (text, at) => {
          if (text.length > MAX_PATTERN_CHARS) fail(at, PAST_PATTERN_CHARS);
        });
        break;
      case "anyField":
        strings(value, where);
        break;
      case "bodyMatches":
        pattern(value, where);
        break;
      case "fields":
        if (!isObject(value)) fail(where, "must be an object of field tests");
        for (const [field, test] of Object.entries(value)) checkFieldTest(test, `${where}.${field}`);
        break;
      default:
        fail(where, "is not a match condition");
    }
  }
}

function checkFieldTest(test: unknown, at: string): void {
  if (typeof test === "string") return;
  if (Array.isArray(test)) {
    strings(test, at);
    return;
  }
  if (!isObject(test)) fail(at, "must be a string, a list of strings or an object");
  for (const key of Object.keys(test)) {
    if (!["matches", "present", "type"].includes(key)) fail(`${at}.${key}`, "is not a field test");
  }
  if (test.matches !== undefined) pattern(test.matches, `${at}.matches`);
  if (test.type !== undefined && !["string", "array", "number", "boolean"].includes(test.type as string)) {
    fail(`${at}.type`, "must be string, array, number or boolean");
  }
  if (test.present !== undefined && typeof test.present !== "boolean")
    fail(`${at}.present`, "must be true or false");
}

function checkFields(fields: unknown, at: string): void {
  if (!isObject(fields)) fail(at, "must be an object of field locations");
  for (const [name, location] of Object.entries(fields)) {
    const where = `${at}.${name}`;
    if (!FIELD_NAMES.includes(name as FieldName)) fail(where, `is not a field (${FIELD_NAMES.join(", ")})`);
    if (!isObject(location)) fail(where, "must be a field location");
    for (const key of Object.keys(location)) {
      if (!["selector", "attribute", "pattern", "comment"].includes(key))
        fail(`${where}.${key}`, "is not a location field");
    }
    if (location.pattern !== undefined) pattern(location.pattern, `${where}.pattern`);
    if (location.comment === true) {
      if (location.pattern === undefined) fail(`${where}.pattern`, "is needed to read a comment");
      continue;
    }
    selector(location.selector, `${where}.selector`);
    if (location.attribute !== undefined && typeof location.attribute !== "string")
      fail(`${where}.attribute`, "must be a string");
  }
}

function checkSecurities(locations: unknown, at: string): void {
  if (!Array.isArray(locations)) fail(at, "must be a list of security locations");
  locations.forEach((location, i) => {
    const where = `${at}[${i}]`;
    if (!isObject(location)) fail(where, "must be a security location");
    for (const key of Object.keys(location)) {
      if (
        !["selector", "attribute", "pattern", "market", "markets", "nameFromText", "listed"].includes(key)
      ) {
        fail(`${where}.${key}`, "is not a security location field");
      }
    }
    selector(location.selector, `${where}.selector`);
    const re = pattern(location.pattern, `${where}.pattern`);
    if (!/\(\?<code>/.test(re.source)) fail(`${where}.pattern`, "needs a named group `code`");
    const fixed = location.market as Market | undefined;
    if (fixed !== undefined && !MARKETS.includes(fixed))
      fail(`${where}.market`, `must be one of ${MARKETS.join(", ")}`);
    const markets = location.markets;
    if (markets !== undefined) {
      if (!isObject(markets)) fail(`${where}.markets`, "must map market ids to markets");
      for (const [id, market] of Object.entries(markets)) {
        if (!MARKETS.includes(market as Market))
          fail(`${where}.markets.${id}`, `must be one of ${MARKETS.join(", ")}`);
      }
    }
    if (location.attribute !== undefined && typeof location.attribute !== "string")
      fail(`${where}.attribute`, "must be a string");
    for (const flag of ["nameFromText", "listed"] as const) {
      if (location[flag] !== undefined && typeof location[flag] !== "boolean")
        fail(`${where}.${flag}`, "must be true or false");
    }
  });
}

function checkChannel(channel: unknown, at: string): void {
  if (!isObject(channel)) fail(at, "must be a channel description");
  if (!Array.isArray(channel.from) || channel.from.length === 0)
    fail(`${at}.from`, "must list where the name is");
  channel.from.forEach((place, i) => {
    if (!isObject(place) || typeof place.field !== "string") fail(`${at}.from[${i}]`, "must name a field");
  });
  const slug = channel.slug;
  if (slug !== undefined && (!isObject(slug) || typeof slug.field !== "string"))
    fail(`${at}.slug`, "must name a field");
  if (channel.aggregators !== undefined) strings(channel.aggregators, `${at}.aggregators`);
  if (channel.listings !== undefined) strings(channel.listings, `${at}.listings`);
}
