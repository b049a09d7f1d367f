import { READERS_CSV_DOCUMENTS_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Warning } from "../article.js";
import { setOwn } from "../assemble/own-property.js";
import type { Encoding } from "../stages/decode.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { type CsvItem, CsvRowReader, headerKey } from "./csv.js";
import { placeKeys } from "./field-roles.js";
import { type RecordMapping, resolveMapping } from "./mapping.js";
import { keptFields, type RecordMapper } from "./record.js";
import { mojibakeRepairedRow, rowTooLarge, withDecodingWarnings } from "./streamed-records.js";
import type { ReadItem } from "./types.js";

/**
 * The documents of a CSV export held whole as text: one given to `parseAll` whole, decoded with its mojibake left
 * for each row (`encoding` says the text's), or a one-row export given to `parse`, whose text was repaired whole
 * (no `encoding`).
 */
export function csvDocuments(
  text: string,
  mapper: RecordMapper,
  firstLine: number,
  encoding?: Encoding,
): ReadItem[] {
  const documents = new CsvDocuments(mapper, mapper.mapping, firstLine, Infinity, encoding !== undefined);
  const rows = new CsvRowReader(Number.POSITIVE_INFINITY, (header) => documents.columnsOf(header));
  return [...documents.of(rows.push(text, true), [], encoding ?? "utf-8"), ...documents.end(rows.cut)];
}

/**
 * A CSV export's rows as documents: the first row is the header, whose cells name each row's record
 * keys for the record mapping (`title`, `content`, `标题`, `发布时间` …); a column without a name (the
 * index pandas writes first) is set aside. Each row after it is one document, numbered `row 3` in
 * the order they come. With `judgesMojibake` each row's mojibake is repaired by itself and said by its own
 * warning (`mojibakeRepairedRow`).
 */
export class CsvDocuments {
  /** The header's keys, null for a column set aside; null until the header is read. */
  private keys: (string | null)[] | null = null;
  private headerSeen = false;
  /** Whether the first row is a row of data, not a header (`isDataRow`): the columns are named by place (`column1`, …). */
  private unnamed = false;
  /** The columns each row keeps: at most `maxRecordFields` of the header's keys (`keptFields`). */
  private columns: number[] = [];
  /** How many named columns each row leaves out (past `maxRecordFields`). */
  private dropped = 0;
  /** The keys whose cells are a body: paragraphs a scraper glued with commas are split back. */
  private readonly bodyKeys: ReadonlySet<string>;
  private count = 0;

  constructor(
    private readonly mapper: RecordMapper,
    mapping: RecordMapping | null,
    private readonly firstLine: number,
    private readonly maxChars: number,
    readonly judgesMojibake = true,
  ) {
    const { fields } = resolveMapping(mapping);
    this.bodyKeys = new Set([...fields.content, ...fields.summary]);
  }

  /**
   * The documents of these rows, read in `encoding`; `warnings`, what decoding the export found so far, go with
   * each, and a row's own repair with it alone.
   */
  of(items: readonly CsvItem[], warnings: readonly Warning[], encoding: Encoding): ReadItem[] {
    const read: ReadItem[] = [];
    for (const item of items) {
      if (!this.headerSeen && "cells" in item) {
        this.headerSeen = true;
        if (this.keys === null) this.columnsOf(item.cells);
        if (!this.unnamed) continue;
      }
      const ref = `row ${++this.count}`;
      if ("oversized" in item) {
        read.push(rowTooLarge("the row", this.firstLine + item.oversized.line - 1, this.maxChars, ref));
      } else if ("unterminated" in item) {
        const line = this.firstLine + item.unterminated.line - 1;
        const message = `the quote that opens a cell at line ${line} never closes; the lines after it were read again`;
        read.push({ failure: { code: "corrupt-input", message, ref } });
      } else {
        const line = this.firstLine + item.line - 1;
        // Repaired before its paragraphs are told: a join is told by the characters beside the comma.
        const cells = this.cells(item.cells);
        const repair = this.judgesMojibake ? mojibakeRepairedRow(cells, encoding) : null;
        // A row of more cells than a record keeps says so: its cells past the header's are dropped too.
        const pastHeader = Math.max(0, item.cells.length + (item.beyond ?? 0) - this.keys!.length);
        const fields = this.columns.length + this.dropped + pastHeader;
        const dropped = this.dropped + (fields > this.mapper.maxFields ? pastHeader : 0);
        const document = this.mapper.document(
          this.withParagraphs(repair?.record ?? cells),
          { ref, line, raw: item.raw, dropped, ...(this.unnamed ? { unnamedColumns: true } : {}) },
          "dump-record",
        );
        read.push(withDecodingWarnings(document, repair === null ? warnings : [...warnings, repair.warning]));
      }
    }
    return read;
  }

  /** What the export's end says: it ended inside a quoted cell of a row too long to keep. */
  end(cut: boolean): ReadItem[] {
    if (!cut) return [];
    const ref = `row ${this.count + 1}`;
    const message = "the export ends inside a quoted cell: it is cut short";
    return [{ failure: { code: "corrupt-input", message, ref } }];
  }

  /** Reads the header's keys and gives the columns every row keeps (`CsvRowReader`'s `chooseColumns`). */
  columnsOf(header: readonly string[]): readonly number[] {
    this.unnamed = isDataRow(header);
    this.keys = this.unnamed ? placeKeys(header.length) : headerKeys(header);
    this.keepColumns(this.keys);
    return this.columns;
  }

