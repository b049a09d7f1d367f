import { canonicalOutlet, looksLikeOutlet, outletKey } from "./outlets.js";

/**
 * A site's name after the headline: feeds and mirrors copy a page's `<title>`, which many sites
 * write as `headline – site` (`科技股领涨 美股上扬 – 法国国际广播电台 - RFI`, `标题 | 美国之音`,
 * `标题_新浪财经`, `标题 - 今日经济` for a column). The tail is not the title; when it names an outlet
 * it says which site the story is on.
 *
 * A tail after a separator is the site's when one of these holds, tried from the end, part by part:
 * - it is the outlet the caller already knows (the story link's site, a page's `og:site_name`);
 * - it reads as an outlet (`looksLikeOutlet`: a known name, or a name ending as outlets do);
 * - after a spaced separator, it is a short acronym (`RFI`, `BBC`, `FT`);
 * - after a spaced separator, it is a short name of letters only — no digit, no punctuation, no
 *   space (a column: `今日经济`). Headlines are not split by a spaced dash or bar before a few bare
 *   characters; a date after one (`金融简报 - 2026-02-15`) or a clause (`…？｜高岩，不能忘却的纪念`) is
 *   part of the title and stays.
 * `_` (how Chinese portals join title parts) splits only before a name that reads as an outlet: an
 * aggregator also leaves `_` where quotes were (`1021家企业入列东莞新一轮_倍增计划_名单`).
 */
export interface SiteSuffix {
  /** The headline without the site's parts. */
  headline: string;
  /** The outlet the tail names, when one part reads as an outlet (`法国国际广播电台`); else null. */
  site: string | null;
}

export interface SiteSuffixSettings {
  /** Longest tail, in code points, read as a column's name by its shape alone (`今日经济`). */
  titleSuffixMaxLength: number;
  /** Shortest headline, in code points, left once a tail is taken off; else the tail stays. */
  titleHeadlineMinLength: number;
}

/**
 * The last separator of a title and what follows it. A spaced `-`, `–`, `—` or `|`, a `｜` with
 * or without spaces, or `_`. @bounded: the tail is at most 40 characters, and each start of a
 * tail is entered only where no separator character precedes it.
 */
const TAIL = /(?<![\s_|｜\-–—])(\s+[-–—|｜]\s+|\s*｜\s*|_)([^\s_|｜\-–—][^_|｜\-–—]{0,39})$/u;
/** A short acronym: `RFI`, `BBC`, `FT`, `VOA`. */
const ACRONYM = /^[A-Z]{2,6}$/u;
/** Letters only, Han or Latin: a column's or a site's bare name. */
const BARE_NAME = /^[\p{Script=Han}A-Za-z]+$/u;

/** The title without the site name (and column) the page's `<title>` put after the headline. */
export function splitSiteSuffix(
  title: string,
  known: readonly string[],
  settings: Readonly<SiteSuffixSettings>,
): SiteSuffix {
  const knownKeys = new Set(known.map(outletKey));
  let headline = title.trim();
  let site: string | null = null;
  for (;;) {
    const match = TAIL.exec(headline);
    if (match === null) break;
    const separator = match[1]!;
    const tail = match[2]!.trim();
    const rest = headline.slice(0, match.index).trim();
    if ([...rest].length < settings.titleHeadlineMinLength) break;
    const spaced = /\s/u.test(separator);
    const knownName = knownKeys.has(outletKey(tail));
    const outlet = knownName || looksLikeOutlet(tail);
    const length = [...tail].length;
    // A column's bare name is short beside the headline (`万圣节假期法国旅游业仍将低迷 - 今日经济`).
    const shaped =
      spaced &&
      (ACRONYM.test(tail) ||
        (BARE_NAME.test(tail) && length <= settings.titleSuffixMaxLength && length * 2 <= [...rest].length));
    if (!outlet && !shaped) break;
    // The last part that reads as an outlet names the site (`新浪网` of `标题 - 财经频道 - 新浪网`); an
    // acronym after it is the same site's short name (`法国国际广播电台 - RFI`).
    if (outlet && !ACRONYM.test(tail)) site ??= canonicalOutlet(tail);
    headline = rest;
  }
  return { headline, site };
}
