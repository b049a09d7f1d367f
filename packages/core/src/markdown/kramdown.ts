/**
 * kramdown's reading of HTML in Markdown, where it differs from CommonMark's — the Markdown of Jekyll (kramdown is its
 * default converter, and GitHub Pages') and so of the news mirrors Jekyll builds. The block reader (`block.ts`) reads
 * with these rules when its `env.kramdown` is set, the body stage's HTML set-aside (`stages/body.ts`) likewise; which
 * files are kramdown's is decided in one place (`dialect.ts`). kramdown's rules (`parser/kramdown/html.rb`,
 * `paragraph.rb`):
 *
 * - a line that opens with a span element (`<br />`, `<img …>`, `<span>`, `<a …>`) opens a paragraph: the tag is inline
 *   HTML and the lines under it are Markdown, where CommonMark takes a lone tag's line and all below it to a blank
 *   line as raw HTML;
 * - any other element opening a line is an HTML block that ends with the line of its own end tag, blank lines and
 *   all, so a line under `<div>…</div>` or `<iframe …></iframe>` is Markdown again, where CommonMark's block runs on
 *   to a blank line;
 * - such an element with `markdown="1"` (or `"block"`) holds Markdown: its tags are HTML, the lines between them
 *   blocks;
 * - a line that opens with a start or end tag of an element that is not a span element ends the paragraph above it.
 *
 * An element whose end tag never comes is read as CommonMark reads it (kramdown takes the rest of the document into
 * it): a stray `<div>` in a post would otherwise make every later line raw HTML.
 */

