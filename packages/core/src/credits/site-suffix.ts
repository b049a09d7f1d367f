import { CREDITS_SITE_SUFFIX_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { addressWords, isSiteTitleName, outletOfUrl, siteTitleNameOfUrl, squeezeWord } from "./domains.js";
import {
  CARRIER_PORTALS,
  canonicalOutlet,
  isCarrierPortalSite,
  looksLikeOutlet,
  outletKey,
  platformOutlet,
  sameOutlet,
} from "./outlets.js";

/**
 * The patterns below are compiled from their literals (`CREDITS_SITE_SUFFIX_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let creditsSiteSuffixPatternsCompiled = false;
let TEMPLATE_SITE_NAME: RegExp;
/**
 * The last separator of a title and what follows it. A spaced `-`, `–`, `—`, `|` or `_` (东方财富网's
 * `标题 _ 数据中心 _ 东方财富网`), a `｜` with or without spaces, a bare `_`, or a dash glued to the headline
 * with a space after it (`标题- 宏观研究报告 _ …`: `HALF_SPACED` says when that one counts). @bounded: the
 * tail is at most 40 characters, and each start of a tail is entered only where no separator character
 * precedes it. The look-ahead first asks for one of the characters every separator opens with: the engine
 * finds no first character of its own behind the look-behind and `\s*｜`, and tried the look-behind and each
 * separator at every character of the title (108 titles of the shared corpus: 0.51 → 0.25 M instructions a round).
 */
let TAIL: RegExp;
/**
 * A portal's page title with its channel and its own name each after a doubled hyphen (人民网's `标题--财经--人民网`, as
 * an API that scraped the page returns it). One `--` is no separator: Reuters' Chinese headlines close with their
 * speaker after one (`…开展沪伦通--上交所`). @bounded: anchored; the channel at most 12 characters, the site 20.
 */
let CHANNEL_AND_SITE: RegExp;
/** A dash with a space after it only: a separator once the site's name has come off the same title. */
let HALF_SPACED: RegExp;
/**
 * A dash glued to the headline and the name after it (`标题-36氪`); not one inside a Latin word or
 * number (`DeepSeek-V4`). @bounded: the name is at most 20 characters with no separator in it.
 */
let GLUED_TAIL: RegExp;
/** A short acronym: `RFI`, `BBC`, `FT`, `VOA`. */
let ACRONYM: RegExp;
/** Letters only, Han or Latin: a column's or a site's bare name. */
let BARE_NAME: RegExp;
/** A keyword a portal glues to its pages' titles with `|`: a word, no space and no punctuation. */
let KEYWORD: RegExp;
/**
 * A section of a data site that files documents others wrote (`宏观研究报告 _ 数据中心 _ 东方财富网` over a broker's note,
 * `个股研报`, `公司公告`): the site after it shows the document — its carrier, not its outlet.
 */
let DOCUMENT_SECTION: RegExp;
/**
 * `writer｜headline`, `【column】writer｜headline`: a writer's name before the headline, as aggregators
 * title the stories they carry. @bounded: the column tag is at most 12 characters and the writer 16.
 */
let WRITER_PREFIX: RegExp;
/**
 * `<programme> EP<n>` opening a title (`Money DJ EP465 - DJ有事嗎 | …`, `財報狗EP585 - 逐字稿`): a podcast episode's page,
 * titled by its programme and the episode's number, then a separator or the end. @bounded: anchored, the name at most
 * 24 characters with no separator in it.
 */
let EPISODE_TITLE: RegExp;
/** A platform's name, a dot or a bar, and the column's name. @bounded: anchored, both names bounded. */
let COLUMN_PLATFORM_FIRST: RegExp;
/**
 * A site named for its owner as a person's blog or notes are (`卢穗杰的博客`, `烟囱的美股学习笔记`, `阮一峰的网络日志`): the
 * owner's name (a handle may be Latin: `Leo的博客`), 的, then what the site keeps. @bounded: anchored, both runs bounded.
 */
let PERSONAL_SITE_NAME: RegExp;

/** Compiles `CREDITS_SITE_SUFFIX_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileCreditsSiteSuffixPatterns(): void {
  [
    TEMPLATE_SITE_NAME,
    TAIL,
    CHANNEL_AND_SITE,
    HALF_SPACED,
    GLUED_TAIL,
    ACRONYM,
    BARE_NAME,
    KEYWORD,
    DOCUMENT_SECTION,
    WRITER_PREFIX,
    EPISODE_TITLE,
    COLUMN_PLATFORM_FIRST,
    PERSONAL_SITE_NAME,
  ] = CREDITS_SITE_SUFFIX_PATTERNS.map(regexFromLiteral) as RegExps<13>;
  creditsSiteSuffixPatternsCompiled = true;
}

/**
 * A site's name after the headline: feeds and mirrors copy a page's `<title>`, which many sites
 * write as `headline – site` (`科技股领涨 美股上扬 – 法国国际广播电台 - RFI`, `标题 | 美国之音`,
 * `标题_新浪财经`, `标题 - 今日经济` for a column). The tail is not the title; when it names an outlet
 * it says which site the story is on.
 *
 * A tail after a separator is the site's when one of these holds, tried from the end, part by part:
 * - it is the outlet the caller already knows (the story link's site, a page's `og:site_name`), and
 *   then its dash may be glued to the headline (`标题-36氪`);
 * - it reads as an outlet (`looksLikeOutlet`: a known name, or a name ending as outlets do);
 * - after a spaced separator, it is a short acronym (`RFI`, `BBC`, `FT`);
 * - after a spaced separator, it is a short name of letters only — no digit, no punctuation, no
 *   space (a column: `今日经济`) — and the title is known to be a site's: the caller knows the site
 *   (`known`), or a later part named an outlet. A date after a separator (`金融简报 - 2026-02-15`), a
 *   clause (`…？｜高岩，不能忘却的纪念`) or a short phrase of a title no site is known for
 *   (`华为发布新款手机 - 遥遥领先`) is part of the title and stays. This shape is read only in titles
 *   copied from a page (`byShape`): a title someone wrote in front matter (`2023年度总结 - 投资篇`)
 *   keeps its parts. A title known to be a page's (`pageTitle`: a read-it-later app's export states it)
 *   is sited, and its last bare name names the site when no part reads as an outlet (`标题 | 爱范儿`).
 * `_` (how Chinese portals join title parts) splits only before a name that reads as an outlet, or a
 * portal's own name: the portal's (`网易`) or its self-publishing platform's (`网易号`, `网易订阅`); an aggregator
 * also leaves `_` where quotes were (`1021家企业入列东莞新一轮_倍增计划_名单`). A portal's title may carry the page's keywords
 * glued on with `|` before the site's name (`标题|贷款|建行_网易订阅`, as 163.com titles its pages): once the
 * site's or portal's name has come off, short words there are keywords, not the headline.
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
  /** Longest keyword, in code points, a portal glues to the headline with `|`. */
  titleKeywordMaxLength: number;
}

