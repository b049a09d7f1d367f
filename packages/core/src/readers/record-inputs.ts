import type { Warning } from "../article.js";
import type { PackSet } from "../packs/index.js";
import type { SourceDocument } from "../pipeline/document.js";
import type { ParseSettings } from "../settings.js";
import type { Encoding } from "../stages/decode.js";
import { codeRecords } from "./code-records.js";
import { csvDocuments } from "./csv-documents.js";
import type { InputKind } from "./detect.js";
import { feedItemRecord, feedItems } from "./feed.js";
import { holdsHan } from "./field-roles.js";
import { parseRecordText } from "./json-lines.js";
import { readLabelledFile } from "./labelled.js";
import { RecordMapper } from "./record.js";
import { sqlDocuments } from "./sql-documents.js";
import { taggedDocuments } from "./tagged-documents.js";
import type { ReadItem } from "./types.js";

/**
 * How `parse` reads an input of records (a JSON record, a feed, a SQL dump, a CSV export, a tagged corpus, a
 * Markdown or plain-text file of labelled lines) as one Article: the document of the one record it holds, or null
 * for none, more than one, or a failure. The default entry of `@caixun/core` always has it (`readRecordInput`); the
 * browser build's `parse` has it when given (`records` from `@caixun/core/records`), so that a page that parses files
 * ships none of these readers. A file whose code, or a notebook whose printed output, holds many news records gives
 * their documents (`ManyRecords`): `parse` reads the file as it reads one of none and says so (`many-documents`),
 * `parseAll` gives one Article each.
 */
export type RecordInputs = (
  kind: InputKind,
  text: string,
  packs: PackSet,
  settings: Readonly<ParseSettings>,
  filename: string | undefined,
) => { document: SourceDocument; warnings: Warning[] } | ManyRecords | null;

/** The documents of the news records a file that is no dump holds, more than one (`RecordInputs`). */
export interface ManyRecords {
  records: ReadItem[];
  /** What the file holds, as its `many-documents` warning says it. */
  holds: string;
}

/**
 * The document of an input of records that holds one (`RecordInputs`): a feed, a SQL dump, a CSV export or a tagged
 * corpus of one item, row or record, read as `parseAll` reads it; a JSON input that is one object with a text field
 * (`content`, `summary`, … — the keys the record mapping reads), or an array of that one object, not a longer array,
 * objects one after another, invalid JSON or a settings file — or an object that wraps one such record in an array (`articles`,
 * `items`, …: `RecordMapper.nestedDocuments`); or a Markdown or plain-text file that opens with labelled lines (`labelled.ts`)
 * or whose code holds one news record (`codeRecords`). It is one Article's file, so it has no `ref`. A file whose code
 * holds many news records, and a notebook's printed records (`kind` "notebook": their JSON list, more than one), are
 * `ManyRecords`.
 */
export function readRecordInput(
  kind: InputKind,
  text: string,
  packs: PackSet,
  settings: Readonly<ParseSettings>,
  filename: string | undefined,
): ReturnType<RecordInputs> {
  const mapper = new RecordMapper(packs, null, settings);
  if (kind === "markdown" || kind === "plain-text") {
    const labelled = readLabelledFile(text, filename);
    if (labelled !== null) return labelled;
    const code = codeDocuments(text, mapper, settings);
    return code.length > 1
      ? { records: code, holds: "news records in a source file's code" }
      : onlyDocument(code);
  }
  if (kind === "notebook") {
    const printed = recordDocuments(JSON.parse(text) as Record<string, unknown>[], mapper);
    return printed.length > 1 ? { records: printed, holds: "news records a notebook printed" } : null;
  }
  if (kind === "sql") return onlyDocument(theStoryRow(sqlDocuments(text, mapper, 1), settings.storyMinHan));
  if (isReadWhole(kind)) return onlyDocument(WHOLE_READERS[kind](text, mapper, 1));
  const record = parseRecordText(text, true);
  if (typeof record === "string") return null;
  const read = mapper.document(record, { ref: "", line: 1, raw: text }, "dump-record");
  // A collection that wraps its records (a feed reader's `{collection_date, …, articles: […]}`) holding one is that
  // record's file, as an array of one is; the wrapper's own fields are no story's (`onlyDocument` drops the refs).
  if ("failure" in read)
    return read.failure.code === "not-a-news-record"
      ? onlyDocument(mapper.nestedDocuments(record, 1, String, text) ?? [])
      : null;
  return { document: { ...read.document, ref: null }, warnings: read.warnings };
}

