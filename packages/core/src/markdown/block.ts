/**
 * The block structure of Markdown: markdown-it 14's block rules, ported (MIT, © Vitaly Puzrin, Alex
 * Kocharin) with core's choices built in — raw HTML on, no indented code (scraped Chinese prose
 * indents its paragraphs) — so that every document reads into the blocks markdown-it reads:
 * tables, fences, quotes, rules, lists, reference definitions, HTML blocks, ATX and Setext
 * headings, paragraphs. Lines are kept as offsets into the source, as markdown-it keeps them; each
 * rule is tried in markdown-it's order, and the rules that may end a paragraph, a quote or a list
 * are the same. Linear: each rule looks at a line a bounded number of times, and a quote reads its lines only as its
 * content reaches them (`QuoteScan`).
 */
import { BLOCK_NAMES } from "@caixun/core/html/names";
import { keepShape } from "../pipeline/kept-shapes.js";
import { HTML_OPEN_CLOSE_TAG, isSpace, normalizeReference } from "./chars.js";
import { isMarkdownElementShape, kramdownElements, kramdownLineTag } from "./kramdown.js";
import { parseLinkDestination, parseLinkTitle } from "./link-parts.js";
import { normalizeLink, validateLink } from "./links.js";
import { MAX_NESTING, type MarkdownEnv, newToken, type Token } from "./token.js";

type ParentType = "root" | "paragraph" | "reference" | "blockquote" | "list" | "table";

export class BlockState {
  readonly bMarks: number[] = [];
  readonly eMarks: number[] = [];
  readonly tShift: number[] = [];
  readonly sCount: number[] = [];
  readonly bsCount: number[] = [];
  blkIndent = 0;
  line = 0;
  lineMax: number;
  tight = false;
  listIndent = -1;
  parentType: ParentType = "root";
  level = 0;
  /** The innermost quote open (see `QuoteScan`); each names the one around it. */
  quote: QuoteScan | undefined;
  /** Lines the quotes have read: each reads a line once (counted to test that). */
  quoteLinesRead = 0;

  constructor(
    readonly src: string,
    readonly env: MarkdownEnv,
    readonly tokens: Token[],
  ) {
    const s = src;
    for (let start = 0, pos = 0, indent = 0, offset = 0, indentFound = false; pos < s.length; pos++) {
      const ch = s.charCodeAt(pos);
      if (!indentFound) {
        if (isSpace(ch)) {
          indent++;
          offset += ch === 0x09 ? 4 - (offset % 4) : 1;
          continue;
        }
        indentFound = true;
      }
      if (ch === 0x0a || pos === s.length - 1) {
        if (ch !== 0x0a) pos++;
        this.bMarks.push(start);
        this.eMarks.push(pos);
        this.tShift.push(indent);
        this.sCount.push(offset);
        this.bsCount.push(0);
        indentFound = false;
        indent = 0;
        offset = 0;
        start = pos + 1;
      }
    }
    this.bMarks.push(s.length);
    this.eMarks.push(s.length);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
    keepShape(this);
  }

  /**
   * Whether `line` is before `endLine` and the end of the innermost open quote: the test every rule makes before it
   * reads a line (markdown-it's `line < endLine`, where a quote's content ends at its end). The open quotes read the
   * line first if they have not.
   */
  has(line: number, endLine: number): boolean {
    if (line >= endLine) return false;
    const { quote } = this;
    return quote === undefined || line < quote.next || line < readQuotesTo(this, quote, line);
  }

  /** `endLine`, or the innermost open quote's end if that comes first (the open quotes read their lines to it). */
  endOf(endLine: number): number {
    return Math.min(endLine, readQuotesTo(this, this.quote, endLine - 1));
  }

  /** The last line a reference definition may take in (markdown-it's `lineMax`, which a quote that ends at a line that ends it lowers). */
  lineLimit(line: number): number {
    readQuotesTo(this, this.quote, line);
    let limit = this.lineMax;
    for (let quote = this.quote; quote !== undefined; quote = quote.outer)
      limit = Math.min(limit, quote.lineMax);
    return limit;
  }

