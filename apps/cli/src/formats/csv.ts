import type { Article } from "@caixun/core";
import type { Input } from "@caixun/inputs";
import { csvRecord, UTF8_BOM } from "../csv.js";
import { cellText, type FieldName } from "../fields.js";
import type { FormatOptions, OutputFormat } from "./format.js";

/** The CSV columns when `--fields` is not given: everything that fits in a cell, text last. */
const CSV_DEFAULT_FIELDS: readonly FieldName[] = [
  "file",
  "ref",
  "id",
  "title",
  "publishedAt",
  "source",
  "via",
  "author",
  "editor",
  "categories",
  "tags",
  "originalUrl",
  "securities",
  "warnings",
  "format",
  "fingerprint",
  "text",
];

/**
 * RFC 4180 CSV with a header row, one record per article. Cells that a spreadsheet would run as a
 * formula are neutralised unless `csvRaw` (see `csvField`).
 */
export function csvFormat({ fields, bom, csvRaw }: FormatOptions): OutputFormat {
  const columns = fields ?? CSV_DEFAULT_FIELDS;
  const header = (bom ? UTF8_BOM : "") + csvRecord(columns);
  const record = (article: Article, input: Input) =>
    csvRecord(
      columns.map((field) => cellText(article, input, field)),
      csvRaw,
    );
  return {
    extension: ".csv",
    begin: () => header,
    record,
    end: () => "",
    document: (article, input) => header + record(article, input),
  };
}