  /**
   * The columns a row keeps: every named one, or past `maxRecordFields` named ones those the record mapping reads
   * first, then the others in order (`keptFields`), the rest counted as dropped.
   */
  private keepColumns(keys: readonly (string | null)[]): void {
    const named: number[] = [];
    keys.forEach((key, i) => {
      if (key !== null) named.push(i);
    });
    const max = this.mapper.maxFields;
    if (named.length <= max) {
      this.columns = named;
      return;
    }
    const kept = new Set(
      keptFields(
        named.map((i) => keys[i]!),
        (key) => this.mapper.readsKey(key),
        max,
      ),
    );
    this.columns = named.filter((i) => kept.has(keys[i]!));
    this.dropped = named.length - this.columns.length;
  }

  /** A row's cells under the header's keys it keeps; cells past the header's are no field of it. */
  private cells(cells: readonly string[]): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    const keys = this.keys ?? [];
    for (const i of this.columns) {
      if (i >= cells.length) break;
      setOwn(record, keys[i]!, cells[i]!);
    }
    return record;
  }

  /** The record of a row's cells: its body cells' paragraphs split back (`paragraphsOf`). */
  private withParagraphs(cells: Record<string, unknown>): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(cells))
      record[key] = this.bodyKeys.has(key) && typeof value === "string" ? paragraphsOf(value) : value;
    return record;
  }
}

/**
 * The patterns below are compiled from their literals (`READERS_CSV_DOCUMENTS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersCsvDocumentsPatternsCompiled = false;
/**
 * A cell no header names a column by: a web address, or a day (`2020-06-18`, `2020/6/18 09:30`, `2015年12月02日 11:25`).
 */
let DATA_CELL: RegExp;
/** A sentence's end mark: no column's name holds one, a story's text does. */
let SENTENCE_END: RegExp;

/**
 * Whether an export's first row is data, not a header — a scraper that wrote no header (`url,title,"content"`,
 * `2020-06-18,#topic#,post`, innovationb1ue/SinaFinance's `title,,"…2015年12月21日16:39…","…","　　…。"`): one of its
 * cells is a web address or a day, or holds a sentence's end, which no column's name is or does.
 */
function isDataRow(cells: readonly string[]): boolean {
  if (!readersCsvDocumentsPatternsCompiled) compileReadersCsvDocumentsPatterns();
  return cells.some((cell) => DATA_CELL.test(cell) || SENTENCE_END.test(cell));
}

/** The header's cells as keys: an empty first cell (pandas' index column) and repeated names are set aside. */
function headerKeys(cells: readonly string[]): (string | null)[] {
  const seen = new Set<string>();
  return cells.map((cell) => {
    const key = headerKey(cell);
    if (key === "" || seen.has(key)) return null;
    seen.add(key);
    return key;
  });
}

/** Marks inside a sentence that a comma never follows at a paragraph's end (`、` `，` `“` …). */
let OPENS_MORE: RegExp;
/** Marks that go on a sentence, or close one, and never open a paragraph (`、` `。` `”` …). */
let GOES_ON: RegExp;
let NON_ASCII: RegExp;
let HAN: RegExp;

/** Compiles `READERS_CSV_DOCUMENTS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersCsvDocumentsPatterns(): void {
  [DATA_CELL, SENTENCE_END, OPENS_MORE, GOES_ON, NON_ASCII, HAN] = READERS_CSV_DOCUMENTS_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<6>;
  readersCsvDocumentsPatternsCompiled = true;
}

/**
 * A Chinese body cell with the paragraphs a scraper joined with ASCII commas split back onto lines of
 * their own (`…公告。,此外…`, `…暴涨566%,原创 江右`, `\n\t,\n\t,`). Chinese text writes its commas full-width
 * (`，`), so an ASCII comma with no space beside it and a Chinese character or mark on one side is a
 * join; so is one beside an empty piece or a line end. One inside a sentence (`我国,、,等业务` — the
 * text of links the scraper lost) is kept, as is one between ASCII (`1,000`, `Apple, Inc.`).
 */
function paragraphsOf(cell: string): string {
  if (!readersCsvDocumentsPatternsCompiled) compileReadersCsvDocumentsPatterns();
  if (!cell.includes(",") || !HAN.test(cell)) return cell;
  const pieces = cell.split(",");
  let text = pieces[0]!;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    text += joinsParagraphs(pieces[i - 1]!, piece) ? "\n\n" : ",";
    text += piece;
  }
  return text;
}

/** Whether the comma between two pieces of a cell joins two paragraphs (see `paragraphsOf`). */
function joinsParagraphs(before: string, after: string): boolean {
  if (!readersCsvDocumentsPatternsCompiled) compileReadersCsvDocumentsPatterns();
  if (before.trim() === "" || after.trim() === "") return true;
  const last = before[before.length - 1]!;
  const next = after[0]!;
  if (last === "\n" || next === "\n") return true;
  if (/\s/u.test(last) || /\s/u.test(next)) return false;
  if (OPENS_MORE.test(last) || GOES_ON.test(next)) return false;
  return NON_ASCII.test(last) || NON_ASCII.test(next);
}
