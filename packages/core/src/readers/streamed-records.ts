import type { Warning } from "../article.js";
import type { ParseSettings } from "../settings.js";
import { type Encoding, mojibakeRepaired } from "../stages/decode.js";
import { StreamDecoder } from "./stream-decoder.js";
import type { DocumentReader, ReadItem } from "./types.js";

/**
 * Rows read from text as it comes (`SqlRowReader`, `CsvRowReader`, `TaggedRecordReader`): `cut` once the input
 * ended inside one.
 */
export interface RowReader<Row> {
  push(piece: string, final?: boolean): Row[];
  readonly cut: boolean;
}

/** A record's document with `warnings`, what decoding its input found before it, put first; a failure as it is. */
export function withDecodingWarnings(read: ReadItem, warnings: readonly Warning[]): ReadItem {
  return "document" in read && warnings.length > 0
    ? { ...read, warnings: [...warnings, ...read.warnings] }
    : read;
}

/** Joins a row's values to be judged for mojibake as one text: no decoded text holds it (`normalise`), no repair changes it. */
const VALUE_JOIN = "\u0000";

/**
 * A SQL or CSV row's record with its mojibake read back, and the warning that says so; null when the row has
 * none. Mojibake is in characters, never in a dump's or an export's syntax, so the row's string values are judged
 * together, as the row's text would be (a short cell is repaired on the evidence of its row), and read back one
 * by one. Each row is judged by itself: one damaged row of a dump does not make the others damaged.
 */
export function mojibakeRepairedRow(
  record: Record<string, unknown>,
  encoding: Encoding,
): { record: Record<string, unknown>; warning: Warning } | null {
  const keys = Object.keys(record).filter((key) => typeof record[key] === "string");
  const repair = mojibakeRepaired(keys.map((key) => record[key]).join(VALUE_JOIN), encoding);
  const values = repair?.text.split(VALUE_JOIN);
  if (repair === null || values === undefined || values.length !== keys.length) return null;
  const repaired = { ...record };
  keys.forEach((key, i) => {
    repaired[key] = values[i]!;
  });
  return { record: repaired, warning: repair.warning };
}

/**
 * A row the reader skipped for its size, as the failure it is: `what` names it (`the row`, `a statement`,
 * `the record`), `line` where it begins in the input.
 */
export function rowTooLarge(what: string, line: number, maxChars: number, ref: string): ReadItem {
  const message = `${what} at line ${line} is over ${maxChars} characters (maxInputBytes); it was skipped`;
  return { failure: { code: "record-too-large", message, ref } };
}

/**
 * Rows made documents (`SqlDocuments`, `CsvDocuments`, `TaggedDocuments`), and what the input's end says:
 * `of` is given the decoding warnings in force for the rows' text and the encoding it was read in.
 * `judgesMojibake`: the documents repair each row's mojibake themselves, so the decoder leaves it.
 */
export interface RowDocuments<Row> {
  of(rows: readonly Row[], warnings: readonly Warning[], encoding: Encoding): ReadItem[];
  end(cut: boolean): ReadItem[];
  readonly judgesMojibake?: boolean;
}

/**
 * An input of rows (a SQL dump, a CSV export) read as a stream, one document a row: the bytes are
 * decoded as they come (`StreamDecoder`) and the rows read as their text completes, each with the
 * decoding warnings in force for its text (a row after the input's bytes stop being UTF-8 says so,
 * the rows before it do not), so an input of any size is read with memory for the row being read,
 * not the file. The row reader reports a row over `settings.maxInputBytes` (its line, and the rows
 * after it go on); the documents say what the input's end cut short.
 */
export class StreamedRecordsReader<Row> implements DocumentReader {
  private readonly decoder: StreamDecoder;

  constructor(
    settings: Readonly<ParseSettings>,
    private readonly rows: RowReader<Row>,
    private readonly documents: RowDocuments<Row>,
  ) {
    this.decoder = new StreamDecoder(settings, { mojibake: documents.judgesMojibake !== true });
  }

  push(chunk: Uint8Array): ReadItem[] {
    return this.decoder
      .push(chunk)
      .flatMap((piece) => this.documents.of(this.rows.push(piece.text), piece.warnings, piece.encoding));
  }

  end(): ReadItem[] {
    const pieces = this.decoder.end();
    const last = pieces.length - 1;
    const items = pieces.flatMap((piece, i) =>
      this.documents.of(this.rows.push(piece.text, i === last), piece.warnings, piece.encoding),
    );
    return [...items, ...this.documents.end(this.rows.cut)];
  }
}
