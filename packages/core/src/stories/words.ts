// @caixun/core/stories/words — the word tables the stories comparison reads: instruments, names, places
// and event words. An entry of its own, as `@caixun/core/stories/common-pairs` is, so that a Worker can
// read them from its static assets instead of carrying them (wrangler.jsonc `alias`,
// apps/api/src/asset-story-words.ts); core imports them by the package's own name, and the modules that
// derive a pattern or a map from them do so at first use, not when they load.

/**
 * Named instruments that a flash can be about, in families whose members exclude each other: a
 * story about Brent is not a story about WTI even when both rose 1% at the same minute. Names are
 * matched in the comparison text (NFKC, lower case); the longest name wins where two overlap.
 * This is data: add a family or a name here, not a special case in the guard.
 */
export const INSTRUMENT_FAMILIES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  crudeOil: {
    wti: ["wti", "美原油", "美油", "纽约原油", "nymex原油"],
    brent: ["布伦特", "brent", "布油", "伦敦原油"],
    shanghai: ["sc原油", "上海原油", "上期所原油"],
  },
  metal: {
    gold: ["黄金", "金价", "期金"],
    silver: ["白银", "银价", "期银"],
    copper: ["铜价", "期铜", "沪铜", "伦铜", "comex铜"],
    platinum: ["铂金"],
    palladium: ["钯金"],
  },
  chinaIndex: {
    shanghai: ["沪指", "上证指数", "上证综指"],
    shenzhen: ["深成指", "深证成指"],
    chinext: ["创业板指"],
    star50: ["科创50"],
    bse50: ["北证50"],
    csi300: ["沪深300"],
    csi500: ["中证500"],
    csi1000: ["中证1000"],
    sse50: ["上证50"],
    a50: ["a50"],
  },
  hongKongIndex: {
    hangSeng: ["恒生指数", "恒指"],
    hangSengTech: ["恒生科技指数", "恒科指"],
    chinaEnterprises: ["国企指数"],
  },
  usIndex: {
    dow: ["道指", "道琼斯"],
    nasdaq: ["纳指", "纳斯达克综合指数"],
    nasdaq100: ["纳斯达克100"],
    sp500: ["标普500", "标普指数"],
    semiconductor: ["费城半导体"],
    russell2000: ["罗素2000"],
    goldenDragon: ["中国金龙"],
  },
  asiaIndex: {
    nikkei: ["日经225", "日经指数", "日经平均"],
    topix: ["东证指数"],
    kospi: ["kospi", "韩国综指", "韩国综合指数"],
    kosdaq: ["kosdaq"],
    taiex: ["台交所", "台湾加权"],
    msciAsiaPacific: ["msci亚太"],
  },
  europeIndex: {
    ftse100: ["富时100"],
    cac40: ["cac40"],
    dax: ["dax"],
    stoxx50: ["斯托克50"],
    stoxx600: ["斯托克600"],
    ftseMib: ["mib"],
  },
  // The turnover of the A-share market, which alerts report as it crosses a level (`沪深两市成交额
  // 突破1万亿`); `ETF两市成交额` is another market's, so the bare `两市成交额` is not a name here.
  turnover: {
    aShares: ["沪深两市成交额", "沪深京三市成交额", "沪深北三市成交额"],
  },
  yuan: {
    onshore: ["在岸人民币"],
    offshore: ["离岸人民币"],
    fixing: ["中间价"],
  },
  // A central bank's rates: one decision states its policy rate, the discount rate and the rate on
  // reserves in separate flashes a minute apart (`维持联邦基金利率目标区间…` / `维持贴现率在3.75%不变`).
  policyRate: {
    benchmark: ["联邦基金利率", "基准利率", "政策利率"],
    discount: ["贴现率"],
    reserves: ["超额准备金利率", "准备金余额利率"],
    reserveRatio: ["存款准备金率"],
    lpr: ["贷款市场报价利率", "lpr"],
  },
  bondTenor: {
    y2: ["2年期"],
    y5: ["5年期"],
    y10: ["10年期"],
    y30: ["30年期"],
  },
  period: {
    q1: ["一季度", "第一季度", "第一财季", "q1"],
    q2: ["二季度", "第二季度", "第二财季", "q2"],
    q3: ["三季度", "第三季度", "第三财季", "q3"],
    q4: ["四季度", "第四季度", "第四财季", "q4"],
    firstHalf: ["上半年", "半年度"],
    fullYear: ["全年"],
  },
  // The level of a warning bulletin (weather, flood, geological): two bulletins of one office in
  // one hour at different levels are two warnings, worded alike.
  warningLevel: {
    red: ["红色预警"],
    orange: ["橙色预警"],
    yellow: ["黄色预警"],
    blue: ["蓝色预警"],
  },
  session: {
    open: ["开盘", "高开", "低开", "盘初"],
    midday: ["午盘", "午间收盘", "午评"],
    close: ["收盘", "收涨", "收跌", "收评", "尾盘", "收报"],
  },
};

