import { env } from "cloudflare:workers";
import { assetTables } from "@caixun/api";
import { type Article, parse } from "@caixun/core";
import { parseAllSync } from "@caixun/core/parse-all";
import { beforeAll, describe, expect, test, vi } from "vitest";
import INGEST_DOCUMENT from "../../assets/openapi.json" with { type: "json" };
import { addTaskStatements, batchStatement } from "../../src/state.js";
import worker from "../../src/worker.js";
import {
  api,
  batch,
  bytesOf,
  drained,
  gzip,
  listedIds,
  migrateAll,
  objectsUnder,
  startBatch,
} from "./helpers.js";

const files = env.TEST_FILES.map((file) => ({ key: `raw/${file.filename}`, bytes: bytesOf(file) }));
/**
 * What core makes of each file under the name the pipeline gives it (its key), once the Worker's
 * tables are read: here, as in the Worker, HTML's entity tables come from the static assets.
 */
const expected = new Map<string, string>();

beforeAll(async () => {
  await migrateAll();
  await assetTables(env.ASSETS);
  for (const file of files) expected.set(parse(file.bytes, { filename: file.key }).id, file.key);
});

async function rowsIn(db: D1Database): Promise<string[]> {
  return (await db.prepare("SELECT id FROM articles").all<{ id: string }>()).results.map((row) => row.id);
}

describe("pipeline: a folder pushed to R2 and listed as a batch", () => {
  test("every article arrives once, across three month shards, with a JSON Lines copy per day", async () => {
    // What `caixun push` or `wrangler r2 object put` leaves in the bucket; half of them gzipped.
    for (const [index, file] of files.entries()) {
      if (index % 2 === 0) await env.BUCKET.put(file.key, file.bytes);
      else await env.BUCKET.put(`${file.key}.gz`, await gzip(file.bytes));
    }
    const id = await startBatch({ prefix: "raw/" });
    const report = await drained(id);
    expect(report.tasks).toEqual({ queued: 0, retrying: 0, split: 0, done: files.length, dead: 0 });
    expect(report.records).toBe(files.length);
    expect(report.articles).toBe(files.length);
    expect(report.failures).toBe(0);

    // Ids are what core gives each file; files with the same id are one article.
    const ids = await listedIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(expected.keys()));
    const stats = (await (await api("/v1/stats")).json()) as { articles: number };
    expect(stats.articles).toBe(expected.size);

    // Each article sits in exactly one shard, and every shard got some.
    const shards = [await rowsIn(env.DB), await rowsIn(env.DB_2022_03), await rowsIn(env.DB_2022_05)];
    expect(shards.map((rows) => rows.length > 0)).toEqual([true, true, true]);
    expect(shards.flat().sort()).toEqual([...expected.keys()].sort());

    // The JSON Lines copies: one line per file, under the article's publish day.
    const copies = await objectsUnder("parsed/");
    const lines = [...copies.values()].flat().map((line) => JSON.parse(line) as Article);
    expect(lines).toHaveLength(files.length);
    for (const [key, content] of copies) {
      for (const line of content) {
        const article = JSON.parse(line) as Article;
        const day = article.publishedAt?.slice(0, 10).replaceAll("-", "/") ?? "undated";
        expect(key.startsWith(`parsed/${day}/`)).toBe(true);
      }
    }

    // A search through the sharded store finds what the files say.
    const seed = (await (await api(`/v1/articles?q=${encodeURIComponent("太保")}&limit=100`)).json()) as {
      items: { id: string }[];
    };
    expect(seed.items.map((item) => item.id)).toContain("NW202201302266849892");
  });

  test("a re-run of the same folder doubles nothing", async () => {
    const before = await listedIds();
    const copiesBefore = await objectsUnder("parsed/");
    const report = await drained(await startBatch({ prefix: "raw/" }));
    expect(report.tasks.done).toBe(files.length);
    expect(await listedIds()).toEqual(before);
    const copies = await objectsUnder("parsed/");
    expect([...copies.keys()].sort()).toEqual([...copiesBefore.keys()].sort());
    expect([...copies.values()].flat()).toHaveLength(files.length);
  });

  test("R2 event notifications are ingested; notifications of the pipeline's own outputs are not", async () => {
    const key = "raw/notified/2022-05-03-NW202205030000000001.txt";
    const content = "通知测试文章\n\n中国太保发布公告。（来源：北方网）";
    await env.BUCKET.put(key, content);
    const notification = (objectKey: string) => ({
      account: "test",
      action: "PutObject",
      bucket: "caixun-raw",
      object: { key: objectKey, size: 10, eTag: "x" },
      eventTime: "2026-08-01T10:00:00.000Z",
    });
    // R2 sends these itself once a notification rule exists; miniflare does not, so the test does.
    await env.WORK.send(notification("parsed/2022/05/03/loop.jsonl") as never);
    await env.WORK.send(notification(key) as never);
    const report = await drained("r2-events-2026-08-01");
    expect(report.tasks.done).toBe(1);
    expect(report.origin).toBe("r2-events");
    const { id } = parse(content, { filename: key });
    const article = (await (await api(`/v1/articles/${id}`)).json()) as Article;
    expect(article.title).toBe("通知测试文章");
  });
});

