import type { Outcome } from "./outcome.js";

/** What to parse: a file the worker reads itself, or bytes already read (stdin). */
export type ParseJob =
  | { kind: "file"; path: string }
  | { kind: "bytes"; bytes: Uint8Array; filename: string };

export interface WorkerRequest {
  id: number;
  job: ParseJob;
}

export interface WorkerReply {
  id: number;
  outcome: Outcome;
}
