import { READERS_PYTHON_LITERAL_PATTERNS } from "@caixun/core/text/rule-patterns";
import { setOwn } from "../assemble/own-property.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`READERS_PYTHON_LITERAL_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersPythonLiteralPatternsCompiled = false;
let NAME: RegExp;
let NUMBER: RegExp;
let STRING_PREFIX: RegExp;
let SPACE: RegExp;

/** Compiles `READERS_PYTHON_LITERAL_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersPythonLiteralPatterns(): void {
  [NAME, NUMBER, STRING_PREFIX, SPACE] = READERS_PYTHON_LITERAL_PATTERNS.map(regexFromLiteral) as RegExps<4>;
  readersPythonLiteralPatternsCompiled = true;
}

/**
 * Python literals as a scraper prints its records (`print(item)`, `pprint`, `str(dict)` written to a file): a dict's
 * `repr`, read as the JSON object it stands for, so that a file of them is read as records exactly as JSON is.
 *
 * What a `repr` writes: strings in single quotes (double when they hold a `'`), with `u`/`b`/`r` prefixes and
 * backslash escapes (`\n`, `\xa0`, `\u8bc1`); adjacent strings joined (`pprint` wraps a long one as `('…' '…')`);
 * `None`, `True`, `False`, `nan`, `inf`; tuples as arrays; keys of any literal, written as strings; and calls —
 * `datetime.datetime(2019, 5, 4, 21, 56)` as its ISO time (a zone when its `tzinfo` is UTC or a fixed offset),
 * `datetime.date(…)` as its day, any other (`ObjectId('…')`, `Decimal('1.5')`) as its first argument. One pass over
 * the text with a stack of open containers: no recursion, no backtracking; what is no literal (`<object at 0x…>`, an
 * unclosed bracket) is a failure of that record, never a throw.
 */

/**
 * A Python dict's repr, alone or first in a list: `{'key':` (or `{u'key':`), a key in single quotes, which JSON never
 * has. Detection reads such input as JSON (`readers/detect.ts`), its records as `pythonRecord` reads them.
 */
