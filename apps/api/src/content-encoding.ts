import { readToLimit } from "@caixun/inputs/policy";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./deps.js";
import { ProblemError } from "./problem.js";

/** The formats of `DecompressionStream` the API uses (the Workers types name them; Node's do not). */
type Format = "gzip" | "deflate";

/**
 * The content codings a request body may carry (RFC 9110 §8.4): those `DecompressionStream` decodes on Node and in
 * workerd alike, read as a stream so the decoded size is bounded while it is made. `br` is not among them:
 * workerd's `DecompressionStream` has no Brotli, and one API answers one way on both.
 */
const DECODED: Record<string, Format> = { gzip: "gzip", "x-gzip": "gzip", deflate: "deflate" };

/**
 * A request body with `Content-Encoding` is decoded before any route reads it, to at most the body limit (a zip
 * bomb is 413 once it has made one byte past the limit, never held whole); a coding not decoded here is 415 with
 * `Accept-Encoding` naming those that are (RFC 9110 §15.5.16). Without this the coded bytes were read as if plain:
 * a deflate body parsed as binary, a Brotli one as text.
 */
export const decodeContentEncoding: MiddlewareHandler<AppEnv> = async (c, next) => {
  const decoded = await decodedRequest(c.req.raw, c.var.deps.bodyLimit);
  if (decoded !== c.req.raw) c.req.raw = decoded;
  return next();
};

/** `request` with its body decoded as `decodeContentEncoding` decodes it: itself when it has no coding. */
export async function decodedRequest(request: Request, limit: number): Promise<Request> {
  const body = request.body;
  if (body === null) return request;
  const codings = (request.headers.get("content-encoding") ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  if (codings.length === 0) return request;
  const unknown = codings.find((coding) => !Object.hasOwn(DECODED, coding));
  if (unknown !== undefined || codings.length > 1)
    throw new ProblemError(
      "unsupported-media-type",
      unknown !== undefined
        ? `Content-Encoding ${unknown} is not decoded here; send the body plain, gzip or deflate`
        : `Content-Encoding ${codings.join(", ")} stacks codings; send the body plain or with one of gzip, deflate`,
      undefined,
      { "accept-encoding": "gzip, deflate" },
    );
  const coding = codings[0]!;
  const decoded = await decompressedToLimit(body, DECODED[coding]!, limit, `the ${coding} body`);
  const headers = new Headers(request.headers);
  headers.delete("content-encoding");
  headers.delete("content-length");
  return new Request(request, { headers, body: decoded });
}

/**
 * A compressed stream decompressed up to `limit` bytes and no further. The limit bounds what a client sends, and a
 * few kilobytes of gzip can expand to gigabytes of records: held to the same limit as a plain body, no request makes
 * the server parse, or answer, more than it is sized for. `what` names the body in the problem.
 */
export async function decompressedToLimit(
  compressed: ReadableStream<BufferSource>,
  format: Format,
  limit: number,
  what: string,
): Promise<Uint8Array<ArrayBuffer>> {
  let out: Uint8Array | null;
  try {
    out = await readToLimit(compressed.pipeThrough(new DecompressionStream(format)), limit);
  } catch (error) {
    throw new ProblemError("invalid-request", `${what} does not decompress: ${(error as Error).message}`);
  }
  if (out === null) throw new ProblemError("body-too-large", `${what} decompresses to over ${limit} bytes`);
  // readToLimit copies the chunks into a buffer of its own.
  return out as Uint8Array<ArrayBuffer>;
}
