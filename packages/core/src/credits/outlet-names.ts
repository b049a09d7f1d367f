// @caixun/core/credits/outlet-names — the outlets the credits know by name: the names that carry no outlet's ending
// and the abbreviations papers use in bylines, and the outlets that run the portals' self-publishing platforms. Data
// `credits/outlets.ts` reads. An entry of its own, as `@caixun/core/credits/hosts` is, so that a Worker can read the
// tables from its static assets instead of carrying them (wrangler.jsonc `alias`, apps/api/src/asset-outlet-names.ts);
// core imports them by the package's own name, and `outlets.ts` makes what it derives from them (the papers' short
// names) at first use, not when it loads.

/**
 * Outlets whose names carry none of the endings `outlets.ts` reads as an outlet's (`OUTLET_ENDING`), and the abbreviations papers use in bylines
 * (`每经记者`, `南都讯`). Keys are what a file writes; values the outlet's own name.
 */
export const KNOWN_OUTLETS: Readonly<Record<string, string>> = {
  财新: "财新",
  财联社: "财联社",
  界面: "界面新闻",
  "36氪": "36氪",
  "36kr": "36氪",
  "36Kr": "36氪",
  硬氪: "硬氪",
  虎嗅: "虎嗅",
  钛媒体: "钛媒体",
  雷峰网: "雷峰网",
  券商中国: "券商中国",
  华尔街见闻: "华尔街见闻",
  格隆汇: "格隆汇",
  智通财经: "智通财经",
  // A post on the investors' community, shown `来自雪球` under its poster.
  雪球: "雪球",
  金十数据: "金十数据",
  // Its brand as its flash pages and app call it (`金十快讯`, `金十首页全部市场快讯`).
  金十: "金十数据",
  东方财富: "东方财富",
  同花顺: "同花顺",
  新浪财经: "新浪财经",
  澎湃: "澎湃新闻",
  澎湃新闻: "澎湃新闻",
  国际在线: "国际在线",
  央视: "央视",
  总台: "总台",
  路透: "路透",
  // One agency: its Chinese service signs 路透 (`路透北京5月6日 -`), its name in full is 路透社 (`<author>路透社</author>`).
  路透社: "路透",
  彭博: "彭博",
  彭博社: "彭博社",
  // News agencies as their copyright lines and English credits name them.
  AFP: "法新社",
  Reuters: "路透",
  AP: "美联社",
  Bloomberg: "彭博",
  // The papers and sites a merged feed labels its items with (`[WSJ] …`, `[英为财情] …`: Investing.com's Chinese site).
  WSJ: "华尔街日报",
  英为财情: "英为财情",
  法新: "法新社",
  万得: "万得",
  Wind: "万得",
  "199IT": "199IT",
  "21世纪经济报道": "21世纪经济报道",
  "21财经": "21世纪经济报道",
  每经: "每日经济新闻",
  南都: "南方都市报",
  北青报: "北京青年报",
  上证报: "上海证券报",
  中证报: "中国证券报",
  // 每日经济新闻's machine-written flashes (`每经AI快讯，2月4日，…`).
  每经AI: "每日经济新闻",
  证券之星: "证券之星",
  // One outlet under two names: chinanews.com is 中国新闻网 on its pages' credits (`来源：中国新闻网`) and in
  // NewsAPI's site name, 中新网 in its own datelines (`中新网北京12月1日电`) and in its `<title>` (`-中新网`).
  中国新闻网: "中新网",
  // Its finance desk's sign under a dispatch its own dateline opens (`中新网1月31日电 据…。(中新财经)`,
  // finance.chinanews.com.cn's stories): the outlet, not another one.
  中新财经: "中新网",
  经参: "经济参考报",
  // 新华社's daily paper, whose name ends in no outlet's ending (`新华每日电讯记者尹平平在…`, a 今日头条 feed's lead).
  新华每日电讯: "新华每日电讯",
  // jrj.com.cn's credit on the copies it gives 百家号 (`来源：金融界网站`): the outlet's own name is 金融界.
  金融界网站: "金融界",
  // The magazine's credit on its articles a news app carries (`source : 中国企业家杂志©`).
  中国企业家杂志: "中国企业家",
  // An outlet's desk, as bylines name it after the outlet or alone (`新京报贝壳财经记者`; 新京报's closing line
  // `新京报贝壳记者 白金蕾 编辑 岳彩周` shortens it to a word that reads as no outlet): the outlet. A brand that is an outlet
  // of its own (红星新闻, 封面新闻) is not listed.
  贝壳财经: "新京报",
  新京报贝壳: "新京报",
  // MoneyDJ理財網, whose podcast's episode pages a notes site titles `Money DJ EP465 - …`.
  MoneyDJ: "MoneyDJ",
  "Money DJ": "MoneyDJ",
  // Chinese-language outlets as English-language credits and clipping exports name them (WiseNews' story headers
  // `3 .Ta Kung Pao | … | 2019-04-15`, `Source: Hong Kong Economic Journal`), keys without their spaces as every key
  // here is compared: the outlet's own name, in the script it prints in (Hong Kong's and Taiwan's Traditional,
  // Singapore's and Malaysia's Simplified). Each pair as the search index shows both names side by side (file ids):
  // a Hong Kong news aggregator's list of publishers (ayltai/hknews-backend README, 28191660732), a news reader's
  // source labels `Ta Kung Pao-大公報` (22510756985), an archive's media sheet `明報 / Ming Pao Daily News`, `信報 / HK
  // Economic Journal` (61928534887), a site's links with `title` and `title_zh` (45286871310), a partners list with
  // `name` and `name_en` (56703965487), a Malaysian crawler's sources `Sin Chew Daily (星洲日报)` (25634236137), a
  // digest's `联合早报 (Lianhe Zaobao)` (59103448510), a resource table's `21世纪经济报道` / `21st Century Business Herald`
  // (43722891877), and WiseNews' own export naming 香港商報 `Hong Kong Commercial Daily` (fresh-79, 23193114876).
  // Names an English sentence uses as words (`Headline`, `The Paper`, `The Reporter`) and names two outlets share
  // (`China Press`, `China Times`, `Hong Kong Economic Times` / 經濟日報) are left out.
  TaKungPao: "大公報",
  WenWeiPo: "文匯報",
  MingPao: "明報",
  MingPaoDailyNews: "明報",
  SingTao: "星島日報",
  SingTaoDaily: "星島日報",
  OrientalDaily: "東方日報",
  OrientalDailyNews: "東方日報",
  AppleDaily: "蘋果日報",
  SingPao: "成報",
  SkyPost: "晴報",
  HongKongEconomicJournal: "信報",
  HKEconomicJournal: "信報",
  HongKongCommercialDaily: "香港商報",
  SouthChinaMorningPost: "南華早報",
  HK01: "香港01",
  RTHK: "香港電台",
  RTHKNews: "香港電台",
  TVBNews: "無線新聞",
  EpochTimes: "大紀元",
  VisionTimes: "看中國",
  UnitedDailyNews: "聯合報",
  LibertyTimes: "自由時報",
  // 自由時報's own channels, as a page's `<title>` names the site after the headline (`… - 自由財經`, ec.ltn.com.tw; the
  // paper's site 自由電子報, news.ltn.com.tw): the paper, as its hosts are (`ltn.com.tw`).
  自由財經: "自由時報",
  自由電子報: "自由時報",
  // 獨立媒體 (inmediahk.net) credits its desk's stories `獨媒報導` (its feed's `dc:creator`, the label `【獨媒報導】` opening
  // each story: datasets/fresh-95; Hong Kong scrapers cut that label off, search-index files 43443770929, 52517250977),
  // and the name its feed's channel gives it is 獨立媒體.
  獨媒: "獨立媒體",
  // 時報資訊, the China Times group's wire, signs its reporters `【時報記者林資傑台北報導】` (a Taiwan desk's media aliases, the
  // search index's file 71118717950: `"時報記者": "時報資訊"`).
  時報: "時報資訊",
  // The wire's full name is 中央通訊社 (as the index's pair writes it); its credits and the hosts table name it 中央社.
  CentralNewsAgency: "中央社",
  StormMedia: "風傳媒",
  TheNewsLens: "關鍵評論",
  CommonwealthMagazine: "天下雜誌",
  InitiumMedia: "端傳媒",
  PTSNews: "公視新聞網",
  KinmenDailyNews: "金門日報",
  LianheZaobao: "联合早报",
  // Mediacorp's Chinese news site writes its brand in Latin letters (a feed's title `即时新闻 - 一览最新新闻资讯 - 8world`,
  // RSSHub's `/8world`, fresh-95) and its name 8视界新闻网 on its pages.
  "8world": "8视界新闻网",
  SinChewDaily: "星洲日报",
  NanyangSiangPau: "南洋商报",
  "21stCenturyBusinessHerald": "21世纪经济报道",
  ChinaBusinessNetwork: "第一财经",
  // 财新 as this table names it (`财新: "财新"`); the index's pair writes its site, 财新网.
  Caixin: "财新",
  // 上海钢联's commodity news, signing its flashes and desks by its brand (`Mysteel快讯：`, `Mysteel煤焦：`).
  Mysteel: "Mysteel",
};

/** The outlet that runs each of the portals' self-publishing platforms a credit names (`百家号`, `网易号·某某`). */
export const PLATFORM_OWNERS: Readonly<Record<string, string>> = {
  // 网易号's name until 2016, still in its pages' titles (`标题_网易订阅`).
  网易订阅: "网易",
  澎湃号: "澎湃新闻",
  百家号: "百家号",
  头条号: "今日头条",
  网易号: "网易",
  搜狐号: "搜狐",
  企鹅号: "腾讯新闻",
  大鱼号: "UC",
  一点号: "一点资讯",
};
