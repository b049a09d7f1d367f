import { STAGES_FRONT_MATTER_FLAT_PATTERNS } from "@caixun/core/text/rule-patterns";
import { trimWhere } from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`STAGES_FRONT_MATTER_FLAT_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesFrontMatterFlatPatternsCompiled = false;
let BLANK: RegExp;
/** A line that starts a key of its own (a letter at the start of the line). */
let KEY_START: RegExp;
/** A key of letters, digits, `_` and `-` at the start of the line, `: `, the value. */
let FIELD: RegExp;
/** A key with nothing after it: a list follows. */
let LIST_KEY: RegExp;
/** A list item indented by at least one space (the next line that is not one ends the list). */
let ITEM: RegExp;
/** Keys YAML reads as null or a boolean (and so writes back differently). */
let IMPLICIT_KEY: RegExp;
let TRUE: RegExp;
let FALSE: RegExp;
/** Characters with a meaning inside a flow list (and quotes, which would need their own reading). */
let FLOW_SPECIAL: RegExp;
/** No tab, no control character, no lone surrogate, nothing YAML refuses or treats as a line break. */
let PRINTABLE: RegExp;
let QUOTED_INSIDE: RegExp;
/** Where a plain scalar would stop or mean more: `: `, a trailing `:`, ` #`. */
let PLAIN_BREAK: RegExp;
/**
 * Values the core schema reads as null, booleans or numbers — and more: anything that starts like a
 * number and is made only of what numbers are made of, to stay clear of every int and float form
 * (a float may also open with `._`: js-yaml reads `._0` as 0).
 */
/**
 * Values `IMPLICIT_VALUE` holds back that no int or float of the core schema can be, so strings: a
 * day (`2018-01-19`), and a value led by a digit with a letter no number has (`36kr`, `5G`; numbers
 * only have hex digits, `e`, and the `x`, `o`, `b` of `0x`, `0o`, `0b`).
 */
let DAY: RegExp;
let NOT_A_NUMBER: RegExp;
let IMPLICIT_VALUE: RegExp;

/** Compiles `STAGES_FRONT_MATTER_FLAT_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesFrontMatterFlatPatterns(): void {
  [
    BLANK,
    KEY_START,
    FIELD,
    LIST_KEY,
    ITEM,
    IMPLICIT_KEY,
    TRUE,
    FALSE,
    FLOW_SPECIAL,
    PRINTABLE,
    QUOTED_INSIDE,
    PLAIN_BREAK,
    DAY,
    NOT_A_NUMBER,
    IMPLICIT_VALUE,
    INDICATOR_START,
  ] = STAGES_FRONT_MATTER_FLAT_PATTERNS.map(regexFromLiteral) as RegExps<16>;
  stagesFrontMatterFlatPatternsCompiled = true;
}

/**
 * Front matter that is only `key: value` lines — strings, booleans, lists of strings written one
 * `- item` a line or on one line as `[a, b]`, and keys with nothing under them (null) — as nearly
 * every mirrored post has it (`layout: post`, a quoted title, a date with its offset, a category and
 * a tag; a Hexo aggregator's category list and `comments: false`; a briefing's `categories:
 * [finance]`), read without the YAML parser, to exactly the object js-yaml gives (`CORE_SCHEMA`,
 * `json: true`). Null for anything else (nesting, comments, escapes, numbers, anchors, tags, any
 * character YAML gives a meaning to), which the YAML reader (`front-matter-yaml.ts`) reads. A
 * property test holds the flat reader equal to js-yaml.
 */
export function readFlatMapping(source: string): Record<string, FlatValue> | null {
  if (!stagesFrontMatterFlatPatternsCompiled) compileStagesFrontMatterFlatPatterns();
  const data: Record<string, FlatValue> = {};
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK.test(line)) continue;
    const field = FIELD.exec(line);
    if (field !== null) {
      if (IMPLICIT_KEY.test(field[1]!)) return null;
      const value = field[2]!.startsWith("[") ? flowList(field[2]!) : scalarOrBoolean(field[2]!);
      if (value === null) return null;
      data[field[1]!] = value;
      continue;
    }
    // `key:` and its items, one `- item` a line, all indented alike.
    const list = LIST_KEY.exec(line);
    if (list === null || IMPLICIT_KEY.test(list[1]!)) return null;
    // `key:` with nothing under it (the next line starts another key, or there is none): null.
    const next = lines[i + 1];
    if (next === undefined || KEY_START.test(next)) {
      data[list[1]!] = null;
      continue;
    }
    const items: string[] = [];
    let indent: string | null = null;
    while (i + 1 < lines.length) {
      const item = ITEM.exec(lines[i + 1]!);
      if (item === null || (indent !== null && item[1] !== indent)) break;
      indent = item[1]!;
      const value = scalar(item[2]!);
      if (value === null) return null;
      items.push(value);
      i++;
    }
    if (items.length === 0) return null;
    data[list[1]!] = items;
  }
  return data;
}

/** What a flat front matter's keys hold. */
type FlatValue = string | boolean | string[] | null;

/** A boolean as the core schema writes it, else `scalar`. */
function scalarOrBoolean(written: string): string | boolean | null {
  if (!stagesFrontMatterFlatPatternsCompiled) compileStagesFrontMatterFlatPatterns();
  const value = trimWhere(written, isBlank, "end");
  if (TRUE.test(value)) return true;
  if (FALSE.test(value)) return false;
  return scalar(value);
}

/**
 * `[a, b]` on one line: items that are plain strings with no character a flow list gives a meaning
 * to (brackets, braces, commas, colons, quotes), or `[]`; null for anything else.
 */
function flowList(written: string): string[] | null {
  if (!stagesFrontMatterFlatPatternsCompiled) compileStagesFrontMatterFlatPatterns();
  const value = trimWhere(written, isBlank, "end");
  if (!value.endsWith("]")) return null;
  const inside = value.slice(1, -1);
  if (trimWhere(inside, isSpace) === "") return [];
  const items: string[] = [];
  for (const part of inside.split(",")) {
    const item = trimWhere(part, isSpace);
    if (item === "" || FLOW_SPECIAL.test(item)) return null;
    const read = scalar(item);
    if (read === null) return null;
    items.push(read);
  }
  return items;
}

const isSpace = (code: number): boolean => code === 0x20;

/** A quoted scalar without escapes, or a plain one no YAML rule reads as anything but a string; null otherwise. */
function scalar(written: string): string | null {
  if (!stagesFrontMatterFlatPatternsCompiled) compileStagesFrontMatterFlatPatterns();
  const value = trimWhere(written, isBlank, "end");
  if (!PRINTABLE.test(value)) return null;
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    // One pair of quotes holding neither quote nor backslash.
    if (value.length < 2 || value[value.length - 1] !== quote) return null;
    const inside = value.slice(1, -1);
    return QUOTED_INSIDE.test(inside) ? inside : null;
  }
  if (INDICATOR_START.test(value) || PLAIN_BREAK.test(value)) return null;
  if (IMPLICIT_VALUE.test(value) && !DAY.test(value) && !NOT_A_NUMBER.test(value)) return null;
  return value;
}

/** Spaces and tabs, which end a plain scalar's value. (A loop: `/[ \t]+$/` is quadratic in a long inner run of blanks.) */
const isBlank = (code: number): boolean => code === 0x20 || code === 0x09;
/** A plain scalar cannot start with an indicator (a `-` or `?` or `:` before a space included). */
let INDICATOR_START: RegExp;
