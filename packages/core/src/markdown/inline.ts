/**
 * Inline Markdown: markdown-it 14's inline rules, ported (MIT, © Vitaly Puzrin, Alex Kocharin) with
 * core's choices — raw HTML on, no linkify, no typographer: text, line breaks, backslash escapes,
 * code spans, strikethrough and emphasis (CommonMark's delimiter algorithm, linear), links and
 * images (inline and by reference), autolinks, raw HTML and entities, in markdown-it's order.
 */

import { keepShape } from "../pipeline/kept-shapes.js";
import {
  decodeEntity,
  HTML_TAG,
  isMdAsciiPunct,
  isPunctChar,
  isSpace,
  isValidEntityCode,
  isWhiteSpace,
  normalizeReference,
} from "./chars.js";
import { parseLinkDestination, parseLinkTitle } from "./link-parts.js";
import { normalizeLink, normalizeLinkText, validateLink } from "./links.js";
import { joinAdjacentText, MAX_NESTING, type MarkdownEnv, newToken, type Token } from "./token.js";

interface Delimiter {
  marker: number;
  length: number;
  token: number;
  end: number;
  open: boolean;
  close: boolean;
}

class InlineState {
  /** The delimiter lists of the nested openings (links), for the post-processing rules. */
  readonly meta: (Delimiter[] | null)[] = [];
  pos = 0;
  posMax: number;
  level = 0;
  pending = "";
  readonly cache = new Map<number, number>();
  delimiters: Delimiter[] = [];
  private readonly previousDelimiters: Delimiter[][] = [];
  /** Where the last run of each length of backticks starts, once the text was scanned for them. */
  readonly backticks = new Map<number, number>();
  backticksScanned = false;

  constructor(
    readonly src: string,
    readonly env: MarkdownEnv,
    readonly tokens: Token[],
  ) {
    this.posMax = src.length;
    keepShape(this);
  }

  pushPending(): Token {
    const token = newToken("text", "", 0);
    token.content = this.pending;
    this.tokens.push(token);
    this.pending = "";
    return token;
  }

  push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    if (this.pending) this.pushPending();
    const token = newToken(type, tag, nesting);
    let meta: Delimiter[] | null = null;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this.previousDelimiters.pop()!;
    }
    if (nesting > 0) {
      this.level++;
      this.previousDelimiters.push(this.delimiters);
      this.delimiters = [];
      meta = this.delimiters;
    }
    this.tokens.push(token);
    this.meta.push(meta);
    return token;
  }

  /** Whether the run of delimiters at `start` may open or close emphasis, and its length. */
  scanDelims(start: number, canSplitWord: boolean): { canOpen: boolean; canClose: boolean; length: number } {
    const max = this.posMax;
    const marker = this.src.charCodeAt(start);
    const lastChar = start > 0 ? this.src.charCodeAt(start - 1) : 0x20;
    let pos = start;
    while (pos < max && this.src.charCodeAt(pos) === marker) pos++;
    const nextChar = pos < max ? this.src.charCodeAt(pos) : 0x20;
    const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctChar(lastChar);
    const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctChar(nextChar);
    const isLastWhiteSpace = isWhiteSpace(lastChar);
    const isNextWhiteSpace = isWhiteSpace(nextChar);
    const leftFlanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
    const rightFlanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
    return {
      canOpen: leftFlanking && (canSplitWord || !rightFlanking || isLastPunctChar),
      canClose: rightFlanking && (canSplitWord || !leftFlanking || isNextPunctChar),
      length: pos - start,
    };
  }
}

type InlineRule = (state: InlineState, silent: boolean) => boolean;

const RULES: InlineRule[] = [
  text,
  newline,
  backslashEscape,
  backticks,
  strikethroughTokenize,
  emphasisTokenize,
  link,
  image,
  autolink,
  htmlInline,
  entity,
];

/** The inline tokens of `src`, appended to `tokens`. */
export function parseInline(src: string, env: MarkdownEnv, tokens: Token[]): void {
  const state = new InlineState(src, env, tokens);
  tokenize(state);
  balancePairs(state);
  postProcessStrikethrough(state);
  postProcessEmphasis(state);
  // Delimiters that paired with nothing are text again: adjacent text tokens become one.
  joinAdjacentText(tokens);
}

