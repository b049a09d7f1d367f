import type { Warning } from "../article.js";
import type { SourceDocument } from "../pipeline/document.js";

/** Why an input, or one record of it, gave no Article. */
export const READ_FAILURE_CODES = [
  /** A record that is not a JSON object (a line that is not JSON, a number, an array). */
  "invalid-record",
  /**
   * A JSON object with no text field by the record mapping (no content, body, text, summary…): a label or a setting,
   * not news; or a SQL dump that holds no row.
   */
  "not-a-news-record",
  /** One record is larger than `settings.maxInputBytes`. */
  "record-too-large",
  /** A one-document input is larger than `settings.maxInputBytes`. */
  "input-too-large",
  /** The input's structure is broken: gzip data that does not decompress, a JSON array cut short. */
  "corrupt-input",
  /** gzip-compressed bytes given to a synchronous reader, which cannot decompress them (use `parseAll`). */
  "compressed-input",
  /** One document's parse took longer than its work budget (`settings.parseBudgetMillis`) and was stopped. */
  "parse-budget-exceeded",
] as const;

export type ReadFailureCode = (typeof READ_FAILURE_CODES)[number];

/** An input, or one record of it, that gave no document: what and where. */
export interface ReadFailure {
  code: ReadFailureCode;
  message: string;
  /** Where in the input (`line 812`, `item 3`), null for the whole input. */
  ref: string | null;
}

/** What a reader gives for a piece of input: a document with the warnings found reading it, or a failure. */
export type ReadItem = { document: SourceDocument; warnings: Warning[] } | { failure: ReadFailure };

/**
 * A reader turns the bytes of one input into documents. It is pushed the input a chunk at a time
 * and returns the documents each chunk completes, so an input of any size streams through it;
 * `end` returns the rest.
 */
export interface DocumentReader {
  push(chunk: Uint8Array): ReadItem[];
  end(): ReadItem[];
  /** True once the reader wants no more input (a one-document input went past the size limit). */
  readonly done?: boolean;
}