/**
 * Whether a site's name is the one a site template ships with, never set by the site (`标题_我的网站`, as
 * PbootCMS's and DedeCMS's templates title their pages until the owner names the site; `网站名称`): it
 * names no site and no outlet.
 */
export function isTemplateSiteName(name: string): boolean {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  return TEMPLATE_SITE_NAME.test(name.trim());
}

/**
 * Whether a site's name is a person's own site's (`PERSONAL_SITE_NAME`): one writer's blog or notes publish as no
 * outlet, so the name leaves a title as a template's does and names no source.
 */
export function isPersonalSiteName(name: string): boolean {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  return PERSONAL_SITE_NAME.test(name.trim());
}

/** How much longer than its site's name a tail naming the site may be (`少数派会员 π+Prime`, `CSDN博客`). */
const SITE_TAIL_EXTRA = 12;

/**
 * Whether a tail of a page's `<title>` is the page's own, though it reads as no outlet: the name its
 * host puts there (`知乎`, `博客园`; `少数派会员 π+Prime` on sspai.com, a section of the site), the writer
 * the file states (`内核工匠`, `by KASATA`), or a name the page's address spells (`Geek Culture`, `Medium`
 * of `medium.com/geekculture/…`). Such a tail leaves the title and names no source.
 */
export function pagePartTest(link: string | null, writers: readonly string[]): (tail: string) => boolean {
  const sites = link === null ? [] : [siteTitleNameOfUrl(link), outletOfUrl(link)].filter((n) => n !== null);
  const words = new Set(link === null ? [] : addressWords(link));
  const writerKeys = new Set(writers.map((name) => name.trim().toLowerCase()).filter((name) => name !== ""));
  return (tail) => {
    const length = [...tail].length;
    if (sites.some((name) => tail.includes(name) && length <= [...name].length + SITE_TAIL_EXTRA))
      return true;
    if (writerKeys.has(tail.replace(/^by\s+/iu, "").toLowerCase())) return true;
    const squeezed = squeezeWord(tail);
    return squeezed.length >= 3 && squeezed.length === tail.replace(/\s/gu, "").length && words.has(squeezed);
  };
}