describe("pipeline: failures", () => {
  test("a key with no object is retried with backoff, then dead-lettered with the reason", async () => {
    // raw/late.md appears once its first attempt has failed (its task says it is retrying), however long the queue
    // took to get to it (a fixed 1.5 s wait let a slow queue find it on the first attempt): its retry succeeds.
    const id = await startBatch({ keys: ["raw/never-uploaded.md", "raw/late.md"] });
    await vi.waitUntil(
      async () =>
        (
          await env.INGEST.prepare("SELECT status FROM tasks WHERE batch_id = ? AND task = ?")
            .bind(id, "raw/late.md")
            .first<{ status: string }>()
        )?.status === "retrying",
      { timeout: 60_000, interval: 50 },
    );
    await env.BUCKET.put("raw/late.md", "迟到的文章\n\n正文。");
    const report = await drained(id);
    expect(report.tasks).toEqual({ queued: 0, retrying: 0, split: 0, done: 1, dead: 1 });
    expect(report.problems).toEqual([
      {
        task: "raw/never-uploaded.md",
        key: "raw/never-uploaded.md",
        status: "dead",
        attempts: 3,
        error: "retries exhausted; last error: Error: no object at raw/never-uploaded.md",
      },
    ]);
    const late = await env.INGEST.prepare("SELECT attempts FROM tasks WHERE batch_id = ? AND task = ?")
      .bind(id, "raw/late.md")
      .first<{ attempts: number }>();
    expect(late!.attempts).toBeGreaterThan(1);
  });

  test("a deployment without entities.json parses nothing: the task is retried, then dead with the reason", async () => {
    const key = "raw/entity-names.html";
    const page =
      "<html><head><title>星标 &bigstar; 公告</title></head><body><h1>星标 &bigstar; 公告</h1>" +
      "<p>指数 &NotEqualTilde; 基准，&Afr; 类资产配置调整。</p></body></html>";
    await env.BUCKET.put(key, page);
    const id = "no-entity-table";
    await env.INGEST.batch([
      batchStatement(env.INGEST, id, "test", false),
      ...addTaskStatements(env.INGEST, id, [{ name: key, key }]),
    ]);
    const stored = async () =>
      (await Promise.all([env.DB, env.DB_2022_03, env.DB_2022_05].map(rowsIn))).flat();
    const before = await stored();

    // The Worker's own handler, with the deployment's bindings but static assets that lack the file.
    const lacking = { fetch: async () => new Response("no such asset", { status: 404 }) };
    const deployment = { ...env, ASSETS: lacking as unknown as Fetcher };
    const verdicts: string[] = [];
    const delivery = (queue: string, attempts: number) =>
      ({
        queue,
        messages: [
          {
            id: `${queue}-${attempts}`,
            body: { kind: "object", batch: id, key },
            attempts,
            timestamp: new Date(),
            ack: () => verdicts.push(`ack ${attempts}`),
            retry: () => verdicts.push(`retry ${attempts}`),
          },
        ],
        ackAll: () => verdicts.push(`ack all ${attempts}`),
        retryAll: () => verdicts.push(`retry all ${attempts}`),
      }) as unknown as MessageBatch;
    // Queues' max_retries is 2 here: three deliveries, then the message is moved to the dead-letter queue.
    for (const attempts of [1, 2, 3]) await worker.queue(delivery("caixun-ingest", attempts), deployment);
    await worker.queue(delivery("caixun-ingest-dlq", 3), deployment);
    expect(verdicts).toEqual(["retry 1", "retry 2", "retry 3", "ack all 3"]);
    const report = await batch(id);
    expect(report.tasks).toEqual({ queued: 0, retrying: 0, split: 0, done: 0, dead: 1 });
    expect(report.problems).toEqual([
      {
        task: key,
        key,
        status: "dead",
        attempts: 3,
        error:
          "retries exhausted; last error: Error: the Worker's static assets hold no entities.json (HTTP 404)",
      },
    ]);
    expect(await stored()).toEqual(before);

    // With the deployment's own assets the same object is read with every name HTML has.
    const report2 = await drained(await startBatch({ keys: [key] }));
    expect(report2.tasks.done).toBe(1);
    const [article] = (await listedIds()).filter((articleId) => !before.includes(articleId));
    const read = (await (await api(`/v1/articles/${article}`)).json()) as Article;
    expect(read.title).toBe("星标 ★ 公告");
    expect(read.text).toBe("指数 ≂̸ 基准，𝔄 类资产配置调整。");
  });

  test("what no retry can mend goes straight to the dead-letter queue: corrupt gzip, a file over core's limit", async () => {
    await env.BUCKET.put("raw/broken.md.gz", new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5]));
    await env.BUCKET.put("raw/huge.txt", new Uint8Array(17 * 1024 * 1024).fill(0x41));
    const id = await startBatch({ keys: ["raw/broken.md.gz", "raw/huge.txt", files[0]!.key] });
    const report = await drained(id);
    expect(report.tasks.dead).toBe(2);
    const reasons = Object.fromEntries(report.problems.map((problem) => [problem.key, problem]));
    expect(reasons["raw/broken.md.gz"]!.error).toMatch(
      /^unreadable-input: raw\/broken\.md\.gz could not be read/,
    );
    expect(reasons["raw/broken.md.gz"]!.attempts).toBe(1);
    expect(reasons["raw/huge.txt"]!.error).toBe(
      "input-too-large: raw/huge.txt is 17825792 bytes; one file is read up to 16777216",
    );
  });

  test("a task of the wrong shape, or whose range is past what a part holds, is dead at once with its reason; nothing stored", async () => {
    // 200 KB of records: a split makes parts under RANGE_BYTES + MAX_RECORD_BYTES (81,920 here) of it.
    const key = "raw/ranged.jsonl";
    const record = (i: number) =>
      `${JSON.stringify({ title: `区间任务${i}`, content: `中国太保第${i}号公告。${"保费收入增长。".repeat(20)}`, source: "北方网" })}\n`;
    await env.BUCKET.put(key, Array.from({ length: 800 }, (_, i) => record(i)).join(""));
    const id = "hostile-tasks";
    const ranged = { kind: "object", batch: id, key, range: { offset: 0, length: 10_000_000 } };
    await env.INGEST.batch([
      batchStatement(env.INGEST, id, "test", false),
      ...addTaskStatements(env.INGEST, id, [{ name: `${key}@0`, key }]),
    ]);
    const stored = async () =>
      (await Promise.all([env.DB, env.DB_2022_03, env.DB_2022_05].map(rowsIn))).flat();
    const before = await stored();
    const verdicts: string[] = [];
    const bodies = [
      ranged,
      { kind: "object", batch: id, key, line: "x" },
      { kind: "object", batch: id, key, origin: 5 },
    ];
    await worker.queue(
      {
        queue: "caixun-ingest",
        messages: bodies.map((body, i) => ({
          id: `hostile-${i}`,
          body,
          attempts: 1,
          timestamp: new Date(),
          ack: () => verdicts.push(`ack ${i}`),
          retry: () => verdicts.push(`retry ${i}`),
        })),
        ackAll: () => verdicts.push("ack all"),
        retryAll: () => verdicts.push("retry all"),
      } as unknown as MessageBatch,
      env,
    );
    // Dead-lettered (sent to the DLQ, then acknowledged), never retried; on 0c499750 the range was read whole and
    // its 800 records stored, the `line` of `"x"` parsed (refs `line x…`) and the `origin` of 5 retried.
    expect(verdicts).toEqual(["ack 0", "ack 1", "ack 2"]);
    const report = await batch(id);
    expect(report.problems).toEqual([
      {
        task: `${key}@0`,
        key,
        status: "dead",
        attempts: 1,
        error: `input-too-large: ${key} bytes 0+ is over 81920 bytes`,
      },
    ]);
    expect(await stored()).toEqual(before);
  });

  test("a dump of more records than MAX_RECORDS, under RANGE_BYTES, is split by its records: every one stored", async () => {
    // 100 records in 12 KB, a fifth of RANGE_BYTES here; a task parses 40 of them at most. On 0c499750 the object was
    // parsed whole whatever its records: 100,000 records of 40 bytes (4.3 MB) held 109 MB of Articles in Node.
    const key = "raw/tiny-records.jsonl";
    const records = Array.from(
      { length: 100 },
      (_, i) =>
        `${JSON.stringify({ title: `短讯${i}`, content: `第${i}条快讯：保费收入增长${i}%。`, source: "财联社" })}\n`,
    );
    await env.BUCKET.put(key, records.join(""));
    const id = "many-records";
    await env.INGEST.batch([
      batchStatement(env.INGEST, id, "test", false),
      ...addTaskStatements(env.INGEST, id, [{ name: key, key }]),
    ]);
    const before = new Set(await listedIds());
    const verdicts: string[] = [];
    await worker.queue(
      {
        queue: "caixun-ingest",
        messages: [
          {
            id: "many-records",
            body: { kind: "object", batch: id, key },
            attempts: 1,
            timestamp: new Date(),
            ack: () => verdicts.push("ack"),
            retry: () => verdicts.push("retry"),
          },
        ],
        ackAll: () => verdicts.push("ack all"),
        retryAll: () => verdicts.push("retry all"),
      } as unknown as MessageBatch,
      { ...env, MAX_RECORDS: "40" },
    );
    expect(verdicts).toEqual(["ack"]);
    const report = await drained(id);
    expect(report.tasks).toEqual({ queued: 0, retrying: 0, split: 1, done: 3, dead: 0 });
    const added = (await listedIds()).filter((articleId) => !before.has(articleId));
    expect(added).toHaveLength(100);
  });

  test("session 38's kinds in hostile shapes among a good file: each read, its records' failures counted; a poisoned one dead alone", async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const heads =
      "INSERT INTO `ecms_news` (`id`, `title`, `newstime`) VALUES (1, '标题', '2021-03-15 21:31:36'), (1, '标题', '2021-03-15 21:31:36');\n";
    const rows = `INSERT INTO \`news\` (\`id\`, \`title\`, \`content\`) VALUES ${Array.from({ length: 20 }, (_, i) => `(${i + 2}, '标题${i}', '正文${i}。')`).join(", ")};\n`;
    const kinds: [string, Uint8Array][] = [
      // A Typst table of a billion columns and a call left open: a RangeError out of parseAll before session 39.
      [
        "raw/hostile/page.typ",
        encode(
          `#set text(lang: "zh")\n= 债券\n#table(columns: 999999999,\n${"[格], ".repeat(2000)})\n#figure(\n债券说白了就是借条。\n`,
        ),
      ],
      [
        "raw/hostile/post.md",
        encode(`+++\ntitle = "标题"\nsummary = """\n${'key = "值"\n[t]\n'.repeat(2000)}`),
      ],
      [
        "raw/hostile/mock.js",
        encode(`export default { data: [${"{ title: '标题', content: '正文".repeat(2000)}`),
      ],
      ["raw/hostile/news.sql", encode(heads + rows)],
    ];
    // The same dump gzipped, with junk after its member: the Worker's own gunzip refuses it whole.
    const poisoned = new Uint8Array([...(await gzip(encode(heads + rows))), 1, 2, 3]);
    for (const [key, bytes] of [
      ...kinds,
      ["raw/hostile/poisoned.sql.gz", poisoned] as const,
      [files[0]!.key, files[0]!.bytes] as const,
    ])
      await env.BUCKET.put(key, bytes);
    const id = await startBatch({
      keys: [...kinds.map(([key]) => key), "raw/hostile/poisoned.sql.gz", files[0]!.key],
    });
    const report = await drained(id);
    expect(report.tasks).toEqual({ queued: 0, retrying: 0, split: 0, done: 5, dead: 1 });
    expect(report.problems.map(({ key, status, attempts }) => [key, status, attempts])).toEqual([
      ["raw/hostile/poisoned.sql.gz", "dead", 1],
    ]);
    expect(report.problems[0]!.error).toMatch(
      /^unreadable-input: raw\/hostile\/poisoned\.sql\.gz could not be read/,
    );
    // The dump's 22 rows and four files of one document each; an Article of each but the two heads of one id, which
    // alone are no news record (the first given out when the second came, the second with no body after it).
    expect([report.records, report.articles, report.failures]).toEqual([26, 24, 2]);
  });

  test("a batch asks for keys or a prefix, with the token", async () => {
    const noToken = await api("/v1/batches", {
      method: "POST",
      body: JSON.stringify({ keys: ["a"] }),
      headers: { "content-type": "application/json" },
    });
    expect(noToken.status).toBe(401);
    const both = await api("/v1/batches", {
      method: "POST",
      body: JSON.stringify({ keys: ["a"], prefix: "raw/" }),
      headers: { "content-type": "application/json", authorization: `Bearer ${env.API_TOKEN}` },
    });
    expect(both.status).toBe(422);
    const own = await api("/v1/batches", {
      method: "POST",
      body: JSON.stringify({ prefix: "parsed/2022/" }),
      headers: { "content-type": "application/json", authorization: `Bearer ${env.API_TOKEN}` },
    });
    expect(own.status).toBe(422);
    expect((await api("/v1/batches/no-such-batch")).status).toBe(404);
    expect((await batch("no-such-batch")) as unknown).toMatchObject({ code: "not-found" });
  });
});

