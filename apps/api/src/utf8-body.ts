import { ProblemError } from "./problem.js";

/** Throws on the first malformed sequence instead of decoding it to U+FFFD, and keeps a BOM out of the text. */
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * A JSON body's text (RFC 8259 §8.1: JSON is UTF-8). A body that is not UTF-8 is refused with the byte offset of
 * its first malformed sequence, rather than decoded to U+FFFD: a name or a text stored with its bytes silently
 * replaced cannot be told from what the client meant to send. `what` names the body in the problem (`the body`).
 */
export function utf8Text(bytes: Uint8Array, what: string): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    const at = firstMalformedUtf8(bytes);
    throw new ProblemError(
      "invalid-json",
      `${what} is not UTF-8: byte ${at} (0x${bytes[at]!.toString(16).padStart(2, "0")}) begins no UTF-8 sequence`,
    );
  }
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629 §4: no overlong form,
 * no surrogate, nothing past U+10FFFF), or -1 when every byte is read.
 */
export function firstMalformedUtf8(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at]!;
    const length =
      lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
    if (length === 0) return at;
    // Only the second byte's range depends on the lead: it shuts out overlong forms, surrogates and U+110000 on.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let next = 1; next < length; next++) {
      const byte = bytes[at + next];
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf))
        return at;
    }
    at += length;
  }
  return -1;
}
