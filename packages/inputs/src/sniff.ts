import { decode } from "@caixun/core/stages";

/**
 * What a folder walk does with a file that has no extension at all (`2018年继续价值投资`, a
 * scraper's dump of pages as text): it reads the first bytes and reads the file as news when they
 * are text with Chinese in it, whatever its encoding (UTF-8, GBK, Big5, UTF-16). Anything else —
 * binary data, or text without Chinese (a `Makefile`, a shell script, an English note) — is
 * skipped with the reason. Only files without any extension are sniffed: a file whose extension
 * is not on the list was named as something else by whoever saved it.
 */

/** How many bytes of a file the sniff reads. */
export const SNIFF_BYTES = 4096;
/** Chinese characters the first bytes must hold to be news text. */
const MIN_HAN = 8;
/** Share of control bytes (other than tab, line ends, form feed, escape) above which bytes are binary. */
const MAX_CONTROL_SHARE = 0.01;
const HAN = /\p{Script=Han}/gu;

export type SniffVerdict = { news: true } | { news: false; why: string };

/** Whether a name has no extension (`.bashrc`-like hidden names are left to the hidden rule). */
export function hasNoExtension(name: string): boolean {
  return name.indexOf(".", 1) < 0;
}

/** The verdict on a file's first bytes (at most `SNIFF_BYTES` of them; fewer when the file is short). */
export function sniffNewsText(head: Uint8Array): SniffVerdict {
  if (head.byteLength === 0) return { news: false, why: "empty" };
  // UTF-16 (with a BOM or without, as core decodes it) is full of zero bytes and still text.
  const { text, encoding } = decode(wholeCharacters(head));
  if (!encoding.startsWith("utf-16") && controlShare(head) > MAX_CONTROL_SHARE) {
    return { news: false, why: "binary data" };
  }
  const han = text.match(HAN)?.length ?? 0;
  return han >= MIN_HAN ? { news: true } : { news: false, why: "text without Chinese" };
}

function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) {
      control++;
    }
  }
  return control / bytes.byteLength;
}

/**
 * The bytes up to the last line end, so a multi-byte character cut at the end of the sample does
 * not make valid UTF-8 look like a legacy encoding (the whole sample when it has no line end).
 */
function wholeCharacters(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength < SNIFF_BYTES) return bytes;
  const end = bytes.lastIndexOf(0x0a);
  return end > 0 ? bytes.subarray(0, end + 1) : bytes;
}
