import { longestFirstPattern } from "../text/string-finder.js";

/**
 * Names two feeds give one instrument, indicator or body (`采购经理指数` / `PMI`, `韩国综指` /
 * `韩国KOSPI指数`, `道琼斯指数` / `道指`), made one before two copies are compared: one feed's
 * `美国7月制造业PMI终值53.9` and another's `美国7月制造业采购经理指数报53.9` then share their words.
 *
 * The parse's fingerprint has its own table (`EQUIVALENT_NAMES` in `comparable.ts`), already applied
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

/** Every name to the first name of its class (a first name to itself). */
const ONE_NAME = new Map<string, string>();
for (const names of NAME_CLASSES) for (const name of names) ONE_NAME.set(name, names[0]!);

/**
 * Every name as one alternation, the longest first: a first name is matched as itself, so a shorter
 * name it starts with (`标普500` in `标普500指数`) is not read inside it.
 */
const NAME = longestFirstPattern(ONE_NAME.keys(), "gu");

/**
 * What a commodity's name is followed by when it names a quantity of the commodity, not its traded
 * price: `美国原油库存` (EIA's inventories), `美国原油产量`, `出口`. There the name stays as written: a
 * feed's `美国上周原油库存` and another's `美国原油库存上周` tell one indicator, and neither is WTI's price.
 * Anchored at the name's end.
 */
const INDICATOR_AFTER = /^(?:库存|产量|产能|出口|进口|储备|钻井)/u;

/** A text (a comparison text, or a title's content characters) with each name as its class's first. */
export function oneStoryName(text: string): string {
  return text.replace(NAME, (name, at: number) =>
    INDICATOR_AFTER.test(text.slice(at + name.length, at + name.length + 2)) ? name : ONE_NAME.get(name)!,
  );
}
