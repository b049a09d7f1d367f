import { READERS_SQL_PATTERNS } from "@caixun/core/text/rule-patterns";
import { setOwn } from "../assemble/own-property.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { placeKeys } from "./field-roles.js";
import { isFieldKey, isKnownKey, LABEL_KEYS } from "./mapping.js";

/**
 * The patterns below are compiled from their literals (`READERS_SQL_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersSqlPatternsCompiled = false;
/**
 * A column definition's label (`` `ttext` text NOT NULL COMMENT '内容' ``), short as a label is: no quote or backslash in
 * it, so it is read as written. The `=` is taken with the blanks before it, so a run of blanks is split one way only
 * (`\s*=?\s*` tried every split: `COMMENT` and 10^5 blanks took seconds).
 */
let COLUMN_COMMENT: RegExp;
/** A column definition of MySQL's `TIMESTAMP` type (`` `fintime` timestamp NOT NULL … ``): written in the session's zone. */
let TIMESTAMP_TYPE: RegExp;
/**
 * The zone a dump's session sets (`SET TIME_ZONE='+00:00'`, `SET time_zone = "+08:00"`), not a variable's
 * (`@OLD_TIME_ZONE`): an offset MySQL takes, `-13:59` to `+14:00`. One it refuses (`+99:99`, `+08:60`) left the
 * session's zone unknown, so the stamps get none, as in a dump that sets none: as their suffix it lost every date.
 */
let SESSION_TIME_ZONE: RegExp;
/** A stamp MySQL writes for a `TIMESTAMP` (`2018-08-04 14:18:31`, fractions of a second after it); not its zero date. */
let SQL_STAMP: RegExp;

/** Compiles `READERS_SQL_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersSqlPatterns(): void {
  [COLUMN_COMMENT, TIMESTAMP_TYPE, SESSION_TIME_ZONE, SQL_STAMP] = READERS_SQL_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<4>;
  readersSqlPatternsCompiled = true;
}

/**
 * The rows of a SQL dump (mysqldump, Navicat, SQLyog, phpMyAdmin, SQLite's `.dump`, pg_dump): every
 * row of its `INSERT INTO … VALUES (…), (…)` statements and of pg_dump's `COPY … FROM stdin` blocks,
 * as a record of the table's column names — from the statement's column list, else from the
 * `CREATE TABLE` before it. The record mapping then reads each row as it reads a JSON record.
 *
 * The dump is read in one forward pass with a cursor: strings (`'…'`, `"…"`, with `''` doubled and,
 * in MySQL's dialect, backslash escapes), quoted names (`` `…` ``, `"…"`, `[…]`), comments (`-- …`,
 * `# …`, `/* … *\/`, MySQL's `/*!40101 … *\/`) and nested parentheses are followed character by
 * character, and every step moves the cursor on, so any input costs one pass and never throws.
 */

/**
 * A row of a dump's table: its record, its text and where it starts. When nothing names the table's columns (no
 * column list, no `CREATE TABLE` before it) the record's keys are the columns' places (`column1`, …): `unnamed`.
 */
export interface SqlRow {
  table: string;
  record: Record<string, unknown>;
  raw: string;
  line: number;
  unnamed?: true;
}

/**
 * What a dump gives, in order: a row, or a row (or a statement) longer than the reader keeps, skipped
 * to its end and reported with the line it starts on (`statement`: no row's, a `CREATE TABLE` say).
 */
export type SqlItem = SqlRow | { oversized: { line: number; statement: boolean } };

/**
 * Dumps whose strings keep a backslash as written (PostgreSQL with standard strings, SQLite): their
 * strings double a quote (`''`) and nothing else. MySQL's dumps (the rest) escape with a backslash.
 */
export const LITERAL_BACKSLASH_DIALECT =
  /PostgreSQL database dump|standard_conforming_strings\s*=\s*on|^PRAGMA[ \t]|^BEGIN TRANSACTION;/im;
