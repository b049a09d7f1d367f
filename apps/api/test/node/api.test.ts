import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlite, sqliteArticleStore } from "@caixun/store/sqlite";
import { afterAll } from "vitest";
import { createApp } from "../../src/app.js";
import { shippedSecurities } from "../../src/node.js";
import { defineApiSuite } from "../shared/suite.js";
import { corpusFixtures, seedFixtures } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "caixun-api-"));
const db = openSqlite(join(dir, "articles.db"));
const token = "node-test-token";
const bodyLimit = 64 * 1024;
const app = createApp(() => ({
  store: sqliteArticleStore(db),
  token,
  bodyLimit,
  securities: shippedSecurities,
}));

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

defineApiSuite({
  fetch: async (path, init) => app.request(path, init),
  token,
  bodyLimit,
  seeds: seedFixtures(),
  corpus: corpusFixtures(),
});
