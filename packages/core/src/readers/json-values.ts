import type { Warning } from "../article.js";
import { setOwn } from "../assemble/own-property.js";
import { decode } from "../stages/decode.js";
import { parseRecordText } from "./json-lines.js";
import { concat } from "./lines.js";
import type { RecordMapper } from "./record.js";
import type { DocumentReader, ReadItem } from "./types.js";
import type { ReaderOptions } from "./whole-file.js";
import { cappedRecordText } from "./wide-record.js";

const QUOTE = 0x22;
/** A Python repr's string quote (`readers/python-literal.ts`): its strings are followed as JSON's are. */
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const NEWLINE = 0x0a;

/**
 * A JSON array of records (`[{…}, {…}]`), or JSON objects one after another over several lines:
 * one document per record (`item 3`). The input is cut into its top-level values as it streams
 * (strings and nesting are followed byte by byte), so an array of any length is read with memory
 * for one record at a time. A value that is not a JSON object is a failure of that item. An object
 * that is no news record but holds records in its arrays (an API response, a scraper's export of
 * category arrays) gives those records, one document each (`recordsWithin`).
 */
export class JsonValuesReader implements DocumentReader {
  /** Nesting depth: 0 outside everything, 1 inside the outer array (when there is one). */
  private depth = 0;
  private inString = false;
  /** The quote the open string closes with. */
  private quote = QUOTE;
  private escaped = false;
  private inArray = false;
  private started = false;
  /** Depth at which items start: 1 inside an array, 0 for objects one after another. */
  private itemDepth = 0;
  private item: Uint8Array[] = [];
  private itemBytes = 0;
  private itemOpen = false;
  private itemTooLarge = false;
  private itemLine = 0;
  private count = 0;
  /** The column names a sheet's first row gives its rows (`sheetRow`); null before it, or for a sheet without one. */
  private header: string[] | null = null;
  private line: number;
  private closed = false;

  constructor(
    private readonly options: ReaderOptions,
    private readonly mapper: RecordMapper,
  ) {
    this.line = options.firstLine;
  }

