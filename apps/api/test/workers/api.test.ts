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
  fetch: (path, init) => exports.default.fetch(new Request(new URL(path, "http://caixun.test"), init)),
  token: env.API_TOKEN,
  bodyLimit: DEFAULT_BODY_LIMIT,
  seeds: env.TEST_SEEDS,
  corpus: env.TEST_CORPUS,
});