function tokenize(state: InlineState): void {
  const end = state.posMax;
  while (state.pos < end) {
    let ok = false;
    if (state.level < MAX_NESTING) {
      for (const rule of RULES) {
        ok = rule(state, false);
        if (ok) break;
      }
    }
    if (ok) {
      if (state.pos >= end) break;
      continue;
    }
    state.pending += state.src[state.pos++];
  }
  if (state.pending) state.pushPending();
}

/** Moves past the token at the position without writing it (link labels are read this way). */
function skipToken(state: InlineState): void {
  const pos = state.pos;
  const cached = state.cache.get(pos);
  if (cached !== undefined) {
    state.pos = cached;
    return;
  }
  let ok = false;
  if (state.level < MAX_NESTING) {
    for (const rule of RULES) {
      state.level++;
      ok = rule(state, true);
      state.level--;
      if (ok) break;
    }
  } else {
    state.pos = state.posMax;
  }
  if (!ok) state.pos++;
  state.cache.set(pos, state.pos);
}

/** Characters that may start an inline construct: text runs up to the next of them. */
function isTerminatorChar(ch: number): boolean {
  switch (ch) {
    case 0x0a:
    case 0x21:
    case 0x23:
    case 0x24:
    case 0x25:
    case 0x26:
    case 0x2a:
    case 0x2b:
    case 0x2d:
    case 0x3a:
    case 0x3c:
    case 0x3d:
    case 0x3e:
    case 0x40:
    case 0x5b:
    case 0x5c:
    case 0x5d:
    case 0x5e:
    case 0x5f:
    case 0x60:
    case 0x7b:
    case 0x7d:
    case 0x7e:
      return true;
    default:
      return false;
  }
}

function text(state: InlineState, silent: boolean): boolean {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}

function newline(state: InlineState, silent: boolean): boolean {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x0a) return false;
  const last = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (last >= 0 && state.pending.charCodeAt(last) === 0x20) {
      if (last >= 1 && state.pending.charCodeAt(last - 1) === 0x20) {
        let ws = last - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 0x20) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else {
      state.push("softbreak", "br", 0);
    }
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) pos++;
  state.pos = pos;
  return true;
}

