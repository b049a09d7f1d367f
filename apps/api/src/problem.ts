import { CaixunError } from "@caixun/core";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Status and title of every error the API answers with: stable, documented codes (see docs/api.md). */
const PROBLEMS = {
  /**
   * A request that is not valid HTTP (Node's parser refused it: raw UTF-8 in the URL); (Worker) a body
   * that ended before its `Content-Length`, or whose stream failed mid-read.
   */
  "bad-request": [400, "Bad Request"],
  "invalid-json": [400, "Bad Request"],
  unauthorized: [401, "Unauthorized"],
  "not-found": [404, "Not Found"],
  /**
   * The body came slower than `BODY_MIN_RATE`; (Node server) the request was not sent whole within
   * `REQUEST_TIMEOUT_MS`.
   */
  "request-timeout": [408, "Request Timeout"],
  "body-too-large": [413, "Content Too Large"],
  "unsupported-media-type": [415, "Unsupported Media Type"],
  /** (Node server) the request's headers are larger than Node's limit. */
  "headers-too-large": [431, "Request Header Fields Too Large"],
  "invalid-request": [422, "Unprocessable Content"],
  /** The body is not text: an image, an archive (the input policy of every app, `@caixun/inputs/policy`). */
  "binary-content": [422, "Unprocessable Content"],
  /** One record of a dump is not a record (a line that is not a JSON object); the other records go on. */
  "invalid-record": [422, "Unprocessable Content"],
  "parse-budget-exceeded": [422, "Unprocessable Content"],
  "internal-error": [500, "Internal Server Error"],
  "server-busy": [503, "Service Unavailable"],
} as const satisfies Record<string, readonly [ContentfulStatusCode, string]>;

export type ProblemCode = keyof typeof PROBLEMS;

// Read only by the document's problem schema: marked free of side effects, so a Worker's bundle drops it.
export const PROBLEM_CODES = /* @__PURE__ */ Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

/** An RFC 9457 problem detail, extended with the stable `code`. */
export interface Problem {
  type: "about:blank";
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  /** For `invalid-request`: what was wrong, field by field. */
  errors?: { path: string; message: string }[];
  /** For a record of a dump: where it sits (`line 812`). */
  ref?: string;
  /** For `unsupported-media-type`: the content types the route takes (also in `Accept-Post`). */
  accepted?: string[];
}

export function statusOf(code: ProblemCode): ContentfulStatusCode {
  return PROBLEMS[code][0];
}

/** Thrown by handlers for an answer that is not a success; the app's error handler renders it. */
export class ProblemError extends Error {
  override readonly name = "ProblemError";
  constructor(
    readonly code: ProblemCode,
    detail: string,
    readonly errors?: Problem["errors"],
    /** Extra response headers (`Retry-After`, `WWW-Authenticate`, `Accept-Post`). */
    readonly headers: Record<string, string> = {},
    /** For `unsupported-media-type`: the content types the route takes. */
    readonly accepted?: Problem["accepted"],
  ) {
    super(detail);
  }
}

/** The 415 of a route that takes `accepted`: named in the detail, the `accepted` field and `Accept-Post`. */
export function unsupportedMediaType(accepted: string[]): ProblemError {
  return new ProblemError(
    "unsupported-media-type",
    `send the file with one of these Content-Types: ${accepted.join(", ")}`,
    undefined,
    // RFC 9110 §15.5.16: a 415 says which media types would have been taken.
    { "accept-post": accepted.join(", ") },
    accepted,
  );
}

/** The problem of one record of a dump, answered in its place among the Articles. */
export function recordProblem(code: ProblemCode, detail: string, ref: string): Problem & { ref: string } {
  return { ...problem(code, detail), ref };
}

export function problem(
  code: ProblemCode,
  detail: string,
  errors?: Problem["errors"],
  accepted?: Problem["accepted"],
): Problem {
  const [status, title] = PROBLEMS[code];
  return {
    type: "about:blank",
    title,
    status,
    code,
    detail,
    ...(errors ? { errors } : {}),
    ...(accepted ? { accepted } : {}),
  };
}

export function problemResponse(c: Context, body: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(body), statusOf(body.code), {
    "content-type": "application/problem+json",
    ...headers,
  });
}

/** `problemResponse` without a Hono context: what a Worker answers from its own `fetch` (the ingestion Worker's). */
export function problemAnswer(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: statusOf(body.code),
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** Core's refusals: documented limits of the parser, so the request's fault, never the server's. */
const CAIXUN_ERROR_CODES: Partial<Record<string, ProblemCode>> = {
  "input-too-large": "body-too-large",
  "parse-budget-exceeded": "parse-budget-exceeded",
};

/** The error as the problem the API answers with, when it is a refusal of the request; else null. */
export function asProblem(error: unknown): ProblemError | null {
  if (error instanceof ProblemError) return error;
  if (error instanceof CaixunError) {
    const code = CAIXUN_ERROR_CODES[error.code];
    if (code) return new ProblemError(code, error.message);
  }
  return null;
}
