import { MARKDOWN_LINKS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
// markdown-it's link normalising, with the same answers as markdown-it 14 (mdurl 2 and punycode.js
// 2.3 under it; `test/markdown-links.test.ts` holds them equal on arbitrary URLs) in core's own
// smaller code: only the parts of mdurl's `parse`, `format`, `encode` and `decode` that markdown-it's
// calls reach, for browsers' bytes (issue 11).
import { toASCII, toUnicode } from "./punycode.js";

/**
 * The patterns below are compiled from their literals (`MARKDOWN_LINKS_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let markdownLinksPatternsCompiled = false;
let BAD_PROTOCOL: RegExp;
let GOOD_DATA: RegExp;
let PROTOCOL: RegExp;
let PORT: RegExp;
/** A host name's label as mdurl lets it stand, any non-ASCII character counting as a letter. */
let HOST_LABEL: RegExp;
/** mdurl's split of a label it does not let stand: the part that may, the rest (`.` stops at line ends). */
let HOST_LABEL_START: RegExp;
/**
 * What percent-encoding looks at: a `%XX` escape (kept), a surrogate pair or any other character but
 * letters, digits and mdurl's `encode.defaultChars` (encoded).
 */
let TO_ENCODE: RegExp;

/** Compiles `MARKDOWN_LINKS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileMarkdownLinksPatterns(): void {
  [BAD_PROTOCOL, GOOD_DATA, PROTOCOL, PORT, HOST_LABEL, HOST_LABEL_START, TO_ENCODE, HOST_END] =
    MARKDOWN_LINKS_PATTERNS.map(regexFromLiteral) as RegExps<8>;
  markdownLinksPatternsCompiled = true;
}

/** Host names are recoded only for these schemes (and scheme-relative URLs), as markdown-it does. */
const RECODE_HOSTNAME_FOR = ["http:", "https:", "mailto:"];
/** Schemes whose URLs have `//` before the host; mdurl compares them as written (so `HTTP:` is not one). */
const SLASHED_PROTOCOLS = ["http:", "https:", "ftp:", "gopher:", "file:"];
/** What ends a host name once the user part is off: mdurl's `nonHostChars`. */
let HOST_END: RegExp;
const HOST_NAME_MAX_LENGTH = 255;
/** What percent-decoding leaves encoded: mdurl's `decode.defaultChars` and `%` (markdown-it issue 720). */
const KEEP_ENCODED = ";/?:@&=+$,#%";

/** markdown-it's link filter: no `javascript:`, `vbscript:`, `file:`, non-image `data:`. */
export function validateLink(url: string): boolean {
  if (!markdownLinksPatternsCompiled) compileMarkdownLinksPatterns();
  const lower = url.trim().toLowerCase();
  return BAD_PROTOCOL.test(lower) ? GOOD_DATA.test(lower) : true;
}

/** markdown-it's link normaliser: percent-encoded, host names in punycode. */
export function normalizeLink(url: string): string {
  if (!markdownLinksPatternsCompiled) compileMarkdownLinksPatterns();
  return withHostName(url, toASCII).replace(TO_ENCODE, (match) =>
    match.length === 3
      ? match
      : match.length === 1 && match >= "\uD800" && match <= "\uDFFF"
        ? "%EF%BF%BD"
        : encodeURIComponent(match),
  );
}

/** markdown-it's link text normaliser: percent-decoded (but `%` itself), Unicode host names. */
export function normalizeLinkText(url: string): string {
  return withHostName(url, toUnicode).replace(/(?:%[0-9A-Fa-f]{2})+/g, percentDecoded);
}

/**
 * `url` as mdurl parses it (host names from `//`) and formats it again, its host name recoded by
 * `recode` for the schemes markdown-it recodes (and scheme-relative URLs); a host name `recode`
 * cannot take stays as it is.
 */
function withHostName(url: string, recode: (host: string) => string): string {
  if (!markdownLinksPatternsCompiled) compileMarkdownLinksPatterns();
  let rest = url.trim();
  const protocol = PROTOCOL.exec(rest)?.[0] ?? "";
  rest = rest.slice(protocol.length);
  let slashes = "";
  if (rest.startsWith("//") && protocol !== "javascript:") {
    slashes = "//";
    rest = rest.slice(2);
  }
  let auth = "";
  let hostname = "";
  let port = "";
  if (
    protocol !== "javascript:" &&
    (slashes !== "" || (protocol !== "" && !SLASHED_PROTOCOLS.includes(protocol)))
  ) {
    // The user part ends at the last `@` before the first `/`, `?` or `#`.
    const pathStart = rest.search(/[/?#]/);
    const at = pathStart === -1 ? rest.lastIndexOf("@") : rest.lastIndexOf("@", pathStart);
    if (at !== -1) {
      // An empty user part is written without its `@`, as mdurl's `format` does.
      if (at > 0) auth = `${rest.slice(0, at)}@`;
      rest = rest.slice(at + 1);
    }
    let hostEnd = rest.search(HOST_END);
    if (hostEnd === -1) hostEnd = rest.length;
    if (rest[hostEnd - 1] === ":") hostEnd--;
    hostname = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    const portMatch = PORT.exec(hostname);
    if (portMatch !== null) {
      port = portMatch[0] === ":" ? "" : portMatch[0];
      hostname = hostname.slice(0, portMatch.index);
    }
    const ipv6 = hostname.startsWith("[") && hostname.endsWith("]");
    if (!ipv6) {
      // Up to the first label mdurl does not let stand; what follows it belongs to the path.
      const labels = hostname.split(".");
      const bad = labels.findIndex((label) => !HOST_LABEL.test(label));
      if (bad !== -1) {
        const split = HOST_LABEL_START.exec(labels[bad]!);
        const host = labels.slice(0, bad);
        const notHost = labels.slice(bad + 1);
        if (split !== null) {
          host.push(split[1]!);
          notHost.unshift(split[2]!);
        }
        rest = notHost.join(".") + rest;
        hostname = host.join(".");
      }
    }
    if (hostname.length > HOST_NAME_MAX_LENGTH) hostname = "";
    if (ipv6) hostname = hostname.slice(1, -1);
    if (hostname !== "" && (protocol === "" || RECODE_HOSTNAME_FOR.includes(protocol))) {
      try {
        hostname = recode(hostname);
      } catch {
        // As markdown-it: the host name as written.
      }
    }
    if (hostname.includes(":")) hostname = `[${hostname}]`;
  }
  return protocol + slashes + auth + hostname + port + rest;
}

/** A run of `%XX` escapes decoded as mdurl decodes UTF-8 (its own count of U+FFFD for a bad sequence). */
function percentDecoded(run: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i += 3) bytes.push(Number.parseInt(run.slice(i + 1, i + 3), 16));
  let text = "";
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      const char = String.fromCharCode(lead);
      text += KEEP_ENCODED.includes(char) ? `%${lead.toString(16).toUpperCase().padStart(2, "0")}` : char;
      i++;
      continue;
    }
    // The sequence's length as its lead byte says; mdurl tries that length alone.
    const size = lead >= 0xf8 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    let point = lead & (0x7f >> size);
    let whole = size > 1 && i + size <= bytes.length;
    for (let k = 1; whole && k < size; k++) {
      const next = bytes[i + k]!;
      whole = (next & 0xc0) === 0x80;
      point = (point << 6) | (next & 0x3f);
    }
    if (!whole) {
      text += "\uFFFD";
      i++;
      continue;
    }
    const shortest = point >= (size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000);
    text +=
      shortest && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff)
        ? String.fromCodePoint(point)
        : "\uFFFD".repeat(size);
    i += size;
  }
  return text;
}