/** Where the dialect's marks are looked for: a dump's header. */
export const DIALECT_SAMPLE = 4096;

/** Words that open a table definition's entry that is no column (`PRIMARY KEY (…)`, `KEY …`). */
const NOT_A_COLUMN = new Set([
  "PRIMARY",
  "KEY",
  "INDEX",
  "UNIQUE",
  "CONSTRAINT",
  "FOREIGN",
  "FULLTEXT",
  "SPATIAL",
  "CHECK",
  "EXCLUDE",
  "PERIOD",
  "LIKE",
]);

/** MySQL's backslash escapes that stand for another character; any other escaped character is itself. */
const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", b: "\b", Z: "\x1a", "0": "" };

/** The rows of a dump held whole, in order, and whether it ends inside a statement that holds rows (cut short). */
export function sqlRows(text: string): { rows: SqlRow[]; cut: boolean } {
  const lexer = new SqlDumpLexer();
  const rows = lexer.read(text).filter((item): item is SqlRow => !("oversized" in item));
  return { rows, cut: lexer.cut };
}

/** A value of a row that is not one (a function call, binary data): it is left out of the record. */
const SKIPPED = Symbol("skipped");

/**
 * Where the reader is between steps: between statements; among the tuples of an `INSERT … VALUES`;
 * among the lines of a `COPY` block; or skipping what is longer than it keeps, to its end.
 */
export type ReaderState =
  | { in: "statements" }
  | { in: "values"; table: string; keys: string[] | null; afterSkipped?: true; zoned?: readonly number[] }
  | { in: "copy"; table: string; keys: string[] }
  | { in: "skip"; skip: Skip; then: ReaderState };

export const BETWEEN_STATEMENTS: ReaderState = { in: "statements" };

/** What is being skipped: a tuple (to its closing parenthesis), a statement (to its `;`) or a COPY line. */
export interface Skip {
  to: "tuple" | "statement" | "line";
  depth: number;
  /** The quote of the string the skip is inside, or "". */
  quote: string;
  /** The last character was a backslash inside a string (MySQL's dialect): the next is escaped. */
  escaped: boolean;
  /** A string's quote closed the last text: the next character says whether it was a doubled quote. */
  quoteClosed: boolean;
}

/**
 * A dump's rows, read in one forward pass with a cursor: strings (`'…'`, `"…"`, with `''` doubled and,
 * in MySQL's dialect, backslash escapes), quoted names (`` `…` ``, `"…"`, `[…]`), comments (`-- …`,
 * `# …`, `/* … *\/`, MySQL's `/*!40101 … *\/`) and nested parentheses are followed character by
 * character, and every step moves the cursor on, so any input never throws. A step reads one
 * statement, or one row of an `INSERT`'s values or a `COPY` block. This reads a dump held whole
 * (`read`); `SqlRowReader` (`sql-stream.ts`) reads one as it arrives, with the same steps.
 */
export class SqlDumpLexer {
  /** The text from the start of the current step on (all of it, for a dump held whole). */
  protected text = "";
  protected pos = 0;
  protected state: ReaderState = BETWEEN_STATEMENTS;
  /** True once the dump ended inside a statement that holds rows (cut short). */
  cut = false;
  /** Column names of the tables defined so far, by lower-case name. */
  private readonly columns = new Map<string, string[]>();
  /** The labels of those columns their definitions give (`COMMENT '内容'`), by the table's lower-case name, then the column's. */
  private readonly comments = new Map<string, Map<string, string>>();
  /** Read from the dump's header, once it is here (`DIALECT_SAMPLE`). */
  protected backslashes: boolean | null = null;
  /** The zone the dump's session set (`SET TIME_ZONE='+00:00'`), as a stamp's suffix (`Z`, `+08:00`): read from its header. */
  private zone: string | null = null;
  /** The lower-case names of the tables' `TIMESTAMP` columns, by the table's lower-case name. */
  private readonly stamped = new Map<string, Set<string>>();
  /** The line `countedTo` (a position in `text`) is on. */
  protected lineCount = 1;
  protected countedTo = 0;
  /** The items of the step being read. */
  protected stepItems: SqlItem[] = [];

