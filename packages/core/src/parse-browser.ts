import type { Article } from "./article.js";
import type { ParseOptions } from "./parse.js";
import { parseDocument } from "./parse-document.js";
import type { RecordInputs } from "./readers/record-inputs.js";

/**
 * `parse` as the browser build has it: the same parse, with the readers of record inputs only when they are
 * given (`options.records`, from `@caixun/core/records`); without them a JSON record, a feed, a SQL dump, a
 * CSV export or a tagged corpus is read as one file without front matter (`many-documents`).
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Article {
  return parseDocument(input, options, options.records ?? READS_NONE);
}

/** Record readers that read no input: each is then read as one file without front matter (`readWholeFile`). */
const READS_NONE: RecordInputs = () => null;
