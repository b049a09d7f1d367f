import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { DEFAULT_RECORD_LIMIT } from "../../src/deps.js";
import { defineApiSuite } from "../shared/suite.js";
import { type RunningServer, startServer } from "./built-server.js";
import { corpusFixtures, seedFixtures } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "caixun-api-"));
const token = "node-test-token";
const bodyLimit = 64 * 1024;
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    db: join(dir, "articles.db"),
    port: 0,
    host: "127.0.0.1",
    settings: { API_TOKEN: token, BODY_LIMIT: String(bodyLimit), PARSE_WORKERS: "2" },
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The shared suite over real HTTP: @hono/node-server, the parse workers, SQLite. */
defineApiSuite({
  fetch: (path, init) => fetch(`${server.url}${path}`, init),
  token,
  bodyLimit,
  recordLimit: DEFAULT_RECORD_LIMIT,
  seeds: seedFixtures(),
  corpus: corpusFixtures(),
});