  push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    const token = newToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }

  isEmpty(line: number): boolean {
    return this.bMarks[line]! + this.tShift[line]! >= this.eMarks[line]!;
  }

  skipEmptyLines(from: number): number {
    for (; from < this.lineLimit(from); from++) if (!this.isEmpty(from)) break;
    return from;
  }

  skipSpaces(pos: number): number {
    while (pos < this.src.length && isSpace(this.src.charCodeAt(pos))) pos++;
    return pos;
  }

  skipSpacesBack(pos: number, min: number): number {
    if (pos <= min) return pos;
    while (pos > min) if (!isSpace(this.src.charCodeAt(--pos))) return pos + 1;
    return pos;
  }

  skipChars(pos: number, code: number): number {
    while (pos < this.src.length && this.src.charCodeAt(pos) === code) pos++;
    return pos;
  }

  skipCharsBack(pos: number, code: number, min: number): number {
    if (pos <= min) return pos;
    while (pos > min) if (code !== this.src.charCodeAt(--pos)) return pos + 1;
    return pos;
  }

  /** Lines `begin` to `end` with `indent` columns of their indentation taken off. */
  getLines(begin: number, end: number, indent: number, keepLastLF: boolean): string {
    if (begin >= end) return "";
    const queue: string[] = [];
    for (let line = begin; line < end; line++) {
      let lineIndent = 0;
      const lineStart = this.bMarks[line]!;
      let first = lineStart;
      const last = line + 1 < end || keepLastLF ? this.eMarks[line]! + 1 : this.eMarks[line]!;
      while (first < last && lineIndent < indent) {
        const ch = this.src.charCodeAt(first);
        if (isSpace(ch)) {
          lineIndent += ch === 0x09 ? 4 - ((lineIndent + this.bsCount[line]!) % 4) : 1;
        } else if (first - lineStart < this.tShift[line]!) {
          lineIndent++;
        } else {
          break;
        }
        first++;
      }
      queue.push(
        lineIndent > indent
          ? " ".repeat(lineIndent - indent) + this.src.slice(first, last)
          : this.src.slice(first, last),
      );
    }
    return queue.join("");
  }
}

type BlockRule = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

/** The rules that may end a paragraph (and a reference definition), a quote and a list item. */
const ENDS_PARAGRAPH: BlockRule[] = [table, fence, blockquote, hr, list, htmlBlock, heading];
const ENDS_BLOCKQUOTE: BlockRule[] = [fence, blockquote, hr, list, htmlBlock, heading];
const ENDS_LIST: BlockRule[] = [fence, blockquote, hr];
const RULES: BlockRule[] = [
  table,
  fence,
  blockquote,
  hr,
  list,
  reference,
  htmlBlock,
  heading,
  lheading,
  paragraph,
];

function terminates(rules: BlockRule[], state: BlockState, line: number, endLine: number): boolean {
  for (const rule of rules) if (rule(state, line, endLine, true)) return true;
  return false;
}

/** The block tokens of `src` (inline tokens keep their source in `content`, unparsed). */
export function parseBlocks(src: string, env: MarkdownEnv): Token[] {
  const tokens: Token[] = [];
  if (src === "") return tokens;
  const state = new BlockState(src, env, tokens);
  tokenize(state, state.line, state.lineMax);
  env.linesRead = state.quoteLinesRead;
  return tokens;
}

function tokenize(state: BlockState, startLine: number, endLine: number): void {
  let line = startLine;
  let hasEmptyLines = false;
  while (state.has(line, endLine)) {
    state.line = line = state.skipEmptyLines(line);
    if (!state.has(line, endLine)) break;
    if (state.sCount[line]! < state.blkIndent) break;
    if (state.level >= MAX_NESTING) {
      state.line = state.endOf(endLine);
      break;
    }
    for (const rule of RULES) if (rule(state, line, endLine, false)) break;
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
    line = state.line;
    if (state.has(line, endLine) && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
  }
}

function lineText(state: BlockState, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);
}

