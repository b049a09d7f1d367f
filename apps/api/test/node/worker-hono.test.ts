import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { openSqlite, sqliteArticleStore } from "@caixun/store/sqlite";
import { afterAll, describe, expect, test, vi } from "vitest";
import { API_DOCUMENT } from "../../src/api-document.generated.js";
import { DEFAULT_BODY_PACE } from "../../src/body-pace.js";
import { type CorsOrigins, DEFAULT_RECORD_LIMIT } from "../../src/deps.js";
import { inlineParser } from "../../src/inline-parser.js";
import { shippedSecurities } from "../../src/node.js";
import { twentiethRound } from "../shared/hostile-requests.js";
import { seedFixtures } from "./fixtures.js";

/**
 * The API Worker's `hono/hono-base` (`src/worker-hono.ts`, aliased in wrangler.jsonc) against Hono's: the same
 * app (`createApp`, `registerDocs`) built once on each, each over a store of its own, is sent the same requests
 * in the same order — every route and method, HEAD and preflights, CORS from a list of origins and from any,
 * escapes in paths and queries, bad and missing tokens, bodies of every media type the routes take and some
 * they refuse, malformed JSON, content codings, bodies over the limit, read at the Worker's pace or not — and
 * every answer must be the same to the byte: status, every header, body.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const token = "stand-in-token";
const bodyLimit = 8 * 1024;

async function appOn(standIn: boolean, corsOrigins: CorsOrigins, paced: boolean) {
  vi.resetModules();
  if (standIn) vi.doMock("hono/hono-base", () => import("../../src/worker-hono.js"));
  else vi.doUnmock("hono/hono-base");
  const { createApp } = await import("../../src/app.js");
  const { documentFiles, registerDocs } = await import("../../src/routes/docs.js");
  const dir = mkdtempSync(join(tmpdir(), "caixun-worker-hono-"));
  dirs.push(dir);
  const db = openSqlite(join(dir, "articles.db"));
  const app = createApp(() => ({
    store: sqliteArticleStore(db),
    token,
    bodyLimit,
    ...(paced && { bodyPace: DEFAULT_BODY_PACE }),
    recordLimit: DEFAULT_RECORD_LIMIT,
    parse: inlineParser(shippedSecurities),
    securities: shippedSecurities,
    corsOrigins,
  }));
  registerDocs(app, documentFiles(API_DOCUMENT));
  return (request: Request) => app.fetch(request);
}

interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
}

async function answer(response: Response): Promise<Answer> {
  return {
    status: response.status,
    headers: [...response.headers.entries()].sort(([a], [b]) => a.localeCompare(b)),
    body: Buffer.from(await response.arrayBuffer()).toString("base64"),
  };
}

type Sent = [path: string, init?: RequestInit];

function requests(): Sent[] {
  const auth = { authorization: `Bearer ${token}` };
  const seed = seedFixtures()[0]!;
  const json = (body: unknown) => JSON.stringify(body);
  const origin = { origin: "https://allowed.example" };
  return [
    ["/"],
    ["/docs"],
    ["/openapi.json"],
    ["/v1/stats"],
    ["/v1/sources"],
    ["/v1/articles"],
    ["/v1/articles?limit=2&q=%E5%A4%AA%E4%BF%9D"],
    ["/v1/articles?q=a+b&q=c"],
    ["/v1/articles?limit=0"],
    ["/v1/articles?limit=abc"],
    ["/v1/articles?q=%zz&source"],
    ["/v1/articles?q=%FF"],
    ["/v1/articles?sort=relevance&q=x#frag"],
    ["/v1/articles?&&=x&limit=3"],
    ["/v1/articles/"],
    ["/v1/articles/%61bc"],
    ["/v1/articles/a%2Fb"],
    ["/v1/articles/%"],
    ["/v1/articles/%E5%A4%AA%25"],
    ["/v1/articles/x/y"],
    ["/v1/stories"],
    ["/v1/stories?minCopies=2&limit=5"],
    ["/v1/stories/s0123456789abcdef"],
    ["/v1/stories/nope"],
    ["/v1/securities/601601"],
    ["/v1/securities/601601?limit=1"],
    ["/nope"],
    ["/V1/STATS"],
    ["/v1/stats", { method: "HEAD" }],
    ["/docs", { method: "HEAD" }],
    ["/v1/stats", { method: "DELETE" }],
    ["/v1/parse", { method: "GET" }],
    ["/v1/parse", { method: "PUT", headers: auth, body: "x" }],
    ["/v1/stats", { headers: origin }],
    ["/v1/stats", { headers: { origin: "https://elsewhere.example" } }],
    [
      "/v1/parse",
      {
        method: "OPTIONS",
        headers: {
          ...origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "x-a, x-b",
        },
      },
    ],
    ["/v1/parse", { method: "OPTIONS" }],
    ["/v1/parse", { method: "POST", body: seed.content }],
    ["/v1/parse", { method: "POST", headers: { authorization: "Bearer wrong" }, body: seed.content }],
    ["/v1/parse", { method: "POST", headers: { ...auth, "content-type": "text/plain" }, body: seed.content }],
    [
      `/v1/parse?filename=${encodeURIComponent(seed.filename)}`,
      {
        method: "POST",
        headers: { ...auth, "content-type": "text/markdown; charset=utf-8", ...origin },
        body: seed.content,
      },
    ],
    [
      "/v1/parse",
      {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: json({ content: seed.content, filename: seed.filename }),
      },
    ],
    [
      "/v1/parse",
      { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{oops" },
    ],
    [
      "/v1/parse",
      {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: json({ content: 1 }),
      },
    ],
    ["/v1/parse", { method: "POST", headers: { ...auth, "content-type": "image/gif" }, body: "GIF89a" }],
    ["/v1/parse", { method: "POST", headers: auth }],
    [
      "/v1/parse",
      { method: "POST", headers: { ...auth, "content-type": "text/plain" }, body: "x".repeat(bodyLimit + 1) },
    ],
    [
      "/v1/parse",
      {
        method: "POST",
        headers: { ...auth, "content-type": "text/plain", "content-encoding": "gzip" },
        body: gzipSync(seed.content),
      },
    ],
    [
      "/v1/parse",
      {
        method: "POST",
        headers: { ...auth, "content-type": "text/plain", "content-encoding": "br" },
        body: "x",
      },
    ],
    [
      "/v1/articles",
      {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: json({ content: seed.content, filename: seed.filename }),
      },
    ],
    [
      "/v1/articles",
      { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "[]" },
    ],
    ["/v1/articles", { method: "POST", headers: { ...auth, "content-type": "text/plain" }, body: "" }],
    ["/v1/stats"],
    ["/v1/articles?limit=1"],
    ["/v1/sources"],
    ["/v1/stories"],
    // The twentieth round's attacks (docs/reliability.md), each answered as Hono answers it.
    ...twentiethRound(token).map(({ path, init }): Sent => [path, init]),
    ["/v1/stats", { method: "FROBNICATE" }],
    ["/v1/stats", { method: "patch" }],
  ];
}

describe("the Worker's hono-base answers as Hono's", () => {
  const configs: [string, CorsOrigins, boolean][] = [
    ["CORS from any origin, bodies read whole", "*", false],
    ["CORS from a list, bodies read at the Worker's pace", ["https://allowed.example"], true],
  ];
  for (const [name, corsOrigins, paced] of configs) {
    test(name, async () => {
      const hono = await appOn(false, corsOrigins, paced);
      const standIn = await appOn(true, corsOrigins, paced);
      for (const [path, init] of requests()) {
        const expected = await answer(await hono(new Request(`http://localhost${path}`, init)));
        const actual = await answer(await standIn(new Request(`http://localhost${path}`, init)));
        expect({ path, method: init?.method ?? "GET", ...actual }).toStrictEqual({
          path,
          method: init?.method ?? "GET",
          ...expected,
        });
      }
    });
  }

  test("handlers that throw what is no Error, call next twice, give nothing, redirect: Hono's outcome, with and without its own handlers", async () => {
    vi.resetModules();
    vi.doUnmock("hono/hono-base");
    const { HonoBase } = await import("hono/hono-base");
    const { PatternRouter } = await import("hono/router/pattern-router");
    const { HTTPException } = await import("hono/http-exception");
    const standIn = await import("../../src/worker-hono.js");
    type App = { get(path: string, ...handlers: unknown[]): App; use(...handlers: unknown[]): App } & {
      fetch(request: Request): Promise<Response>;
      notFound(handler: (c: never) => Response): App;
      onError(handler: (error: Error, c: never) => Response): App;
    };
    const build = (Base: new (options: { router: unknown }) => unknown, handled: boolean): App => {
      const app = new Base({ router: new PatternRouter() }) as App;
      app.use(async (c: { header(name: string, value: string): void }, next: () => Promise<void>) => {
        c.header("x-before", "1");
        await next();
      });
      app.get("/string", () => {
        throw "a string";
      });
      app.get("/object", () => {
        throw { status: 418 };
      });
      app.get("/error", () => {
        throw new Error("boom");
      });
      app.get("/exception", () => {
        throw new HTTPException(418, { message: "teapot" });
      });
      app.get("/twice", async (_c: unknown, next: () => Promise<void>) => {
        await next();
        await next();
      });
      app.get("/twice", (c: { text(text: string): Response }) => c.text("x"));
      app.get("/nothing", () => undefined);
      app.get("/redirect", (c: { redirect(to: string, status?: number): Response }) =>
        c.redirect("/文档?x=1&y=%zz", 301),
      );
      app.get("/not-found", (c: { notFound(): Response }) => c.notFound());
      if (handled) {
        app.notFound((c: { text(text: string, status: number): Response }) => c.text("none", 404));
        app.onError((error, c: { json(value: unknown, status: number): Response }) =>
          c.json({ error: error.message }, 500),
        );
      }
      return app;
    };
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const paths = [
      "/string",
      "/object",
      "/error",
      "/exception",
      "/twice",
      "/nothing",
      "/redirect",
      "/not-found",
      "/nope",
    ];
    for (const handled of [false, true]) {
      const hono = build(HonoBase as never, handled);
      const ours = build(standIn.HonoBase as never, handled);
      for (const path of paths)
        for (const method of ["GET", "HEAD"]) {
          const outcome = (app: App) =>
            app.fetch(new Request(`http://localhost${path}`, { method })).then(answer, (thrown: unknown) => ({
              thrown,
            }));
          expect({ path, method, handled, ...(await outcome(ours)) }).toStrictEqual({
            path,
            method,
            handled,
            ...(await outcome(hono)),
          });
        }
    }
    error.mockRestore();
  });

  test("the stand-in is what the app runs on", async () => {
    vi.resetModules();
    vi.doMock("hono/hono-base", () => import("../../src/worker-hono.js"));
    const { HonoBase } = await import("hono/hono-base");
    const standIn = await import("../../src/worker-hono.js");
    expect(HonoBase).toBe(standIn.HonoBase);
    vi.doUnmock("hono/hono-base");
  });
});
