import type { Warning } from "../article.js";
import { CaixunError } from "../errors.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { trimWhere } from "../text/chars.js";
import { big5OrGb18030, utf16WithoutBom } from "../text/legacy-encodings.js";
import { LATIN_LEADS, repairMojibake, repairSlippedGbk, utf8HanMax } from "../text/mojibake.js";
import { warning } from "../warnings.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface Decoded {
  /** The text with BOM removed, line ends normalised to `\n` and control characters dropped. */
  text: string;
  encoding: Encoding;
  warnings: Warning[];
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

/** Legacy decoders are not in every runtime's TextDecoder; null where one is missing. */
function decoderFor(label: "gb18030" | "big5"): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
const legacy = { gb18030: decoderFor("gb18030"), big5: decoderFor("big5") };

const LEGACY_NAMES = { gb18030: "GB18030 (GBK)", big5: "Big5" } as const;

/**
 * Decode: bytes or a string in, normalised text out. Bytes are UTF-16 when they carry its BOM or
 * look like it without one (`utf16WithoutBom`); else UTF-8 when they are valid UTF-8; else GB18030
 * (a superset of GBK and GB2312) or Big5, whichever the bytes fit (`big5OrGb18030`): the encodings
 * Chinese scrapes come in. UTF-8 text that is mojibake (UTF-8 once read as Latin-1 or GBK and saved
 * again) is repaired and says so (`mojibake-repaired`). Throws `CaixunError` only for input over
 * `settings.maxInputBytes` or of another type than string or bytes.
 */
export function decode(
  input: string | Uint8Array,
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
  repairs: Readonly<Repairs> = REPAIR_ALL,
  utf8Bytes?: number,
): Decoded {
  if (typeof input === "string") {
    if (input.length > settings.maxInputBytes) throw tooLarge(input.length, settings.maxInputBytes);
    return normalise(input, "utf-8", [], settings, repairs, utf8Bytes);
  }
  if (!(input instanceof Uint8Array)) {
    throw new CaixunError("invalid-input-type", "parse() takes a string or a Uint8Array");
  }
  if (input.byteLength > settings.maxInputBytes) throw tooLarge(input.byteLength, settings.maxInputBytes);
  return decodeBytes(input, settings, repairs);
}

/**
 * What `normalise` repairs besides line ends and control characters: `mojibake` false leaves mojibake to
 * the reader, for an input of records each of which is judged by itself (`TaggedDocuments`, `SqlDocuments`,
 * `CsvDocuments`: one damaged record of a dump does not make the others damaged).
 */
export interface Repairs {
  mojibake: boolean;
}
export const REPAIR_ALL: Readonly<Repairs> = { mojibake: true };

/**
 * The start of an input as text, for detecting what kind of input it is, and whether it is UTF-16
 * (with a BOM or without). Anything else is read as UTF-8 with invalid bytes replaced: the ASCII
 * structure of front matter, HTML or JSON in GBK or Big5 reads the same.
 */
export function sampleText(bytes: Uint8Array): { text: string; utf16: boolean } {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : utf16WithoutBom(bytes);
  return { text: lenientDecoder(utf16 ?? "utf-8").decode(bytes), utf16: utf16 !== null };
}

/**
 * A sample of all of an input's bytes (`sampleText`) as the input's text before `normalise`, when
 * that needs no second decoding: not UTF-16, and no U+FFFD, so no byte was invalid UTF-8 (a lenient
 * decoder replaces each invalid sequence by one) and the lenient decode is the strict one
 * `decodeBytes` would make. `decode` of the string then gives what `decode` of the bytes gives. Null
 * when the bytes must be decoded as bytes (UTF-16, or not UTF-8: GB18030, Big5, invalid bytes).
 */
export function sampleAsText(sample: { text: string; utf16: boolean }): string | null {
  return sample.utf16 || sample.text.includes("\uFFFD") ? null : sample.text;
}

