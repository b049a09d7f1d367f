import { internalError, type ParseJob, parseJobOutcomes } from "./parse-job.js";
import type { ParseOutcome } from "./policy.js";
import { securities } from "./securities.js";
import { serveTasks } from "./serve-tasks.js";
import { toWire, transferablesOf, type WireOutcome } from "./wire.js";

/** A worker of the parse pool: reads and parses inputs (reading here spreads the I/O too). */
// The dictionary every parse needs is loaded before the worker says it is ready: loading is not
// time a parse spent (the pool's time limit counts from `ready`).
securities();
serveTasks(
  (job: ParseJob) => {
    const outcomes = parseJobOutcomes(job);
    const asText = job.articleAsText === true;
    // A file read at once gives its outcomes synchronously: no await per outcome for it.
    return Symbol.asyncIterator in outcomes ? streamed(outcomes, asText) : inMemory(outcomes, asText);
  },
  (error) => internalError(error, "core threw"),
  transferablesOf,
);

function* inMemory(outcomes: Iterable<ParseOutcome>, asText: boolean): Generator<WireOutcome> {
  for (const outcome of outcomes) yield toWire(outcome, asText);
}

async function* streamed(
  outcomes: AsyncIterable<ParseOutcome>,
  asText: boolean,
): AsyncGenerator<WireOutcome> {
  for await (const outcome of outcomes) yield toWire(outcome, asText);
}
