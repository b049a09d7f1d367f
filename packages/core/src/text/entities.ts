/**
 * HTML character references (`&amp;`, `&#x4e2d;`, `&nbsp`), decoded as the `entities` package's
 * decoder does for htmlparser2 — so a body reads the same — from tables packed by
 * `scripts/pack-entities.ts` in the order of their code points. Names are kept in one sorted list:
 * whether some name starts with what was read so far is a binary search.
 *
 * The table `parse` always has holds the 259 names HTML 4.01 had and every name HTML reads without
 * `;` (about 1 KB gzip); HTML's other 1,866 names (MathML's symbols, mostly: `&Afr;`, `&NotEqualTilde;`)
 * come with `fullEntities` (`@caixun/core/entities`, about 6.5 KB gzip), in force for a document
 * parsed with it (`withEntities`). Without it such a name stays the text it is, as in HTML 4.
 *
 * Text reads a name without its `;` when HTML allows that (`&copy2021` is `©2021`, the legacy names);
 * an attribute value does not when a letter, digit or `=` follows (`?a=1&copy=2` is a URL). Numbers
 * past Unicode and surrogates are U+FFFD, and 0x80–0x9F are read as Windows-1252, as HTML says.
 */
// Through the package's own name, so that a Worker can stand its copy from static assets in for the table
// (wrangler.jsonc `alias`, as for `@caixun/core/entities`); in core itself it is `./entities-data.ts`.
import { ENTITY_TABLE } from "@caixun/core/entities/basic";
import { WINDOWS_1252_HIGH } from "./windows-1252.js";

/** HTML's names beyond the table `parse` always has, packed as `scripts/pack-entities.ts` writes them. */
export interface EntityTable {
  /** Names of one code point. */
  readonly table: string;
  /** Names of two code points: `name:code+code` in base 36, `,` between them. */
  readonly pairs: string;
}

interface Table {
  /** Every name, sorted (code unit order). */
  names: string[];
  values: Map<string, string>;
  /** Names HTML also reads without `;`. */
  legacy: Set<string>;
}

/** The extension in force for the document being parsed (`withEntities`). */
let inForce: EntityTable | undefined;
/** The table unpacked for `inForce`, once a reference needs it. */
let current: Table | undefined;
let basicTable: Table | undefined;
/** Each extension's table, the basic names with its own, unpacked once. */
const extended = new WeakMap<EntityTable, Table>();

