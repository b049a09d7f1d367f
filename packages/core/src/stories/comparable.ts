import { EQUIVALENT_NAMES } from "@caixun/core/stories/equivalent-names";
import { STORIES_COMPARABLE_PATTERNS } from "@caixun/core/text/rule-patterns";
import { classOf, NFKC_STABLE, SPACE } from "../text/char-class.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`STORIES_COMPARABLE_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let storiesComparablePatternsCompiled = false;
/**
 * The text two copies of a story are compared on. Copies of one flash differ in what each feed
 * wraps around the same sentences: a leading `【headline】`, a dateline (`财联社7月29日电，`), a
 * trailing credit (`（央视新闻）`), full-width digits and punctuation. Those are removed; the words
 * and numbers stay, punctuation stays too (clauses tell which quantity a number measures).
 */

/** A leading `【…】` headline (feeds repeat the title there). */
let HEADLINE: RegExp;
/**
 * A leading dateline: an outlet and place of up to 20 characters, a day and `电` or `讯`, an
 * optional reporter in brackets (`新华社北京8月4日电（记者 王雪）`, `《科创板日报》4日讯`).
 */
let DATELINE: RegExp;
/** A trailing credit in brackets: `（央视新闻）`, `(新华社)`, `（财联社记者 刘梦然）`. */
let TRAILING_CREDIT: RegExp;
/**
 * A first line that reads as a headline: no sentence end, and more text after it than in it.
 * Reposts put their own headline there (`重磅！…最新消息`); the story starts on the next line.
 */
let HEADLINE_LINE: RegExp;
/** The most code units `HEADLINE_LINE`'s first line can take: its 80 code points, each a surrogate pair at most. */
const HEADLINE_LINE_UNITS = 160;
/** A leading source line a repost puts first: `来源：经济参考网`. */
let SOURCE_LINE: RegExp;

/**
 * The comparison text of an item: its body (or title when it has none) in NFKC form (full-width
 * letters, digits and punctuation as ASCII), without a leading headline, source line or dateline
 * or trailing credits, white space collapsed (paragraphs become one `\n`), ASCII letters in lower
 * case, cut to `maxLength`.
 */
export function comparisonText(title: string, text: string, maxLength: number): string {
  return finishComparison(comparisonBody(title, text), maxLength);
}

/** The comparison text of a `comparisonBody`: cut to `maxLength`, in lower case, each name made one. */
export function finishComparison(body: string, maxLength: number): string {
  return oneName(body.slice(0, maxLength).toLowerCase());
}

/**
 * The comparison text before its last steps (`finishComparison`: lower case, one name for each
 * pair of `EQUIVALENT_NAMES`). The fingerprint takes those steps as it reads the characters
 * (`assemble/fingerprint.ts`) instead of copying the text twice more.
 */
export function comparisonBody(title: string, text: string): string {
  if (!storiesComparablePatternsCompiled) compileStoriesComparablePatterns();
  let body = collapseForComparison(text.trim() === "" ? title : text);
  // The pattern's first line runs to 80 code points (160 code units at most): past that it would backtrack through all
  // 80 before failing, as it did on most bodies, whose first paragraph is longer. A first line break further on, or
  // none, is no headline's.
  const lineEnd = body.indexOf("\n");
  const headline = lineEnd >= 1 && lineEnd <= HEADLINE_LINE_UNITS ? HEADLINE_LINE.exec(body) : null;
  if (headline !== null && body.length > 2 * headline[0].length) body = body.slice(headline[0].length);
  body = body.replace(HEADLINE, "").trimStart();
  body = body.replace(SOURCE_LINE, "");
  body = body.replace(DATELINE, "");
  for (let i = 0; i < 2; i++) {
    // The pattern is anchored at the end only, so the engine would try it from every bracket of the text.
    const last = body.charCodeAt(body.length - 1);
    const stripped = (last === 0x29 || last === 0xff09 ? body.replace(TRAILING_CREDIT, "") : body).trimEnd();
    if (stripped === body || stripped === "") break;
    body = stripped;
  }
  return body === "" ? collapseForComparison(title) : body;
}

/**
 * What `EQUIVALENT_NAMES` (`@caixun/core/stories/equivalent-names`) makes: its names in order, the pattern that finds
 * them, and the low ten bits of every name's first code unit (in either case for an ASCII letter), so that `nameAt` is
 * asked at few places: most characters are ruled out by one load. Made the first time a name is looked for, not when
 * the module loads: a Worker reads the table from its static assets after its modules load.
 */
