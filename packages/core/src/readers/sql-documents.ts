import { READERS_SQL_DOCUMENTS_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Warning } from "../article.js";
import { setOwn } from "../assemble/own-property.js";
import type { Encoding } from "../stages/decode.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import type { RecordMapper } from "./record.js";
import { SqlDumpLexer, type SqlItem, type SqlRow } from "./sql.js";
import { KeyValueRows } from "./sql-key-value.js";
import { mojibakeRepairedRow, rowTooLarge, withDecodingWarnings } from "./streamed-records.js";
import type { ReadItem } from "./types.js";

/**
 * The documents of a dump held whole as text: one given to `parseAll` whole, decoded with its mojibake left for
 * each row (`encoding` says the text's), or a one-row dump given to `parse`, whose text was repaired whole (no
 * `encoding`).
 */
export function sqlDocuments(
  text: string,
  mapper: RecordMapper,
  firstLine: number,
  encoding?: Encoding,
): ReadItem[] {
  const lexer = new SqlDumpLexer();
  const documents = new SqlDocuments(mapper, firstLine, Number.POSITIVE_INFINITY, encoding !== undefined);
  const pages = new KeyValueRows(Number.POSITIVE_INFINITY);
  const items = [...pages.push(lexer.read(text)), ...pages.end()];
  return [...documents.of(withBodiesJoined(items), [], encoding ?? "utf-8"), ...documents.end(lexer.cut)];
}

/**
 * The patterns below are compiled from their literals (`READERS_SQL_DOCUMENTS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersSqlDocumentsPatternsCompiled = false;
/**
 * A body table's name: a head table's, then what the CMS adds for the table it keeps the text in (EmpireCMS's
 * `phome_ecms_news_data_1` beside `phome_ecms_news`; `…_data`, `…_content`, `…_body`, `…_text`).
 */
let BODY_TABLE: RegExp;

/** A row of named columns with an `id`: a head a body row may join, or a body row itself. */
export function isJoinable(item: SqlItem): item is SqlRow {
  return "table" in item && !item.unnamed && item.record.id !== undefined;
}

/** The key a row is found by as a head: its table's name in any case, and its `id`. */
export function headKey(table: string, id: unknown): string {
  return `${table.toLowerCase()}\u0000${String(id)}`;
}

/** The key of the head a body row joins (its table named as a head's body, `BODY_TABLE`), or null for no body row. */
export function bodyKey(row: SqlRow): string | null {
  if (!readersSqlDocumentsPatternsCompiled) compileReadersSqlDocumentsPatterns();
  const body = BODY_TABLE.exec(row.table);
  return body === null ? null : headKey(body[1]!, row.record.id);
}

/** A body row joined to its head: the head's fields, then those of the body it lacks. */
export function joinBody(head: SqlRow, body: SqlRow): void {
  const { record } = body;
  for (const key in record) if (!Object.hasOwn(head.record, key)) setOwn(head.record, key, record[key]);
}

/**
 * A CMS that keeps an article in two tables — its head (title, time, address) in one, its body (text, credit) in a
 * table named after it (`BODY_TABLE`) — gives one row of the two with one `id` (`joinBody`). A body row without its
 * head, a second body row of one head (ids that collide: its text would be lost under the first's), and any row of
 * columns nothing names, stays as it is. A dump read as a stream is joined as it comes (`readers/sql-join.ts`).
 */
function withBodiesJoined(items: readonly SqlItem[]): SqlItem[] {
  const heads = new Map<string, SqlRow>();
  for (const item of items) if (isJoinable(item)) heads.set(headKey(item.table, item.record.id), item);
  return items.filter((item) => {
    const key = "table" in item && !item.unnamed ? bodyKey(item) : null;
    const head = key === null ? undefined : heads.get(key);
    if (head === undefined) return true;
    joinBody(head, item as SqlRow);
    // One body a head: the next row of its id stays a row of its own.
    heads.delete(key!);
    return false;
  });
}

/**
 * A note-taking app's table of its users' notes (`tb_note`, `notes`, `user_memo`): a story a user pasted into a note
 * was published before the note's times (`creat_time`, `last_modified_time`), which say when it was saved.
 */