function backslashEscape(state: InlineState, silent: boolean): boolean {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 0x5c) return false;
  pos++;
  if (pos >= max) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch === 0x0a) {
    if (!silent) state.push("hardbreak", "br", 0);
    pos++;
    while (pos < max) {
      ch = state.src.charCodeAt(pos);
      if (!isSpace(ch)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  let escaped = state.src[pos]!;
  if (ch >= 0xd800 && ch <= 0xdbff && pos + 1 < max) {
    const low = state.src.charCodeAt(pos + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      escaped += state.src[pos + 1];
      pos++;
    }
  }
  if (!silent) {
    const token = state.push("text_special", "", 0);
    token.content = ch < 256 && isMdAsciiPunct(ch) ? escaped : `\\${escaped}`;
    token.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}

function backticks(state: InlineState, silent: boolean): boolean {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x60) return false;
  const start = pos;
  pos++;
  const max = state.posMax;
  while (pos < max && state.src.charCodeAt(pos) === 0x60) pos++;
  const marker = state.src.slice(start, pos);
  const openerLength = marker.length;
  if (state.backticksScanned && (state.backticks.get(openerLength) ?? 0) <= start) {
    if (!silent) state.pending += marker;
    state.pos += openerLength;
    return true;
  }
  let matchEnd = pos;
  let matchStart = state.src.indexOf("`", matchEnd);
  while (matchStart !== -1) {
    matchEnd = matchStart + 1;
    while (matchEnd < max && state.src.charCodeAt(matchEnd) === 0x60) matchEnd++;
    const closerLength = matchEnd - matchStart;
    if (closerLength === openerLength) {
      if (!silent) {
        const token = state.push("code_inline", "code", 0);
        token.content = state.src
          .slice(pos, matchStart)
          .replace(/\n/g, " ")
          .replace(/^ (.+) $/, "$1");
      }
      state.pos = matchEnd;
      return true;
    }
    state.backticks.set(closerLength, matchStart);
    matchStart = state.src.indexOf("`", matchEnd);
  }
  state.backticksScanned = true;
  if (!silent) state.pending += marker;
  state.pos += openerLength;
  return true;
}

function strikethroughTokenize(state: InlineState, silent: boolean): boolean {
  const marker = state.src.charCodeAt(state.pos);
  if (silent || marker !== 0x7e) return false;
  const scanned = state.scanDelims(state.pos, true);
  let length = scanned.length;
  if (length < 2) return false;
  if (length % 2) {
    state.push("text", "", 0).content = "~";
    length--;
  }
  for (let i = 0; i < length; i += 2) {
    state.push("text", "", 0).content = "~~";
    state.delimiters.push({
      marker,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.canOpen,
      close: scanned.canClose,
    });
  }
  state.pos += scanned.length;
  return true;
}

function emphasisTokenize(state: InlineState, silent: boolean): boolean {
  const marker = state.src.charCodeAt(state.pos);
  if (silent || (marker !== 0x5f && marker !== 0x2a)) return false;
  const scanned = state.scanDelims(state.pos, marker === 0x2a);
  for (let i = 0; i < scanned.length; i++) {
    state.push("text", "", 0).content = String.fromCharCode(marker);
    state.delimiters.push({
      marker,
      length: scanned.length,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.canOpen,
      close: scanned.canClose,
    });
  }
  state.pos += scanned.length;
  return true;
}

/** The end of the link label that opens at `start` (`[`), or -1. */
function parseLinkLabel(state: InlineState, start: number, disableNested: boolean): number {
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  let level = 1;
  let found = false;
  while (state.pos < max) {
    const marker = state.src.charCodeAt(state.pos);
    if (marker === 0x5d) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    const prevPos = state.pos;
    skipToken(state);
    if (marker === 0x5b) {
      if (prevPos === state.pos - 1) {
        level++;
      } else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  const labelEnd = found ? state.pos : -1;
  state.pos = oldPos;
  return labelEnd;
}

/** Skips spaces, tabs and line feeds from `pos`. */
function skipLinkSpace(state: InlineState, pos: number, max: number): number {
  for (; pos < max; pos++) {
    const code = state.src.charCodeAt(pos);
    if (!isSpace(code) && code !== 0x0a) break;
  }
  return pos;
}

/**
 * A reference link's or image's target: `[label]` or `[]` at `pos`, or nothing (the label ending
 * at `labelEnd` is the reference). Null when the document defines no such reference.
 */
function referenceTarget(
  state: InlineState,
  labelStart: number,
  labelEnd: number,
  pos: number,
  max: number,
): { href: string; title: string; pos: number } | null {
  if (state.env.references === undefined) return null;
  let label: string | undefined;
  if (pos < max && state.src.charCodeAt(pos) === 0x5b) {
    const start = pos + 1;
    pos = parseLinkLabel(state, pos, false);
    if (pos >= 0) label = state.src.slice(start, pos++);
    else pos = labelEnd + 1;
  } else {
    pos = labelEnd + 1;
  }
  if (!label) label = state.src.slice(labelStart, labelEnd);
  const found = state.env.references[normalizeReference(label)];
  return found === undefined ? null : { href: found.href, title: found.title, pos };
}

function link(state: InlineState, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b) return false;
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) return false;
  let href = "";
  let title = "";
  let pos = labelEnd + 1;
  let parseReference = true;
  if (pos < max && state.src.charCodeAt(pos) === 0x28) {
    parseReference = false;
    pos = skipLinkSpace(state, pos + 1, max);
    if (pos >= max) return false;
    const result = parseLinkDestination(state.src, pos, state.posMax);
    if (result.ok) {
      href = normalizeLink(result.str);
      if (validateLink(href)) pos = result.pos;
      else href = "";
      const start = pos;
      pos = skipLinkSpace(state, pos, max);
      const titleResult = parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && titleResult.ok) {
        title = titleResult.str;
        pos = skipLinkSpace(state, titleResult.pos, max);
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 0x29) parseReference = true;
    pos++;
  }
  if (parseReference) {
    const target = referenceTarget(state, labelStart, labelEnd, pos, max);
    if (target === null) {
      state.pos = oldPos;
      return false;
    }
    ({ href, title, pos } = target);
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const open = state.push("link_open", "a", 1);
    open.attrs = title
      ? [
          ["href", href],
          ["title", title],
        ]
      : [["href", href]];
    tokenize(state);
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}

function image(state: InlineState, silent: boolean): boolean {
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 0x21 || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false;
  const labelStart = state.pos + 2;
  const labelEnd = parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) return false;
  let href = "";
  let title = "";
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 0x28) {
    pos = skipLinkSpace(state, pos + 1, max);
    if (pos >= max) return false;
    const result = parseLinkDestination(state.src, pos, state.posMax);
    if (result.ok) {
      href = normalizeLink(result.str);
      if (validateLink(href)) pos = result.pos;
      else href = "";
    }
    const start = pos;
    pos = skipLinkSpace(state, pos, max);
    const titleResult = parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && titleResult.ok) {
      title = titleResult.str;
      pos = skipLinkSpace(state, titleResult.pos, max);
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 0x29) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    const target = referenceTarget(state, labelStart, labelEnd, pos, max);
    if (target === null) {
      state.pos = oldPos;
      return false;
    }
    ({ href, title, pos } = target);
  }
  if (!silent) {
    const content = state.src.slice(labelStart, labelEnd);
    const children: Token[] = [];
    parseInline(content, state.env, children);
    const token = state.push("image", "img", 0);
    token.attrs = title
      ? [
          ["src", href],
          ["alt", ""],
          ["title", title],
        ]
      : [
          ["src", href],
          ["alt", ""],
        ];
    token.children = children;
    token.content = content;
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}

const EMAIL =
  /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
const AUTOLINK = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;

function autolink(state: InlineState, silent: boolean): boolean {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x3c) return false;
  const start = state.pos;
  const max = state.posMax;
  for (;;) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 0x3c) return false;
    if (ch === 0x3e) break;
  }
  const url = state.src.slice(start + 1, pos);
  const isUrl = AUTOLINK.test(url);
  if (!isUrl && !EMAIL.test(url)) return false;
  const fullUrl = normalizeLink(isUrl ? url : `mailto:${url}`);
  if (!validateLink(fullUrl)) return false;
  if (!silent) {
    state.push("link_open", "a", 1).attrs = [["href", fullUrl]];
    state.push("text", "", 0).content = normalizeLinkText(url);
    state.push("link_close", "a", -1);
  }
  state.pos += url.length + 2;
  return true;
}

