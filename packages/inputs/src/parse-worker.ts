import { internalError, type ParseJob, parseJobOutcomes } from "./parse-job.js";
import type { ParseOutcome } from "./policy.js";
import { serveTasks } from "./serve-tasks.js";
import { toWire, transferablesOf, type WireOutcome } from "./wire.js";

/** A worker of the parse pool: reads and parses inputs (reading here spreads the I/O too). */
serveTasks(
  (job: ParseJob) => {
    const outcomes = parseJobOutcomes(job);
    // A file read at once gives its outcomes synchronously: no await per outcome for it.
    return Symbol.asyncIterator in outcomes ? streamed(outcomes) : inMemory(outcomes);
  },
  (error) => internalError(error, "core threw"),
  transferablesOf,
);

function* inMemory(outcomes: Iterable<ParseOutcome>): Generator<WireOutcome> {
  for (const outcome of outcomes) yield toWire(outcome);
}

async function* streamed(outcomes: AsyncIterable<ParseOutcome>): AsyncGenerator<WireOutcome> {
  for await (const outcome of outcomes) yield toWire(outcome);
}
