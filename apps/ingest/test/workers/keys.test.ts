/**
 * The keys a batch or a task names (twenty-sixth reliability round): the pipeline's own outputs, keys R2 cannot
 * store as written, keys near R2's 1,024 bytes, and keys that look like paths. Each case fell on 603d9f8d unless it
 * says it held.
 */
import { env } from "cloudflare:workers";
import { assetTables } from "@caixun/api";
import { beforeAll, describe, expect, test } from "vitest";
import worker from "../../src/worker.js";
import { api, batch, drained, gzip, migrateAll, objectsUnder } from "./helpers.js";

beforeAll(async () => {
  await migrateAll();
  await assetTables(env.ASSETS);
});

const post = (body: unknown) =>
  api("/v1/batches", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", authorization: `Bearer ${env.API_TOKEN}` },
  });

const batchCount = async () =>
  (await env.INGEST.prepare("SELECT count(*) AS n FROM batches").first<{ n: number }>())!.n;

const record = (i: number) =>
  `${JSON.stringify({ title: `长键${i}`, content: `中国太保第${i}号公告。${"保费收入增长。".repeat(30)}`, source: "北方网" })}\n`;

describe("a batch's keys", () => {
  test("keys of the pipeline's own outputs, or that R2 cannot store as written, are a 422 naming them; no batch is made", async () => {
    // On 603d9f8d `parsed/…` was read as input: its Articles parsed again, a copy of the copy written under parsed/.
    await env.BUCKET.put("parsed/2022/05/03/copy.jsonl", record(0));
    const before = await batchCount();
    const cases: [unknown, string[]][] = [
      [
        { keys: ["raw/a.md", "parsed/2022/05/03/copy.jsonl", "failed/b/x.jsonl"] },
        ["json.keys.1", "json.keys.2"],
      ],
      [{ keys: ["staging/0123456789abcdef-d.jsonl.gz/1.jsonl"] }, ["json.keys.0"]],
      [{ prefix: "parsed/2022/" }, ["json.prefix"]],
      // A lone surrogate reached R2 as U+FFFD: another object's name, missing, retried to the end (603d9f8d: 202).
      [{ keys: ["raw/\ud800x.md"] }, ["json.keys.0"]],
      [{ prefix: "raw/\udfff" }, ["json.prefix"]],
      // A prefix was limited to 1,024 UTF-16 units, not bytes: 1,026 bytes were taken (603d9f8d: 202).
      [{ prefix: "长".repeat(342) }, ["json.prefix"]],
      [{ keys: [`raw/${"长".repeat(340)}.md`] }, ["json.keys.0"]],
    ];
    for (const [body, paths] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { errors: { path: string }[] };
      expect(problem.errors.map((error) => error.path)).toEqual(paths);
    }
    expect(await batchCount()).toBe(before);
    expect([...(await objectsUnder("parsed/")).keys()]).toEqual(["parsed/2022/05/03/copy.jsonl"]);
  });

  test("held: keys with `..`, `//` and control characters name the objects so named (R2 keys are not paths)", async () => {
    const keys = ["raw/../dots.md", "raw//slashes.md", "raw/nul\u0000tab\t.md"];
    for (const [i, key] of keys.entries())
      await env.BUCKET.put(key, `路径键${i}\n\n中国太保发布第${i}号公告。`);
    const response = await post({ keys });
    expect(response.status).toBe(202);
    const id = ((await response.json()) as { id: string }).id;
    const report = await drained(id);
    expect(report.tasks).toEqual({ queued: 0, retrying: 0, split: 0, done: 3, dead: 0 });
    expect(report.articles).toBe(3);
  });

  // Last of the batches here: in miniflare a queue that has staged parts stops delivering to this file's later batches.
  test("a gzipped dump whose key is near R2's 1,024 bytes is staged under keys R2 takes; every record stored once", async () => {
    // On 603d9f8d its parts were staged at `staging/<key>/<line>.jsonl`: 1,037 bytes and more, past R2's
    // limit (miniflare takes them).
    const key = `raw/${"长".repeat(336)}.jsonl.gz`;
    expect(new TextEncoder().encode(key).length).toBe(1021);
    await env.BUCKET.put(
      key,
      await gzip(new TextEncoder().encode(Array.from({ length: 400 }, (_, i) => record(i)).join(""))),
    );
    const created = (await (await post({ keys: [key, key] })).json()) as { id: string; tasks: number };
    expect(created.tasks).toBe(1);
    const report = await drained(created.id, 120_000);
    expect(report.tasks.split).toBe(1);
    expect(report.tasks.dead).toBe(0);
    expect(report.articles).toBe(400);
    // One staged object a part, each found where its task read it.
    const staged = [...(await objectsUnder("staging/")).keys()];
    expect(staged.length).toBe(report.tasks.done);
    const written = [...staged, ...(await objectsUnder("parsed/")).keys()];
    for (const name of written) expect(new TextEncoder().encode(name).length, name).toBeLessThanOrEqual(1024);
  }, 150_000);
});

describe("a task's keys", () => {
  test("a task naming the pipeline's own outputs is dead at once with its reason, never read", async () => {
    // On 603d9f8d the first was parsed (one Article) and copied under parsed/ again.
    await env.BUCKET.put("parsed/2022/05/04/task.jsonl", record(1));
    const bodies = [
      { kind: "object", batch: "own-tasks", key: "parsed/2022/05/04/task.jsonl" },
      {
        kind: "object",
        batch: "own-tasks",
        key: "staging/x/1.jsonl",
        origin: "parsed/2022/05/04/task.jsonl",
      },
      { kind: "list", batch: "own-tasks", prefix: "failed/" },
      { kind: "object", batch: "own-tasks", key: "raw/\ud800.md" },
    ];
    const verdicts: string[] = [];
    const dead: unknown[] = [];
    await worker.queue(
      {
        queue: "caixun-ingest",
        messages: bodies.map((body, i) => ({
          id: `own-${i}`,
          body,
          attempts: 1,
          timestamp: new Date(),
          ack: () => verdicts.push(`ack ${i}`),
          retry: () => verdicts.push(`retry ${i}`),
        })),
      } as unknown as MessageBatch,
      { ...env, DEAD: { send: async (letter: unknown) => void dead.push(letter) } } as never,
    );
    expect(verdicts).toEqual(["ack 0", "ack 1", "ack 2", "ack 3"]);
    expect(dead.map((letter) => /\(([^)]*)\)/.exec((letter as { reason: string }).reason)?.[1])).toEqual([
      "key: an output of the pipeline",
      "origin: an output of the pipeline",
      "prefix: an output of the pipeline",
      "key",
    ]);
    expect([...(await objectsUnder("parsed/")).keys()].filter((key) => key.includes("task.jsonl"))).toEqual([
      "parsed/2022/05/04/task.jsonl",
    ]);
    expect((await batch("own-tasks")) as unknown).toMatchObject({ code: "not-found" });
  });
});