/** Whether a glued tail names the site the caller knows: its name, or that name with an outlet's ending. */
function namesKnownSite(tail: string, known: string): boolean {
  const key = outletKey(tail);
  const knownKey = outletKey(known);
  return key === knownKey || (key.startsWith(knownKey) && looksLikeOutlet(tail));
}

/**
 * Whether the parts a `<title>` set after `headline` (what `splitSiteSuffix` took off `title`) name a section that
 * files others' documents (`DOCUMENT_SECTION`): the site they end with carried the page and wrote none of it.
 */
export function namesDocumentSection(title: string, headline: string): boolean {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  const tail = title.trim();
  return tail.startsWith(headline) && DOCUMENT_SECTION.test(tail.slice(headline.length));
}

/**
 * The title without the site name (and column) the page's `<title>` put after the headline, and
 * without the page's own parts (`isPagePart`: `pagePartTest`), which name no site.
 */
export function splitSiteSuffix(
  title: string,
  known: readonly string[],
  settings: Readonly<SiteSuffixSettings>,
  byShape = true,
  isPagePart: (tail: string) => boolean = () => false,
  pageTitle = false,
): SiteSuffix {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  const knownKeys = new Set(known.map(outletKey));
  let headline = title.trim();
  let site: string | null = null;
  let lastBare: string | null = null;
  // The site the caller knows may follow the headline with no space around its dash (`标题-36氪`):
  // the name being the known site's is what makes that dash a separator; so is the site's name as its pages
  // write it, the short name an address gives grown by an outlet's ending (`虎嗅` of huxiu.com: `标题-虎嗅网`).
  for (const name of known) {
    const glued = GLUED_TAIL.exec(headline);
    if (glued === null || !namesKnownSite(glued[2]!, name)) continue;
    const rest = headline.slice(0, glued.index).trim();
    if ([...rest].length < settings.titleHeadlineMinLength) break;
    headline = rest;
    site = canonicalOutlet(glued[2]!);
    break;
  }
  // Looked for only in a title that writes `--`: the pattern's lazy headline runs over every title otherwise.
  const paged = headline.includes("--") ? CHANNEL_AND_SITE.exec(headline) : null;
  if (
    paged !== null &&
    looksLikeOutlet(paged[3]!) &&
    [...paged[1]!.trim()].length >= settings.titleHeadlineMinLength
  ) {
    headline = paged[1]!.trim();
    site = canonicalOutlet(paged[3]!);
  }
  for (;;) {
    const match = TAIL.exec(headline);
    if (match === null) break;
    const separator = match[1]!;
    const tail = match[2]!.trim();
    const rest = headline.slice(0, match.index).trim();
    if ([...rest].length < settings.titleHeadlineMinLength) break;
    // A half-spaced dash inside a headline (`A股- 午评`) is the headline's own until a site's name has left.
    if (site === null && HALF_SPACED.test(separator)) break;
    const spaced = /\s/u.test(separator);
    const knownName = knownKeys.has(outletKey(tail));
    const outlet = knownName || looksLikeOutlet(tail);
    const length = [...tail].length;
    // A column's bare name is short beside the headline (`万圣节假期法国旅游业仍将低迷 - 今日经济`), and
    // is read so only where something says the title is a site's: the story's link names a site, or a
    // later part of the same title did. Else a short phrase after a dash is the headline's own
    // (`华为发布新款手机 - 遥遥领先`).
    const sited = pageTitle || knownKeys.size > 0 || site !== null;
    const shaped =
      byShape &&
      spaced &&
      (ACRONYM.test(tail) ||
        (sited &&
          BARE_NAME.test(tail) &&
          length <= settings.titleSuffixMaxLength &&
          length * 2 <= [...rest].length));
    // A portal's own name after `_`, its site's (`新浪网`, `手机新浪网`) or its platform's: the page's, never the
    // story's outlet.
    if (
      separator === "_" &&
      (CARRIER_PORTALS.has(tail) || isCarrierPortalSite(tail) || platformOutlet(tail) !== null)
    ) {
      headline = rest;
      continue;
    }
    // A template's name for the site (`标题_我的网站`) is the page's part: it leaves, naming no site; so does a person's
    // own site's (`留言板 - 卢穗杰的博客`).
    if (isPersonalSiteName(tail)) {
      headline = rest;
      continue;
    }
    if (!outlet && !shaped && !isPagePart(tail) && !isTemplateSiteName(tail)) break;
    // The last part that reads as an outlet names the site (`新浪网` of `标题 - 财经频道 - 新浪网`); an
    // acronym after it is the same site's short name (`法国国际广播电台 - RFI`).
    if (outlet && !ACRONYM.test(tail)) site ??= canonicalOutlet(tail);
    // A page's `<title>` ends with its site's name: the last bare name is the site's when no part reads as an outlet.
    else if (pageTitle && shaped && BARE_NAME.test(tail) && !isPagePart(tail)) lastBare ??= tail;
    headline = rest;
  }
  // The page's own name glued to the headline under the one a carrier appended with spaces (NewsAPI's
  // `标题-中新网 - 中国新闻网`): the page's own is its outlet as the outlet writes it.
  if (site !== null) {
    const glued = GLUED_TAIL.exec(headline);
    const rest = glued === null ? "" : headline.slice(0, glued.index).trim();
    if (glued !== null && looksLikeOutlet(glued[2]!) && [...rest].length >= settings.titleHeadlineMinLength) {
      headline = rest;
      site = canonicalOutlet(glued[2]!);
    }
  }
  if (headline !== title.trim()) headline = withoutKeywordTail(headline, settings);
  return { headline, site: site ?? lastBare };
}

