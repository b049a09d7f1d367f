import type { Warning } from "../article.js";
import { CaixunError } from "../errors.js";
import type { PackSet } from "../packs/index.js";
import { fileDocument, type SourceDocument } from "../pipeline/document.js";
import { parseFailed } from "../pipeline/salvage.js";
import type { SecurityDictionary } from "../securities/dictionary.js";
import type { ParseSettings } from "../settings.js";
import { type Decoded, decode } from "../stages/decode.js";
import { readFile } from "../stages/front-matter.js";
import type { YamlExtensions } from "../stages/front-matter-yaml.js";
import type { EntityTable } from "../text/entities.js";
import { warning } from "../warnings.js";
import type { InputKind } from "./detect.js";
import { readLabelledRecords } from "./labelled.js";
import { concat } from "./lines.js";
import type { RecordMapping } from "./mapping.js";
import { readMarkdown } from "./markdown.js";
import { readNotebook } from "./notebook.js";
import { readLogseqPage, withBodyProperties } from "./page-properties.js";
import { RecordMapper } from "./record.js";
import {
  isReadWhole,
  type ManyRecords,
  type RecordInputs,
  readRecordInput,
  WHOLE_READERS,
} from "./record-inputs.js";
import { withDeckCover } from "./slide-deck.js";
import type { DocumentReader, ReadItem } from "./types.js";
import { readTypstPage } from "./typst.js";

/** What every reader is told about the input it reads. */
export interface ReaderOptions {
  settings: Readonly<ParseSettings>;
  packs: PackSet;
  /** The input's name: a long number in it is the id of a one-document input. */
  filename: string | undefined;
  /** A record mapping for this input's records, instead of the feed packs. */
  mapping: RecordMapping | null;
  /** The number of the input's first line (a part of a larger dump starts further on). */
  firstLine: number;
  /** The securities dictionary each document's names are matched against, when one was given. */
  securities?: SecurityDictionary;
  /** The full YAML reader's extensions for front matter, when they were given (`fullYaml`). */
  yaml?: YamlExtensions;
  /** HTML's names beyond HTML 4.01's for character references, when they were given (`fullEntities`). */
  entities?: EntityTable;
}

/**
 * The one document of a file that holds one (front matter, HTML, Markdown, plain text): the bytes
 * are kept, to the limit, and read as a whole at the end.
 */
export class WholeFileReader implements DocumentReader {
  private readonly chunks: Uint8Array[] = [];
  private bytes = 0;
  /** The input's text, when all of it was decoded already and needs no second decoding (`knownText`). */
  private text: string | null = null;

  constructor(
    private readonly kind: InputKind,
    private readonly options: ReaderOptions,
  ) {}

  push(chunk: Uint8Array): ReadItem[] {
    this.bytes += chunk.length;
    // With the text known, only the count is needed (the limit).
    if (this.bytes <= this.options.settings.maxInputBytes) {
      if (this.text === null) this.chunks.push(chunk.slice());
    } else this.chunks.length = 0;
    return [];
  }

  /**
   * The text of all the bytes this reader is given, as `sampleAsText` gives it from the sample that
   * held the whole input: `end` decodes that string instead of the bytes again.
   */
  knownText(text: string): void {
    this.text = text;
  }

  /** Past the limit nothing more is needed: the input is too large whatever follows. */
  get done(): boolean {
    return this.bytes > this.options.settings.maxInputBytes;
  }

  end(): ReadItem[] {
    const limit = this.options.settings.maxInputBytes;
    if (this.bytes > limit) {
      return [
        {
          failure: {
            code: "input-too-large",
            message: `input goes on past the limit of ${limit} bytes (settings.maxInputBytes); it was read no further`,
            ref: null,
          },
        },
      ];
    }
    // A tagged corpus's records, a dump's and an export's rows are judged for mojibake one by one
    // (`TaggedDocuments`, `SqlDocuments`, `CsvDocuments`), not the input whole.
    const perRecord = this.kind === "tagged-records" || this.kind === "sql" || this.kind === "csv";
    const input = this.text ?? concat(this.chunks, this.bytes);
    // A known text is all the bytes' UTF-8 (`sampleAsText`): their count bounds its Han characters.
    const decoded = decode(
      input,
      this.options.settings,
      { mojibake: !perRecord },
      this.text === null ? undefined : this.bytes,
    );
    try {
      return this.documents(decoded, perRecord);
    } catch (error) {
      if (error instanceof CaixunError) throw error;
      // A reader that fails on input nobody foresaw keeps the text whole, read as plain text, and says so, as `parse`
      // keeps its text (`salvage`): it does not take the stream's other results with it.
      const read = wholeText("plain-text", decoded.text, this.options.filename);
      return [{ document: read.document, warnings: [...decoded.warnings, parseFailed(error, "whole")] }];
    }
  }

  /** The documents of the decoded input, as its kind's reader reads them. */
  private documents(decoded: Decoded, perRecord: boolean): ReadItem[] {
    // A feed, a SQL dump or a CSV export is read whole, then one document per item or row, as a JSON array's records are.
    if (isReadWhole(this.kind)) {
      const { packs, mapping, firstLine, settings } = this.options;
      const encoding = perRecord ? decoded.encoding : undefined;
      const mapper = new RecordMapper(packs, mapping, settings);
      return WHOLE_READERS[this.kind](decoded.text, mapper, firstLine, encoding).map((item) =>
        "document" in item ? { ...item, warnings: [...decoded.warnings, ...item.warnings] } : item,
      );
    }
    // A file of labelled records one after another (a generated `content.txt` of `title:` … `content:` blocks): one
    // document each, as a dump's rows.
    const records =
      this.kind === "markdown" || this.kind === "plain-text" ? readLabelledRecords(decoded.text) : null;
    if (records !== null)
      return records.map((item) =>
        "document" in item ? { ...item, warnings: [...decoded.warnings, ...item.warnings] } : item,
      );
    const read = readWholeFile(
      this.kind,
      decoded.text,
      this.options.filename,
      this.options.settings,
      this.options.packs,
      readRecordInput,
      this.options.yaml,
    );
    // A file whose code or printed output holds many news records gives one document each, as a JSON array does.
    const documents = read.records ?? [read];
    return documents.map((item) =>
      "document" in item ? { ...item, warnings: [...decoded.warnings, ...item.warnings] } : item,
    );
  }
}

