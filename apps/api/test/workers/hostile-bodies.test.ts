import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeAll, expect, test } from "vitest";
import { DEFAULT_BODY_PACE, readAtPace } from "../../src/body-pace.js";

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

const articles = async () =>
  ((await (await exports.default.fetch("http://caixun.test/v1/stats")).json()) as { articles: number })
    .articles;

test("a body shorter than its Content-Length is a 400, neither parsed nor stored", async () => {
  const before = await articles();
  // 60 bytes of a file whose request declared 100,000: an upload cut short, not the file.
  const content = "中国太保公告\n\n中国太保保费收入达到1200亿元。";
  const sent = new TextEncoder().encode(content);
  for (const path of ["/v1/articles", "/v1/parse"]) {
    const response = await exports.default.fetch(
      new Request(`http://caixun.test${path}`, {
        method: "POST",
        body: sent,
        headers: {
          "content-type": "text/plain",
          "content-length": "100000",
          authorization: `Bearer ${env.API_TOKEN}`,
        },
      }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      code: "bad-request",
      detail: `the body ended after ${sent.byteLength} of the 100000 bytes its Content-Length declares; send it whole`,
    });
  }
  expect(await articles()).toBe(before);
});

test("a body whose stream fails mid-read is the request's 400, not the server's 500", async () => {
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(new Uint8Array(new TextEncoder().encode('{"content":"')));
      controller.error(new Error("connection reset"));
    },
  });
  const read = readAtPace(body, DEFAULT_BODY_PACE, 1_000_000);
  await expect(read).rejects.toMatchObject({
    code: "bad-request",
    message: "the body could not be read: connection reset",
  });
});
