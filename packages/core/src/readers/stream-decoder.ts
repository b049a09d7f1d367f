import type { Warning } from "../article.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { type Encoding, normalise, readAsLegacy } from "../stages/decode.js";

/**
 * Bytes decoded as they arrive, for an input read as a stream of documents (a SQL dump of any size):
 * the encoding is chosen from the first bytes as `decode` chooses it from all of them (UTF-16 aside:
 * such an input is read whole), and each piece is normalised as `decode` normalises a text (BOMs,
 * line ends, control characters, mojibake). `warnings` says what was found so far, each code once.
 */
export class StreamDecoder {
  private decoder: TextDecoder | null = null;
  private encoding: Encoding = "utf-8";
  /** A piece ended with `\r`: whether a `\n` follows is for the next piece to say. */
  private carriageReturn = false;
  private readonly found = new Map<string, Warning>();

  constructor(private readonly settings: Readonly<ParseSettings> = DEFAULT_SETTINGS) {}

  get warnings(): Warning[] {
    return [...this.found.values()];
  }

  push(bytes: Uint8Array): string {
    if (this.decoder === null) this.start(bytes);
    return this.normalised(this.decoder!.decode(bytes, { stream: true }), false);
  }

  end(): string {
    return this.decoder === null ? "" : this.normalised(this.decoder.decode(), true);
  }

  private start(first: Uint8Array): void {
    try {
      // A fresh decoder in stream mode: a character cut at the end of the first bytes is no error.
      new TextDecoder("utf-8", { fatal: true }).decode(first, { stream: true });
    } catch {
      const read = readAsLegacy(first, this.settings);
      this.encoding = read.encoding;
      this.found.set(read.warning.code, read.warning);
    }
    this.decoder = new TextDecoder(this.encoding);
  }

  private normalised(piece: string, final: boolean): string {
    let text = this.carriageReturn ? `\r${piece}` : piece;
    this.carriageReturn = !final && text.endsWith("\r");
    if (this.carriageReturn) text = text.slice(0, -1);
    const decoded = normalise(text, this.encoding, [], this.settings);
    for (const found of decoded.warnings) if (!this.found.has(found.code)) this.found.set(found.code, found);
    return decoded.text;
  }
}