  /** The items of a whole dump. */
  read(text: string): SqlItem[] {
    this.text = text;
    this.readHeader(text.slice(0, DIALECT_SAMPLE));
    const items: SqlItem[] = [];
    for (;;) {
      this.stepItems = [];
      const more = this.step();
      items.push(...this.stepItems);
      if (!more) return items;
    }
  }

  /**
   * The dump's header: its dialect (`backslashes`) and the zone its session set. MySQL writes a `TIMESTAMP` in the
   * session's zone, which mysqldump sets to UTC (`/*!40103 SET TIME_ZONE='+00:00' *\/`) and phpMyAdmin too
   * (`SET time_zone = "+00:00"`); a `DATETIME` is written as stored, with no zone. A dump that sets none (Navicat's)
   * gives its stamps no zone.
   */
  protected readHeader(header: string): void {
    if (!readersSqlPatternsCompiled) compileReadersSqlPatterns();
    this.backslashes = !LITERAL_BACKSLASH_DIALECT.test(header);
    const zone = SESSION_TIME_ZONE.exec(header)?.[1] ?? null;
    this.zone =
      zone === null ? null : /^[+-]0?0:00$/.test(zone) ? "Z" : zone.replace(/^([+-])(\d:)/, "$10$2");
  }

  /** One step from where the reader is; false at the end of the dump. */
  protected step(): boolean {
    const { state } = this;
    if (state.in === "values") this.tuple(state);
    else if (state.in === "copy") this.copyLine(state.table, state.keys);
    else {
      this.skipSpace();
      if (this.pos >= this.text.length) return false;
      this.statement();
    }
    return true;
  }

  /** A statement, or the head of one that holds rows (the reader then reads its rows). */
  private statement(): void {
    const { text } = this;
    const start = this.pos;
    // An empty statement: the `;` after a comment (`/*!40101 SET … */;`).
    if (text[start] === ";") {
      this.pos++;
      return;
    }
    const word = this.word().toUpperCase();
    // A COPY block ends at its `\.` line: it has no `;` to look for.
    if (word === "COPY" && this.copyHead()) return;
    if (word === "CREATE") this.createTable();
    else if ((word === "INSERT" || word === "REPLACE") && this.insertHead()) return;
    if (this.pos === start) this.pos++;
    this.endStatement();
  }

  /** `CREATE [TEMPORARY …] TABLE [IF NOT EXISTS] name (definitions)`: the names of its columns. */
  private createTable(): void {
    if (!readersSqlPatternsCompiled) compileReadersSqlPatterns();
    if (!this.wordsTo("TABLE")) return;
    this.skipSpace();
    const save = this.pos;
    if (this.word().toUpperCase() === "IF") {
      this.skipSpace();
      this.word();
      this.skipSpace();
      this.word();
    } else this.pos = save;
    const table = this.name();
    this.skipSpace();
    if (table === null || this.text[this.pos] !== "(") return;
    this.pos++;
    const names: string[] = [];
    const comments = new Map<string, string>();
    const stamped = new Set<string>();
    while (this.pos < this.text.length) {
      this.skipSpace();
      const quoted = '`"['.includes(this.text[this.pos] ?? "-");
      const first = this.name();
      const definition = this.pos;
      const stop = this.skipExpression();
      if (first !== null && (quoted || !NOT_A_COLUMN.has(first.toUpperCase()))) {
        names.push(first);
        const comment = COLUMN_COMMENT.exec(this.text.slice(definition, this.pos));
        if (comment !== null) comments.set(first.toLowerCase(), comment[1]!.trim());
        if (TIMESTAMP_TYPE.test(this.text.slice(definition, this.pos))) stamped.add(first.toLowerCase());
      }
      if (stop !== ",") break;
      this.pos++;
    }
    this.columns.set(table.toLowerCase(), names);
    this.comments.set(table.toLowerCase(), comments);
    this.stamped.set(table.toLowerCase(), stamped);
  }

