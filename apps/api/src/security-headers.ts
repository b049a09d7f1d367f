import type { MiddlewareHandler } from "hono";

/** Nothing of an API response is a page: no scripts, styles, frames or forms, whatever a client sniffs. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Headers on every response, errors included: `nosniff` so a browser never runs a JSON body or an
 * echoed file as script or HTML, a CSP that allows nothing unless a route sets its own (`/docs`
 * allows its one stylesheet), and no `Referer` sent from the docs page's links.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const response = secured(c.res);
  // Assigned only when copied: Hono's `res` setter copies every header into a new Response.
  if (response !== c.res) c.res = response;
};

/** `response` with the headers of `securityHeaders`: itself, or a copy when its headers are immutable (fetched). */
export function secured(response: Response): Response {
  let headers = response.headers;
  try {
    headers.set("x-content-type-options", "nosniff");
  } catch {
    // A Response with immutable headers (one fetched from elsewhere): answer with a copy.
    response = new Response(response.body, response);
    headers = response.headers;
    headers.set("x-content-type-options", "nosniff");
  }
  if (!headers.has("content-security-policy")) headers.set("content-security-policy", API_CSP);
  headers.set("referrer-policy", "no-referrer");
  return response;
}
