import { READERS_SQL_KEY_VALUE_PATTERNS } from "@caixun/core/text/rule-patterns";
import { setOwn } from "../assemble/own-property.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { isKnownKey } from "./mapping.js";
import type { SqlItem, SqlRow } from "./sql.js";

/**
 * The patterns below are compiled from their literals (`READERS_SQL_KEY_VALUE_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersSqlKeyValuePatternsCompiled = false;
/**
 * A key/value table whose rows are one page's fields: a collector that stores each page it collected as rows of
 * `(id, owner, key, value)` — PHPOK's `qinggan_collection_format` `(id, lid, tag, content)` tagged title / keywords /
 * description / note / content, a CMS's extra-field table `(id, aid, field, value)`. The key and value columns by their
 * names (the value's the group); the owner is the one column besides them and the row's `id`.
 */
let KEY_OR_VALUE: RegExp;
/** A key that names a field (`title`, `content`): a word, not a value (a person's name, a sentence). */
let FIELD_NAME: RegExp;

/** Compiles `READERS_SQL_KEY_VALUE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersSqlKeyValuePatterns(): void {
  [KEY_OR_VALUE, FIELD_NAME] = READERS_SQL_KEY_VALUE_PATTERNS.map(regexFromLiteral) as RegExps<2>;
  readersSqlKeyValuePatternsCompiled = true;
}

/** A row's key, value and owner columns, or null for a row of another shape. */
function keyValueColumns(item: SqlItem): [key: string, value: string, owner: string] | null {
  if (!readersSqlKeyValuePatternsCompiled) compileReadersSqlKeyValuePatterns();
  if (!("table" in item) || item.unnamed) return null;
  let key = "";
  let value = "";
  let owner = "";
  for (const name in item.record) {
    const role = KEY_OR_VALUE.exec(name);
    if (role?.[1] !== undefined) value = name;
    else if (role !== null) key = name;
    else if (name !== "id") {
      if (owner !== "") return null;
      owner = name;
    }
  }
  return key && value && owner ? [key, value, owner] : null;
}

/**
 * A dump's items with each run of key/value rows of one owner (`KEY_OR_VALUE`) folded into one row: a record of each
 * key's value, with the owner and the first row's `id`, when two rows or more of one table and one owner come
 * together, each key a field name (`FIELD_NAME`) said once, one of them a key the record mapping reads. Any other
 * row, and a run that is not such a page, stays as it is. A run is held until a row that is not its own comes, or until
 * its rows hold `maxChars` (a stream's bound on what it holds): so a dump streamed row by row folds as one read whole.
 */
export class KeyValueRows {
  private run: SqlRow[] = [];
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  /** The items that no run holds any longer, in the dump's order. */
  push(items: readonly SqlItem[]): SqlItem[] {
    const given: SqlItem[] = [];
    for (const item of items) {
      const columns = keyValueColumns(item);
      const first = this.run[0];
      const row = item as SqlRow;
      // The run's next row: its table's, its owner's, with a key the run has not said.
      if (
        !first ||
        !columns ||
        row.table !== first.table ||
        row.record[columns[2]] !== first.record[columns[2]] ||
        this.run.some((held) => held.record[columns[0]] === row.record[columns[0]])
      ) {
        given.push(...this.end());
        if (!columns) {
          given.push(item);
          continue;
        }
      }
      this.run.push(row);
      this.chars += row.raw.length;
      if (this.chars > this.maxChars) given.push(...this.end());
    }
    return given;
  }

  /** The run held, folded when it is a page's fields. */
  end(): SqlItem[] {
    const run = this.run;
    this.run = [];
    this.chars = 0;
    const page = run.length > 1 ? folded(run) : null;
    return page ? [page] : run;
  }
}

/** A run of key/value rows as one row of its keys, or null when a key names no field or none is one the mapping reads. */
function folded(run: readonly SqlRow[]): SqlRow | null {
  if (!readersSqlKeyValuePatternsCompiled) compileReadersSqlKeyValuePatterns();
  const [first] = run as [SqlRow];
  const [key, value, owner] = keyValueColumns(first)!;
  const record: Record<string, unknown> = {};
  if (first.record.id !== undefined) record.id = first.record.id;
  record[owner] = first.record[owner];
  let known = false;
  for (const row of run) {
    const name = String(row.record[key]);
    if (!FIELD_NAME.test(name) || Object.hasOwn(record, name)) return null;
    known ||= isKnownKey(name.toLowerCase());
    setOwn(record, name, row.record[value]);
  }
  return known
    ? { table: first.table, record, raw: run.map((row) => row.raw).join(",\n"), line: first.line }
    : null;
}
