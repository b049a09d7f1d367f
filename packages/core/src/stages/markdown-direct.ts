import { STAGES_MARKDOWN_DIRECT_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import type { MarkdownRenderer } from "./markdown-parser.js";

/**
 * The patterns below are compiled from their literals (`STAGES_MARKDOWN_DIRECT_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesMarkdownDirectPatternsCompiled = false;
/** A placeholder the body stage put where an HTML block was (an HTML comment: markdown-it copies it). */
let PLACEHOLDER_LINE: RegExp;
let BLANK: RegExp;
let LEADING_SPACES: RegExp;
let WHITE_START: RegExp;
let WHITE_END: RegExp;
let EDGE_SPACE: RegExp;
/** `<scheme:…>` as markdown-it's autolink rule reads it. */
let AUTOLINK: RegExp;

/** Compiles `STAGES_MARKDOWN_DIRECT_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesMarkdownDirectPatterns(): void {
  [
    PLACEHOLDER_LINE,
    BLANK,
    LEADING_SPACES,
    WHITE_START,
    WHITE_END,
    EDGE_SPACE,
    AUTOLINK,
    BLOCK_START,
    PLAIN,
    BOLD_LINE,
    LINK,
  ] = STAGES_MARKDOWN_DIRECT_PATTERNS.map(regexFromLiteral) as RegExps<11>;
  stagesMarkdownDirectPatternsCompiled = true;
}

/**
 * The HTML markdown-it writes for Markdown made only of paragraphs of plain text, `[text](url)`
 * links and `<http://…>` autolinks, and the body stage's HTML-block placeholders — what
 * nearly every mirrored post is once its HTML blocks are set aside (a story in plain paragraphs, a
 * share link, a `[返回…](…)｜[返回首页](…)` footer) — written directly, without parsing. Null for
 * anything else, which markdown-it renders. The output is markdown-it's own, byte for byte: links go
 * through its `normalizeLink`/`validateLink`, text through its `escapeHtml`, and every character
 * with a meaning to its block or inline rules sends the chunk to markdown-it (a property test holds
 * the two equal). `paragraphOpen` is the `<p>` tag written, as `markdown.render`'s `paragraphMark` writes it.
 */
export function renderDirect(
  source: string,
  markdown: MarkdownRenderer,
  paragraphOpen = "<p>",
): string | null {
  if (!stagesMarkdownDirectPatternsCompiled) compileStagesMarkdownDirectPatterns();
  let html = "";
  const lines = source.split("\n");
  let paragraph: string[] = [];
  const flush = (): boolean => {
    if (paragraph.length === 0) return true;
    const inline = renderParagraph(paragraph, markdown);
    paragraph = [];
    if (inline === null) return false;
    html += `${paragraphOpen}${inline}</p>\n`;
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      if (!flush()) return null;
      continue;
    }
    // A line of other white space (U+3000) is not blank to markdown-it: an empty paragraph.
    if (line.trim() === "") return null;
    if (PLACEHOLDER_LINE.test(line)) {
      // It ends a paragraph before it, and is copied as it stands, with its line break (none at the very end).
      if (!flush()) return null;
      html += i === lines.length - 1 ? line : `${line}\n`;
      continue;
    }
    paragraph.push(line);
  }
  return flush() ? html : null;
}

/**
 * The inline HTML of a paragraph: its lines as markdown-it joins them (the paragraph trimmed, a
 * soft break between lines, a continuation line's leading spaces and tabs skipped); null when a
 * line could open a block of its own or interrupt the paragraph, or ends in white space (a hard
 * break, or spaces markdown-it drops).
 */
function renderParagraph(lines: readonly string[], markdown: MarkdownRenderer): string | null {
  if (!stagesMarkdownDirectPatternsCompiled) compileStagesMarkdownDirectPatterns();
  let html = "";
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k]!;
    if (k === 0) line = line.trimStart();
    else {
      line = line.replace(LEADING_SPACES, "");
      if (WHITE_START.test(line)) return null;
    }
    if (k === lines.length - 1) line = line.trimEnd();
    else if (WHITE_END.test(line)) return null;
    const inline = renderLine(line, markdown);
    if (inline === null) return null;
    html += k === 0 ? inline : `\n${inline}`;
  }
  return html;
}

/** A line that may open a block other than a paragraph (heading, quote, list, rule, fence, HTML block, table). */
let BLOCK_START: RegExp;
/** Characters of no meaning to markdown-it's inline rules here (escapes, code, emphasis, links, HTML, entities, breaks). */
let PLAIN: RegExp;
/**
 * A line that is one bold run of plain text: `**小标题**`, or `<strong>小标题</strong>` as the body
 * stage writes a run whose edge is CJK punctuation (CommonMark would not close it). Both delimiters
 * at the line's ends always open and close; the text must not start or end with white space.
 */
let BOLD_LINE: RegExp;
/** `[text](url)`: text of plain characters, a URL with no space, bracket, escape or entity. */
let LINK: RegExp;

/** The inline HTML of one paragraph line, or null when markdown-it must read it. */
function renderLine(line: string, markdown: MarkdownRenderer): string | null {
  if (!stagesMarkdownDirectPatternsCompiled) compileStagesMarkdownDirectPatterns();
  const bold = BOLD_LINE.exec(line);
  if (bold !== null) {
    const text = bold[1] ?? bold[2]!;
    return EDGE_SPACE.test(text) ? null : `<strong>${markdown.escapeHtml(text)}</strong>`;
  }
  if (BLOCK_START.test(line)) {
    // An autolink line opens with `<` but is a paragraph all the same.
    if (!line.startsWith("<")) return null;
  }
  const escapeHtml = markdown.escapeHtml;
  let out = "";
  let at = 0;
  while (at < line.length) {
    const next = nextMarkup(line, at);
    const text = line.slice(at, next);
    if (!PLAIN.test(text)) return null;
    out += escapeHtml(text);
    if (next === line.length) break;
    const link = readLink(line, next, markdown);
    if (link === null) return null;
    out += link.html;
    at = link.end;
  }
  return out;
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

/** A `[text](url)` link or an autolink at `at`, rendered as markdown-it renders it; null for anything else. */
function readLink(
  line: string,
  at: number,
  markdown: MarkdownRenderer,
): { html: string; end: number } | null {
  if (!stagesMarkdownDirectPatternsCompiled) compileStagesMarkdownDirectPatterns();
  const escapeHtml = markdown.escapeHtml;
  if (line.charCodeAt(at) === 0x5b) {
    LINK.lastIndex = at;
    const match = LINK.exec(line);
    if (match === null) return null;
    const url = match[2]!;
    const href = PLAIN_URL.test(url) ? url : markdown.normalizeLink(url);
    if (!markdown.validateLink(href)) return null;
    return { html: `<a href="${escapeHtml(href)}">${escapeHtml(match[1]!)}</a>`, end: LINK.lastIndex };
  }
  AUTOLINK.lastIndex = at;
  const match = AUTOLINK.exec(line);
  if (match === null) return null;
  const url = match[1]!;
  const plain = PLAIN_URL.test(url);
  const href = plain ? url : markdown.normalizeLink(url);
  if (!markdown.validateLink(href)) return null;
  return {
    html: `<a href="${escapeHtml(href)}">${escapeHtml(plain ? url : markdown.normalizeLinkText(url))}</a>`,
    end: AUTOLINK.lastIndex,
  };
}
