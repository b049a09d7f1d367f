import type { Warning } from "../article.js";
import type { Encoding } from "../stages/decode.js";
import { warning } from "../warnings.js";
import type { RecordMapper } from "./record.js";
import type { SqlItem, SqlRow } from "./sql.js";
import { bodyKey, headKey, isJoinable, joinBody, type SqlDocuments } from "./sql-documents.js";
import type { RowDocuments } from "./streamed-records.js";
import type { ReadItem } from "./types.js";

/** A row read and not yet given out: what decoding said of its text, and whether it waits for its body. */
interface HeldRow {
  item: SqlItem;
  warnings: readonly Warning[];
  encoding: Encoding;
  chars: number;
  waiting: boolean;
}

/**
 * A dump's rows made documents as they stream, with a CMS's body rows joined to their heads as a dump read whole joins
 * them (`sqlDocuments`): a head row and a body row of one `id` (`phome_ecms_news` and `phome_ecms_news_data_1`) are one
 * document. A row that could be a head — named columns, an `id`, no text of its own by the record mapping (alone it is
 * no news record) — is held until its body comes, and the rows after it wait behind it, so the documents keep the
 * dump's order and numbers; a dump whose rows hold their text streams as it did, holding nothing. What is held is
 * bounded by `maxHeldChars`: past it the rows held first are given out as they are. A body row that finds no head
 * held, after rows of its head's table were given out, is an Article of its own and says so (`row-not-joined`).
 */
export class JoinedSqlDocuments implements RowDocuments<SqlItem> {
  /** Each row's mojibake is judged by `SqlDocuments`, as a dump's rows always are. */
  readonly judgesMojibake = true;
  private readonly held: HeldRow[] = [];
  private heldChars = 0;
  /** Head rows waiting for their body, by `headKey`. */
  private readonly heads = new Map<string, HeldRow>();
  /** The tables (in lower case) whose possible heads were given out without a body. */
  private readonly givenHeads = new Set<string>();

  constructor(
    private readonly documents: SqlDocuments,
    private readonly mapper: RecordMapper,
    private readonly maxHeldChars: number,
  ) {}

  of(items: readonly SqlItem[], warnings: readonly Warning[], encoding: Encoding): ReadItem[] {
    for (const item of items) {
      const key = isJoinable(item) ? bodyKey(item) : null;
      const head = key === null ? undefined : this.heads.get(key);
      if (head !== undefined) {
        joinBody(head.item as SqlRow, item as SqlRow);
        head.waiting = false;
        this.heads.delete(key!);
        continue;
      }
      const note = key !== null && this.givenHeads.has(key.slice(0, key.indexOf("\u0000")));
      const row: HeldRow = {
        item,
        warnings: note ? [...warnings, NOT_JOINED] : warnings,
        encoding,
        chars: "raw" in item ? item.raw.length : 0,
        waiting: key === null && isJoinable(item) && this.lacksText(item),
      };
      if (row.waiting) {
        // Two heads of one id: the body joins the last, as a whole read joins it; the first waits no longer, or it
        // would hold every row after it until `maxHeldChars`.
        const headOf = headKey((item as SqlRow).table, (item as SqlRow).record.id);
        const earlier = this.heads.get(headOf);
        if (earlier !== undefined) earlier.waiting = false;
        this.heads.set(headOf, row);
      }
      this.held.push(row);
      this.heldChars += row.chars;
    }
    return this.give(false);
  }

  end(cut: boolean): ReadItem[] {
    return [...this.give(true), ...this.documents.end(cut)];
  }

  /** Whether a row alone is no news record (no text field by the mapping): a head whose body may follow. */
  private lacksText(row: SqlRow): boolean {
    const read = this.mapper.document(row.record, { ref: "", line: row.line, raw: "" }, "dump-record");
    return "failure" in read && read.failure.code === "not-a-news-record";
  }

  /**
   * Gives out the rows held first that wait for nothing, then, while more than `maxHeldChars` are held, the first
   * ones whatever they wait for; `all` at the dump's end.
   */
  private give(all: boolean): ReadItem[] {
    const given: ReadItem[] = [];
    let count = 0;
    for (const row of this.held) {
      if (row.waiting && !all && this.heldChars <= this.maxHeldChars) break;
      count++;
      this.heldChars -= row.chars;
      if (row.waiting) {
        const { table, record } = row.item as SqlRow;
        this.heads.delete(headKey(table, record.id));
        if (!all) this.givenHeads.add(table.toLowerCase());
      }
      given.push(...this.documents.of([row.item], row.warnings, row.encoding));
    }
    this.held.splice(0, count);
    return given;
  }
}

/** What a body row says when the rows of its head's table were given out before it came. */
const NOT_JOINED = warning(
  "row-not-joined",
  "its head's table was given out before it came (settings.sqlJoinHeldChars): its head, if any, has no body",
);
