import { join } from "node:path";
import type { ApiApp } from "@caixun/api";
import fc from "fast-check";
import { beforeAll, describe, expect, test, vi } from "vitest";
import * as zod from "zod/mini";
import { createIngestApp } from "../../src/app.js";
import { REPO_ROOT } from "./fixtures.js";

/**
 * Both Workers validate requests with `apps/api/src/worker-zod.ts` (wrangler.jsonc aliases `zod/mini`
 * to it), Node with zod. The ingestion Worker's app holds every route of the API and its own: each
 * route's request schemas, built once with zod and once as a Worker builds them (`zod/mini` aliased,
 * `CAIXUN_WORKER` defined), must answer every input alike — the same value when it passes, the same
 * issues (path and message) when it fails.
 */

const WORKER_ZOD = join(REPO_ROOT, "apps/api/dist/worker-zod.js");

type Issue = { path: PropertyKey[]; message: string };
type Outcome = { data: unknown } | { issues: Issue[] };

/** `safeParse` as zod and the Workers' module both have it. */
interface Parser {
  safeParse(
    schema: unknown,
    value: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
}

function outcome(parser: Parser, schema: unknown, value: unknown): Outcome {
  const result = parser.safeParse(schema, value);
  if (result.success) return { data: result.data };
  return { issues: result.error.issues.map(({ path, message }) => ({ path, message })) };
}

const noDeps = () => {
  throw new Error("no request is served here");
};

let workerApp: ApiApp;
let workerZod: Parser;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock("zod/mini", () => import(WORKER_ZOD));
  const global = globalThis as { CAIXUN_WORKER?: true };
  global.CAIXUN_WORKER = true;
  try {
    workerApp = (await import("../../src/app.js")).createIngestApp(noDeps);
  } finally {
    delete global.CAIXUN_WORKER;
    vi.doUnmock("zod/mini");
  }
  workerZod = (await import(WORKER_ZOD)) as Parser;
});

const nodeApp = createIngestApp(noDeps);

/** The request's parts a route validates: query, path parameters, and a JSON body's schema. */
function requestSchemas(
  app: ApiApp,
): Array<{ name: string; target: "query" | "param" | "json"; schema: unknown }> {
  return app.declaredRoutes.flatMap((route) => {
    const name = `${route.method} ${route.path}`;
    const { query, params, body } = route.request ?? {};
    const json = body?.content["application/json"]?.schema;
    return [
      ...(query ? [{ name, target: "query" as const, schema: query }] : []),
      ...(params ? [{ name, target: "param" as const, schema: params }] : []),
      ...(json && !("jsonSchemaId" in json) && !("componentId" in json)
        ? [{ name, target: "json" as const, schema: json }]
        : []),
    ];
  });
}

/** Names the routes read, and a few they do not. */
const KEYS = [
  "q",
  "source",
  "security",
  "tag",
  "from",
  "to",
  "sort",
  "limit",
  "cursor",
  "minCopies",
  "id",
  "code",
  "content",
  "filename",
  "keys",
  "prefix",
  "extra",
  "__proto__",
];

/** Strings at the routes' edges: numbers, bounds, enum values, dates, ids, astral characters. */
const EDGE_STRINGS = fc.oneof(
  fc.constantFrom(
    "",
    "0",
    "1",
    "1.5",
    "20",
    "100",
    "101",
    "1000",
    "1001",
    "-3",
    "1e21",
    "9007199254740993",
    "Infinity",
    "NaN",
    " 7 ",
    "newest",
    "relevance",
    "2022-01-30",
    "2022-01-30T09:59:17+08:00",
    "2022-13-45",
    "s1d3c5b7a9f0e2d4c",
    "S1D3C5B7A9F0E2D4C",
    "601601",
    "NW202201302266849892",
    "a/b.md",
  ),
  fc.string({ maxLength: 12 }),
  fc.nat({ max: 1100 }).map((length) => "x".repeat(length)),
  fc.nat({ max: 1100 }).map((length) => "😀".repeat(length)),
  fc.nat({ max: 700 }).map((length) => "财".repeat(length)),
);