interface NameTables {
  readonly keys: readonly string[];
  readonly pattern: RegExp;
  readonly starts: Uint8Array;
}

let nameTables: NameTables | undefined;

/** The tables of `EQUIVALENT_NAMES`' names (`NameTables`), made once. */
export function equivalentNames(): NameTables {
  if (nameTables !== undefined) return nameTables;
  const keys = Object.keys(EQUIVALENT_NAMES);
  const starts = new Uint8Array(1024);
  for (const key of keys) {
    const first = key.charCodeAt(0);
    starts[first & 1023] = 1;
    if (first >= 0x61 && first <= 0x7a) starts[(first - 32) & 1023] = 1;
  }
  nameTables = { keys, pattern: new RegExp(keys.join("|"), "gu"), starts };
  return nameTables;
}

function oneName(text: string): string {
  return text.replace(equivalentNames().pattern, (name) => EQUIVALENT_NAMES[name]!);
}

/**
 * The name of `EQUIVALENT_NAMES` at `at` in the lower case of `text`, as `oneName`'s pattern
 * chooses it there (the first in order), or null; for text whose only characters that lower case
 * changes are ASCII capitals, compared with those folded.
 */
export function nameAt(text: string, at: number): string | null {
  for (const key of equivalentNames().keys) {
    if (at + key.length > text.length) continue;
    let k = 0;
    while (k < key.length) {
      let code = text.charCodeAt(at + k);
      if (code >= 0x41 && code <= 0x5a) code += 32;
      if (code !== key.charCodeAt(k)) break;
      k++;
    }
    if (k === key.length) return key;
  }
  return null;
}

/**
 * The text in NFKC form, white space collapsed and thousands separators dropped, in one pass. It
 * gives what the patterns it replaced gave (a test holds them equal): `[^\S\n]+` → one space,
 * `(?<!\s)\s*\n\s*` → `\n`, `trim()`, then `(?<=\d),(?=\d{3}(?!\d))` dropped. So a run of white
 * space becomes `\n` when it holds a line break (a paragraph break ends a sentence) and one space
 * otherwise, and goes at either end. Feeds copy a figure as `123,184` or `123184`; other magnitudes
 * (`12.32万`) stay as written, the number guard compares values.
 *
 * A text of characters NFKC leaves alone (`NFKC_STABLE`), white space and full-width ASCII forms
 * — nearly every Chinese text — is read as its NFKC form in the same pass (a full-width form as its
 * ASCII character; white space is collapsed, and NFKC only makes white space of it); any other
 * character, and the text is normalised first.
 */
export function collapseForComparison(text: string): string {
  return collapse(text, true) ?? collapse(text.normalize("NFKC"), false)!;
}

/**
 * `collapseForComparison` of `source`, which is in NFKC form; with `asNfkc`, of the NFKC form of
 * `source`, taken as it is read, or null when `source` has a character that needs NFKC itself.
 */
function collapse(source: string, asNfkc: boolean): string | null {
  let start = 0;
  let end = source.length;
  while (start < end && isSpace(source.charCodeAt(start))) start++;
  while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  let out = "";
  let copied = start;
  // Without `asNfkc` every character counts as one NFKC leaves alone: chosen once here, not tested at each
  // character, where V8's optimized loop tested the parameter's truth as for any value (as `simHash` did).
  const settled = asNfkc ? 0 : NFKC_STABLE;
  for (let i = start; i < end; i++) {
    let code = source.charCodeAt(i);
    const classes = classOf(code);
    if (((classes | settled) & (NFKC_STABLE | SPACE)) === 0) {
      if (!isFullWidthAscii(code)) return null;
      code -= FULL_WIDTH_OFFSET;
      if (code !== 0x2c) {
        out += source.slice(copied, i) + String.fromCharCode(code);
        copied = i + 1;
        continue;
      }
    }
    if (code === 0x2c) {
      const separator =
        i > start && isDigit(nfkcUnit(source, i - 1, asNfkc)) && isThousands(source, i + 1, end, asNfkc);
      if (separator || code !== source.charCodeAt(i)) {
        // A separator is dropped; a full-width comma that is none is written as NFKC writes it.
        out += source.slice(copied, i) + (separator ? "" : ",");
        copied = i + 1;
      }
      continue;
    }
    if ((classes & SPACE) === 0) continue;
    // The run ends before `end`, which is not white space.
    let runEnd = i;
    let lineBreak = false;
    for (let c = code; isSpace(c); c = source.charCodeAt(++runEnd)) if (c === 0x0a) lineBreak = true;
    const one = lineBreak ? 0x0a : 0x20;
    if (runEnd - i !== 1 || code !== one) {
      out += `${source.slice(copied, i)}${lineBreak ? "\n" : " "}`;
      copied = runEnd;
    }
    i = runEnd - 1;
  }
  return copied === start ? source.slice(start, end) : out + source.slice(copied, end);
}

