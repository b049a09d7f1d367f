// The task piscina and tinypool run in the pool comparison: the same read-and-parse as our
// workers (runParseJob), its outcomes returned as one list since their tasks return one value.
import { runParseJob } from "../dist/index.js";

export default async function parseTask(job) {
  const outcomes = [];
  for await (const outcome of runParseJob(job)) outcomes.push(outcome);
  return outcomes;
}
