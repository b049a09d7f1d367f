import type { RecordMapper } from "./record.js";
import { SqlDocuments } from "./sql-documents.js";
import { SqlRowReader } from "./sql-stream.js";
import { StreamDecoder } from "./stream-decoder.js";
import type { DocumentReader, ReadItem } from "./types.js";
import type { ReaderOptions } from "./whole-file.js";

/**
 * A SQL dump read as a stream of rows (`row 3`), one document each, its columns read by the record
 * mapping as a dump record's keys are: the bytes are decoded as they come (`StreamDecoder`) and the
 * rows read as their text completes (`SqlRowReader`), each with the decoding warnings in force for its text
 * (a row after the dump's bytes stop being UTF-8 says so, the rows before it do not), so a dump of any size is read with memory for
 * the row being read, not the file. A row over `settings.maxInputBytes` is a `record-too-large`
 * failure with its line, and the rows after it go on; a row of a table whose columns nothing names is
 * a `not-a-news-record` failure of its own; a dump cut short inside a statement says so.
 */
export class SqlDumpReader implements DocumentReader {
  private readonly decoder: StreamDecoder;
  private readonly rows: SqlRowReader;
  private readonly documents: SqlDocuments;

  constructor(options: ReaderOptions, mapper: RecordMapper) {
    this.decoder = new StreamDecoder(options.settings);
    this.rows = new SqlRowReader(options.settings.maxInputBytes);
    this.documents = new SqlDocuments(mapper, options.firstLine, options.settings.maxInputBytes);
  }

  push(chunk: Uint8Array): ReadItem[] {
    return this.decoder
      .push(chunk)
      .flatMap((piece) => this.documents.of(this.rows.push(piece.text), piece.warnings));
  }

  end(): ReadItem[] {
    const pieces = this.decoder.end();
    const last = pieces.length - 1;
    const items = pieces.flatMap((piece, i) =>
      this.documents.of(this.rows.push(piece.text, i === last), piece.warnings),
    );
    return [...items, ...this.documents.end(this.rows.cut)];
  }
}
