import type { Warning } from "../article.js";
import type { PackSet } from "../packs/index.js";
import type { RecordMapping } from "./mapping.js";
import { RecordMapper } from "./record.js";
import { rowTooLarge, withDecodingWarnings } from "./streamed-records.js";
import { type TaggedItem, TaggedRecordReader } from "./tagged-records.js";
import type { ReadItem } from "./types.js";

/** The documents of a tagged record corpus held whole as text (a one-record file given to `parse`). */
export function taggedDocuments(
  text: string,
  packs: PackSet,
  mapping: RecordMapping | null,
  firstLine: number,
): ReadItem[] {
  const records = new TaggedRecordReader(Number.POSITIVE_INFINITY);
  const documents = new TaggedDocuments(
    new RecordMapper(packs, mapping),
    firstLine,
    Number.POSITIVE_INFINITY,
  );
  return [...documents.of(records.push(text, true), []), ...documents.end(records.cut)];
}

/** A tagged corpus's records as documents, numbered `record 3` in the order they come. */
export class TaggedDocuments {
  private count = 0;

  constructor(
    private readonly mapper: RecordMapper,
    private readonly firstLine: number,
    private readonly maxChars: number,
  ) {}

  /** The documents of these records; `warnings`, what decoding the input found so far, go with each. */
  of(items: readonly TaggedItem[], warnings: readonly Warning[]): ReadItem[] {
    return items.map((item): ReadItem => {
      const ref = `record ${++this.count}`;
      if ("oversized" in item) {
        return rowTooLarge("the record", this.firstLine + item.oversized.line - 1, this.maxChars, ref);
      }
      const line = this.firstLine + item.line - 1;
      return withDecodingWarnings(
        this.mapper.document(item.record, { ref, line, raw: item.raw }, "dump-record"),
        warnings,
      );
    });
  }

  /** What the input's end says: it ended inside a record. */
  end(cut: boolean): ReadItem[] {
    if (!cut) return [];
    const ref = `record ${this.count + 1}`;
    const message = "the input ends inside a record (its closing tag never comes): it is cut short";
    return [{ failure: { code: "corrupt-input", message, ref } }];
  }
}
