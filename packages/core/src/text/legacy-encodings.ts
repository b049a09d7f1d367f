/**
 * Which encoding bytes without a byte order mark are in, from the bytes alone: UTF-16 without a
 * BOM, and Big5 (traditional Chinese sites) against GB18030/GBK. Each test reads a bounded sample
 * from the start of the input, in one pass.
 */

/** Bytes of the input's start the tests read. */
const SAMPLE = 16 * 1024;

/** A code unit real text is made of: ASCII letters and white space, CJK, CJK and full-width punctuation. */
function plausibleUnit(unit: number): boolean {
  return (
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0d ||
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0xff) ||
    (unit >= 0x2000 && unit <= 0x206f) ||
    (unit >= 0x3000 && unit <= 0x303f) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xff00 && unit <= 0xffef)
  );
}

/**
 * The least share of a sample's bytes that must be NUL for bytes that are also valid UTF-8 to read
 * as UTF-16. UTF-16 text that is valid UTF-8 is ASCII, one NUL beside every character (half the
 * bytes); UTF-8 text with stray NUL characters (`\u0000<p>`, 00 3C 70 3E, is `<瀾` in UTF-16BE) has
 * them far apart. Chinese in UTF-16 is not valid UTF-8 and needs no such share.
 */
const VALID_UTF8_MIN_NUL_SHARE = 0.4;

/**
 * UTF-16 without a BOM: NUL bytes sit on one side of the code units (the high byte of every ASCII
 * character: a line end, a digit, a space), and read in that byte order nearly every code unit is
 * one text is made of. UTF-8 and GBK text has no NUL bytes, and binary data fails the second test;
 * valid UTF-8 with a few NUL characters fails the third (`VALID_UTF8_MIN_NUL_SHARE`).
 * Null when the bytes are not UTF-16.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return null;
  // The usual case, no NUL in the sample, found by the runtime's own byte search.
  if (bytes.subarray(0, length).indexOf(0) === -1) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const nuls = evenNuls + oddNuls;
  // Little-endian puts the zero high byte second (odd offsets), big-endian first.
  if (nuls === 0 || Math.max(evenNuls, oddNuls) < 0.9 * nuls) return null;
  if (nuls < VALID_UTF8_MIN_NUL_SHARE * length && isValidUtf8(bytes.subarray(0, length))) return null;
  const littleEndian = oddNuls > evenNuls;
  let plausible = 0;
  for (let i = 0; i < length; i += 2) {
    const unit = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (plausibleUnit(unit)) plausible++;
  }
  return plausible >= 0.95 * (length / 2) ? (littleEndian ? "utf-16le" : "utf-16be") : null;
}

/** True when the bytes are UTF-8, a sequence cut at the end of the sample allowed. */
function isValidUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Big5 or GB18030 for bytes that are not UTF-8. Both are double-byte encodings over the same byte
 * ranges, and either decoder turns the other's text into valid-looking Han characters, so the test
 * is where the characters fall: each standard puts its common characters in a block of its own
 * (GB2312 level 1, rows B0–D7, holds the 3,755 commonest simplified characters; Big5 level 1,
 * A440–C67E, the 5,401 commonest traditional ones), and each puts punctuation in rows A1–A3. Real
 * text in one encoding has nearly all its characters in its own common block; read in the other
 * encoding's grid it has far fewer there.
 */
export function big5OrGb18030(bytes: Uint8Array): "big5" | "gb18030" {
  const length = Math.min(bytes.length, SAMPLE);
  return commonShare(bytes, length, isBig5Common, false) > commonShare(bytes, length, isGbCommon, true)
    ? "big5"
    : "gb18030";
}

function isGbCommon(lead: number, trail: number): boolean {
  return ((lead >= 0xb0 && lead <= 0xd7) || (lead >= 0xa1 && lead <= 0xa3)) && trail >= 0xa1 && trail <= 0xfe;
}

function isBig5Common(lead: number, trail: number): boolean {
  const trailValid = (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe);
  if (!trailValid) return false;
  if ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xa4 && lead <= 0xc5)) return true;
  return lead === 0xc6 && trail <= 0x7e;
}

/** The share of double-byte characters in the common block, walking the bytes as one encoding does. */
function commonShare(
  bytes: Uint8Array,
  length: number,
  common: (lead: number, trail: number) => boolean,
  fourByteForms: boolean,
): number {
  let total = 0;
  let hits = 0;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead === 0xff) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    total++;
    // GB18030's four-byte characters: lead, digit, lead, digit.
    if (fourByteForms && trail >= 0x30 && trail <= 0x39) {
      i += 4;
      continue;
    }
    if (common(lead, trail)) hits++;
    i += 2;
  }
  return total === 0 ? 0 : hits / total;
}
