import type { Article } from "@caixun/core";

/** Why an input produced no article. */
export type FailureCode = "unreadable" | "binary" | "input-too-large" | "invalid-input-type";

export interface Failure {
  code: FailureCode;
  message: string;
}

/** What parsing one input gave: an article, or the reason it could not give one. */
export type Outcome = { ok: true; article: Article } | { ok: false; failure: Failure };
