import { urlHost, urlPath } from "../text/url.js";

/**
 * The outlet a story's original link belongs to, by the link's host: the weakest evidence of a
 * source, used only when nothing in the file credits one (a mirror of 美国之音 pages names the outlet
 * nowhere but in `原文链接：https://www.voachinese.com/…`). Data, not rules: a host and the outlet's
 * usual name, matched on the host or any parent domain of it. Portals that carry others' stories
 * (新浪, 网易, 腾讯, 搜狐) are left out: their link says where a story was read, not who wrote it.
 */
const OUTLET_HOSTS: Readonly<Record<string, string>> = {
  "voachinese.com": "美国之音",
  "voanews.com": "美国之音",
  "cn.reuters.com": "路透",
  "epochtimes.com": "大纪元",
  "caixin.com": "财新网",
  "thepaper.cn": "澎湃新闻",
  "qdaily.com": "好奇心日报",
  "jiemian.com": "界面新闻",
  "yicai.com": "第一财经",
  "36kr.com": "36氪",
  "wallstreetcn.com": "华尔街见闻",
  "10jqka.com.cn": "同花顺",
  "cs.com.cn": "中国证券报",
  "cnstock.com": "上海证券报",
  "stcn.com": "证券时报",
  "nbd.com.cn": "每日经济新闻",
  "cls.cn": "财联社",
  "ftchinese.com": "FT中文网",
  "rfa.org": "自由亚洲电台",
  "dw.com": "德国之声",
  // The e-paper of 人民日报 (paper.people.com.cn/rmrb) before its portal, 人民网.
  "paper.people.com.cn": "人民日报",
  "people.com.cn": "人民网",
  "xinhuanet.com": "新华网",
  "news.cn": "新华网",
  "chinanews.com": "中新网",
  "chinanews.com.cn": "中新网",
  "infzm.com": "南方周末",
  "bjnews.com.cn": "新京报",
  "21jingji.com": "21世纪经济报道",
  "eeo.com.cn": "经济观察报",
  "hexun.com": "和讯网",
  "nytimes.com": "纽约时报",
  "bbc.com": "BBC",
  "bbc.co.uk": "BBC",
  "cnbc.com": "CNBC",
  "npr.org": "NPR",
  "tmtpost.com": "钛媒体",
  // Chinese services of foreign broadcasters and papers, and outlets of Hong Kong, Taiwan and Singapore.
  "rfi.fr": "法国国际广播电台",
  "zaobao.com": "联合早报",
  "zaobao.com.sg": "联合早报",
  "theinitium.com": "端传媒",
  "cn.nikkei.com": "日经中文网",
  "cn.yna.co.kr": "韩联社",
  "sputniknews.cn": "俄罗斯卫星通讯社",
  "cna.com.tw": "中央社",
  "udn.com": "联合新闻网",
  "ltn.com.tw": "自由时报",
  "hk01.com": "香港01",
  "mingpao.com": "明报",
  "rthk.hk": "香港电台",
  "abc.net.au": "澳大利亚广播公司",
  "cn.wsj.com": "华尔街日报",
  // Mainland outlets users' corpora carry most.
  "huanqiu.com": "环球网",
  "guancha.cn": "观察者网",
  "chinadaily.com.cn": "中国日报",
  "ce.cn": "中国经济网",
  "zqrb.cn": "证券日报",
  "caijing.com.cn": "财经网",
  "jwview.com": "中新经纬",
  "gelonghui.com": "格隆汇",
  "jrj.com.cn": "金融界",
  "chnfund.com": "中国基金报",
  "cnr.cn": "央广网",
  "gmw.cn": "光明网",
  "cankaoxiaoxi.com": "参考消息网",
  "huxiu.com": "虎嗅",
  "lanjinger.com": "蓝鲸财经",
  "time-weekly.com": "时代周报",
  "cbnweek.com": "第一财经周刊",
  "stdaily.com": "科技日报",
  "yicai.com.cn": "第一财经",
  "sspai.com": "少数派",
  "cnfin.com": "新华财经",
};

const HOST_OUTLETS: ReadonlySet<string> = new Set(Object.values(OUTLET_HOSTS));

