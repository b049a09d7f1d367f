/**
 * The YAML reader for front matter the flat reader (`front-matter-flat.ts`) does not take: nested
 * maps and lists, flow collections, quoted and plain scalars over several lines, comments, and the
 * null, boolean, integer and float scalars of the core schema — read to the object js-yaml 4.1.1
 * gives with `{ schema: CORE_SCHEMA, json: true }`, and failing where it fails, with its reason and
 * line, because the reason and line of an invalid front matter are written into the Article's
 * `yaml-recovered` warning.
 *
 * What front matter seldom writes — tags (`!!str`), anchors (`&a`) and directives (`%YAML`) — is
 * read by the full reader's extensions (`front-matter-yaml-full.ts`,
 * `@caixun/core/yaml`), which `parse` uses when it is given them (its `yaml` option); without them
 * this reader stops where one starts and says which (`beyond`), so that a page that parses files
 * does not carry them. Up to that point both read alike: what this reader reads, or the error it
 * stops at, is what the full reader gives. (An alias with no anchor before it is js-yaml's
 * `unidentified alias` here too.)
 *
 * It is js-yaml's loader (MIT, © 2011–2015 Vitaly Puzrin) cut down to what that call does: one
 * schema, no dumper, no timestamps, binaries, sets, pairs or merge keys, no listener or warnings;
 * js-yaml stays a development dependency as the property test's oracle. Kept from it on purpose:
 * its order of checks and the positions it reports errors at. Added, where js-yaml has no bound:
 * nesting (ten thousand `[` are refused instead of running the call stack out) and the length of
 * keys written from lists of aliases (refused past the front matter's own length and 4 KB).
 *
 * js-yaml's licence, which covers the parts of this file taken from it:
 *
 * (The MIT License) Copyright (C) 2011-2015 by Vitaly Puzrin
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
 * associated documentation files (the "Software"), to deal in the Software without restriction,
 * including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all copies or
 * substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
 * NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 * NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
 * OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 * CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

import { STAGES_FRONT_MATTER_YAML_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

export type YamlResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; reason: string; line?: number }
  /** Read without extensions, the front matter writes what only they read (`construct`, at `line`). */
  | { ok: false; beyond: string; line: number };

/**
 * What the full reader adds (`FULL_YAML` in `front-matter-yaml-full.ts`), each called where that
 * construct starts: a tag or anchor property (`!`, `&`), a directive (`%`), and the resolution of
 * a node a tag was given.
 */
export interface YamlExtensions {
  readProperty(state: State): boolean;
  readDirective(state: State): void;
  resolveExplicit(state: State): void;
}

/** Reads `source` as front matter: a mapping, or nothing (an empty object). */
export function readYaml(source: string, extensions?: YamlExtensions): YamlResult {
  let documents: unknown[];
  try {
    documents = loadDocuments(source, extensions);
  } catch (error) {
    if (error instanceof YamlBeyond) return { ok: false, beyond: error.construct, line: error.line };
    if (error instanceof YamlError) return { ok: false, reason: error.reason, line: error.line };
    // Nothing else is thrown by design; should the runtime throw (out of memory for a string), the
    // front matter is still only recovered line by line, never a failed parse.
    return { ok: false, reason: String(error) };
  }
  if (documents.length > 1) {
    return { ok: false, reason: "expected a single document in the stream, but found more" };
  }
  const data = documents[0];
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== "object" || Array.isArray(data)) return { ok: false, reason: "not a mapping" };
  return { ok: true, data: data as Record<string, unknown> };
}

/** Deeper than any front matter nests, and far inside what the call stack holds. */
const MAX_NESTING = 1000;
/** Characters of list keys allowed beyond the front matter's own length. */
const LIST_KEY_ALLOWANCE = 4096;

class YamlError extends Error {
  constructor(
    readonly reason: string,
    /** 0-based line of the YAML where the reader stopped; absent for a whole-stream error. */
    readonly line?: number,
  ) {
    super(reason);
  }
}

/** Where a construct only the extensions read starts, read without them. */
class YamlBeyond extends Error {
  constructor(
    readonly construct: string,
    readonly line: number,
  ) {
    super(construct);
  }
}

/** The extensions, to read `construct` (`a tag`) that starts here; without them the reading stops. */
function extended(state: State, construct: string): YamlExtensions {
  if (state.extensions === undefined) throw new YamlBeyond(construct, state.line);
  return state.extensions;
}

