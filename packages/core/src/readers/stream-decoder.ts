import type { Warning } from "../article.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { type Encoding, normalise, REPAIR_ALL, type Repairs, readAsLegacy } from "../stages/decode.js";
import { firstInvalidUtf8, incompleteUtf8Tail } from "../text/utf8.js";
import { concat } from "./lines.js";

/**
 * Text decoded from a stretch of the stream, the warnings in force for it (what decoding found up to its end)
 * and the encoding it was read in.
 */
export interface DecodedPiece {
  text: string;
  warnings: Warning[];
  encoding: Encoding;
}

/** ASCII reads the same in UTF-8, GB18030 and Big5: bytes before the first non-ASCII one are decoded as they come. */
const asciiDecoder = new TextDecoder("utf-8");
/** UTF-8 past the stream's start: a U+FEFF there is a character of the text, not a byte order mark to drop. */
const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Bytes decoded as they arrive, for an input read as a stream of documents (a SQL dump of any size), into the
 * text `decode` gives for the whole input, however the bytes are split (UTF-16 aside: such an input is read
 * whole). ASCII bytes are the same in every encoding `decode` chooses from, so the choice waits for the first
 * byte that is not ASCII; from there `settings.streamEncodingSampleBytes` bytes (or the rest of a shorter input)
 * are held and judged as `decode` judges a whole input: UTF-8 when they are valid UTF-8, else GB18030 or Big5
 * (`readAsLegacy`). Each piece is normalised as `decode` normalises a text (BOMs, line ends, control
 * characters, and mojibake unless `repairs` leaves it to the reader).
 *
 * A stream judged UTF-8 may turn out not to be past its sample (a dump whose GBK rows follow UTF-8 ones): from
 * the first invalid byte, the bytes are held and judged again, and the new reading's warning says where it
 * started. Never a silent U+FFFD: bytes that no reading fits are replaced, and a warning says so. `push` and
 * `end` return the text with the warnings in force for it, so the documents read from the text before a
 * change do not carry the change's warning, and those after it do.
 */
export class StreamDecoder {
  /** `ascii` until the first non-ASCII byte; `holding` while the bytes to judge are gathered; then `decided`. */
  private state: "ascii" | "holding" | "decided" = "ascii";
  private encoding: Encoding = "utf-8";
  /** The decoder of a legacy encoding (or of UTF-8 read leniently, once a warning says so); null while UTF-8 is checked. */
  private decoder: TextDecoder | null = null;
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  /** The input's byte where the held bytes start: where a new reading starts, for its warning. */
  private heldFrom = 0;
  /** Whether a reading was chosen before the one the held bytes will get: its warning says where it changed. */
  private changing = false;
  /** The end of checked UTF-8 bytes: a character cut at the end of a piece, completed by the next. */
  private tail: Uint8Array = new Uint8Array(0);
  /** Bytes pushed so far. */
  private position = 0;
  /** A piece ended with `\r`: whether a `\n` follows is for the next piece to say. */
  private carriageReturn = false;
  private readonly found = new Map<string, Warning>();
  private pieces: DecodedPiece[] = [];

  constructor(
    private readonly settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
    private readonly repairs: Readonly<Repairs> = REPAIR_ALL,
  ) {}

  /** What decoding found so far, each code once. */
  get warnings(): Warning[] {
    return [...this.found.values()];
  }

  push(bytes: Uint8Array): DecodedPiece[] {
    this.read(bytes, false);
    this.position += bytes.length;
    return this.flush(false);
  }

  end(): DecodedPiece[] {
    this.read(new Uint8Array(0), true);
    return this.flush(true);
  }

  private read(bytes: Uint8Array, final: boolean): void {
    let rest = bytes;
    if (this.state === "ascii") {
      const at = firstNonAscii(rest);
      if (at < 0) {
        if (rest.length > 0) this.emit(asciiDecoder.decode(rest));
        return;
      }
      if (at > 0) this.emit(asciiDecoder.decode(rest.subarray(0, at)));
      this.hold(rest.subarray(at), this.position + at);
      rest = new Uint8Array(0);
    } else if (this.state === "holding") {
      this.held.push(rest.slice());
      this.heldBytes += rest.length;
      rest = new Uint8Array(0);
    }
    if (this.state === "holding") {
      if (!final && this.heldBytes < this.settings.streamEncodingSampleBytes) return;
      rest = this.decide(final);
    }
    this.decodeDecided(rest, final, this.position + bytes.length);
  }

