import { expect, test } from "vitest";
import type { OpenApiDocument } from "../../src/openapi.js";

/**
 * One edge of a request (twenty-sixth reliability round): what it does to a request of a route, by name. Every edge is
 * sent to every operation of the OpenAPI document, so a route added later is attacked too.
 */
interface Edge {
  name: string;
  /** The query string added to the route's path (without `?`). */
  query?: string;
  headers?: Record<string, string>;
  /** Sent instead of the route's method. */
  method?: string;
  /** A body, sent to the operations that take one. */
  body?: () => Promise<{ bytes: Uint8Array<ArrayBuffer> | string; headers: Record<string, string> }>;
}

const compress = async (text: string, format: "gzip" | "deflate") =>
  new Uint8Array(
    await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream(format))).arrayBuffer(),
  );

let bombBytes: Promise<Uint8Array<ArrayBuffer>> | undefined;
const bomb = () => {
  bombBytes ??= compress("0".repeat(16 * 1024 * 1024), "gzip");
  return bombBytes;
};

const EDGES: Edge[] = [
  { name: "q of 10^4 characters", query: `q=${"太保".repeat(5000)}` },
  { name: "q of punctuation only", query: `q=${encodeURIComponent("。，！？\"'()*^-+:…—「」".repeat(50))}` },
  { name: "q of emoji only", query: `q=${encodeURIComponent("😀👍🏽👨‍👩‍👧🇨🇳".repeat(100))}` },
  { name: "q holding a lone surrogate (CESU-8 bytes)", query: "q=%ED%A0%80%ED%B0%80x" },
  { name: "a parameter 1,000 times", query: Array.from({ length: 1000 }, () => "limit=5").join("&") },
  {
    name: "10^4 distinct parameters",
    query: Array.from({ length: 10_000 }, (_, i) => `p${i}=${i}`).join("&"),
  },
  { name: "a parameter of 10^5 characters", query: `source=${"x".repeat(100_000)}` },
  { name: "a forged cursor of base64 JSON", query: `cursor=${btoa('{"t":"x","id":null,"r":[1,2]}')}` },
  { name: "a cursor of 10^5 characters", query: `cursor=${"A".repeat(100_000)}` },
  { name: "a cursor far out of range", query: `cursor=${btoa("9999-12-31T23:59:59Z|zzzz")}` },
  { name: "limit past any page", query: "limit=1e308" },
  { name: "Range of a suffix", headers: { range: "bytes=-1" } },
  {
    name: "Range of many ranges",
    headers: { range: `bytes=${Array.from({ length: 2000 }, (_, i) => `${i}-${i}`).join(",")}` },
  },
  { name: "If-None-Match of *", headers: { "if-none-match": "*" } },
  {
    name: "If-None-Match of 10^4 tags",
    headers: { "if-none-match": Array.from({ length: 10_000 }, (_, i) => `W/"${i}"`).join(", ") },
  },
  { name: "If-Modified-Since not a date", headers: { "if-modified-since": "yesterday, 99 Foo 99999" } },
  {
    name: "If-Modified-Since in the future",
    headers: { "if-modified-since": "Fri, 31 Dec 9999 23:59:59 GMT" },
  },
  { name: "Accept of nothing served", headers: { accept: "image/png;q=1, */*;q=0" } },
  { name: "PUT", method: "PUT" },
  { name: "DELETE", method: "DELETE" },
  { name: "PATCH", method: "PATCH" },
  {
    name: "a gzip bomb (16 MiB of zeros, 8 times the default body limit)",
    body: async () => ({
      bytes: await bomb(),
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
    }),
  },
  {
    name: "a deflate body",
    body: async () => ({
      bytes: await compress(JSON.stringify({ content: "中国太保发布公告。" }), "deflate"),
      headers: { "content-type": "application/json", "content-encoding": "deflate" },
    }),
  },
  {
    name: "a br body",
    body: async () => ({
      bytes: new Uint8Array([0x0b, 0x02, 0x80, 0x7b, 0x7d, 0x03]),
      headers: { "content-type": "application/json", "content-encoding": "br" },
    }),
  },
  {
    name: "a Content-Length shorter than the body",
    body: async () => ({
      bytes: JSON.stringify({ content: "中国太保发布公告。".repeat(100) }),
      headers: { "content-type": "application/json", "content-length": "7" },
    }),
  },
  {
    name: "a Content-Length past the body limit over a short body",
    body: async () => ({
      bytes: JSON.stringify({ content: "中国太保发布公告。" }),
      headers: { "content-type": "application/json", "content-length": "99999999999" },
    }),
  },
  {
    name: "JSON of 10^5 keys",
    body: async () => ({
      bytes: `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":${i}`).join(",")}}`,
      headers: { "content-type": "application/json" },
    }),
  },
  {
    name: "JSON nested 10^5 deep",
    body: async () => ({
      bytes: `{"content":${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
      headers: { "content-type": "application/json" },
    }),
  },
];

/** Each path parameter a value its schema takes, so the edge reaches the route's handler. */
function filled(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === "code" ? "601601" : "NW202201302266849892",
  );
}

/** A request's answer within this many milliseconds, or it stalled. */
const STALL_MS = 20_000;

/**
 * Every operation of the API's OpenAPI document, sent each edge: a 4xx problem+json or a 2xx/3xx, never a 5xx, and an
 * answer within `STALL_MS` (twenty-sixth reliability round, inside workerd and on Node).
 */
export function defineRouteEdges(options: {
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  token: string;
  document: OpenApiDocument;
}): void {
  const operations = Object.entries(options.document.paths).flatMap(([path, item]) =>
    Object.keys(item as object).map((method) => ({ path, method: method.toUpperCase() })),
  );
  test("the document names the routes the edges walk", () => {
    expect(operations.length).toBeGreaterThanOrEqual(8);
  });
  for (const edge of EDGES) {
    test(`every route, ${edge.name}: a 4xx problem or a success, never a 5xx or a stall`, async () => {
      for (const operation of operations) {
        const takesBody = operation.method === "POST";
        if (edge.body && !takesBody) continue;
        const body = edge.body ? await edge.body() : undefined;
        const method = edge.method ?? operation.method;
        const url = `${filled(operation.path)}${edge.query ? `?${edge.query}` : ""}`;
        const started = Date.now();
        const response = await options.fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${options.token}`,
            ...(takesBody && !body ? { "content-type": "text/plain" } : {}),
            ...edge.headers,
            ...body?.headers,
          },
          ...(body ? { body: body.bytes } : takesBody && !edge.method ? { body: "中国太保发布公告。" } : {}),
        });
        const text = await response.text();
        const what = `${method} ${operation.path} (${edge.name}): ${response.status} ${text.slice(0, 200)}`;
        expect(Date.now() - started, what).toBeLessThan(STALL_MS);
        expect(response.status, what).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get("content-type"), what).toMatch(/^application\/problem\+json/);
          expect((JSON.parse(text) as { status: number }).status, what).toBe(response.status);
        }
      }
    }, 120_000);
  }
}
