import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import {
  companyOf,
  createDictionary,
  loadSecurities,
  readSecurityList,
  securitiesWith,
} from "../src/securities/entry.js";
import { findSecurities } from "../src/securities/find.js";

// Sentences are excerpts of flash items in ../shared/dumps (cls, eastmoney, ths; 2026-07-29 … 08-04).
const dictionary = loadSecurities();
const find = (text: string) => findSecurities("", text, {}, dictionary);
const keys = (text: string) => find(text).securities.map((s) => `${s.code}.${s.market}`);

describe("names in the text", () => {
  it("finds companies named without a code, with their dictionary name and mention count", () => {
    expect(
      find("创新药概念震荡拉升，海南海药直线涨停，九典制药、哈药股份跟涨。海南海药此前已连板。").securities,
    ).toEqual([
      { code: "000566", market: "SZ", name: "海南海药", how: "name", mentions: 2 },
      { code: "300705", market: "SZ", name: "九典制药", how: "name", mentions: 1 },
      { code: "600664", market: "SH", name: "哈药股份", how: "name", mentions: 1 },
    ]);
  });

  it("reads a title the text's first line repeats once, and a title the text does not open with apart", () => {
    // cls, 2026-07-29: the flash item's text opens with its headline in brackets, then the lead.
    const title = "乳业概念表现活跃 均瑶健康直线涨停";
    const lead = `【${title}】财联社7月29日电，乳业概念表现活跃，均瑶健康直线涨停，一鸣食品2连板。`;
    expect(findSecurities(title, lead, {}, dictionary).securities).toEqual([
      { code: "605388", market: "SH", name: "均瑶健康", how: "name", mentions: 2 },
      { code: "605179", market: "SH", name: "一鸣食品", how: "name", mentions: 1 },
    ]);
    expect(
      findSecurities(title, "乳业概念表现活跃。\n均瑶健康直线涨停。", {}, dictionary).securities,
    ).toEqual([{ code: "605388", market: "SH", name: "均瑶健康", how: "name", mentions: 2 }]);
  });

  it("takes the name from the dictionary, not the words before it", () => {
    expect(find("该公司由中微公司孵化").securities.map((s) => s.name)).toEqual(["中微公司"]);
    expect(find("A股白银龙头盛达资源涨停").securities.map((s) => s.name)).toEqual(["盛达资源"]);
  });

  it("reads a subsidiary as its listed parent, saying so", () => {
    expect(find("中国太保产险曾义：金融为民").securities).toEqual([
      { code: "601601", market: "SH", name: "中国太保", how: "name", mentions: 1 },
    ]);
    expect(find("太保产险发布年度报告").securities).toEqual([
      {
        code: "601601",
        market: "SH",
        name: "中国太保",
        how: "name",
        mentions: 1,
        via: "subsidiary",
        subsidiary: "太保产险",
      },
    ]);
  });

  it("does not read a short name inside a longer word or an industry", () => {
    expect(keys("营收增长和利润改善")).toEqual([]);
    expect(keys("中国银行业协会发布报告")).toEqual([]);
    expect(keys("平安是福")).toEqual([]);
    // A market (银行间), and a short name inside Han text with only a business word after it.
    expect(keys("公司于近日收到中国银行间市场交易商协会下发的《接受注册通知书》")).toEqual([]);
    expect(keys("此次中标将对公司未来业务增长和业绩产生积极影响")).toEqual([]);
  });

  it("does not read a listed name that opens another company's name", () => {
    // Excerpts of ../shared/dumps: eastmoney 202607303826737674, ths 678661150, ths 678517119.
    expect(keys("昊帆生物：杭州福斯特药业有限公司收到起诉书")).toEqual(["301393.SZ"]);
    expect(keys("国电电力持股85%、鄂尔多斯新能源公司持股5%")).toEqual(["600795.SH"]);
    expect(keys("石大胜华投资成立新能源科技公司")).toEqual(["603026.SH"]);
    // The company's own full name (a joint-stock company), and words relating it to another company.
    expect(keys("宁德时代新能源科技股份有限公司发布公告")).toEqual(["300750.SZ"]);
    expect(keys("界面新闻从理想汽车、江淮汽车等多家汽车公司研发人士处了解")).toEqual([
      "02015.HK",
      "600418.SH",
    ]);
    expect(keys("福斯特公司发布公告")).toEqual(["603806.SH"]);
  });

  it("reads US listings by their English names, an ordinary English word only with a cue", () => {
    expect(keys("Lam Research盘后涨5%")).toEqual(["LRCX.NASDAQ"]);
    expect(keys("Honeywell宣布分拆")).toEqual(["HON.NASDAQ"]);
    // `Oracle` and `Tesla` are also English words: the listing with a cue after it, not in a phrase.
    expect(keys("Oracle股价大涨")).toEqual(["ORCL.NYSE"]);
    expect(keys("the Oracle of Omaha")).toEqual([]);
    expect(keys("Tesla涨超3%")).toEqual(["TSLA.NASDAQ"]);
    expect(keys("1 tesla磁场")).toEqual([]);
    // Its Chinese name is no ordinary word.
    expect(keys("消息称，甲骨文将发布财报")).toEqual(["ORCL.NYSE"]);
  });

  it("takes the longest name across the dictionary, not the first to start", () => {
    const list = readSecurityList("code,market,name\n600001,SH,甲乙\n600002,SH,乙丙丁戊\n", "test").entries;
    const mine = createDictionary(list);
    const found = (text: string) =>
      findSecurities("", text, {}, mine).securities.map((s) => `${s.code}.${s.market}`);
    expect(found("消息称，甲乙丙丁戊涨停")).toEqual(["600002.SH"]);
    expect(found("消息称，甲乙涨停")).toEqual(["600001.SH"]);
  });

  it("reads an exchange as a listing only where the story is about its shares", () => {
    // The filer is the company there, not the exchange it files with.
    expect(keys("8月3日，维立志博在港交所公告，国家药监局已批准其候选药物")).toEqual(["09887.HK"]);
    expect(keys("公司计划在纳斯达克上市")).toEqual([]);
    expect(keys("港交所股价涨超3%，成交额创新高")).toEqual(["00388.HK"]);
  });

  it("reads a name that is also an ordinary word only with its code or a stock cue", () => {
    expect(keys("太平洋上空的气旋")).toEqual([]);
    expect(keys("机器人产业加速发展")).toEqual([]);
    expect(keys("机器人涨停，新松机器人订单饱满")).toEqual(["300024.SZ"]);
    // `公司` / `集团` after such a name is the company.
    expect(keys("苹果公司周二在官网宣布，美国用户很快将可以通过租赁方式使用iPhone")).toEqual(["AAPL.NASDAQ"]);
    expect(keys("小米汽车7月交付量突破4万台")).toEqual(["01810.HK"]);
    expect(keys("买了一袋小米")).toEqual([]);
    // What a company does as a company, where the name opens its phrase (titles of 2026-07-29 … 08-04).
    expect(keys("苹果称短暂将Telegram从App Store下架")).toEqual(["AAPL.NASDAQ"]);
    expect(keys("小米多款手机今起正式涨价")).toEqual(["01810.HK"]);
    expect(keys("4、摩根大通预计美联储将于2026年12月降息")).toEqual(["JPM.NYSE"]);
    // The same words after a noun that ends a longer one are not the company.
    expect(keys("川崎重工可骑行四足机器人计划2035年开始销售")).toEqual([]);
    expect(keys("印度信息部长称，内阁已批准为太阳能计划拨款507亿卢比")).toEqual([]);
    expect(keys("经营范围包含：初级农产品收购")).toEqual([]);
  });

  it("reads such a name as the listing where it stands in a list of listings, or is written as the exchange lists it", () => {
    expect(keys("金融板块异动拉升，联迪信息、指南针、银之杰、同花顺、财富趋势等涨幅靠前。")).toEqual([
      "920790.BJ",
      "300803.SZ",
      "300085.SZ",
      "300033.SZ",
      "688318.SH",
    ]);
    expect(keys("这本书是投资者的指南针，同花顺软件也常用。")).toEqual([]);
    expect(keys("中芯国际、小米集团-W分别遭净卖出20.08亿港元")).toEqual(["688981.SH", "01810.HK"]);
  });

  it("reads Latin names with or without their spaces", () => {
    expect(keys("Bloom Energy二季度营收10.7亿美元")).toEqual(["BE.NYSE"]);
    expect(keys("BloomEnergy美股盘前涨超10%")).toEqual(["BE.NYSE"]);
    expect(keys("壳牌与菲利普斯66（Phillips 66）正考虑出售")).toEqual(["SHEL.NYSE", "PSX.NYSE"]);
  });

  it("reads a short name after a non-Han mark or a particle, and an ordinary word before a reporting period", () => {
    expect(keys("主力资金监控：C长鑫净买入超25亿")).toEqual(["688825.SH"]);
    expect(keys("此前涨近10%的闪迪现跌超6%")).toEqual(["SNDK.NASDAQ"]);
    expect(keys("苹果第三财季营收1094.2亿美元")).toEqual(["AAPL.NASDAQ"]);
    expect(keys("苹果树下的果农")).toEqual([]);
  });

  it("gives a moved Beijing code only the name of the listing that took it", () => {
    // 832171 and 833171 both end in 171: only the feeds say which company 920171 is.
    expect(
      find("已有国航远洋、安达科技等多家北交所公司发布业绩预告").securities.map((s) => [s.code, s.name]),
    ).toEqual([
      ["920571", "国航远洋"],
      ["920809", "安达科技"],
    ]);
  });

  it("prefers the listing whose code the story writes, else the home market", () => {
    expect(keys("比亚迪股份(01211.HK)公布销量")).toEqual(["01211.HK"]);
    expect(keys("中国平安发布中报")).toEqual(["601318.SH"]);
  });

  it("reads a share class right after a name with its exchange mark", () => {
    expect(keys("德意志银行在哔哩哔哩-WH股的持股比例升至19.04%")).toContain("09626.HK");
  });

  it("does not read a Latin name inside a longer word", () => {
    expect(keys("Metaverse 与 metal")).toEqual([]);
    expect(keys("Meta股价上涨1.13%")).toEqual(["META.NASDAQ"]);
  });
});