describe("one public URL: the batches here, the API behind the service binding", () => {
  const withToken = { "content-type": "application/json", authorization: `Bearer ${env.API_TOKEN}` };
  const key = "raw/public-url/2022-05-06-NW202205060000000002.txt";

  test("an article ingested through /v1/batches is found by the API's search through this Worker's URL", async () => {
    const content = "服务绑定测试文章\n\n中国太保披露季度保费收入，代理人渠道回暖。（来源：北方网）";
    await env.BUCKET.put(key, content);
    const report = await drained(await startBatch({ keys: [key] }));
    expect(report.tasks.done).toBe(1);
    const { id } = parse(content, { filename: key });
    const found = (await (await api(`/v1/articles?q=${encodeURIComponent("服务绑定")}`)).json()) as {
      items: { id: string; title: string }[];
    };
    expect(found.items.map((item) => [item.id, item.title])).toEqual([[id, "服务绑定测试文章"]]);
    // The API Worker reads the month shard the consumer wrote it to (SHARDS: May 2022 is DB_2022_05).
    expect(await rowsIn(env.DB_2022_05)).toContain(id);
  });

  test("an API path with a bad body gets the API's problem+json through the proxy", async () => {
    const parsed = await api("/v1/parse", {
      method: "POST",
      body: "GIF89a",
      headers: { "content-type": "image/gif" },
    });
    expect(parsed.status).toBe(415);
    expect(parsed.headers.get("content-type")).toBe("application/problem+json");
    expect(await parsed.json()).toMatchObject({ code: "unsupported-media-type", status: 415 });
    const stored = await api("/v1/articles", { method: "POST", body: "{not json", headers: withToken });
    expect(stored.status).toBe(400);
    expect(await stored.json()).toEqual({
      type: "about:blank",
      title: "Bad Request",
      status: 400,
      code: "invalid-json",
      detail: "Malformed JSON in request body",
    });
    const unknown = await api("/v1/nothing-here");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      code: "not-found",
      detail: "no route for GET /v1/nothing-here",
    });
  });

  test("the batches' own answers are the API app's: headers, 401, 415, 400, 422", async () => {
    const noToken = await api("/v1/batches", {
      method: "POST",
      body: JSON.stringify({ keys: ["a"] }),
      headers: { "content-type": "application/json" },
    });
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get("www-authenticate")).toBe('Bearer realm="caixun"');
    expect(noToken.headers.get("x-content-type-options")).toBe("nosniff");
    expect(noToken.headers.get("referrer-policy")).toBe("no-referrer");
    expect(noToken.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(await noToken.json()).toEqual({
      type: "about:blank",
      title: "Unauthorized",
      status: 401,
      code: "unauthorized",
      detail: "send Authorization: Bearer <token>",
    });
    const plain = await api("/v1/batches", {
      method: "POST",
      body: "raw/a.md",
      headers: { ...withToken, "content-type": "text/plain" },
    });
    expect(plain.status).toBe(415);
    expect(plain.headers.get("accept-post")).toBe("application/json");
    expect(await plain.json()).toMatchObject({
      code: "unsupported-media-type",
      accepted: ["application/json"],
    });
    const malformed = await api("/v1/batches", { method: "POST", body: '{"keys":', headers: withToken });
    expect(await malformed.json()).toMatchObject({ status: 400, code: "invalid-json" });
    const both = await api("/v1/batches", {
      method: "POST",
      body: JSON.stringify({ keys: ["a"], prefix: "raw/" }),
      headers: withToken,
    });
    expect(await both.json()).toEqual({
      type: "about:blank",
      title: "Unprocessable Content",
      status: 422,
      code: "invalid-request",
      detail: "invalid json",
      errors: [{ path: "json", message: "send either keys or prefix" }],
    });
    const gzipped = await api("/v1/batches", {
      method: "POST",
      body: await gzip(new TextEncoder().encode(JSON.stringify({ keys: [key] }))),
      headers: { ...withToken, "content-encoding": "gzip" },
    });
    expect(gzipped.status).toBe(202);
    expect(await gzipped.json()).toMatchObject({ tasks: 1 });
  });
});

