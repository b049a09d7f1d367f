/**
 * Mojibake: UTF-8 bytes that were once read in another encoding and saved again as UTF-8, so the
 * file is valid UTF-8 and says nonsense. Two ways it happens to Chinese text:
 *
 * - read as Latin-1 or Windows-1252: each Han character became three Latin letters (`ä¸\u00ad`
 *   for 中). Each run of such letters is turned back into its bytes, and kept when the bytes are
 *   valid UTF-8.
 * - read as GBK: every two bytes became one (mostly rare) Han character (`涓枃` for 中文). The text
 *   is turned back into GBK bytes and read as UTF-8, and kept when that gives text with far more
 *   common characters than before (see `commonShare`). A character whose last byte was lost when it
 *   was read as GBK (GBK could not pair it) comes back as one U+FFFD.
 *
 * Both run in one pass over the text, and the GBK test only on text whose characters are mostly
 * uncommon ones.
 */

import { WINDOWS_1252_HIGH } from "./windows-1252.js";

const CP1252_BYTE = new Map<number, number>(
  [...WINDOWS_1252_HIGH].map((ch, i) => [ch.charCodeAt(0), 0x80 + i] as [number, number]),
);

/** The byte a character stands for when UTF-8 was read as Latin-1 or Windows-1252; -1 for none. */
function latinByte(unit: number): number {
  if (unit >= 0x80 && unit <= 0xff) return unit;
  return CP1252_BYTE.get(unit) ?? -1;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

export interface Repair {
  text: string;
  /** How the text had been misread: UTF-8 as Latin-1 or GBK, or GBK one byte off (`slippedGbk`). */
  misreadAs: "Latin-1" | "GBK" | "GBK one byte off";
  /** Characters of the repaired text that came out of the repaired runs. */
  characters: number;
}

/**
 * The text repaired, or null when it is not mojibake (the usual case). `latinLeads` false says the caller
 * found no `LATIN_LEADS` character in the text, so the Latin-1 test, which needs one, is not run.
 */
export function repairMojibake(
  text: string,
  latinLeads = true,
  hanMax = Number.POSITIVE_INFINITY,
): Repair | null {
  return (latinLeads ? repairLatin(text) : null) ?? repairGbk(text, hanMax);
}

/**
 * The most Han characters a text decoded from `bytes` bytes of UTF-8 into `units` UTF-16 code units can hold, for
 * `repairMojibake`'s `hanMax`: a Han character is three bytes for its one code unit, every other code unit at least
 * one byte (an astral character four for two, an invalid byte's U+FFFD one at least), so the bytes beyond one a code
 * unit are at least twice the Han characters.
 */
export function utf8HanMax(bytes: number, units: number): number {
  return Math.floor((bytes - units) / 2);
}

/** The lead bytes of multi-byte UTF-8 sequences (0xC2–0xF4) read as Latin-1, as a character class's body. */
export const LATIN_LEADS = "\u00c2-\u00f4";

/**
 * A lead byte of a multi-byte UTF-8 sequence, read as Latin-1, then a continuation byte (0x80–0xBF,
 * read as Latin-1 or as Windows-1252).
 */
const LATIN_MOJIBAKE = new RegExp(`[${LATIN_LEADS}][\u0080-\u00bf${WINDOWS_1252_HIGH}]`);

function repairLatin(text: string): Repair | null {
  if (!LATIN_MOJIBAKE.test(text)) return null;
  let out = "";
  let characters = 0;
  let last = 0;
  let i = 0;
  while (i < text.length) {
    if (latinByte(text.charCodeAt(i)) < 0x80) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && latinByte(text.charCodeAt(end)) >= 0x80) end++;
    if (end - i >= 2) {
      const bytes = new Uint8Array(end - i);
      for (let k = i; k < end; k++) bytes[k - i] = latinByte(text.charCodeAt(k));
      try {
        const repaired = utf8Strict.decode(bytes);
        out += text.slice(last, i) + repaired;
        characters += repaired.length;
        last = end;
      } catch {
        // Not UTF-8 read as Latin-1: real Latin letters, kept as they are.
      }
    }
    i = end;
  }
  return characters === 0 ? null : { text: out + text.slice(last), misreadAs: "Latin-1", characters };
}

/** Han characters a text needs before the GBK test says anything. */
const MIN_HAN = 8;
/** Below this share of common characters, a text may be GBK mojibake… */
const UNCOMMON = 0.5;
/** …and its repair is kept when it has at least this share. */
const COMMON = 0.8;

let gbkTable: Uint16Array | null | undefined;

/**
 * Each UTF-16 code unit's GBK bytes (`lead << 8 | trail`; 0 for none), built once from the
 * runtime's GB18030 decoder by decoding every two-byte sequence. Null where there is no decoder.
 */
