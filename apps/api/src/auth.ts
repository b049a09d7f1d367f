import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./deps.js";
import { ProblemError } from "./problem.js";

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/** Compares digests in constant time, so response timing says nothing about how much of a guess was right. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

function unauthorized(detail: string): ProblemError {
  return new ProblemError("unauthorized", detail, undefined, { "www-authenticate": 'Bearer realm="caixun"' });
}

/** The 401 for a request whose `authorization` header is not `Bearer <expected>`; null when it is. */
export async function tokenRefusal(
  authorization: string | undefined,
  expected: string | undefined,
): Promise<ProblemError | null> {
  if (!expected) return unauthorized("writes are disabled: the server has no API_TOKEN configured");
  const given = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "")?.[1];
  if (!given) return unauthorized("send Authorization: Bearer <token>");
  return (await sameSecret(given, expected)) ? null : unauthorized("the bearer token is wrong");
}

/** Lets a request through only with `Authorization: Bearer <the configured token>`. */
export const requireToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  const refused = await tokenRefusal(c.req.header("authorization"), c.var.deps.token);
  if (refused) throw refused;
  await next();
};