describe("the Worker's description", () => {
  test("/openapi.json sends the document of its static assets, batches included; /docs renders it", async () => {
    expect(await (await api("/openapi.json")).json()).toStrictEqual(INGEST_DOCUMENT);
    expect(await (await api("/docs")).text()).toContain("<code>/v1/batches/{id}</code>");
  });
});

/** How long the day of dumps may take to drain through the queue (a loaded machine is slow). */
/** The test Worker's RANGE_BYTES and MAX_RECORD_BYTES (test/workers/wrangler.jsonc). */
const RANGE_BYTES = 65536;
const MAX_RECORD_BYTES = 16384;

/**
 * The first records of a real day of dumps, about `parts` ranges of them, with the middle one made
 * longer than the limit (its longest text repeated): no record of the day is over the 16 KiB the test
 * Worker allows, so the whole day never showed a record over the limit, and its 39 parts each way took
 * more than 240 s to drain at a load of 16 on two cores. A few parts show the same: parts and ranges, cut at the
 * same lines, and a record over the limit reported while its neighbours are read.
 */
function dumpExcerpt(day: Uint8Array, parts: number): string[] {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let bytes = 0;
  for (const line of new TextDecoder().decode(day).split("\n")) {
    if (line === "") continue;
    bytes += encoder.encode(line).length + 1;
    if (bytes > parts * RANGE_BYTES) break;
    lines.push(line);
  }
  const middle = Math.floor(lines.length / 2);
  const record = JSON.parse(lines[middle]!) as Record<string, unknown>;
  const texts = Object.keys(record).filter((key) => typeof record[key] === "string");
  const longest = texts.reduce((a, b) =>
    (record[b] as string).length > (record[a] as string).length ? b : a,
  );
  const text = record[longest] as string;
  record[longest] = text.repeat(Math.ceil(MAX_RECORD_BYTES / encoder.encode(text).length) + 1);
  lines[middle] = JSON.stringify(record);
  return lines;
}

