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
  let headers = c.res.headers;
  try {
    headers.set("x-content-type-options", "nosniff");
  } catch {
    // A Response with immutable headers (one fetched from elsewhere): answer with a copy.
    c.res = new Response(c.res.body, c.res);
    headers = c.res.headers;
    headers.set("x-content-type-options", "nosniff");
  }
  if (!headers.has("content-security-policy")) headers.set("content-security-policy", API_CSP);
  headers.set("referrer-policy", "no-referrer");
};
