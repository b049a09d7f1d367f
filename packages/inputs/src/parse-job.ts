import { type Failed, failed, inputTooLarge, type ParseOutcome, parseOutcomes } from "./policy.js";
import { readFileBounded } from "./read.js";
import { securities } from "./securities.js";

/**
 * What a parse worker is given: a file it reads itself, or bytes already read (stdin, a FIFO); and
 * the rule packs to add, as the JSON text of a rules document (`parse(input, { rules })`).
 */
export type ParseJob = (
  | { kind: "file"; path: string }
  | { kind: "bytes"; bytes: Uint8Array; filename: string }
) & { rules?: string };

/** The last rules document a worker read: every job of a run carries the same one. */
let lastRules: { text: string; document: unknown } | null = null;

function rulesOf(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (lastRules?.text !== text) lastRules = { text, document: JSON.parse(text) };
  return lastRules.document;
}

/**
 * Reads and parses one input under the policy, with the process's securities dictionary, yielding
 * one outcome per Article (or the reason the input gave none). A read error is a failure of this input, not of the run. This is the one
 * function the parse workers run: an input that holds many records yields many outcomes here.
 */
export function* runParseJob(job: ParseJob): Generator<ParseOutcome> {
  const rules = rulesOf(job.rules);
  if (job.kind === "bytes") {
    yield* parseOutcomes(job.bytes, job.filename, securities(), rules);
    return;
  }
  let read: ReturnType<typeof readFileBounded>;
  try {
    read = readFileBounded(job.path);
  } catch (error) {
    yield failed("unreadable", (error as Error).message);
    return;
  }
  if (read.tooLarge) {
    yield inputTooLarge(read.size, "file");
    return;
  }
  yield* parseOutcomes(read.bytes, job.path, securities(), rules);
}

/** The outcome of a job whose parse threw something other than a CaixunError (a core bug). */
export function internalError(error: unknown, during: string): Failed {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return failed("internal-error", `${during}: ${message}`);
}
