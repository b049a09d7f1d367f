import type { Warning } from "../article.js";
import type { PackSet } from "../packs/index.js";
import type { RecordMapping } from "./mapping.js";
import { RecordMapper } from "./record.js";
import { SqlDumpLexer, type SqlItem } from "./sql.js";
import { rowTooLarge, withDecodingWarnings } from "./streamed-records.js";
import type { ReadItem } from "./types.js";

/** The documents of a dump held whole as text (a one-row dump given to `parse`). */
export function sqlDocuments(
  text: string,
  packs: PackSet,
  mapping: RecordMapping | null,
  firstLine: number,
): ReadItem[] {
  const lexer = new SqlDumpLexer();
  const documents = new SqlDocuments(new RecordMapper(packs, mapping), firstLine, Number.POSITIVE_INFINITY);
  return [...documents.of(lexer.read(text), []), ...documents.end(lexer.cut)];
}

/** A dump's items as documents, numbered as rows in the order they come. */
export class SqlDocuments {
  private count = 0;

  constructor(
    private readonly mapper: RecordMapper,
    private readonly firstLine: number,
    private readonly maxChars: number,
  ) {}

  /** The documents of these items; `warnings`, what decoding the dump found so far, go with each. */
  of(items: readonly SqlItem[], warnings: readonly Warning[]): ReadItem[] {
    return items.map((item): ReadItem => {
      const line = this.firstLine + ("oversized" in item ? item.oversized.line : item.line) - 1;
      if ("oversized" in item) {
        const what = item.oversized.statement ? "a statement" : "the row";
        const ref = item.oversized.statement ? `line ${line}` : `row ${++this.count}`;
        return rowTooLarge(what, line, this.maxChars, ref);
      }
      const ref = `row ${++this.count}`;
      if (item.record === null) {
        const message = `a row of ${item.table}, whose columns nothing names (no column list, no CREATE TABLE before it)`;
        return { failure: { code: "not-a-news-record", message, ref } };
      }
      return withDecodingWarnings(
        this.mapper.document(item.record, { ref, line, raw: item.raw }, "dump-record"),
        warnings,
      );
    });
  }

  /** What the dump's end says: a dump cut short inside a statement. */
  end(cut: boolean): ReadItem[] {
    if (!cut) return [];
    const ref = `row ${this.count + 1}`;
    return [
      {
        failure: { code: "corrupt-input", message: "the dump ends inside a statement: it is cut short", ref },
      },
    ];
  }
}
