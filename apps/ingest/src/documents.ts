/**
 * The seam between the pipeline and core's readers: the Articles of one input. Everything about
 * what a file means (families, records, refs) is core's; the pipeline only hands over bytes and the
 * name core reads the family from.
 */
import type { Article } from "@caixun/core";
import { parseOutcomes } from "@caixun/inputs/policy";

/** An input, or a record of one, that gave no Article. */
export interface RecordFailure {
  /** Where in the input (`line 812`), or the whole input. */
  ref: string;
  code: string;
  message: string;
}

export interface Documents {
  /** Documents read: 1 for a single-article file, the records of a dump. */
  records: number;
  articles: Article[];
  failures: RecordFailure[];
}

export interface DocumentInput {
  /** The name core reads the family and id hints from (the key without `.gz`). */
  filename: string;
  /** The line of the whole dump that the first line of `bytes` is (refs of a part count from it). */
  firstLine: number;
}

/**
 * The Articles of one input, or of one part of a dump: core reads a file as one document and a
 * dump as one per record (`parseAll`), each with its `ref` in the whole dump.
 */
export function readDocuments(bytes: Uint8Array, input: DocumentInput): Documents {
  // The input policy of every app: a file that is not text (or over the limit) is a failure, never an Article.
  const articles: Article[] = [];
  const failures: RecordFailure[] = [];
  for (const outcome of parseOutcomes(bytes, input.filename, { firstLine: input.firstLine })) {
    if (outcome.status === "parsed") articles.push(outcome.article);
    else
      failures.push({
        ref: outcome.ref ?? "file",
        code: outcome.failure.code,
        message: outcome.failure.message,
      });
  }
  return { records: articles.length + failures.length, articles, failures };
}