  push(chunk: Uint8Array): ReadItem[] {
    const items: ReadItem[] = [];
    let itemStart = this.itemOpen ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === NEWLINE) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === this.quote) this.inString = false;
        continue;
      }
      if (!this.started) {
        if (byte <= 0x20 || byte === 0xef || byte === 0xbb || byte === 0xbf) continue; // white space, a BOM
        this.started = true;
        if (byte === OPEN_BRACKET) {
          this.inArray = true;
          this.itemDepth = 1;
          this.depth = 1;
          continue;
        }
      }
      if (this.closed) {
        // Another array after the first (a page of records a line, as a scraper appends them): its items read on.
        if (this.inArray && byte === OPEN_BRACKET) {
          this.closed = false;
          this.depth = 1;
        }
        continue;
      }
      if (!this.itemOpen) {
        // Between items: white space, commas, and the end of the outer array.
        if (byte <= 0x20 || byte === 0x2c) continue;
        if (this.inArray && byte === CLOSE_BRACKET && this.depth === 1) {
          this.closed = true;
          this.depth = 0;
          continue;
        }
        this.itemOpen = true;
        this.itemLine = this.line;
        itemStart = i;
      }
      if (byte === QUOTE || byte === APOSTROPHE) {
        this.inString = true;
        this.quote = byte;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        this.depth++;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth < this.itemDepth) {
          // The outer array closes right after a bare value (`…, 5]`).
          this.keep(chunk.subarray(itemStart, i));
          items.push(...this.finish());
          itemStart = -1;
          this.closed = true;
        } else if (this.depth === this.itemDepth) {
          this.keep(chunk.subarray(itemStart, i + 1));
          items.push(...this.finish());
          itemStart = -1;
        }
      } else if (this.depth === this.itemDepth && (byte === 0x2c || byte <= 0x20)) {
        // A bare value (a number, `true`) ends at the next separator.
        this.keep(chunk.subarray(itemStart, i));
        items.push(...this.finish());
        itemStart = -1;
      }
    }
    if (this.itemOpen && itemStart >= 0) this.keep(chunk.subarray(itemStart).slice());
    return items;
  }

  end(): ReadItem[] {
    if (!this.itemOpen && (!this.inArray || this.closed)) return [];
    const where = this.itemOpen ? `inside item ${this.count + 1}` : "before the array's closing ]";
    return [
      {
        failure: {
          code: "corrupt-input",
          message: `the JSON ends ${where}: the input is cut short`,
          ref: this.itemOpen ? `item ${this.count + 1}` : null,
        },
      },
    ];
  }

  private keep(piece: Uint8Array): void {
    if (this.itemTooLarge) return;
    if (this.itemBytes + piece.length > this.options.settings.maxInputBytes) {
      this.itemTooLarge = true;
      this.item = [];
      return;
    }
    this.item.push(piece);
    this.itemBytes += piece.length;
  }

  private finish(): ReadItem[] {
    this.count++;
    const ref = `item ${this.count}`;
    const tooLarge = this.itemTooLarge;
    const bytes = concat(this.item, this.itemBytes);
    this.item = [];
    this.itemBytes = 0;
    this.itemOpen = false;
    this.itemTooLarge = false;
    if (tooLarge) {
      return [
        {
          failure: {
            code: "record-too-large",
            message: `the record is over ${this.options.settings.maxInputBytes} bytes (maxInputBytes)`,
            ref,
          },
        },
      ];
    }
    const decoded = decode(bytes, this.options.settings);
    if (this.inArray && decoded.text.trimStart().startsWith("["))
      return this.sheetRow(decoded.text, ref, decoded.warnings);
    // A record of more fields than it keeps is cut to them before it is parsed (`cappedRecordText`).
    const capped = cappedRecordText(decoded.text, this.mapper);
    const record = parseRecordText(capped?.text ?? decoded.text);
    if (typeof record === "string") return [{ failure: { code: "invalid-record", message: record, ref } }];
    const where = {
      ref,
      line: this.itemLine,
      raw: decoded.text,
      ...(capped === null ? {} : { dropped: capped.dropped }),
    };
    // A feed saved as JSON (`{items: […], title, feedUrl}`): its items, not the feed's own fields, are the stories.
    const feed = this.within(decoded.warnings, (refOf) =>
      this.mapper.feedDocuments(record, this.itemLine, refOf),
    );
    if (feed !== null) return feed;
    const read = this.mapper.document(record, where, "dump-record");
    if ("failure" in read) {
      const nested =
        read.failure.code === "not-a-news-record"
          ? this.nested(record, decoded.text, decoded.warnings)
          : null;
      return nested ?? [read];
    }
    return [{ document: read.document, warnings: [...decoded.warnings, ...read.warnings] }];
  }

  /**
   * One row of a sheet written as an array of arrays (`[["時間", "股票", "標題", "連結"], ["2026/1/12", …], …]`): the first
   * row, when its cells read as column names (`sheetHeader`), names the cells of every row after it and is no record
   * itself (the rows are numbered from the first after it); without one a row's cells are `column 1`, `column 2`, ….
   * Each row is read as a record of a list (a title and a link alone are a headline); a row that is no JSON array is a
   * failure of that item.
   */
  private sheetRow(text: string, ref: string, warnings: readonly Warning[]): ReadItem[] {
    const row = parseRow(text);
    if (typeof row === "string") return [{ failure: { code: "invalid-record", message: row, ref } }];
    if (this.count === 1 && this.header === null) {
      const header = sheetHeader(row);
      if (header !== null) {
        this.header = header;
        this.count = 0;
        return [];
      }
    }
    const record: Record<string, unknown> = {};
    for (const [index, cell] of row.entries())
      setOwn(record, this.header?.[index] ?? `column ${index + 1}`, cell);
    const read = this.mapper.document(
      record,
      { ref, line: this.itemLine, raw: text, inList: true },
      "dump-record",
    );
    return "failure" in read
      ? [read]
      : [{ document: read.document, warnings: [...warnings, ...read.warnings] }];
  }

  /**
   * The documents of the records a JSON object that is no news record holds, numbered on from the object's own
   * item; null when none of them is news (a manifest, a settings file stays one failure).
   */
  private nested(
    container: Record<string, unknown>,
    raw: string,
    warnings: readonly Warning[],
  ): ReadItem[] | null {
    return this.within(warnings, (refOf) =>
      this.mapper.nestedDocuments(container, this.itemLine, refOf, raw),
    );
  }

  /** The documents `read` finds within one item, numbered on from the item's own (`item 3`, `item 4`, …). */
  private within(
    warnings: readonly Warning[],
    read: (refOf: (index: number) => string) => ReadItem[] | null,
  ): ReadItem[] | null {
    const first = this.count;
    const items = read((index) => `item ${first + index}`);
    if (items === null) return null;
    this.count = first + items.length - 1;
    return items.map((item) =>
      "failure" in item ? item : { document: item.document, warnings: [...warnings, ...item.warnings] },
    );
  }
}

/** A sheet's row: a JSON array, or what is wrong with the text. */
function parseRow(text: string): unknown[] | string {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : "not a sheet's row (a JSON array)";
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
}

/** The longest a column's name is: a label, never a headline. */
const COLUMN_NAME_MAX = 40;
/** A value no column is named: a web address, a number, a date. */
const VALUE_NOT_NAME = /^(?:https?:\/\/|[\d\s.:/+-]+$)/i;

/**
 * The column names a sheet's first row gives, when every cell is one (a short string, no address, number or date, no
 * two alike); null when it is a row of data.
 */
export function sheetHeader(row: readonly unknown[]): string[] | null {
  if (row.length === 0) return null;
  const names: string[] = [];
  for (const cell of row) {
    if (typeof cell !== "string") return null;
    const name = cell.trim();
    if (name === "" || name.length > COLUMN_NAME_MAX || VALUE_NOT_NAME.test(name) || names.includes(name))
      return null;
    names.push(name);
  }
  return names;
}
