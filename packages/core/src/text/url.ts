/** URLs as a browser reads them, so that a check on the scheme sees what the browser will see. */
import { withoutControlCharacters } from "../assemble/control-characters.js";
import { escapePattern } from "./string-finder.js";

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

/**
 * A whole web address and nothing else (`http://…` or `https://…`, any case, no white space): what a reader takes for
 * a story's address when a line, a field or a link's target is only that. Trim first: white space at either end fails.
 */
export const WEB_ADDRESS = /^https?:\/\/\S+$/i;

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
 * Where the host of an address that opens with only a scheme and a plain host ends: `http://` or `https://`,
 * then letters, digits, dots and hyphens, its last label opening with a letter (a last label of digits or
 * `0x…` makes the host an IPv4 number the URL parser rewrites), then a path, a query, a fragment or the end.
 * -1 for any other address: a port, a user, white space, a backslash, Punycode (`xn--`, which the parser
 * checks) or any other character it reads. A loop, not a pattern: the title stage asks it of every page.
 */
function plainHostEnd(url: string): { start: number; end: number } | null {
  const scheme = url.slice(0, 8).toLowerCase();
  const start = scheme.startsWith("https://") ? 8 : scheme.startsWith("http://") ? 7 : -1;
  if (start === -1) return null;
  let end = start;
  let label = start;
  let lastLabel = start;
  for (; end < url.length; end++) {
    const code = url.charCodeAt(end);
    if (code === 0x2e) {
      lastLabel = label;
      label = end + 1;
    } else if (!(isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d)) break;
  }
  if (end < url.length && !"/?#".includes(url[end]!)) return null;
  // A trailing dot ends the host's last label; the label that must open with a letter is the one before it.
  const last = label === end && end > start ? lastLabel : label;
  if (last >= end || !isAsciiLetter(url.charCodeAt(last))) return null;
  return url.slice(start, end).toLowerCase().includes("xn--") ? null : { start, end };
}

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * The lower-case host of `url` as the WHATWG URL parser reads it (`new URL(url).hostname`), or null when it
 * is not a URL. Most addresses a parse asks about are plain (`plainHostEnd`): their host is read off the text,
 * without building a URL object (the parser's cost, some 0.6% of a parse). Any other goes to the parser,
 * which also decodes, maps Unicode hosts to Punycode (`xn--`) and rewrites numeric ones.
 */
export function urlHost(url: string): string | null {
  const plain = plainHostEnd(url);
  if (plain !== null) return url.slice(plain.start, plain.end).toLowerCase();
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Punctuation the URL parser keeps as written in a path (it encodes space, `"`, `<`, `>`, `` ` ``, `{`, `}`, non-ASCII…). */
const PATH_PUNCTUATION = "-._~!$&'()*+,;=:@%/";

/**
 * Whether the parser keeps `path` as written: only letters, digits and `PATH_PUNCTUATION`, and no segment it
 * resolves away (`.`, `..`, or one encoded as `%2e`), which takes the segment before with it.
 */
function isPlainPath(path: string): boolean {
  let segment = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i === path.length || path[i] === "/") {
      const length = i - segment;
      if ((length === 1 || length === 2) && path.startsWith(".".repeat(length), segment)) return false;
      segment = i + 1;
      continue;
    }
    const code = path.charCodeAt(i);
    if (isAsciiLetter(code) || (code >= 0x30 && code <= 0x39)) continue;
    if (!PATH_PUNCTUATION.includes(path[i]!)) return false;
    if (path[i] === "%" && path[i + 1] === "2" && (path[i + 2] === "e" || path[i + 2] === "E")) return false;
  }
  return true;
}

/**
 * `new URL(url).pathname`, or null when `url` is not a URL: read off the text for an address with a plain
 * host (`plainHostEnd`) and a plain path (`isPlainPath`), as `urlHost` reads the host; any other goes to the parser.
 */
export function urlPath(url: string): string | null {
  const plain = plainHostEnd(url);
  if (plain !== null) {
    let end = plain.end;
    while (end < url.length && url[end] !== "?" && url[end] !== "#") end++;
    const path = url.slice(plain.end, end);
    if (isPlainPath(path)) return path === "" ? "/" : path;
  }
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/**
 * An outlet's flash-feed list page (its 7x24, 电报, 快讯 or 直播 page): scrapers give it as the link of a flash that has
 * no page of its own (`"url": it.get("uri") or "https://wallstreetcn.com/live/global"`), as the channel link of a feed
 * of flashes, or as the page they read the flashes off: the feed's page, never a story's address. Each row names the
 * outlet and where scrapers' code in the search index writes the page (the index's file ids); a story under the page
 * (`36kr.com/newsflashes/3783080587926793`, `gelonghui.com/live/2521822`) is a page of its own and no row. Keyed by
 * host without `www.` and path without its closing `/` (金十's feed is its home page, so its key is the bare host).
 */
const FLASH_FEED_PAGES: ReadonlySet<string> = new Set([
  "finance.sina.com.cn/7x24", // 新浪财经: fresh-84's FinHOT items (a flash's url); 2508236881 (a main page)
  "cls.cn/telegraph", // 财联社电报: 55839211946 (a flash's url), 234712241 (a feed's link)
  "wallstreetcn.com/live/global", // 华尔街见闻: 57400099753 (a flash's url when it has no uri)
  "jin10.com", // 金十数据, whose feed is its home page: 62451500495, 58064500039 (every flash's url)
  "kuaixun.eastmoney.com", // 东方财富快讯: 60900227642 (a flash's link when it has no url_unique)
  "kuaixun.eastmoney.com/7_24.html", // 东方财富 7x24: 42020987717 (a flash's link)
  "yicai.com/brief", // 第一财经: 56003612057 (a list page), 55857288308 (a referer)
  "gelonghui.com/live", // 格隆汇: 58178798887 (a collector's page), 57615748178 (a referer)
  "36kr.com/newsflashes", // 36氪: 281879287 (a feed's page), 33028726462 (a referer)
]);

const SLASH = 0x2f;

/**
 * Hosts that name no site: a template's or a sample's placeholder (`https://example.com/news/1`, a dev server's
 * `http://localhost:3000/…`), never where a story was published. The names RFC 2606 and RFC 6761 reserve for it
 * (example.com/.net/.org, the `.example`, `.test`, `.invalid`, `.localhost` domains), the loopback and unspecified
 * addresses, and `test.com`, which samples use as freely.
 */
const PLACEHOLDER_HOSTS: ReadonlySet<string> = new Set([
  ...["example.com", "example.net", "example.org", "test.com"],
  // `localhost` is one of the reserved domains below.
  ...["127.0.0.1", "0.0.0.0", "[::1]"],
]);
const PLACEHOLDER_DOMAINS = ["example", "test", "invalid", "localhost"];
/**
 * Any name of `PLACEHOLDER_HOSTS` or `PLACEHOLDER_DOMAINS` within a host: a placeholder holds one, so a host without
 * one (nearly every host a parse asks about, several times a parse) is answered by one search, not a look-up a label.
 */
const PLACEHOLDER_NAME = new RegExp(
  [...PLACEHOLDER_HOSTS, ...PLACEHOLDER_DOMAINS].map(escapePattern).join("|"),
);

/** Whether a link's host is a placeholder (`PLACEHOLDER_HOSTS`, or under one or under a reserved domain). */
export function isPlaceholderLink(link: string): boolean {
  const host = urlHost(link);
  if (host === null || !PLACEHOLDER_NAME.test(host)) return false;
  // The host and each parent domain of it, read from its dots: as many checks as the host has labels.
  for (let at = 0; at !== -1; at = host.indexOf(".", at) + 1 || -1) {
    if (PLACEHOLDER_HOSTS.has(host.slice(at))) return true;
  }
  const top = host.slice(host.lastIndexOf(".") + 1);
  return PLACEHOLDER_DOMAINS.includes(top);
}

/** Whether a link is a flash feed's own page (`FLASH_FEED_PAGES`), its query and fragment aside. */
export function isFlashFeedPage(link: string): boolean {
  const host = urlHost(link);
  const path = host === null ? null : urlPath(link);
  if (path === null) return false;
  // The path without its closing slashes, read back from the end: linear, as a `/\/+$/` search is not on a run of them.
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  return FLASH_FEED_PAGES.has(`${host!.startsWith("www.") ? host!.slice(4) : host}${path.slice(0, end)}`);
}
