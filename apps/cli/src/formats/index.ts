import { UsageError } from "../exit-codes.js";
import { csvFormat } from "./csv.js";
import type { FormatOptions, OutputFormat } from "./format.js";
import { htmlFormat } from "./html.js";
import { jsonFormat } from "./json.js";
import { jsonlFormat } from "./jsonl.js";
import { markdownFormat } from "./markdown.js";
import { tableFormat } from "./table.js";
import { textFormat } from "./text.js";

export type { FormatOptions, OutputFormat } from "./format.js";

/** The formats `--format` accepts; `takesFields` says whether `--fields` applies. */
const FORMATS = {
  jsonl: { create: jsonlFormat, takesFields: true },
  json: { create: jsonFormat, takesFields: true },
  csv: { create: csvFormat, takesFields: true },
  table: { create: tableFormat, takesFields: true },
  md: { create: markdownFormat, takesFields: false },
  html: { create: htmlFormat, takesFields: false },
  text: { create: textFormat, takesFields: false },
} as const satisfies Record<
  string,
  { create: (options: FormatOptions) => OutputFormat; takesFields: boolean }
>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function createFormat(name: FormatName, options: FormatOptions): OutputFormat {
  const format = FORMATS[name];
  if (options.fields !== null && !format.takesFields) {
    throw new UsageError(`--fields does not apply to --format ${name} (only to jsonl, json, csv and table)`);
  }
  return format.create(options);
}

/** The format an output file's extension implies (`out.csv` → csv), when `--format` is not given. */
/** The format an output file's extension names. */
export const FORMAT_EXTENSIONS: Readonly<Record<string, FormatName>> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".csv": "csv",
  ".md": "md",
  ".html": "html",
  ".htm": "html",
  ".txt": "text",
};

export function formatForExtension(extension: string): FormatName | null {
  return FORMAT_EXTENSIONS[extension.toLowerCase()] ?? null;
}