  /**
   * `INSERT [IGNORE] INTO name [(columns)] VALUES`: true when it read the head (the cursor on the first
   * tuple, its rows read a step each), false for any other INSERT.
   */
  private insertHead(): boolean {
    if (!this.wordsTo("INTO")) return false;
    const table = this.name();
    if (table === null) return false;
    this.skipSpace();
    let names = this.columns.get(table.toLowerCase()) ?? null;
    if (this.text[this.pos] === "(") {
      this.pos++;
      names = this.nameList();
    }
    this.skipSpace();
    const keyword = this.word().toUpperCase();
    if (keyword !== "VALUES" && keyword !== "VALUE") return false;
    const comments = this.comments.get(table.toLowerCase());
    const stamped = this.zone === null ? undefined : this.stamped.get(table.toLowerCase());
    const zoned = names?.flatMap((name, at) => (stamped?.has(name.toLowerCase()) ? [at] : []));
    this.state = { in: "values", table, keys: names === null ? null : recordKeys(names, comments), zoned };
    return true;
  }

  /** One tuple of an INSERT's values, and the `,` after it; at anything else, the statement's end. */
  private tuple(state: Extract<ReaderState, { in: "values" }>): void {
    if (!readersSqlPatternsCompiled) compileReadersSqlPatterns();
    const { table, keys, zoned } = state;
    const { text } = this;
    this.skipSpace();
    // After a tuple that was skipped, the `,` before the next one.
    if (state.afterSkipped) {
      if (text[this.pos] !== ",") {
        this.endValues();
        return;
      }
      this.pos++;
      this.state = { in: "values", table, keys, zoned };
      this.skipSpace();
    }
    if (text[this.pos] !== "(") {
      this.endValues();
      return;
    }
    const start = this.pos;
    const line = this.line(start);
    this.pos++;
    const values: unknown[] = [];
    let closed = false;
    while (this.pos < text.length) {
      this.skipSpace();
      values.push(this.value());
      const next = this.skipExpression();
      this.pos++;
      if (next === ")") {
        closed = true;
        break;
      }
      if (next !== ",") break;
    }
    // A tuple left open by the end of the input is a dump cut short; one broken inside is skipped.
    if (!closed) {
      if (this.pos >= text.length) this.cut = true;
      this.endValues();
      return;
    }
    const raw = text.slice(start, this.pos);
    // A TIMESTAMP column's stamp is in the zone the dump's session set (`readHeader`).
    for (const at of zoned ?? []) {
      const value = values[at];
      if (typeof value === "string" && SQL_STAMP.test(value)) values[at] = value + this.zone;
    }
    this.stepItems.push(
      keys === null
        ? { table, record: record(placeKeys(values.length), values), raw, line, unnamed: true }
        : { table, record: record(keys, values), raw, line },
    );
    this.skipSpace();
    if (text[this.pos] === ",") this.pos++;
    else this.endValues();
  }

  /** The values are over: to the statement's end. */
  private endValues(): void {
    this.state = BETWEEN_STATEMENTS;
    this.endStatement();
  }

  /**
   * pg_dump's `COPY name (columns) FROM stdin;`: true when it read the head (the cursor on the first
   * line of rows, read a step each to a line `\.`), false for any other COPY.
   */
  private copyHead(): boolean {
    const table = this.name();
    this.skipSpace();
    if (table === null || this.text[this.pos] !== "(") return false;
    this.pos++;
    const names = this.nameList();
    this.skipSpace();
    if (this.word().toUpperCase() !== "FROM") return false;
    this.skipSpace();
    if (this.word().toLowerCase() !== "stdin") return false;
    this.endStatement();
    const rest = this.text.indexOf("\n", this.pos);
    this.pos = rest < 0 ? this.text.length : rest + 1;
    this.state = { in: "copy", table, keys: recordKeys(names) };
    return true;
  }

