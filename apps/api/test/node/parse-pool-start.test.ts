import { afterEach, describe, expect, test } from "vitest";
import type * as PoolModule from "../../src/node-parse-pool.js";

// The pool's workers are started from dist, beside the built worker script (as `built-server.ts` loads the server).
const { ParsePool } = (await import(
  new URL("../../dist/node-parse-pool.js", import.meta.url).href
)) as typeof PoolModule;

const HANGING = new URL("./hanging-parse-worker.mjs", import.meta.url);
const pools: PoolModule.ParsePool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

// The twenty-first reliability round: a pool whose first worker hung while starting held its inputs without a clock
// (the queue's wait counts from the first worker's start or failure) until the idle-socket timer cut their connections.
describe("the Node server's parse pool, when its workers do not start", () => {
  test("refuses a waiting input with 503 naming the cause, within the start limit and the queue's wait", async () => {
    const pool = new ParsePool({
      workers: 1,
      timeLimitMs: 10_000,
      queueLimit: 4,
      queueWaitMs: 300,
      memoryLimitMb: 256,
      startLimitMs: 400,
      workerScript: HANGING,
    });
    pools.push(pool);
    const started = performance.now();
    const refusal = await pool.parse({ content: "标题\n\n正文。", filename: "a.txt" }, { left: 10 }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({
      code: "server-busy",
      message:
        "no parse worker was free within 300 ms (parse worker was not ready after 400 ms); retry in a moment",
      headers: { "retry-after": "1" },
    });
    // The start limit, then the queue's wait (each late by a timer's turn at most), not the minute of an idle socket:
    // a hang guard, half that minute, generous for a starved machine.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
