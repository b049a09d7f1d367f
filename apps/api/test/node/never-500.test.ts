import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlite, sqliteArticleStore } from "@caixun/store/sqlite";
import { afterAll } from "vitest";
import { API_DOCUMENT } from "../../src/api-document.generated.js";
import { createApp } from "../../src/app.js";
import { DEFAULT_RECORD_LIMIT } from "../../src/deps.js";
import { inlineParser } from "../../src/inline-parser.js";
import { shippedSecurities } from "../../src/node.js";
import { documentFiles, registerDocs } from "../../src/routes/docs.js";
import { defineHostileRequests } from "../shared/hostile-requests.js";
import { defineNever500 } from "../shared/never-500.js";
import { defineNewKinds } from "../shared/new-kinds.js";
import { defineRouteEdges } from "../shared/route-edges.js";
import { seedFixtures } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "caixun-api-fuzz-"));
const db = openSqlite(join(dir, "articles.db"));
const token = "fuzz-token";
const BODY_LIMIT = 16 * 1024;
const app = createApp(() => ({
  store: sqliteArticleStore(db),
  token,
  bodyLimit: BODY_LIMIT,
  recordLimit: DEFAULT_RECORD_LIMIT,
  parse: inlineParser(shippedSecurities),
  securities: shippedSecurities,
  corsOrigins: "*",
}));
registerDocs(app, documentFiles(API_DOCUMENT));

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

defineNever500({
  fetch: async (path, init) => app.request(path, init),
  token,
  seeds: seedFixtures(),
  runs: 400,
});

defineHostileRequests({ fetch: async (path, init) => app.request(path, init), token: token });

defineNewKinds({ fetch: async (path, init) => app.request(path, init), token, bodyLimit: BODY_LIMIT });

defineRouteEdges({ fetch: async (path, init) => app.request(path, init), token, document: API_DOCUMENT });
