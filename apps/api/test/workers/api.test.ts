import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeAll, expect, test } from "vitest";
import { DEFAULT_BODY_LIMIT } from "../../src/deps.js";
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
