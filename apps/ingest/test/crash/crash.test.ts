import { env } from "cloudflare:workers";
import { assetTables } from "@caixun/api";
import { parse } from "@caixun/core";
import { beforeAll, expect, test } from "vitest";
import { bytesOf, drained, listedIds, migrateAll, objectsUnder, startBatch } from "../workers/helpers.js";

beforeAll(async () => {
  await migrateAll();
  // Here, as in the Worker, a parse reads HTML's entity tables from the static assets.
  await assetTables(env.ASSETS);
});

test("a consumer killed mid-batch: its acknowledged messages stay done, the rest are retried, nothing doubles", async () => {
  const files = env.TEST_FILES.map((file) => ({ key: `raw/${file.filename}`, bytes: bytesOf(file) }));
  for (const file of files) await env.BUCKET.put(file.key, file.bytes);
  const expected = new Set(files.map((file) => parse(file.bytes, { filename: file.key }).id));

  const id = await startBatch({ keys: files.map((file) => file.key) });
  const report = await drained(id);
  expect(report.tasks).toEqual({ queued: 0, retrying: 0, split: 0, done: files.length, dead: 0 });

  // The second half of the killed batch was delivered again; the first half was not.
  const attempts = (
    await env.INGEST.prepare(
      "SELECT attempts, COUNT(*) AS n FROM tasks WHERE batch_id = ? GROUP BY attempts ORDER BY attempts",
    )
      .bind(id)
      .all<{ attempts: number; n: number }>()
  ).results;
  expect(attempts.map((row) => row.attempts)).toEqual([1, 2]);
  expect(attempts[1]!.n).toBeGreaterThanOrEqual(2);

  const ids = await listedIds();
  expect(ids).toHaveLength(expected.size);
  expect(new Set(ids)).toEqual(expected);
  expect([...(await objectsUnder("parsed/")).values()].flat()).toHaveLength(files.length);
});