const FLOW_IN = 1;
const FLOW_OUT = 2;
const BLOCK_IN = 3;
const BLOCK_OUT = 4;

/**
 * The patterns below are compiled from their literals (`STAGES_FRONT_MATTER_YAML_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let stagesFrontMatterYamlPatternsCompiled = false;
// One character class (a lone surrogate is tested with one look-around): linear.
let NON_PRINTABLE: RegExp;
export const CORE_TAG = "tag:yaml.org,2002:";

export interface State {
  /** What reads the constructs front matter seldom writes; absent: reading stops at them. */
  extensions: YamlExtensions | undefined;
  input: string;
  length: number;
  position: number;
  line: number;
  lineStart: number;
  lineIndent: number;
  /** Position of the first tab in the current line's indentation, -1 when there is none. */
  firstTabInLine: number;
  /** Nodes open around the one being read. */
  depth: number;
  /** A `%YAML` directive was read for this document. */
  versionSeen: boolean;
  /** Characters that keys written from lists may still take: the input's length and 4,096. */
  listKeyBudget: number;
  documents: unknown[];
  tagMap: Record<string, string>;
  anchorMap: Record<string, unknown>;
  tag: string | null;
  anchor: string | null;
  kind: "scalar" | "sequence" | "mapping" | null;
  result: unknown;
  /** `result` as a string while a scalar is being read. */
  text: string;
}

export const isEol = (c: number): boolean => c === 0x0a || c === 0x0d;
export const isWhiteSpace = (c: number): boolean => c === 0x09 || c === 0x20;
export const isWsOrEol = (c: number): boolean => c === 0x09 || c === 0x20 || c === 0x0a || c === 0x0d;
const isFlowIndicator = (c: number): boolean =>
  c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;

function fromHexCode(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lc = c | 0x20;
  return lc >= 0x61 && lc <= 0x66 ? lc - 0x61 + 10 : -1;
}

function escapedHexLength(c: number): number {
  return c === 0x78 ? 2 : c === 0x75 ? 4 : c === 0x55 ? 8 : 0;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\x00",
  a: "\x07",
  b: "\x08",
  t: "\x09",
  "\t": "\x09",
  n: "\x0A",
  v: "\x0B",
  f: "\x0C",
  r: "\x0D",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
};

export function fail(state: State, reason: string): never {
  throw new YamlError(reason, state.line);
}

export function code(state: State, at = state.position): number {
  return state.input.charCodeAt(at);
}

/** Sets a key without letting `__proto__` reach the prototype. */
function setProperty(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(object, key, { configurable: true, enumerable: true, writable: true, value });
  } else {
    object[key] = value;
  }
}

function captureSegment(state: State, start: number, end: number, checkJson: boolean): void {
  if (!stagesFrontMatterYamlPatternsCompiled) compileStagesFrontMatterYamlPatterns();
  if (start >= end) return;
  const segment = state.input.slice(start, end);
  if (checkJson) {
    for (let i = 0; i < segment.length; i++) {
      const c = segment.charCodeAt(i);
      if (!(c === 0x09 || c >= 0x20)) fail(state, "expected valid JSON character");
    }
  } else if (NON_PRINTABLE.test(segment)) {
    fail(state, "the stream contains non-printable characters");
  }
  state.text += segment;
}

const isPlainObject = (value: unknown): boolean =>
  Object.prototype.toString.call(value) === "[object Object]";

function storeMappingPair(
  state: State,
  result: Record<string, unknown> | null,
  keyNode: unknown,
  valueNode: unknown,
): Record<string, unknown> {
  // A key that is a list or a map is written as JavaScript would write it, as js-yaml does.
  let key = keyNode;
  if (Array.isArray(key)) {
    key = key.slice();
    const items = key as unknown[];
    let written = items.length - 1;
    for (let i = 0; i < items.length; i++) {
      if (Array.isArray(items[i])) fail(state, "nested arrays are not supported inside keys");
      if (isPlainObject(items[i])) items[i] = "[object Object]";
      written += items[i] === null || items[i] === undefined ? 0 : String(items[i]).length;
    }
    // Aliases make a list key as long as they like (a 30 KB front matter wrote a 50 MB key), and
    // each such key is a new string: the keys written from lists share one budget.
    state.listKeyBudget -= written;
    if (state.listKeyBudget < 0) fail(state, "keys written from lists are longer than the front matter");
  }
  if (typeof key === "object" && isPlainObject(key)) key = "[object Object]";
  const out = result ?? {};
  setProperty(out, String(key), valueNode);
  return out;
}