/**
 * A record's title without the name of the outlet the record names, after a separator (Google News' items, relayed by a
 * job beside `source: "华尔街见闻"`: `标题 - 华尔街见闻`): that name is the site's, never the headline's. Any other tail
 * stays: a record's title is its feed's, kept as stated.
 */
export function withoutStatedSite(
  title: string,
  site: string,
  settings: Readonly<Pick<SiteSuffixSettings, "titleHeadlineMinLength">>,
): string {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  const trimmed = title.trim();
  const match = TAIL.exec(trimmed);
  if (match === null || !sameOutlet(match[2]!.trim(), site)) return title;
  const rest = trimmed.slice(0, match.index).trim();
  return [...rest].length >= settings.titleHeadlineMinLength ? rest : title;
}

/**
 * The headline without the keywords a portal glued to it with `|` (`重磅！建设银行，已开放存量客户房贷延期至40年申请！|贷款|建行|
 * 信贷|中国建设银行|新型房贷产品`): each a word — no space, no punctuation — and none longer than the headline left.
 * Read only once a site's or portal's name has come off the same title.
 */
function withoutKeywordTail(headline: string, settings: Readonly<SiteSuffixSettings>): string {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  if (!headline.includes("|")) return headline;
  const [first, ...keywords] = headline.split("|");
  const rest = first!.trim();
  const length = [...rest].length;
  const isKeyword = (word: string) =>
    KEYWORD.test(word) && [...word].length <= Math.min(settings.titleKeywordMaxLength, length);
  return keywords.every(isKeyword) && length >= settings.titleHeadlineMinLength ? rest : headline;
}

