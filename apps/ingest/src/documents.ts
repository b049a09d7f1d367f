/**
 * The seam between the pipeline and core's readers: the Articles of one input. Everything about
 * what a file means (families, records, refs) is core's; the pipeline only hands over bytes and the
 * name core reads the family from.
 */
import type { Article } from "@caixun/core";
import { parseOutcomes } from "@caixun/inputs/policy";
import { PermanentFailure } from "./failures.js";

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
  /** The input holds one record per line. */
  jsonLines: boolean;
  /** The line of the whole dump that the first line of `bytes` is. */
  firstLine: number;
}

export function readDocuments(bytes: Uint8Array, input: DocumentInput): Documents {
  if (input.jsonLines) {
    throw new PermanentFailure(
      "no-dump-reader",
      "JSON Lines dumps are read by @caixun/core's parseAll (issue 10), which this build of core does not have",
    );
  }
  // The input policy of every app: a file that is not text (or over the limit) is a failure, never an Article.
  const articles: Article[] = [];
  const failures: RecordFailure[] = [];
  for (const outcome of parseOutcomes(bytes, input.filename)) {
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
