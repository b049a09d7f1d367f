import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { API_DOCUMENT } from "../../src/api-document.generated.js";
import { DEFAULT_BODY_LIMIT } from "../../src/deps.js";
import { defineHostileRequests } from "../shared/hostile-requests.js";
import { defineNever500 } from "../shared/never-500.js";
import { defineNewKinds } from "../shared/new-kinds.js";
import { defineRouteEdges } from "../shared/route-edges.js";

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

defineNever500({
  fetch: (path, init) => exports.default.fetch(new Request(`http://caixun.test${path}`, init)),
  token: env.API_TOKEN,
  seeds: env.TEST_SEEDS,
  runs: 200,
});

defineHostileRequests({
  fetch: (path, init) => exports.default.fetch(new Request(`http://caixun.test${path}`, init)),
  token: env.API_TOKEN,
});

defineNewKinds({
  fetch: (path, init) => exports.default.fetch(new Request(`http://caixun.test${path}`, init)),
  token: env.API_TOKEN,
  bodyLimit: DEFAULT_BODY_LIMIT,
});

defineRouteEdges({
  fetch: (path, init) => exports.default.fetch(new Request(`http://caixun.test${path}`, init)),
  token: env.API_TOKEN,
  document: API_DOCUMENT,
});
