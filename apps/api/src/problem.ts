import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Stable, documented codes of every error the API answers with (see docs/api.md). */
export const PROBLEM_CODES = [
  "bad-request",
  "invalid-json",
  "unauthorized",
  "not-found",
  "body-too-large",
  "unsupported-media-type",
  "invalid-request",
  /** The body is not text: an image, an archive (the input policy of every app, `@caixun/inputs/policy`). */
  "binary-content",
  "internal-error",
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** An RFC 9457 problem detail, extended with the stable `code`. */
export interface Problem {
  type: "about:blank";
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  /** For `invalid-request`: what was wrong, field by field. */
  errors?: { path: string; message: string }[];
  /** For `unsupported-media-type`: the content types the route takes (also in `Accept-Post`). */
  accepted?: string[];
}

const TITLES: Record<ProblemCode, string> = {
  "bad-request": "Bad Request",
  "invalid-json": "Bad Request",
  unauthorized: "Unauthorized",
  "not-found": "Not Found",
  "body-too-large": "Content Too Large",
  "unsupported-media-type": "Unsupported Media Type",
  "invalid-request": "Unprocessable Content",
  "binary-content": "Unprocessable Content",
  "internal-error": "Internal Server Error",
};

export const STATUS: Record<ProblemCode, ContentfulStatusCode> = {
  "bad-request": 400,
  "invalid-json": 400,
  unauthorized: 401,
  "not-found": 404,
  "body-too-large": 413,
  "unsupported-media-type": 415,
  "invalid-request": 422,
  "binary-content": 422,
  "internal-error": 500,
};

/** Thrown by handlers for an answer that is not a success; the app's error handler renders it. */
export class ProblemError extends Error {
  override readonly name = "ProblemError";
  constructor(
    readonly code: ProblemCode,
    detail: string,
    readonly errors?: Problem["errors"],
    readonly accepted?: Problem["accepted"],
  ) {
    super(detail);
  }
}

export function problem(
  code: ProblemCode,
  detail: string,
  errors?: Problem["errors"],
  accepted?: Problem["accepted"],
): Problem {
  return {
    type: "about:blank",
    title: TITLES[code],
    status: STATUS[code],
    code,
    detail,
    ...(errors ? { errors } : {}),
    ...(accepted ? { accepted } : {}),
  };
}

export function problemResponse(c: Context, body: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(body), STATUS[body.code], {
    "content-type": "application/problem+json",
    ...headers,
  });
}