/** Cells of a table row: split at `|`, except an escaped `\|`. */
function splitCells(text: string): string[] {
  const result: string[] = [];
  let isEscaped = false;
  let lastPos = 0;
  let current = "";
  for (let pos = 0; pos < text.length; pos++) {
    const ch = text.charCodeAt(pos);
    if (ch === 0x7c) {
      if (!isEscaped) {
        result.push(current + text.substring(lastPos, pos));
        current = "";
        lastPos = pos + 1;
      } else {
        current += text.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 0x5c;
  }
  result.push(current + text.substring(lastPos));
  return result;
}

/** Cells markdown-it fills in for short rows, at most (a row of `|` per line cannot blow up). */
const MAX_AUTOCOMPLETED_CELLS = 0x10000;
const DELIMITER_CELL = /^:?-+:?$/;

function table(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  if (!state.has(startLine + 1, endLine)) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine]! < state.blkIndent) return false;
  if (state.sCount[nextLine]! - state.blkIndent >= 4) return false;
  let pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
  if (pos >= state.eMarks[nextLine]!) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 0x7c && firstCh !== 0x2d && firstCh !== 0x3a) return false;
  if (pos >= state.eMarks[nextLine]!) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 0x7c && secondCh !== 0x2d && secondCh !== 0x3a && !isSpace(secondCh)) return false;
  if (firstCh === 0x2d && isSpace(secondCh)) return false;
  while (pos < state.eMarks[nextLine]!) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 0x7c && ch !== 0x2d && ch !== 0x3a && !isSpace(ch)) return false;
    pos++;
  }
  let columns = lineText(state, startLine + 1).split("|");
  const aligns: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i]!.trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) continue;
      return false;
    }
    if (!DELIMITER_CELL.test(t)) return false;
    if (t.charCodeAt(t.length - 1) === 0x3a) aligns.push(t.charCodeAt(0) === 0x3a ? "center" : "right");
    else if (t.charCodeAt(0) === 0x3a) aligns.push("left");
    else aligns.push("");
  }
  let text = lineText(state, startLine).trim();
  if (!text.includes("|")) return false;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  columns = splitCells(text);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) return false;
  if (silent) return true;

  const oldParentType = state.parentType;
  state.parentType = "table";
  state.push("table_open", "table", 1);
  state.push("thead_open", "thead", 1);
  state.push("tr_open", "tr", 1);
  for (let i = 0; i < columns.length; i++) {
    const open = state.push("th_open", "th", 1);
    if (aligns[i]) open.attrs = [["style", `text-align:${aligns[i]}`]];
    const inline = state.push("inline", "", 0);
    inline.content = columns[i]!.trim();
    inline.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);

  let bodyOpen = false;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; state.has(nextLine, endLine); nextLine++) {
    if (state.sCount[nextLine]! < state.blkIndent) break;
    if (terminates(ENDS_BLOCKQUOTE, state, nextLine, endLine)) break;
    text = lineText(state, nextLine).trim();
    if (!text) break;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) break;
    columns = splitCells(text);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
    if (nextLine === startLine + 2) {
      state.push("tbody_open", "tbody", 1);
      bodyOpen = true;
    }
    state.push("tr_open", "tr", 1);
    for (let i = 0; i < columnCount; i++) {
      const open = state.push("td_open", "td", 1);
      if (aligns[i]) open.attrs = [["style", `text-align:${aligns[i]}`]];
      const inline = state.push("inline", "", 0);
      inline.content = columns[i] ? columns[i]!.trim() : "";
      inline.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (bodyOpen) state.push("tbody_close", "tbody", -1);
  state.push("table_close", "table", -1);
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}

