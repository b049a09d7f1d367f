import type { Warning } from "../article.js";
import type { Encoding } from "../stages/decode.js";
import { warning } from "../warnings.js";
import type { SqlItem, SqlRow } from "./sql.js";
import { bodyKey, headKey, isJoinable, joinBody, type SqlDocuments } from "./sql-documents.js";
import { KeyValueRows } from "./sql-key-value.js";
import type { RowDocuments } from "./streamed-records.js";
import type { ReadItem } from "./types.js";

/**
 * A row read and not yet given out: what decoding said of its text, whether it waits for its body or its head, its
 * read when it was read to judge it (`SqlDocuments.unnumbered`), and whether it was joined into its head (a body
 * row that came first: it is no row of its own).
 */
interface HeldRow {
  item: SqlItem;
  warnings: readonly Warning[];
  encoding: Encoding;
  chars: number;
  waiting: boolean;
  read?: ReadItem;
  joined?: boolean;
}

/**
 * A dump's rows made documents as they stream, with a CMS's body rows joined to their heads as a dump read whole joins
 * them (`sqlDocuments`): a head row and a body row of one `id` (`phome_ecms_news` and `phome_ecms_news_data_1`) are one
 * document, whichever table the dump gives first. A row that could be a head — named columns, an `id`, no text of its
 * own by the record mapping (alone it is no news record) — is held until its body comes; a body row that comes before
 * any row of its head's table is held until its head comes. The rows after a held one wait behind it, so the documents
 * keep the dump's order and numbers (a joined body is no row, as in the whole read); a dump whose rows hold their text
 * streams as it did, holding nothing. What is held is bounded by `maxHeldChars`: past it the rows held first are given
 * out as they are, and a body row that then could not be joined says so (`row-not-joined`): one given out before its
 * head came, or one that comes after heads of its table were given out (a head without its text is no news record, and
 * says that).
 */
export class JoinedSqlDocuments implements RowDocuments<SqlItem> {
  /** Each row's mojibake is judged by `SqlDocuments`, as a dump's rows always are. */
  readonly judgesMojibake = true;
  private readonly held: HeldRow[] = [];
  private heldChars = 0;
  /** Head rows waiting for their body, by `headKey`. */
  private readonly heads = new Map<string, HeldRow>();
  /** Body rows waiting for their head, by the head's `headKey` (`bodyKey`). */
  private readonly bodies = new Map<string, HeldRow>();
  /** The tables (in lower case) a row came from: a body row waits for a head only of a table not yet seen. */
  private readonly tables = new Set<string>();
  /** The tables (in lower case) whose possible heads were given out without a body. */
  private readonly givenHeads = new Set<string>();

  /** A collector's key/value rows of one page, folded into one row as a whole read folds them (`KeyValueRows`). */
  private readonly pages: KeyValueRows;
  /** What decoding said of the last rows given, and their encoding. */
  private decoded: { warnings: readonly Warning[]; encoding: Encoding } = { warnings: [], encoding: "utf-8" };

  constructor(
    private readonly documents: SqlDocuments,
    private readonly maxHeldChars: number,
  ) {
    this.pages = new KeyValueRows(maxHeldChars);
  }

  of(items: readonly SqlItem[], warnings: readonly Warning[], encoding: Encoding): ReadItem[] {
    this.decoded = { warnings, encoding };
    for (const item of this.pages.push(items)) this.hold(item);
    return this.give(false);
  }

  end(cut: boolean): ReadItem[] {
    for (const item of this.pages.end()) this.hold(item);
    return [...this.give(true), ...this.documents.end(cut)];
  }

  /** A row held with what decoding said when it was given (`decoded`). */
  private hold(item: SqlItem): void {
    const row: HeldRow = {
      item,
      ...this.decoded,
      chars: "raw" in item ? item.raw.length : 0,
      waiting: false,
    };
    if (isJoinable(item)) this.place(row, item);
    this.held.push(row);
    this.heldChars += row.chars;
  }

  /**
   * A row of named columns with an `id`, joined to the head or body held for it, or held to wait for one: a body
   * row whose head's table has not come yet, or a row that alone is no news record (a head whose body may follow).
   */
  private place(row: HeldRow, item: SqlRow): void {
    const key = bodyKey(item);
    const table = item.table.toLowerCase();
    this.tables.add(table);
    if (key !== null) {
      const head = this.heads.get(key);
      if (head !== undefined) {
        joinBody(head.item as SqlRow, item);
        head.waiting = false;
        head.read = undefined;
        this.heads.delete(key);
        row.joined = true;
        return;
      }
      const headTable = key.slice(0, key.indexOf("\u0000"));
      if (this.givenHeads.has(headTable)) row.warnings = [...row.warnings, BODY_NOT_JOINED];
      else if (!this.tables.has(headTable) && !this.bodies.has(key)) {
        row.waiting = true;
        this.bodies.set(key, row);
        return;
      }
    }
    const own = headKey(item.table, item.record.id);
    const body = this.bodies.get(own);
    if (body !== undefined) {
      joinBody(item, body.item as SqlRow);
      body.waiting = false;
      body.joined = true;
      this.bodies.delete(own);
      return;
    }
    if (key !== null) return;
    row.read = this.documents.unnumbered(item);
    row.waiting = "failure" in row.read && row.read.failure.code === "not-a-news-record";
    if (!row.waiting) return;
    // Two heads of one id: the body joins the last, as a whole read joins it; the first waits no longer, or it would
    // hold every row after it until `maxHeldChars`.
    const earlier = this.heads.get(own);
    if (earlier !== undefined) earlier.waiting = false;
    this.heads.set(own, row);
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
      if (row.joined) continue;
      if (row.waiting) this.giveUp(row, all);
      given.push(...this.documents.of([row.item], row.warnings, row.encoding, row.read));
    }
    this.held.splice(0, count);
    return given;
  }

  /** A row given out while it waits: at the dump's end it is a row as the whole read's; before, it says so. */
  private giveUp(row: HeldRow, all: boolean): void {
    const { table, record } = row.item as SqlRow;
    const key = bodyKey(row.item as SqlRow);
    if (key === null) {
      this.heads.delete(headKey(table, record.id));
      if (!all) this.givenHeads.add(table.toLowerCase());
      return;
    }
    this.bodies.delete(key);
    if (!all) row.warnings = [...row.warnings, BODY_NOT_JOINED];
  }
}

/** What a body row says when it and its head were not both held (`settings.sqlJoinHeldChars`). */
const BODY_NOT_JOINED = warning(
  "row-not-joined",
  "a body row given out apart from its head (settings.sqlJoinHeldChars): its head, if any, has no body",
);
