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
 * Every place name, longest first so that an alternation takes the longest at each position, and
 * not right after a day word's first character: `昨日本土` and `今日本周` name no Japan, `今天津贴`
 * no Tianjin.
 */
const PLACE_NAMES = new RegExp(
  `(?<![昨今明前当翌次每])(?:${[...PLACES].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join("|")})`,
  "gu",
);

/** The places a title names, each once, sorted. */
export function placesIn(title: string): string[] {
  return [...new Set(title.match(PLACE_NAMES) ?? [])].sort();
}

/**
 * Characters after which a place name starts a word of its own (`伊朗和巴基斯坦`, `在埃及`); after any
 * other character it may end a name (`华泰国际` holds no Thailand, `申万宏源香港` no Hong Kong).
 */
const BEFORE_A_PLACE = /[和与及同在对赴至向从自于据经由为将跟、]/u;
const IDEOGRAPH = /\p{Script=Han}/u;

/**
 * The places a sentence names as words of their own, each once, sorted: at its start, after
 * punctuation or a letter, or after a word that introduces one (`BEFORE_A_PLACE`).
 */
export function placesNamedIn(sentence: string): string[] {
  const found = new Set<string>();
  for (const match of sentence.matchAll(PLACE_NAMES)) {
    const before = match.index === 0 ? "" : sentence[match.index - 1]!;
    if (before === "" || !IDEOGRAPH.test(before) || BEFORE_A_PLACE.test(before)) found.add(match[0]);
  }
  return [...found].sort();
}
