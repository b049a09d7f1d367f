import fc from "fast-check";
import { expect, test } from "vitest";
import type { FileFixture } from "./suite.js";

const PATHS = [
  "/v1/parse",
  "/v1/articles",
  "/v1/articles/NW202201302266849892",
  "/v1/sources",
  "/v1/securities/601601",
  "/v1/stats",
  "/openapi.json",
  "/docs",
];
const QUERY_KEYS = ["q", "source", "security", "tag", "from", "to", "sort", "limit", "cursor", "filename"];
const CONTENT_TYPES = [
  "text/plain",
  "text/markdown; charset=gbk",
  "application/json",
  "application/json; charset=utf-8",
  "application/x-ndjson",
  "application/octet-stream",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/vnd.api+json",
  "",
];

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    '"',
    "*",
    "NEAR(",
    "OR",
    "^",
    "%",
    "%zz",
    "\u0000",
    "太保",
    "2022-13-01",
    "-1",
    "1e9",
    "__proto__",
  ),
);

const segment = fc.oneof(
  fc.constantFrom(...PATHS.flatMap((path) => path.split("/")), "%", "%E0%A4%A", "..", "%00"),
  text.map(encodeURIComponent),
);

function requests(token: string, seeds: FileFixture[]) {
  return fc.record({
    method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"),
    path: fc.oneof(
      fc.constantFrom(...PATHS),
      fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join("/")}`),
    ),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), text), text), { maxLength: 4 }),
    contentType: fc.constantFrom(...CONTENT_TYPES),
    authorization: fc.constantFrom(undefined, `Bearer ${token}`, "Bearer nope", "Basic x"),
    body: fc.oneof(
      fc.constant(undefined),
      text,
      fc.json({ maxDepth: 3 }),
      fc.uint8Array({ maxLength: 256 }),
      fc
        .array(fc.record({ content: text, filename: fc.option(text, { nil: undefined }) }), { maxLength: 3 })
        .map((files) => files.map((file) => JSON.stringify(file)).join("\n")),
      fc.constantFrom(...seeds.map((file) => file.content)),
    ),
  });
}

/**
 * A property test: random methods, paths, query strings, content types, tokens and bodies, and not
 * one answer in the 5xx range. Whatever a client sends is the client's problem, never a server fault.
 */
export function defineNever500(options: {
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  token: string;
  seeds: FileFixture[];
  runs: number;
}): void {
  const { token } = options;
  test("no request a client can send gets a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        requests(token, options.seeds),
        async ({ method, path, query, contentType, authorization, body }) => {
          const search = new URLSearchParams(query).toString();
          const headers: Record<string, string> = {};
          if (contentType) headers["content-type"] = contentType;
          if (authorization) headers.authorization = authorization;
          const hasBody = body !== undefined && method !== "GET" && method !== "HEAD";
          const response = await options.fetch(`${path}${search ? `?${search}` : ""}`, {
            method,
            headers,
            ...(hasBody ? { body } : {}),
          });
          expect(response.status, `${method} ${path}?${search} ${contentType}`).toBeLessThan(500);
        },
      ),
      { numRuns: options.runs },
    );
  });
}
