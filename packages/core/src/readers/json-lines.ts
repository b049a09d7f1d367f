import type { Warning } from "../article.js";
import { decode } from "../stages/decode.js";
import { type Line, LineReader } from "./lines.js";
import { PYTHON_RECORD_START, pythonRecord } from "./python-literal.js";
import type { ReadItem } from "./types.js";
import { cappedRecordText } from "./wide-record.js";

/**
 * JSON Lines (NDJSON): one record per line, each line decoded on its own (UTF-8, or GB18030 when it
 * is not UTF-8). A line that is not a JSON object is a failure of that line; the rest go on. Blank
 * lines are not records. A line that is no record but holds records in its arrays (an API response
 * saved a line each) gives those, `line 3 item 2` (`RecordMapper.nestedDocuments`).
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
      // A record of more fields than it keeps is cut to them before it is parsed (`cappedRecordText`).
      let warnings: Warning[] = [];
      let text = utf8(line.bytes)?.trim() ?? null;
      // A blank line is passed over before it is parsed: as no JSON it was parsed twice, decoded again and parsed
      // twice more, each parse throwing (a day of 10^6 empty lines took 224 s; twenty-eighth round).
      if (text === "") continue;
      let capped = text === null ? null : cappedRecordText(text, this.mapper);
      let record = text === null ? null : parseRecordText(capped?.text ?? text);
      if (text === null || typeof record === "string") {
        const decoded = decode(line.bytes, this.options.settings);
        text = decoded.text.trim();
        capped = cappedRecordText(text, this.mapper);
        record = parseRecordText(capped?.text ?? text);
        warnings = decoded.warnings;
        // Blank once decoded but not as UTF-8: the line held only control characters or bytes that are no
        // text (a run of NULs where a record was zeroed); told as a failure of its line, never passed over.
        if (text === "") {
          const message = "no record: the line holds only control characters or bytes that are no text";
          items.push({ failure: { code: "invalid-record", message, ref } });
          continue;
        }
      }
      if (typeof record === "string" || record === null) {
        items.push({ failure: { code: "invalid-record", message: String(record), ref } });
        continue;
      }
      const where = {
        ref,
        line: line.number,
        raw: text,
        ...(capped === null ? {} : { dropped: capped.dropped }),
      };
      const read = this.mapper.document(record, where, "dump-record");
      // A line that is no record but holds records (an API response saved a line each): `line 3 item 2`.
      const nested =
        "failure" in read && read.failure.code === "not-a-news-record"
          ? this.mapper.nestedDocuments(record, line.number, (index) => `${ref} item ${index + 1}`, text)
          : null;
      for (const item of nested ?? [read]) {
        items.push(
          "failure" in item ? item : { document: item.document, warnings: [...warnings, ...item.warnings] },
        );
      }
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

/** True for a JSON object: what a record, a front-matter map or a pack's document is (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The record `text` holds: JSON (`parseRecord`), or a Python dict's repr (`readers/python-literal.ts`) when it opens as
 * one does; a string says what is wrong.
 */
export function parseRecordText(text: string, onlyItem = false): Record<string, unknown> | string {
  const record = parseRecord(text, onlyItem);
  return typeof record === "string" && PYTHON_RECORD_START.test(text.trimStart())
    ? pythonRecord(text, onlyItem)
    : record;
}

/**
 * A JSON object, or what is wrong with the text. Two slips of the writers that leave the rest of a record
 * sound are read through (`repairedJson`): a string holding raw control characters (a TAB or a line
 * break typed into the value, as feedx's full-text feeds write them) is read as if they were escaped, and
 * a bare `NaN`, `Infinity` or `-Infinity` (what Python's `json.dumps` writes for a float without a value,
 * a scraper's empty numeric column) is read as null. With `onlyItem`, an array of one value is read as that value
 * (a saved feed or an API's list cut to the one record it holds).
 */
export function parseRecord(text: string, onlyItem = false): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const repaired = repairedJson(text);
    if (repaired === null) return `not JSON: ${(error as Error).message}`;
    try {
      value = JSON.parse(repaired);
    } catch {
      return `not JSON: ${(error as Error).message}`;
    }
  }
  if (onlyItem && Array.isArray(value) && value.length === 1) value = value[0];
  if (!isJsonObject(value)) {
    return `a JSON ${value === null ? "null" : Array.isArray(value) ? "array" : typeof value}, not a record (an object)`;
  }
  return value as Record<string, unknown>;
}

/**
 * The text with every raw control character inside a string literal written as a `\u` escape and every
 * bare non-finite number outside one (`NaN`, `Infinity`, `-Infinity`) written as `null`; null when there
 * is neither (the text is wrong in some other way). One pass, following quotes and escapes.
 */
function repairedJson(text: string): string | null {
  let out = "";
  let copied = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let skipped = 1;
    let written: string | undefined;
    if (!inString) {
      if (code === 0x22) inString = true;
      // `N`, `I` or `-` starts a word Python writes for a float without a value.
      else if (code === 0x4e || code === 0x49 || code === 0x2d) {
        skipped = NON_FINITE.exec(text.slice(i, i + 10))?.[0].length ?? 0;
        if (skipped > 0) written = "null";
      }
    } else if (code === 0x5c) i++;
    else if (code === 0x22) inString = false;
    else if (code < 0x20) written = `\\u${code.toString(16).padStart(4, "0")}`;
    if (written !== undefined) {
      out += text.slice(copied, i) + written;
      copied = i + skipped;
      i = copied - 1;
    }
  }
  return copied === 0 ? null : out + text.slice(copied);
}

/** A non-finite number as Python's `json.dumps` writes it, whole (not the start of a longer word: `NaNo`). */
const NON_FINITE = /^(?:NaN|-?Infinity)(?![\w$])/;
