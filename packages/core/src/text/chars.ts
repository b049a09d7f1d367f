import { forgetEachParse } from "../pipeline/per-parse.js";
import { COLLAPSIBLE, classOf, SPACE } from "./char-class.js";

/** Character classes shared by the stages. */

/**
 * Punctuation that ends a sentence or clause, so a line ending in one is prose, not a heading. A
 * closing quote or bracket ends a sentence only after 。！？… (`“我就愿意让别人听我的”` can be a heading);
 * so does a parenthesised credit after one (`…休闲活动。（新华每日电讯）`). As a pattern:
 * `(?:[。！？!?；;…：:，,、]|[。！？!?…][”"’'」』）)】》]+|[。！？!?…]\s*[（(][^（）()]{1,30}[)）])$`.
 *
 * Read backwards from the end rather than matched with that pattern: a pattern anchored only at
 * the end is tried from every position of the text, and plain text tests each line as it grows by
 * the hard-wrapped lines joined to it, which made a long unpunctuated text quadratic.
 */
export function endsSentence(text: string): boolean {
  return readSentenceEnd(text).ends;
}

/**
 * `endsSentence` of the pieces joined, without joining them: the test reads only the end of the
 * text, so it runs on the last pieces, more of them only while it reads up to their start. A text
 * grown piece by piece and tested after each (plain text's hard-wrapped lines) stays linear, where
 * reading a character of the grown string copies all of it into one.
 */
export function piecesEndSentence(pieces: readonly string[]): boolean {
  let suffix = "";
  for (let i = pieces.length - 1; i >= 0; i--) {
    suffix = pieces[i] + suffix;
    if (i > 0 && suffix.length < 64) continue;
    const { ends, lowest } = readSentenceEnd(suffix);
    if (i === 0 || lowest > 0) return ends;
  }
  return false;
}

/** Whether `text` ends a sentence, and the lowest index the answer read. */
function readSentenceEnd(text: string): { ends: boolean; lowest: number } {
  const end = text.length - 1;
  if (end < 0) return { ends: false, lowest: 0 };
  const last = text[end]!;
  if (CLAUSE_END.has(last)) return { ends: true, lowest: end };
  if (!CLOSERS.has(last)) return { ends: false, lowest: end };
  // A run of closing quotes and brackets right after a sentence end.
  let start = end;
  while (start > 0 && CLOSERS.has(text[start - 1]!)) start--;
  let lowest = Math.max(0, start - 1);
  if (start > 0 && TERMINATORS.has(text[start - 1]!)) return { ends: true, lowest };
  // A parenthesised credit of 1–30 characters, maybe after white space, after a sentence end.
  if (last !== ")" && last !== "）") return { ends: false, lowest };
  // The credit's length is in code points, as the pattern (with the u flag) counts them.
  let open = end - 1;
  let inside = 0;
  while (open >= 0 && inside <= 30 && !BRACKETS.has(text[open]!)) {
    open -= isLowSurrogate(text.charCodeAt(open)) && isHighSurrogate(text.charCodeAt(open - 1)) ? 2 : 1;
    inside++;
  }
  lowest = Math.min(lowest, Math.max(0, open));
  if (open < 0 || inside < 1 || inside > 30 || (text[open] !== "(" && text[open] !== "（"))
    return { ends: false, lowest };
  let before = open - 1;
  while (before >= 0 && /\s/u.test(text[before]!)) before--;
  return {
    ends: before >= 0 && TERMINATORS.has(text[before]!),
    lowest: Math.min(lowest, Math.max(0, before)),
  };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const CLAUSE_END = new Set("。！？!?；;…：:，,、");
const TERMINATORS = new Set("。！？!?…");
const CLOSERS = new Set("”\"’'」』）)】》");
const BRACKETS = new Set("（）()");

/**
 * Whether a text is only closing marks (`】`, `）。`), whitespace around them: the end of a line a template wrapped
 * (`【责任编辑:张樵苏` over `】`), never a line of its own.
 */
export function isClosingMarksOnly(text: string): boolean {
  let marks = 0;
  for (const char of text) {
    if (CLOSERS.has(char) || CLAUSE_END.has(char) || TERMINATORS.has(char)) marks++;
    else if (!isWhitespace(char.charCodeAt(0))) return false;
  }
  return marks > 0;
}

/** Punctuation that ends a sentence (used to split the first sentence off a text). */
export const SENTENCE_BREAK = /[。！？!?]/u;

/** A line of a few words, no digit, no mark (`重要经济日程`): too short for a sentence, a heading's line. */
export const WORDS_LINE = /^[\p{Script=Han}A-Za-z]{2,12}$/u;

/**
 * Collapses white space the way a browser renders text, but drops a line break that sits between
 * two CJK characters (a wrapped Chinese line has no space in it).
 */
/**
 * Whether `text` has more than `max` characters (code points), without spelling it out as `[...text]`
 * does: a rule that asks it of every block's text would otherwise copy each paragraph into an array.
 */
export function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  if (text.length > 2 * max) return true;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate and the low one after it are one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++count > max) return true;
  }
  return false;
}

