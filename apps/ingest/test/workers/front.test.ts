import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, test } from "vitest";
import worker from "../../src/worker.js";
import { gzip, migrateAll } from "./helpers.js";

/**
 * The nineteenth reliability round (docs/reliability.md): the ingestion Worker's front attacked as the API was —
 * codings stacked or lying, a lying Content-Length, tokens in every wrong form, ids that are not ids, odd paths and
 * methods — on its own routes and through the service binding. Each answer is held to the API Worker's own for the
 * same request (`env.API`, reached directly): the same status, headers and problem.
 */

const token = `Bearer ${env.API_TOKEN}`;
const json = "application/json";

/** The front's answer to a request (`env` by default). */
function front(url: string, init: RequestInit = {}, bindings: object = env): Promise<Response> {
  return worker.fetch!(
    new Request(`http://caixun.test${url}`, init) as never,
    bindings as never,
  ) as Promise<Response>;
}

/** The API Worker's own answer, over the binding the front hands requests to. */
async function apiWorker(url: string, init: RequestInit = {}): Promise<Response> {
  return (await env.API.fetch(new Request(`http://caixun.test${url}`, init) as never)) as unknown as Response;
}

/** Status, every header and the body, to compare two answers whole. */
async function whole(
  response: Response,
): Promise<{ status: number; headers: [string, string][]; body: string }> {
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

beforeAll(migrateAll);

describe("hostile requests on the batches' routes are answered as the API's routes answer them", () => {
  // Malformed JSON after every check: a request the checks let through is 400 on both routes, nothing queued.
  const malformed = new TextEncoder().encode('{"keys":');
  const cases: [string, () => Promise<RequestInit>][] = [
    [
      "a gzip bomb (20 MiB of zeros)",
      async () => ({
        body: await gzip(new Uint8Array(20 * 1024 * 1024)),
        headers: { "content-encoding": "gzip" },
      }),
    ],
    [
      "gzip, gzip",
      async () => ({
        body: await gzip(await gzip(malformed)),
        headers: { "content-encoding": "gzip, gzip" },
      }),
    ],
    [
      "identity over gzip bytes",
      async () => ({ body: await gzip(malformed), headers: { "content-encoding": "identity" } }),
    ],
    ["a coding not decoded (br)", async () => ({ body: malformed, headers: { "content-encoding": "br" } })],
    [
      "a Content-Length longer than the body",
      async () => ({ body: malformed, headers: { "content-length": "100" } }),
    ],
    [
      "a Content-Length past the limit",
      async () => ({ body: malformed, headers: { "content-length": "99999999999" } }),
    ],
    [
      "a Content-Length that is no number",
      async () => ({ body: malformed, headers: { "content-length": "abc" } }),
    ],
    ["a body past the limit", async () => ({ body: "x".repeat(2 * 1024 * 1024 + 1) })],
    ["no token", async () => ({ body: malformed, headers: { authorization: "" } })],
    [
      "a Basic token",
      async () => ({ body: malformed, headers: { authorization: `Basic ${env.API_TOKEN}` } }),
    ],
    [
      "bearer in lower case",
      async () => ({ body: malformed, headers: { authorization: `bearer ${env.API_TOKEN}` } }),
    ],
    ["Bearer and nothing", async () => ({ body: malformed, headers: { authorization: "Bearer " } })],
    [
      "the token and one character more",
      async () => ({ body: malformed, headers: { authorization: `${token}x` } }),
    ],
    [
      "the token sent twice",
      async () => ({
        body: malformed,
        headers: [
          ["authorization", token],
          ["authorization", token],
        ],
      }),
    ],
    [
      "a token of 200,000 characters",
      async () => ({ body: malformed, headers: { authorization: `Bearer ${"x".repeat(200_000)}` } }),
    ],
  ];
  for (const [name, init] of cases) {
    test(name, async () => {
      const request = async (): Promise<RequestInit> => {
        const { body, headers } = await init();
        const given = new Headers(headers);
        if (!given.has("authorization")) given.set("authorization", token);
        if (given.get("authorization") === "") given.delete("authorization");
        given.set("content-type", json);
        return { method: "POST", body, headers: given };
      };
      const ours = await whole(await front("/v1/batches", await request()));
      const theirs = await whole(await apiWorker("/v1/articles", await request()));
      expect(ours.status).toBeGreaterThanOrEqual(400);
      expect(ours.status).toBeLessThan(500);
      expect(ours).toEqual(theirs);
    });
  }

  test("ids that are not batch ids, and methods the route does not serve", async () => {
    for (const id of ["no-such-batch", "a%2Fb", "%E4%B8", "..%2F..", "%00", "x".repeat(100_000)]) {
      for (const method of ["GET", "HEAD"]) {
        const ours = await front(`/v1/batches/${id}`, { method });
        expect([404, 422], `${method} ${id.slice(0, 20)}`).toContain(ours.status);
        expect(ours.headers.get("content-type")).toBe("application/problem+json");
        expect(ours.headers.get("x-content-type-options")).toBe("nosniff");
      }
    }
    // The API answers an id past its schema with 422 naming the parameter; so does the front.
    const long = "x".repeat(100_000);
    const [ours, theirs] = [await front(`/v1/batches/${long}`), await apiWorker(`/v1/articles/${long}`)];
    expect(ours.status).toBe(theirs.status);
    expect([...ours.headers]).toEqual([...theirs.headers]);
    expect(await front("/v1/batches/no-such-batch").then((r) => r.json())).toMatchObject({
      status: 404,
      code: "not-found",
    });
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS", "GET"]) {
      const ours = await whole(await front("/v1/batches", { method }));
      const theirs = await whole(await apiWorker("/v1/articles/x/y", { method }));
      expect(ours.status, method).toBe(404);
      expect(ours.headers).toEqual(theirs.headers);
      expect(ours.body).toBe(theirs.body.replace("/v1/articles/x/y", "/v1/batches"));
    }
  });
});