/** Lenient decoders, made once each (a decode without `stream` keeps no state between calls). */
const lenientDecoders = new Map<string, TextDecoder>([["utf-8", utf8Lenient]]);

function lenientDecoder(label: "utf-8" | "utf-16le" | "utf-16be"): TextDecoder {
  let decoder = lenientDecoders.get(label);
  if (decoder === undefined) {
    decoder = new TextDecoder(label);
    lenientDecoders.set(label, decoder);
  }
  return decoder;
}

function decodeBytes(
  bytes: Uint8Array,
  settings: Readonly<ParseSettings>,
  repairs: Readonly<Repairs>,
): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return normalise(
      new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      "utf-16le",
      [],
      settings,
      repairs,
    );
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return normalise(
      new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      "utf-16be",
      [],
      settings,
      repairs,
    );
  }
  // Valid UTF-8 with no NUL is not UTF-16 without a BOM (`utf16WithoutBom` needs NUL bytes, and a NUL byte of
  // valid UTF-8 is a NUL character), so the usual input is decoded once and its text searched for a NUL, not its
  // bytes first: V8's typed-array `indexOf` reads bytes one at a time, a string search is memchr's or a tight loop.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null && !utf8.includes("\0"))
    return normalise(utf8, "utf-8", [], settings, repairs, bytes.length);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) {
    return normalise(
      new TextDecoder(utf16).decode(bytes),
      utf16,
      [warning("encoding-utf16", `the bytes are ${utf16.toUpperCase()} without a byte order mark`)],
      settings,
      repairs,
    );
  }
  if (utf8 !== null) return normalise(utf8, "utf-8", [], settings, repairs, bytes.length);
  // Not valid UTF-8: legacy Chinese encodings are the usual reason.
  const read = readAsLegacy(bytes, settings);
  return normalise(read.text, read.encoding, [read.warning], settings, repairs);
}

/** The bytes as UTF-8 (a leading BOM dropped), or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes that are not valid UTF-8, read as GB18030 or Big5 (whichever they fit) when that gives
 * Chinese text, else as UTF-8 with the invalid bytes replaced: the text, its encoding and the warning
 * that says how it was read.
 */
export function readAsLegacy(
  bytes: Uint8Array,
  settings: Readonly<ParseSettings>,
): { text: string; encoding: Encoding; warning: Warning } {
  const label = big5OrGb18030(bytes);
  const decoder = legacy[label] ?? legacy.gb18030;
  const encoding = legacy[label] ? label : "gb18030";
  if (decoder === null) {
    return {
      text: utf8Lenient.decode(bytes),
      encoding: "utf-8",
      warning: warning(
        "encoding-unsupported",
        `the bytes are not valid UTF-8 and this runtime has no ${LEGACY_NAMES[label]} decoder; invalid bytes were replaced with U+FFFD`,
      ),
    };
  }
  const text = decoder.decode(bytes);
  if (looksLikeChinese(text, settings.gb18030OddShare)) {
    return {
      text,
      encoding,
      warning: warning(
        encoding === "big5" ? "encoding-big5" : "encoding-gb18030",
        `the bytes are not valid UTF-8; they were decoded as ${LEGACY_NAMES[encoding]}`,
      ),
    };
  }
  return {
    text: utf8Lenient.decode(bytes),
    encoding: "utf-8",
    warning: warning(
      "encoding-invalid",
      `the bytes are neither valid UTF-8 nor ${LEGACY_NAMES[encoding]} text; invalid bytes were replaced`,
    ),
  };
}

/** GB18030 maps almost any byte soup to something; real text is mostly Han, ASCII and punctuation. */
function looksLikeChinese(text: string, oddShare: number): boolean {
  let han = 0;
  let odd = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x4e00 && cp <= 0x9fff) han++;
    else if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || cp > 0xffff) odd++;
  }
  return han > 0 && odd / han < oddShare;
}

