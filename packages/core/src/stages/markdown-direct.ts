import { type Attribute, HtmlWriter, type MarkupWriter } from "../markdown/writer.js";
import type { MarkdownRenderer } from "./markdown-parser.js";

/**
 * The HTML markdown-it writes for Markdown made only of paragraphs of plain text, `[text](url)`
 * links and `<http://…>` autolinks, and the body stage's HTML-block placeholders — what
 * nearly every mirrored post is once its HTML blocks are set aside (a story in plain paragraphs, a
 * share link, a `[返回…](…)｜[返回首页](…)` footer) — written directly, without parsing. Null for
 * anything else, which markdown-it renders. The output is markdown-it's own, byte for byte: links go
 * through its `normalizeLink`/`validateLink`, text through its `escapeHtml`, and every character
 * with a meaning to its block or inline rules sends the chunk to markdown-it (a property test holds
 * the two equal). With `paragraphMark`, every `<p>` carries that attribute, as `markdown.render`'s does.
 */
export function renderDirect(
  source: string,
  markdown: MarkdownRenderer,
  paragraphMark?: string,
): string | null {
  const writer = new HtmlWriter();
  return writeDirect(source, markdown, writer, paragraphMark) ? writer.out : null;
}

/**
 * `renderDirect`'s HTML written to `writer`; false (the writer holding part of it) for Markdown that
 * markdown-it must read.
 */
export function writeDirect(
  source: string,
  markdown: MarkdownRenderer,
  writer: MarkupWriter,
  paragraphMark?: string,
): boolean {
  const paragraphAttrs: Attribute[] | null = paragraphMark === undefined ? null : [[paragraphMark, ""]];
  const lines = source.split("\n");
  let paragraph: string[] = [];
  const flush = (): boolean => {
    if (paragraph.length === 0) return true;
    writer.open("p", paragraphAttrs);
    const written = writeParagraph(paragraph, markdown, writer);
    paragraph = [];
    if (!written) return false;
    writer.close("p");
    writer.text("\n");
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      if (!flush()) return false;
      continue;
    }
    // A line of other white space (U+3000) is not blank to markdown-it: an empty paragraph.
    if (line.trim() === "") return false;
    if (PLACEHOLDER_LINE.test(line)) {
      // It ends a paragraph before it, and is copied as it stands, with its line break (none at the very end).
      if (!flush()) return false;
      writer.html(line);
      if (i !== lines.length - 1) writer.text("\n");
      continue;
    }
    paragraph.push(line);
  }
  return flush();
}

/** A placeholder the body stage put where an HTML block was (an HTML comment: markdown-it copies it). */
const PLACEHOLDER_LINE = /^<!--caixun-html-block:\d+-->$/;
const BLANK = /^[ \t]*$/;

/**
 * A paragraph's inline content: its lines as markdown-it joins them (the paragraph trimmed, a
 * soft break between lines, a continuation line's leading spaces and tabs skipped); null when a
 * line could open a block of its own or interrupt the paragraph, or ends in white space (a hard
 * break, or spaces markdown-it drops): then false.
 */
function writeParagraph(lines: readonly string[], markdown: MarkdownRenderer, writer: MarkupWriter): boolean {
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k]!;
    if (k === 0) line = line.trimStart();
    else {
      line = line.replace(LEADING_SPACES, "");
      if (WHITE_START.test(line)) return false;
    }
    if (k === lines.length - 1) line = line.trimEnd();
    else if (WHITE_END.test(line)) return false;
    if (k !== 0) writer.text("\n");
    if (!writeLine(line, markdown, writer)) return false;
  }
  return true;
}

const LEADING_SPACES = /^[ \t]+/;
const WHITE_START = /^\s/;
const WHITE_END = /\s$/;