/** Whether `name` is an outlet the host table names (as the outlet's usual name): an outlet caixun knows by name. */
export function isHostOutlet(name: string): boolean {
  return HOST_OUTLETS.has(name);
}

/** The outlet whose site `url` is on, or null. */
export function outletOfUrl(url: string): string | null {
  return hostEntry(url, OUTLET_HOSTS);
}

/**
 * News agencies' own sites, which publish the agency's wire copy: a story there that a reporter's byline closes,
 * naming no outlet (`（记者吴雨）` closing a news.cn item), is by the agency's reporter, so the agency is its source,
 * not the site (新华网). A dateline or credit naming the site (`新华网上海5月10日电`) still names the site.
 */
const AGENCY_HOSTS: Readonly<Record<string, string>> = {
  "news.cn": "新华社",
  "xinhuanet.com": "新华社",
};

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

/**
 * Aggregators whose pages carry other writers' stories under `writer｜headline` titles (中国数字时代
 * also puts a column tag first: `【异闻观止】新京报｜headline`). Data, as `OUTLET_HOSTS`: the host and the
 * aggregator's name. A story on such a page names its writer in the title; the aggregator only carried
 * it (`via`), never the source.
 */
const AGGREGATOR_HOSTS: Readonly<Record<string, string>> = {
  "chinadigitaltimes.net": "中国数字时代",
};

/** The aggregator whose site `url` is on, or null. */
export function aggregatorOfUrl(url: string): string | null {
  return hostEntry(url, AGGREGATOR_HOSTS);
}

/**
 * Platforms whose pages carry accounts' writing, by host: the account type each names itself by, as
 * a credit writes it (`百家号`; `platformOutlet` gives who runs it). Data, as `AGGREGATOR_HOSTS`. On
 * such a page the account named under the headline wrote the story, and the platform carried it.
 */
const PLATFORM_HOSTS: Readonly<Record<string, string>> = {
  "baijiahao.baidu.com": "百家号",
  "mbd.baidu.com": "百家号",
  "toutiao.com": "头条号",
  "dy.163.com": "网易号",
  "mp.sohu.com": "搜狐号",
  "om.qq.com": "企鹅号",
  "k.sina.cn": "新浪看点",
  "k.sina.com.cn": "新浪看点",
  "yidianzixun.com": "一点号",
  "jianshu.com": "简书",
  "zhuanlan.zhihu.com": "知乎专栏",
};

/** The account platform whose site `url` is on (`百家号`), or null. */
export function platformOfUrl(url: string): string | null {
  return hostEntry(url, PLATFORM_HOSTS);
}

/**
 * The name a site that hosts others' writing (a blog host, a Q&A or writing platform) puts after the
 * headline in its pages' `<title>` (`标题 - 知乎`, `标题 - 作者 - 博客园`, `标题_CSDN博客`), by host. Data, as
 * the tables above: the name is the page's, not the title's, and names no source (the site only
 * carried the writer's post).
 */
const SITE_TITLE_NAMES: Readonly<Record<string, string>> = {
  "zhihu.com": "知乎",
  "cnblogs.com": "博客园",
  "csdn.net": "CSDN",
  "jianshu.com": "简书",
  "juejin.cn": "掘金",
  "segmentfault.com": "SegmentFault",
  "oschina.net": "OSCHINA",
  "51cto.com": "51CTO",
  "medium.com": "Medium",
  "douban.com": "豆瓣",
  "xueqiu.com": "雪球",
  "toutiao.com": "今日头条",
  "bilibili.com": "哔哩哔哩",
  "weibo.com": "微博",
  "infoq.cn": "InfoQ",
  "v2ex.com": "V2EX",
  "github.com": "GitHub",
  // A reader of WeChat accounts' posts: `标题 - 公众号 - 今天看啥`.
  "jintiankansha.me": "今天看啥",
};

const SITE_TITLE_NAME_SET: ReadonlySet<string> = new Set(Object.values(SITE_TITLE_NAMES));

/** Whether a name is one a site hosting others' writing puts after its pages' headlines (`知乎`, `今天看啥`). */
export function isSiteTitleName(name: string): boolean {
  return SITE_TITLE_NAME_SET.has(name);
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
