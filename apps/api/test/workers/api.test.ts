import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { DEFAULT_BODY_LIMIT, DEFAULT_RECORD_LIMIT } from "../../src/deps.js";
import worker from "../../src/worker.js";
import { defineApiSuite } from "../shared/suite.js";

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

test("runs inside workerd with Intl.Segmenter and FTS5 in D1", async () => {
  expect((globalThis as { navigator?: { userAgent: string } }).navigator?.userAgent).toBe(
    "Cloudflare-Workers",
  );
  expect([...new Intl.Segmenter("zh", { granularity: "word" }).segment("中国太保")].length).toBeGreaterThan(
    0,
  );
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE name = 'articles_fts'",
  ).all();
  expect(results).toHaveLength(1);
  const search = await env.DB.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?")
    .bind('"太保"')
    .all();
  expect(search.success).toBe(true);
});

defineApiSuite({
  fetch: (path, init) => exports.default.fetch(new Request(`http://caixun.test${path}`, init)),
  token: env.API_TOKEN,
  bodyLimit: DEFAULT_BODY_LIMIT,
  recordLimit: DEFAULT_RECORD_LIMIT,
  seeds: env.TEST_SEEDS,
  corpus: env.TEST_CORPUS,
});

test("an article over D1's 1 MB row limit is refused with 413, and nothing of its request is stored", async () => {
  const before = (await (await exports.default.fetch("http://caixun.test/v1/stats")).json()) as {
    articles: number;
  };
  const huge = `巨大的文章\n\n${"保险公司经营状况良好。".repeat(15_000)}`;
  const response = await exports.default.fetch(
    new Request("http://caixun.test/v1/articles", {
      method: "POST",
      body: JSON.stringify([
        { content: "小文章\n\n正文。", filename: "small.txt" },
        { content: huge, filename: "huge.txt" },
      ]),
      headers: { "content-type": "application/json", authorization: `Bearer ${env.API_TOKEN}` },
    }),
  );
  expect(response.status).toBe(413);
  expect(((await response.json()) as { code: string }).code).toBe("body-too-large");
  const after = (await (await exports.default.fetch("http://caixun.test/v1/stats")).json()) as {
    articles: number;
  };
  expect(after.articles).toBe(before.articles);
});

describe("HTML's entity table, read from the static assets (issue 11)", () => {
  // A page with names beyond HTML 4's, which only the full table reads, and names `parse` always reads
  // (`&amp;`, `&ldquo;`, `&copy` without `;`), whose table the Worker reads from the assets too.
  const page = {
    method: "POST",
    body:
      "<html><head><title>星标 &bigstar; 公告</title></head><body><h1>星标 &bigstar; 公告</h1>" +
      "<p>指数 &NotEqualTilde; 基准，&Afr; 类资产配置调整。</p>" +
      "<p>第二段 &amp; 说明：&ldquo;稳增长&rdquo;&hellip;&copy2021</p></body></html>",
    headers: { "content-type": "text/html; charset=utf-8" },
  };

  test("the Worker's assets give a parse every name HTML has", async () => {
    const response = await exports.default.fetch(
      new Request("http://caixun.test/v1/parse?filename=a.html", page),
    );
    expect(response.status).toBe(200);
    const article = (await response.json()) as { title: string; text: string };
    expect(article.title).toBe("星标 ★ 公告");
    expect(article.text).toBe("指数 ≂̸ 基准，𝔄 类资产配置调整。\n\n第二段 & 说明：“稳增长”…©2021");
  });

  test("a deployment without entities.json answers a parse 500 as a problem, never with the names as text", async () => {
    const missing = { fetch: async () => new Response("no such asset", { status: 404 }) };
    // The Worker's own handler with the deployment's bindings but assets that lack the file.
    const response = await worker.fetch(new Request("http://caixun.test/v1/parse?filename=a.html", page), {
      ...env,
      ASSETS: missing,
    });
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(((await response.json()) as { code: string }).code).toBe("internal-error");
  });
});