let USER_NOTES_TABLE: RegExp;

/** Compiles `READERS_SQL_DOCUMENTS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersSqlDocumentsPatterns(): void {
  [BODY_TABLE, USER_NOTES_TABLE] = READERS_SQL_DOCUMENTS_PATTERNS.map(regexFromLiteral) as RegExps<2>;
  readersSqlDocumentsPatternsCompiled = true;
}

/** Where a row is, as the record mapping is told: a note-taking app's table says its times are the user's saves. */
function rowPlace(row: SqlRow, ref: string, line: number) {
  if (!readersSqlDocumentsPatternsCompiled) compileReadersSqlDocumentsPatterns();
  return {
    ref,
    line,
    raw: row.raw,
    unnamedColumns: row.unnamed,
    ...(USER_NOTES_TABLE.test(row.table) ? { savedByUser: true } : {}),
  };
}

/**
 * A dump's items as documents, numbered as rows in the order they come. With `judgesMojibake` each row's
 * mojibake is repaired by itself and said by its own warning (`mojibakeRepairedRow`).
 */
export class SqlDocuments {
  private count = 0;
  /** Whether the dump gave anything: a row, or a statement skipped for its size. */
  private givenAny = false;

  constructor(
    private readonly mapper: RecordMapper,
    private readonly firstLine: number,
    private readonly maxChars: number,
    readonly judgesMojibake = true,
  ) {}

  /**
   * The documents of these items, read in `encoding`; `warnings`, what decoding the dump found so far, go with
   * each, and a row's own repair with it alone. `read`, the one item's read by `unnumbered` (a stream that held it
   * judged it so), is numbered instead of read again, unless the row's mojibake is repaired.
   */
  of(
    items: readonly SqlItem[],
    warnings: readonly Warning[],
    encoding: Encoding,
    read?: ReadItem,
  ): ReadItem[] {
    if (items.length > 0) this.givenAny = true;
    return items.map((item): ReadItem => {
      const line = this.firstLine + ("oversized" in item ? item.oversized.line : item.line) - 1;
      if ("oversized" in item) {
        const what = item.oversized.statement ? "a statement" : "the row";
        const ref = item.oversized.statement ? `line ${line}` : `row ${++this.count}`;
        return rowTooLarge(what, line, this.maxChars, ref);
      }
      const ref = `row ${++this.count}`;
      const repair = this.judgesMojibake ? mojibakeRepairedRow(item.record, encoding) : null;
      const document =
        read !== undefined && repair === null
          ? numbered(read, ref)
          : this.mapper.document(repair?.record ?? item.record, rowPlace(item, ref, line), "dump-record");
      return withDecodingWarnings(document, repair === null ? warnings : [...warnings, repair.warning]);
    });
  }

  /** A row's read as `of` reads it unrepaired, before its number (`of`'s `read`). */
  unnumbered(row: SqlRow): ReadItem {
    return this.mapper.document(row.record, rowPlace(row, "", this.firstLine + row.line - 1), "dump-record");
  }

  /**
   * What the dump's end says: a dump cut short inside a statement, or one that gave no row at all (its head and
   * schema only, or rows in statements the reader does not read) — said, so that the input is not lost silently.
   */
  end(cut: boolean): ReadItem[] {
    if (cut) {
      const ref = `row ${this.count + 1}`;
      return [
        {
          failure: {
            code: "corrupt-input",
            message: "the dump ends inside a statement: it is cut short",
            ref,
          },
        },
      ];
    }
    if (this.givenAny) return [];
    const message =
      "the SQL dump holds no rows: no `INSERT INTO … VALUES` or `COPY … FROM stdin` statement was read";
    return [{ failure: { code: "not-a-news-record", message, ref: null } }];
  }
}

/** A read made before its row's number was known, given the number. */
function numbered(read: ReadItem, ref: string): ReadItem {
  return "document" in read
    ? { ...read, document: { ...read.document, ref } }
    : { failure: { ...read.failure, ref } };
}