function htmlInline(state: InlineState, silent: boolean): boolean {
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x3c || pos + 2 >= max) return false;
  const ch = state.src.charCodeAt(pos + 1);
  const lower = ch | 0x20;
  if (ch !== 0x21 && ch !== 0x3f && ch !== 0x2f && (lower < 0x61 || lower > 0x7a)) return false;
  const match = state.src.slice(pos).match(HTML_TAG);
  if (!match) return false;
  if (!silent) state.push("html_inline", "", 0).content = match[0];
  state.pos += match[0].length;
  return true;
}

const DIGITAL = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
const NAMED = /^&([a-z][a-z0-9]{1,31});/i;

function entity(state: InlineState, silent: boolean): boolean {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 0x26) return false;
  if (pos + 1 >= max) return false;
  if (state.src.charCodeAt(pos + 1) === 0x23) {
    const match = state.src.slice(pos).match(DIGITAL);
    if (!match) return false;
    if (!silent) {
      const digits = match[1]!;
      const code =
        digits[0]!.toLowerCase() === "x" ? Number.parseInt(digits.slice(1), 16) : Number.parseInt(digits, 10);
      const token = state.push("text_special", "", 0);
      token.content = String.fromCodePoint(isValidEntityCode(code) ? code : 0xfffd);
      token.info = "entity";
    }
    state.pos += match[0].length;
    return true;
  }
  const match = state.src.slice(pos).match(NAMED);
  if (!match) return false;
  const decoded = decodeEntity(match[0]);
  if (decoded === match[0]) return false;
  if (!silent) {
    const token = state.push("text_special", "", 0);
    token.content = decoded;
    token.info = "entity";
  }
  state.pos += match[0].length;
  return true;
}

