import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Piscina } from "piscina";
import Tinypool from "tinypool";
import { type ParseJob, type ParseOutcome, resolveInputs, WorkerPool, walkInputs } from "../dist/index.js";
import { inOrder } from "../dist/ordered.js";

/**
 * One round of one contender of the pool comparison, in a process of its own: parses every file of
 * the corpus with `jobs` worker threads, results taken in input order through the same window as
 * `parseInputs`, after a warm-up on the first 200 files. Prints JSON.
 */
const { values } = parseArgs({
  options: {
    contender: { type: "string" },
    corpus: { type: "string" },
    jobs: { type: "string", default: "2" },
  },
});
const jobs = Number(values.jobs);
const WINDOW = jobs * 4;
const TASK = new URL("./parse-task.mjs", import.meta.url).href;

type RunJob = (job: ParseJob) => AsyncIterable<ParseOutcome>;

async function* fromList(list: Promise<ParseOutcome[]>): AsyncGenerator<ParseOutcome> {
  yield* await list;
}

function contender(name: string): { run: RunJob; close: () => Promise<void> } {
  if (name === "ours") {
    const pool = new WorkerPool<ParseJob, ParseOutcome>(new URL("../dist/parse-worker.js", import.meta.url), {
      size: jobs,
      crashResult: (error) => ({
        status: "failed",
        failure: { code: "internal-error", message: error.message },
      }),
    });
    return { run: (job) => pool.run(job), close: () => pool.close() };
  }
  const options = { filename: TASK, minThreads: jobs, maxThreads: jobs, concurrentTasksPerWorker: 2 };
  if (name === "piscina") {
    const pool = new Piscina(options);
    return { run: (job) => fromList(pool.run(job)), close: () => pool.destroy() };
  }
  const pool = new Tinypool(options);
  return { run: (job) => fromList(pool.run(job)), close: () => pool.destroy() };
}

async function parseAll(run: RunJob, paths: readonly string[]): Promise<number> {
  async function* items() {
    yield* paths;
  }
  let parsed = 0;
  for await (const { result } of inOrder(items(), WINDOW, (path) => run({ kind: "file", path }))) {
    if (result.status === "parsed") parsed++;
  }
  return parsed;
}

const paths: string[] = [];
for await (const input of walkInputs(await resolveInputs([values.corpus!]))) {
  if (input.outcome === undefined) paths.push(input.path);
}
const pool = contender(values.contender!);
await parseAll(pool.run, paths.slice(0, 200));
const warm = performance.now();
const cpuStart = process.cpuUsage();
const parsed = await parseAll(pool.run, paths);
const wallMs = performance.now() - warm;
const cpu = process.cpuUsage(cpuStart);
await pool.close();
console.log(
  JSON.stringify({
    files: paths.length,
    parsed,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
