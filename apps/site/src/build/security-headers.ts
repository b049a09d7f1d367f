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

/**
 * Assets carry a hash of their content in their names (site.3f9c2a1b.css), so a name never
 * changes content: browsers and CDNs may keep them for a year without asking again.
 */
export const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** Cloudflare's `_headers` file: the security headers on every path, immutable caching for assets. */
export function cloudflareHeadersFile(): string {
  const lines = ["/*", ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  lines.push("", "/assets/*", `  Cache-Control: ${ASSET_CACHE_CONTROL}`, "");
  return lines.join("\n");
}