  private hold(bytes: Uint8Array, from: number): void {
    this.state = "holding";
    this.held = [bytes.slice()];
    this.heldBytes = bytes.length;
    this.heldFrom = from;
  }

  /** The held bytes judged as `decode` judges a whole input; returns them, to be decoded in the reading chosen. */
  private decide(final: boolean): Uint8Array {
    const bytes = concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    this.state = "decided";
    // A character cut at the end of a sample is no error: the next bytes complete it.
    const cut = final ? 0 : incompleteUtf8Tail(bytes);
    if (strictUtf8(bytes.subarray(0, bytes.length - cut)) !== null) {
      this.encoding = "utf-8";
      this.decoder = null;
      return bytes;
    }
    const read = readAsLegacy(bytes, this.settings);
    this.encoding = read.encoding;
    this.decoder =
      read.encoding === "utf-8"
        ? new TextDecoder("utf-8", { ignoreBOM: this.heldFrom > 0 })
        : new TextDecoder(read.encoding);
    const change = this.changing ? ` (from byte ${this.heldFrom} on; the bytes before it were UTF-8)` : "";
    this.found.set(read.warning.code, { ...read.warning, message: `${read.warning.message}${change}` });
    return bytes;
  }

  /**
   * Bytes in the reading chosen. UTF-8 is checked as it comes: at its first invalid byte the stream is held
   * and judged again from there (`decide`). A legacy reading that has to replace bytes says so.
   */
  private decodeDecided(bytes: Uint8Array, final: boolean, end: number): void {
    if (this.decoder !== null) {
      const text = this.decoder.decode(bytes, { stream: !final });
      if (this.encoding !== "utf-8" && text.includes("\uFFFD") && !this.found.has("encoding-invalid")) {
        this.found.set("encoding-invalid", {
          code: "encoding-invalid",
          message: `bytes before byte ${end} are not ${this.encoding.toUpperCase()} either; they were replaced with U+FFFD`,
        });
      }
      this.emit(text);
      return;
    }
    const all = this.tail.length === 0 ? bytes : concat([this.tail, bytes], this.tail.length + bytes.length);
    const start = end - all.length;
    const cut = final ? 0 : incompleteUtf8Tail(all);
    const complete = all.subarray(0, all.length - cut);
    const text = strictUtf8(complete);
    if (text !== null) {
      this.tail = all.slice(all.length - cut);
      if (text !== "") this.emit(text);
      return;
    }
    // Only now is the stream's UTF-8 read byte by byte: to find where it stops being UTF-8.
    const invalid = firstInvalidUtf8(complete);
    this.tail = new Uint8Array(0);
    if (invalid > 0) this.emit(utf8Strict.decode(complete.subarray(0, invalid)));
    this.changing = true;
    this.hold(all.subarray(invalid), start + invalid);
    if (final || this.heldBytes >= this.settings.streamEncodingSampleBytes)
      this.decodeDecided(this.decide(final), final, end);
  }

  private emit(piece: string, final = false): void {
    let text = this.carriageReturn ? `\r${piece}` : piece;
    this.carriageReturn = !final && text.endsWith("\r");
    if (this.carriageReturn) text = text.slice(0, -1);
    const decoded = normalise(text, this.encoding, [], this.settings, this.repairs);
    for (const found of decoded.warnings) if (!this.found.has(found.code)) this.found.set(found.code, found);
    const last = this.pieces.at(-1);
    if (last !== undefined && last.warnings.length === this.found.size && last.encoding === this.encoding)
      last.text += decoded.text;
    else this.pieces.push({ text: decoded.text, warnings: this.warnings, encoding: this.encoding });
  }

  private flush(final: boolean): DecodedPiece[] {
    if (final && this.carriageReturn) this.emit("", true);
    const pieces = this.pieces;
    this.pieces = [];
    // The end is said even when it brings no text: a reader needs it to close what it holds.
    return final && pieces.length === 0
      ? [{ text: "", warnings: this.warnings, encoding: this.encoding }]
      : pieces;
  }
}

/** The bytes as UTF-8 text, or null when they are not valid UTF-8 (a character cut at the end is invalid). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

/** The index of the first byte that is not ASCII, or -1. */
function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}
