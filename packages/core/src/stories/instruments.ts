import { longestFirstPattern } from "../text/string-finder.js";

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

/** Families that name what a number measures (a market, a price); periods and sessions do not. */
const SUBJECT_FAMILIES: ReadonlySet<string> = new Set([
  "crudeOil",
  "metal",
  "chinaIndex",
  "hongKongIndex",
  "usIndex",
  "asiaIndex",
  "europeIndex",
  "turnover",
  "yuan",
  "policyRate",
  "bondTenor",
]);

interface Alias {
  family: string;
  member: string;
}

const ALIASES = new Map<string, Alias>();
for (const [family, members] of Object.entries(INSTRUMENT_FAMILIES)) {
  for (const [member, names] of Object.entries(members)) {
    for (const name of names) ALIASES.set(name, { family, member });
  }
}
/** All names as one alternation, longest first so `恒生科技指数` wins over `恒生指数`'s prefix. */
const NAME = longestFirstPattern(ALIASES.keys(), "gu");

/**
 * Families whose member a text leads with only when its first sentence names it: a results flash is
 * about the period its first sentence reports (`2026年上半年净利润…`), while a note further on may
 * break it down (`小财注：公司Q2净利润…`), which a copy leaves out.
 */
const FIRST_SENTENCE_FAMILIES: ReadonlySet<string> = new Set(["period"]);

/**
 * A character right before a period's name that makes it the base of a comparison (`占比较一季度提高0.9个百分点`,
 * `比上半年`), not the period a text reports: MIIT's half-year figures told with the base station's share
 * against the first quarter are still about the half year.
 */
const COMPARED_WITH = /[较比]$/u;

/**
 * The first member of each family a text names, as `family:member` keys in family order: the
 * instrument a flash leads with is the one it is about (`日经225…韩国综指` is a Nikkei flash).
 * A family of `FIRST_SENTENCE_FAMILIES` counts only within `lead`, the text's first sentence, and not as
 * the base of a comparison (`COMPARED_WITH`).
 */
export function leadingInstruments(text: string, lead: string): string[] {
  const first = new Map<string, string>();
  for (const match of text.matchAll(NAME)) {
    const alias = ALIASES.get(match[0])!;
    if (FIRST_SENTENCE_FAMILIES.has(alias.family)) {
      if (match.index >= lead.length || COMPARED_WITH.test(text.slice(match.index - 1, match.index)))
        continue;
    }
    if (!first.has(alias.family)) first.set(alias.family, alias.member);
  }
  return [...first].map(([family, member]) => `${family}:${member}`);
}

/** The names (`wti`, `美原油`…) of an instrument by its `family:member` key; none for an unknown key. */
export function instrumentNames(key: string): readonly string[] {
  const at = key.indexOf(":");
  return INSTRUMENT_FAMILIES[key.slice(0, at)]?.[key.slice(at + 1)] ?? [];
}

/** An instrument named in a text that a number after it can measure. */
export interface InstrumentMention {
  /** `family:member`. */
  key: string;
  /** Where the name starts and ends in the text. */
  start: number;
  end: number;
}

/** The mentions of instruments that numbers can measure (markets, prices), in text order. */
export function instrumentMentions(text: string): InstrumentMention[] {
  const mentions: InstrumentMention[] = [];
  for (const match of text.matchAll(NAME)) {
    const alias = ALIASES.get(match[0])!;
    if (SUBJECT_FAMILIES.has(alias.family)) {
      mentions.push({
        key: `${alias.family}:${alias.member}`,
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  return mentions;
}

/**
 * The first family in which two texts lead with different members, or null when none: `a` and `b`
 * are the members they lead with (`leadingInstruments`), `aText` and `bText` the texts. Two texts
 * that each name the member the other leads with tell the same markets in another order (one
 * feed's `韩国KOSPI指数开盘下跌3.6%…；日经225指数低开0.82%…` is another's `日经225指数低开0.82%…韩国综指低开3.60%…`),
 * which the figures then decide; Brent's alert never names WTI.
 */
export function instrumentConflict(
  a: readonly string[],
  b: readonly string[],
  aText: string,
  bText: string,
): string | null {
  const byFamily = new Map(a.map((key) => [key.slice(0, key.indexOf(":")), key] as const));
  for (const key of b) {
    const other = byFamily.get(key.slice(0, key.indexOf(":")));
    if (other === undefined || other === key) continue;
    if (names(aText, key) && names(bText, other)) continue;
    return `${other} vs ${key.slice(key.indexOf(":") + 1)}`;
  }
  return null;
}

/** True when a text names an instrument (`family:member`) by any of its names. */
function names(text: string, key: string): boolean {
  return instrumentNames(key).some((name) => text.includes(name));
}
