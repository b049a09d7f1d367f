import type { Warning } from "../article.js";
import { CaixunError } from "../errors.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { trimWhere } from "../text/chars.js";
import { warning } from "../warnings.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface Decoded {
  /** The text with BOM removed, line ends normalised to `\n` and control characters dropped. */
  text: string;
  encoding: Encoding;
  warnings: Warning[];
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

/** gb18030 decoding is not in every runtime's TextDecoder; null where it is missing. */
const gb18030: TextDecoder | null = (() => {
  try {
    return new TextDecoder("gb18030");
  } catch {
    return null;
  }
})();

/**
 * Decode: bytes or a string in, normalised text out. Bytes are UTF-8 unless they carry a UTF-16 BOM
 * or are not valid UTF-8, in which case they are read as GB18030 (a superset of GBK and GB2312, the
 * encodings Chinese scrapes come in). Throws `CaixunError` only for input over
 * `settings.maxInputBytes` or of another type than string or bytes.
 */
export function decode(
  input: string | Uint8Array,
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
): Decoded {
  if (typeof input === "string") {
    if (input.length > settings.maxInputBytes) throw tooLarge(input.length, settings.maxInputBytes);
    return normalise(input, "utf-8", [], settings);
  }
  if (!(input instanceof Uint8Array)) {
    throw new CaixunError("invalid-input-type", "parse() takes a string or a Uint8Array");
  }
  if (input.byteLength > settings.maxInputBytes) throw tooLarge(input.byteLength, settings.maxInputBytes);
  return decodeBytes(input, settings);
}

function decodeBytes(bytes: Uint8Array, settings: Readonly<ParseSettings>): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return normalise(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le", [], settings);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return normalise(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be", [], settings);
  }
  try {
    return normalise(utf8Strict.decode(bytes), "utf-8", [], settings);
  } catch {
    // Not valid UTF-8: legacy Chinese encodings are the usual reason.
  }
  if (gb18030 === null) {
    return normalise(
      utf8Lenient.decode(bytes),
      "utf-8",
      [
        warning(
          "encoding-unsupported",
          "the bytes are not valid UTF-8 and this runtime has no GB18030 decoder; invalid bytes were replaced with U+FFFD",
        ),
      ],
      settings,
    );
  }
  const text = gb18030.decode(bytes);
  if (looksLikeChinese(text, settings.gb18030OddShare)) {
    return normalise(
      text,
      "gb18030",
      [warning("encoding-gb18030", "the bytes are not valid UTF-8; they were decoded as GB18030 (GBK)")],
      settings,
    );
  }
  return normalise(
    utf8Lenient.decode(bytes),
    "utf-8",
    [
      warning(
        "encoding-invalid",
        "the bytes are neither valid UTF-8 nor GB18030 text; invalid bytes were replaced",
      ),
    ],
    settings,
  );
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
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function normalise(
  raw: string,
  encoding: Encoding,
  warnings: Warning[],
  settings: Readonly<ParseSettings>,
): Decoded {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
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

function tooLarge(size: number, limit: number): CaixunError {
  return new CaixunError(
    "input-too-large",
    `input is ${size} bytes; the limit is ${limit} bytes (settings.maxInputBytes)`,
  );
}