export function readLineBreak(state: State): void {
  const c = code(state);
  if (c === 0x0a) {
    state.position++;
  } else if (c === 0x0d) {
    state.position++;
    if (code(state) === 0x0a) state.position++;
  } else {
    fail(state, "a line break is expected");
  }
  state.line += 1;
  state.lineStart = state.position;
  state.firstTabInLine = -1;
}

function skipSeparationSpace(state: State, allowComments: boolean): number {
  let lineBreaks = 0;
  let c = code(state);
  while (c !== 0) {
    while (isWhiteSpace(c)) {
      if (c === 0x09 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      c = code(state, ++state.position);
    }
    if (allowComments && c === 0x23) {
      do {
        c = code(state, ++state.position);
      } while (c !== 0x0a && c !== 0x0d && c !== 0);
    }
    if (!isEol(c)) break;
    readLineBreak(state);
    c = code(state);
    lineBreaks++;
    state.lineIndent = 0;
    while (c === 0x20) {
      state.lineIndent++;
      c = code(state, ++state.position);
    }
  }
  return lineBreaks;
}

/** `---` or `...` at the start of a line (the caller checks it is the start), then a space or the end. */
function testDocumentSeparator(state: State): boolean {
  const c = code(state);
  if (
    (c === 0x2d || c === 0x2e) &&
    c === code(state, state.position + 1) &&
    c === code(state, state.position + 2)
  ) {
    const after = code(state, state.position + 3);
    return after === 0 || isWsOrEol(after);
  }
  return false;
}

function writeFoldedLines(state: State, count: number): void {
  if (count === 1) state.text += " ";
  else if (count > 1) state.text += "\n".repeat(count - 1);
}

function readPlainScalar(state: State, nodeIndent: number, withinFlow: boolean): boolean {
  const kind = state.kind;
  const result = state.result;
  let c = code(state);
  if (
    isWsOrEol(c) ||
    isFlowIndicator(c) ||
    c === 0x23 ||
    c === 0x26 ||
    c === 0x2a ||
    c === 0x21 ||
    c === 0x7c ||
    c === 0x3e ||
    c === 0x27 ||
    c === 0x22 ||
    c === 0x25 ||
    c === 0x40 ||
    c === 0x60
  ) {
    return false;
  }
  if (c === 0x3f || c === 0x2d) {
    const following = code(state, state.position + 1);
    if (isWsOrEol(following) || (withinFlow && isFlowIndicator(following))) return false;
  }
  state.kind = "scalar";
  state.text = "";
  let captureStart = state.position;
  let captureEnd = state.position;
  let pending = false;
  let line = state.line;
  while (c !== 0) {
    if (c === 0x3a) {
      const following = code(state, state.position + 1);
      if (isWsOrEol(following) || (withinFlow && isFlowIndicator(following))) break;
    } else if (c === 0x23) {
      if (isWsOrEol(code(state, state.position - 1))) break;
    } else if (
      (state.position === state.lineStart && testDocumentSeparator(state)) ||
      (withinFlow && isFlowIndicator(c))
    ) {
      break;
    } else if (isEol(c)) {
      line = state.line;
      const lineStart = state.lineStart;
      const lineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        pending = true;
        c = code(state);
        continue;
      }
      state.position = captureEnd;
      state.line = line;
      state.lineStart = lineStart;
      state.lineIndent = lineIndent;
      break;
    }
    if (pending) {
      captureSegment(state, captureStart, captureEnd, false);
      writeFoldedLines(state, state.line - line);
      captureStart = captureEnd = state.position;
      pending = false;
    }
    if (!isWhiteSpace(c)) captureEnd = state.position + 1;
    c = code(state, ++state.position);
  }
  captureSegment(state, captureStart, captureEnd, false);
  if (state.text) {
    state.result = state.text;
    return true;
  }
  state.kind = kind;
  state.result = result;
  return false;
}

