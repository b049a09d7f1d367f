/**
 * A request's parts as the API reads and checks them, without Hono: the routes' validators
 * (`openapi.ts`) and a Worker that answers some paths with its own `fetch` (the ingestion Worker's
 * `/v1/batches`) read a media type, a JSON body and a schema's verdict the same way.
 */
import * as z from "zod/mini";
import { ProblemError } from "./problem.js";
import { utf8Text } from "./utf8-body.js";

export const JSON_MEDIA_TYPE = /^application\/([a-z-.]+\+)?json/i;
const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/** Whether a request's `content-type` is one of the route's declared media types (`text/*` matches `text/csv`). */
export function matchesMediaType(contentType: string, mediaType: string): boolean {
  if (JSON_MEDIA_TYPE.test(mediaType)) return JSON_REQUEST.test(contentType);
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  if (mediaType.endsWith("/*")) return essence.startsWith(mediaType.slice(0, -1).toLowerCase());
  return essence === mediaType.toLowerCase();
}

/** A JSON body's media type, as Hono's `validator` tells one (`application/json`, `application/x+json`). */
const JSON_BODY = /^application\/([\w.-]+\+)?json$/i;

/**
 * The JSON body of a request of `contentType`: {} when the body is not JSON; when it does not parse, what
 * `malformed` makes of the message is thrown (the app's 400, Hono's `HTTPException` in a route's validator).
 */
export function jsonPart(
  contentType: string | undefined,
  bytes: Uint8Array,
  malformed: (message: string) => Error = (message) => new ProblemError("invalid-json", message),
): unknown {
  const mediaType = (contentType ?? "").split(";")[0]!.trim();
  if (!JSON_BODY.test(mediaType)) return {};
  const text = utf8Text(bytes, "the JSON body");
  try {
    return JSON.parse(text);
  } catch {
    throw malformed("Malformed JSON in request body");
  }
}

/** The part of the request a schema checks, named in a problem's `errors` (`query.limit`). */
export type Target = "query" | "param" | "json";

/** `value` as `schema` reads it; a failure is a 422 naming each field (`json.keys`). */
export async function checked<S extends z.ZodMiniType>(
  target: Target,
  schema: S,
  value: unknown,
): Promise<z.output<S>> {
  const result = await z.safeParseAsync(schema, value);
  if (result.success) return result.data;
  throw new ProblemError(
    "invalid-request",
    `invalid ${target}`,
    result.error.issues.map((issue) => ({
      path: [target, ...issue.path.map(String)].join("."),
      message: issue.message,
    })),
  );
}