/** A line that may open a block other than a paragraph (heading, quote, list, rule, fence, HTML block, table). */
const BLOCK_START = /^(?:[#>*+\-_=~`<|]|\d{1,9}[.)])/;
/** Characters of no meaning to markdown-it's inline rules here (escapes, code, emphasis, links, HTML, entities, breaks). */
const PLAIN = /^[^\\`*_~[\]!<>&\n\r\0]*$/;
/**
 * A line that is one bold run of plain text: `**小标题**`, or `<strong>小标题</strong>` as the body
 * stage writes a run whose edge is CJK punctuation (CommonMark would not close it). Both delimiters
 * at the line's ends always open and close; the text must not start or end with white space.
 */
const BOLD_LINE = /^(?:\*\*([^\\`*_~[\]!<>&\n\r\0]+)\*\*|<strong>([^\\`*_~[\]!<>&\n\r\0]+)<\/strong>)$/;
const EDGE_SPACE = /^\s|\s$/;
/** `[text](url)`: text of plain characters, a URL with no space, bracket, escape or entity. */
const LINK = /\[([^\\`*_~[\]!<>&\n\r\0]+)\]\(([^()<>\\&\0- \x7f]+)\)/y;
/** `<scheme:…>` as markdown-it's autolink rule reads it. */
const AUTOLINK = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\0- ]*)>/y;

/** The inline content of one paragraph line; false when markdown-it must read it. */
function writeLine(line: string, markdown: MarkdownRenderer, writer: MarkupWriter): boolean {
  const bold = BOLD_LINE.exec(line);
  if (bold !== null) {
    const text = bold[1] ?? bold[2]!;
    if (EDGE_SPACE.test(text)) return false;
    writer.open("strong", null);
    writer.text(text);
    writer.close("strong");
    return true;
  }
  if (BLOCK_START.test(line)) {
    // An autolink line opens with `<` but is a paragraph all the same.
    if (!line.startsWith("<")) return false;
  }
  let at = 0;
  while (at < line.length) {
    const next = nextMarkup(line, at);
    const text = line.slice(at, next);
    if (!PLAIN.test(text)) return false;
    writer.text(text);
    if (next === line.length) break;
    at = writeLink(line, next, markdown, writer);
    if (at === -1) return false;
  }
  return true;
}

/** Where the next `[` or `<` is (or the end of the line). */
function nextMarkup(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x5b || code === 0x3c) return i;
  }
  return line.length;
}

/**
 * A web or relative URL that markdown-it's link normalising (parse, punycode, percent-encoding, and
 * decoding for a link's text) gives back as it is: an ASCII host name with no punycode label, and
 * only characters that are never encoded (no `%`, `@`, white space or non-ASCII). Share links and
 * footers are; they skip the normaliser. (A property test holds it against markdown-it's own.)
 */
export const PLAIN_URL =
  /^(?:(?:https?:)?\/\/(?!(?:[^/]*\.)?xn--)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\/|\.{0,2}\/(?!\/))[A-Za-z0-9;/?:&=+$,\-_.!~*'()#]*$/;

/**
 * A `[text](url)` link or an autolink at `at`, written as markdown-it writes it; where it ends, or -1
 * for anything else.
 */
function writeLink(line: string, at: number, markdown: MarkdownRenderer, writer: MarkupWriter): number {
  let href: string;
  let text: string;
  let end: number;
  if (line.charCodeAt(at) === 0x5b) {
    LINK.lastIndex = at;
    const match = LINK.exec(line);
    if (match === null) return -1;
    const url = match[2]!;
    href = PLAIN_URL.test(url) ? url : markdown.normalizeLink(url);
    text = match[1]!;
    end = LINK.lastIndex;
  } else {
    AUTOLINK.lastIndex = at;
    const match = AUTOLINK.exec(line);
    if (match === null) return -1;
    const url = match[1]!;
    const plain = PLAIN_URL.test(url);
    href = plain ? url : markdown.normalizeLink(url);
    text = plain ? url : markdown.normalizeLinkText(url);
    end = AUTOLINK.lastIndex;
  }
  if (!markdown.validateLink(href)) return -1;
  writer.open("a", [["href", href]]);
  writer.text(text);
  writer.close("a");
  return end;
}