/**
 * Whether `text` ends at `end` with `word` (lower case), its Latin letters read in either case as a pattern's `i` flag
 * reads them — the long s (`ſ`) as `s` and the Kelvin sign (`K`) as `k` too, as the `iu` flags do — without copying the end to lower it: a gate that
 * asks it of every line before a pattern under `i` (`isStandardsFooter`) would otherwise copy each line's end.
 */
export function endsWithFolded(text: string, word: string, end = text.length): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  // From the last character back: a line that does not end so differs there, at the first look.
  for (let i = word.length - 1; i >= 0; i--) {
    let code = text.charCodeAt(start + i);
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    else if (code === 0x17f) code = 0x73;
    else if (code === 0x212a) code = 0x6b;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * `longerThan(collapseWhitespace(text), max)`, answered before collapsing where it can be: collapsing
 * keeps every character that is not white space, so more than `max` of them is a yes after reading
 * `max` + 1 of them. A rule asking it of every block's text would otherwise collapse (read, and often
 * copy) each long paragraph only to find it too long.
 */
export function collapsedLongerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((classOf(code) & COLLAPSIBLE) !== 0) continue;
    // A high surrogate and the low one after it are one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++kept > max) return true;
  }
  return longerThan(collapseWhitespace(text), max);
}

/**
 * The first character `collapseWhitespace(text)` keeps, as a UTF-16 code (-1 when it keeps none), found without
 * collapsing: collapsing only takes white space (`COLLAPSIBLE`) out or makes it one space, and trims its ends. A rule
 * anchored at a collapsed line's start that cannot open with this character is answered without collapsing the line.
 */
export function collapsedFirstCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((classOf(code) & COLLAPSIBLE) === 0) return code;
  }
  return -1;
}

/** The text with every white space taken out: how two spellings of a headline are compared whatever their spacing. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, "");
}

/**
 * The text's letters and digits only, punctuation and white space taken out: how two wordings of a headline
 * that punctuate it differently (`突变：` and `突变！`) are compared.
 */
export function wordCharacters(text: string): string {
  return text.replace(NOT_WORD_CHARACTER, "");
}

const NOT_WORD_CHARACTER = /[^\p{L}\p{N}]+/gu;