/** An entry of a packed table (its format is described in `scripts/pack-entities.ts`). */
const TABLE_ENTRY = /([ =.'])(\d*)([A-Za-z][A-Za-z0-9]*)?(!?)/g;

function unpack(packed: string, values: Map<string, string>, legacy: Set<string>): void {
  let name = "";
  let codePoint = 0;
  for (const [, marker, distance, written, legacyMark] of packed.matchAll(TABLE_ENTRY)) {
    if (marker === ".") name = String.fromCharCode(name.charCodeAt(0) + 1) + name.slice(1);
    else if (marker === "'") name = name.charAt(0).toLowerCase() + name.slice(1);
    else name = written!;
    codePoint += marker === "=" ? 0 : distance ? Number(distance) : 1;
    values.set(name, String.fromCodePoint(codePoint));
    if (legacyMark) legacy.add(name);
  }
}

function tableOf(extension: EntityTable | undefined): Table {
  const values = new Map<string, string>();
  const legacy = new Set<string>();
  unpack(ENTITY_TABLE, values, legacy);
  if (extension !== undefined) {
    unpack(extension.table, values, legacy);
    for (const pair of extension.pairs.split(",")) {
      const [pairName, codes] = pair.split(":") as [string, string];
      values.set(
        pairName,
        String.fromCodePoint(...codes.split("+").map((code) => Number.parseInt(code, 36))),
      );
    }
  }
  return { names: [...values.keys()].sort(), values, legacy };
}

/** The table in force, unpacked on the first reference that needs it. */
function entities(): Table {
  if (current !== undefined) return current;
  if (inForce === undefined) current = basicTable ??= tableOf(undefined);
  else {
    current = extended.get(inForce);
    if (current === undefined) {
      current = tableOf(inForce);
      extended.set(inForce, current);
    }
  }
  return current;
}

/**
 * `run` with `extension`'s names read as well (none beyond the basic table when it is undefined),
 * and the table before it again afterwards. `parse` is synchronous, so a document's references all
 * decode inside the call that parses it: what a parse reads depends on its own options only.
 */
export function withEntities<T>(extension: EntityTable | undefined, run: () => T): T {
  const outer = inForce;
  if (outer === extension) return run();
  inForce = extension;
  current = undefined;
  try {
    return run();
  } finally {
    inForce = outer;
    current = undefined;
  }
}

/** HTML's names (sorted) and those of them also read without `;`, as the table holds them. */
export function namedReferences(): { names: readonly string[]; legacy: ReadonlySet<string> } {
  const { names, legacy } = entities();
  return { names, legacy };
}

/** Whether some name starts with `prefix` (a non-empty run of ASCII letters and digits). */
function startsAName(names: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low < names.length && names[low]!.startsWith(prefix);
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** What a numeric reference's code point is read as in HTML (C1 controls as Windows-1252). */
function codePointOf(number: number): string {
  if (number === 0 || (number >= 0xd800 && number <= 0xdfff) || number > 0x10ffff) return "\ufffd";
  if (number >= 0x80 && number <= 0x9f) return WINDOWS_1252_HIGH.charAt(number - 0x80);
  return String.fromCodePoint(number);
}

/** A reference read: what it stands for and how many characters it takes, `&` included. */
export interface Reference {
  value: string;
  length: number;
}

/**
 * The character reference at `text[at]` (an `&`), in text or in an attribute value; null when the
 * `&` starts none and stays as it is. The end of `text` ends the reference.
 */
export function readReference(text: string, at: number, inAttribute: boolean): Reference | null {
  return text.charCodeAt(at + 1) === 0x23 ? readNumber(text, at) : readName(text, at, inAttribute);
}

function readNumber(text: string, at: number): Reference | null {
  let pos = at + 2;
  if (pos >= text.length) return null;
  const hex = (text.charCodeAt(pos) | 0x20) === 0x78;
  if (hex) pos++;
  // What `&#` or `&#x` takes before the first digit.
  const prefix = pos - at;
  let number = 0;
  for (; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (code >= 0x30 && code <= 0x39) number = number * (hex ? 16 : 10) + (code - 0x30);
    else if (hex && (code | 0x20) >= 0x61 && (code | 0x20) <= 0x66)
      number = number * 16 + (code | 0x20) - 0x57;
    else break;
  }
  if (pos === at + prefix) return null;
  const length = pos < text.length && text.charCodeAt(pos) === 0x3b ? pos + 1 - at : pos - at;
  return { value: codePointOf(number), length };
}

/** The longest name HTML has (`CounterClockwiseContourIntegral`). */
const LONGEST_NAME = 31;

function readName(text: string, at: number, inAttribute: boolean): Reference | null {
  const { names, values, legacy } = entities();
  // The common case first: a whole name and its `;` (`&nbsp;`), which the walk below would read to
  // the same end, since every prefix of a name starts a name.
  let end = at + 1;
  while (end < text.length && end - at <= LONGEST_NAME && isAlphanumeric(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) === 0x3b) {
    const value = values.get(text.slice(at + 1, end));
    if (value !== undefined) return { value, length: end + 1 - at };
  }
  let node = "";
  let legacyName = "";
  let pos = at + 1;
  for (; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (code === 0x3b && node !== "" && values.has(node))
      return { value: values.get(node)!, length: pos + 1 - at };
    if (!isAlphanumeric(code) || !startsAName(names, node + text[pos])) {
      // The name ends here: a legacy name read before it stands, unless an attribute value goes on.
      if (legacyName === "") return null;
      if (inAttribute && (!values.has(node) || code === 0x3d || isAlphanumeric(code))) return null;
      return { value: values.get(legacyName)!, length: legacyName.length + 1 };
    }
    node += text[pos];
    if (legacy.has(node)) legacyName = node;
  }
  if (legacyName === "" || (inAttribute && legacyName !== node)) return null;
  return { value: values.get(legacyName)!, length: legacyName.length + 1 };
}

/** Every character reference in `text` decoded, as HTML text reads them (`entities`' `decodeHTML`). */
export function decodeHtml(text: string): string {
  let at = text.indexOf("&");
  if (at === -1) return text;
  let out = "";
  let copied = 0;
  while (at !== -1) {
    const reference = readReference(text, at, false);
    if (reference === null) {
      at = text.indexOf("&", at + 1);
      continue;
    }
    out += text.slice(copied, at) + reference.value;
    copied = at + reference.length;
    at = text.indexOf("&", copied);
  }
  return out + text.slice(copied);
}