function fence(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (pos + 3 > max) return false;
  const marker = state.src.charCodeAt(pos);
  if (marker !== 0x7e && marker !== 0x60) return false;
  let mem = pos;
  pos = state.skipChars(pos, marker);
  const len = pos - mem;
  if (len < 3) return false;
  const params = state.src.slice(pos, max);
  if (marker === 0x60 && params.includes("`")) return false;
  if (silent) return true;

  let nextLine = startLine;
  let haveEndMarker = false;
  for (;;) {
    nextLine++;
    if (!state.has(nextLine, endLine)) break;
    pos = mem = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    max = state.eMarks[nextLine]!;
    if (pos < max && state.sCount[nextLine]! < state.blkIndent) break;
    if (state.src.charCodeAt(pos) !== marker) continue;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) continue;
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) continue;
    pos = state.skipSpaces(pos);
    if (pos < max) continue;
    haveEndMarker = true;
    break;
  }
  const indent = state.sCount[startLine]!;
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  state.env.fencedLines?.push(startLine, state.line);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, indent, true);
  return true;
}

/**
 * A quote open while its content is read. markdown-it's quote reads every line it may hold before its content (each
 * `>` line with its marker taken off, each lazy continuation line marked as one, up to the line that ends it), and its
 * content may end at the first lazy line: quotes that each end so, each over the rest of the text (a fence in a list
 * in a quote, then a plain line, repeated), read the text once each, quadratic. Here a quote reads a line only when a
 * rule of its content comes to it (`BlockState.has`), each line once, in the same way and with the same context
 * (its indent, its list indent, a parent of "blockquote") as markdown-it's; what it has read it puts back when it
 * closes. So it reads only its content's lines and the one after, and the blocks are markdown-it's.
 */
interface QuoteScan {
  /** The quote around this one, if any. */
  readonly outer: QuoteScan | undefined;
  /** The bound the quote was given. */
  readonly endLine: number;
  /** The indent and list indent of the quote's parent, under which markdown-it reads its lines. */
  readonly blkIndent: number;
  readonly listIndent: number;
  /** The next line to read. */
  next: number;
  /** The line the quote ends at (its content's `endLine`): unknown until read to. */
  end: number;
  /** The line that ended the quote as a block would (its content's `lineMax`), if one did. */
  lineMax: number;
  lastLineEmpty: boolean;
  /** The marks of each line read, as they were: bMarks, tShift, sCount, bsCount of its first line, then the next, …. */
  readonly saved: number[];
}

/**
 * The quote and those around it read their lines up to `line`, outermost first (a quote ends where the one around it
 * does); the quote's end, or the text's without one.
 */
function readQuotesTo(state: BlockState, quote: QuoteScan | undefined, line: number): number {
  if (quote === undefined) return state.lineMax;
  const outerEnd = readQuotesTo(state, quote.outer, line);
  while (quote.next <= line && quote.next < quote.end) readQuoteLine(state, quote, outerEnd);
  return quote.end;
}

/** Reads the quote's next line (markdown-it's loop over a quote's lines, one turn); the quote ends by `outerEnd`. */
function readQuoteLine(state: BlockState, quote: QuoteScan, outerEnd: number): void {
  const line = quote.next;
  if (line >= quote.endLine || line >= outerEnd) {
    quote.end = line;
    return;
  }
  state.quoteLinesRead++;
  // Saved whether or not the line is changed: putting back what was not changed changes nothing.
  quote.saved.push(state.bMarks[line]!, state.tShift[line]!, state.sCount[line]!, state.bsCount[line]!);
  let pos = state.bMarks[line]! + state.tShift[line]!;
  const max = state.eMarks[line]!;
  const isOutdented = state.sCount[line]! < quote.blkIndent;
  if (pos >= max) {
    quote.end = line;
    return;
  }
  if (state.src.charCodeAt(pos++) === 0x3e && !isOutdented) {
    let initial = state.sCount[line]! + 1;
    let spaceAfterMarker: boolean;
    let adjustTab = false;
    if (state.src.charCodeAt(pos) === 0x20) {
      pos++;
      initial++;
      spaceAfterMarker = true;
    } else if (state.src.charCodeAt(pos) === 0x09) {
      spaceAfterMarker = true;
      if ((state.bsCount[line]! + initial) % 4 === 3) {
        pos++;
        initial++;
      } else {
        adjustTab = true;
      }
    } else {
      spaceAfterMarker = false;
    }
    let offset = initial;
    state.bMarks[line] = pos;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (!isSpace(ch)) break;
      offset += ch === 0x09 ? 4 - ((offset + state.bsCount[line]! + (adjustTab ? 1 : 0)) % 4) : 1;
      pos++;
    }
    quote.lastLineEmpty = pos >= max;
    state.bsCount[line] = state.sCount[line]! + 1 + (spaceAfterMarker ? 1 : 0);
    state.sCount[line] = offset - initial;
    state.tShift[line] = pos - state.bMarks[line]!;
    quote.next++;
    return;
  }
  if (quote.lastLineEmpty) {
    quote.end = line;
    return;
  }
  // The rules that end a quote look at the line as markdown-it's quote does, before its content is read.
  const { blkIndent, listIndent, parentType } = state;
  state.blkIndent = quote.blkIndent;
  state.listIndent = quote.listIndent;
  state.parentType = "blockquote";
  const ends = terminates(ENDS_BLOCKQUOTE, state, line, quote.endLine);
  state.blkIndent = blkIndent;
  state.listIndent = listIndent;
  state.parentType = parentType;
  if (ends) {
    quote.end = quote.lineMax = line;
    state.sCount[line] = state.sCount[line]! - quote.blkIndent;
    return;
  }
  // A lazy continuation line: never the start of a block inside the quote.
  state.sCount[line] = -1;
  quote.next++;
}