/** Pairs each closing delimiter with its opener (CommonMark's "process emphasis", linear with jumps). */
function processDelimiters(delimiters: Delimiter[]): void {
  const openersBottom = new Map<number, number[]>();
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps: number[] = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx]!;
    jumps.push(0);
    if (delimiters[headerIdx]!.marker !== closer.marker || lastTokenIdx !== closer.token - 1)
      headerIdx = closerIdx;
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    let bottoms = openersBottom.get(closer.marker);
    if (bottoms === undefined) {
      bottoms = [-1, -1, -1, -1, -1, -1];
      openersBottom.set(closer.marker, bottoms);
    }
    const minOpenerIdx = bottoms[(closer.open ? 3 : 0) + (closer.length % 3)]!;
    let openerIdx = headerIdx - jumps[headerIdx]! - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx]! + 1) {
      const opener = delimiters[openerIdx]!;
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        const isOddMatch =
          (opener.close || closer.open) &&
          (opener.length + closer.length) % 3 === 0 &&
          (opener.length % 3 !== 0 || closer.length % 3 !== 0);
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1]!.open ? jumps[openerIdx - 1]! + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) bottoms[(closer.open ? 3 : 0) + ((closer.length || 0) % 3)] = newMinOpenerIdx;
  }
}

/** Runs `process` over the top level's delimiters and every nested opening's. */
function forEachDelimiterList(state: InlineState, process: (delimiters: Delimiter[]) => void): void {
  process(state.delimiters);
  for (const delimiters of state.meta) if (delimiters) process(delimiters);
}

function balancePairs(state: InlineState): void {
  forEachDelimiterList(state, processDelimiters);
}

function postProcessStrikethrough(state: InlineState): void {
  forEachDelimiterList(state, (delimiters) => {
    const loneMarkers: number[] = [];
    for (const startDelim of delimiters) {
      if (startDelim.marker !== 0x7e || startDelim.end === -1) continue;
      const endDelim = delimiters[startDelim.end]!;
      setTag(state.tokens[startDelim.token]!, "s_open", "s", 1);
      setTag(state.tokens[endDelim.token]!, "s_close", "s", -1);
      const before = state.tokens[endDelim.token - 1]!;
      if (before.type === "text" && before.content === "~") loneMarkers.push(endDelim.token - 1);
    }
    // A lone `~` before a closing marker moves after the run of closings it stands in.
    while (loneMarkers.length) {
      const i = loneMarkers.pop()!;
      let j = i + 1;
      while (j < state.tokens.length && state.tokens[j]!.type === "s_close") j++;
      j--;
      if (i !== j) {
        const token = state.tokens[j]!;
        state.tokens[j] = state.tokens[i]!;
        state.tokens[i] = token;
      }
    }
  });
}

function postProcessEmphasis(state: InlineState): void {
  forEachDelimiterList(state, (delimiters) => {
    for (let i = delimiters.length - 1; i >= 0; i--) {
      const startDelim = delimiters[i]!;
      if ((startDelim.marker !== 0x5f && startDelim.marker !== 0x2a) || startDelim.end === -1) continue;
      const endDelim = delimiters[startDelim.end]!;
      const isStrong =
        i > 0 &&
        delimiters[i - 1]!.end === startDelim.end + 1 &&
        delimiters[i - 1]!.marker === startDelim.marker &&
        delimiters[i - 1]!.token === startDelim.token - 1 &&
        delimiters[startDelim.end + 1]!.token === endDelim.token + 1;
      const tag = isStrong ? "strong" : "em";
      setTag(state.tokens[startDelim.token]!, `${tag}_open`, tag, 1);
      setTag(state.tokens[endDelim.token]!, `${tag}_close`, tag, -1);
      if (isStrong) {
        state.tokens[delimiters[i - 1]!.token]!.content = "";
        state.tokens[delimiters[startDelim.end + 1]!.token]!.content = "";
        i--;
      }
    }
  });
}

function setTag(token: Token, type: string, tag: string, nesting: -1 | 1): void {
  token.type = type;
  token.tag = tag;
  token.nesting = nesting;
  token.content = "";
}