function gbk(): Uint16Array | null {
  if (gbkTable !== undefined) return gbkTable;
  gbkTable = null;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder("gb18030");
  } catch {
    return null;
  }
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.push((lead << 8) | trail);
  }
  const bytes = new Uint8Array(codes.length * 2);
  codes.forEach((code, k) => {
    bytes[2 * k] = code >> 8;
    bytes[2 * k + 1] = code & 0xff;
  });
  const decoded = decoder.decode(bytes);
  if (decoded.length !== codes.length) return null;
  const table = new Uint16Array(0x10000);
  for (let k = 0; k < codes.length; k++) {
    const unit = decoded.charCodeAt(k);
    if (unit !== 0xfffd && table[unit] === 0) table[unit] = codes[k]!;
  }
  gbkTable = table;
  return table;
}

let hanTable: Uint8Array | undefined;

/**
 * Each UTF-16 code unit's kind for `commonShare`, built once from the GBK table: 0 not Han
 * (U+4E00–U+9FFF), 1 a Han character, 3 one of the 3,755 commonest simplified ones (GB2312 level 1,
 * GBK rows B0–D7): bit 0 counts Han, bit 1 common ones. A byte per unit, so the text's one pass
 * reads a table half the size of the GBK one.
 */
function hanKinds(table: Uint16Array): Uint8Array {
  if (hanTable !== undefined) return hanTable;
  const kinds = new Uint8Array(0x10000);
  for (let unit = 0x4e00; unit <= 0x9fff; unit++) {
    const code = table[unit]!;
    const lead = code >> 8;
    kinds[unit] = lead >= 0xb0 && lead <= 0xd7 && (code & 0xff) >= 0xa1 ? 3 : 1;
  }
  hanTable = kinds;
  return kinds;
}

/** How many characters `commonShare` reads between its checks for an early end. */
const CHECK_EVERY = 256;

/**
 * Han characters of the text, and the share of them among the 3,755 commonest simplified ones.
 * Real simplified text is over nine tenths common characters; GBK mojibake is mostly rare ones.
 * With `atLeast`, null as soon as the share cannot end below it: once the common characters are
 * that share of every Han character there could be — those read and as many as are left, every code
 * unit left or `hanMax` (the text's Han characters at most, `utf8HanMax`) less those read, whichever
 * is fewer — no end can bring it lower. Real text gets there about two thirds of the way in by the
 * code units, about half of its Han characters by `hanMax`; and once `hanMax` are read, none is left.
 */
function commonShare(
  text: string,
  kinds: Uint8Array,
  atLeast = Number.POSITIVE_INFINITY,
  hanMax = Number.POSITIVE_INFINITY,
): { han: number; share: number } | null {
  let han = 0;
  let common = 0;
  const length = text.length;
  for (let start = 0; start < length; start += CHECK_EVERY) {
    const end = Math.min(length, start + CHECK_EVERY);
    for (let i = start; i < end; i++) {
      const unit = text.charCodeAt(i);
      // Only U+4E00–U+9FFF have a Han kind (`hanKinds`): a page's markup and Latin text, most of its
      // code units, and full-width punctuation are passed by a comparison, not the table's load and two sums.
      if (unit < 0x4e00 || unit > 0x9fff) continue;
      const kind = kinds[unit]!;
      han += kind & 1;
      common += kind >> 1;
    }
    const left = Math.min(length - end, hanMax - han);
    if (common >= atLeast * (han + left)) return null;
    if (left <= 0) break;
  }
  return { han, share: han === 0 ? 0 : common / han };
}

/** Whether the text may be GBK mojibake: enough Han characters, under `UNCOMMON` of them common. */
function mostlyUncommon(text: string, kinds: Uint8Array, hanMax: number): boolean {
  // Too few Han characters to say anything, known from the byte count without a read.
  if (hanMax < MIN_HAN) return false;
  const before = commonShare(text, kinds, UNCOMMON, hanMax);
  return before !== null && before.han >= MIN_HAN && before.share < UNCOMMON;
}

/**
 * The gate of the GBK repair, for tests: whether the text is mostly uncommon characters, and the
 * share of the whole text; null where the runtime has no GBK decoder.
 */
export function gbkGate(
  text: string,
  hanMax = Number.POSITIVE_INFINITY,
): { mostlyUncommon: boolean; han: number; share: number } | null {
  const table = gbk();
  if (table === null) return null;
  const kinds = hanKinds(table);
  return { mostlyUncommon: mostlyUncommon(text, kinds, hanMax), ...commonShare(text, kinds)! };
}