/**
 * The headline without the writer an aggregator's title names first, and that writer; null when the
 * title has no such prefix, or when nothing confirms the prefix is a writer: it is, when the page is an
 * aggregator's (`onAggregator`), or when the body credits the same outlet (`credited`: a byline or
 * dateline). Otherwise `X｜headline` is a column's title (`新能源日报｜多重利空下…`) and stays whole.
 */
export function splitWriterPrefix(
  title: string,
  onAggregator: boolean,
  credited: readonly string[],
): { headline: string; writer: string } | null {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  const match = WRITER_PREFIX.exec(title.trim());
  if (match === null) return null;
  const writer = match[1]!.trim();
  const confirmed = onAggregator || credited.some((name) => outletKey(name) === outletKey(writer));
  return confirmed ? { headline: match[2]!.trim(), writer } : null;
}

/** The programme a title of an episode names first (`EPISODE_TITLE`), or null: a name with a letter or a Han in it. */
export function programmeOfEpisodeTitle(title: string): string | null {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  // Nearly every title has no `EP` or `Ep`: it is told so before the pattern runs.
  if (!title.includes("EP") && !title.includes("Ep")) return null;
  const name = EPISODE_TITLE.exec(title.trim())?.[1]?.trim();
  return name !== undefined && /\p{L}/u.test(name) ? name : null;
}

/**
 * The title without a suffix the packs name (`titleSuffixes`, as `caixun learn` writes them from title
 * tails many stories of a source share), the longest first; white space is compared collapsed. A title
 * that would be left shorter than `titleHeadlineMinLength` keeps it.
 */
export function withoutKnownSuffix(
  title: string,
  suffixes: readonly string[],
  settings: Readonly<SiteSuffixSettings>,
): string {
  const collapsed = title.replace(/\s+/gu, " ").trim();
  const longestFirst = [...suffixes].sort((a, b) => b.length - a.length);
  for (const suffix of longestFirst) {
    if (!collapsed.endsWith(suffix)) continue;
    const rest = collapsed.slice(0, collapsed.length - suffix.length).trim();
    if ([...rest].length >= settings.titleHeadlineMinLength) return rest;
  }
  return title;
}

/**
 * The platforms of paid columns, which credit a column after their own name (`来源：小红圈 · 红运Dang投 · 2026年5月12日` under a
 * mirrored post): the column wrote the post, the platform carried it.
 */
const COLUMN_PLATFORMS: ReadonlySet<string> = new Set(["小红圈", "知识星球", "小报童"]);

/**
 * A writer's name with the site that hosts its writing after it, as such a site credits an account
 * (`中国银行保险报 - 今天看啥`): the name wrote the story, the site — one whose name it puts after its pages'
 * headlines (`isSiteTitleName`) — only carried it; so does a column's platform before it (`COLUMN_PLATFORMS`). Null when
 * no such site names the name's host.
 */
export function hostedName(name: string): { name: string; site: string } | null {
  if (!creditsSiteSuffixPatternsCompiled) compileCreditsSiteSuffixPatterns();
  const column = COLUMN_PLATFORM_FIRST.exec(name);
  if (column !== null && COLUMN_PLATFORMS.has(column[1]!)) return { name: column[2]!, site: column[1]! };
  // Most names have no separator at all: the last word must be such a site's before the pattern runs.
  const last = Math.max(name.lastIndexOf(" "), name.lastIndexOf("｜"), name.lastIndexOf("_"));
  if (last < 0 || !isSiteTitleName(name.slice(last + 1))) return null;
  const tail = TAIL.exec(name);
  if (tail === null) return null;
  const site = tail[2]!.trim();
  const writer = name.slice(0, tail.index).trim();
  return writer !== "" && isSiteTitleName(site) ? { name: writer, site } : null;
}
