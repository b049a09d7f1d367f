/**
 * The Content-Security-Policy of every page: scripts and styles only from the site's own files
 * (no inline code, no eval), images also from the outlets' hosts because article bodies link them.
 * `frame-ancestors` only works as a header, so the <meta> version leaves it out.
 */
const SHARED_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: http: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

export const CSP_META = SHARED_DIRECTIVES.join("; ");

export const CSP_HEADER = [...SHARED_DIRECTIVES, "frame-ancestors 'none'"].join("; ");

/** Headers a static host should send with every response (also written to `_headers`). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CSP_HEADER,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** Cloudflare's `_headers` file: the security headers on every path, long caching for assets. */
export function cloudflareHeadersFile(): string {
  const lines = ["/*", ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  lines.push("", "/assets/*", "  Cache-Control: public, max-age=86400", "");
  return lines.join("\n");
}