function blockquote(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  const pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 0x3e) return false;
  if (silent) return true;

  const quote: QuoteScan = {
    outer: state.quote,
    endLine,
    blkIndent: state.blkIndent,
    listIndent: state.listIndent,
    next: startLine,
    end: Infinity,
    lineMax: Infinity,
    lastLineEmpty: false,
    saved: [],
  };
  state.quote = quote;
  readQuotesTo(state, quote, startLine);
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  state.push("blockquote_open", "blockquote", 1);
  tokenize(state, startLine, endLine);
  state.push("blockquote_close", "blockquote", -1);
  state.quote = quote.outer;
  state.parentType = oldParentType;
  const { saved } = quote;
  for (let i = 0, line = startLine; i < saved.length; i += 4, line++) {
    state.bMarks[line] = saved[i]!;
    state.tShift[line] = saved[i + 1]!;
    state.sCount[line] = saved[i + 2]!;
    state.bsCount[line] = saved[i + 3]!;
  }
  state.blkIndent = oldIndent;
  return true;
}

function hr(state: BlockState, startLine: number, _endLine: number, silent: boolean): boolean {
  const max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 0x2a && marker !== 0x2d && marker !== 0x5f) return false;
  let count = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) return false;
    if (ch === marker) count++;
  }
  if (count < 3) return false;
  if (silent) return true;
  state.line = startLine + 1;
  state.push("hr", "hr", 0);
  return true;
}

function skipBulletListMarker(state: BlockState, startLine: number): number {
  const max = state.eMarks[startLine]!;
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 0x2a && marker !== 0x2d && marker !== 0x2b) return -1;
  if (pos < max && !isSpace(state.src.charCodeAt(pos))) return -1;
  return pos;
}

function skipOrderedListMarker(state: BlockState, startLine: number): number {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = state.src.charCodeAt(pos++);
  if (ch < 0x30 || ch > 0x39) return -1;
  for (;;) {
    if (pos >= max) return -1;
    ch = state.src.charCodeAt(pos++);
    if (ch >= 0x30 && ch <= 0x39) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 0x29 || ch === 0x2e) break;
    return -1;
  }
  if (pos < max && !isSpace(state.src.charCodeAt(pos))) return -1;
  return pos;
}

function markTightParagraphs(state: BlockState, index: number): void {
  const level = state.level + 2;
  for (let i = index + 2, l = state.tokens.length - 2; i < l; i++) {
    if (state.tokens[i]!.level === level && state.tokens[i]!.type === "paragraph_open") {
      state.tokens[i + 2]!.hidden = true;
      state.tokens[i]!.hidden = true;
      i += 2;
    }
  }
}

