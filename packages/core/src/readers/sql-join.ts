import type { Warning } from "../article.js";
import type { Encoding } from "../stages/decode.js";
import { warning } from "../warnings.js";
import type { SqlItem, SqlRow } from "./sql.js";
import { bodyKey, headKey, isJoinable, joinBody, type SqlDocuments } from "./sql-documents.js";
import type { RowDocuments } from "./streamed-records.js";
import type { ReadItem } from "./types.js";

/** A row read and not yet given out: what decoding said of its text, and whether a head took it in. */
interface HeldRow {
  item: SqlItem;
  warnings: readonly Warning[];
  encoding: Encoding;
  chars: number;
  state: "held" | "given" | "joined";
}

/**
 * A dump's rows made documents as they stream, with a CMS's body rows joined to their heads as a dump read whole joins
 * them (`sqlDocuments`): a head row and a body row of one `id` (`phome_ecms_news` and `phome_ecms_news_data_1`) are one
 * document, wherever in the dump each comes. The rows are held, in order, until the dump ends or they hold more than
 * `maxHeldChars` characters; a body row joins the head held for it at once and is not kept, so a dump of heads, then
 * bodies holds the heads. Past the limit the rows held first are given out as they are, and a body row that then
 * finds no head says it may have come too late (`row-not-joined`). Documents are numbered in the order the rows are
 * given, which is the dump's, as a whole read numbers them.
 */
export class JoinedSqlDocuments implements RowDocuments<SqlItem> {
  readonly judgesMojibake: boolean;
  private held: HeldRow[] = [];
  private heldChars = 0;
  /** Head rows held, by `headKey`. */
  private readonly heads = new Map<string, HeldRow>();
  /** Body rows held before their head came, by the key of that head. */
  private readonly bodies = new Map<string, HeldRow[]>();
  /** The tables (in lower case) whose rows were given out before the dump ended, to keep under the limit. */
  private readonly givenEarly = new Set<string>();

  constructor(
    private readonly documents: SqlDocuments,
    private readonly maxHeldChars: number,
  ) {
    this.judgesMojibake = documents.judgesMojibake;
  }

  of(items: readonly SqlItem[], warnings: readonly Warning[], encoding: Encoding): ReadItem[] {
    for (const item of items) this.hold(item, warnings, encoding);
    return this.heldChars <= this.maxHeldChars ? [] : this.give(this.maxHeldChars / 2);
  }

  end(cut: boolean): ReadItem[] {
    return [...this.give(-1), ...this.documents.end(cut)];
  }

  private hold(item: SqlItem, warnings: readonly Warning[], encoding: Encoding): void {
    const row: HeldRow = {
      item,
      warnings,
      encoding,
      chars: "raw" in item ? item.raw.length : 0,
      state: "held",
    };
    if (isJoinable(item)) {
      const key = bodyKey(item);
      const head = key === null ? undefined : this.heads.get(key);
      if (head?.state === "held") {
        joinBody(head.item as SqlRow, item);
        head.chars += row.chars;
        this.heldChars += row.chars;
        return;
      }
      const own = headKey(item.table, item.record.id);
      for (const body of this.bodies.get(own) ?? []) {
        if (body.state !== "held") continue;
        joinBody(item, body.item as SqlRow);
        body.state = "joined";
      }
      this.bodies.delete(own);
      this.heads.set(own, row);
      if (key !== null) {
        if (this.givenEarly.has(key.slice(0, key.indexOf("\u0000"))))
          row.warnings = [...warnings, notJoined(item.table)];
        const waiting = this.bodies.get(key);
        if (waiting === undefined) this.bodies.set(key, [row]);
        else waiting.push(row);
      }
    }
    this.held.push(row);
    this.heldChars += row.chars;
  }

  /** Gives out the rows held first until no more than `keep` characters are held (all of them for a negative `keep`). */
  private give(keep: number): ReadItem[] {
    const given: ReadItem[] = [];
    let count = 0;
    for (const row of this.held) {
      if (this.heldChars <= keep) break;
      count++;
      this.heldChars -= row.chars;
      if (row.state !== "held") continue;
      row.state = "given";
      if (isJoinable(row.item)) this.forget(row.item, row, keep >= 0);
      given.push(...this.documents.of([row.item], row.warnings, row.encoding));
    }
    this.held = this.held.slice(count);
    return given;
  }

  /** A row given out is no longer found as a head or a waiting body; `early`: before the dump ended. */
  private forget(item: SqlRow, row: HeldRow, early: boolean): void {
    const own = headKey(item.table, item.record.id);
    if (this.heads.get(own) === row) this.heads.delete(own);
    if (early) this.givenEarly.add(item.table.toLowerCase());
    const key = bodyKey(item);
    const waiting = key === null ? undefined : this.bodies.get(key);
    if (key === null || waiting === undefined) return;
    const left = waiting.filter((body) => body !== row);
    if (left.length === 0) this.bodies.delete(key);
    else this.bodies.set(key, left);
  }
}

function notJoined(table: string): Warning {
  return warning(
    "row-not-joined",
    `a row of ${table} came after rows held for joining were given out (settings.sqlJoinHeldChars): its head, if the dump has one, was given without it`,
  );
}
