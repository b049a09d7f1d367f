import {
  AGENCY_HOSTS,
  AGGREGATOR_HOSTS,
  OUTLET_HOSTS,
  PLATFORM_HOSTS,
  SITE_TITLE_NAMES,
} from "@caixun/core/credits/hosts";
import { urlHost, urlPath } from "../text/url.js";

/**
 * What a story's address says of its credits, by its host, and what a text spells of it. The tables of
 * hosts are data of their own (`credits/hosts.ts`, read by a Worker from its static assets); the sets of
 * names derived from them are made at first use, after a Worker has read them.
 */

/** The outlet whose site `url` is on, or null. */
export function outletOfUrl(url: string): string | null {
  return hostEntry(url, OUTLET_HOSTS);
}

/** The outlet a story at `url` is by: the agency for a reporter's story on its own site, else the site's outlet. */
export function outletOfStoryUrl(url: string, byReporter: boolean): string | null {
  return (byReporter ? hostEntry(url, AGENCY_HOSTS) : null) ?? outletOfUrl(url);
}

/** The entry of `table` for the host of `url` or any parent domain of it, or null. */
function hostEntry(url: string, table: Readonly<Record<string, string>>): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  for (let name = host; name.includes("."); name = name.slice(name.indexOf(".") + 1)) {
    if (Object.hasOwn(table, name)) return table[name]!;
  }
  return null;
}

/** Second-level labels under a country's domain that are not a site's name (`sina.com.cn`, `bbc.co.uk`). */
const SECOND_LEVEL = new Set(["com", "net", "org", "gov", "edu", "co", "ac"]);

/** The site a host belongs to, its registered name (`finance.sina.com.cn` → `sina.com.cn`), or null. */
function siteOfHost(host: string | null): string | null {
  if (host === null) return null;
  const labels = host.split(".");
  if (labels.length < 2) return null;
  const country = labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!);
  return labels.slice(country ? -3 : -2).join(".");
}

/** Whether two addresses are on one site (`www.cls.cn/subject/1556` and `www.cls.cn/detail/2366149`). */
export function sameSite(a: string, b: string): boolean {
  const site = siteOfHost(hostOf(a));
  return site !== null && site === siteOfHost(hostOf(b));
}

/**
 * The last address read and its host: a parse asks for the outlet and the aggregator of one
 * original link from the credits and the title stages, and parsing a URL costs more than the rest.
 */
let lastUrl: string | null = null;
let lastHost: string | null = null;

/** The lower-case host of `url`, or null when it is not a URL. */
function hostOf(url: string): string | null {
  if (url !== lastUrl) {
    lastUrl = url;
    lastHost = urlHost(url);
  }
  return lastHost;
}

/** The aggregator whose site `url` is on, or null. */
export function aggregatorOfUrl(url: string): string | null {
  return hostEntry(url, AGGREGATOR_HOSTS);
}

/** The account platform whose site `url` is on (`百家号`), or null. */
export function platformOfUrl(url: string): string | null {
  return hostEntry(url, PLATFORM_HOSTS);
}

/** The names of `SITE_TITLE_NAMES`, made at first use. */
let siteTitleNames: ReadonlySet<string> | undefined;

/** Whether a name is one a site hosting others' writing puts after its pages' headlines (`知乎`, `今天看啥`). */
export function isSiteTitleName(name: string): boolean {
  siteTitleNames ??= new Set(Object.values(SITE_TITLE_NAMES));
  return siteTitleNames.has(name);
}

/** The name the site of `url` puts after its pages' headlines (`知乎`), when it hosts others' writing; else null. */
export function siteTitleNameOfUrl(url: string): string | null {
  return hostEntry(url, SITE_TITLE_NAMES);
}

/** Labels of a host that name no site: its service, its top-level and second-level domains. */
const GENERIC_LABELS = new Set([
  "www",
  "m",
  "mp",
  "wap",
  "blog",
  "blogs",
  "news",
  ...SECOND_LEVEL,
  "cn",
  "io",
]);

/**
 * The words an address spells, squeezed (lower case, letters and digits only, three at least): its
 * host's labels but the generic ones, and its path's segments (`medium.com/geekculture/…` →
 * `medium`, `geekculture`, …). A page's title may end with the names it was published under, which
 * its address spells the same way (`| Geek Culture | Medium`).
 */
export function addressWords(url: string): string[] {
  const host = hostOf(url);
  if (host === null) return [];
  const path = urlPath(url);
  if (path === null) return [];
  const labels = host.split(".").filter((label) => !GENERIC_LABELS.has(label));
  return [...labels, ...path.split("/")].map(squeezeWord).filter((word) => word.length >= 3);
}

/** A name as an address would spell it: lower case, letters and digits only. */
export function squeezeWord(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/gu, "");
}

/** A run of Latin letters and digits: the words a site's name is spelled in. */
const LATIN_WORD = /[A-Za-z0-9]+/g;
/** The fewest letters a host's label must have to be matched against a spelled name. */
const SPELLED_LABEL_MIN = 4;

/**
 * The site's name as a text spells it, where the host of `url` writes it run together: words of one of
 * `texts` whose letters, lower case and joined, are one of the host's labels but the generic ones
 * (`vixandmore.blogspot.com` and `VIX and More: Chart of the Week`, `humblestudentofthemarkets` and the file
 * name `Humble-Student-of-the-Markets--…`, `www.freebuf.com` and a feed titled `FreeBuf网络安全行业门户`). The
 * words as the text writes them, a space between; null when no text spells a label.
 */
export function spelledHostName(url: string, texts: readonly string[]): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  const labels = host
    .split(".")
    .slice(0, -1)
    .filter((label) => label.length >= SPELLED_LABEL_MIN && !GENERIC_LABELS.has(label));
  if (labels.length === 0) return null;
  for (const text of texts) {
    const words = text.match(LATIN_WORD);
    if (words === null) continue;
    for (let start = 0; start < words.length; start++) {
      let joined = "";
      for (let end = start; end < words.length && joined.length < host.length; end++) {
        joined += words[end]!.toLowerCase();
        if (labels.includes(joined)) return words.slice(start, end + 1).join(" ");
      }
    }
  }
  return null;
}
