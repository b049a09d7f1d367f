import { internalError, type ParseJob, runParseJob } from "./parse-job.js";
import { serveTasks } from "./serve-tasks.js";
import { toWire, type WireOutcome } from "./wire.js";

/** A worker of the parse pool: reads and parses inputs (reading here spreads the I/O too). */
serveTasks(
  function* (job: ParseJob): Generator<WireOutcome> {
    for (const outcome of runParseJob(job)) yield toWire(outcome);
  },
  (error) => internalError(error, "core threw"),
);
