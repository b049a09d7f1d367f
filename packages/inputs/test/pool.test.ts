import { existsSync, mkdtempSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { effectiveJobs, WORKER_START_ATTEMPTS, WorkerPool } from "../dist/index.js";

interface Job {
  name: string;
  count?: number;
  delay?: number;
  die?: boolean;
  throwAt?: number;
  spin?: number;
}
type Result = { name: string; i: number; at: number } | { error: string };

const WORKER = new URL("./fixtures/test-worker.mjs", import.meta.url);
/** A worker with the fault `CAIXUN_TEST_START_FAULT` names when it starts ("hang": never ready); see the fixture. */
const START_FAULT_WORKER = new URL("./fixtures/start-fault-worker.mjs", import.meta.url);
const pools: WorkerPool<Job, Result>[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(size: number, inFlightPerWorker?: number, silenceLimitMs?: number): WorkerPool<Job, Result> {
  const created = new WorkerPool<Job, Result>(WORKER, {
    size,
    inFlightPerWorker,
    crashResult: (error) => ({ error: error.message }),
    ...(silenceLimitMs === undefined ? {} : { silenceLimitMs }),
  });
  pools.push(created);
  return created;
}

async function collect(results: AsyncIterable<Result>): Promise<string[]> {
  const seen: string[] = [];
  for await (const result of results)
    seen.push("error" in result ? result.error : `${result.name}${result.i}`);
  return seen;
}

/**
 * The silence limit of the pool's stuck-worker tests: 1,750 ms above the 250 ms a slow result takes to
 * make, so that only a worker that stops giving results (or one whose wait is counted) meets it, not a
 * starved machine's late message (400 ms left 150 ms), yet below the minute a stuck worker spins.
 */
const SILENCE_LIMIT_MS = 2_000;

const names = (name: string, count: number) => Array.from({ length: count }, (_, i) => `${name}${i}`);

describe("WorkerPool", () => {
  it("streams every result of every job, each job's in order, many per job", async () => {
    const workers = pool(2);
    const a = workers.run({ name: "a", count: 1000, delay: 50 });
    const b = workers.run({ name: "b", count: 300 });
    const c = workers.run({ name: "c", count: 1 });
    expect(await collect(c)).toEqual(["c0"]);
    expect(await collect(b)).toEqual(names("b", 300));
    expect(await collect(a)).toEqual(names("a", 1000));
  });

  it("starts workers only as jobs need them: five jobs on a pool of 200 start five", async () => {
    const workers = pool(200);
    const runs = Array.from({ length: 5 }, (_, n) => workers.run({ name: `j${n}`, count: 1, delay: 20 }));
    for (const run of runs) await collect(run);
    expect(workers.workersStarted).toBe(5);
    const one = pool(200);
    expect(await collect(one.run({ name: "x", count: 2 }))).toEqual(["x0", "x1"]);
    expect(one.workersStarted).toBe(1);
  });

  it("caps worker threads at the cores", () => {
    expect(effectiveJobs(200)).toBe(availableParallelism());
    expect(effectiveJobs()).toBe(availableParallelism());
    expect(effectiveJobs(1)).toBe(1);
  });

  it("ends a job whose handler throws with the error's result, after what it gave", async () => {
    expect(await collect(pool(1).run({ name: "t", count: 5, throwAt: 2 }))).toEqual([
      "t0",
      "t1",
      "t broke at 2",
    ]);
  });

  it("fails only the job that kills its worker, even when it shared the worker with another", async () => {
    const workers = pool(1, 2);
    // Both jobs are in the one worker when the second kills it: each is run again alone, so the
    // innocent one completes and only the guilty one fails.
    const innocent = workers.run({ name: "ok", count: 3, delay: 200 });
    const guilty = workers.run({ name: "bad", delay: 50, die: true });
    const after = workers.run({ name: "after", count: 1 });
    expect(await collect(innocent)).toEqual(["ok0", "ok1", "ok2"]);
    expect(await collect(guilty)).toEqual(["worker exited with code 3"]);
    expect(await collect(after)).toEqual(["after0"]);
    expect(workers.workersStarted).toBe(3);
  });

  it("stops a worker stuck past the silence limit: only its job fails, the rest go on", async () => {
    const workers = pool(1, 2, SILENCE_LIMIT_MS);
    expect(await collect(workers.run({ name: "warm-up", count: 1 }))).toEqual(["warm-up0"]);
    // Both jobs are in the one worker when it gets stuck in the second: the first, which gave
    // nothing yet, is run again alone, the stuck one alone again, and only then is it failed.
    const innocent = workers.run({ name: "ok", count: 2, delay: 100 });
    const stuck = workers.run({ name: "stuck", count: 1, spin: 60_000 });
    const after = workers.run({ name: "after", count: 1 });
    const started = performance.now();
    expect(await collect(innocent)).toEqual(["ok0", "ok1"]);
    expect(await collect(stuck)).toEqual([
      `its worker worked ${SILENCE_LIMIT_MS} ms without a result and was stopped`,
    ]);
    expect(await collect(after)).toEqual(["after0"]);
    // Twice the limit, late by up to a quarter of it each time, and nowhere near the minute it would spin: a hang
    // guard, half that minute, so that only a worker left to spin fails it, not a starved machine.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(workers.workersStarted).toBe(3);
  });

  it("does not count a worker's wait for its results to be taken, nor slow results that keep coming", async () => {
    const workers = pool(1, 1, SILENCE_LIMIT_MS);
    // Each result takes 250 ms of work, and nothing is taken for longer than the limit after the first
    // batches: the worker waits (not working) and then gives results more slowly than the limit in all.
    const results = workers.run({ name: "slow", count: 12, spin: 250 });
    await sleep(SILENCE_LIMIT_MS * 1.25);
    expect(await collect(results)).toEqual(names("slow", 12));
    expect(workers.workersStarted).toBe(1);
  });

  it("holds a worker back when its results are not taken: it runs two batches ahead, then waits", async () => {
    const workers = pool(1);
    // The worker is up before the measured job starts, so the wait below is all producing time.
    expect(await collect(workers.run({ name: "warm-up", count: 1 }))).toEqual(["warm-up0"]);
    const results = workers.run({ name: "r", count: 1000 });
    // Time for a pool without the hold to make them all (a few milliseconds); the test waits on nothing it asserts.
    await sleep(300);
    const takenFrom = Date.now();
    const producedAt: number[] = [];
    for await (const result of results) if (!("error" in result)) producedAt[result.i] = result.at;
    expect(producedAt).toHaveLength(1000);
    // At most two batches (of at most 64) were made before anything was taken; the rest only once taking
    // began. How many of those 128 were made in the wait is the machine's pace (a starved worker may not be up
    // yet, and sends a batch early after BATCH_WAIT_MS), not the pool's promise.
    expect(producedAt.slice(128).every((at) => at >= takenFrom)).toBe(true);
  });

  // The twenty-first reliability round: a worker that never comes up held its tasks for good (its silence counts only
  // once it is ready), and one that exited before it was ready failed them as if they had killed it.
  describe("a worker that does not start", () => {
    // Where every worker hangs, none has to come up in time: the limit is only the test's wait.
    const HANG_LIMIT_MS = 500;
    // Where a worker must exit or come up within the limit, it is ten times that: a loaded machine's worker took
    // over 500 ms to load its modules, and a good worker was failed as one that would not start.
    const START_LIMIT_MS = 5_000;
    const faultyPool = (
      size: number,
      fault: string,
      once?: string,
      startLimitMs = START_LIMIT_MS,
    ): WorkerPool<Job, Result> => {
      process.env.CAIXUN_TEST_START_FAULT = fault;
      if (once === undefined) delete process.env.CAIXUN_TEST_START_ONCE;
      else process.env.CAIXUN_TEST_START_ONCE = once;
      const created = new WorkerPool<Job, Result>(START_FAULT_WORKER, {
        size,
        crashResult: (error) => ({ error: `${error.name}: ${error.message}` }),
        startLimitMs,
      });
      pools.push(created);
      return created;
    };
    afterEach(() => {
      delete process.env.CAIXUN_TEST_START_FAULT;
      delete process.env.CAIXUN_TEST_START_ONCE;
    });

    it("ends every task, given before or after, with the cause once workers hang at start", async () => {
      const workers = faultyPool(2, "hang", undefined, HANG_LIMIT_MS);
      const started = performance.now();
      const runs = ["a", "b", "c"].map((name) => workers.run({ name, count: 1 }));
      const cause = `WorkerStartError: no worker thread would start (${WORKER_START_ATTEMPTS} failed in a row; the last worker was not ready after ${HANG_LIMIT_MS} ms)`;
      for (const run of runs) expect(await collect(run)).toEqual([cause]);
      expect(await collect(workers.run({ name: "later", count: 1 }))).toEqual([cause]);
      // Two side by side; when the first fails, a third takes its tasks; the second's failure is the second in a row,
      // so no fourth starts, and the third's failure ends every task.
      expect(workers.workersStarted).toBe(3);
      // The start limit twice (the third starts while the second is starting), not a hang for good: a hang guard,
      // generous for a starved machine.
      expect(performance.now() - started).toBeLessThan(30_000);
    });

    it("names a worker that exits or throws before it is ready", async () => {
      expect(await collect(faultyPool(1, "exit").run({ name: "x", count: 1 }))).toEqual([
        `WorkerStartError: no worker thread would start (${WORKER_START_ATTEMPTS} failed in a row; the last worker exited with code 7 before it was ready)`,
      ]);
      expect(await collect(faultyPool(1, "throw").run({ name: "y", count: 1 }))).toEqual([
        `WorkerStartError: no worker thread would start (${WORKER_START_ATTEMPTS} failed in a row; the last worker threw before it was ready: module failed to load)`,
      ]);
    });

    it.each(["hang", "exit"])(
      "runs the tasks of a worker that did not start (%s) on a fresh one, losing none",
      async (fault) => {
        const marker = join(mkdtempSync(join(tmpdir(), "caixun-pool-")), "first-start");
        const workers = faultyPool(1, fault, marker);
        const runs = ["a", "b", "c"].map((name) => workers.run({ name, count: 2 }));
        expect(await Promise.all(runs.map(collect))).toEqual([names("a", 2), names("b", 2), names("c", 2)]);
        expect(existsSync(marker)).toBe(true);
        expect(workers.workersStarted).toBe(2);
      },
    );
  });
});