/** Full-width forms of ASCII's printable characters (U+FF01–U+FF5E), which NFKC maps to ASCII. */
function isFullWidthAscii(code: number): boolean {
  return code >= 0xff01 && code <= 0xff5e;
}
const FULL_WIDTH_OFFSET = 0xfee0;

/** The code unit at `at` of `source`, or with `asNfkc` of its NFKC form (a full-width form as ASCII). */
function nfkcUnit(source: string, at: number, asNfkc: boolean): number {
  const code = source.charCodeAt(at);
  return asNfkc && isFullWidthAscii(code) ? code - FULL_WIDTH_OFFSET : code;
}

/** Three digits from `from`, then no fourth before `end` (read as `nfkcUnit` reads them). */
function isThousands(text: string, from: number, end: number, asNfkc: boolean): boolean {
  return (
    from + 3 <= end &&
    isDigit(nfkcUnit(text, from, asNfkc)) &&
    isDigit(nfkcUnit(text, from + 1, asNfkc)) &&
    isDigit(nfkcUnit(text, from + 2, asNfkc)) &&
    (from + 3 === end || !isDigit(nfkcUnit(text, from + 3, asNfkc)))
  );
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** JavaScript's `\s` (and what `trim` removes), as a test on one code unit. */
function isSpace(code: number): boolean {
  return (classOf(code) & SPACE) !== 0;
}

/** Zeros that end a decimal fraction (`1.50%`, `110.50元`, `4.00美元`). */
let TRAILING_DECIMAL_ZEROS: RegExp;

/** Compiles `STORIES_COMPARABLE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStoriesComparablePatterns(): void {
  [HEADLINE, DATELINE, TRAILING_CREDIT, HEADLINE_LINE, SOURCE_LINE, TRAILING_DECIMAL_ZEROS] =
    STORIES_COMPARABLE_PATTERNS.map(regexFromLiteral) as RegExps<6>;
  storiesComparablePatternsCompiled = true;
}

/**
 * A comparison text with its decimal fractions' trailing zeros dropped (`1.50%` → `1.5%`), for
 * comparing wording: copies write one figure either way. The key keeps them, since `11.00%` is
 * more precise than `11%` when numbers are compared.
 */
export function withoutTrailingZeros(text: string): string {
  if (!storiesComparablePatternsCompiled) compileStoriesComparablePatterns();
  return text.replace(TRAILING_DECIMAL_ZEROS, (_, unit: string, fraction: string) =>
    fraction === "" ? unit : `${unit}.${fraction}`,
  );
}

/** True for the characters that carry content: letters, digits and CJK ideographs. */
export function isContentCharacter(code: number): boolean {
  return CONTENT[code] === 1;
}

/** `isContentCharacter` for every UTF-16 code unit, computed once. */
const CONTENT = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const ch = String.fromCharCode(code);
  CONTENT[code] = /[\p{L}\p{N}]/u.test(ch) ? 1 : 0;
}

/**
 * The content characters of a comparison text, in order (what shingles are taken from); with `limit`, only
 * the first `limit` of them (`contentCharacters(text).slice(0, limit)`: each is one UTF-16 unit, since a
 * surrogate is no content), the rest of the text not read.
 */
export function contentCharacters(text: string, limit = Number.POSITIVE_INFINITY): string {
  let out = "";
  for (let i = 0; i < text.length && out.length < limit; i++) {
    if (CONTENT[text.charCodeAt(i)] === 1) out += text[i];
  }
  return out;
}

/**
 * How many content characters a text holds, `contentCharacters(text).length`, counted without making them: a
 * story key counts its whole comparison text, which a string built a character at a time made garbage of.
 */
export function contentCharacterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) count += CONTENT[text.charCodeAt(i)]!;
  return count;
}
