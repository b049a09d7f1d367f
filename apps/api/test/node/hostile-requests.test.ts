import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlite, sqliteArticleStore } from "@caixun/store/sqlite";
import { afterAll } from "vitest";
import { createApp } from "../../src/app.js";
import { DEFAULT_RECORD_LIMIT } from "../../src/deps.js";
import { inlineParser } from "../../src/inline-parser.js";
import { shippedSecurities } from "../../src/node.js";
import { defineHostileRequests } from "../shared/hostile-requests.js";

const dir = mkdtempSync(join(tmpdir(), "caixun-api-hostile-"));
const db = openSqlite(join(dir, "articles.db"));
const token = "hostile-token";
const app = createApp(() => ({
  store: sqliteArticleStore(db),
  token,
  bodyLimit: 64 * 1024,
  recordLimit: DEFAULT_RECORD_LIMIT,
  parse: inlineParser(shippedSecurities),
  securities: shippedSecurities,
  corsOrigins: "*",
}));

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

defineHostileRequests({ fetch: async (path, init) => app.request(path, init), token });