export const PYTHON_RECORD_START = /^(?:\[\s*)?\{\s*[uU]?'[^'\n]{0,200}'\s*:/;

/**
 * The dict a Python literal's `text` is, or what is wrong; with `onlyItem`, a list of one dict is that dict (as
 * `parseRecord` reads JSON).
 */
export function pythonRecord(text: string, onlyItem: boolean): Record<string, unknown> | string {
  let value = pythonLiteral(text);
  if (value instanceof LiteralError) return `not JSON, nor a Python literal: ${value.message}`;
  if (onlyItem && Array.isArray(value) && value.length === 1) value = value[0];
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : "a Python literal, not a record (a dict)";
}

class LiteralError {
  /** `at`: where the reading stopped, the text read up to it. */
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

/** An open container: a dict, a list, a tuple or parenthesised value (`(`), or a call's arguments. */
interface Open {
  kind: "{" | "[" | "(" | "call";
  items: unknown[];
  /** A dict's key read and waiting for its value. */
  key?: unknown;
  hasKey?: boolean;
  /** A call's name (`datetime.datetime`) and keyword arguments. */
  name?: string;
  keywords?: Record<string, unknown>;
  keyword?: string;
  /** Whether a comma was met (`(1,)` is a tuple, `('a' 'b')` one value). */
  comma?: boolean;
  /** Where a call's `tzinfo=` keyword starts, for a `datetime`'s zone. */
  tzinfoAt?: number;
}

const CLOSERS: Readonly<Record<string, Open["kind"]>> = { "}": "{", "]": "[", ")": "(" };
const NAMES: Readonly<Record<string, unknown>> = {
  None: null,
  True: true,
  False: false,
  nan: null,
  inf: null,
  true: true,
  false: false,
  null: null,
  NaN: null,
  Infinity: null,
};
/**
 * Containers open at once at most: a repr nests a few levels, and each open one costs memory (10 MB of `[` held 1.3 GB
 * and took 117 s); a literal nested deeper is a failure of its record.
 */
const MAX_NESTING = 1000;
/**
 * Characters of a `datetime`'s `tzinfo=…` its zone is read from (the longest a repr prints, `tzinfo=<DstTzInfo
 * 'America/Argentina/ComodRivadavia' LMT-1 day, 19:40:00 STD>`, is under 90): read whole, the zones of calls nested in
 * one another's `tzinfo` read the text again at every level (quadratic: 860 KB of them took 8.5 s).
 */
const TZINFO_LENGTH = 200;

/**
 * The literal a source file's code holds at `start` (a JavaScript object or array literal reads as a Python one does:
 * bare keys are names, `true`, `false` and `null` their values) and where it ends; `value` undefined when none is
 * read there, `end` then where the reading stopped (what it cost).
 */
export function literalAt(text: string, start: number): { value: unknown; end: number } {
  const read = pythonLiteral(text, start);
  return read instanceof LiteralError ? { value: undefined, end: read.at } : read;
}

/** The Python literal `text` holds (one value, white space around it), or what is wrong with it. */
function pythonLiteral(text: string): unknown;
/** From `start`, the first value only, and where it ends (`literalAt`). */
function pythonLiteral(text: string, start: number): { value: unknown; end: number } | LiteralError;
function pythonLiteral(text: string, start?: number): unknown {
  if (!readersPythonLiteralPatternsCompiled) compileReadersPythonLiteralPatterns();
  const stack: Open[] = [];
  let root: unknown;
  let done = false;
  let i = start ?? 0;
  const put = (value: unknown): LiteralError | null => {
    const top = stack.at(-1);
    if (top === undefined) {
      if (done) return new LiteralError(`more than one value (at ${i})`, i);
      root = value;
      done = true;
    } else if (top.kind === "{") {
      if (!top.hasKey) {
        top.key = value;
        top.hasKey = true;
      } else {
        setOwn(top.items[0] as Record<string, unknown>, keyName(top.key), value);
        top.hasKey = false;
      }
    } else if (top.kind === "call" && top.keyword !== undefined) {
      setOwn(top.keywords!, top.keyword, value);
      top.keyword = undefined;
    } else top.items.push(value);
    return null;
  };
  while (i < text.length) {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
    if (i >= text.length) break;
    const char = text[i]!;
    let error: LiteralError | null = null;
    if (char === "{" || char === "[" || char === "(") {
      if (stack.length >= MAX_NESTING) return tooDeep(i);
      stack.push({ kind: char, items: char === "{" ? [{}] : [] });
      i++;
      continue;
    }
    const closes = CLOSERS[char];
    if (closes !== undefined) {
      const top = stack.pop();
      if (top === undefined || (top.kind !== closes && !(closes === "(" && top.kind === "call")))
        return new LiteralError(`an unmatched ${char} (at ${i})`, i);
      i++;
      error = put(closed(top, text, i));
    } else if (char === ",") {
      const top = stack.at(-1);
      if (top !== undefined) top.comma = true;
      i++;
      continue;
    } else if (char === ":") {
      i++;
      continue;
    } else if (char === "<") {
      // An object Python prints by its type (`tzinfo=<UTC>`, `<DstTzInfo 'Asia/Shanghai' CST+8:00:00 STD>`): its text.
      const end = text.indexOf(">", i);
      if (end < 0) return new LiteralError(`a < that does not close (at ${i})`, text.length);
      error = put(text.slice(i, end + 1));
      i = end + 1;
    } else if (char === "`") {
      // A JavaScript template literal over several lines without substitutions (a mock module's pasted page,
      // `content: \`<p>\n…</p>\``): its text, JavaScript's only string that may hold line breaks as written. One on one
      // line is the code's own string (a label built with a template), no record's value.
      const end = text.indexOf("`", i + 1);
      if (end < 0) return new LiteralError(`a template that does not close (at ${i})`, text.length);
      const template = text.slice(i + 1, end);
      if (template.includes("${") || !template.includes("\n"))
        return new LiteralError(`a template on one line or with substitutions (at ${i})`, i);
      error = put(template);
      i = end + 1;
    } else if (char === "'" || char === '"' || startsString(text, i)) {
      const read = strings(text, i);
      if (read instanceof LiteralError) return read;
      i = read.end;
      error = put(read.value);
    } else {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text);
      if (number !== null) {
        i = NUMBER.lastIndex;
        const value = Number(number[0].replace(/[_lLjJ]/g, ""));
        error = put(Number.isFinite(value) ? value : null);
      } else {
        const negative = char === "-" ? 1 : 0;
        NAME.lastIndex = i + negative;
        const name = NAME.exec(text)?.[0];
        if (name === undefined)
          return new LiteralError(`no literal at ${i} (${JSON.stringify(text.slice(i, i + 20))})`, i);
        i = NAME.lastIndex;
        SPACE.lastIndex = i;
        SPACE.exec(text);
        const next = text[SPACE.lastIndex];
        const top = stack.at(-1);
        if (next === "(") {
          if (stack.length >= MAX_NESTING) return tooDeep(i);
          stack.push({ kind: "call", items: [], name, keywords: {} });
          i = SPACE.lastIndex + 1;
        } else if (next === "=" && top?.kind === "call") {
          top.keyword = name;
          if (name === "tzinfo") top.tzinfoAt = i - name.length;
          i = SPACE.lastIndex + 1;
        } else error = put(Object.hasOwn(NAMES, name) ? NAMES[name] : name);
      }
    }
    if (error !== null) return error;
    if (start !== undefined && done) return { value: root, end: i };
  }
  if (stack.length > 0)
    return new LiteralError(`the literal ends inside a ${stack.at(-1)!.kind}: cut short`, text.length);
  return done ? root : new LiteralError("no value", text.length);
}

function tooDeep(at: number): LiteralError {
  return new LiteralError(`nested deeper than ${MAX_NESTING} levels (at ${at})`, at);
}

/** A dict key as a JSON object's: a string as it is, any other literal as Python prints it (`1`, `None`, `True`). */
function keyName(key: unknown): string {
  if (typeof key === "string") return key;
  if (key === null) return "None";
  if (typeof key === "boolean") return key ? "True" : "False";
  return Array.isArray(key) ? JSON.stringify(key) : String(key);
}

/** The value of a closed container, which ends before `end` in `text` (a call's `tzinfo` is read there). */
function closed(open: Open, text: string, end: number): unknown {
  if (open.kind === "{") return open.items[0];
  if (open.kind === "[") return open.items;
  if (open.kind === "(") return open.comma || open.items.length !== 1 ? open.items : open.items[0];
  const name = open.name!.split(".").at(-1)!;
  const numbers = open.items.filter((item): item is number => typeof item === "number");
  if (
    (name === "datetime" || name === "date") &&
    numbers.length >= 3 &&
    numbers.length === open.items.length
  ) {
    const [year, month, day, hour, minute, second] = [0, 1, 2, 3, 4, 5].map((at) =>
      String(numbers[at] ?? 0).padStart(at === 0 ? 4 : 2, "0"),
    );
    const date = `${year}-${month}-${day}`;
    const tzinfo =
      open.tzinfoAt === undefined
        ? ""
        : text.slice(open.tzinfoAt, Math.min(end, open.tzinfoAt + TZINFO_LENGTH));
    return name === "date" ? date : `${date}T${hour}:${minute}:${second}${zoneOf(tzinfo)}`;
  }
  return open.items[0] ?? null;
}

/**
 * A `datetime` repr's zone from its `tzinfo=…` text: `Z` for UTC (`datetime.timezone.utc`, `tzutc()`, `<UTC>`), `+08:00`
 * for a fixed offset; none without one.
 */
function zoneOf(tzinfo: string): string {
  if (tzinfo === "") return "";
  if (/utc/i.test(tzinfo) && !/timedelta/.test(tzinfo)) return "Z";
  // pytz's zone of a place, printed with its offset (`<DstTzInfo 'Asia/Shanghai' CST+8:00:00 STD>`).
  const printed = /[A-Z]{3}([+-])(\d{1,2}):(\d{2}):\d{2} STD>/.exec(tzinfo);
  if (printed !== null) return `${printed[1]}${printed[2]!.padStart(2, "0")}:${printed[3]}`;
  const seconds = /timedelta\((?:days=-1,\s*)?seconds=(\d+)/.exec(tzinfo);
  if (seconds === null) return "";
  const offset = Number(seconds[1]) - (tzinfo.includes("days=-1") ? 86400 : 0);
  const minutes = Math.abs(offset) / 60;
  const hours = String(Math.floor(minutes / 60)).padStart(2, "0");
  return `${offset < 0 ? "-" : "+"}${hours}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Whether a prefixed string literal (`u'…'`, `rb"…"`) starts at `at`. */
function startsString(text: string, at: number): boolean {
  if (!readersPythonLiteralPatternsCompiled) compileReadersPythonLiteralPatterns();
  STRING_PREFIX.lastIndex = at;
  return STRING_PREFIX.test(text);
}

/** One string literal at `start`, and any written right after it (Python joins them): its value and where it ends. */
function strings(text: string, start: number): { value: string; end: number } | LiteralError {
  if (!readersPythonLiteralPatternsCompiled) compileReadersPythonLiteralPatterns();
  let value = "";
  let i = start;
  for (;;) {
    STRING_PREFIX.lastIndex = i;
    const prefix = STRING_PREFIX.exec(text)?.[0] ?? "";
    i += prefix.length;
    const quote = text[i]!;
    const raw = /[rR]/.test(prefix);
    i++;
    let closedAt = -1;
    let copied = i;
    while (i < text.length) {
      const char = text[i]!;
      if (char === quote) {
        closedAt = i;
        break;
      }
      if (char !== "\\") i++;
      else if (raw) i += 2;
      else {
        const escaped = unescaped(text, i);
        value += text.slice(copied, i) + escaped.value;
        i = escaped.end;
        copied = i;
      }
    }
    if (closedAt >= 0) value += text.slice(copied, closedAt);
    if (closedAt < 0) return new LiteralError(`a string that does not close (at ${start})`, text.length);
    i = closedAt + 1;
    SPACE.lastIndex = i;
    SPACE.exec(text);
    const next = SPACE.lastIndex;
    if (text[next] !== "'" && text[next] !== '"' && !startsString(text, next)) return { value, end: i };
    i = next;
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  r: "\r",
  t: "\t",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "\n": "",
};
const HEX_LENGTHS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** The escape at `at` (a backslash): its character, and where it ends. An escape Python does not know stays as written. */
function unescaped(text: string, at: number): { value: string; end: number } {
  const letter = text[at + 1] ?? "";
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) return { value: simple, end: at + 2 };
  const hexLength = HEX_LENGTHS[letter];
  if (hexLength !== undefined) {
    const hex = text.slice(at + 2, at + 2 + hexLength);
    const code =
      /^[\da-fA-F]+$/.test(hex) && hex.length === hexLength ? Number.parseInt(hex, 16) : Number.NaN;
    if (code <= 0x10ffff) return { value: String.fromCodePoint(code), end: at + 2 + hexLength };
  }
  const octal = /^[0-7]{1,3}/.exec(text.slice(at + 1, at + 4))?.[0];
  if (octal !== undefined)
    return { value: String.fromCharCode(Number.parseInt(octal, 8)), end: at + 1 + octal.length };
  return { value: `\\${letter}`, end: at + 2 };
}
