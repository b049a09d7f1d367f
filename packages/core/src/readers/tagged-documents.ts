import type { Warning } from "../article.js";
import { type Encoding, mojibakeRepaired } from "../stages/decode.js";
import type { RecordMapper } from "./record.js";
import { rowTooLarge, withDecodingWarnings } from "./streamed-records.js";
import { type TaggedItem, TaggedRecordReader, taggedRecord } from "./tagged-records.js";
import type { ReadItem } from "./types.js";

/**
 * The documents of a tagged record corpus held whole as text: a UTF-16 corpus given to `parseAll`, decoded
 * with its mojibake left for each record (`encoding` says the text's), or a one-record file given to `parse`,
 * whose text was repaired whole (no `encoding`).
 */
export function taggedDocuments(
  text: string,
  mapper: RecordMapper,
  firstLine: number,
  encoding?: Encoding,
): ReadItem[] {
  const records = new TaggedRecordReader(Number.POSITIVE_INFINITY);
  const documents = new TaggedDocuments(mapper, firstLine, Number.POSITIVE_INFINITY, encoding !== undefined);
  const items = records.push(text, true);
  return [...documents.of(items, [], encoding ?? "utf-8"), ...documents.end(records.cut)];
}

/**
 * A tagged corpus's records as documents, numbered `record 3` in the order they come. With `judgesMojibake`
 * each record's mojibake is repaired by itself and said by its own warning: a dump whose copies were damaged
 * one by one (SogouCA's) has undamaged records too, and they say nothing of it.
 */
export class TaggedDocuments {
  private count = 0;

  constructor(
    private readonly mapper: RecordMapper,
    private readonly firstLine: number,
    private readonly maxChars: number,
    readonly judgesMojibake = true,
  ) {}

  /**
   * The documents of these records, read in `encoding`; `warnings`, what decoding the input found so far,
   * go with each, and a record's own repair with it alone.
   */
  of(items: readonly TaggedItem[], warnings: readonly Warning[], encoding: Encoding): ReadItem[] {
    return items.map((item): ReadItem => {
      const ref = `record ${++this.count}`;
      if ("oversized" in item) {
        return rowTooLarge("the record", this.firstLine + item.oversized.line - 1, this.maxChars, ref);
      }
      const line = this.firstLine + item.line - 1;
      const repair = this.judgesMojibake ? mojibakeRepaired(item.raw, encoding) : null;
      // Mojibake is in characters, never in the tags: the repaired record is read again, as it was written.
      const raw = repair?.text ?? item.raw;
      const record = repair === null ? item.record : taggedRecord(raw);
      return withDecodingWarnings(
        this.mapper.document(record, { ref, line, raw }, "dump-record"),
        repair === null ? warnings : [...warnings, repair.warning],
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
