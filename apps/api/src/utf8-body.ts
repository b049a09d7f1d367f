import { firstInvalidUtf8 } from "@caixun/core/policy";
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
    const at = firstInvalidUtf8(bytes);
    throw new ProblemError(
      "invalid-json",
      `${what} is not UTF-8: byte ${at} (0x${bytes[at]!.toString(16).padStart(2, "0")}) begins no UTF-8 sequence`,
    );
  }
}