describe("a body slower than BODY_MIN_RATE", () => {
  const pace = { ...env, BODY_MIN_RATE: "1000", BODY_RATE_WINDOW_MS: "300" };
  const text = new TextEncoder().encode("中国太保保费收入达到1200亿元。".repeat(30));
  /** A body stream of `first`, then `more` a byte every `everyMs`, then (when `end`) its end. */
  const bodyOf = (first: Uint8Array, more: Uint8Array, everyMs: number, end: boolean) => {
    let timer!: ReturnType<typeof setInterval>;
    return new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(first);
        let sent = 0;
        timer = setInterval(() => {
          if (sent < more.length) controller.enqueue(more.subarray(sent, ++sent));
          else if (end) {
            clearInterval(timer);
            controller.close();
          }
        }, everyMs);
      },
      cancel: () => clearInterval(timer),
    });
  };
  const parse = (body: ReadableStream<Uint8Array>) =>
    worker.fetch(
      new Request("http://caixun.test/v1/parse", {
        method: "POST",
        body,
        headers: { "content-type": "text/plain" },
        duplex: "half",
      } as RequestInit),
      pace,
    );

  /**
   * The answer to the body `send` makes, and the milliseconds it took, on a clock the test moves: the sender's
   * ticks and the pace's windows are fake intervals on one clock, so each window holds exactly what the sender
   * meant it to, however loaded the machine (on real timers a late tick left an honest body's window short, a 408
   * now and then, and a slow machine answered a stalled one after the test's wall-clock bound).
   */
  async function onTestClock(
    send: () => ReadableStream<Uint8Array>,
  ): Promise<{ response: Response; ms: number }> {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      let settled = false;
      const answer = Promise.resolve(parse(send())).finally(() => {
        settled = true;
      });
      let ms = 0;
      // A real macrotask between steps lets the parse (after the body) run on real time.
      while (!settled) {
        await vi.advanceTimersByTimeAsync(50);
        ms += 50;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { response: await answer, ms };
    } finally {
      vi.useRealTimers();
    }
  }

  /** The text sent `size` bytes every 50 ms, then its end. */
  const inPieces = (size: number) => () => {
    const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
      text.subarray(i * size, i * size + size),
    );
    let timer!: ReturnType<typeof setInterval>;
    return new ReadableStream<Uint8Array>({
      start(controller) {
        timer = setInterval(() => {
          const chunk = chunks.shift();
          if (chunk === undefined) {
            clearInterval(timer);
            controller.close();
          } else controller.enqueue(chunk);
        }, 50);
      },
      cancel: () => clearInterval(timer),
    });
  };

  test("is a 408 in workerd at the end of the first short window: all but the last byte and a stall, or a byte every 100 ms", async () => {
    for (const send of [
      () => bodyOf(text.subarray(0, -1), new Uint8Array(), 100, false),
      // 300 bytes and three more fill the first window (303 of 300); the second holds three.
      () => bodyOf(text.subarray(0, 300), text.subarray(300), 100, true),
    ]) {
      const { response, ms } = await onTestClock(send);
      expect(response.status).toBe(408);
      expect(ms).toBe(600);
      expect(await response.json()).toMatchObject({
        code: "request-timeout",
        detail: "the body came slower than BODY_MIN_RATE (1000 bytes a second over 300 ms)",
      });
    }
  });

  test("a body that declares more than the limit is a 413 at once, never read", async () => {
    // Not timed: this body never ends, so reading it could only end in a 408 (slower than BODY_MIN_RATE), never a
    // 413; the status alone says the body was refused unread, on a starved machine as on an idle one.
    const response = await worker.fetch(
      new Request("http://caixun.test/v1/parse", {
        method: "POST",
        body: bodyOf(text, new Uint8Array(), 100, false),
        headers: { "content-type": "text/plain", "content-length": String(3 * 1024 * 1024) },
        duplex: "half",
      } as RequestInit),
      pace,
    );
    expect(response.status).toBe(413);
  });

  test("a body at the pace is parsed: 60 bytes every 50 ms (360 a window of 300); 40 (240) is a 408", async () => {
    const { response } = await onTestClock(inPieces(60));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { text: string }).text).toBe(
      "中国太保保费收入达到1200亿元。".repeat(30),
    );
    const slow = await onTestClock(inPieces(40));
    expect(slow.response.status).toBe(408);
    expect(slow.ms).toBe(300);
  });
});