describe("names two companies have", () => {
  it("gives a former name to the company now listed under it", () => {
    const entry = (code: string, name: string, aliases: string[]) => ({
      kind: "security" as const,
      code,
      market: "SZ" as const,
      name,
      aliases,
      subsidiaries: [],
      commonWord: false,
      company: null,
      sources: ["test"],
    });
    // 000001 was called 旧名称 before it was renamed; 000002 trades under that name now.
    const renamed = createDictionary([entry("000001", "新名称", ["旧名称"]), entry("000002", "旧名称", [])]);
    expect(findSecurities("", "旧名称公告，新名称回应", {}, renamed).securities.map((s) => s.code)).toEqual([
      "000002",
      "000001",
    ]);
  });

  it("links a Hong Kong RMB counter to its HKD counter", () => {
    expect(dictionary.byKey.get("80175.HK")?.company).toBe(dictionary.byKey.get("00175.HK")?.company);
    expect(keys("吉利汽车发布7月销量")).toEqual(["00175.HK"]);
    // A counter the dictionary does not list goes with its HKD counter's company by its code: eastmoney
    // lists 小米集团's RMB counter 81810 beside items that name 小米.
    expect(dictionary.byKey.has("81810.HK")).toBe(false);
    expect(companyOf(dictionary, "81810.HK")).toBe(companyOf(dictionary, "01810.HK"));
    expect(companyOf(dictionary, "81810.HK")).not.toBe("81810.HK");
    // No HKD counter, no link; other codes are their own company when the dictionary does not know them.
    expect(dictionary.byKey.has("04444.HK")).toBe(false);
    expect(companyOf(dictionary, "84444.HK")).toBe("84444.HK");
    expect(companyOf(dictionary, "688828.SH")).toBe("688828.SH");
  });
});