  /** A line of a COPY block: a row (tab-separated, `\N` for null), or its `\.` end. */
  private copyLine(table: string, keys: string[]): void {
    const { text } = this;
    if (this.pos >= text.length) {
      // The dump ended inside the block.
      this.cut = true;
      this.state = BETWEEN_STATEMENTS;
      return;
    }
    const end = text.indexOf("\n", this.pos);
    const raw = text.slice(this.pos, end < 0 ? text.length : end).replace(/\r$/, "");
    const line = this.line(this.pos);
    this.pos = end < 0 ? text.length : end + 1;
    if (raw === "\\.") this.state = BETWEEN_STATEMENTS;
    else if (raw !== "")
      this.stepItems.push({ table, record: record(keys, raw.split("\t").map(copyField)), raw, line });
  }

  /**
   * Past the words of a statement's head up to `keyword` (`CREATE TEMPORARY TABLE`, `INSERT IGNORE
   * INTO`): true when it comes within four words, the cursor after it.
   */
  private wordsTo(keyword: string): boolean {
    for (let words = 0; words < 4; words++) {
      this.skipSpace();
      const word = this.word().toUpperCase();
      if (word === keyword) return true;
      if (word === "") return false;
    }
    return false;
  }

  /** A parenthesised list of names, the cursor after its `(`: the names, the cursor after its `)`. */
  private nameList(): string[] {
    const names: string[] = [];
    while (this.pos < this.text.length) {
      const name = this.name();
      if (name !== null) names.push(name);
      const next = this.skipExpression();
      this.pos++;
      if (next !== ",") break;
    }
    return names;
  }

  /** One value of a tuple: a string, a number, null or a boolean; `SKIPPED` for anything else. */
  private value(): unknown {
    const { text } = this;
    const c = text[this.pos] ?? "";
    if (c === "'" || c === '"') return this.string(this.backslashes === true);
    if (/[-+.\d]/.test(c)) return this.number();
    const save = this.pos;
    const word = this.word();
    if (text[this.pos] === "'") {
      // A prefixed string: N'…', _utf8mb4'…', E'…' (backslash escapes), X'…' or B'…' (binary: skipped).
      const prefix = word.toUpperCase();
      const value = this.string(
        prefix === "E" || (this.backslashes === true && prefix !== "X" && prefix !== "B"),
      );
      return prefix === "X" || prefix === "B" ? SKIPPED : value;
    }
    const upper = word.toUpperCase();
    if (upper === "NULL") return null;
    if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
    if (this.pos === save) this.pos++;
    return SKIPPED;
  }