/**
 * The document of a one-document input of a known kind. Markdown or plain text that opens with
 * labelled lines (`Title: …`, `Link: …`, `Published: …`) is one record written as text
 * (`labelled.ts`), and a JSON input that holds one record (a scraper that writes a file per item) is
 * that record, read as `parseAll` reads it: both by `records`. An input of many documents read as one (by `parse`)
 * is read the way it always was, as a file without front matter, and says so (`many-documents`); so is an input of
 * records that `records` does not read, saying what `unread` says of it (the browser build's `parse` without them:
 * `records-not-loaded`, in `parse-browser.ts`, so that neither the readers nor that message enter the other's bundle).
 */
export function readWholeFile(
  kind: InputKind,
  text: string,
  filename: string | undefined,
  settings: Readonly<ParseSettings>,
  packs: PackSet,
  records: RecordInputs,
  yaml?: YamlExtensions,
  unread: (kind: InputKind) => Warning = manyDocuments,
): { document: SourceDocument; warnings: Warning[]; records?: ReadItem[] } {
  switch (kind) {
    case "front-matter":
      return withDeckCover(withBodyProperties(readFile(text, filename, yaml)));
    case "markdown":
    case "plain-text": {
      const page = readTypstPage(text, filename) ?? readLogseqPage(text, filename);
      if (page !== null) return page;
      const record = records(kind, text, packs, settings, filename);
      if (record !== null && "document" in record) return record;
      const read =
        kind === "markdown" ? readMarkdown(text, filename, settings) : wholeText(kind, text, filename);
      return record === null ? read : holdingMany(read, record);
    }
    case "html": {
      // A clipping service's export of many stories in one page (`clippingHtmlStories`): its stories, as records.
      const record = records(kind, text, packs, settings, filename);
      if (record !== null && "document" in record) return record;
      const read = wholeText(kind, text, filename);
      return record === null ? read : holdingMany(read, record);
    }
    case "notebook": {
      // The records the code printed are read as JSON records are; else the notebook's Markdown is the document.
      const notebook = readNotebook(text);
      if (notebook === null)
        return readWholeFile("json", text, filename, settings, packs, records, yaml, unread);
      const [first, second] = notebook.records;
      const printed =
        first === undefined
          ? null
          : second === undefined
            ? records("json", JSON.stringify(first), packs, settings, filename)
            : records("notebook", JSON.stringify(notebook.records), packs, settings, filename);
      if (printed !== null && "document" in printed) return printed;
      const read = readMarkdown(notebook.markdown, filename, settings);
      return printed === null ? read : holdingMany(read, printed);
    }
    default: {
      const record = kind === "digest" ? null : records(kind, text, packs, settings, filename);
      if (record !== null && "document" in record) return record;
      const read = readFile(text, filename, yaml);
      if (record !== null) return holdingMany(read, record);
      const said = kind === "digest" ? manyDocuments(kind) : unread(kind);
      return { document: read.document, warnings: [...read.warnings, said] };
    }
  }
}

/**
 * What an input of many documents read as one says (`many-documents`): `parse` reads one Article, `parseAll` one
 * each. An input of records that `records` did not read says it, unless told otherwise (`readWholeFile`'s `unread`).
 */
export function manyDocuments(kind: InputKind): Warning {
  return holdsMany(MANY_DOCUMENTS[kind] ?? "records of a dump");
}

/** The `many-documents` warning of an input that holds `what`. */
function holdsMany(what: string): Warning {
  return warning(
    "many-documents",
    `the input holds many documents (${what}); parseAll gives one Article each`,
  );
}

/**
 * A file read whole that holds many news records (`ManyRecords`: a component's mock list, a crawler's printed
 * records): `parse` keeps the file's reading and says what it holds; `parseAll` reads the records instead. What the
 * search for them said (`many.warnings`) is said of the file too, and a file whose search stopped before any record
 * was read is its own reading.
 */
function holdingMany(
  read: { document: SourceDocument; warnings: Warning[] },
  many: ManyRecords,
): { document: SourceDocument; warnings: Warning[]; records?: ReadItem[] } {
  const warnings = [...read.warnings, ...(many.warnings ?? [])];
  if (many.records.length === 0) return { document: read.document, warnings };
  return { document: read.document, warnings: [...warnings, holdsMany(many.holds)], records: many.records };
}

/** What an input of many documents read as one holds, as its `many-documents` warning says it. */
const MANY_DOCUMENTS: Partial<Record<InputKind, string>> = {
  digest: "a digest's sections",
  feed: "a feed's items",
  sql: "a SQL dump's rows",
  csv: "a CSV export's rows",
  "tagged-records": "a tagged corpus's records",
};

/** An HTML or plain-text file read as one body, nothing stated about it. */
function wholeText(
  kind: "html" | "plain-text",
  text: string,
  filename: string | undefined,
): { document: SourceDocument; warnings: Warning[] } {
  return {
    document: fileDocument({
      data: {},
      hasFrontMatter: false,
      body: text,
      bodyLine: 1,
      raw: text,
      filename,
      syntax: kind,
      format: kind,
    }),
    warnings: [],
  };
}