/** A `'…'` or `"…"` scalar: lines folded, `''` or backslash escapes read. */
function readQuotedScalar(state: State, quote: 0x27 | 0x22): boolean {
  if (code(state) !== quote) return false;
  const style = quote === 0x27 ? "single" : "double";
  state.kind = "scalar";
  state.text = "";
  state.position++;
  let captureStart = state.position;
  let captureEnd = state.position;
  let c = code(state);
  while (c !== 0) {
    if (c === quote) {
      captureSegment(state, captureStart, state.position, true);
      c = code(state, ++state.position);
      if (quote === 0x22 || c !== 0x27) {
        state.result = state.text;
        return true;
      }
      // `''` inside single quotes is one quote.
      captureStart = state.position;
      state.position++;
      captureEnd = state.position;
    } else if (quote === 0x22 && c === 0x5c) {
      captureSegment(state, captureStart, state.position, true);
      readEscape(state);
      captureStart = captureEnd = state.position;
    } else if (isEol(c)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      fail(state, `unexpected end of the document within a ${style} quoted scalar`);
    } else {
      state.position++;
      captureEnd = state.position;
    }
    c = code(state);
  }
  return fail(state, `unexpected end of the stream within a ${style} quoted scalar`);
}

/** The escape at the backslash under `position`, in a double-quoted scalar. */
function readEscape(state: State): void {
  const c = code(state, ++state.position);
  const simple = c < 256 ? SIMPLE_ESCAPES[String.fromCharCode(c)] : undefined;
  let hexLength = escapedHexLength(c);
  if (isEol(c)) {
    skipSeparationSpace(state, false);
  } else if (simple !== undefined) {
    state.text += simple;
    state.position++;
  } else if (hexLength > 0) {
    let value = 0;
    for (; hexLength > 0; hexLength--) {
      const digit = fromHexCode(code(state, ++state.position));
      if (digit < 0) fail(state, "expected hexadecimal character");
      value = (value << 4) + digit;
    }
    state.text += charFromCodepoint(value);
    state.position++;
  } else {
    fail(state, "unknown escape sequence");
  }
}

/** A code point as js-yaml writes it: `\U` escapes past U+10FFFF give what `fromCharCode` makes of them. */
function charFromCodepoint(c: number): string {
  if (c <= 0xffff) return String.fromCharCode(c);
  return String.fromCharCode(((c - 0x010000) >> 10) + 0xd800, ((c - 0x010000) & 0x03ff) + 0xdc00);
}