function list(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine]! - state.blkIndent >= 4) return false;
  if (
    state.listIndent >= 0 &&
    state.sCount[nextLine]! - state.listIndent >= 4 &&
    state.sCount[nextLine]! < state.blkIndent
  ) {
    return false;
  }
  const isTerminatingParagraph =
    silent && state.parentType === "paragraph" && state.sCount[nextLine]! >= state.blkIndent;
  let isOrdered: boolean;
  let markerValue = 0;
  let posAfterMarker = skipOrderedListMarker(state, nextLine);
  if (posAfterMarker >= 0) {
    isOrdered = true;
    markerValue = Number(
      state.src.slice(state.bMarks[nextLine]! + state.tShift[nextLine]!, posAfterMarker - 1),
    );
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else {
    posAfterMarker = skipBulletListMarker(state, nextLine);
    if (posAfterMarker < 0) return false;
    isOrdered = false;
  }
  if (isTerminatingParagraph && state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]!) return false;
  if (silent) return true;

  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokenIndex = state.tokens.length;
  if (isOrdered) {
    const open = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) open.attrs = [["start", markerValue]];
  } else {
    state.push("bullet_list_open", "ul", 1);
  }
  let prevEmptyEnd = false;
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (state.has(nextLine, endLine)) {
    let pos = posAfterMarker;
    const max = state.eMarks[nextLine]!;
    const initial =
      state.sCount[nextLine]! + posAfterMarker - (state.bMarks[nextLine]! + state.tShift[nextLine]!);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 0x09) offset += 4 - ((offset + state.bsCount[nextLine]!) % 4);
      else if (ch === 0x20) offset++;
      else break;
      pos++;
    }
    const contentStart = pos;
    let indentAfterMarker = contentStart >= max ? 1 : offset - initial;
    if (indentAfterMarker > 4) indentAfterMarker = 1;
    const indent = initial + indentAfterMarker;
    state.push("list_item_open", "li", 1);
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine]!;
    const oldSCount = state.sCount[nextLine]!;
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine]!;
    state.sCount[nextLine] = offset;
    readQuotesTo(state, state.quote, nextLine + 1);
    if (contentStart >= max && state.isEmpty(nextLine + 1)) {
      state.line = state.has(state.line + 1, endLine) ? state.line + 2 : state.endOf(endLine);
    } else {
      tokenize(state, nextLine, endLine);
    }
    if (!state.tight || prevEmptyEnd) tight = false;
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    state.push("list_item_close", "li", -1);
    nextLine = state.line;
    if (!state.has(nextLine, endLine)) break;
    if (state.sCount[nextLine]! < state.blkIndent) break;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) break;
    if (terminates(ENDS_LIST, state, nextLine, endLine)) break;
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
  }
  state.push(isOrdered ? "ordered_list_close" : "bullet_list_close", isOrdered ? "ol" : "ul", -1);
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) markTightParagraphs(state, listTokenIndex);
  return true;
}

