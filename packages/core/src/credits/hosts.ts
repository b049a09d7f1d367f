// @caixun/core/credits/hosts — the credits' tables of hosts: the outlet, agency, aggregator and platform a
// story's address names, and the name a writing host puts after its pages' headlines. Data the credit grammar
// reads through `credits/domains.ts`. An entry of its own, as `@caixun/core/stories/words` is, so that a
// Worker can read the tables from its static assets instead of carrying them (wrangler.jsonc `alias`,
// apps/api/src/asset-credit-hosts.ts); core imports them by the package's own name, and `domains.ts` makes
// what it derives from them (the sets of names) at first use, not when it loads.

/**
 * The outlet a story's original link belongs to, by the link's host: the weakest evidence of a
 * source, used only when nothing in the file credits one (a mirror of 美国之音 pages names the outlet
 * nowhere but in `原文链接：https://www.voachinese.com/…`). Data, not rules: a host and the outlet's
 * usual name, matched on the host or any parent domain of it. Portals that carry others' stories
 * (新浪, 网易, 腾讯, 搜狐) are left out: their link says where a story was read, not who wrote it.
 */
export const OUTLET_HOSTS: Readonly<Record<string, string>> = {
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
  // The e-paper of 新民晚报 (paper.xinmin.cn/html/xmwb) before its portal, 新民网.
  "paper.xinmin.cn": "新民晚报",
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
  "8world.com": "8视界新闻网",
  "theinitium.com": "端传媒",
  "cn.nikkei.com": "日经中文网",
  "cn.yna.co.kr": "韩联社",
  "sputniknews.cn": "俄罗斯卫星通讯社",
  "cna.com.tw": "中央社",
  // Taiwan's outlets by the names they write themselves, in Traditional script.
  "udn.com": "聯合新聞網",
  // 經濟日報's site, a paper of the udn group under its portal's domain.
  "money.udn.com": "經濟日報",
  "ltn.com.tw": "自由時報",
  // 自由時報's site before ltn.com.tw (自由電子報, 2013).
  "libertytimes.com.tw": "自由時報",
  "hk01.com": "香港01",
  "mingpao.com": "明报",
  "rthk.hk": "香港电台",
  // Hong Kong's online outlets, by the names they write themselves (archives of 眾新聞's and 立場新聞's pages keep
  // only the address).
  "hkcnews.com": "眾新聞",
  "thestandnews.com": "立場新聞",
  "inmediahk.net": "香港獨立媒體",
  "hkej.com": "信報",
  "hket.com": "香港經濟日報",
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

/**
 * News agencies' own sites, which publish the agency's wire copy: a story there that a reporter's byline closes,
 * naming no outlet (`（记者吴雨）` closing a news.cn item), is by the agency's reporter, so the agency is its source,
 * not the site (新华网). A dateline or credit naming the site (`新华网上海5月10日电`) still names the site.
 */
export const AGENCY_HOSTS: Readonly<Record<string, string>> = {
  "news.cn": "新华社",
  "xinhuanet.com": "新华社",
};

/**
 * Aggregators whose pages carry other writers' stories under `writer｜headline` titles (中国数字时代
 * also puts a column tag first: `【异闻观止】新京报｜headline`). Data, as `OUTLET_HOSTS`: the host and the
 * aggregator's name. A story on such a page names its writer in the title; the aggregator only carried
 * it (`via`), never the source.
 */
export const AGGREGATOR_HOSTS: Readonly<Record<string, string>> = {
  "chinadigitaltimes.net": "中国数字时代",
};

/**
 * Platforms whose pages carry accounts' writing, by host: the account type each names itself by, as
 * a credit writes it (`百家号`; `platformOutlet` gives who runs it). Data, as `AGGREGATOR_HOSTS`. On
 * such a page the account named under the headline wrote the story, and the platform carried it.
 */
export const PLATFORM_HOSTS: Readonly<Record<string, string>> = {
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

/**
 * The name a site that hosts others' writing (a blog host, a Q&A or writing platform) puts after the
 * headline in its pages' `<title>` (`标题 - 知乎`, `标题 - 作者 - 博客园`, `标题_CSDN博客`), by host. Data, as
 * the tables above: the name is the page's, not the title's, and names no source (the site only
 * carried the writer's post).
 */
export const SITE_TITLE_NAMES: Readonly<Record<string, string>> = {
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