function readFlowCollection(state: State, nodeIndent: number): boolean {
  const tag = state.tag;
  const anchor = state.anchor;
  let c = code(state);
  let terminator: number;
  let isMapping: boolean;
  let result: unknown[] | Record<string, unknown>;
  if (c === 0x5b) {
    terminator = 0x5d;
    isMapping = false;
    result = [];
  } else if (c === 0x7b) {
    terminator = 0x7d;
    isMapping = true;
    result = {};
  } else {
    return false;
  }
  if (state.anchor !== null) state.anchorMap[state.anchor] = result;
  let readNext = true;
  c = code(state, ++state.position);
  while (c !== 0) {
    skipSeparationSpace(state, true);
    c = code(state);
    if (c === terminator) {
      state.position++;
      state.tag = tag;
      state.anchor = anchor;
      state.kind = isMapping ? "mapping" : "sequence";
      state.result = result;
      return true;
    }
    if (!readNext) fail(state, "missed comma between flow collection entries");
    if (c === 0x2c) fail(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (c === 0x3f && isWsOrEol(code(state, state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position++;
      skipSeparationSpace(state, true);
    }
    const line = state.line;
    composeNode(state, nodeIndent, FLOW_IN, false, true);
    const keyNode = state.result;
    let valueNode: unknown = null;
    skipSeparationSpace(state, true);
    c = code(state);
    if ((isExplicitPair || state.line === line) && c === 0x3a) {
      isPair = true;
      c = code(state, ++state.position);
      skipSeparationSpace(state, true);
      composeNode(state, nodeIndent, FLOW_IN, false, true);
      valueNode = state.result;
    }
    if (isMapping) {
      storeMappingPair(state, result as Record<string, unknown>, keyNode, valueNode);
    } else if (isPair) {
      (result as unknown[]).push(storeMappingPair(state, null, keyNode, valueNode));
    } else {
      (result as unknown[]).push(keyNode);
    }
    skipSeparationSpace(state, true);
    c = code(state);
    if (c === 0x2c) {
      readNext = true;
      c = code(state, ++state.position);
    } else {
      readNext = false;
    }
  }
  return fail(state, "unexpected end of the stream within a flow collection");
}

const CHOMPING_CLIP = 1;
const CHOMPING_STRIP = 2;
const CHOMPING_KEEP = 3;

/**
 * A literal (`|`) or folded (`>`) block scalar with its chomping and indentation indicators. Read
 * here, not by the extensions: Hugo and Jekyll posts write `description: >` (a development set's
 * file does), and a page without the full reader should read them as the apps do.
 */
function readBlockScalar(state: State, nodeIndent: number): boolean {
  let c = code(state);
  let folding: boolean;
  if (c === 0x7c) folding = false;
  else if (c === 0x3e) folding = true;
  else return false;
  let chomping = CHOMPING_CLIP;
  let didReadContent = false;
  let detectedIndent = false;
  let textIndent = nodeIndent;
  let emptyLines = 0;
  let atMoreIndented = false;
  state.kind = "scalar";
  state.text = "";
  while (c !== 0) {
    c = code(state, ++state.position);
    if (c === 0x2b || c === 0x2d) {
      if (chomping !== CHOMPING_CLIP) fail(state, "repeat of a chomping mode identifier");
      chomping = c === 0x2b ? CHOMPING_KEEP : CHOMPING_STRIP;
    } else if (c >= 0x30 && c <= 0x39) {
      const width = c - 0x30;
      if (width === 0) {
        fail(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      }
      if (detectedIndent) fail(state, "repeat of an indentation width identifier");
      textIndent = nodeIndent + width - 1;
      detectedIndent = true;
    } else {
      break;
    }
  }
  if (isWhiteSpace(c)) {
    do {
      c = code(state, ++state.position);
    } while (isWhiteSpace(c));
    if (c === 0x23) {
      do {
        c = code(state, ++state.position);
      } while (!isEol(c) && c !== 0);
    }
  }
  while (c !== 0) {
    readLineBreak(state);
    state.lineIndent = 0;
    c = code(state);
    while ((!detectedIndent || state.lineIndent < textIndent) && c === 0x20) {
      state.lineIndent++;
      c = code(state, ++state.position);
    }
    if (!detectedIndent && state.lineIndent > textIndent) textIndent = state.lineIndent;
    if (isEol(c)) {
      emptyLines++;
      continue;
    }
    if (state.lineIndent < textIndent) {
      // The end of the scalar: chomp its final line breaks.
      if (chomping === CHOMPING_KEEP) {
        state.text += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (chomping === CHOMPING_CLIP && didReadContent) {
        state.text += "\n";
      }
      break;
    }
    if (folding) {
      if (isWhiteSpace(c)) {
        // More-indented lines are not folded (except the first content line).
        atMoreIndented = true;
        state.text += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        state.text += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) state.text += " ";
      } else {
        state.text += "\n".repeat(emptyLines);
      }
    } else {
      state.text += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    }
    didReadContent = true;
    detectedIndent = true;
    emptyLines = 0;
    const captureStart = state.position;
    while (!isEol(c) && c !== 0) c = code(state, ++state.position);
    captureSegment(state, captureStart, state.position, false);
  }
  state.result = state.text;
  return true;
}

function readBlockSequence(state: State, nodeIndent: number): boolean {
  const tag = state.tag;
  const anchor = state.anchor;
  const result: unknown[] = [];
  let detected = false;
  // A tab before this token: not a block collection (it can still be a flow one or a scalar).
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) state.anchorMap[state.anchor] = result;
  let c = code(state);
  while (c !== 0) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      fail(state, "tab characters must not be used in indentation");
    }
    if (c !== 0x2d || !isWsOrEol(code(state, state.position + 1))) break;
    detected = true;
    state.position++;
    if (skipSeparationSpace(state, true) && state.lineIndent <= nodeIndent) {
      result.push(null);
      c = code(state);
      continue;
    }
    const line = state.line;
    composeNode(state, nodeIndent, BLOCK_IN, false, true);
    result.push(state.result);
    skipSeparationSpace(state, true);
    c = code(state);
    if ((state.line === line || state.lineIndent > nodeIndent) && c !== 0) {
      fail(state, "bad indentation of a sequence entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (!detected) return false;
  state.tag = tag;
  state.anchor = anchor;
  state.kind = "sequence";
  state.result = result;
  return true;
}

function readBlockMapping(state: State, nodeIndent: number, flowIndent: number): boolean {
  const tag = state.tag;
  const anchor = state.anchor;
  const result: Record<string, unknown> = {};
  let keyNode: unknown = null;
  let valueNode: unknown = null;
  let atExplicitKey = false;
  let allowCompact = false;
  let detected = false;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) state.anchorMap[state.anchor] = result;
  let c = code(state);
  while (c !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      fail(state, "tab characters must not be used in indentation");
    }
    const following = code(state, state.position + 1);
    const line = state.line;
    if ((c === 0x3f || c === 0x3a) && isWsOrEol(following)) {
      // Explicit notation: `? key` then `: value`.
      if (c === 0x3f) {
        if (atExplicitKey) {
          storeMappingPair(state, result, keyNode, null);
          keyNode = valueNode = null;
        }
        detected = true;
        atExplicitKey = true;
        allowCompact = true;
      } else if (atExplicitKey) {
        atExplicitKey = false;
        allowCompact = true;
      } else {
        fail(
          state,
          "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line",
        );
      }
      state.position += 1;
      c = following;
    } else {
      // Implicit notation: a flow-style key, `:`, the value.
      if (!composeNode(state, flowIndent, FLOW_OUT, false, true)) break;
      if (state.line === line) {
        c = code(state);
        while (isWhiteSpace(c)) c = code(state, ++state.position);
        if (c === 0x3a) {
          c = code(state, ++state.position);
          if (!isWsOrEol(c)) {
            fail(
              state,
              "a whitespace character is expected after the key-value separator within a block mapping",
            );
          }
          if (atExplicitKey) {
            storeMappingPair(state, result, keyNode, null);
            keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = false;
          allowCompact = false;
          keyNode = state.result;
        } else if (detected) {
          fail(state, "can not read an implicit mapping pair; a colon is missed");
        } else {
          // Not a mapping: the node just read is the result.
          state.tag = tag;
          state.anchor = anchor;
          return true;
        }
      } else if (detected) {
        fail(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      } else {
        state.tag = tag;
        state.anchor = anchor;
        return true;
      }
    }
    if (state.line === line || state.lineIndent > nodeIndent) {
      if (composeNode(state, nodeIndent, BLOCK_OUT, true, allowCompact)) {
        if (atExplicitKey) keyNode = state.result;
        else valueNode = state.result;
      }
      if (!atExplicitKey) {
        storeMappingPair(state, result, keyNode, valueNode);
        keyNode = valueNode = null;
      }
      skipSeparationSpace(state, true);
      c = code(state);
    }
    if ((state.line === line || state.lineIndent > nodeIndent) && c !== 0) {
      fail(state, "bad indentation of a mapping entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  // A last explicit key with no value.
  if (atExplicitKey) storeMappingPair(state, result, keyNode, null);
  if (detected) {
    state.tag = tag;
    state.anchor = anchor;
    state.kind = "mapping";
    state.result = result;
  }
  return detected;
}

function readAlias(state: State): boolean {
  if (code(state) !== 0x2a) return false;
  const alias = readNodeName(state, "alias");
  if (!Object.hasOwn(state.anchorMap, alias)) fail(state, `unidentified alias "${alias}"`);
  state.result = state.anchorMap[alias];
  skipSeparationSpace(state, true);
  return true;
}

/** The name after `&` or `*`: up to white space or a flow indicator. */
export function readNodeName(state: State, what: "anchor" | "alias"): string {
  let c = code(state, ++state.position);
  const start = state.position;
  while (c !== 0 && !isWsOrEol(c) && !isFlowIndicator(c)) c = code(state, ++state.position);
  if (state.position === start) fail(state, `name of an ${what} node must contain at least one character`);
  return state.input.slice(start, state.position);
}

/** A tag (`!`) or anchor (`&`) property, read by the extensions. */
function readProperty(state: State): boolean {
  const c = code(state);
  if (c !== 0x21 && c !== 0x26) return false;
  return extended(state, c === 0x21 ? "a tag" : "an anchor").readProperty(state);
}

/** -1, 0 or 1 as the current line's indentation is less than, equal to or more than `parentIndent`. */
function indentStatusOf(state: State, parentIndent: number): number {
  return Math.sign(state.lineIndent - parentIndent);
}

function composeNode(
  state: State,
  parentIndent: number,
  context: number,
  allowToSeek: boolean,
  allowCompact: boolean,
): boolean {
  if (++state.depth > MAX_NESTING) fail(state, `nesting deeper than ${MAX_NESTING} levels`);
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  state.tag = null;
  state.anchor = null;
  state.kind = null;
  state.result = null;
  const allowBlockStyles = context === BLOCK_OUT || context === BLOCK_IN;
  const allowBlockScalars = allowBlockStyles;
  let allowBlockCollections = allowBlockStyles;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    indentStatus = indentStatusOf(state, parentIndent);
  }
  if (indentStatus === 1) {
    while (readProperty(state)) {
      if (skipSeparationSpace(state, true)) {
        atNewLine = true;
        allowBlockCollections = allowBlockStyles;
        indentStatus = indentStatusOf(state, parentIndent);
      } else {
        allowBlockCollections = false;
      }
    }
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || context === BLOCK_OUT) {
    const flowIndent = context === FLOW_IN || context === FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (
        (allowBlockCollections &&
          (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent))) ||
        readFlowCollection(state, flowIndent)
      ) {
        hasContent = true;
      } else {
        if (
          (allowBlockScalars &&
            (code(state) === 0x7c || code(state) === 0x3e) &&
            readBlockScalar(state, flowIndent)) ||
          readQuotedScalar(state, 0x27) ||
          readQuotedScalar(state, 0x22)
        ) {
          hasContent = true;
        } else if (readAlias(state)) {
          hasContent = true;
          if (state.tag !== null || state.anchor !== null)
            fail(state, "alias node should not have any properties");
        } else if (readPlainScalar(state, flowIndent, context === FLOW_IN)) {
          hasContent = true;
          if (state.tag === null) state.tag = "?";
        }
        if (state.anchor !== null) state.anchorMap[state.anchor] = state.result;
      }
    } else if (indentStatus === 0) {
      // Block sequences may sit at their parent's indentation.
      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
    }
  }
  if (state.tag === null) {
    if (state.anchor !== null) state.anchorMap[state.anchor] = state.result;
  } else if (state.tag === "?") {
    // Only plain scalars get the non-specific tag here, and they are always resolved.
    if (state.result !== null && state.kind !== "scalar") {
      fail(state, `unacceptable node kind for !<?> tag; it should be "scalar", not "${state.kind}"`);
    }
    const resolved = resolveImplicit(state.result as string | null);
    state.result = resolved.value;
    state.tag = resolved.tag;
    if (state.anchor !== null) state.anchorMap[state.anchor] = state.result;
  } else if (state.tag !== "!") {
    // Only a tag property (read by the extensions) gives a node a tag of its own.
    extended(state, "a tag").resolveExplicit(state);
    if (state.anchor !== null) state.anchorMap[state.anchor] = state.result;
  }
  state.depth--;
  return state.tag !== null || state.anchor !== null || hasContent;
}

/** The core schema's implicit types in js-yaml's order: null, bool, int, float, else the string. */
function resolveImplicit(data: string | null): { value: unknown; tag: string } {
  if (isNull(data)) return { value: null, tag: `${CORE_TAG}null` };
  if (isBoolean(data))
    return { value: data === "true" || data === "True" || data === "TRUE", tag: `${CORE_TAG}bool` };
  if (isInteger(data)) return { value: constructInteger(data), tag: `${CORE_TAG}int` };
  if (isFloat(data)) return { value: constructFloat(data), tag: `${CORE_TAG}float` };
  return { value: data, tag: `${CORE_TAG}str` };
}

export function isNull(data: string | null): boolean {
  return data === null || data === "~" || data === "null" || data === "Null" || data === "NULL";
}

export function isBoolean(data: string | null): data is string {
  return (
    data === "true" ||
    data === "True" ||
    data === "TRUE" ||
    data === "false" ||
    data === "False" ||
    data === "FALSE"
  );
}

const isDecimalCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isOctalCode = (c: number): boolean => c >= 0x30 && c <= 0x37;
const isHexCode = (c: number): boolean => fromHexCode(c) >= 0;

export function isInteger(data: string | null): data is string {
  if (data === null || data.length === 0) return false;
  const max = data.length;
  let index = 0;
  let ch = data[index];
  if (ch === "-" || ch === "+") ch = data[++index];
  if (ch === "0") {
    if (index + 1 === max) return true;
    ch = data[++index];
    const digit =
      ch === "b"
        ? (c: number) => c === 0x30 || c === 0x31
        : ch === "x"
          ? isHexCode
          : ch === "o"
            ? isOctalCode
            : null;
    if (digit !== null) {
      let hasDigits = false;
      for (index++; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!digit(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
  }
  if (ch === "_") return false;
  let hasDigits = false;
  for (; index < max; index++) {
    ch = data[index];
    if (ch === "_") continue;
    if (!isDecimalCode(data.charCodeAt(index))) return false;
    hasDigits = true;
  }
  return hasDigits && ch !== "_";
}

export function constructInteger(data: string): number {
  let value = data.includes("_") ? data.replace(/_/g, "") : data;
  let sign = 1;
  let ch = value[0];
  if (ch === "-" || ch === "+") {
    if (ch === "-") sign = -1;
    value = value.slice(1);
    ch = value[0];
  }
  if (value === "0") return 0;
  if (ch === "0") {
    if (value[1] === "b") return sign * Number.parseInt(value.slice(2), 2);
    if (value[1] === "x") return sign * Number.parseInt(value.slice(2), 16);
    if (value[1] === "o") return sign * Number.parseInt(value.slice(2), 8);
  }
  return sign * Number.parseInt(value, 10);
}

// Alternatives that each start differently and have no nested repetition: linear.
let FLOAT: RegExp;

/** Compiles `STAGES_FRONT_MATTER_YAML_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesFrontMatterYamlPatterns(): void {
  [NON_PRINTABLE, FLOAT] = STAGES_FRONT_MATTER_YAML_PATTERNS.map(regexFromLiteral) as RegExps<2>;
  stagesFrontMatterYamlPatternsCompiled = true;
}

export function isFloat(data: string | null): data is string {
  if (!stagesFrontMatterYamlPatternsCompiled) compileStagesFrontMatterYamlPatterns();
  return data !== null && FLOAT.test(data) && data[data.length - 1] !== "_";
}

export function constructFloat(data: string): number {
  let value = data.replace(/_/g, "").toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0]!)) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return Number.NaN;
  return sign * Number.parseFloat(value);
}

function readDocument(state: State): void {
  state.versionSeen = false;
  state.tagMap = Object.create(null) as Record<string, string>;
  state.anchorMap = Object.create(null) as Record<string, unknown>;
  let hasDirectives = false;
  while (code(state) !== 0) {
    skipSeparationSpace(state, true);
    if (state.lineIndent > 0 || code(state) !== 0x25) break;
    hasDirectives = true;
    extended(state, "a directive").readDirective(state);
  }
  skipSeparationSpace(state, true);
  if (
    state.lineIndent === 0 &&
    code(state) === 0x2d &&
    code(state, state.position + 1) === 0x2d &&
    code(state, state.position + 2) === 0x2d
  ) {
    state.position += 3;
    skipSeparationSpace(state, true);
  } else if (hasDirectives) {
    fail(state, "directives end mark is expected");
  }
  composeNode(state, state.lineIndent - 1, BLOCK_OUT, false, true);
  skipSeparationSpace(state, true);
  state.documents.push(state.result);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    if (code(state) === 0x2e) {
      state.position += 3;
      skipSeparationSpace(state, true);
    }
    return;
  }
  if (state.position < state.length - 1) fail(state, "end of the stream or a document separator is expected");
}

function loadDocuments(source: string, extensions: YamlExtensions | undefined): unknown[] {
  let input = source;
  if (input.length !== 0) {
    const last = input.charCodeAt(input.length - 1);
    if (last !== 0x0a && last !== 0x0d) input += "\n";
    if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
  }
  const state: State = {
    extensions,
    input,
    length: input.length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    documents: [],
    tagMap: Object.create(null) as Record<string, string>,
    anchorMap: Object.create(null) as Record<string, unknown>,
    versionSeen: false,
    listKeyBudget: input.length + LIST_KEY_ALLOWANCE,
    tag: null,
    anchor: null,
    kind: null,
    result: null,
    text: "",
  };
  const nullAt = input.indexOf("\0");
  if (nullAt !== -1) {
    state.position = nullAt;
    fail(state, "null byte is not allowed in input");
  }
  // A 0 after the last character ends every scan without a bounds check.
  state.input += "\0";
  while (code(state) === 0x20) {
    state.lineIndent += 1;
    state.position += 1;
  }
  while (state.position < state.length - 1) readDocument(state);
  return state.documents;
}