/**
 * The documents of the news records a source file's code holds (`codeRecords`: a component's mock data, a module's
 * fixture, a javadoc's sample response, a README's sample row); what the mapping reads as no news (a chart's options
 * with a `title`, a related article's headline and link) is left out.
 */
function codeDocuments(text: string, mapper: RecordMapper, settings: Readonly<ParseSettings>): ReadItem[] {
  const records = codeRecords(text, settings);
  // A lone record is the file's own story: the file is its raw text (its id's hash), as a labelled file's is.
  const items = records
    .map((record) => mapper.document(record, { ref: "", line: 1, raw: text }, "dump-record"))
    .filter((item) => "document" in item);
  return items.length > 1 ? recordDocuments(records, mapper) : items;
}

/**
 * The documents of the news records among `records`, each by its place among them (`item 2`, as a JSON array's) and
 * its own JSON as its raw text; a record the mapping reads as no news is left out, not counted.
 */
function recordDocuments(records: readonly Record<string, unknown>[], mapper: RecordMapper): ReadItem[] {
  const items: ReadItem[] = [];
  for (const record of records) {
    const where = { ref: `item ${items.length + 1}`, line: 1, raw: JSON.stringify(record) };
    const read = mapper.document(record, where, "dump-record");
    if ("document" in read) items.push(read);
  }
  return items;
}

/**
 * A dump's one story among rows that hold none: the row whose text holds `minHan` Han characters when it is the only
 * one, the others rows of news too short to be a story (a rich-text editor's test input around a story pasted into
 * it) or rows of no news (a table of users); the rows as they are otherwise, a dump cut short among them too.
 */
function theStoryRow(items: readonly ReadItem[], minHan: number): readonly ReadItem[] {
  if (
    items.length < 2 ||
    items.some((item) => "failure" in item && item.failure.code !== "not-a-news-record")
  )
    return items;
  const stories = items.filter((item) => "document" in item && holdsHan(item.document.body, minHan));
  return stories.length === 1 ? stories : items;
}

/**
 * One document per `<item>` or `<entry>` of a feed (`item 3`), its elements read by the record mapping
 * as a dump record's keys are (`feedItemRecord`); a feed cut short inside an item says so.
 */
function feedDocuments(text: string, mapper: RecordMapper, line: number): ReadItem[] {
  const { items, cut } = feedItems(text);
  const read = items.map((raw, index) =>
    mapper.document(feedItemRecord(raw), { ref: `item ${index + 1}`, line, raw }, "dump-record"),
  );
  if (cut) {
    const ref = `item ${items.length + 1}`;
    read.push({
      failure: { code: "corrupt-input", message: "the feed ends inside an item: it is cut short", ref },
    });
  }
  return read;
}

/**
 * The readers of the inputs of many documents that are read whole, then one document per item, row or record;
 * `encoding` is given to the readers that repair each record's or row's mojibake themselves (`taggedDocuments`,
 * `sqlDocuments`, `csvDocuments`; `feedDocuments` takes none).
 */
type WholeReader = (text: string, mapper: RecordMapper, firstLine: number, encoding?: Encoding) => ReadItem[];
export const WHOLE_READERS: Readonly<Record<"feed" | "sql" | "csv" | "tagged-records", WholeReader>> = {
  feed: feedDocuments,
  sql: sqlDocuments,
  csv: csvDocuments,
  "tagged-records": taggedDocuments,
};

/** Whether an input of this kind is read whole, then one document per item, row or record (`WHOLE_READERS`). */
export function isReadWhole(kind: InputKind): kind is keyof typeof WHOLE_READERS {
  return Object.hasOwn(WHOLE_READERS, kind);
}

/**
 * The document of an input of many documents that holds one (an `<item>` cut out of a feed, a dump
 * of one row), read as `parseAll` reads it; null for none, more than one, or a failure.
 */
function onlyDocument(items: readonly ReadItem[]): { document: SourceDocument; warnings: Warning[] } | null {
  const [item, more] = items;
  return item === undefined || more !== undefined || "failure" in item
    ? null
    : { document: { ...item.document, ref: null }, warnings: item.warnings };
}
