import type { Article, CaixunErrorCode } from "@caixun/core";

/** Why an input produced no article, or its article could not be written. */
export type FailureCode =
  | "unreadable"
  | "binary"
  /** Core refused the input (too large, say). */
  | CaixunErrorCode
  /** Two inputs would be written to the same file of an output folder. */
  | "output-collision"
  /** The article's output file could not be written. */
  | "unwritable"
  /** Core threw something other than a CaixunError: a core bug, reported with its stack. */
  | "internal-error";

export interface Failure {
  code: FailureCode;
  message: string;
}

/** What parsing one input gave: an article, or the reason it could not give one. */
export type Outcome = { ok: true; article: Article } | { ok: false; failure: Failure };