function reference(state: BlockState, startLine: number, _endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  let nextLine = startLine + 1;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 0x5b) return false;

  const getNextLine = (line: number): string | null => {
    const endLine = state.lineLimit(line);
    if (line >= endLine || state.isEmpty(line)) return null;
    const isContinuation = state.sCount[line]! - state.blkIndent > 3 || state.sCount[line]! < 0;
    if (!isContinuation) {
      const oldParentType = state.parentType;
      state.parentType = "reference";
      const terminate = terminates(ENDS_PARAGRAPH, state, line, endLine);
      state.parentType = oldParentType;
      if (terminate) return null;
    }
    return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]! + 1);
  };
  const takeNextLine = (): void => {
    const lineContent = getNextLine(nextLine);
    if (lineContent !== null) {
      str += lineContent;
      max = str.length;
      nextLine++;
    }
  };

  let str = state.src.slice(pos, max + 1);
  max = str.length;
  let labelEnd = -1;
  for (pos = 1; pos < max; pos++) {
    const ch = str.charCodeAt(pos);
    if (ch === 0x5b) return false;
    if (ch === 0x5d) {
      labelEnd = pos;
      break;
    }
    if (ch === 0x0a) {
      takeNextLine();
    } else if (ch === 0x5c) {
      pos++;
      if (pos < max && str.charCodeAt(pos) === 0x0a) takeNextLine();
    }
  }
  if (labelEnd < 0 || str.charCodeAt(labelEnd + 1) !== 0x3a) return false;
  for (pos = labelEnd + 2; pos < max; pos++) {
    const ch = str.charCodeAt(pos);
    if (ch === 0x0a) takeNextLine();
    else if (!isSpace(ch)) break;
  }
  const destination = parseLinkDestination(str, pos, max);
  if (!destination.ok) return false;
  const href = normalizeLink(destination.str);
  if (!validateLink(href)) return false;
  pos = destination.pos;
  const destEndPos = pos;
  const destEndLineNo = nextLine;
  const start = pos;
  for (; pos < max; pos++) {
    const ch = str.charCodeAt(pos);
    if (ch === 0x0a) takeNextLine();
    else if (!isSpace(ch)) break;
  }
  let titleResult = parseLinkTitle(str, pos, max);
  while (titleResult.canContinue) {
    const lineContent = getNextLine(nextLine);
    if (lineContent === null) break;
    str += lineContent;
    pos = max;
    max = str.length;
    nextLine++;
    titleResult = parseLinkTitle(str, pos, max, titleResult);
  }
  let title: string;
  if (pos < max && start !== pos && titleResult.ok) {
    title = titleResult.str;
    pos = titleResult.pos;
  } else {
    title = "";
    pos = destEndPos;
    nextLine = destEndLineNo;
  }
  while (pos < max && isSpace(str.charCodeAt(pos))) pos++;
  if (pos < max && str.charCodeAt(pos) !== 0x0a && title) {
    // Garbage after the title: the definition ends at the destination.
    title = "";
    pos = destEndPos;
    nextLine = destEndLineNo;
    while (pos < max && isSpace(str.charCodeAt(pos))) pos++;
  }
  if (pos < max && str.charCodeAt(pos) !== 0x0a) return false;
  const label = normalizeReference(str.slice(1, labelEnd));
  if (!label) return false;
  if (silent) return true;
  state.env.references ??= {};
  state.env.references[label] ??= { title, href };
  state.line = nextLine;
  return true;
}

/**
 * The seven kinds of HTML block: how each starts, how it ends, and whether it may end a paragraph. Made at the first
 * line that opens with `<`, not when the module loads: the sixth kind's names are data a Worker reads from its static
 * assets after its modules load (`@caixun/core/html/names`).
 */
let htmlSequences: [RegExp, RegExp, boolean][] | undefined;

function htmlSequencesOnce(): [RegExp, RegExp, boolean][] {
  htmlSequences ??= [
    [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i, true],
    [/^<!--/, /-->/, true],
    [/^<\?/, /\?>/, true],
    [/^<![A-Z]/, />/, true],
    [/^<!\[CDATA\[/, /\]\]>/, true],
    [new RegExp(`^</?(${BLOCK_NAMES.join("|")})(?=(\\s|/?>|$))`, "i"), /^$/, true],
    [HTML_OPEN_CLOSE_TAG, /^$/, false],
  ];
  return htmlSequences;
}

function htmlBlock(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 0x3c) return false;
  let text = state.src.slice(pos, max);
  if (state.env.kramdown !== undefined) {
    const read = kramdownHtmlBlock(state, startLine, endLine, silent, pos, text);
    if (read !== null) return read;
  }
  const sequence = htmlSequencesOnce().find(([opens]) => opens.test(text));
  if (sequence === undefined) return false;
  if (silent) return sequence[2];
  let nextLine = startLine + 1;
  if (!sequence[1].test(text)) {
    for (; state.has(nextLine, endLine); nextLine++) {
      if (state.sCount[nextLine]! < state.blkIndent) break;
      pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
      max = state.eMarks[nextLine]!;
      text = state.src.slice(pos, max);
      if (sequence[1].test(text)) {
        if (text.length !== 0) nextLine++;
        break;
      }
    }
  }
  state.line = nextLine;
  const token = state.push("html_block", "", 0);
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}