  private number(): unknown {
    const start = this.pos;
    const { text } = this;
    while (this.pos < text.length && /[-+.\dA-Za-z]/.test(text[this.pos]!)) this.pos++;
    const token = text.slice(start, this.pos);
    // Each part of a number is set off by a character of its own (`.`, `e`): a long run of digits is tried once.
    if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(token)) return SKIPPED;
    const value = Number(token);
    // An id past 2^53 keeps its digits.
    return Number.isSafeInteger(value) || !/^[-+]?\d+$/.test(token) ? value : token;
  }

  /** A quoted string, the cursor on its quote: its value, the cursor after the closing quote. */
  private string(backslashes: boolean): string {
    const { text } = this;
    const quote = text[this.pos]!;
    let out = "";
    let from = ++this.pos;
    while (this.pos < text.length) {
      const c = text[this.pos]!;
      if (c === quote) {
        out += text.slice(from, this.pos);
        this.pos++;
        if (text[this.pos] !== quote) return out;
        // A doubled quote is one quote.
        from = this.pos++;
      } else if (c === "\\" && backslashes) {
        out += text.slice(from, this.pos);
        const escaped = text[this.pos + 1] ?? "";
        out += Object.hasOwn(ESCAPES, escaped) ? ESCAPES[escaped]! : escaped;
        this.pos += 2;
        from = this.pos;
      } else this.pos++;
    }
    this.pos = text.length;
    this.cut = true;
    return out + text.slice(from);
  }

  /** A name, bare or quoted, and the last part of a qualified one (`public.news`, `` `db`.`news` ``); null when there is none. */
  private name(): string | null {
    let name: string | null = null;
    do {
      if (name !== null) this.pos++;
      this.skipSpace();
      const c = this.text[this.pos] ?? "";
      if (c === "`" || c === '"' || c === "[") {
        name = this.quotedName(c === "[" ? "]" : c);
      } else {
        const word = this.word();
        if (word === "") return name;
        name = word;
      }
    } while (this.text[this.pos] === ".");
    return name;
  }

  private quotedName(close: string): string {
    const { text } = this;
    let out = "";
    let from = ++this.pos;
    while (this.pos < text.length) {
      if (text[this.pos] === close) {
        out += text.slice(from, this.pos);
        this.pos++;
        if (text[this.pos] !== close || close === "]") return out;
        from = this.pos++;
      } else this.pos++;
    }
    return out + text.slice(from);
  }

  /** A bare word (letters, digits, `_`, `$`, any character past ASCII) at the cursor, "" when there is none. */
  private word(): string {
    const start = this.pos;
    const { text } = this;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (
        (code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x61 && code <= 0x7a) ||
        code === 0x5f ||
        code === 0x24 ||
        code > 0x7f
      )
        this.pos++;
      else break;
    }
    return text.slice(start, this.pos);
  }

  /**
   * Moves to the next `,` or `)` outside strings and parentheses (the end of a value, a definition or
   * a name), or to a `;` or the end: which of them it stopped on ("" at the end).
   */
  private skipExpression(): string {
    const { text } = this;
    let depth = 0;
    while (this.pos < text.length) {
      this.skipSpace();
      const c = text[this.pos] ?? "";
      if (c === "'" || c === '"') this.string(this.backslashes === true);
      else if (c === "`" || c === "[") this.quotedName(c === "[" ? "]" : c);
      else if (c === "(") {
        depth++;
        this.pos++;
      } else if (c === ")" && depth > 0) {
        depth--;
        this.pos++;
      } else if (c === ")" || c === ";" || (c === "," && depth === 0)) return c;
      else if (c !== "") this.pos++;
    }
    return "";
  }

  /** To the character after the statement's `;` (or the end), strings and comments followed. */
  private endStatement(): void {
    for (let stop = this.skipExpression(); stop !== ";" && stop !== ""; stop = this.skipExpression())
      this.pos++;
    if (this.pos < this.text.length) this.pos++;
  }

  /** White space and comments: `-- …` and `# …` to the end of the line, `/* … *\/`. */
  protected skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (code <= 0x20 || code === 0xa0 || code === 0xfeff || code === 0x3000) {
        this.pos++;
      } else if (text.startsWith("--", this.pos) || code === 0x23) {
        const end = text.indexOf("\n", this.pos);
        this.pos = end < 0 ? text.length : end + 1;
      } else if (text.startsWith("/*", this.pos)) {
        const end = text.indexOf("*/", this.pos + 2);
        this.pos = end < 0 ? text.length : end + 2;
      } else return;
    }
  }

  /**
   * The line of a position, counted on from the last one asked for (positions only move forward):
   * each line end is looked for once, so a dump of one long line costs one pass, not one per row.
   */
  protected line(pos: number): number {
    const { text } = this;
    for (let at = text.indexOf("\n", this.countedTo); at >= 0 && at < pos; at = text.indexOf("\n", at + 1))
      this.lineCount++;
    this.countedTo = Math.max(this.countedTo, pos);
    return this.lineCount;
  }
}