describe("through the service binding", () => {
  test("hostile requests on the API's paths come back as the API Worker answers them, headers included", async () => {
    const cases: [string, RequestInit][] = [
      [
        "/v1/parse",
        {
          method: "POST",
          body: await gzip(new Uint8Array(20 * 1024 * 1024)),
          headers: { "content-type": "text/plain", "content-encoding": "gzip" },
        },
      ],
      [
        "/v1/parse",
        {
          method: "POST",
          body: "正文",
          headers: { "content-type": "text/plain", "content-encoding": "gzip, gzip" },
        },
      ],
      [
        "/v1/parse",
        { method: "POST", body: "正文", headers: { "content-type": "text/plain", "content-length": "100" } },
      ],
      [
        "/v1/articles",
        { method: "POST", body: "[]", headers: { "content-type": json, authorization: "bearer" } },
      ],
      ["/v1/articles?q=%FF", {}],
      ["/v1/articles?limit=-1", {}],
      ["/v1/articles/", {}],
      ["//v1/articles", {}],
      ["/v1/articles/a%2Fb", { method: "HEAD" }],
      [
        "/v1/parse",
        { method: "OPTIONS", headers: { origin: "https://a.test", "access-control-request-method": "POST" } },
      ],
      ["/v1/parse", { method: "DELETE" }],
    ];
    for (const [url, init] of cases) {
      const ours = await whole(await front(url, init));
      const theirs = await whole(await apiWorker(url, init));
      expect(ours, `${init.method ?? "GET"} ${url}`).toEqual(theirs);
      expect(ours.status, `${init.method ?? "GET"} ${url}`).toBeLessThan(500);
    }
  });

  test("a binding that throws or rejects is a 503 problem the client may retry, never the runtime's bare 500", async () => {
    for (const fetch of [
      () => {
        throw new Error("the API Worker is not deployed");
      },
      () => Promise.reject(new Error("the API Worker exceeded its CPU limit")),
    ]) {
      const answer = await front("/v1/articles", {}, { ...env, API: { fetch } });
      expect(answer.status).toBe(503);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
      expect(answer.headers.get("retry-after")).toBe("1");
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await answer.json()).toEqual({
        type: "about:blank",
        title: "Service Unavailable",
        status: 503,
        code: "server-busy",
        detail: "the API did not answer; retry in a moment",
      });
    }
  });

  test("a CORS_ORIGINS the API refuses is a 500 problem, as the API answers it, not an exception out of fetch", async () => {
    const answer = await front("/v1/batches/x", {}, { ...env, CORS_ORIGINS: "https://a.test/path" });
    expect(answer.status).toBe(500);
    expect(await answer.json()).toMatchObject({ code: "internal-error" });
  });
});