/**
 * An HTML line as kramdown reads it (`kramdown.ts`), or null where its reading is CommonMark's (a comment, an
 * element never closed, an end tag's line when no paragraph is open): a span element's tag opens a paragraph; any
 * other element's tag ends a paragraph, and its element, to the line of its end tag, is one HTML block, or its tags'
 * lines HTML and the lines between them Markdown with `markdown="1"`.
 */
function kramdownHtmlBlock(
  state: BlockState,
  startLine: number,
  endLine: number,
  silent: boolean,
  pos: number,
  text: string,
): boolean | null {
  const tag = kramdownLineTag(text);
  if (tag === null) return null;
  if (tag === "span") return false;
  if (silent) return true;
  const kramdown = state.env.kramdown!;
  kramdown.elements ??= kramdownElements(state.src);
  const end = kramdown.elements.ends.get(pos);
  if (end === undefined || end > endLine || !state.has(end - 1, endLine)) return null;
  if (
    kramdown.elements.markdown.has(pos) &&
    kramdown.depth < MAX_NESTING &&
    isMarkdownElementShape(text, lineText(state, end - 1), end - startLine)
  ) {
    state.push("html_block", "", 0).content = state.getLines(startLine, startLine + 1, state.blkIndent, true);
    kramdown.depth++;
    tokenize(state, startLine + 1, end - 1);
    kramdown.depth--;
    state.push("html_block", "", 0).content = state.getLines(end - 1, end, state.blkIndent, true);
  } else {
    state.push("html_block", "", 0).content = state.getLines(startLine, end, state.blkIndent, true);
  }
  state.line = end;
  return true;
}

function heading(state: BlockState, startLine: number, _endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch !== 0x23 || pos >= max) return false;
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 0x23 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || (pos < max && !isSpace(ch))) return false;
  if (silent) return true;
  max = state.skipSpacesBack(max, pos);
  const closing = state.skipCharsBack(max, 0x23, pos);
  if (closing > pos && isSpace(state.src.charCodeAt(closing - 1))) max = closing;
  state.line = startLine + 1;
  pushInlineBlock(state, `h${level}`, "heading", state.src.slice(pos, max).trim());
  return true;
}

function pushInlineBlock(state: BlockState, tag: string, kind: string, content: string): void {
  state.push(`${kind}_open`, tag, 1);
  const inline = state.push("inline", "", 0);
  inline.content = content;
  inline.children = [];
  state.push(`${kind}_close`, tag, -1);
}

function lheading(state: BlockState, startLine: number, endLine: number): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let nextLine = startLine + 1;
  for (; state.has(nextLine, endLine) && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! - state.blkIndent > 3) continue;
    if (state.sCount[nextLine]! >= state.blkIndent) {
      let pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
      const max = state.eMarks[nextLine]!;
      if (pos < max) {
        const marker = state.src.charCodeAt(pos);
        if (marker === 0x2d || marker === 0x3d) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 0x3d ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine]! < 0) continue;
    if (terminates(ENDS_PARAGRAPH, state, nextLine, endLine)) break;
  }
  // As markdown-it, the parent type stays "paragraph" when this is no heading (the paragraph rule
  // that runs next sets it again).
  if (!level) return false;
  const content = state.getLines(startLine, nextLine, state.blkIndent, false).trim();
  state.line = nextLine + 1;
  pushInlineBlock(state, `h${level}`, "heading", content);
  state.parentType = oldParentType;
  return true;
}

function paragraph(state: BlockState, startLine: number, endLine: number): boolean {
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; state.has(nextLine, endLine) && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! - state.blkIndent > 3) continue;
    if (state.sCount[nextLine]! < 0) continue;
    if (terminates(ENDS_PARAGRAPH, state, nextLine, endLine)) break;
  }
  const content = state.getLines(startLine, nextLine, state.blkIndent, false).trim();
  state.line = nextLine;
  pushInlineBlock(state, "p", "paragraph", content);
  state.parentType = oldParentType;
  return true;
}