function repairGbk(text: string, hanMax: number): Repair | null {
  const table = gbk();
  if (table === null) return null;
  const kinds = hanKinds(table);
  if (!mostlyUncommon(text, kinds, hanMax)) return null;
  const encoder = new TextEncoder();
  // Two bytes at most for a GBK character, three for any other code unit (UTF-8).
  const bytes = new Uint8Array(text.length * 3);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const code = unit >= 0x80 ? table[unit]! : 0;
    if (unit < 0x80) bytes[length++] = unit;
    // A byte GBK could not pair (U+FFFD) is gone: leaving it out cuts its character short, which
    // the UTF-8 decoder turns into one U+FFFD, one per character lost.
    else if (unit === 0xfffd) continue;
    // The WHATWG GB18030 decoder reads a lone 0x80 as €.
    else if (unit === 0x20ac) bytes[length++] = 0x80;
    else if (code !== 0) {
      bytes[length++] = code >> 8;
      bytes[length++] = code & 0xff;
    } else {
      // A surrogate pair is encoded whole, as four bytes for its two units.
      const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
      length += encoder.encodeInto(text.slice(i, i + pair), bytes.subarray(length)).written;
      i += pair - 1;
    }
  }
  const repaired = utf8Lenient.decode(bytes.subarray(0, length));
  const after = commonShare(repaired, kinds)!;
  if (after.han < MIN_HAN || after.share < COMMON) return null;
  return { text: repaired, misreadAs: "GBK", characters: after.han };
}

/**
 * A stretch of GBK read one byte off, between the `?` marks a lossy conversion (`iconv -c`) left: the Sogou Lab
 * corpora's UTF-8 copies lost a byte where each paragraph began, so the characters after it were read from the
 * second byte of one to the first of the next (`?６杂谏蠹剖鹬赋龅闹泄?` for 对于审计署指出的中国) until a `?` put
 * them back in step. 1 to 60 characters, none ASCII. The damage is in the characters, so it is read back whatever
 * the file's encoding (the corpora's GBK files converted once more keep it).
 */
const SLIPPED = /\?([^\x00-\x7F?？]{1,60})\?/g;

/**
 * Whether a `?` is followed by a character that is not ASCII (nor `？`): where a slipped stretch can start. The
 * question marks of addresses (`?id=1`) are followed by ASCII, so most text is passed with a look at each `?`.
 */
function hasSlippedStart(text: string): boolean {
  for (let at = text.indexOf("?"); at >= 0; at = text.indexOf("?", at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next > 0x7f && next !== 0xff1f) return true;
  }
  return false;
}
/** Sentence ends a slipped stretch follows when it opens a paragraph. */
const SENTENCE_END = /[。！？!?”」』…]$/u;
/** Han characters a stretch must give back before it is trusted (one could be chance). */
const MIN_SLIPPED_HAN = 2;

/**
 * The text with each slipped stretch read back (see `SLIPPED`): its characters turned back into their GBK bytes
 * and read from the second byte on, kept when that gives two Han characters or more, all of them common (GB2312's
 * first level), where the stretch held an uncommon one: text read off step is mostly rare characters, and the
 * chance that a stretch of them reads back as common ones only is small. The character whose byte was lost is gone: the closing
 * `?` stays where it was, and a stretch after a sentence's end opens a paragraph again, as it did.
 */
export function repairSlippedGbk(text: string): Repair | null {
  // Most text has no such stretch: the GBK table is built only for text that does.
  if (!hasSlippedStart(text)) return null;
  const table = gbk();
  if (table === null) return null;
  const kinds = hanKinds(table);
  const decoder = new TextDecoder("gb18030");
  let characters = 0;
  const repaired = text.replace(SLIPPED, (whole, stretch: string, at: number) => {
    const before = commonShare(stretch, kinds)!;
    // A stretch of common characters only is text as written, not read off step.
    if (before.han > 0 && before.share === 1) return whole;
    const bytes: number[] = [];
    for (let i = 0; i < stretch.length; i++) {
      const code = table[stretch.charCodeAt(i)]!;
      if (code === 0) return whole;
      bytes.push(code >> 8, code & 0xff);
    }
    // The last byte's partner was lost with the closing `?`: it is left out, not read as a character.
    const read = decoder.decode(new Uint8Array(bytes.slice(1, -1)));
    const after = commonShare(read, kinds)!;
    if (read.includes("\uFFFD") || after.han < MIN_SLIPPED_HAN || after.share < 1) return whole;
    characters += read.length;
    const opens = SENTENCE_END.test(text.slice(Math.max(0, at - 1), at)) ? "\n\n" : "";
    return `${opens}${read}?`;
  });
  return characters === 0 ? null : { text: repaired, misreadAs: "GBK one byte off", characters };
}