describe.skipIf(env.TEST_DUMPS.length === 0)(
  "pipeline: JSON Lines dumps are split into parts on line ends",
  () => {
    test("a gzipped dump is staged in parts, a plain one read in ranges; records over the limit are reported", async () => {
      const day = await new Response(
        new Blob([bytesOf(env.TEST_DUMPS[0]!)]).stream().pipeThrough(new DecompressionStream("gzip")),
      ).arrayBuffer();
      const lines = dumpExcerpt(new Uint8Array(day), 4);
      const encoder = new TextEncoder();
      const plain = encoder.encode(`${lines.join("\n")}\n`);
      const gz = await gzip(plain);
      const overlong = lines.filter((line) => encoder.encode(line).length + 1 > MAX_RECORD_BYTES).length;
      expect(overlong).toBe(1);
      await env.BUCKET.put("raw/dumps/cls/2026-07-29.jsonl.gz", gz);
      await env.BUCKET.put("raw/dumps/cls/2026-07-29.jsonl", plain);
      const id = await startBatch({
        keys: ["raw/dumps/cls/2026-07-29.jsonl.gz", "raw/dumps/cls/2026-07-29.jsonl"],
      });
      const report = await drained(id);
      // The test Worker reads 64 KiB of JSON Lines a part.
      expect(report.tasks.split).toBe(2);
      const parts = (
        await env.INGEST.prepare(
          "SELECT task FROM tasks WHERE batch_id = ? AND status <> 'split' ORDER BY task",
        )
          .bind(id)
          .all<{ task: string }>()
      ).results.map((row) => row.task);
      const ranges = parts.filter((task) => task.startsWith("raw/dumps/cls/2026-07-29.jsonl@"));
      const staged = parts.filter((task) => task.startsWith("raw/dumps/cls/2026-07-29.jsonl.gz#"));
      expect(ranges.length).toBe(staged.length);
      expect(ranges.length).toBeGreaterThan(plain.length / RANGE_BYTES / 2);
      // Both ways cut at the same lines.
      const startLines = (names: string[], pattern: RegExp) =>
        names.map((name) => Number(pattern.exec(name)![1])).sort((a, b) => a - b);
      expect(startLines(staged, /#(\d+)$/)[0]).toBe(1);
      // Staged under the dump's stem (a digest of its name, then its last segment), one object a part.
      const stagedKeys = [...(await objectsUnder("staging/")).keys()].filter((key) =>
        /^staging\/[0-9a-f]{16}-2026-07-29\.jsonl\.gz\/\d+\.jsonl$/.test(key),
      );
      expect(stagedKeys.length).toBe(staged.length);
      expect(report.failures).toBe(2 * overlong);
      // Every record that is not over the limit is an Article, as core reads it from the whole dump:
      // a part's refs count lines from the dump's first line, not the part's.
      const over = new Set(
        lines.flatMap((line, index) =>
          encoder.encode(line).length + 1 > MAX_RECORD_BYTES ? [`line ${index + 1}`] : [],
        ),
      );
      const articles = [...parseAllSync(plain, { filename: "raw/dumps/cls/2026-07-29.jsonl" })].flatMap(
        (result) => (result.ok && !over.has(result.article.ref ?? "") ? [result.article] : []),
      );
      expect(articles.length).toBe(lines.length - overlong);
      expect(report.tasks.dead).toBe(0);
      expect(report.tasks.done).toBe(parts.length);
      expect(report.records).toBe(2 * lines.length);
      expect(report.articles).toBe(2 * articles.length);
      for (const article of [articles[0]!, articles[Math.floor(articles.length / 2)]!, articles.at(-1)!]) {
        const stored = (await (
          await api(`/v1/articles/${encodeURIComponent(article.id)}`)
        ).json()) as Article;
        expect([stored.id, stored.ref, stored.title, stored.publishedAt]).toEqual([
          article.id,
          article.ref,
          article.title,
          article.publishedAt,
        ]);
      }
      expect(articles.at(-1)!.ref).toBe(`line ${lines.length}`);
      expect(startLines(ranges, /@(\d+)$/)[0]).toBe(0);
    });
  },
);