import { MARKDOWN_KRAMDOWN_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/** kramdown's span-level elements (`HTML_SPAN_ELEMENTS`): at a line's start they open a paragraph, not an HTML block. */
const SPAN_ELEMENTS: ReadonlySet<string> = new Set([
  "a",
  "abbr",
  "acronym",
  "b",
  "big",
  "bdo",
  "br",
  "button",
  "cite",
  "code",
  "del",
  "dfn",
  "em",
  "i",
  "img",
  "input",
  "kbd",
  "label",
  "option",
  "q",
  "rb",
  "rbc",
  "rp",
  "rt",
  "rtc",
  "ruby",
  "samp",
  "select",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "textarea",
  "tt",
  "var",
]);

/** kramdown's elements without a body (`HTML_ELEMENTS_WITHOUT_BODY`): each ends where it opens. */
const BODILESS_ELEMENTS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "br",
  "col",
  "command",
  "embed",
  "hr",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/**
 * The patterns below are compiled from their literals (`MARKDOWN_KRAMDOWN_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let markdownKramdownPatternsCompiled = false;
/**
 * A start or end tag: the slash of an end tag, the name, the slash of a self-closed tag. @bounded: the name at most 32
 * characters and the attributes at most 2,000, none of them `<` or `>`, so each `<` is tried once over a bounded run.
 */
let TAG: RegExp;
/** A start or end tag opening a line (after its indent): its slash and its name. @bounded: anchored, a name of at most 32. */
let LINE_TAG: RegExp;
/** `markdown="1"` or `markdown="block"` among a start tag's attributes (kramdown's `markdown` attribute). @bounded: one attribute. */
let MARKDOWN_ATTRIBUTE: RegExp;
/** A line that is one start tag and nothing else. @bounded: anchored, no `<` or `>` inside. */
let START_TAG_LINE: RegExp;
/** A line that is one end tag and nothing else. @bounded: anchored, a name of at most 32. */
let END_TAG_LINE: RegExp;

/** Compiles `MARKDOWN_KRAMDOWN_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileMarkdownKramdownPatterns(): void {
  [TAG, LINE_TAG, MARKDOWN_ATTRIBUTE, START_TAG_LINE, END_TAG_LINE] = MARKDOWN_KRAMDOWN_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<5>;
  markdownKramdownPatternsCompiled = true;
}

/** What opens a line, to kramdown: a span element's tag, another element's tag, or no tag. */
export type KramdownLineTag = "span" | "block" | null;

/** Whether `text` (a line from its indent on) opens with a span element's tag, another element's tag, or none. */
export function kramdownLineTag(text: string): KramdownLineTag {
  if (!markdownKramdownPatternsCompiled) compileMarkdownKramdownPatterns();
  const tag = LINE_TAG.exec(text);
  if (tag === null) return null;
  return SPAN_ELEMENTS.has(tag[2]!.toLowerCase()) ? "span" : "block";
}

/** The elements of a text as kramdown ends them: for each start tag that has an end, where the element ends. */
export interface KramdownElements {
  /** Offset of a start tag's `<` → the line after the line of its end tag (lines counted from 0 at `\n`). */
  readonly ends: ReadonlyMap<number, number>;
  /** Offsets of the start tags that carry `markdown="1"`: their elements hold Markdown. */
  readonly markdown: ReadonlySet<number>;
}

/**
 * Every element of `text` matched to its end tag, in one pass over its tags: an end tag closes the innermost open
 * element of its name (so a `<div>` in a `<div>` is counted as kramdown counts them), an element without a body or a
 * self-closed tag ends where it opens, a start tag that is never closed gets no entry.
 */
export function kramdownElements(text: string): KramdownElements {
  if (!markdownKramdownPatternsCompiled) compileMarkdownKramdownPatterns();
  const ends = new Map<number, number>();
  const markdown = new Set<number>();
  const open = new Map<string, number[]>();
  let line = 0;
  // The first line break not yet counted: each is found once, however many tags a line holds.
  let lineBreak = text.indexOf("\n");
  TAG.lastIndex = 0;
  for (let tag = TAG.exec(text); tag !== null; tag = TAG.exec(text)) {
    while (lineBreak !== -1 && lineBreak < tag.index) {
      line++;
      lineBreak = text.indexOf("\n", lineBreak + 1);
    }
    const name = tag[2]!.toLowerCase();
    if (tag[1] === "/") {
      const start = open.get(name)?.pop();
      if (start !== undefined) ends.set(start, line + 1);
    } else if (tag[3] === "/" || BODILESS_ELEMENTS.has(name)) {
      ends.set(tag.index, line + 1);
    } else {
      const starts = open.get(name);
      if (starts === undefined) open.set(name, [tag.index]);
      else starts.push(tag.index);
      if (MARKDOWN_ATTRIBUTE.test(tag[0])) markdown.add(tag.index);
    }
  }
  return { ends, markdown };
}

/**
 * Whether an element that holds Markdown can be read as three parts — its start tag's line, the Markdown lines, its end
 * tag's line: the start tag alone on its line (`opening`) and the end tag alone on the last (`closing`), with a line or
 * more between. Otherwise the element is read as raw HTML.
 */
export function isMarkdownElementShape(opening: string, closing: string, lines: number): boolean {
  if (!markdownKramdownPatternsCompiled) compileMarkdownKramdownPatterns();
  return lines >= 3 && START_TAG_LINE.test(opening) && END_TAG_LINE.test(closing);
}

/**
 * Whether kramdown reads the whole of `chunk` (lines with no blank line among them) as HTML blocks: each line that is
 * not inside an element opens a comment or an element other than a span element, without `markdown="1"`, whose end
 * tag is in the chunk. The body stage's cheap test before it sets a chunk aside (a page's `<p>…</p>` lines, one
 * `<div>…</div>`): each element's end is found by searching for its own name only, so the chunk is passed once.
 */
export function isKramdownHtmlOnly(chunk: string): boolean {
  if (!markdownKramdownPatternsCompiled) compileMarkdownKramdownPatterns();
  const lower = chunk.toLowerCase();
  for (let at = 0; at < lower.length; ) {
    while (lower.charCodeAt(at) === 0x20 || lower.charCodeAt(at) === 0x09) at++;
    let end: number;
    if (lower.startsWith("<!--", at)) {
      end = lower.indexOf("-->", at + 4);
      if (end !== -1) end += 2;
    } else {
      const tag = LINE_TAG.exec(lower.slice(at, at + 40));
      if (tag === null || tag[1] === "/" || SPAN_ELEMENTS.has(tag[2]!)) return false;
      end = elementEnd(lower, tag[2]!, at);
    }
    if (end === -1) return false;
    const lineBreak = lower.indexOf("\n", end);
    if (lineBreak === -1) return true;
    at = lineBreak + 1;
  }
  return true;
}

/**
 * The offset of the `>` that ends the element `name` whose start tag opens at `start` in `lower` (lower-cased), its
 * nested elements of the same name counted; -1 when it is never closed or holds Markdown (`markdown="1"`).
 */
function elementEnd(lower: string, name: string, start: number): number {
  if (!markdownKramdownPatternsCompiled) compileMarkdownKramdownPatterns();
  const opened = lower.indexOf(">", start);
  if (opened === -1 || MARKDOWN_ATTRIBUTE.test(lower.slice(start, opened + 1))) return -1;
  if (lower.charCodeAt(opened - 1) === 0x2f || BODILESS_ELEMENTS.has(name)) return opened;
  const open = `<${name}`;
  const close = `</${name}`;
  let depth = 1;
  let nextOpen = nameAt(lower, open, opened + 1);
  let nextClose = nameAt(lower, close, opened + 1);
  while (nextClose !== -1) {
    if (nextOpen !== -1 && nextOpen < nextClose) {
      const tagEnd = lower.indexOf(">", nextOpen);
      if (tagEnd === -1) return -1;
      if (lower.charCodeAt(tagEnd - 1) !== 0x2f) depth++;
      nextOpen = nameAt(lower, open, tagEnd + 1);
      continue;
    }
    const tagEnd = lower.indexOf(">", nextClose);
    if (tagEnd === -1) return -1;
    if (--depth === 0) return tagEnd;
    nextClose = nameAt(lower, close, tagEnd + 1);
  }
  return -1;
}

/** The next `<name` or `</name` from `from` that is the whole name (a space, `/` or `>` after it), or -1. */
function nameAt(lower: string, prefix: string, from: number): number {
  for (let at = lower.indexOf(prefix, from); at !== -1; at = lower.indexOf(prefix, at + 1)) {
    const after = lower.charCodeAt(at + prefix.length);
    if (after === 0x3e || after === 0x2f || after === 0x20 || after === 0x09 || after === 0x0a) return at;
  }
  return -1;
}
