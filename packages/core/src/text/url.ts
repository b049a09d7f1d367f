/** URLs as a browser reads them, so that a check on the scheme sees what the browser will see. */
import { withoutControlCharacters } from "../assemble/control-characters.js";

/**
 * Normalises a URL the way the WHATWG URL parser does before it reads the scheme: C0 controls and
 * spaces are trimmed from both ends and every tab, line feed and carriage return inside is
 * removed. (Entities such as `&#x09;` are already characters here: the HTML parser decoded them.)
 * So `jav&#x09;ascript:`, `\njavascript:` and ` javascript:` all read as `javascript:`. Every other
 * control character inside is removed first, as core removes it from every field it emits: checked
 * with it, `java&#1;script:` would pass as a relative URL and be written out as `javascript:`.
 */
export function normaliseUrl(input: string): string {
  const url = withoutControlCharacters(input);
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  const trimmed = start === 0 && end === url.length ? url : url.slice(start, end);
  return TAB_OR_NEWLINE.test(trimmed) ? trimmed.replace(TAB_OR_NEWLINE_ALL, "") : trimmed;
}

const TAB_OR_NEWLINE = /[\t\n\r]/;
const TAB_OR_NEWLINE_ALL = /[\t\n\r]/g;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const WEB = /^(?:https?:)?\/\//i;

/**
 * The URL, normalised, when it is safe to put in `src` or `href`: `http:`, `https:`,
 * protocol-relative and relative URLs. Any other scheme (`javascript:`, `data:`, `vbscript:`,
 * `file:`) gives null, as does an empty URL.
 */
export function safeUrl(url: string): string | null {
  const normalised = normaliseUrl(url);
  if (normalised === "") return null;
  if (WEB.test(normalised)) return normalised;
  return SCHEME.test(normalised) ? null : normalised;
}

/**
 * An address that is only a scheme and a plain host: letters, digits, dots and hyphens, its last label opening
 * with a letter (a last label of digits or `0x…` makes the host an IPv4 number the URL parser rewrites), at most 33 labels, then a
 * path, query, fragment or the end. No port, user, white space, backslash or other character the parser reads.
 */
const PLAIN_HOST = /^https?:\/\/((?:[A-Za-z0-9-]{0,63}\.){0,32}[A-Za-z][A-Za-z0-9-]{0,62}\.?)(?=[/?#]|$)/i;

/**
 * The lower-case host of `url` as the WHATWG URL parser reads it (`new URL(url).hostname`), or null when it
 * is not a URL. Most addresses a parse asks about are plain (`PLAIN_HOST`): their host is read off the text,
 * without building a URL object (the parser's cost, some 0.6% of a parse). Any other goes to the parser,
 * which also decodes, maps Unicode hosts to Punycode (`xn--`) and rewrites numeric ones.
 */
export function urlHost(url: string): string | null {
  const host = PLAIN_HOST.exec(url)?.[1]?.toLowerCase();
  if (host !== undefined && !host.includes("xn--")) return host;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
