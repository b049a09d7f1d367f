import type { Warning } from "../article.js";
import { decode } from "../stages/decode.js";
import { type Line, LineReader } from "./lines.js";
import type { ReadItem } from "./types.js";

/**
 * JSON Lines (NDJSON): one record per line, each line decoded on its own (UTF-8, or GB18030 when it
 * is not UTF-8). A line that is not a JSON object is a failure of that line; the rest go on. Blank
 * lines are not records.
 */
export class JsonLinesReader extends LineReader {
  protected read(lines: readonly Line[]): ReadItem[] {
    const items: ReadItem[] = [];
    for (const line of lines) {
      const ref = `line ${line.number}`;
      if (line.bytes === null) {
        items.push({
          failure: {
            code: "record-too-large",
            message: `the record is over ${this.options.settings.maxInputBytes} bytes (maxInputBytes)`,
            ref,
          },
        });
        continue;
      }
      // Valid UTF-8 JSON (nearly every line) is parsed as it is; anything else is decoded the way
      // files are (GB18030, control characters removed) and tried again.
      let warnings: Warning[] = [];
      let text = utf8(line.bytes)?.trim() ?? null;
      let record = text === null ? null : parseRecord(text);
      if (text === null || typeof record === "string") {
        const decoded = decode(line.bytes, this.options.settings);
        text = decoded.text.trim();
        record = parseRecord(text);
        warnings = decoded.warnings;
      }
      if (text === "") continue;
      if (typeof record === "string" || record === null) {
        items.push({ failure: { code: "invalid-record", message: String(record), ref } });
        continue;
      }
      const read = this.mapper.document(record, { ref, line: line.number, raw: text }, "dump-record");
      items.push(
        "failure" in read ? read : { document: read.document, warnings: [...warnings, ...read.warnings] },
      );
    }
    return items;
  }
}

const lenientUtf8 = new TextDecoder("utf-8");

/**
 * The bytes as UTF-8 text (a BOM dropped), or null when they may not be UTF-8. The lenient decoder
 * is the fast one; a replacement character in its output sends the line to the careful `decode`.
 */
function utf8(bytes: Uint8Array): string | null {
  const text = lenientUtf8.decode(bytes);
  return text.includes("\uFFFD") ? null : text;
}

/** A JSON object, or what is wrong with the text. */
export function parseRecord(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return `a JSON ${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}, not a record (an object)`;
  }
  return value as Record<string, unknown>;
}