/**
 * Names two feeds give one instrument, indicator or body (`采购经理指数` / `PMI`, `韩国综指` /
 * `韩国KOSPI指数`, `道琼斯指数` / `道指`), made one before two copies are compared: one feed's
 * `美国7月制造业PMI终值53.9` and another's `美国7月制造业采购经理指数报53.9` then share their words.
 *
 * The parse's fingerprint has its own table (`EQUIVALENT_NAMES` in `equivalent-names.ts`), already applied
 * to the comparison text; this one is the stories comparison's alone, so a name added here changes
 * which copies are joined and never a parse's output (nor a stored story key: features apply it).
 *
 * This is data: each class lists one thing's names as they read in a comparison text (NFKC, lower
 * case), the first the one the others become. A class names one thing only: `制造业PMI` and
 * `非制造业PMI`, Brent and WTI, `CPI` and `PPI` are different classes or different words around one
 * name. No name of a class may be read inside another class's first name, and where one name
 * continues another (`标普500` / `标普500指数`) the longer is matched first, so applying the table
 * twice gives what applying it once gives (a test holds both).
 */
export const NAME_CLASSES: readonly (readonly string[])[] = [
  ["pmi", "采购经理指数", "采购经理人指数"],
  ["cpi", "消费者物价指数", "消费者价格指数", "居民消费价格指数"],
  ["ppi", "生产者物价指数", "生产者价格指数", "工业生产者出厂价格指数"],
  ["gdp", "国内生产总值"],
  ["资本开支", "资本支出"],
  ["美联储", "联储", "美国联储"],
  ["欧洲央行", "欧央行", "欧洲中央银行"],
  ["英国央行", "英格兰银行", "英国中央银行"],
  ["欧佩克", "opec"],
  ["证监会", "中国证监会"],
  ["美债", "美国国债"],
  ["美元指数", "美指"],
  ["道指", "道琼斯指数", "道琼斯工业指数", "道琼斯工业平均指数"],
  ["纳指", "纳斯达克指数", "纳斯达克综指", "纳斯达克综合指数"],
  ["标普500指数", "标普500", "标普指数", "标准普尔500指数"],
  ["日经225指数", "日经225", "日经指数", "日经平均指数"],
  ["韩国kospi指数", "韩国综指", "韩国综合指数", "韩国综合股价指数"],
  ["恒生指数", "恒指"],
  ["沪指", "上证指数", "上证综指", "上证综合指数"],
  ["深成指", "深证成指", "深证成份指数", "深证成分指数"],
  ["创业板指", "创业板指数"],
  ["美油", "美原油", "wti原油", "纽约原油", "美国原油"],
  ["布油", "布伦特原油"],
  ["sc原油", "上海原油", "上期所原油"],
];

/**
 * Places a headline can be about. Two feeds' paraphrases of one event name its place alike, while a
 * recurring headline told of two places (`上海昨日本土无新增` / `北京昨日本土无新增`, the US embassies
 * in Israel and in Jordan) words everything else alike: when both titles name places and none in
 * common, their headlines do not corroborate each other (see `crossHeadlineShare`). Names are
 * matched in the title's content characters (NFKC, lower case), the longest name first where two
 * overlap (`印度尼西亚` before `印度`). This is data: add a name here, not a special case elsewhere.
 */
export const PLACES: readonly string[] = [
  // Provinces, municipalities and regions of China, and its largest cities.
  ...[
    "北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东",
    "河南 湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港",
    "澳门 台湾 深圳 广州 杭州 南京 武汉 成都 西安 苏州 青岛 厦门 宁波 大连 长沙 郑州",
  ]
    .join(" ")
    .split(" "),
  // Countries and regions in the news.
  ...[
    "美国 日本 韩国 朝鲜 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典",
    "挪威 丹麦 芬兰 波兰 希腊 奥地利 爱尔兰 克罗地亚 俄罗斯 乌克兰 土耳其 以色列 伊朗 伊拉克",
    "沙特 阿联酋 卡塔尔 约旦 叙利亚 黎巴嫩 也门 阿曼 科威特 巴林 埃及 印度尼西亚 印度 巴基斯坦",
    "阿富汗 越南 泰国 新加坡 马来西亚 菲律宾 缅甸 柬埔寨 蒙古 哈萨克斯坦 澳大利亚 新西兰 加拿大 墨西哥",
    "巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 古巴 南非 尼日利亚 埃塞俄比亚 肯尼亚 欧元区",
  ]
    .join(" ")
    .split(" "),
];

/**
 * What can happen in a flash, as a word both write-ups of one event use whatever else they word
 * apart: a strike, a quake, an approval, a holder's sale. Words that any statement uses (`表示`,
 * `发布`) tell no event. This is data: add a word here, not a special case elsewhere.
 */
export const EVENT_ACTIONS: readonly string[] = [
  ..."干预 空袭 袭击 打击 导弹 地震 爆炸 起火 失踪 摧毁 击落 封锁 制裁 罢工 逮捕 去世 漏洞 被盗".split(" "),
  ..."批复 获批 认证 裁员 遣散 减持 增持 回购 中标 收购 并购 退市 停牌 复牌 违约 破产 立案".split(" "),
  ..."处罚 罚款 召回 停产 减产 增产 加息 降息 辞职 离婚 婚姻 开标 签署 起诉 驳回 当选 任命".split(" "),
  ..."涨价 降价 豁免 出售".split(" "),
];
