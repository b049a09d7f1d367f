import type { Warning } from "../article.js";
import type { PackSet } from "../packs/index.js";
import type { SourceDocument } from "../pipeline/document.js";
import type { ParseSettings } from "../settings.js";
import type { Encoding } from "../stages/decode.js";
import { urlHost } from "../text/url.js";
import { warning } from "../warnings.js";
import { clippingHtmlStories, clippingTextStories } from "./clipping-exports.js";
import { codeRecords } from "./code-records.js";
import { csvDocuments } from "./csv-documents.js";
import type { InputKind } from "./detect.js";
import { feedHead, feedItemRecord, feedItems, withoutWww } from "./feed.js";
import { holdsHan } from "./field-roles.js";
import { parseRecordText } from "./json-lines.js";
import { readLabelledFile } from "./labelled.js";
import { RecordMapper, recordJson } from "./record.js";
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

/**
 * The documents of the news records a file that is no dump holds, more than one (`RecordInputs`); none, with the
 * `warnings` its reading says, when the search for them stopped before one was read (`code-records-capped`) or when
 * the input's records hold no news (`not-a-news-record`: `onlyRecord`).
 */
export interface ManyRecords {
  records: ReadItem[];
  /** What the file holds, as its `many-documents` warning says it. */
  holds: string;
  /** What the search for the records said, for the file's own reading when it found none. */
  warnings?: Warning[];
}

/**
 * The document of an input of records that holds one (`RecordInputs`): a feed, a SQL dump, a CSV export or a tagged
 * corpus of one item, row or record, read as `parseAll` reads it; a JSON input that is one object with a text field
 * (`content`, `summary`, … — the keys the record mapping reads), or an array of that one object, not a longer array,
 * objects one after another, invalid JSON or a settings file — or an object that wraps one such record in an array (`articles`,
 * `items`, …: `RecordMapper.nestedDocuments`); or a Markdown or plain-text file that opens with labelled lines (`labelled.ts`)
 * or whose code holds one news record (`codeRecords`). It is one Article's file, so it has no `ref`. A file whose code
 * holds many news records, a notebook's printed records (`kind` "notebook": their JSON list, more than one), and a
 * feed saved as JSON holding more than one item (rss-parser's `{items: […], feedUrl, …}`) are `ManyRecords`.
 */
export function readRecordInput(
  kind: InputKind,
  text: string,
  packs: PackSet,
  settings: Readonly<ParseSettings>,
  filename: string | undefined,
): ReturnType<RecordInputs> {
  // A clipping service's HTML export holds stories, each a record; any other page holds none (`clippingHtmlStories`
  // asks for the mapper only once it has found a story).
  if (kind === "html") {
    const stories = clippingHtmlStories(text, () => new RecordMapper(packs, null, settings));
    if (stories === null) return null;
    return stories.length > 1
      ? { records: stories, holds: "a clipping export's stories" }
      : onlyDocument(stories);
  }
  const mapper = new RecordMapper(packs, null, settings);
  if (kind === "markdown" || kind === "plain-text") {
    // A clipping service's export of many stories: one each (a file of one is that story's, read as plain text).
    const stories = kind === "plain-text" ? clippingTextStories(text, filename) : null;
    if (stories !== null) return { records: stories, holds: "a clipping export's stories" };
    const labelled = readLabelledFile(text, filename);
    if (labelled !== null) return labelled;
    const code = codeDocuments(text, mapper, settings);
    const stopped = code.stopped === null ? [] : [code.stopped];
    if (code.items.length > 1)
      return { records: code.items, holds: "news records in a source file's code", warnings: stopped };
    const one = onlyDocument(code.items);
    return one !== null || code.stopped === null ? one : { records: [], holds: "", warnings: stopped };
  }
  if (kind === "notebook") {
    const printed = recordDocuments(JSON.parse(text) as Record<string, unknown>[], mapper);
    return printed.length > 1 ? { records: printed, holds: "news records a notebook printed" } : null;
  }
  if (kind === "sql") return onlyRecord(theStoryRow(sqlDocuments(text, mapper, 1), settings.storyMinHan));
  if (isReadWhole(kind)) return onlyRecord(WHOLE_READERS[kind](text, mapper, 1));
  const record = parseRecordText(text, true);
  if (typeof record === "string") return null;
  // A feed saved as JSON holding one item is that item's file, as a collection of one record is (below); one holding
  // several is many records, each an Article of `parseAll`, as a notebook's printed records are.
  const feed = mapper.feedDocuments(record, 1, String);
  if (feed !== null)
    return feed.length > 1
      ? { records: feed, holds: `a feed's ${feed.length} items, saved as JSON` }
      : onlyDocument(feed);
  const read = mapper.document(record, { ref: "", line: 1, raw: text }, "dump-record");
  // A collection that wraps its records (a feed reader's `{collection_date, …, articles: […]}`) holding one is that
  // record's file, as an array of one is; the wrapper's own fields are no story's (`onlyDocument` drops the refs).
  if ("failure" in read)
    return read.failure.code === "not-a-news-record"
      ? onlyRecord(mapper.nestedDocuments(record, 1, String, text) ?? [read])
      : null;
  return { document: { ...read.document, ref: null }, warnings: read.warnings };
}

