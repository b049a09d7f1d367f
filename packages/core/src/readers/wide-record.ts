import { keptFields } from "./record.js";

/** A record's text cut to the fields it keeps, and how many it left out. */
export interface CappedRecordText {
  text: string;
  dropped: number;
}

/** What capping asks of the record mapping: how many fields a record keeps, and which keys it reads first. */
export interface FieldCap {
  readonly maxFields: number;
  readsKey(key: string): boolean;
}

/** Characters a member of an object takes at the least (`"":0,`), so a text shorter than this many per field fits. */
const MEMBER_MIN_LENGTH = 5;
/** Quote marks a member takes at the least: its key's two. */
const MEMBER_MIN_QUOTES = 2;

/**
 * A JSON object's text with only the members a record of more than `maxFields` fields keeps (`keptFields`: the keys
 * the mapping reads first, then the others in order), found by a scan that follows strings and nesting without
 * building any value; null when the object has no more members than that (or its text is not an object this scan
 * reads: `JSON.parse` then says what is wrong). Parsing a record of 10^6 keys whole to keep 1,000 of them copied
 * every key and value first; the scan is linear in the text and parses only what is kept. A text too short to hold
 * more members, or with too few quote marks (`indexOf`, native), is passed over at once: an ordinary record costs
 * nothing more.
 */
export function cappedRecordText(text: string, cap: FieldCap): CappedRecordText | null {
  const max = cap.maxFields;
  if (text.length <= max * MEMBER_MIN_LENGTH) return null;
  let quotes = 0;
  for (
    let at = text.indexOf('"');
    at >= 0 && quotes <= max * MEMBER_MIN_QUOTES;
    at = text.indexOf('"', at + 1)
  )
    quotes++;
  // Each member a triple: its key's opening quote, the index after the key, the index after its value.
  const members: number[] = [];
  if (quotes <= max * MEMBER_MIN_QUOTES || !scanMembers(text, members) || members.length <= max * 3)
    return null;
  const keys: string[] = [];
  for (let m = 0; m < members.length; m += 3) {
    const raw = text.slice(members[m]! + 1, members[m + 1]! - 1);
    let key = raw;
    // A key with escapes as `JSON.parse` reads it; its raw text when they do not parse.
    if (raw.includes("\\"))
      try {
        key = JSON.parse(`"${raw}"`);
      } catch {}
    keys.push(key);
  }
  const kept = new Set(keptFields(keys, (key) => cap.readsKey(key), max));
  const pieces: string[] = [];
  keys.forEach((key, i) => {
    if (kept.delete(key)) pieces.push(text.slice(members[i * 3]!, members[i * 3 + 2]!));
  });
  return { text: `{${pieces.join(",")}}`, dropped: keys.length - pieces.length };
}

/** Pushes the members of the object `text` holds, in order (see `cappedRecordText`); false when it is not an object this scan reads through. */
function scanMembers(text: string, members: number[]): boolean {
  let at = skipSpace(text, 0);
  if (text[at] !== "{") return false;
  at = skipSpace(text, at + 1);
  if (text[at] === "}") return skipSpace(text, at + 1) === text.length;
  for (;;) {
    if (text[at] !== '"') return false;
    const start = at;
    const keyEnd = stringEnd(text, at);
    if (keyEnd < 0) return false;
    at = skipSpace(text, keyEnd);
    if (text[at] !== ":") return false;
    const end = valueEnd(text, skipSpace(text, at + 1));
    if (end < 0) return false;
    members.push(start, keyEnd, end);
    at = skipSpace(text, end);
    if (text[at] === "}") return skipSpace(text, at + 1) === text.length;
    if (text[at] !== ",") return false;
    at = skipSpace(text, at + 1);
  }
}

function skipSpace(text: string, from: number): number {
  let at = from;
  for (let code = text.charCodeAt(at); code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09; )
    code = text.charCodeAt(++at);
  return at;
}

/** The index after the string that opens at `from` (a quote), or -1 when it never closes. */
function stringEnd(text: string, from: number): number {
  for (let at = text.indexOf('"', from + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at + 1;
  }
  return -1;
}

/**
 * The index after the value that starts at `from`: a string, an object or array (nesting counted, strings inside
 * skipped whole, no recursion however deep), or a bare word (number, `true`, `NaN`…) up to the next `,` `}` `]` or
 * space; -1 when it does not end.
 */
function valueEnd(text: string, from: number): number {
  const first = text[from];
  if (first === '"') return stringEnd(text, from);
  if (first === "{" || first === "[") {
    let depth = 0;
    for (let at = from; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        at = stringEnd(text, at) - 1;
        if (at < 0) return -1;
      } else if (code === 0x7b || code === 0x5b) depth++;
      else if ((code === 0x7d || code === 0x5d) && --depth === 0) return at + 1;
    }
    return -1;
  }
  let at = from;
  while (at < text.length && !",}] \t\r\n".includes(text[at]!)) at++;
  return at === from ? -1 : at;
}