/** A query or path parameters as the validators read them: strings, a list for a repeated name. */
const queryInput = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof(
    { weight: 4, arbitrary: EDGE_STRINGS },
    { weight: 1, arbitrary: fc.array(EDGE_STRINGS, { maxLength: 3 }) },
  ),
  { maxKeys: 5 },
);

/** A JSON body: any JSON value, objects of the routes' names most. */
const { json: jsonInput } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    EDGE_STRINGS,
    fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    ),
    fc.array(tie("json"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("json"), { maxKeys: 4 }),
  ),
}));

/** Bodies shaped as the routes' own: files (one, or a list) and batches, each part well or badly typed. */
const fileBody = fc.record(
  {
    content: fc.oneof(EDGE_STRINGS, fc.integer()),
    filename: fc.oneof(EDGE_STRINGS, fc.constant(null)),
    extra: fc.nat(),
  },
  { requiredKeys: [] },
);
const shapedBodies = fc.oneof(
  fileBody,
  fc.array(fileBody, { maxLength: 3 }),
  fc.record(
    {
      keys: fc.array(fc.oneof(EDGE_STRINGS, fc.nat()), { maxLength: 3 }),
      prefix: fc.oneof(EDGE_STRINGS, fc.nat()),
    },
    { requiredKeys: [] },
  ),
);

/** Bodies past the routes' bounds: more files or keys than one request may send. */
const longLists = fc.constantFrom(
  Array.from({ length: 1001 }, () => ({ content: "x" })),
  Array.from({ length: 1001 }, () => 5),
  { keys: Array.from({ length: 1001 }, (_, index) => `k${index}`) },
  { keys: [...Array.from({ length: 1001 }, () => "k"), 5], prefix: 5 },
);

describe("the Workers' zod/mini (worker-zod.ts)", () => {
  test("every route of the ingestion Worker validates the same parts", () => {
    const parts = (app: ApiApp) => requestSchemas(app).map(({ name, target }) => `${name} ${target}`);
    expect(parts(workerApp)).toEqual(parts(nodeApp));
    expect(parts(nodeApp)).toEqual(
      expect.arrayContaining([
        "get /v1/articles query",
        "get /v1/articles/{id} param",
        "get /v1/stories query",
        "get /v1/stories/{id} param",
        "post /v1/batches json",
        "get /v1/batches/{id} param",
      ]),
    );
  });

  test("answers every request as zod does: the value, or the issues' paths and messages", () => {
    const worker = requestSchemas(workerApp);
    requestSchemas(nodeApp).forEach(({ name, target, schema }, index) => {
      const input = target === "json" ? fc.oneof(jsonInput, shapedBodies, longLists) : queryInput;
      fc.assert(
        fc.property(input, (value) => {
          expect(outcome(workerZod, worker[index]!.schema, value), `${name} ${target}`).toEqual(
            outcome(zod as unknown as Parser, schema, value),
          );
        }),
      );
    });
  });

  test("reads a list's page, a story's id and a batch as zod does, on examples", () => {
    const [list, story, batch] = ["get /v1/articles", "get /v1/stories/{id}", "post /v1/batches"].map(
      (route) => requestSchemas(workerApp).find(({ name }) => name === route)!.schema,
    );
    expect(outcome(workerZod, list, { limit: "5", sort: "relevance", q: "太保" })).toEqual({
      data: { q: "太保", sort: "relevance", limit: 5 },
    });
    expect(outcome(workerZod, list, { limit: "1.5", from: "soon", extra: "x" })).toEqual({
      issues: [
        {
          path: ["from"],
          message: "expected a date (2022-01-30) or an ISO 8601 time (2022-01-30T09:59:17+08:00)",
        },
        { path: ["limit"], message: "Invalid input: expected int, received number" },
      ],
    });
    expect(outcome(workerZod, story, { id: "s1d3" })).toEqual({
      issues: [{ path: ["id"], message: "Invalid string: must match pattern /^s[0-9a-f]{16}$/" }],
    });
    expect(outcome(workerZod, batch, { keys: [], prefix: "a/" })).toEqual({
      issues: [
        { path: ["keys"], message: "Too small: expected array to have >=1 items" },
        { path: [], message: "send either keys or prefix" },
      ],
    });
  });
});
