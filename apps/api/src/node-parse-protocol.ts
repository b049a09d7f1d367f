import type { ParseOutcome } from "@caixun/inputs/policy";

/** One input for a parse worker. */
export interface ParseRequest {
  id: number;
  content: string | Uint8Array;
  filename: string | undefined;
  /** What is left of the request's records when the parse begins: read at most one more (`takeRecords`). */
  recordsLeft: number;
}

/** A worker says `"ready"` once, when core is loaded; then one reply per request. */
export type WorkerMessage = "ready" | ParseReply;

/** The outcomes under the input policy, or a failure of core itself (a bug: its message). */
export type ParseReply =
  | { id: number; ok: true; outcomes: ParseOutcome[] }
  | { id: number; ok: false; message: string };