/** Whether every character of `short` is in `headline`, in order: a shorter wording of the headline, or a cut one. */
export function holdsInOrder(headline: string, short: string): boolean {
  let at = 0;
  for (const char of short) {
    at = headline.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

/** Whether one character is a letter or a digit (what `wordCharacters` keeps). */
export function isWordCharacter(char: string): boolean {
  return WORD_CHARACTER.test(char);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The text with each run of white space (`COLLAPSIBLE`) made one space, line breaks between Han characters or
 * full-width punctuation taken out, and its ends trimmed: what it gives `trim` leaves as it is (a test holds it),
 * so its callers ask no `trim` of it.
 */
export function collapseWhitespace(text: string): string {
  const slot = text.length & (KNOWN_COLLAPSED_SLOTS - 1);
  // A text equal to one found collapsed is collapsed: one comparison (the same string, mostly) instead of a read.
  if (knownCollapsed[slot] === text) return text;
  // Most paragraphs have nothing to collapse: then neither pattern needs to run.
  if (isCollapsed(text)) {
    knownCollapsed[slot] = text;
    return text;
  }
  const joined = text.includes("\n") ? text.replace(CJK_LINE_BREAK, "$1") : text;
  const collapsed = joined.replace(WHITESPACE_RUN, " ").trim();
  knownCollapsed[collapsed.length & (KNOWN_COLLAPSED_SLOTS - 1)] = collapsed;
  return collapsed;
}

/**
 * Texts `collapseWhitespace` last found or made collapsed, one a slot by length (modulo this power of two). A
 * block's text is collapsed where the reader builds the block and asked again by the stages after it (at d2f5fdbf
 * 3,849 calls a pass of the bench's 128 inputs read 175,256 characters, 910 distinct texts); with 128 slots about
 * 2,600 calls meet their text in its slot and read none of it. Emptied as each parse starts (`forgetCollapsed`, a
 * per-parse memo of `pipeline/per-parse.ts`), so that what it holds — strings that may be slices of an input — is the
 * current parse's, as `keepShape`'s is.
 */
const KNOWN_COLLAPSED_SLOTS = 128;
const knownCollapsed: string[] = new Array<string>(KNOWN_COLLAPSED_SLOTS).fill("");

/** Empties `collapseWhitespace`'s known texts. */
export function forgetCollapsed(): void {
  knownCollapsed.fill("");
}
forgetEachParse(forgetCollapsed);

const CJK_LINE_BREAK =
  /(\p{Script=Han}|[，。！？；：、“”‘’（）《》【】])[ \t]*\n[ \t\n]*(?=\p{Script=Han}|[，。！？；：、“”‘’（）《》【】])/gu;
/** Its characters are the `COLLAPSIBLE` class (`text/char-class.ts`). */
const WHITESPACE_RUN = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** No white space but single spaces between other characters: what `collapseWhitespace` gives back unchanged. */
function isCollapsed(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((classOf(code) & COLLAPSIBLE) === 0) {
      afterSpace = false;
    } else return false;
  }
  return !afterSpace || text.length === 0;
}

/**
 * `text` without the characters `isTrimmed` accepts at its start and at its end. A loop, not
 * `/^[…]+|[…]+$/`: a regex ending in `+$` retries the whole run from every position of it, which is
 * quadratic in a long run that does not reach the end (100,000 `_` and one letter).
 */
export function trimWhere(
  text: string,
  isTrimmed: (code: number) => boolean,
  ends: "both" | "end" = "both",
): string {
  let start = 0;
  let end = text.length;
  if (ends === "both") while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * White space as `\s` sees it: the `SPACE` class (`text/char-class.ts`, the same characters), read from
 * its table instead of a one-character string made and matched at each call of a trim loop.
 */
export function isWhitespace(code: number): boolean {
  return (classOf(code) & SPACE) !== 0;
}

/**
 * Full-width digits (０–９) as ASCII, one character for one, so positions stay the same. Most lines
 * hold none: one search without a match says so, before the global replace (and its callback) runs;
 * both patterns are made once, not at every call.
 */
export function halfWidthDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, halfWidthDigit) : text;
}
const FULL_WIDTH_DIGIT = /[０-９]/;
/** Global: `replace` starts it at the text's start and leaves `lastIndex` at 0, so one object serves every call. */
const FULL_WIDTH_DIGITS = /[０-９]/g;
const halfWidthDigit = (digit: string): string => String.fromCharCode(digit.charCodeAt(0) - 0xfee0);

/**
 * Pictographs a generator dresses a heading with (`# 🌐 全球宏观财经与顶级报纸全景看板`, `<h1>📰 财经早餐 · 2026年5月12日</h1>`):
 * icons, not words of the headline.
 */
const LEADING_ICONS = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u;

/** A heading's text without the icons opening it (`LEADING_ICONS`); the pattern runs only where a symbol or a surrogate opens it. */
export function withoutLeadingIcons(text: string): string {
  const trimmed = text.trimStart();
  const code = trimmed.charCodeAt(0);
  const mayOpenIcon = (code >= 0x2000 && code < 0x3000) || (code >= 0xd800 && code < 0xdc00);
  return mayOpenIcon ? trimmed.replace(LEADING_ICONS, "") : text;
}

/**
 * The columns a line takes in a double-byte encoding (GBK, Big5, Shift_JIS): one for an ASCII character, two for any
 * other. A text exported in such an encoding and wrapped at a fixed width counts its columns so.
 */
export function doubleByteWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // A surrogate pair is one character, four bytes in GB18030: two columns for each half.
    width += code < 0x80 ? 1 : 2;
  }
  return width;
}
