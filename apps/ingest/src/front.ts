/**
 * The ingestion Worker's `fetch`: it answers its own routes (`/v1/batches`, `/v1/batches/{id}`, and its
 * OpenAPI document and page, which describe the API and the batches) and hands every other request,
 * unchanged, to the API Worker through the `API` service binding. One public URL serves both, over the
 * same D1 databases, and this Worker carries neither the API's app nor Hono (issue 11: each Worker
 * within 200 KB of gzip).
 *
 * Its routes answer as the API's app would: the same security headers, CORS, body pace and limit,
 * content codings, token check, media-type gate, validation from the routes' own schemas, and
 * problem+json errors.
 */
import {
  asProblem,
  assetDocsFile,
  bodyLimitFrom,
  bodyPaceFrom,
  type CorsOrigins,
  checked,
  corsOriginsFrom,
  cutShort,
  decodedRequest,
  docsContentSecurityPolicy,
  jsonPart,
  matchesMediaType,
  problem,
  problemAnswer,
  readAtPace,
  secured,
  tokenRefusal,
  unsupportedMediaType,
} from "@caixun/api";
import type { IngestEnv } from "./env.js";
import { BatchParams, BatchRequest, queueBatch, reportOf } from "./routes.js";

const BATCHES = "/v1/batches";
const JSON_TYPE = "application/json";

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": JSON_TYPE } });
}

/** Hono's reading of a path parameter: percent-decoded where that is valid, as sent where not. */
function pathParameter(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** `POST /v1/batches`: the body read at the API's pace and limit, the token, the media type, the schema. */
async function createBatchAnswer(request: Request, env: IngestEnv): Promise<Response> {
  const limit = bodyLimitFrom(env);
  const tooLarge = () => problemAnswer(problem("body-too-large", `the body is over ${limit} bytes`));
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) return tooLarge();
  let bytes = new Uint8Array(0);
  if (request.body !== null) {
    bytes = await readAtPace(request.body, bodyPaceFrom(env), limit);
    if (bytes.byteLength > limit) return tooLarge();
    if (bytes.byteLength < declared) throw cutShort(bytes.byteLength, declared);
    const decoded = await decodedRequest(new Request(request, { body: bytes }), limit);
    bytes = new Uint8Array(await decoded.arrayBuffer());
  }
  const refused = await tokenRefusal(request.headers.get("authorization") ?? undefined, env.API_TOKEN);
  if (refused) throw refused;
  const contentType = request.headers.get("content-type") ?? undefined;
  if (contentType ? !matchesMediaType(contentType, JSON_TYPE) : bytes.byteLength > 0) {
    throw unsupportedMediaType([JSON_TYPE]);
  }
  const body = await checked("json", BatchRequest, jsonPart(contentType, bytes));
  return json(await queueBatch(env, body), 202);
}

/** The answer of one of this Worker's own routes, or null for a request the API answers. */
async function ownAnswer(request: Request, env: IngestEnv, path: string): Promise<Response | null> {
  const method = request.method === "HEAD" ? "GET" : request.method;
  if (path === BATCHES && method === "POST") return createBatchAnswer(request, env);
  if (method !== "GET") return null;
  if (path.startsWith(`${BATCHES}/`) && path.indexOf("/", BATCHES.length + 1) === -1) {
    const id = path.slice(BATCHES.length + 1);
    if (id === "") return null;
    const params = await checked("param", BatchParams, { id: pathParameter(id) });
    return json(await reportOf(env, params.id), 200);
  }
  if (path !== "/openapi.json" && path !== "/docs") return null;
  const text = await assetDocsFile(env.ASSETS, path === "/docs" ? "docs.html" : "openapi.json");
  if (text === null) return problemAnswer(problem("not-found", "This deployment has no API document."));
  if (path === "/openapi.json") return new Response(text, { headers: { "content-type": JSON_TYPE } });
  return new Response(text, {
    headers: {
      "content-type": "text/html; charset=UTF-8",
      "content-security-policy": await docsContentSecurityPolicy(text),
    },
  });
}

/** What the API's CORS middleware adds to an answer, for an `Origin` it allows (preflights go to the API). */
function withCors(response: Response, origins: CorsOrigins, origin: string | null): Response {
  if (origins !== "*" && origins.length === 0) return response;
  const allowed = origins === "*" ? "*" : origin !== null && origins.includes(origin) ? origin : null;
  if (allowed !== null) response.headers.set("access-control-allow-origin", allowed);
  if (origins !== "*") response.headers.append("vary", "Origin");
  response.headers.set("access-control-expose-headers", "retry-after");
  return response;
}

/** The error as the problem the API answers with; anything but a refusal of the request is logged as a 500. */
function errorAnswer(error: unknown): Response {
  const refused = asProblem(error);
  if (refused) {
    return problemAnswer(
      problem(refused.code, refused.message, refused.errors, refused.accepted),
      refused.headers,
    );
  }
  console.error(error);
  return problemAnswer(problem("internal-error", "the server failed to answer this request"));
}

/**
 * The API Worker's answer, unchanged; null when the binding fails instead of answering (the API Worker threw, ran
 * out of its limits, or is not deployed), which the runtime would have made a bare 500.
 */
async function proxied(request: Request, env: IngestEnv): Promise<Response | null> {
  try {
    return await env.API.fetch(request);
  } catch (error) {
    console.error(error);
    return null;
  }
}

export async function answer(request: Request, env: IngestEnv): Promise<Response> {
  const path = new URL(request.url).pathname;
  let response: Response | null;
  let origins: CorsOrigins = [];
  try {
    // A setting the API refuses (CORS_ORIGINS) is its 500 problem here too, not an exception out of `fetch`.
    origins = corsOriginsFrom(env);
    response = await ownAnswer(request, env, path);
    if (response === null) {
      response = await proxied(request, env);
      if (response !== null) return response;
      // A problem the client may retry, with the headers of this Worker's own answers.
      response = problemAnswer(problem("server-busy", "the API did not answer; retry in a moment"), {
        "retry-after": "1",
      });
    }
  } catch (error) {
    response = errorAnswer(error);
  }
  if (request.method === "HEAD") response = new Response(null, response);
  return secured(withCors(response, origins, request.headers.get("origin")));
}
