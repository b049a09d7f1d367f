import type { Article, Warning } from "./article.js";
import type { ParseOptions } from "./parse.js";
import { parseDocument } from "./parse-document.js";
import type { InputKind } from "./readers/detect.js";
import { readLabels } from "./readers/labelled.js";
import type { RecordInputs } from "./readers/record-inputs.js";
import { readWholeFile } from "./readers/whole-file.js";
import { type MarkupReading, readMarkup } from "./stages/read-body.js";
import { warning } from "./warnings.js";

/**
 * `parse` as the browser build has it: the same parse, with the readers of record inputs only when they are
 * given (`options.records`, from `@caixun/core/records`); without them a JSON record, a feed, a SQL dump, a
 * CSV export or a tagged corpus is read as one file without front matter, and a Markdown or plain-text file of
 * labelled lines (`Title: …`, `标题：…`) as a file without labels, and each says how to read its records
 * (`records-not-loaded`).
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Article {
  return parseWithMarkup(input, options, readMarkup);
}

/**
 * The browser build's `parse` with what an entry reads markup bodies with (`MarkupReading`): every body read by
 * `readMarkup` in `parse`, by less in the entries by kind of input (`parse-markdown.ts`, `parse-text.ts`).
 */
export function parseWithMarkup(
  input: string | Uint8Array,
  options: ParseOptions,
  markup: MarkupReading,
): Article {
  return options.records === undefined
    ? parseDocument(input, options, READS_NONE, markup, recordsNotLoaded)
    : parseDocument(input, options, options.records, markup);
}

/**
 * Record readers that read no input: an input of records is then read as one file without front matter
 * (`readWholeFile`, which says `records-not-loaded` of it), and a Markdown or plain-text file of labelled lines
 * (`readLabels`: the lines are read here, the record mapping that makes them a document is `@caixun/core/records`'s)
 * as one without labels, saying the same.
 */
const READS_NONE: RecordInputs = (kind, text, packs, settings, filename) => {
  if ((kind !== "markdown" && kind !== "plain-text") || readLabels(text) === null) return null;
  const read = readWholeFile(kind, text, filename, settings, packs, () => null);
  return {
    document: read.document,
    warnings: [
      ...read.warnings,
      warning(
        "records-not-loaded",
        `a ${kind} file of labelled lines, one record, read without its labels: to read them, pass the readers of @caixun/core/records: parse(input, { records })`,
      ),
    ],
  };
};

/** What an input of records says when the browser build's `parse` was not given their readers. */
function recordsNotLoaded(kind: InputKind): Warning {
  return warning(
    "records-not-loaded",
    `a ${kind} input of records, read as one file: to read its records, pass the readers of @caixun/core/records: parse(input, { records })`,
  );
}