/**
 * The documents of the news records a source file's code holds (`codeRecords`: a component's mock data, a module's
 * fixture, a javadoc's sample response, a README's sample row); what the mapping reads as no news (a chart's options
 * with a `title`, a related article's headline and link) is left out.
 */
function codeDocuments(
  text: string,
  mapper: RecordMapper,
  settings: Readonly<ParseSettings>,
): { items: ReadItem[]; stopped: Warning | null } {
  const { records, stoppedAt } = codeRecords(text, settings);
  const read = recordDocuments(records, mapper, text);
  if (stoppedAt === null) return { items: read, stopped: null };
  // The search stopped: every record read says so (a file with none read says it of its own reading).
  const stopped = searchStopped(text, stoppedAt, settings.codeRecordMissChars);
  return {
    items: read.map((item) =>
      "document" in item ? { ...item, warnings: [...item.warnings, stopped] } : item,
    ),
    stopped,
  };
}

/** The `code-records-capped` warning of a file whose search for records in code stopped at `stoppedAt`. */
function searchStopped(text: string, stoppedAt: number, missChars: number): Warning {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < stoppedAt; at = text.indexOf("\n", at + 1)) line++;
  return {
    code: "code-records-capped",
    message: `the code's headline keys read as no record for ${missChars} characters; records after line ${line} were not looked for`,
    line,
  };
}

/**
 * The documents of the news records among `records`, each by its place among them (`item 2`, as a JSON array's) and
 * its own JSON as its raw text; a record the mapping reads as no news is left out, not counted. Given the `file`'s
 * text, a lone news record is the file's own story: the file is its raw text (its id's hash), as a labelled file's
 * is — read with it once, not every record (hashing the file for each of many records is quadratic).
 */
function recordDocuments(
  records: readonly Record<string, unknown>[],
  mapper: RecordMapper,
  file?: string,
): ReadItem[] {
  const items: ReadItem[] = [];
  let lone: Record<string, unknown> | undefined;
  // Records the code holds side by side are a list, as an array's are: one with a headline and its story's link but
  // no text is one of a list of headlines (a feed API's mock response of titles, sources and times), not no news.
  const inList = records.length > 1;
  for (const record of records) {
    const where = { ref: `item ${items.length + 1}`, line: 1, raw: recordJson(record), inList };
    const read = mapper.document(record, where, "dump-record");
    if ("document" in read) {
      items.push(read);
      lone = record;
    }
  }
  return file === undefined || items.length !== 1
    ? items
    : [mapper.document(lone!, { ref: "", line: 1, raw: file }, "dump-record")];
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
  const head = items.length > 0 ? feedHead(text.slice(0, text.indexOf(items[0]!))) : undefined;
  // An item of a site's own feed (`SiteFeedHead`) that links to the site is the site's: the name its feed gives itself
  // is the item's outlet, before the hosts table's (`香港獨立媒體` for inmediahk.net, whose feed calls it `獨立媒體`).
  const site = head?.site ?? null;
  const read = items.map((raw, index) => {
    const record = feedItemRecord(raw);
    const host = site !== null && typeof record.link === "string" ? urlHost(record.link) : null;
    if (host !== null && withoutWww(host) === site!.host && record.source === undefined)
      record.site_name = site!.name;
    return mapper.document(record, { ref: `item ${index + 1}`, line, raw, feed: head }, "dump-record");
  });
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
 * The one record's document of an input of records (`onlyDocument`), or, when the reading gave no news record at all —
 * every item `not-a-news-record`, the failure `parseAll` gives (a SQL dump that holds no rows, a JSON object with no text
 * field) — the same said of the file `parse` reads as one: no `many-documents`, for it holds none.
 */
function onlyRecord(items: readonly ReadItem[]): ReturnType<RecordInputs> {
  const first = items[0];
  const noNews = (item: ReadItem) => "failure" in item && item.failure.code === "not-a-news-record";
  if (first === undefined || !("failure" in first) || !items.every(noNews)) return onlyDocument(items);
  return { records: [], holds: "", warnings: [warning("not-a-news-record", first.failure.message)] };
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
