import { internalError, runParseJob } from "./parse-job.js";
import { serveTasks } from "./serve-tasks.js";

/** A worker of the parse pool: reads and parses inputs (reading here spreads the I/O too). */
serveTasks(runParseJob, (error) => internalError(error, "core threw"));
