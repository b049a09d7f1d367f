import { readFileSync } from "node:fs";

/**
 * The bytes of a command-line argument that was not UTF-8, or null. Node decodes `process.argv` as UTF-8 with
 * U+FFFD for each byte it cannot read, so a file name given in GBK, Big5 or Latin-1 (`caixun parse 新闻.txt` in a
 * GBK shell, a name from a zip made on Windows) names no file by the time caixun sees it. Linux keeps the
 * arguments as they were passed in `/proc/self/cmdline`: the argument whose UTF-8 reading is `text` is the one
 * meant. Elsewhere (no `/proc`) the answer is null and the name is reported as Node gave it.
 */
export function argumentBytes(text: string): Buffer | null {
  if (!text.includes("\uFFFD")) return null;
  let raw: Buffer;
  try {
    raw = readFileSync("/proc/self/cmdline");
  } catch {
    return null;
  }
  const plain = Buffer.from(text);
  for (let start = 0; start < raw.length; ) {
    const end = raw.indexOf(0, start);
    const argument = raw.subarray(start, end < 0 ? raw.length : end);
    if (!argument.equals(plain) && argument.toString("utf8") === text) return Buffer.from(argument);
    start = end < 0 ? raw.length : end + 1;
  }
  return null;
}
