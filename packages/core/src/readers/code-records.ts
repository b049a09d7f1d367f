import { setOwn } from "../assemble/own-property.js";
import type { ParseSettings } from "../settings.js";
import { literalAt } from "./python-literal.js";

/**
 * Records a source file keeps in its code — a front end's mock data (a Vue component's `data()` returning
 * `tableData: [{ title: '…', summary: '…' }]`), a module exporting an API's response as a fixture
 * (`export default { data: { us: [{ "title": …, "content_short": … }] } }`), a generated bean's javadoc holding
 * the sample response as ` * key : value` lines, a README's sample row written as a tuple under its column names
 * (`id, title, time, source, text` over `'20', '万科A…', '2024年03月08日 19:37', …`). Each is read as the record it
 * is, for the record mapping to read as any dump's record; the code, templates and styles around them never
 * become text. One pass over the text for each form, every loop bounded by it; a literal that does not read
 * (a function, a template string inside it) is no record.
 */

/**
 * A headline's key opening an object literal's entry, quoted or bare (`{ title: '…'`, `, "title": "…"`):
 * where a record in code is looked for. Template bindings (`:title="item.title"`) follow no `{` or `,`.
 */
const LITERAL_TITLE_KEY = /[{,]\s*(["']?)(?:title|headline|news_title|newsTitle)\1\s*:/g;

/** A javadoc line of a sample response as GsonFormat writes it: ` * key : value`. */
const COMMENT_FIELD = /^[ \t]*\*[ \t]+([A-Za-z_]\w{0,40})[ \t]+:[ \t]?(.*)$/gm;

/**
 * Column names closing a line (`爬取数据示例： id, title, time, source, text`), then, after blank lines, a row of as
 * many quoted values (`'20', '万科A…', …`), a tuple with or without its brackets.
 */
const NAMED_ROW =
  /(?:^|[:：][ \t]*)([A-Za-z_]\w{0,30}(?:[ \t]*,[ \t]*[A-Za-z_]\w{0,30}){2,20})[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*\(?(['"][^\n]*)$/gm;

/** The records the code of a source file holds, in the order they are written (nested ones once). */
export function codeRecords(text: string, settings: Readonly<ParseSettings>): Record<string, unknown>[] {
  return [
    ...literalRecords(text, settings),
    ...commentRecords(text, settings.codeCommentMinFields),
    ...rowRecords(text),
  ];
}

/** Object literals holding a headline's key (`LITERAL_TITLE_KEY`), each read whole from its opening brace. */
function literalRecords(text: string, settings: Readonly<ParseSettings>): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  let readTo = 0;
  let misses = 0;
  LITERAL_TITLE_KEY.lastIndex = 0;
  for (let key = LITERAL_TITLE_KEY.exec(text); key !== null; key = LITERAL_TITLE_KEY.exec(text)) {
    if (key.index < readTo) continue;
    const open =
      text[key.index] === "{" ? key.index : openingBrace(text, key.index, settings.codeRecordReach);
    const read = open < readTo ? null : literalAt(text, open);
    if (read === null || read.value === null || typeof read.value !== "object" || Array.isArray(read.value)) {
      if (++misses >= settings.codeRecordMisses) break;
      continue;
    }
    records.push(read.value as Record<string, unknown>);
    readTo = read.end;
    LITERAL_TITLE_KEY.lastIndex = read.end;
  }
  return records;
}

/** The brace that opens the object whose entry starts at `from` (a comma), or -1 within `reach` characters. */
function openingBrace(text: string, from: number, reach: number): number {
  let depth = 0;
  const stop = Math.max(0, from - reach);
  for (let at = from - 1; at >= stop; at--) {
    const char = text[at];
    if (char === "}" || char === "]") depth++;
    else if (char === "{" || char === "[") {
      if (depth === 0) return char === "{" ? at : -1;
      depth--;
    }
  }
  return -1;
}

/** Runs of ` * key : value` lines (`COMMENT_FIELD`), each a record of its keys; a value of digits is a number. */
function commentRecords(text: string, minFields: number): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  let record: Record<string, unknown> = {};
  let fields = 0;
  let lastEnd = -1;
  const close = () => {
    if (fields >= minFields) records.push(record);
    record = {};
    fields = 0;
  };
  COMMENT_FIELD.lastIndex = 0;
  for (let line = COMMENT_FIELD.exec(text); line !== null; line = COMMENT_FIELD.exec(text)) {
    if (lastEnd >= 0 && text.slice(lastEnd, line.index).trim() !== "") close();
    const value = line[2]!.trim();
    setOwn(record, line[1]!, /^\d{1,16}$/.test(value) ? Number(value) : value);
    fields++;
    lastEnd = line.index + line[0].length;
  }
  close();
  return records;
}

/**
 * A row's values without the `)` that closes a tuple and the blanks after it. Walked back by hand: a pattern
 * anchored at the end (`/\)?[ \t\r]*$/`) retries from every blank of a long run, quadratic in the run.
 */
function withoutRowClose(values: string): string {
  let end = values.length;
  while (end > 0 && ROW_BLANK.has(values[end - 1]!)) end--;
  if (values[end - 1] === ")") end--;
  return values.slice(0, end);
}

const ROW_BLANK = new Set([" ", "\t", "\r"]);

/** A row of quoted values under as many column names (`NAMED_ROW`): a record of the names. */
function rowRecords(text: string): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  NAMED_ROW.lastIndex = 0;
  for (let row = NAMED_ROW.exec(text); row !== null; row = NAMED_ROW.exec(text)) {
    const names = row[1]!.split(",").map((name) => name.trim());
    const values = literalAt(`(${withoutRowClose(row[2]!)})`, 0)?.value;
    if (!Array.isArray(values) || values.length !== names.length) continue;
    const record: Record<string, unknown> = {};
    for (let at = 0; at < names.length; at++) setOwn(record, names[at]!, values[at]);
    records.push(record);
  }
  return records;
}
