/// <reference path="./punycode.d.ts" />
import * as mdurl from "mdurl";
import punycode from "punycode.js";

const BAD_PROTOCOL = /^(vbscript|javascript|file|data):/;
const GOOD_DATA = /^data:image\/(gif|png|jpeg|webp);/;
/** Host names are recoded only for these schemes (and scheme-relative URLs), as markdown-it does. */
const RECODE_HOSTNAME_FOR = ["http:", "https:", "mailto:"];

/** markdown-it's link filter: no `javascript:`, `vbscript:`, `file:`, non-image `data:`. */
export function validateLink(url: string): boolean {
  const lower = url.trim().toLowerCase();
  return BAD_PROTOCOL.test(lower) ? GOOD_DATA.test(lower) : true;
}

/** markdown-it's link normaliser: percent-encoded, host names in punycode. */
export function normalizeLink(url: string): string {
  return mdurl.encode(mdurl.format(withHostName(url, punycode.toASCII)));
}

/** markdown-it's link text normaliser: percent-decoded (but `%` itself), Unicode host names. */
export function normalizeLinkText(url: string): string {
  // `%` stays encoded (markdown-it issue 720).
  return mdurl.decode(mdurl.format(withHostName(url, punycode.toUnicode)), `${mdurl.decode.defaultChars}%`);
}

/**
 * `url` parsed, its host name recoded by `recode` for the schemes markdown-it recodes (and
 * scheme-relative URLs); a host name `recode` cannot take stays as it is.
 */
function withHostName(url: string, recode: (host: string) => string) {
  const parsed = mdurl.parse(url, true);
  if (parsed.hostname && (!parsed.protocol || RECODE_HOSTNAME_FOR.includes(parsed.protocol))) {
    try {
      parsed.hostname = recode(parsed.hostname);
    } catch {
      // As markdown-it: the host name as written.
    }
  }
  return parsed;
}