// Control characters other than tab and line feed, plus stray surrogate-free junk like NUL.
const CONTROLS = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f";
const CONTROL = new RegExp(`[${CONTROLS}]`, "g");
/**
 * A code unit one of `normalise`'s whole-text tests looks for: a control character (NUL padding too) or the
 * Latin lead a Latin-1 mojibake needs. The usual text has none, so one native scan stands for both tests.
 */
const SUSPECT = new RegExp(`[${CONTROLS}${LATIN_LEADS}]`);

/**
 * The text without BOMs, mojibake, `\r` line ends and control characters, and warnings of what was repaired.
 * `utf8Bytes`: the bytes of UTF-8 `raw` was decoded from, when known, which bound its Han characters for the GBK
 * repair's gate (`utf8HanMax`).
 */
export function normalise(
  raw: string,
  encoding: Encoding,
  warnings: Warning[],
  settings: Readonly<ParseSettings>,
  repairs: Readonly<Repairs> = REPAIR_ALL,
  utf8Bytes?: number,
): Decoded {
  // Every leading BOM goes: a file saved twice by BOM-writing tools starts with two, and a decoder
  // takes one from bytes where a string keeps it, so bytes and string read the same only so.
  let bom = 0;
  while (raw.charCodeAt(bom) === 0xfeff) bom++;
  let text = bom === 0 ? raw : raw.slice(bom);
  const suspect = SUSPECT.test(text);
  // Before control characters go: Latin-1 mojibake holds C1 controls that are bytes of the text.
  const hanMax = utf8Bytes === undefined ? Number.POSITIVE_INFINITY : utf8HanMax(utf8Bytes, raw.length);
  const repair = repairs.mojibake ? mojibakeRepaired(text, encoding, suspect, hanMax) : null;
  if (repair !== null) {
    text = repair.text;
    warnings.push(repair.warning);
  }
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  // No control character to drop or count (a repair's new text is searched as before).
  if (!suspect && repair === null) return { text, encoding, warnings };
  // Trailing NULs are padding from fixed-size records, not a sign of binary content.
  const unpadded = trimWhere(text, (code) => code === 0, "end");
  const padding = text.length - unpadded.length;
  const controls = unpadded.match(CONTROL)?.length ?? 0;
  if (padding > 0 || controls > 0) {
    text = unpadded.replace(CONTROL, "");
    warnings.push(
      warning(
        controls / unpadded.length > settings.binaryControlShare ? "binary-content" : "control-characters",
        `${controls + padding} control character(s) such as NUL were removed`,
      ),
    );
  }
  return { text, encoding, warnings };
}

/**
 * The text with its mojibake read back, and the warning that says so; null when it has none. UTF-8 misread
 * (as Latin-1 or GBK) can only be in a UTF-8 file; GBK read one byte off is in the characters, whatever the
 * file's encoding. `latinLeads` false: the caller found no `LATIN_LEADS` character, which Latin-1 mojibake needs.
 */
export function mojibakeRepaired(
  text: string,
  encoding: Encoding,
  latinLeads = true,
  hanMax = Number.POSITIVE_INFINITY,
): { text: string; warning: Warning } | null {
  const repair =
    (encoding === "utf-8" ? repairMojibake(text, latinLeads, hanMax) : null) ?? repairSlippedGbk(text);
  if (repair === null) return null;
  return {
    text: repair.text,
    warning: warning(
      "mojibake-repaired",
      repair.misreadAs === "GBK one byte off"
        ? `stretches of GBK were read one byte off where a lossy conversion lost a byte; ${repair.characters} character(s) were read back`
        : `the text was UTF-8 once read as ${repair.misreadAs} and saved again; ${repair.characters} character(s) were read back as UTF-8`,
    ),
  };
}

function tooLarge(size: number, limit: number): CaixunError {
  return new CaixunError(
    "input-too-large",
    `input is ${size} bytes; the limit is ${limit} bytes (settings.maxInputBytes)`,
  );
}