/**
 * The record keys of a table's columns. A schema that names its columns after the table
 * (`art_title`, `art_content` in `iot_article`; `news_title` in `tb_news`) shares one prefix over
 * most of them: without it they are the names the record mapping reads (`title`, `content`), unless
 * the table has a column of that name too. A column whose name the mapping does not read but whose
 * label (`comments`, by lower-case name) is a name exports write for a key (`ttext COMMENT '内容'`,
 * `fintime COMMENT '时间'`: `LABEL_KEYS`) is that key, unless another column has it. A `name` column may be the title
 * (`withNamedHeadline`).
 */
function recordKeys(names: readonly string[], comments?: ReadonlyMap<string, string>): string[] {
  return withNamedHeadline(labelledKeys(names, comments));
}

/** The keys of `recordKeys` before a `name` column is read as the title: prefixes and labels read. */
function labelledKeys(names: readonly string[], comments?: ReadonlyMap<string, string>): string[] {
  const keys = withoutSharedPrefix(names);
  if (comments === undefined || comments.size === 0) return keys;
  const taken = new Set(keys);
  return keys.map((key, at) => {
    const label = comments.get(names[at]!.toLowerCase());
    const named = label !== undefined && Object.hasOwn(LABEL_KEYS, label) ? LABEL_KEYS[label]! : null;
    if (named === null || isKnownKey(key.toLowerCase()) || taken.has(named)) return key;
    taken.add(named);
    return named;
  });
}

/**
 * A table's keys with its `name` column as the title when the table has a text column and no title column: the
 * item a row of text is named by is its headline (a shop demo's `xinwen` table: `id, name, content, time`; a generated
 * admin's `xinwen_name` beside `xinwen_content`, `name` once the prefix is cut). A table with a title column keeps its
 * `name` for what else it holds (an HR demo's `notice`: `name` the outlet the poster typed beside `title`).
 */
function withNamedHeadline(keys: string[]): string[] {
  const lower = keys.map((key) => key.toLowerCase());
  return lower.includes("name") &&
    !lower.some((key) => isFieldKey("title", key)) &&
    lower.some((key) => isFieldKey("content", key))
    ? lower.map((key, at) => (key === "name" ? "title" : keys[at]!))
    : keys;
}

/** The names of a table's columns without the prefix most of them share (see `recordKeys`). */
function withoutSharedPrefix(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) {
    const cut = name.indexOf("_");
    if (cut > 0) counts.set(name.slice(0, cut + 1), (counts.get(name.slice(0, cut + 1)) ?? 0) + 1);
  }
  let prefix = "";
  let most = 1;
  for (const [candidate, count] of counts) {
    if (count > most) {
      prefix = candidate;
      most = count;
    }
  }
  if (prefix === "" || most * 2 < names.length) return [...names];
  const taken = new Set(names);
  return names.map((name) => {
    const bare = name.startsWith(prefix) ? name.slice(prefix.length) : "";
    return bare !== "" && !taken.has(bare) ? bare : name;
  });
}

/** A row's values under its table's keys; null values and skipped ones are left out, extra values have no key. */
function record(keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const count = Math.min(keys.length, values.length);
  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (value !== null && value !== SKIPPED && !Object.hasOwn(out, keys[i]!)) setOwn(out, keys[i]!, value);
  }
  return out;
}

/** A field of a `COPY` line: `\N` is null; `\t`, `\n`, `\r`, `\\` and the other backslash escapes are their characters. */
function copyField(field: string): unknown {
  if (field === "\\N") return null;
  if (!field.includes("\\")) return field;
  return field.replace(/\\(.)/g, (_, c: string) => (Object.hasOwn(ESCAPES, c) ? ESCAPES[c]! : c));
}
