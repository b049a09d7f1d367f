import { OUTLET_HOSTS } from "@caixun/core/credits/hosts";
import { KNOWN_OUTLETS, PLATFORM_OWNERS } from "@caixun/core/credits/outlet-names";
import { CREDITS_OUTLETS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { memoByString } from "../text/string-memo.js";

/**
 * The patterns below are compiled from their literals (`CREDITS_OUTLETS_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let creditsOutletsPatternsCompiled = false;
/**
 * What an outlet's name looks like. Credit lines name outlets in free form (`来源：健康上海12320`,
 * `（财新）`, `南都讯`, `36氪获悉`); these rules decide whether a short string reads as an outlet, tell
 * it apart from reporters' names and from ordinary words, and map the few standard abbreviations
 * (`每经`, `南都`) to the outlet's name. The outlets known by name are data of their own (`credits/outlet-names.ts`,
 * read by a Worker from its static assets); the papers' short names derived from them are made at first use.
 */

/** Endings that mark a name as an outlet's: 新华网, 中新社, 深圳商报, 央视新闻, 第一财经, 扶摇资讯, 健康上海12320… */
let OUTLET_ENDING: RegExp;
/**
 * Words that end like an outlet but are not one (`本报`, `今日`…), or describe where a story came from — the media of
 * a place (`美国媒体报道，…`, `台媒`, `当地媒体`) — and a number alone (a record's `id: "7457087593541271674"`:
 * digits end a name, `健康上海12320`, never make one).
 */
let NOT_OUTLET: RegExp;
let NAME_CHARS: RegExp;
/**
 * A paper's name (…报, two to eight characters before it), then two to six letters of a part of it that is not its
 * site: its site is an outlet of its own name (`证券时报网`), and a run-together site is read above.
 */
let PAPER_WITH_BRAND: RegExp;
/** A site's name (…网) and a channel's (…频道) run together. */
let SITE_CHANNEL: RegExp;
/**
 * What an outlet owns under its name: its site (`中国证券网`), a channel of its site (`杭州频道`), or its news
 * brand (`成都商报-红星新闻`: 红星新闻 is the paper's app and site).
 */
let OWNED_PART: RegExp;
let SPACE: RegExp;
/**
 * A company's legal form after its name (`天风证券股份有限公司`): a credit may name the outlet so, the
 * outlet is `天风证券`.
 */
let LEGAL_FORM: RegExp;
/** Linear: a run of spaces is entered only right after a Latin letter, digit or Han character. */
let SCRIPT_GAP: RegExp;
/**
 * An outlet's flash channel (`财联社快讯`; `财联社电报`, `新浪财经7x24`, `东方财富7×24`, as flash scrapers name the feeds they
 * read), research desk (`东方财富研究中心`), newsroom (`鉅亨網新聞中心`, as Anue鉅亨 signs its desk's stories) or data unit
 * (`东方财富Choice数据`, a product's Latin name before the unit): the outlet's name, then the channel's or the unit's.
 * @bounded: anchored, bounded runs.
 */
let OUTLET_CHANNEL_OR_UNIT: RegExp;
/** An outlet's app named as the credit (`中新经纬APP`): Han characters before the word, so `OPPO APP` is no outlet's. */
let OUTLET_APP: RegExp;
/**
 * An account on a social platform named as the credit (`集创北方微信公号`, `宁德时代微信公众号`, `小米官方微博`, `比亚迪官微`):
 * the owner's name, then the platform; the platform's name alone (`微信公众号`, `官方微博`) is none. 官微 says no
 * platform (WeChat's or Weibo's). @bounded: anchored, the owner at most 16 characters.
 */
let ACCOUNT_CREDIT: RegExp;
/**
 * A portal's channel, named as its datelines and credits name it (`新浪美股`, `和讯银行`, `网易科技`): the
 * portal's name, then the beat. The channel is the outlet, as written.
 */
let PORTAL_CHANNEL: RegExp;
let PORTAL_SITE: RegExp;
/** A brand's news: a word, then 新闻. @bounded: anchored, one run of at most twelve characters. */
let NEWS_BRAND: RegExp;
/**
 * How a publication's own name ends — a site (…网), an agency (…社), a paper (…报, a Japanese …新聞), a broadcaster
 * (…台), a periodical (…刊) — where a feed's sections end as outlets' brands may (`时政频道`, `国际新闻`, `要闻资讯`).
 * The firms whose kind ends in 社 but publish nothing (a travel agency 旅行社, a co-operative 合作社, a commune 公社) are
 * no agency: `旅行社1月18日（李四）说明…` is a sentence, not a dispatch.
 */
let PUBLICATION_ENDING: RegExp;
/** What joins a feed title's parts: a bar, a dash between spaces or alone, an underscore, white space. */
let FEED_TITLE_JOINT: RegExp;
/** A name set out to a wider width: single Han characters with blanks between them (`吴  君`, `王　强`). */
let PADDED_NAME: RegExp;
let PERSON_NAMES: RegExp;
/** An outlet's app or client named after it (`中新经纬APP`, `中新经纬客户端`): the outlet's name before the word. */
let APP_OR_CLIENT: RegExp;
/**
 * A name's stem before a paper's, a site's or a finance desk's last words (`经济观察报`, `经济观察网`, the paper's whole
 * name and 网: `中国日报网`; `同花顺财经`), in either script; a name without them is its own stem. @bounded: anchored at
 * both ends, the stem grows one character at a time and at most two follow it.
 */
let PAPER_OR_SITE_WORD: RegExp;
/** Account types of the portals' self-publishing platforms, and 简书-like sites. */
let PLATFORM_ACCOUNT: RegExp;

/** Compiles `CREDITS_OUTLETS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileCreditsOutletsPatterns(): void {
  [
    OUTLET_ENDING,
    NOT_OUTLET,
    NAME_CHARS,
    PAPER_WITH_BRAND,
    SITE_CHANNEL,
    OWNED_PART,
    SPACE,
    LEGAL_FORM,
    SCRIPT_GAP,
    OUTLET_CHANNEL_OR_UNIT,
    OUTLET_APP,
    ACCOUNT_CREDIT,
    PORTAL_CHANNEL,
    PORTAL_SITE,
    NEWS_BRAND,
    PUBLICATION_ENDING,
    FEED_TITLE_JOINT,
    PADDED_NAME,
    PERSON_NAMES,
    APP_OR_CLIENT,
    PAPER_OR_SITE_WORD,
    PLATFORM_ACCOUNT,
  ] = CREDITS_OUTLETS_PATTERNS.map(regexFromLiteral) as RegExps<22>;
  creditsOutletsPatternsCompiled = true;
}

/**
 * The outlet a known abbreviation or alternative spelling stands for, else the name as the outlet
 * spells it (`DT 财经` is `DT财经`: see `outletSpelling`).
 */
export const canonicalOutlet: (name: string) => string = memoByString(readCanonicalOutlet);

function readCanonicalOutlet(name: string): string {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  // An owner's copyright mark after its name (`中国企业家杂志©`, an app's credit field): the name.
  if (name.endsWith("©")) return canonicalOutlet(name.slice(0, -1));
  const squeezed = name.replace(/\s+/g, "");
  if (Object.hasOwn(KNOWN_OUTLETS, squeezed)) return KNOWN_OUTLETS[squeezed]!;
  // An outlet's flash channel (`现代快报快讯`, `财联社快讯`, `新浪财经7x24`, and as a feed job labels the page it read:
  // `金十首页全部市场快讯`, `财联社全部电报`), a desk or data unit of it (`东方财富研究中心`, `东方财富Choice数据`:
  // a product's Latin name before the unit) and its app (`（中新经纬APP）`, `每经APP`) credit the outlet.
  const channel = (OUTLET_CHANNEL_OR_UNIT.exec(squeezed) ?? OUTLET_APP.exec(squeezed))?.[1];
  if (channel !== undefined && (looksLikeOutlet(channel) || OUTLET_APP.test(squeezed)))
    return canonicalOutlet(channel);
  // A paper's short name and 网 is its own site (`每经网`, 每日经济新闻's nbd.com.cn; `北青报网`): the paper.
  const site = squeezed.endsWith("网") ? squeezed.slice(0, -1) : "";
  if (Object.hasOwn(KNOWN_OUTLETS, site) && KNOWN_OUTLETS[site] !== site) return KNOWN_OUTLETS[site]!;
  return ownerOfPart(squeezed) ?? outletSpelling(name);
}

/**
 * A paper named with its site (`上证报中国证券网讯`, `上海证券报·中国证券网`, `经济日报-中国经济网`, `环球时报-环球网`), a
 * site with its channel (`浙江在线-杭州频道`, `人民网－四川频道` with a full-width dash, as a news index states it), a paper
 * with its news brand (`成都商报-红星新闻`), or a portal's channel with the portal's site as a page's `<title>` joins them
 * (`新浪新闻_手机新浪网`, `新浪财经_新浪网`): the paper, the site, or the channel (a portal's channel is the outlet, as
 * `PORTAL_CHANNEL` reads it). cnstock.com signs its stories `上海证券报·中国证券网` and its online dispatches
 * `上证报中国证券网讯`, and the host table gives cnstock.com to 上海证券报, as a paper's short name and 网 (`每经网`) is the
 * paper. Joined by `·`, `-`, `－` or `_`, the first part is the owner when it reads as an outlet and the second is a site
 * (…网), a channel (…频道) or a brand (…新闻); run together, a site then its channel (`中新网财经频道`), a paper's short
 * name then its site (`上证报中国证券网`), or a paper then its brand (`证券时报e公司`). Null for any other name.
 */
function ownerOfPart(squeezed: string): string | null {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const joint = squeezed.search(/[·・\-－_]/u);
  if (joint > 0) {
    const [owner, part] = [squeezed.slice(0, joint), squeezed.slice(joint + 1)];
    return part.length >= 2 && OWNED_PART.test(part) && looksLikeOutlet(owner)
      ? canonicalOutlet(owner)
      : null;
  }
  // A site and its channel run together (`（中新网财经频道）`, `新华网财经频道`): the site.
  const channel = squeezed.endsWith("频道") ? SITE_CHANNEL.exec(squeezed) : null;
  if (channel !== null && looksLikeOutlet(channel[1]!)) return canonicalOutlet(channel[1]!);
  if (!squeezed.endsWith("网")) {
    // A paper's name run together with its news brand or edition (`证券时报e公司讯`, `人民日报海外版`): the paper.
    // Most names are a paper's own (…报) or hold no 报: only the rest are tried (outletKey compares names often).
    // A paper's social account (`人民日报微信公众号`) keeps its name: `platformAccount` reads the owner and the platform.
    const brand =
      squeezed.length >= 5 &&
      !squeezed.endsWith("报") &&
      squeezed.includes("报") &&
      !ACCOUNT_CREDIT.test(squeezed)
        ? PAPER_WITH_BRAND.exec(squeezed)
        : null;
    return brand !== null && looksLikeOutlet(brand[1]!) ? canonicalOutlet(brand[1]!) : null;
  }
  paperShortNames ??= Object.keys(KNOWN_OUTLETS).filter(
    (key) => key.endsWith("报") && KNOWN_OUTLETS[key] !== key,
  );
  for (const short of paperShortNames) {
    if (squeezed.length - short.length > 2 && squeezed.startsWith(short)) return KNOWN_OUTLETS[short]!;
  }
  return null;
}

/**
 * The short names of papers the abbreviations give (`上证报` for 上海证券报, `北青报`): a site's name may follow them.
 * Made at first use, after a Worker has read `KNOWN_OUTLETS`.
 */
let paperShortNames: readonly string[] | undefined;

/**
 * A name as the outlet writes it: without the typesetting gap (`withoutScriptGap`) and without a legal form.
 */
export function outletSpelling(name: string): string {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  return withoutScriptGap(name).replace(LEGAL_FORM, "");
}

/**
 * An outlet's or an account's name without the space that typesetting puts where Latin letters or digits
 * meet Han characters: `DT 财经`, `IT 之家`, `腾讯 IMWeb 团队` as a feed's category or a spacing tool writes
 * them are `DT财经`, `IT之家`, `腾讯IMWeb团队`. Spaces between Latin words (`Financial Times`) and between
 * Han words stay. The convention of every source and via name (docs/architecture.md, "Credits").
 */
export function withoutScriptGap(name: string): string {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  // Most names hold no space at all: one scan for one, before the pattern with its look-arounds.
  return SPACE.test(name) ? name.replace(SCRIPT_GAP, "") : name;
}

/** The characters an account credit ends with: one test before the pattern, which nearly every name fails. */
const ACCOUNT_LAST = new Set([..."信号博微"].map((ch) => ch.charCodeAt(0)));

/**
 * The owner of a social platform's account a credit names (`集创北方微信公号`: 集创北方 wrote the story) and the
 * platform that carried it (`微信公众号`, as a credit names WeChat's accounts; `微博`), null when the credit does not
 * say which (`官微`); null for any other name and for a portal's own platform (`新浪微博`, `腾讯微博`).
 */
export function platformAccount(name: string): { owner: string; platform: string | null } | null {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const account = ACCOUNT_LAST.has(name.charCodeAt(name.length - 1)) ? ACCOUNT_CREDIT.exec(name) : null;
  if (account === null || CARRIER_PORTALS.has(account[1]!)) return null;
  const platform = account[2] ? "微信公众号" : account[3] ? "微博" : null;
  return { owner: canonicalOutlet(account[1]!), platform };
}

/**
 * The portals that carry others' stories under their own name (`标题_网易`): their name says where a story was
 * read, not who wrote it (as their hosts name no outlet: `domains.ts`).
 */
export const CARRIER_PORTALS: ReadonlySet<string> = new Set(["新浪", "网易", "腾讯", "搜狐"]);

/**
 * Whether a name is a carrier portal's own site as its pages' `<title>` names it (`标题_新浪财经_新浪网`,
 * `…_手机新浪网` of its mobile pages, `腾讯网`): the site the page is on, not the story's outlet — the channel
 * before it is (`新浪财经`).
 */
export function isCarrierPortalSite(name: string): boolean {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const portal = PORTAL_SITE.exec(name)?.[1];
  return portal !== undefined && CARRIER_PORTALS.has(portal);
}

/**
 * The outlet a feed's title names (an RSS channel's `<title>`, a feed saved as JSON's `title`): the title's part, between
 * the bars, dashes and spaces a channel joins its outlet and its section with, that is a known outlet (`路透社 深度分析`,
 * `中国新闻|今日突发新闻|路透社`), else its one part named as a publication is (`新京报 - 好新闻，无止境`, `日本経済新聞 - 総合`,
 * `经济观察网`: `PUBLICATION_ENDING`); null when no part is (`美国热门新闻和分析`, a section's `时政频道` or `国际新闻`) or
 * two might be (`某某报|某某网`: which is the outlet?).
 */
export function outletOfFeedTitle(title: string): string | null {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const parts = title.split(FEED_TITLE_JOINT).filter((part) => part !== "");
  const known = parts.find(isKnownOutlet);
  if (known !== undefined) return canonicalOutlet(known);
  const outlets = parts.filter(namesPublication);
  return outlets.length === 1 ? canonicalOutlet(outlets[0]!) : null;
}

/**
 * Whether a name is a publication's: a known outlet, or one named as a publication is (`PUBLICATION_ENDING`: 新京报,
 * 经济观察网, 环球时报), where a section or a desk is named as a brand may be (`时政频道`, `国际新闻`, `财经`): what
 * a feed's title names as its outlet, and a reporter's bracket over a story (`【环球时报特约记者 韩雯】`).
 */
export function namesPublication(name: string): boolean {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  return isKnownOutlet(name) || (PUBLICATION_ENDING.test(name) && looksLikeOutlet(name));
}

/**
 * Whether a name before 记者 in a reporter's bracket over a story names the reporter's newsroom: a publication's
 * (`namesPublication`), or a brand's news (`【红星新闻记者 潘俊文】`, `【封面新闻记者 谢颖】`: 成都商报's and 四川日报's news
 * brands, in no table) — a word, then 新闻, unless the word is a kind of news (`NEWS_KIND`: `国际新闻`, `时政新闻` are a
 * desk's). Only there: a feed's title or a page's section names its news kinds as brands do (`中国新闻|今日突发新闻|路透社`).
 */
export function namesNewsroom(name: string): boolean {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const brand = NEWS_BRAND.exec(name);
  return namesPublication(name) || (brand !== null && !NEWS_KIND.test(brand[1]!) && looksLikeOutlet(name));
}

/**
 * Kinds of news a page's sections and a newsroom's desks are named by (`【国际新闻】` as a section's label, `国际新闻记者`
 * a desk's reporter, `时政新闻`): a kind of news, not who wrote the story.
 */
export const NEWS_KIND =
  /^(?:国际|国内|财经|经济|今日|每日|热点|热门|视频|图片|图文|社会|体育|娱乐|科技|地方|本地|本网|最新|头条|要闻|重要|相关|滚动|独家|突发|行业|公司|政策|市场|综合|早间|午间|晚间|新华|推荐|精选|原创|专题|时政|军事|法治|民生|教育)$/u;

/**
 * Whether a name is an outlet caixun knows by name, not by the ending rule: in any spelling its tables hold — what files
 * write (`KNOWN_OUTLETS`' keys: `每经`, `AFP`), the outlet's own name (its values: `每日经济新闻`, `法新社`), and the name
 * the hosts table gives a site's outlet (`OUTLET_HOSTS`: Taiwan's outlets in Traditional script, `自由時報`, `聯合新聞網`).
 * The one lookup of a known outlet.
 */
export function isKnownOutlet(name: string): boolean {
  knownOutletNames ??= new Set([...Object.entries(KNOWN_OUTLETS).flat(), ...Object.values(OUTLET_HOSTS)]);
  return knownOutletNames.has(name.replace(/\s+/g, ""));
}

/**
 * Every spelling of the known outlets, as the tables write them (none with a space but `Money DJ`, whose spelling without
 * it is a key too). Made at first use, after a Worker has read the tables.
 */
let knownOutletNames: ReadonlySet<string> | undefined;

/**
 * Whether `name` reads as an outlet: a known one, or a short name (2–20 characters of letters,
 * digits and Han) ending the way outlets end. Reporters' names (`杨欢 渠鸿儒`) and sentences do not.
 */
export function looksLikeOutlet(name: string, maxLength = 20): boolean {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const text = name.trim();
  if (text.length < 2 || text.length > Math.max(maxLength, KNOWN_NAME_MAX) || !NAME_CHARS.test(text))
    return false;
  // A known outlet's name may run longer than a guessed one (`South China Morning Post`, 24 characters).
  if (isKnownOutlet(text)) return true;
  if (text.length > maxLength) return false;
  if (NOT_OUTLET.test(text) || isPersonNames(text)) return false;
  return OUTLET_ENDING.test(text) || PORTAL_CHANNEL.test(text);
}

/** The longest name the known-outlet tables hold, spaces written (`21st Century Business Herald`: 28), with room. */
const KNOWN_NAME_MAX = 32;

/**
 * A personal name without the blanks a paper's typesetting puts inside a short name to give it a long one's width
 * (`本报记者  吴  君`): 吴君. Two or three single characters are one name: no byline lists one-character names. In a
 * list of names (`本报记者 李 纵 周小苑`, as 人民网's feed states its reporters) each run of two or three single
 * characters between blanks is one such name: `本报记者 李纵 周小苑`.
 */
export function withoutNamePadding(name: string): string {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  return PADDED_NAME.test(name)
    ? name.replace(/[ \t\u3000]+/gu, "")
    : name.replace(PADDED_IN_LIST, (padded) => padded.replace(/[ \t\u3000]+/gu, ""));
}

/** One blank of a typeset line: a space, a tab, an ideographic space. */
const BLANK = String.raw`[ \t\u3000]`;
/** At a word's start: the text's start or right after a blank. */
const AT_WORD_START = String.raw`(?<![^ \t\u3000])`;
/** At a word's end: the text's end or right before a blank. */
const AT_WORD_END = String.raw`(?![^ \t\u3000])`;
/** The gap a typesetter pads inside a name: one to four blanks. */
const PADDING = `${BLANK}{1,4}`;
/** One Han character: a padded name's characters each stand alone as a word (`李`, `纵` in `本报记者 李 纵 周小苑`). */
const HAN = String.raw`\p{Script=Han}`;
/** Not right after a character standing alone: a run of padded characters is read from its first. */
const NOT_AFTER_LONE_HAN = `(?<!${AT_WORD_START}${HAN}${PADDING})`;
/** Not before another character standing alone: a run of four or more is no name's (`王 强 李 明`). */
const NOT_BEFORE_LONE_HAN = `(?!${BLANK}+${HAN}${AT_WORD_END})`;

/**
 * Two or three single characters between blanks, inside a list of names: a word of one character, then one or two more,
 * each after a padding gap, and no single character standing alone just before the run or after it. @bounded: each
 * character is entered once, after a blank or at the start, and the run is at most three.
 */
const PADDED_IN_LIST = new RegExp(
  `${AT_WORD_START}${NOT_AFTER_LONE_HAN}${HAN}(?:${PADDING}${HAN}${AT_WORD_END}){1,2}${NOT_BEFORE_LONE_HAN}`,
  "gu",
);

/** Two to four personal names of two to four Han characters, separated by spaces or 、 (a byline). */
export function isPersonNames(text: string): boolean {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  return PERSON_NAMES.test(text.trim());
}

/**
 * Whether `text` is one person's Han name: two or three characters, the first a common surname (`COMMON_SURNAMES`), and
 * no outlet's name (`looksLikeOutlet`) — what a dump's source column holds where its crawler put the writer there (a
 * 华尔街见闻 crawler's `source`: `叶桢`). A surname that opens outlets' short names too (`万得`, `江苏`, `高盛`) is left out.
 */
export function isLonePersonName(text: string): boolean {
  const name = text.trim();
  if (name.length < 2 || name.length > 3 || !COMMON_SURNAMES.includes(name[0]!)) return false;
  return /^\p{Script=Han}{2,3}$/u.test(name) && !looksLikeOutlet(name);
}

/** The commonest Chinese surnames, simplified and traditional, save those that open outlets' short names too. */
const COMMON_SURNAMES =
  "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范廖贾賈韦韋夏付邹鄒熊孟秦邱侯尹薛闫閆段雷黎陶贺賀顾顧郝龚龔邵覃戴严嚴莫孔汤湯赖賴施柯庄莊葛翟";

/** Names compare without spaces and case, and through the abbreviations: `36kr` is `36氪`. */
export const outletKey: (name: string) => string = memoByString((name) =>
  canonicalOutlet(name).replace(/\s+/g, "").toLowerCase(),
);

export function sameOutlet(a: string, b: string): boolean {
  return outletKey(a) === outletKey(b);
}

/**
 * Whether two names credit one outlet, one perhaps through its app or client (`中新经纬客户端` opening a story that
 * closes `（中新经纬APP）`) — where a dateline and a closing credit are compared, not how a source is named.
 */
export function sameOutletOrApp(a: string, b: string): boolean {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const bare = (name: string) => {
    const squeezed = name.replace(/\s+/g, "");
    return APP_OR_CLIENT.exec(squeezed)?.[1] ?? squeezed;
  };
  return sameOutlet(a, b) || sameOutlet(bare(a), bare(b));
}

/**
 * Whether two names credit one outlet, one perhaps its paper and the other its site or finance desk (`经济观察报` on
 * `eeo.com.cn`, whose feed calls itself `经济观察网`; `中国日报网` on chinadaily.com.cn, whose host names `中国日报`;
 * `同花顺财经` on 10jqka.com.cn, `同花顺`): one newsroom, so the site carried nothing of the paper's.
 */
export function sameOutletOrSite(a: string, b: string): boolean {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const stem = (name: string) => PAPER_OR_SITE_WORD.exec(name)?.[1] ?? name;
  return sameOutlet(a, b) || stem(a) === stem(b);
}

/**
 * A user-content platform's credit (`澎湃新闻·澎湃号·政务`, `百家号`, `网易号·某某`): the platform
 * carried the story, an account of it wrote it — the platform is not the story's outlet. Returns
 * the outlet that runs the platform (for `via`), or null when the name is no platform's.
 */
export function platformOutlet(name: string): string | null {
  if (!creditsOutletsPatternsCompiled) compileCreditsOutletsPatterns();
  const parts = name.split(/(?<!\s)\s*[·・|｜]\s*/u);
  const index = parts.findIndex((part) => PLATFORM_ACCOUNT.test(part));
  if (index < 0) return null;
  if (index > 0) return canonicalOutlet(parts[0]!);
  return PLATFORM_OWNERS[parts[index]!.replace(/\s+/g, "")] ?? parts[index]!;
}

/** The longest name a feed archive's `source:` may hold. */
const FEED_NAME_MAX = 30;

/**
 * The name a front matter's `source:` gives, when it is one: a short text that is no address and no
 * platform's account type (`source: 微信公众号`); null otherwise.
 */
export function statedFeedName(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const name = value.trim();
  if (name === "" || name.length > FEED_NAME_MAX || /^[a-z]+:\/\//iu.test(name) || name.includes("/"))
    return null;
  return platformOutlet(name) === null ? name : null;
}