describe("indices and sectors", () => {
  it("keeps indices and boards out of securities", () => {
    const found = find(
      "三大指数集体低开，沪指低开0.43%，深成指低开0.93%，创业板指低开1.40%，半导体芯片、算力硬件等板块指数跌幅居前。",
    );
    expect(found.securities).toEqual([]);
    expect(found.indices.map((i) => [i.code, i.name])).toEqual([
      ["000001", "上证指数"],
      ["399001", "深证成指"],
      ["399006", "创业板指"],
    ]);
    expect(found.sectors.map((s) => s.name)).toEqual(["半导体芯片", "算力"]);
  });

  it("reads a record's listing named as an index as that index, whatever code the feed gave it", () => {
    // A cls item lists 科创50 under 000688.SZ, which is the code of the stock 国城矿业.
    const found = findSecurities(
      "",
      "科创50跌超5% 芯片股领跌",
      { record: [{ code: "000688", market: "SZ", name: "科创50" }] },
      dictionary,
    );
    expect(found.securities).toEqual([]);
    expect(found.indices).toEqual([{ code: "000688", market: "SH", name: "科创50", mentions: 1 }]);
  });
});

describe("parse with a dictionary", () => {
  it("adds sectors and indices to the Article and keeps widgets as widgets", () => {
    const article = parse("港股收评：恒生指数涨0.1%\n\n恒生科技指数涨0.53%，腾讯控股涨超4%。", {
      securities: dictionary,
    });
    expect(article.indices.map((i) => i.code)).toEqual(["HSI", "HSTECH"]);
    expect(article.securities).toEqual([
      { code: "00700", market: "HK", name: "腾讯控股", how: "name", mentions: 1 },
    ]);
  });

  it("reads a user's list and extends the shipped dictionary with it", () => {
    const { entries, skipped } = readSecurityList(
      "code\tmarket\tname\tmentions\nZZZ9\tUS\t某某科技\t3\n\tSH\t缺代码\t1\n",
      "mine.tsv",
    );
    expect(skipped).toBe(1);
    const mine = securitiesWith(entries);
    expect(findSecurities("", "某某科技发布新品", {}, mine).securities).toEqual([
      { code: "ZZZ9", market: "NASDAQ", name: "某某科技", how: "name", mentions: 1 },
    ]);
  });

  it("never throws and counts at least one mention for every name it finds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const found = find(text);
        return found.securities.every((s) => s.mentions >= 1);
      }),
    );
  });
});
