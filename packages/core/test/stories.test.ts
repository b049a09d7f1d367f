import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { Article } from "../src/article.js";
import { anchorsOf } from "../src/stories/anchors.js";
import { commentaryConflict, leadingAnnouncer, leadingCommentator } from "../src/stories/announcer.js";
import { madeAtFirstUse } from "../src/stories/at-first-use.js";
import {
  CANDIDATES,
  chooseCanonical,
  comparableCopies,
  compareFeatures,
  comparisonText,
  DEFAULT_STORY_SETTINGS,
  featuresOf,
  groupKeys,
  groupStories,
  resolveStorySettings,
  type StoryArticle,
  type StoryKey,
  type StorySettings,
  storyIdOf,
  storyKey,
} from "../src/stories/index.js";
import { instrumentConflict, leadingInstruments } from "../src/stories/instruments.js";
import { leadSessionOf } from "../src/stories/moves.js";
import { sharedNames } from "../src/stories/particulars.js";
import { placesIn } from "../src/stories/places.js";
import { quakeOf, quakesAgree } from "../src/stories/quakes.js";
import { quantitiesIn } from "../src/stories/quantities.js";
import { PLACES } from "../src/stories/words.js";

const S = DEFAULT_STORY_SETTINGS;
/** The defaults with every window of evidence other than the wording closed. */
const CLOSED_WINDOWS = {
  ...S,
  strongWindowHours: 0,
  particularsWindowHours: 0,
  crossHeadlineWindowHours: 0,
  closeHeadlineWindowHours: 0,
  leadMoveWindowHours: 0,
  openWindowHours: 0,
};

/** An article with only what grouping reads; the texts below are written for these tests. */
function item(
  id: string,
  publishedAt: string | null,
  text: string,
  more: Partial<StoryArticle> = {},
): StoryArticle {
  return {
    id,
    title: "",
    text,
    publishedAt,
    source: null,
    via: [],
    originalUrl: null,
    securities: [],
    tags: [],
    ...more,
  };
}

function verdict(a: StoryArticle, b: StoryArticle, settings: Readonly<StorySettings> = S) {
  return compareFeatures(
    featuresOf(storyKey(a, settings), settings),
    featuresOf(storyKey(b, settings), settings),
    settings,
  );
}

describe("comparison text", () => {
  it("drops the headline, the dateline and trailing credits, and folds full-width characters", () => {
    expect(
      comparisonText(
        "",
        "【美联储维持利率不变】财联社7月30日电，美联储维持利率在３．５０％至３．７５％不变。 （央视新闻）",
        1000,
      ),
    ).toBe("美联储维持利率在3.50%至3.75%不变。");
  });

  it("drops a leading source line and keeps paragraphs as line breaks", () => {
    expect(comparisonText("", "来源：经济参考网\n\n第一段 文字。\n\n  第二段。", 1000)).toBe(
      "第一段 文字。\n第二段。",
    );
  });

  it("drops a repost's headline line of at most 80 code points, counted as code points, and no longer line", () => {
    const story =
      "中国人民银行决定于12月5日下调金融机构存款准备金率0.25个百分点，释放长期资金约5000亿元。此次降准为全面降准，除已执行5%存款准备金率的机构外，对其他金融机构普遍下调存款准备金率。";
    // NFKC folds the full-width commas.
    const folded = story.replaceAll("，", ",");
    expect(comparisonText("", `重磅！央行宣布全面降准0.25个百分点\n${story}`, 1000)).toBe(folded);
    // 80 code points, 40 of them astral (two code units each): 120 code units, still a headline's line (under a story
    // more than as long as it).
    const astral = "𠀀".repeat(40) + "央".repeat(40);
    expect(comparisonText("", `${astral}\n${story}${story}`, 1000)).toBe(folded + folded);
    // 81: the first line is the story's.
    expect(comparisonText("", `${astral}行\n${story}${story}`, 1000)).toBe(`${astral}行\n${folded}${folded}`);
    // A first paragraph longer than that, with no line break or with one far on, is kept whole.
    expect(comparisonText("", story, 1000)).toBe(folded);
    expect(comparisonText("", `${story}\n${story}`, 1000)).toBe(`${folded}\n${folded}`);
  });

  it("falls back to the title when there is no text, and cuts to the limit", () => {
    expect(comparisonText("美国商务部：法案或拖延到2022年", "", 1000)).toBe("美国商务部:法案或拖延到2022年");
    expect(comparisonText("", "《科创板日报》4日讯，晶圆代工厂表示需求增长", 6)).toBe("晶圆代工厂表");
  });
});

describe("quantities", () => {
  it("reads values, the interval their wording allows, units and what they measure", () => {
    const text = comparisonText(
      "",
      "日经225指数跌幅扩大至2%，现报61081.12点。SK海力士跌超7%，三星电子跌近3%。",
      1000,
    );
    expect(quantitiesIn(text, 6)).toEqual([
      { value: 2, low: 1.5, high: 2.5, qualified: false, unit: "%", subject: "@asiaIndex:nikkei" },
      {
        value: 61081.12,
        low: 61081.115000000005,
        high: 61081.125,
        qualified: false,
        unit: "点",
        subject: "@asiaIndex:nikkei",
      },
      { value: 7, low: 7, high: 8, qualified: true, unit: "%", subject: "sk海力士跌" },
      { value: 3, low: 2, high: 3, qualified: true, unit: "%", subject: "三星电子跌" },
    ]);
  });

  it("scales magnitudes and thousands separators alike, and skips dates, codes and names", () => {
    const a = quantitiesIn(comparisonText("", "7月新车注册量增长3.9%，达到123,184辆。", 1000), 6);
    const b = quantitiesIn(comparisonText("", "7月新车注册量增长3.9%，达到12.32万辆。", 1000), 6);
    expect(a.map((q) => [q.value, q.unit])).toEqual([
      [3.9, "%"],
      [123184, "辆"],
    ]);
    expect(b.map((q) => [q.value, q.unit])).toEqual([
      [3.9, "%"],
      [123200, "辆"],
    ]);
    expect(quantitiesIn("sys6090注射液于2026年7月30日获批,科创50指数", 6)).toEqual([]);
  });

  // ../shared/dumps, cls:2442194 and eastmoney:202607313828108885 (one blast, a toll updated 1.5 h later).
  it("counts people, items and cases, so an updated toll is another figure", () => {
    const first =
      "巴基斯坦官员31日说，该国西南部俾路支省一座煤矿30日发生爆炸，造成至少32名矿工死亡，另有10名矿工被困井下。";
    const update =
      "巴基斯坦灾害管理部门31日说，该国西南部俾路支省一座煤矿30日发生爆炸，造成至少34名矿工死亡，另有8名矿工被困井下。";
    expect(quantitiesIn(first, 6).map((q) => [q.value, q.unit, q.subject])).toEqual([
      [32, "名", "造成至少"],
      [10, "名", "工死亡，另有"],
    ]);
    expect(
      quantitiesIn("攻击者已从约5000个钱包中转走超过1755枚比特币", 6).map((q) => [q.value, q.unit]),
    ).toEqual([
      [5000, "个"],
      [1755, "枚"],
    ]);
    const at = "2026-07-31T09:41:16+08:00";
    expect(verdict(item("a", at, first), item("b", "2026-07-31T11:11:07+08:00", update))).toMatchObject({
      same: false,
      reason: "numbers-disagree",
    });
  });
});

describe("instruments", () => {
  it("names the member of each family a text leads with", () => {
    const text = "布伦特原油期货涨1%,wti原油期货涨1.2%,恒生科技指数涨2%";
    expect(leadingInstruments(text, text)).toEqual(["crudeOil:brent", "hongKongIndex:hangSengTech"]);
    // A period counts only in the first sentence: ths:678558099 / cls:2441631 (2026-07-30 18:40),
    // one report of the half year (`上半年`, `半年度`), one adding a note on its second quarter.
    const results = "行云科技公告，2026年上半年营业收入2.54亿元。小财注：公司q2净利润0.9亿。";
    expect(leadingInstruments(results, "行云科技公告，2026年上半年营业收入2.54亿元")).toEqual([
      "period:firstHalf",
    ]);
    const noted =
      "行云科技公告称，公司发布2026年半年度报告，实现营业收入2.54亿元。小财注：公司q2净利润0.9亿。";
    expect(
      leadingInstruments(noted, "行云科技公告称，公司发布2026年半年度报告，实现营业收入2.54亿元"),
    ).toEqual(["period:firstHalf"]);
    // A note whose first sentence names the quarter leads with it.
    expect(
      leadingInstruments(
        "小财注：公司q2净利润0.9亿，上半年合计2.1亿",
        "小财注：公司q2净利润0.9亿，上半年合计2.1亿",
      ),
    ).toEqual(["period:q2"]);
    const brent = "布伦特原油日内涨1%";
    const wti = "wti原油日内涨1%，现货黄金涨0.5%";
    expect(instrumentConflict(["crudeOil:brent"], ["crudeOil:wti", "metal:gold"], brent, wti)).toBe(
      "crudeOil:brent vs wti",
    );
    expect(instrumentConflict(["crudeOil:brent"], ["metal:gold"], brent, "现货黄金涨0.5%")).toBeNull();
  });

  it("lets two texts that each name the other's lead tell the same markets in another order", () => {
    // cls and ths on 2026-08-03's open (cls:2443688, ths:678609322), as the comparison text reads them.
    const cls = "韩国kospi指数开盘下跌3.6%报6358.27点;日经225指数低开0.82%报63834.95点。";
    const ths = "日经225指数低开0.82%,报63834.95点。韩国综指低开3.60%,报6358.27点。";
    expect(leadingInstruments(cls, cls)).toEqual(["asiaIndex:kospi", "session:open"]);
    expect(leadingInstruments(ths, ths)).toEqual(["asiaIndex:nikkei", "session:open"]);
    expect(instrumentConflict(["asiaIndex:kospi"], ["asiaIndex:nikkei"], cls, ths)).toBeNull();
    expect(
      verdict(
        item("cls:2443688", "2026-08-03T08:01:03+08:00", cls),
        item("ths:678609322", "2026-08-03T08:01:36+08:00", ths),
      ),
    ).toMatchObject({ same: true });
    // One that names only its own lead still leads with another market: the Nikkei alone is not
    // the two-market open, whatever its figure.
    const nikkei = "日经225指数低开0.82%,报63834.95点。";
    // One decision's rates, a minute apart (eastmoney:202607303825507175, cls:2440649): the policy
    // rate and the discount rate are two instruments.
    const rate = "美联储宣布将联邦基金利率目标区间维持在3.5%至3.75%之间不变,符合市场整体预期。";
    const discount = "美联储维持贴现率在3.75%不变。";
    expect(
      verdict(
        item("eastmoney:1", "2026-07-30T02:00:08+08:00", rate),
        item("cls:2", "2026-07-30T02:01:40+08:00", discount),
      ),
    ).toMatchObject({
      same: false,
      reason: "instruments-disagree",
      detail: "policyRate:benchmark vs discount",
    });
    expect(instrumentConflict(["asiaIndex:kospi"], ["asiaIndex:nikkei"], cls, nikkei)).toBe(
      "asiaIndex:kospi vs nikkei",
    );
    // Whatever markets two texts name and in whatever order, the two part or not alike both ways.
    const market = fc.constantFrom(
      "日经225指数",
      "韩国综指",
      "kospi",
      "布伦特",
      "wti",
      "黄金",
      "贴现率",
      "基准利率",
    );
    const text = fc
      .array(fc.tuple(market, fc.constantFrom("涨1%", "低开0.8%", "维持不变")), { maxLength: 4 })
      .map((parts) => parts.map(([name, move]) => `${name}${move}。`).join(""));
    fc.assert(
      fc.property(text, text, (x, y) => {
        const [lx, ly] = [leadingInstruments(x, x), leadingInstruments(y, y)];
        expect(instrumentConflict(lx, ly, x, y) === null).toBe(instrumentConflict(ly, lx, y, x) === null);
      }),
      { numRuns: 300 },
    );
  });
});

describe("compareFeatures", () => {
  const at = "2026-07-30T10:00:00+08:00";
  const later = (minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();

  it("finds a copy that differs by headline, dateline and credit", () => {
    const a = item(
      "cls:1",
      at,
      "【某公司中标3.2亿元项目】财联社7月30日电，某公司公告称，公司中标3.2亿元数据中心项目。",
    );
    const b = item("ths:2", later(4), "某公司公告称，公司中标3.2亿元数据中心项目。（财联社）");
    expect(verdict(a, b)).toMatchObject({ same: true, reason: "same", score: 1 });
  });

  it("finds a truncated copy, and one that ends in boilerplate", () => {
    const full = item(
      "a",
      at,
      "国家统计局今日公布数据，7月份全国规模以上工业增加值同比增长6.1%，环比增长0.4%。1—7月份，规模以上工业增加值同比增长5.9%。分三大门类看，采矿业增加值同比增长4.2%，制造业增长6.5%。",
    );
    const cut = item(
      "b",
      later(30),
      "国家统计局今日公布数据，7月份全国规模以上工业增加值同比增长6.1%，环比增长0.4%。",
    );
    const tail = item(
      "c",
      later(60),
      `${full.text}免责声明：本文仅供参考，不构成投资建议，投资者据此操作风险自担。`,
    );
    expect(verdict(full, cut).same).toBe(true);
    expect(verdict(full, tail).same).toBe(true);
  });

  it("keeps two snapshots of one market apart", () => {
    const a = item("a", at, "韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。");
    const b = item(
      "b",
      later(20),
      "韩国KOSPI指数盘中跌幅扩大至4%，半导体板块领跌，三星电子、SK海力士跌幅居前。",
    );
    expect(verdict(a, b)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("keeps a market's alerts apart once their moment has passed, however alike their headlines", () => {
    // cls:2439677 and cls:2439739 (2026-07-29 09:14 and 10:01): one market's alerts under the same
    // headline words, 47 minutes apart; eastmoney:202607293824651286 is a copy of the second.
    const below6000 = item(
      "cls:2439677",
      "2026-07-29T09:14:04+08:00",
      "财联社7月29日电，韩国KOSPI指数再度跌破6000点，日内跌幅扩大至0.5%。SK海力士高开低走，现跌超3%。",
      { title: "韩国KOSPI指数再度跌破6000点 SK海力士跌超3%" },
    );
    const down5 = item(
      "cls:2439739",
      "2026-07-29T10:01:02+08:00",
      "财联社7月29日电，韩国KOSPI指数日内跌超5%，跌破5700点，为4月7日以来首次。SK海力士股价跌超9%，较6月历史高点下跌约53%，总市值跌破1000万亿韩元（7000亿美元）。",
      { title: "韩国KOSPI指数跌超5% SK海力士跌超9%" },
    );
    const copy = item(
      "eastmoney:202607293824651286",
      "2026-07-29T10:02:10+08:00",
      "韩国KOSPI指数日内跌超5%，跌破5700点，为4月7日以来首次。SK海力士股价跌超9%，较6月历史高点下跌约53%。总市值跌破1000万亿韩元。",
      { title: "韩国KOSPI指数日内跌超5% SK海力士股价跌超9%" },
    );
    expect(verdict(below6000, down5)).toMatchObject({ same: false, reason: "different-text" });
    expect(verdict(down5, copy)).toMatchObject({ same: true });
  });

  it("keeps Brent and WTI apart when they move alike", () => {
    const a = item("a", at, "布伦特原油期货涨幅扩大至2%，日内走高。");
    const b = item("b", later(1), "WTI原油期货涨幅扩大至2%，日内走高。");
    expect(verdict(a, b)).toMatchObject({
      same: false,
      reason: "instruments-disagree",
      detail: "crudeOil:brent vs wti",
    });
  });

  it("keeps a broker's note on an event apart from the event's report, and its copies together", () => {
    // ths:678534432 (2026-07-30 08:07) is CICC's note on the Fed's decision; eastmoney:202607303825560092
    // (07:10) reports the decision: both state the vote and the range, 57 minutes apart.
    const note = item(
      "ths:678534432",
      "2026-07-30T08:07:00+08:00",
      "中金公司研报称，美联储7月会议按兵不动，但鹰派力量正在增强。联邦基金利率维持在3.5%至3.75%区间，符合市场预期。此次决议以9比3通过，达拉斯联储主席洛根、克利夫兰联储主席哈马克、以及明尼阿波利斯联储主席卡什卡利三位票委投下反对票，主张立即加息25个基点。虽然最终维持利率不变，但三张反对票本身已经释放出重要信号——委员会内部对于通胀风险的担忧正在升温，如果通胀数据持续高于2%的政策目标，将会有更多官员加入主张加息的阵营。",
      {
        title: "中金：美联储按兵不动加剧市场风险",
      },
    );
    const decision = item(
      "eastmoney:202607303825560092",
      "2026-07-30T07:10:00+08:00",
      "北京时间7月30日凌晨，美联储以9比3的表决结果决定维持利率不变，将联邦基金利率的目标区间继续维持在3.50%至3.75%之间。据统计，这是自2016年以来，美联储首次在同一次政策决议中出现3张方向一致的反对票，反映出内部支持收紧政策的声音正在增强。美东时间7月29日，美股三大指数集体收跌，其中三大指数在尾盘时段猛烈跳水。截至当日收盘，道指跌2.19%，纳指跌1.74%，标普500指数跌1.52%。",
      { title: "凌晨宣布 美联储利率不动！美股尾盘“崩了”" },
    );
    expect(verdict(note, decision)).toMatchObject({
      same: false,
      reason: "commentary",
      detail: "中金's view vs a report not naming 中金",
    });
    // cls's copy of the note (cls:2440810, 08:08) names its author as `中金`, ths as `中金公司`.
    const copy = item(
      "cls:2440810",
      "2026-07-30T08:08:58+08:00",
      "财联社7月30日电，中金指出，美联储7月会议维持利率不变，但内部鹰派力量进一步增强，三位票委投票支持加息25个基点。中金认为，本次会议最大的变化并非利率决议，而是沃什试图减少政策干预，更多依赖市场利率自发上升来收紧金融条件，将部分紧缩功能“外包”给市场。然而，在通胀持续高于目标的背景下，这种做法很容易削弱市场对美联储政策公信力的信心。会后，长端美债收益率大幅走高，曲线明显陡峭化，或反映投资者开始定价更高的长期通胀与政策风险。展望未来，中金认为若就业或通胀数据超出预期，市场不仅将进一步提高9月加息预期，还可能定价美联储“行动过晚（too late）”的风险。长端利率进一步上行，风险资产也将面临更大的调整压力。",
      {
        title: "中金：美联储按兵不动加剧市场风险",
      },
    );
    expect(verdict(note, copy)).toMatchObject({ same: true });
    expect(leadingCommentator("中国银河证券指出，短期来看，市场大概率将以震荡整理…")).toBe("中国银河证券");
    expect(leadingCommentator("中金研报称，美联储7月会议维持利率不变…")).toBe("中金");
    // An agency's report and an official's statement are the event, not a view of it.
    expect(leadingCommentator("日本气象厅7月28日发布报告称，当日16时27分…")).toBeNull();
    expect(leadingCommentator("美联储主席表示，…")).toBeNull();
    expect(
      commentaryConflict(
        { commentator: "中国银河证券", key: { headline: "", text: "" } },
        { commentator: "银河证券", key: { headline: "", text: "" } },
      ),
    ).toBeNull();
  });

  it("keeps two companies' alike announcements apart, and lets a copy write the announcer's code", () => {
    const a = item("a", at, "甲乙科技公告，公司拟以集中竞价交易方式回购公司股份，回购总金额不低于3000万元。");
    const b = item(
      "b",
      later(3),
      "丙丁股份公告，公司拟以集中竞价交易方式回购公司股份，回购总金额不低于3000万元。",
    );
    expect(verdict(a, b)).toMatchObject({
      same: false,
      reason: "announcers-disagree",
      detail: "甲乙科技 vs 丙丁股份",
    });
    const copy = item(
      "c",
      later(2),
      "甲乙科技(600000.SH)8月4日晚间公告称，公司拟以集中竞价交易方式回购公司股份，回购总金额不低于3000万元。",
    );
    expect(verdict(a, copy)).toMatchObject({ same: true });
    expect(leadingAnnouncer("*ST甲乙公告，…")).toBe("甲乙");
    // A feed that dates the announcement names its announcer after the date (eastmoney:202608033829803943,
    // 2026-08-03 16:28, and ths:678628508 at 16:54: two companies' wins in one national tender).
    const dated = item(
      "eastmoney:202608033829803943",
      "2026-08-03T16:28:10+08:00",
      "8月3日，华北制药公告，公司及下属子公司华民公司、南方公司参加第十二批全国药品集中采购投标，环孢素软胶囊、他克莫司胶囊等8个药品拟中选本次集中采购，拟中选结果公示期为2026年7月31日至2026年8月5日。",
      { title: "华北制药：公司及下属子公司8个药品拟中选第十二批全国药品集中采购" },
    );
    const other = item(
      "ths:678628508",
      "2026-08-03T16:54:48+08:00",
      "中国医药公告，公司下属子公司天方药业、三洋药业、康力药业、科益药业参加了第十二批全国药品集中采购的投标。根据联合采购办公室现场公布的拟中选结果，盐酸倍他司汀片、富马酸伏诺拉生片、维生素B6注射液、沙库巴曲缬沙坦钠片、注射用硫酸艾沙康唑、甲苯磺酸艾多沙班片、卡络磺钠注射液、盐酸伐昔洛韦片8个产品拟中选本次集中采购。本次拟中选产品的采购周期为3年，从2026年执行之日到2029年12月31日。",
      { title: "中国医药：子公司8个产品拟中选第十二批全国药品集中采购" },
    );
    expect(verdict(dated, other)).toMatchObject({
      same: false,
      reason: "announcers-disagree",
      detail: "华北制药 vs 中国医药",
    });
    expect(leadingAnnouncer("7月29日晚间，兆日科技发布公告称，公司控股股东正在筹划…")).toBe("兆日科技");
    // The comparison text is lower case; the company's new short name contains the rest
    // (ths:678634989 and eastmoney:202608033829996691, 2026-08-03 20:33 and 20:35).
    const renamed = item(
      "ths",
      at,
      "大立科技公告，公司股票自2026年8月5日起撤销退市风险警示，证券简称由“*ST大立”变更为“大立科技”，证券代码仍为“002214”，日涨跌幅限制为“10%”不变。",
    );
    const warned = item(
      "em",
      later(2),
      "*ST大立(002214.SZ)公告称，公司股票自2026年8月5日起撤销退市风险警示，股票简称由“*ST大立”变更为“大立科技”，证券代码仍为“002214”，日涨跌幅限制为10%。",
    );
    expect(verdict(renamed, warned)).toMatchObject({ same: true });
    // No company of its own: an exchange announcing about a listing, or "the company".
    expect([leadingAnnouncer("上交所公告，某LOF溢价"), leadingAnnouncer("公司公告称，…")]).toEqual([
      null,
      null,
    ]);
  });

  it("reads one figure written two ways alike: decimal zeros, a dropped denominator, a rounding, a title", () => {
    const a = item("a", at, "焦煤主力合约大跌5%，报1173.5元/吨，成交量放大至4.35万手。");
    const b = item("b", later(2), "焦煤连续主力合约日内跌5%，现报1173.50元。");
    expect(verdict(a, b)).toMatchObject({ same: true });
    const bought = item("c", at, "某集团会长称买入3620股某公司股票，价值约合331万美元。");
    const rounded = item("d", later(2), "某集团会长买入3600股某公司股票，价值约合331万美元。");
    expect(verdict(bought, rounded)).toMatchObject({ same: true });
    const exact = item("e", later(2), "某集团会长买入1000股某公司股票，价值约合331万美元。");
    expect(verdict(bought, exact)).toMatchObject({ same: false, reason: "numbers-disagree" });
    const ceo = item("f", at, "英伟达CEO黄仁勋呼吁支持开源权重人工智能（AI）模型。");
    const title = item("g", later(0), "英伟达首席执行官黄仁勋呼吁支持开源权重人工智能模型。");
    expect(verdict(ceo, title)).toMatchObject({ same: true });
  });

  // Excerpts of ../shared/dumps records (ids in the names), cut for brevity.
  it("finds two feeds' write-ups of one flash by their figures, within the hour", () => {
    const ths = item(
      "ths:678626903",
      at,
      "港股收盘，恒生指数涨0.48%，恒生科技指数涨0.96%。恒指港股通ETF银华（159318）涨0.68%，港股通科技ETF鹏华（159751）涨1.01%。板块方面，其他能源储存运输、光伏设备板块涨幅靠前；摄影器材、加密货币挖矿板块跌幅靠前。",
    );
    const cls = item(
      "cls:2444137",
      later(0),
      "财联社8月3日电，香港恒生指数收涨0.48%，恒生科技指数涨0.96%。权重科技股走强，阿里巴巴涨超7%，百度集团涨超3%，腾讯控股涨3%。存储概念股下跌，澜起科技跌超7%，兆易创新跌超7%。",
    );
    expect(verdict(ths, cls)).toMatchObject({ same: true, reason: "same" });
    // The same figures two hours later are no write-up: a market's close is a snapshot of one
    // moment, whose copies come within `marketSnapshotWindowHours`.
    const reaction = { ...cls, publishedAt: later(120) };
    expect(verdict(ths, reaction)).toMatchObject({ same: false, reason: "time-window" });
    // Small round figures in common are no evidence (two buybacks of 1亿元 to 2亿元).
    const a = item(
      "a",
      at,
      "某科技公告称，公司拟以集中竞价方式回购股份，回购资金总额不低于1亿元且不超过2亿元。",
    );
    const b = item("b", later(5), "某高速公告，拟1亿元—2亿元回购公司股份，用于注销并减少注册资本。");
    expect(verdict(a, b)).toMatchObject({ same: false, reason: "different-text" });
  });

  it("finds two write-ups under one headline, within the hour", async () => {
    const title = "韩国遭遇持续高温干旱 首尔发布最高级别高温警报";
    const opening =
      "韩国近日遭遇持续高温干燥天气，首尔市当地时间4日上午11时首次发布了最高级别的“高温重大警报”，并全面启动“停工、降温、关怀”三大紧急应对措施。";
    const ths = item(
      "ths:678657232",
      at,
      `${opening}韩国气象厅表示，“高温重大警报”是今年6月1日新设立的最高级别高温预警。当连续两天最高体感温度达到35摄氏度以上、最高体感温度达到38摄氏度以上或最高气温达到39摄氏度以上时，即发布该警报。首尔市政府表示，将在全市开放避暑设施，并对户外劳动者实施停工措施。`,
      { title },
    );
    const cls = item(
      "cls:2445169",
      later(1),
      `财联社8月4日电，${opening}韩国总统李在明4日在主持国务会议时表示，韩国正遭遇史无前例的极端高温天气，应将当前形势视为“国家灾害状态”，要求政府各部门全力采取各项应对措施，保障国民生命安全，并研究将酷暑纳入灾害救助范围，对受灾农户和小商户提供补贴。`,
      { title },
    );
    expect(verdict(ths, cls)).toMatchObject({ same: true, reason: "same" });
    // Under a headline of a few characters (`美股开盘`), or hours apart, the wording decides again.
    expect(verdict({ ...ths, title: "高温警报" }, { ...cls, title: "高温警报" })).toMatchObject({
      same: false,
      reason: "different-text",
    });
    expect(verdict(ths, { ...cls, publishedAt: later(90) })).toMatchObject({
      same: false,
      reason: "different-text",
    });
    // The windows past which the wording alone decides are those of the settings each comparison is given,
    // whatever settings came before (`wordingAloneBeyondMs`, derived once per settings object): with every
    // window of other evidence closed the headline joins nothing a minute apart; with the defaults again it does.
    const closed = CLOSED_WINDOWS;
    // A fresh copy of the module, so that the closed settings are the first it works the window out for.
    vi.resetModules();
    const { compareFeatures: freshCompare } = await import("../src/stories/compare.js");
    const fresh = (settings: Readonly<StorySettings>) =>
      freshCompare(
        featuresOf(storyKey(ths, settings), settings),
        featuresOf(storyKey(cls, settings), settings),
        settings,
      );
    expect(fresh(closed)).toMatchObject({ same: false, reason: "different-text" });
    expect(fresh(S)).toMatchObject({ same: true, reason: "same" });
    expect(fresh(closed)).toMatchObject({ same: false, reason: "different-text" });
  });

  // Real flashes of ../shared/dumps (cls:2440932 and ths:678541000, 2026-07-30 09:46 and 09:56).
  it("finds two feeds' paraphrases of one flash by headlines that name what the other tells", () => {
    const cls = item(
      "cls:2440932",
      at,
      "财联社7月30日电，早盘贵金属板块震荡反弹，招金黄金涨停，赤峰黄金、西部黄金、山金国际、四川黄金、中金黄金跟涨。消息面上，现货黄金价格日内一度突破4100美元，现涨近0.6%。",
      { title: "贵金属板块震荡反弹 招金黄金涨停" },
    );
    const ths = item(
      "ths:678541000",
      later(9),
      "贵金属板块震荡走高，招金黄金涨停，山金国际、西部黄金、四川黄金、山东黄金、赤峰黄金跟涨。相关ETF方面，黄金股ETF华夏（159562）涨3.56%，成交额5920.65万元，黄金股ETF国泰（517400）涨3.6%，成交额2400.73万元。",
      { title: "贵金属板块震荡走高 招金黄金涨停" },
    );
    expect(verdict(cls, ths)).toMatchObject({ same: true, reason: "same" });
    // Without the headlines their first sentences still lead with one board's move (see the board
    // test below); 20 minutes apart the wording decides again.
    expect(verdict({ ...cls, title: "" }, { ...ths, title: "" })).toMatchObject({
      same: true,
      reason: "same",
    });
    expect(verdict(cls, { ...ths, publishedAt: later(20) })).toMatchObject({
      same: false,
      reason: "different-text",
    });
  });

  it("finds two feeds' paraphrases of one flash in the same minutes by fewer headline words, not two figures or boards", () => {
    // Real flashes of ../shared/dumps (cls:2439490, ths:678499217, 82 seconds apart): the second
    // feed swaps the verb and the ship's kind; their titles share half their rare pairs.
    const cls = item(
      "cls:2439490",
      at,
      "财联社7月29日电，也门胡塞武装28日发表声明称，该组织当天对一艘沙特阿拉伯籍油轮实施军事打击，理由是该船违反其针对沙特实施的海上航行禁令，并无视其发出的警告。声明称，行动中使用了多枚弹道导弹，并迫使该船掉头返航。声明还表示，也门胡塞武装将继续执行针对沙特的海上封锁措施，并称将坚持“以封锁回应封锁、以升级回应升级”的行动方针。",
      { title: "也门胡塞武装称打击一艘沙特籍油轮" },
    );
    const ths = item("ths:678499217", later(1.4), "也门胡塞武装称，已用弹道导弹袭击了一艘沙特船只。", {
      title: "也门胡塞武装称，已用弹道导弹袭击了一艘沙特船只",
    });
    expect(verdict(cls, ths)).toMatchObject({ same: true, reason: "same" });
    // Four minutes apart the titles must share what `crossHeadlineShare` asks, as before.
    expect(verdict(cls, { ...ths, publishedAt: later(4) })).toMatchObject({
      same: false,
      reason: "different-text",
    });
    // Two positions of one weekly report (eastmoney:202608013828788664, ths:678599075, the same
    // second): their titles share the report's words but write other numbers.
    const crude = item(
      "eastmoney:202608013828788664",
      at,
      "据美国商品期货交易委员会（CFTC），截至7月28日当周，原油投机者将WTI净多头头寸增加了28,159手，至106,507手。",
      { title: "CFTC：截至7月28日当周 原油投机者将WTI净多头头寸增加了28,159手" },
    );
    const gold = item(
      "ths:678599075",
      at,
      "据美国商品期货交易委员会（CFTC），截至7月28日当周，COMEX黄金投机者将净多头头寸减少3,258手，降至120,328手。COMEX白银投机者将净多头头寸减少1,614手，降至8,387手。COMEX铜投机者将净多头头寸减少7,195手，降至66,490手。",
      { title: "CFTC：截至7月28日当周 COMEX黄金投机者将净多头头寸减少3258手" },
    );
    expect(verdict(crude, gold).same).toBe(false);
    // Two boards led by one limit-up stock, two minutes apart (eastmoney:202607303826100166,
    // cls:2440941): one rally, however each title names its board (relabelled in session 20).
    const dutyFree = item(
      "eastmoney:202607303826100166",
      at,
      "免税概念震荡反弹，南宁百货直线涨停，东百集团、岭南控股、广百股份、凯撒旅业、海南发展、欧亚集团等跟涨。",
      { title: "免税概念震荡反弹 南宁百货直线涨停" },
    );
    const retail = item(
      "cls:2440941",
      later(2),
      "财联社7月30日电，零售概念反复活跃，南宁百货直线涨停，中央商场、东百集团、东百集团、百大集团、国芳集团跟涨。消息面上，近日，国务院批复并发布《扩大消费“十五五”规划》，明确提出要“顺应消费发展规律和阶段性特征”，坚持“供需适配”。",
      { title: "零售概念反复活跃 南宁百货直线涨停" },
    );
    expect(verdict(dutyFree, retail)).toMatchObject({ same: true, reason: "same" });
  });

  it("keeps a recurring headline of two places, and two statements under one speaker, apart", () => {
    // Excerpts of datasets/dev/tune/hexo-rsshub/sina__0！上海昨日本土无新增.md and …北京昨日本土无新增.md.
    const shanghai = item(
      "a",
      at,
      "2022年8月5日0—24时，上海市无新增本土新冠肺炎确诊病例和无症状感染者。新增境外输入性新冠肺炎确诊病例8例和无症状感染者11例，均在闭环管控中发现。",
      { title: "0！上海昨日本土无新增" },
    );
    const beijing = item(
      "b",
      later(5),
      "7月9日0时至24时，北京无新增例本土确诊病例、疑似病例和无症状感染者；新增3例境外输入确诊病例和1例无症状感染者，无新增疑似病例。",
      { title: "0！北京昨日本土无新增" },
    );
    // Their first sentences share the bulletin's terms (`无症状感染者`: names enough for `namedLeadContainment`)
    // and name two places: the places decide.
    expect(verdict(shanghai, beijing)).toMatchObject({ same: false, reason: "subjects-disagree" });
    expect(verdict(shanghai, beijing, { ...S, namedLeadContainment: 1 })).toMatchObject({
      same: false,
      reason: "different-lead",
    });
    // Under one place's headline the two would corroborate each other, and their first sentences
    // still name two places.
    expect(verdict(shanghai, { ...beijing, title: shanghai.title })).toMatchObject({
      same: false,
      reason: "subjects-disagree",
    });
    // Real flashes of ../shared/dumps (eastmoney:202607293825021983, cls:2439976): one briefing.
    const loans = item(
      "eastmoney:202607293825021983",
      at,
      "深圳金融监管局党委委员、一级巡视员陈飞鸿在该局2026年上半年新闻发布会上透露，该局持续发挥房地产融资协调机制作用，截至6月末，辖内银行累计审批“白名单”项目443个、发放贷款4365.24亿元。",
      { title: "深圳金融监管局：辖内银行已审批“白名单”项目443个 放款4365亿元" },
    );
    const wealth = item(
      "cls:2439976",
      later(2),
      "财联社7月29日电，深圳金融监管局一级巡视员陈飞鸿在该局2026年上半年新闻发布会上透露，该局支持跨境金融创新，6月末辖内银行“跨境理财通”业务累计服务个人投资者3.3万名，跨境汇划金额563.4亿元。",
      { title: "深圳金融监管局：6月末辖内银行“跨境理财通”累计服务个人投资者3.3万名" },
    );
    expect(verdict(loans, wealth)).toMatchObject({ same: false, reason: "different-text" });
  });

  it("names the places a title is about, not a day word's characters", () => {
    expect(placesIn("美驻以色列大使馆发布安全警告")).toEqual(["以色列"]);
    expect(placesIn("印度尼西亚与日本签署协议")).toEqual(["印度尼西亚", "日本"]);
    expect(placesIn("0上海昨日本土无新增")).toEqual(["上海"]);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const places = placesIn(title);
        expect(places.every((place) => PLACES.includes(place) && title.includes(place))).toBe(true);
        expect(places).toEqual([...new Set(places)].sort());
      }),
    );
  });

  it("makes a table derived from the word tables at its first use, once (madeAtFirstUse)", () => {
    let made = 0;
    const table = madeAtFirstUse(() => {
      made++;
      return new Set(PLACES);
    });
    expect(made).toBe(0);
    expect(table().has("以色列")).toBe(true);
    expect(table()).toBe(table());
    expect(made).toBe(1);
  });

  // Real bulletins of ../shared/dumps (2026-07-29 and 2026-08-03).
  it("keeps two events at other times of day apart, and finds two relays of one bulletin", () => {
    const automatic = item(
      "eastmoney:202607293825032675",
      at,
      "中国地震台网自动测定：07月29日14时09分在新疆阿克苏地区乌什县附近（北纬41.34度，东经78.86度）发生4.9级左右地震，最终结果以正式速报为准。",
    );
    // ths relays the same bulletin writing the time `14时9分`.
    const relay = item(
      "ths:678515714",
      later(2),
      "中国地震台网自动测定：7月29日14时9分在新疆阿克苏地区乌什县附近（北纬41.34度，东经78.86度）发生4.9级左右地震，最终结果以正式速报为准。",
    );
    expect(verdict(automatic, relay)).toMatchObject({ same: true, reason: "same" });
    const early = item(
      "eastmoney:202608033829198586",
      at,
      "中国地震台网正式测定：08月03日03时29分在四川宜宾市高县（北纬28.55度，东经104.67度）发生3.3级地震，震源深度5千米。",
    );
    const later13 = item(
      "cls:2443969",
      later(9 * 60 + 30),
      "中国地震台网正式测定：8月3日13时00分在四川宜宾市高县（北纬28.55度，东经104.67度）发生4.2级地震，震源深度5千米。",
    );
    expect(verdict(early, later13)).toMatchObject({
      same: false,
      reason: "numbers-disagree",
      detail: "3时29分 vs 13时00分",
    });
  });

  it("finds two feeds' alerts of one market move by its instrument, direction and threshold", () => {
    // ths:678654663 and eastmoney:202608043831062538 (2026-08-04 13:49), worded differently.
    const level = item("ths:678654663", at, "科创50指数涨幅扩大至5%，现报1630.67点。");
    const constituents = item(
      "eastmoney:202608043831062538",
      later(0.5),
      "科创50指数涨超5%，成分股中，源杰科技涨超14%，芯原股份涨超13%，华虹宏力涨近10%。",
    );
    expect(verdict(level, constituents)).toMatchObject({ same: true, reason: "same" });
    // cls:2444756 and ths:678642811 (2026-08-04 08:58): one names KOSPI, the other 韩国综指.
    const fall = item(
      "cls:2444756",
      at,
      "财联社8月4日电，韩国KOSPI指数跌逾2%，此前一度涨超2%。三星电子跌超3%，SK海力士跌超4%。",
    );
    const fallAgain = item(
      "ths:678642811",
      later(0.6),
      "韩国综指跌幅扩大至2%，现报6126.36点。个股方面，SK海力士跌超4%，三星电子跌超3%。",
    );
    expect(verdict(fall, fallAgain)).toMatchObject({ same: true, reason: "same" });
    // A whole percentage is a threshold crossed: 涨逾14% and 暴涨15% ten minutes later are two snapshots
    // (eastmoney:202607313827423588, eastmoney:202607313827425316), and so are an open and a later 1%.
    const fourteen = item("cls:2442092", at, "韩国KOSPI指数盘中一度涨逾14%，为历史最高日内涨幅。");
    const fifteen = item("ths:678569367", later(10), "韩国综指涨幅扩大至15%，现报6436.79点。");
    expect(verdict(fourteen, fifteen).same).toBe(false);
    const open = item("ths:678507209", at, "港股开盘，恒生指数涨0.7%，恒生科技指数涨1.02%。");
    const onePercent = item("cls:2439691", later(10), "财联社7月29日电，香港恒生指数上涨1%至25,568.51点。");
    expect(verdict(open, onePercent).same).toBe(false);
    // A market's turnover crossing a level: eastmoney:202607313827872254 and ths:678574599
    // (2026-07-31 10:00), one threshold reached two ways (`突破` / `超`).
    const turnover = item(
      "ths:678574599",
      at,
      "据同花顺iFinD数据，沪深京三市成交额超1万亿元，较上日此时放量2990亿元，预计全天成交金额约3.1万亿元。截至目前，沪市成交额4631亿元，深市成交额5314亿元，北证50成交额71亿元。",
    );
    const crossed = item(
      "eastmoney:202607313827872254",
      later(2),
      "沪深两市成交额突破1万亿元，较上一个交易日此时放量近3000亿元。",
    );
    expect(verdict(turnover, crossed)).toMatchObject({ same: true, reason: "same" });
    // Past the window the same move is not corroborated.
    const late = item(
      "late",
      later(60 * S.leadMoveWindowHours + 1),
      "科创50指数涨超5%，成分股中，源杰科技涨超14%。",
    );
    expect(verdict(level, late)).toMatchObject({ same: false, reason: "different-text" });
  });

  it("reads a lead move only from the instrument's own clause, with one direction", () => {
    const lead = (text: string) => featuresOf(storyKey(item("x", at, text), S), S).leadMove;
    expect(lead("科创50指数涨幅扩大至5%，现报1630.67点。")).toMatchObject({
      instrument: "chinaIndex:star50",
      up: true,
      quantity: { value: 5, unit: "%" },
    });
    expect(lead("韩国综指跌幅扩大至2%，现报6126.36点。")).toMatchObject({
      instrument: "asiaIndex:kospi",
      up: false,
    });
    // The direction sits in another clause, or both directions are told: no move.
    expect(lead("韩国KOSPI指数转跌，此前一度涨超2%。")).toBeNull();
    expect(lead("恒生指数盘中由涨转跌0.3%。")).toBeNull();
    expect(lead("港股午后走势平稳。")).toBeNull();
    // A level crossed on the way up, or lost on the way down; a crossed level is a threshold (1
    // trillion or more), as `超1万亿元` is.
    expect(lead("沪深两市成交额突破1万亿元，较上一个交易日此时放量近3000亿元。")).toMatchObject({
      instrument: "turnover:aShares",
      up: true,
      quantity: { value: 1e12, unit: "元", qualified: true },
    });
    // A streak one feed states and another leaves out is not the move's figure; the turnover's own
    // amount without its currency is money (cls:2445052, 2026-08-04 14:36).
    expect(lead("沪深两市成交额连续第7个交易日突破2万亿，较上一日此时放量超1900亿。")).toMatchObject({
      instrument: "turnover:aShares",
      up: true,
      quantity: { value: 2e12, low: 2e12, high: 3e12, unit: "元", qualified: true },
    });
    expect(lead("日经225指数跌超2%，现报61081.12点。")).toMatchObject({
      up: false,
      quantity: { qualified: true },
    });
    // One index under its two Chinese names (cls:2440789 and eastmoney:202607303825675422, 2026-07-30 07:46).
    expect(lead("日本日经平均指数期货早盘下跌0.64%。")).toMatchObject({
      instrument: "asiaIndex:nikkei",
      up: false,
    });
  });

  it("finds two feeds' flashes of one board's move, and keeps two boards or two directions apart", () => {
    // cls:2444789 and ths:678646707 (2026-08-04 09:31 and 09:37): one rally, other stocks listed.
    const active = item(
      "cls:2444789",
      at,
      "【算力租赁概念反复活跃 美利云3连板】财联社8月4日电，算力租赁概念反复活跃，美利云3连板，高乐股份一字涨停，利通电子、青云科技、宏景科技、行云科技涨幅靠前。消息面上，中国信通院数据显示，2026年一季度国内AI算力需求同比增长417%，有效供给增速仅128%，供需缺口持续拉大。当前B300顶配现货报价已站上1450万元，H200整机月租也同步上涨，高端算力呈现供不应求局面。",
    );
    const higher = item(
      "ths:678646707",
      later(6),
      "算力租赁板块持续走高，青云科技-U、信通电子、美利云等股涨停，宏景科技、协创数据、优刻得-W跟涨。",
    );
    expect(verdict(active, higher)).toMatchObject({ same: true, reason: "same" });
    // ths:678646281 and eastmoney:202608043830651547 (2026-08-04 09:27 and 09:34): two boards
    // whose lists share drug makers.
    const services = item(
      "ths:678646281",
      at,
      "医疗服务板块高开，百花医药涨停，药明康德、凯莱英、博腾股份、康龙化成、成都先导跟涨。",
    );
    const drugs = item(
      "eastmoney:202608043830651547",
      later(7),
      "创新药概念持续走高，CXO方向领涨，药明康德、凯莱英、罗欣药业、济民健康、哈三联涨停，博腾股份涨超10%，康龙化成、博济医药、美迪西、益诺思、皓元医药、泰格医药等多股涨超5%。",
    );
    expect(verdict(services, drugs).same).toBe(false);
    const board = (text: string) => featuresOf(storyKey(item("x", at, text), S), S).leadBoard;
    expect(board("午后mlcc概念活跃，博迁新材涨停。")).toEqual({
      name: "mlcc",
      up: true,
      members: ["博迁新材"],
    });
    expect(board("CPO概念再度走弱，光库科技跌超5%。")).toEqual({
      name: "cpo",
      up: false,
      members: ["光库科技"],
    });
    // A board that rose and fell in one clause, or a clause that tells no direction: no move.
    expect(board("白酒板块冲高回落，贵州茅台翻绿。")).toBeNull();
    expect(board("白酒板块午后异动。")).toBeNull();
  });

  it("finds one board's move under two names of the board or one leader, and keeps boards led apart apart", () => {
    const flash = (id: string, publishedAt: string, title: string, text: string) =>
      item(id, publishedAt, text, { title });
    // ths:678540187 and eastmoney:202607303826053588 (2026-07-30 09:35 and 09:37, blind6): the steel
    // rally as ths names its sub-board (普钢) and eastmoney the board (钢铁), four stocks listed alike.
    const ordinarySteel = flash(
      "ths:678540187",
      "2026-07-30T09:35:28+08:00",
      "普钢板块再度拉升",
      "普钢板块再度拉升，柳钢股份涨停，凌钢股份、安阳钢铁、三钢闽光、本钢板材、马钢股份等纷纷走高。",
    );
    const steel = flash(
      "eastmoney:202607303826053588",
      "2026-07-30T09:37:55+08:00",
      "钢铁板块延续强势 柳钢股份2连板",
      "钢铁板块延续昨日强势，柳钢股份2连板，安阳钢铁、柳钢股份、西宁特钢、马钢股份、本钢板材等跟涨。",
    );
    expect(verdict(ordinarySteel, steel)).toMatchObject({ same: true, reason: "same" });
    const boardOf = (a: StoryArticle) => featuresOf(storyKey(a, S), S).leadBoard;
    expect(boardOf(ordinarySteel)).toEqual({
      name: "普钢",
      up: true,
      members: ["柳钢股份", "凌钢股份", "安阳钢铁", "三钢闽光", "本钢板材", "马钢股份"],
    });
    // ths:678509767 and eastmoney:202607293824813348 (2026-07-29 10:25 and 10:28, blind8): one grid
    // rally, `回升` its direction; two stocks listed alike.
    const transmission = flash(
      "ths:678509767",
      "2026-07-29T10:25:48+08:00",
      "输变电设备板块短线拉升",
      "输变电设备板块短线拉升，中电鑫龙涨停，双杰电气、三变科技、亿能电力、和顺电气、金盘科技等跟涨。",
    );
    const grid = flash(
      "eastmoney:202607293824813348",
      "2026-07-29T10:28:42+08:00",
      "电网设备板块震荡回升 三变科技涨停",
      "电网设备板块震荡回升，三变科技涨停，中辰股份涨超10%，双杰电气、红相股份、大连电瓷、海兴电力、顺钠股份等跟涨。",
    );
    expect(verdict(transmission, grid)).toMatchObject({ same: true, reason: "same" });
    expect(boardOf(grid)).toMatchObject({ name: "电网设备", up: true });
    // One shared stock is not enough under two names (S.minSharedBoardMembers) when each is led by
    // another stock: the grid rally with the steel list.
    const gridWithOneShared = flash(
      "x",
      "2026-07-29T10:27:00+08:00",
      "电网设备板块震荡回升",
      "电网设备板块震荡回升，三变科技涨停，中辰股份、红相股份等跟涨。",
    );
    expect(verdict(transmission, gridWithOneShared).same).toBe(false);
    // ths:678622175 and eastmoney:202608033829680546 (2026-08-03 13:53, blind8, relabelled one story in
    // session 20): a sub-board and the board share no head word (硅料硅片 / 光伏) but lead with one stock.
    const wafers = flash(
      "ths:678622175",
      "2026-08-03T13:53:04+08:00",
      "硅料硅片板块走高，通威股份涨停",
      "硅料硅片板块走高，通威股份涨停，大全能源、TCL中环、弘元绿能、华民股份、双良节能等纷纷走高。",
    );
    const solar = flash(
      "eastmoney:202608033829680546",
      "2026-08-03T13:53:47+08:00",
      "光伏概念持续反弹 通威股份涨停",
      "光伏概念持续反弹，通威股份涨停，此前国晟科技、福莱特涨停，大全能源、亚玛顿、宇邦新材、东方日升、协鑫集成等涨幅靠前。",
    );
    expect(verdict(wafers, solar)).toMatchObject({ same: true, reason: "same" });
    // Found as candidates by their leader (a `board-leader` signal), though they share few words.
    expect(
      groupKeys(
        [wafers, solar].map((a) => storyKey(a, S)),
        S,
      ),
    ).toEqual([[0, 1]]);
    // eastmoney:202607303826346196 and cls:2441028 (2026-07-30 10:52 and 10:55, blind10, relabelled one
    // story in session 20): `走出` ends the leader's name (`朗姿股份走出4天2板`).
    const household = flash(
      "eastmoney:202607303826346196",
      "2026-07-30T10:52:14+08:00",
      "日化用品概念震荡反弹 朗姿股份涨停",
      "日化用品概念震荡反弹，朗姿股份涨停，锦波生物、华熙生物、科思股份、中草香料、华恒生物、贝泰妮等跟涨。",
    );
    const beauty = flash(
      "cls:2441028",
      "2026-07-30T10:55:47+08:00",
      "美容护理板块逆势活跃 朗姿股份4天2板",
      "财联社7月30日电，美容护理板块盘中逆势活跃，朗姿股份走出4天2板，爱美客、华熙生物、锦波生物、贝泰妮、拉芳家化、科思股份等涨幅靠前。消息面上，国家统计局发布最新数据，今年6月份，社会消费品零售总额达42691亿元，同比增长1.0%。其中，6月份化妆品类零售额为456亿元，同比增长12.6%，继续跑赢大盘。",
    );
    expect(boardOf(beauty)?.members.slice(0, 2)).toEqual(["朗姿股份", "爱美客"]);
    expect(verdict(household, beauty)).toMatchObject({ same: true, reason: "same" });
    // cls:2444811 (2026-08-04 09:42): Hong Kong's drug outsourcers, not the A-share drug makers'
    // board (cls:2444808, 09:41) that lists three of them: 药 is no head of 医药外包; nor the A-share
    // medical-services board led by the same name (ths:678646565, 09:34), one company's other listing.
    const outsourcers = flash(
      "cls:2444811",
      "2026-08-04T09:42:53+08:00",
      "港股医药外包概念集体走高，药明康德涨超11%，康龙化成涨超7%，凯莱英涨超6%，药明生物涨超5%",
      "财联社8月4日电，港股医药外包概念集体走高，药明康德涨超11%，康龙化成涨超7%，凯莱英涨超6%，药明生物涨超5%。",
    );
    const drugMakers = flash(
      "cls:2444808",
      "2026-08-04T09:41:53+08:00",
      "创新药概念持续走高 药明康德等多股涨停",
      "财联社8月4日电，创新药概念持续扩大涨幅，CXO方向领涨，药明康德、凯莱英、罗欣药业、济民健康、哈三联涨停，博腾股份涨超10%，康龙化成、博济医药、美迪西、益诺思、皓元医药、泰格医药等多股涨超5%。",
    );
    expect(verdict(outsourcers, drugMakers).same).toBe(false);
    const medicalServices = flash(
      "ths:678646565",
      "2026-08-04T09:34:32+08:00",
      "医疗服务板块持续拉升，药明康德触及涨停",
      "医疗服务板块持续拉升，药明康德触及涨停，百花医药、凯莱英涨停，博腾股份、博济医药、双成药业跟涨。",
    );
    expect(verdict(medicalServices, outsourcers).same).toBe(false);
    // The A-share rally under its two names, led by 药明康德 (blind13, relabelled one story): `扩大涨幅`
    // tells the board up, and `CXO方向领涨` names the part that led, not the leader.
    expect(boardOf(drugMakers)).toMatchObject({ name: "创新药", up: true });
    expect(boardOf(drugMakers)?.members.slice(0, 2)).toEqual(["药明康德", "凯莱英"]);
    expect(verdict(medicalServices, drugMakers)).toMatchObject({ same: true, reason: "same" });
  });

  it("finds two feeds' reports of one market session, and not a stock's own open", () => {
    // cls:2441881 and ths:678564686 (2026-07-30 23:00): one lists the exchanges, the other the market.
    const exchanges = item(
      "cls:2441881",
      at,
      "财联社7月30日电，大商所、郑商所夜盘收盘，焦煤跌超2%，纯碱、铁矿石等跌逾1%，白糖、PVC等小幅下跌；瓶片涨超1%，棉花、棉纱等小幅下跌。",
    );
    const market = item(
      "ths:678564686",
      later(0.2),
      "期市夜盘收盘，国内期货主力合约多数下跌。跌幅方面，焦煤跌超2%，纸浆、燃油、LPG、纯苯、纯碱等跌超1%。涨幅方面，瓶片涨超1%。",
    );
    expect(verdict(exchanges, market)).toMatchObject({ same: true, reason: "same" });
    const session = (text: string) => featuresOf(storyKey(item("x", at, text), S), S).leadSession;
    expect(session("国内商品期货夜盘开盘，主力合约跌多涨少。")).toBe("夜盘:open");
    expect(session("港股午间收盘，恒生指数跌0.11%。")).toBe("港股:midday");
    // A title that dates the session first (eastmoney:202608043831187848, 2026-08-04 16:10).
    const dated = item("em", at, "恒生指数收报25852.92点，跌156.48点，跌幅0.6%。", {
      title: "8月4日港股收盘：恒指跌0.6% 建设银行领跌成分股",
    });
    expect(featuresOf(storyKey(dated, S), S).leadSession).toBe("港股:close");
    // eastmoney:202607303826003053: a stock's debut on the Hong Kong market, not the market's open.
    expect(session("中际旭创港股上市首日开盘破发跌0.92％，现报971.00港元。")).toBeNull();
  });

  // cls:2442340 and ths:678578247 (2026-07-31 11:32 and 11:35): cls titles its midday review `午评：`
  // (a review that names no market is the A-share one) and ends it `截至收盘，…`; ths titles it `A股午评：`.
  const middayCls = item(
    "cls:2442340",
    at,
    "财联社7月31日电，市场早盘高开后震荡，创业板指涨超5%，深成指涨超3%。量能明显放大，沪深两市半日成交额1.79万亿，较上个交易日放量3323亿。盘面上热点快速轮动，全市场超4500只个股上涨。从板块来看，AI应用端爆发，中文在线、荣信文化、蓝色光标、易点天下20cm涨停。算力租赁概念持续拉升，美利云、云赛智联、宏景科技、利通电子等多股涨停。半导体产业链表现活跃，盛景微、盛剑科技涨停。机器人概念震荡拉升，中大力德、锋龙股份涨停。下跌方面，银行板块走势较弱，农业银行跌超4%。截至收盘，沪指涨0.76%，深成指涨3.16%，创业板指涨5.04%。",
    { title: "午评：科创50指数半日涨近6% 全市场超4500只个股上涨" },
  );
  const middayThs = item(
    "ths:678578247",
    later(2.4),
    "截至午盘，上证指数涨0.76%，深证成指涨3.16%，创业板指涨5.04%，北证50涨3.4%。三市成交额17980亿元，较上日放量3353亿元。全市场超4500家个股上涨。 板块题材上，智谱AI、存储芯片、元件板块涨幅居前；银行、保险概念板块跌幅居前。 盘面上，智谱AI概念持续走高，传智教育5连板，正和生态、易点天下、凯文教育、蓝色光标、深桑达A、中文在线涨停，优刻得涨超15%，新致软件、科蓝软件、并行科技、海天瑞声、每日互动、平治信息、汉得信息、亚信安全、金山办公、青云科技、值得买、光云科技、彩讯股份、凡拓数创、拓斯达、华宇软件、首都在线、因赛集团涨超10%。存储芯片板块高开震荡，利和兴、炬光科技、中科飞测、南亚新材等数只个股涨超10%，快客智能、诚邦股份等数只个股涨停。元件板块大幅高开，宝鼎科技、泰晶科技涨停，南亚新材、中英科技、迅捷兴涨超10%，本川智能、弘信电子、三环集团、威尔高、鹏鼎控股跟涨。银行板块震荡走弱，农业银行跌超4%，中国银行、宁波银行、交通银行、工商银行跟跌。保险板块走弱，中国太保、中国平安跌超2%，中国人保、中国人寿跟跌。",
    { title: "A股午评：创业板指高开震荡涨5.04% AI应用方向全面走高" },
  );

  it("finds two feeds' reviews of one A-share session, whatever session words their texts go on to use", () => {
    expect(verdict(middayCls, middayThs)).toMatchObject({ same: true, reason: "same" });
    const session = (title: string) =>
      featuresOf(storyKey(item("x", at, "沪指涨0.4%。", { title }), S), S).leadSession;
    expect(session("午评：科创50指数半日涨近6% 全市场超4500只个股上涨")).toBe("a股:midday");
    expect(session("收评：创业板指探底回升涨1.55% 全市场超4200只个股上涨")).toBe("a股:close");
    // eastmoney:202607293825060243 (2026-07-29 15:00): the market, its index group, then the close.
    expect(session("A股三大指数收涨 创业板指涨1.55% 超4200只股飘红")).toBe("a股:close");
    expect(session("美股三大指数集体收跌，道指跌0.5%")).toBe("美股:close");
    // A review of one board or one stock is not the market's (`…午评` further in, or a named subject).
    expect(session("光伏板块午评：隆基绿能涨停")).toBeNull();
    // Two sessions' reviews stay apart: the midday review and the close, three and a half hours on.
    const close = item(
      "cls:2440034",
      later(210),
      "财联社7月29日电，市场探底回升，三大指数集体收涨。沪深两市成交额2.3万亿，较上一个交易日放量2708亿。盘面上，市场热点快速轮动，全市场超4200只个股上涨。从板块来看，大消费板块逆势走强，食品饮料方向领涨，一鸣食品2连板，均瑶健康、良品铺子、欢乐家、李子园涨停。零售概念表现活跃，东百集团2连板，国光连锁、国芳集团涨停。大金融板块午后走高，华林证券直线涨停。端侧AI概念异动拉升，博通集成、国光电器直线涨停。电网设备板块震荡回升，汉缆股份、三变科技、海兴电力涨停。固态电池概念走强，金龙羽、领湃科技涨停。下跌方面，脑机接口概念盘中震荡调整，创新医疗跌停价收盘，倍益康跌超10%。截至收盘，沪指涨0.4%，深成指涨1.1%，创业板指涨1.55%。",
      { title: "收评：创业板指探底回升涨1.55% 全市场超4200只个股上涨" },
    );
    expect(verdict(middayCls, close).same).toBe(false);
  });

  it("finds eastmoney's midday report of the indexes (`…，两市半日合计成交…`) the A-share midday session, as the reviews", () => {
    // eastmoney:202607313828119998 (2026-07-31 11:30:25, 2.2 minutes before cls's review): the `【午盘播报】` column,
    // whose first sentence (to the first `；`) names no session; its `两市半日` turnover does. It shared 10 candidate
    // anchors with cls's review, under the 10.7 it needed (a tenth of 107), so grouping the seven days never compared
    // the two and blind11 labelled them one story apart; the session's 16 anchors (`storyAnchors`) now lead to it.
    const report = item(
      "eastmoney:202607313828119998",
      later(-2.2),
      "【午盘播报】沪指上涨0.76%，报3833.65点；深成指上涨3.16%，报13705.42点；创业板指上涨5.04%，报3408.15点；科创50指数上涨5.91%，报1682.27点，两市半日合计成交17853亿。盘面上，kimi概念、数字媒体、智谱AI概念、ChatGPT概念、AI语料、财税数字化涨幅居前，银行、保险、厨卫电器、草甘膦表现不佳，逆势下挫。全市场上涨个股有4517家，下跌个股有903家，88只股涨停。",
      { title: "创业板指上涨5.04% 科创50指数上涨5.91% 科技股暴力反弹", source: { name: "东方财富" } },
    );
    const session = (text: string) => featuresOf(storyKey(item("x", at, text), S), S).leadSession;
    expect(featuresOf(storyKey(report, S), S).leadSession).toBe("a股:midday");
    // eastmoney:202607293824903096 (2026-07-29 11:30:24), the column two days before.
    expect(
      session(
        "【午盘播报】沪指下跌0.53%，报3793.18点；深成指下跌0.43%，报13452.05点；创业板指下跌0.47%，报3311.32点，两市半日合计成交14794亿。盘面上，饮料乳品、教育、休闲食品涨幅居前。",
      ),
    ).toBe("a股:midday");
    // Not a session report: an ETF's half-day turnover (ths:678545287, 2026-07-30 11:31:48), the midday tally of
    // limit moves (eastmoney:202607303826423049), the close's column without `半日` (eastmoney:202607293825060243).
    expect(
      session(
        "截至上午收盘，创业板ETF易方达（159915）成交额95.41亿元、科创50ETF华夏（588000）成交额91.69亿元，均较此前半日成交额显著放量。",
      ),
    ).toBeNull();
    expect(
      session("7月30日午间，A股半日下来共有51只涨停股、46只跌停股。消费精选概念活跃，火星人涨停。"),
    ).toBeNull();
    expect(
      session(
        "【收盘播报】沪指涨0.40%，深证成指涨1.10%，创业板指涨1.55%。成交额超2.3万亿，教育、游戏、食品饮料、乘用车、能源金属、影视院线、零售板块涨幅居前，电子化学品逆市走弱。",
      ),
    ).toBeNull();
    // A turnover stated after the first full stop is another sentence's (a stock's, a board's).
    expect(session("沪指涨0.76%。某板块走强，两市半日成交额1.79万亿。")).toBeNull();
    const stories = groupStories([report, middayCls, middayThs]);
    expect(stories.map((story) => story.copies.map((copy) => copy.id))).toEqual([
      ["eastmoney:202607313828119998", "cls:2442340", "ths:678578247"],
    ]);
  });

  it("finds two feeds' reports of one futures session, whatever they call the market", () => {
    // ths:678610600 and cls:2443738 (2026-08-03 09:00): the open, each listing other contracts first.
    const open = item(
      "ths:678610600",
      at,
      "期市早盘开盘，国内期货主力合约多数下跌。跌幅方面，原油、燃油跌超3%，碳酸锂、苯乙烯、乙二醇、铁矿石跌超2%，焦煤、焦炭、低硫燃油、纯苯跌超1%。涨幅方面，多晶硅涨超2%，对二甲苯、丙烯、PTA涨超1%。",
    );
    const commodities = item(
      "cls:2443738",
      later(0.5),
      "财联社8月3日电，国内商品期货开盘多数下跌，能化板块跌幅居前，塑料跌超5%，燃料油、原油跌超3%，铁矿石、苯乙烯跌超2%，碳酸锂、焦煤、焦炭跌超1%。涨幅方面，多晶硅涨近3%，鸡蛋涨超1%。",
    );
    expect(verdict(open, commodities)).toMatchObject({ same: true, reason: "same" });
    // cls:2444053 and ths:678623250 (2026-08-03 15:01): the close, one as a wrap-up with a headline of its own.
    const closed = item(
      "cls:2444053",
      at,
      "财联社8月3日电，国内商品期货多数收跌，红枣跌超5%，尿素、原油跌超3%，铁矿石、纯碱跌超2%，焦炭、液化气、乙二醇、玻璃、锰硅、BR橡胶、纯苯跌超1%。涨幅方面，多晶硅逆势涨停，集运欧线涨超3%，鸡蛋涨超2%，沪锌、工业硅、PTA涨超1%。",
    );
    const wrapUp = item(
      "ths:678623250",
      later(1),
      "期货收评：截至收盘，大宗商品以下跌为主，红枣跌超5%，燃料油跌超4%，尿素、SC原油跌超3%，铁矿石、纯碱、低硫燃料油跌超2%。涨幅方面，多晶硅触及涨停涨9%，集运欧线涨超3%，鸡蛋涨超2%。",
    );
    expect(verdict(closed, wrapUp)).toMatchObject({ same: true, reason: "same" });
    const session = (text: string) => featuresOf(storyKey(item("x", at, text), S), S).leadSession;
    expect(session("期货收评：截至收盘，大宗商品以下跌为主。")).toBe("期货:close");
    expect(session("国内商品期货多数收跌，红枣跌超5%。")).toBe("期货:close");
    expect(session("期市早盘开盘，国内期货主力合约多数下跌。")).toBe("期货:open");
    // Treasury futures are a market of their own (eastmoney:202608033829751559, 2026-08-03 15:21).
    expect(session("国债期货收盘多数下跌，30年期主力合约涨0.05%，10年期主力合约跌0.04%。")).toBe(
      "国债期货:close",
    );
    // Stock-index futures are another market, and their morning close is not the day's close.
    expect(session("股指期货早盘收盘，IF主力合约跌0.5%。")).toBe("股指期货:midday");
    // The same words hours apart tell another session: cls:2441070 (11:32) and ths:678563445 (21:01).
    const morning = item(
      "cls:2441070",
      at,
      "财联社7月30日电，国内期货主力合约多数下跌，集运欧线、菜粕、纯碱、铁矿石跌超2%，氧化铝、玻璃跌近2%，碳酸锂、硅铁、聚氯乙烯（PVC）跌超1%。",
    );
    const night = item(
      "ths:678563445",
      later(9.5 * 60),
      "期市夜盘开盘，国内期货主力合约多数下跌。跌幅方面，焦煤、铁矿石、低硫燃油跌超1%。涨幅方面，对二甲苯、PTA涨超1%。",
    );
    expect(verdict(morning, night)).toMatchObject({ same: false, reason: "time-window" });
  });

  it("reads two feeds' reports of one market's open as one story, whatever readings each took", () => {
    // ths:678530244 and cls:2440522 (2026-07-29 21:30:42 and :56): each read the indexes at its own second.
    const ths = item(
      "ths:678530244",
      at,
      "美股三大指数集体低开，标普500指数跌0.18%，道指跌0.81%，纳指跌0.1%。大型科技股方面，SpaceX跌1.18%。中概股方面，理想汽车涨5.75%，蔚来涨3.63%，小鹏集团涨3.46%，哔哩哔哩涨2.88%，携程涨2.79%，网易涨1.37%。",
      { title: "美股开盘：美股三大指数集体低开" },
    );
    const cls = item(
      "cls:2440522",
      later(0.25),
      "财联社7月29日电，美股三大指数集体低开，道指跌0.76%，纳指跌0.19%，标普500指数跌0.23%。存储板块上涨，希捷科技涨超5%，西部数据涨超2%。航空股下挫，美国航空跌近4%，达美航空跌超2%，阿拉斯加航空跌超2%。",
      { title: "美股三大指数集体低开 存储板块上涨" },
    );
    expect(verdict(ths, cls)).toMatchObject({ same: true, reason: "same" });
    // cls:2445076 and ths:678655812 (2026-08-04 15:01:54 and 15:02:01): one tells the open in its title
    // alone; the CAC 40 read at +0.1% and +0.42%.
    const titled = item(
      "cls:2445076",
      at,
      "财联社8月4日电，欧洲斯托克50指数涨0.5%，英国富时100指数涨0.2%，法国CAC40指数涨0.1%，德国DAX指数涨0.4%。",
      { title: "欧洲主要股指集体高开" },
    );
    const told = item(
      "ths:678655812",
      later(0.1),
      "欧洲主要股指开盘集体上涨，欧洲斯托克50指数涨0.47%，英国富时100指数涨0.36%，法国CAC40指数涨0.42%，德国DAX指数涨0.35%。",
    );
    expect(verdict(titled, told)).toMatchObject({ same: true, reason: "same" });
    // A reading past the open's drift is another moment, and so is a later alert of a move.
    expect(verdict(titled, { ...told, text: told.text.replace("0.42%", "1.42%") }).same).toBe(false);
    const alert = item(
      "cls:x",
      later(10),
      "财联社8月4日电，欧洲斯托克50指数涨幅扩大至1%，德国DAX指数涨1.1%。",
    );
    expect(verdict(titled, alert).same).toBe(false);
    // eastmoney:202607293824539749 (09:35) is an ETF's write-up about the Hong Kong open a quarter of an
    // hour after ths:678507209's report of it (09:21): not a report of the open.
    const report = item(
      "ths:678507209",
      at,
      "港股开盘，恒生指数涨0.7%，恒生科技指数涨1.02%。个股方面，汽车之家-S涨9.97%，优然牧业涨8.07%，现代牧业涨4.48%，理想汽车-W涨4.47%，MINIMAX-W涨4.26%。",
      { title: "港股开盘：恒生指数涨0.7%，恒生科技指数涨1.02%" },
    );
    const writeUp = item(
      "eastmoney:202607293824539749",
      later(13.9),
      "7月29日，港股三大指数集体高开！港股通科技ETF招商（159125）快速涨超3%，小米集团涨近4%，腾讯控股、阿里巴巴涨近2%，美团、中芯国际、百济神州、药明生物纷纷上涨。",
      { title: "港股高开！机构：资金有望回流低估值互联网" },
    );
    expect(verdict(report, writeUp).same).toBe(false);
    const session = (text: string, title = "") =>
      featuresOf(storyKey(item("x", at, text, { title }), S), S).leadSession;
    expect(session("日韩股市集体高开，日经225指数高开0.14%。")).toBe("日韩股市:open");
    expect(session("欧洲主要股指开盘涨跌不一，英国富时100指数跌0.10%。")).toBe("欧股:open");
    // The day told at the close (cls:2441966) is no open; its title says which session it reports.
    expect(session("美股高开高走，三大指数集体收涨，纳指涨2.78%。")).toBeNull();
    expect(
      session("美股高开高走，三大指数集体收涨，纳指涨2.78%。", "美股收盘：微软创近18年以来最大单日涨幅"),
    ).toBe("美股:close");
  });

  it("finds two feeds' alerts of one turnover milestone, one without its currency, and keeps two milestones apart", () => {
    // cls:2444967 and ths:678653585 (2026-08-04 13:16 and 13:15): each feed quotes the change on
    // the day before and the day's forecast from its own data.
    const cls = item(
      "cls:2444967",
      later(1),
      "财联社8月4日电，据财联社盯盘数据显示，沪深两市成交额突破1.5万亿，较上一日此时放量超400亿，预计全天成交金额约2.1万亿。",
    );
    const ths = item(
      "ths:678653585",
      at,
      "据同花顺iFinD数据，沪深京三市成交额超1.5万亿元，较上日此时放量400亿元，预计全天成交金额约2.0万亿元。截至目前，沪市成交额6696亿元，深市成交额8213亿元，北证50成交额97亿元。",
    );
    expect(verdict(cls, ths)).toMatchObject({ same: true, reason: "same" });
    // `突破2万亿` is the next milestone, not a rounding of 1.5 trillion.
    const next = { ...cls, text: cls.text.replace("突破1.5万亿", "突破2万亿") };
    expect(verdict(next, ths).same).toBe(false);
    // Amounts without a currency that no instrument measures stay unread.
    expect(quantitiesIn("较上一日此时放量超400亿，沪深两市成交额突破1.5万亿。", 12)).toEqual([
      { value: 1.5e12, low: 1.5e12, high: 1.6e12, qualified: true, unit: "元", subject: "@turnover:aShares" },
    ]);
  });

  it("finds two feeds' reports of one market moment by the moves they list", () => {
    // cls:2445665 and ths:678670698 (2026-08-04 23:01 and 23:00): one night session's close, one
    // feed naming the session, the other opening with the contracts.
    const contracts = item(
      "cls:2445665",
      later(0.5),
      "财联社8月4日电，国内期货主力合约跌多涨少，乙二醇（EG）跌超5%，瓶片、丙烯跌超3%，液化石油气（LPG）、低硫燃料油（LU）跌近3%，纯苯、聚丙烯、燃料油跌超2%。涨幅方面，焦煤涨超1%。",
      { title: "乙二醇夜盘跌超5%" },
    );
    const session = item(
      "ths:678670698",
      at,
      "期市夜盘收盘，国内期货主力合约多数下跌。跌幅方面，乙二醇跌超5%，丙烯、瓶片跌超3%，苯乙烯、短纤、燃油、聚丙烯、纯苯、低硫燃油、LPG跌超2%。涨幅方面，焦煤涨超1%。",
      { title: "期市夜盘收盘，国内期货主力合约多数下跌" },
    );
    expect(verdict(contracts, session)).toMatchObject({ same: true, reason: "same" });
    // Two readings minutes apart list the same moves and differ in one: every figure still counts
    // (cls:2442250 and eastmoney:202607313828040221, 2026-07-31 10:29 and 10:32).
    const first = item(
      "cls:2442250",
      at,
      "财联社7月31日电，国债期货涨幅扩大，30年期主力合约涨0.38%报115.51元，创2025年11月25日以来盘中新高，10年期主力合约涨0.11%，5年期主力合约涨0.06%，2年期主力合约涨0.03%。",
    );
    const second = item(
      "eastmoney:202607313828040221",
      later(2.5),
      "国债期货涨幅扩大，30年期主力合约涨0.36%，10年期主力合约涨0.11%，5年期主力合约涨0.06%，2年期主力合约涨0.03%。",
    );
    expect(verdict(first, second)).toMatchObject({ same: false, reason: "numbers-disagree" });
    // Two indices' closes list the same members (cls:2439510 and eastmoney:202607293823937458,
    // 2026-07-29 04:01): a report that opens with an index is of that index.
    const livermore = item(
      "cls:2439510",
      at,
      "财联社7月29日电，利弗莫尔中概股龙头指数收跌0.52%。成分股中，联电、南茂科技、慧荣科技跌超9%，日月光半导体跌超7%，世纪互联跌超 5%。",
    );
    const dragon = item(
      "eastmoney:202607293823937458",
      at,
      "纳斯达克中国金龙指数收涨1.08%。成分股中，联电、南茂科技、慧荣科技跌超9%，日月光半导体跌超7%，世纪互联跌超5%。",
    );
    expect(verdict(livermore, dragon).same).toBe(false);
    // A date before a direction is a forecast or a record, not a name in a list.
    expect([
      ...featuresOf(storyKey(item("x", at, "高盛预测全球股市将在2026年上涨9%，白银、黄金涨超2%。"), S), S)
        .listedMoves,
    ]).toEqual(["白银|up|超2", "黄金|up|超2"]);
  });

  it("reads an open above the last close as a move up", () => {
    // cls:2443753 and ths:678613569 (2026-08-03 09:20): `开盘涨0.4%` and `高开0.4%`.
    const up = item(
      "cls:2443753",
      at,
      "财联社8月3日电，香港恒生指数开盘涨0.4%，恒生科技指数涨0.68%，联想控股涨超4%，阿里巴巴涨超3%，百度集团涨超2%，哔哩哔哩、吉利汽车、腾讯控股涨超1%。智谱跌超4%，方正控股跌超3%。",
    );
    const higher = item(
      "ths:678613569",
      later(1),
      "港股开盘，恒生指数高开0.4%，恒生科技指数高开0.68%。迅策涨近15%，金山云、阿里巴巴-W、美图公司涨超3%。",
    );
    expect(verdict(up, higher)).toMatchObject({ same: true, reason: "same" });
    const lead = (text: string) => featuresOf(storyKey(item("x", at, text), S), S).leadMove;
    expect(lead("恒生指数低开0.5%，恒生科技指数跌0.8%。")).toMatchObject({ up: false });
    expect(lead("恒生指数低开高走，现涨0.5%。")).toBeNull();
  });

  it("finds two feeds' alerts of one company's or contract's move by its name", () => {
    // ths:678631173 and cls:2444343 (2026-08-03 18:20 and 18:23): a share class and a venue.
    const classA = item("ths:678631173", at, "谷歌A美股盘前涨超2%，现报363.33美元。");
    const premarket = item(
      "cls:2444343",
      later(3),
      "财联社8月3日电，谷歌美股盘前涨超2%，上个交易日收涨6.7%。分析师预计谷歌AWS今年的营收将增长至约1700亿美元。",
    );
    expect(verdict(classA, premarket)).toMatchObject({ same: true, reason: "same" });
    // ths:678613940 and cls:2443781 (2026-08-03 09:32): an exchange, a manner and `期货`.
    const exchange = item("ths:678613940", at, "广期所多晶硅主力合约大涨6%，报34920元/吨。");
    const futures = item(
      "cls:2443781",
      later(0.5),
      "财联社8月3日电，多晶硅期货主力合约强势上涨超6%，现报34925元/吨。",
    );
    expect(verdict(exchange, futures)).toMatchObject({ same: true, reason: "same" });
    // Another name, another threshold, or a name that is a market: no same move.
    expect(verdict(classA, item("b", later(1), "微软美股盘前涨超2%，现报512.3美元。")).same).toBe(false);
    expect(verdict(classA, item("c", later(1), "谷歌美股盘前涨超3%，现报366.1美元。")).same).toBe(false);
    const lead = (text: string) => featuresOf(storyKey(item("x", at, text), S), S).leadMove;
    expect(lead("阿里巴巴-W涨超6%，百度集团-SW涨超3%。")).toMatchObject({
      instrument: "name:阿里巴巴",
      up: true,
      quantity: { value: 6, qualified: true },
    });
    expect(lead("个股涨超6%，成交活跃。")).toBeNull();
    expect(lead("半导体板块涨超3%，中芯国际涨停。")).toBeNull();
    expect(lead("中微公司预计上半年净利润同比增长282%。")).toBeNull();
  });

  it("reads a move told in two clauses, a verb and then its size, and groups its alerts", () => {
    // ths:678565503 and cls:2441976 (2026-07-31 04:31): Apple's after-hours fall after its results,
    // told after a circumstance and in two clauses; they share no anchor of their text.
    const twoClauses = item("ths:678565503", at, "财报公布后，苹果盘后下挫，现跌2%。");
    const oneClause = item("cls:2441976", later(0.1), "财联社7月31日电，苹果美股盘后跌超2%。");
    const lead = (a: StoryArticle) => featuresOf(storyKey(a, S), S).leadMove;
    expect(lead(twoClauses)).toMatchObject({
      instrument: "name:苹果",
      up: false,
      at: 6,
      quantity: { value: 2 },
    });
    expect(
      groupKeys(
        [twoClauses, oneClause].map((a) => storyKey(a, S)),
        S,
      ),
    ).toEqual([[0, 1]]);
    // ths:678513232 (2026-07-29 12:15): an instrument's move, its size in a clause of when.
    expect(
      lead(item("ths:678513232", at, "韩国综指继续下跌，日内大跌10%。个股方面，SK海力士跌超15%。")),
    ).toMatchObject({
      instrument: "asiaIndex:kospi",
      up: false,
      quantity: { value: 10 },
    });
    // Not a move's size: another thing (a board's list), an earlier move, another direction, a turn.
    expect(lead(item("a", at, "港股游戏股盘中持续走强，哔哩哔哩涨超5.5%，腾讯控股涨超4%。"))).toBeNull();
    expect(lead(item("b", at, "SK海力士在美股盘后交易中转为上涨，此前一度跌超9%。"))).toBeNull();
    expect(lead(item("c", at, "苹果盘后下挫，现涨2%。"))).toBeNull();
    expect(lead(item("d", at, "韩国KOSPI指数盘初快速转跌，现跌超1.2%。"))).toBeNull();
  });

  it("joins two feeds' results flashes that word one figure apart, and not a roundup stating one figure of a piece", () => {
    // ths:678591159 and eastmoney:202607313828456457 (2026-07-31 18:20 and 18:24, blind12): eastmoney's
    // `同比增长18.48%` is ths's `较上年同期增加18.48%`, and ths's only `同比增长` is its 扣非 43.78%.
    const ths = item(
      "ths:678591159",
      "2026-07-31T18:20:43+08:00",
      "第一创业公告，2026年上半年实现营业总收入21.7亿元，较上年同期增加18.48%；归属于上市公司股东的净利润6.88亿元，较上年同期增加41.67%；扣非净利润6.85亿元，同比增长43.78%。业绩增长主要系固定收益、证券经纪及信用、自营投资及交易等业务收入同比增长。",
      { title: "第一创业：2026年半年度净利润6.88亿元，同比增41.67%" },
    );
    const eastmoney = item(
      "eastmoney:202607313828456457",
      "2026-07-31T18:24:51+08:00",
      "第一创业发布2026年半年度业绩快报，报告期内实现营业总收入21.7亿元，同比增长18.48%；归属于上市公司股东的净利润6.88亿元，同比增长41.67%。",
      { title: "第一创业业绩快报：上半年净利润6.88亿元 同比增长41.67%" },
    );
    expect(verdict(ths, eastmoney)).toMatchObject({ same: true, reason: "same" });
    // cls:2439648 and cls:2439694 (2026-07-29 09:26 and 09:33): ETF flows, which state the STAR 50
    // ETF's scale, and a piece on that ETF, whose growth (166.33亿元) the roundup does not state.
    const flows = item(
      "cls:2439648",
      "2026-07-29T09:26:04+08:00",
      "财联社7月29日电，又一次回调之际，宽基ETF继续吸金。Wind数据显示，昨天ETF市场吸金253.31亿元，其中宽基ETF吸金182.71亿元。单只产品来看，易方达创业板ETF昨天吸金最多，单日净流入68.56亿元，最新规模为635.64亿元，重回600亿关口；其次是华夏科创50ETF吸金37.97亿元，最新规模860.57亿元；华泰柏瑞沪深300ETF也净流入32.2亿元，最新规模来到1171.83亿元。另外，华安创业板50ETF、国泰中证全指通信设备ETF、华夏科创板半导体材料设备ETF也吸金超过10亿元。7月以来，全市场ETF合计净流入4359.88亿元，其中宽基ETF净流入2581.45亿元。",
      { title: "宽基ETF昨日净流入183亿元 7月以来流入2581亿元" },
    );
    const scale = item(
      "cls:2439694",
      "2026-07-29T09:33:53+08:00",
      "财联社7月29日电，截至 7 月 29 日，华夏科创50ETF规模达860.57亿元，与6月底相比增长166.33 亿元，在全市场ETF的规模排名由6月底的第6位升至现在的第4位。6 月底时，全市场规模排名前五的ETF中，仅有华泰柏瑞沪深 300ETF一只权益类ETF。但在7月以来的在市场震荡环境下，华夏科创50ETF配置性价比提升，逆势实现资金流入和规模增长，跻身规模前五。目前，全市场规模前五 ETF中，权益类产品已增至两只。",
      { title: "华夏科创50ETF规模逆势增长至860亿元 跻身全市场规模排名前五" },
    );
    expect(verdict(flows, scale)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("parts one broker's target prices for two companies, and joins two feeds' copies of one", () => {
    // eastmoney:202607313828471437 and cls:2442835 (2026-07-31 18:35 and 18:43, blind12): one broker
    // raising two targets, then a third company's; each text names a company the other does not.
    const amazonApple = item(
      "eastmoney:202607313828471437",
      "2026-07-31T18:35:41+08:00",
      "富国银行将亚马逊目标股价从322美元上调至328美元，将苹果目标股价从310美元上调至350美元。",
      { title: "富国银行上调亚马逊、苹果目标价" },
    );
    const shell = item(
      "cls:2442835",
      "2026-07-31T18:43:33+08:00",
      "财联社7月31日电，富国银行将壳牌目标价从100美元上调至105美元。",
      { title: "富国银行将壳牌目标价从100美元上调至105美元" },
    );
    expect(verdict(amazonApple, shell)).toMatchObject({ same: false, reason: "subjects-disagree" });
    expect(featuresOf(storyKey(amazonApple, S), S).leadTargets).toEqual(["亚马逊", "苹果"]);
    // cls:2442819, the same minute: cls writes `将苹果将目标股价` (no target read for 苹果), which names it.
    const amazonAppleCls = item(
      "cls:2442819",
      "2026-07-31T18:35:41+08:00",
      "财联社7月31日电，富国银行将亚马逊目标股价从322美元上调至328美元，将苹果将目标股价从310美元上调至350美元。",
      { title: "富国银行将亚马逊目标股价从322美元上调至328美元，将苹果将目标股价从310美元上调至350美元" },
    );
    expect(verdict(amazonApple, amazonAppleCls)).toMatchObject({ same: true, reason: "same" });
  });

  it("parts two flashes that lead with one instrument moving two ways", () => {
    // cls:2440846 (2026-07-30 08:43) and cls:2440880 (09:10): the KOSPI down 2%, then up 2% after
    // having been down 2%; they share the figure and the chip makers, not the moment.
    const down = item(
      "cls:2440846",
      at,
      "财联社7月30日电，韩国KOSPI指数跌幅扩大至2%，SK海力士跌近8%，三星电子跌2.6%。",
    );
    const up = item(
      "cls:2440880",
      later(27),
      "财联社7月30日电，韩国KOSPI指数涨幅扩大至2%，此前一度跌2%。SK海力士跌幅由8%收窄至0.79%，三星电子现涨近3%。",
    );
    expect(verdict(down, up)).toMatchObject({
      same: false,
      reason: "numbers-disagree",
      detail: "opposite moves",
    });
    expect(verdict(up, down)).toMatchObject({
      same: false,
      reason: "numbers-disagree",
      detail: "opposite moves",
    });
    // ths:678537645 (09:09): the same rise, told by another feed, is a copy.
    const copy = item(
      "ths:678537645",
      later(26),
      "韩国综指涨幅扩大至2%，现报5776.97点。个股方面，三星电子涨超3%。",
    );
    expect(verdict(up, copy).same).toBe(true);
  });

  it("reads a move in two clauses as the same move told in one", () => {
    const names = ["苹果", "诺和诺德", "长鑫科技", "英伟达"];
    const verbs: [string, string][] = [
      ["下挫", "跌"],
      ["直线跳水", "跌"],
      ["持续上扬", "涨"],
      ["继续冲高", "涨"],
    ];
    // The move as `sameLeadMove` reads it: what moved, which way, and its figure (not the figure's subject).
    const lead = (text: string) => {
      const move = featuresOf(storyKey(item("x", at, text), S), S).leadMove;
      if (move === null) return null;
      const { value, low, high, qualified, unit } = move.quantity;
      return { instrument: move.instrument, up: move.up, at: move.at, value, low, high, qualified, unit };
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom("", "美股盘后", "盘前", "午后"),
        fc.constantFrom(...verbs),
        fc.constantFrom("现", "日内", "盘中", ""),
        fc.constantFrom("", "超", "近"),
        fc.integer({ min: 1, max: 300 }),
        (name, venue, [verb, direction], when, qualifier, tenths) => {
          const size = `${direction}${qualifier}${tenths / 10}%`;
          const one = lead(`${name}${venue}${size}。`);
          expect(one).not.toBeNull();
          expect(lead(`${name}${venue}${verb}，${when}${size}。`)).toEqual(one);
        },
      ),
    );
  });

  it("reads numbers by their role: a value both state of another quantity is no contradiction", () => {
    // ths:678631153 and cls:2444338 (2026-08-03 18:19): `同比增长282.48%` of the profit is not the
    // revenue's `同比增长34.89%`, which both state.
    const forecast = item(
      "ths:678631153",
      at,
      "中微公司公告，预计2026年半年度营业收入约66.91亿元，同比增长约34.89%；归属于母公司所有者的净利润为27亿元到29亿元，同比增加282.48%到310.81%；扣除非经常性损益的净利润为10亿元到12亿元，同比增加85.61%到122.73%。上年同期营业收入49.61亿元，归母净利润7.06亿元，扣非净利润5.39亿元。",
    );
    const summary = item(
      "cls:2444338",
      later(1),
      "财联社8月3日电，中微公司(688012.SH)公告称，预计2026年半年度归属于母公司所有者的净利润为27亿元到29亿元，同比增长282.48%到310.81%，营业收入同比增长约34.89%。上半年产生公允价值变动收益和投资收益合计约19.82亿元，较2025年上半年的1.68亿元增加约18.15亿元。",
    );
    expect(verdict(forecast, summary)).toMatchObject({ same: true, reason: "same" });
    // A small figure is claimed only by its own measure: the KOSPI at 4% and at 5% are two
    // snapshots although `跌超5%` of the chip makers is in the first (cls:2443689, ths:678610003).
    const four = item(
      "cls:2443689",
      at,
      "财联社8月3日电，韩国KOSPI指数跌4%，报6325.23点。三星电子、SK海力士均跌超5%。",
    );
    const five = item(
      "ths:678610003",
      later(23),
      "韩国综指跌幅扩大至5%，现报6264.04点。个股方面，三星电子跌超8%，SK海力士跌超7%。",
    );
    expect(verdict(four, five).same).toBe(false);
    // A figure of a list told `分别` measures one of the things listed, not its clause's words: the
    // two orders' `分别为5.42亿元人民币（含税）、0.87亿美元` are not two readings of the total
    // (ths:678526667 and eastmoney:202607293825261438, 2026-07-29 19:46 and 19:47).
    const orders = item(
      "ths:678526667",
      at,
      "永鼎股份公告，公司控股子公司苏州鼎芯光电科技有限公司近一个月收到A客户、B客户关于大功率激光器芯片产品的采购订单，合计金额分别为5.42亿元人民币（含税）、0.87亿美元（含税）（折合人民币约5.91亿元），订单总金额约11.33亿元人民币（含税）。",
    );
    const total = item(
      "eastmoney:202607293825261438",
      later(1),
      "7月29日，永鼎股份(600105.SH)公告称，公司控股子公司苏州鼎芯光电科技有限公司于近一个月收到A客户、B客户关于大功率激光器芯片产品的采购订单，合计金额约11.33亿元(含税)。",
    );
    expect(verdict(orders, total)).toMatchObject({ same: true, reason: "same" });
  });

  it("finds a piece rewritten at its opening by the passage it keeps, not an excerpt or a quote", () => {
    // eastmoney:202607313827155485 and cls:2442047 (2026-07-31 07:28 and 07:38): two openings, then
    // one passage word for word.
    const rewritten = item(
      "eastmoney:202607313827155485",
      at,
      "7月30日，沪深股市调整，但以风华高科、昀冢科技等为代表的MLCC概念股，一度上演集体涨停。MLCC板块逆势上涨的背后，是业界的“超级周期”预测。近日，一则关于“持续多年的MLCC供应宽松周期已经宣告结束，一场由AI产业爆发引燃的高端MLCC需求狂飙，正在将全行业拖入‘加钱也难按时拿到货’的紧缺时代，超级周期刚刚开始”的消息，在业界悄然传开。",
      { title: "MLCC超级周期来袭？产业链公司“涨”声四起" },
    );
    const original = item(
      "cls:2442047",
      later(10),
      "财联社7月31日电，近日，A股市场剧烈震荡，前期涨幅较大的科技股纷纷下挫。不过，MLCC（多层陶瓷电容器）板块的表现格外抢眼，相关概念股逆势走强。MLCC板块逆势上涨的背后，是业界的“超级周期”预测。近日，一则关于“持续多年的MLCC供应宽松周期已经宣告结束，一场由AI产业爆发引燃的高端MLCC需求狂飙，正在将全行业拖入‘加钱也难按时拿到货’的紧缺时代，超级周期刚刚开始”的消息，在业界悄然传开。MLCC行业的超级周期能否兑现不得而知，但种种迹象显示，行业景气度正在快速提升。",
      { title: "MLCC板块逆势上涨 行业景气度正在快速提升" },
    );
    expect(verdict(rewritten, original)).toMatchObject({ same: true, reason: "same" });
    // A flash quoted whole after a board's move is not the move (ths:678575620, cls:2442252,
    // 2026-07-31 10:25 and 10:30): the passage is where the flash starts.
    const statement = item(
      "ths:678575620",
      at,
      "国家发展改革委政策研究室主任、新闻发言人蒋毅在新闻发布会上指出，有关机构测算，“十五五”时期算力网建设将新增直接投资4万亿元，考虑到算力建设以企业投资为主，这将为民间投资创造巨大空间，我们将加强规划引导、要素保障等工作，为民间投资营造良好环境。",
    );
    const board = item(
      "cls:2442252",
      later(5),
      "财联社7月31日电，算力租赁概念盘中涨势扩大，美利云、云赛智联封涨停，此前宏景科技、利通电子、三人行、宁夏建材、东阳光等多股涨停，协创数据、优刻得、网宿科技等均涨超10%。消息面上，国家发展改革委政策研究室主任、新闻发言人蒋毅在新闻发布会上指出，有关机构测算，“十五五”时期算力网建设将新增直接投资4万亿元。",
    );
    expect(verdict(statement, board).same).toBe(false);
    // An excerpt (the communiqué's opening, then one passage) is not the communiqué
    // (cls:2441242 and cls:2441247, 2026-07-30 14:35 and 14:36; the communiqué cut to its opening and
    // that passage).
    const communique = item(
      "cls:2441242",
      at,
      "中共中央政治局7月30日召开会议，决定今年10月在北京召开中国共产党第二十届中央委员会第五次全体会议，主要议程是，中共中央政治局向中央委员会报告工作，研究持之以恒推进全面从严治党若干重大问题。会议分析研究当前经济形势，部署下半年经济工作。中共中央总书记习近平主持会议。会议强调，要切实筑牢安全屏障。稳定房地产市场，实施好一揽子化债方案，扎实推进地方中小金融机构改革化险、减量提质。深化资本市场投融资综合改革，提升资本市场韧性和信心。",
    );
    const excerpt = item(
      "cls:2441247",
      later(1),
      "财联社7月30日电，中共中央政治局7月30日召开会议，会议强调，要切实筑牢安全屏障。稳定房地产市场，实施好一揽子化债方案，扎实推进地方中小金融机构改革化险、减量提质。深化资本市场投融资综合改革，提升资本市场韧性和信心。",
    );
    expect(verdict(communique, excerpt).same).toBe(false);
  });

  it("lets the other figures of one move drift a little between two feeds' readings", () => {
    // ths:678613917 and cls:2443771 (2026-08-03 09:31): the Shanghai index read at -0.52% and -0.49%.
    const chinext = item("ths:678613917", at, "创业板指跌幅扩大至1%，上证指数跌0.52%，深证成指跌0.79%。");
    const ofOne = item(
      "cls:2443771",
      later(0.3),
      "财联社8月3日电，指数走弱，创业板指下挫跌逾1.00%，沪指跌0.49%，深成指跌0.75%。油气、证券、半导体芯片、算力硬件等方向跌幅居前，沪深京三市下跌个股近2400只。",
    );
    expect(verdict(chinext, ofOne)).toMatchObject({ same: true, reason: "same" });
    const apart = item("b", later(0.3), "创业板指跌逾1%，沪指跌0.9%，深成指跌0.75%。");
    expect(verdict(chinext, apart)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("finds two feeds' independent write-ups of one event by its parties and figures", () => {
    // cls:2443503 and ths:678606415 (2026-08-02 15:23 and 15:30): one OPEC+ decision, worded apart.
    const delegate = item(
      "cls:2443503",
      at,
      "财联社8月2日电，一位欧佩克+代表称，欧佩克+很可能会将9月份的配额量上调约18.8万桶/日，随后将暂停这一举措。",
      { title: "一位欧佩克+代表称，欧佩克+很可能会将9月份的配额量上调约18.8万桶/日，随后将暂停这一举措" },
    );
    const agreed = item(
      "ths:678606415",
      later(7),
      "欧佩克+据称已原则上同意将日产量上调18.8万桶，并在第四季度暂停增产。",
      { title: "欧佩克+据称已原则上同意将日产量上调18.8万桶" },
    );
    expect(verdict(delegate, agreed)).toMatchObject({ same: true, reason: "same" });
    // cls:2443117 and ths:678599024 (2026-08-01 02:42): one rate decision, one two-digit figure.
    const held = item("cls:2443117", at, "财联社8月1日电，哥伦比亚央行维持利率在12%不变。");
    const decided = item("ths:678599024", later(1), "哥伦比亚中央银行决定将隔夜利率维持在12%的水平不变。");
    expect(verdict(held, decided)).toMatchObject({ same: true, reason: "same" });
    // eastmoney:202608033829780119 and cls:2444135 (2026-08-03 16:03 and 16:09): one digit in a
    // roundup and in one stock's alert is no event.
    const roundup = item(
      "eastmoney:202608033829780119",
      at,
      "美股中概股盘前涨跌互现，阿里巴巴涨4%，百度涨0.9%，贝壳涨0.2%，拼多多涨0.1%，京东跌0.5%，网易跌0.6%，携程跌1%，理想汽车跌3%。",
    );
    const alibaba = item(
      "cls:2444135",
      later(6),
      "财联社8月3日电，阿里巴巴美股盘前涨超4%。消息面上，公司正式发布新一代基座大模型Qwen3.8，总参数量2.4万亿。",
    );
    expect(verdict(roundup, alibaba).same).toBe(false);
    // Another figure, or first sentences that name no party in common: no one event.
    const other = {
      ...agreed,
      text: agreed.text.replace("18.8", "13.7"),
      title: agreed.title.replace("18.8", "13.7"),
    };
    expect(verdict(delegate, other).same).toBe(false);
    // cls:2443472 and ths:678606311 (2026-08-02 14:29 and 14:44): one record, one feed rounding its figure.
    const exact = item(
      "cls:2443472",
      at,
      "财联社8月2日电，从上港集团获悉，8月1日，上海港单昼夜集装箱吞吐量创历史新高，达到203881标准箱(TEU)，突破此前6月9日创下的187312TEU纪录，充分彰显世界级枢纽港口生产韧性。",
      { title: "上海港单昼夜集装箱吞吐量创新高" },
    );
    const rounded = item(
      "ths:678606311",
      later(15),
      "从上港集团获悉，上海港单日集装箱吞吐量于1日突破20万标准箱，达到20.39万标准箱，创历史新高。2025年，上海港集装箱吞吐量突破5506万标箱，再创历史新高，连续16年位居世界第一。",
      { title: "上海港单日集装箱吞吐量突破20万标准箱创新高" },
    );
    expect(verdict(exact, rounded)).toMatchObject({ same: true, reason: "same" });
    // A rounding needs three significant digits on each side: `20.39万` is not `21.39万`.
    expect(verdict(exact, { ...rounded, text: rounded.text.replace("20.39", "21.39") }).same).toBe(false);
    const unrelated = item("b", later(7), "沙特阿美宣布向亚洲客户多供应18.8万桶原油。");
    expect(verdict(delegate, unrelated).same).toBe(false);
    // Past the window the same facts are a reaction or a recap.
    expect(
      verdict(delegate, { ...agreed, publishedAt: later(60 * S.crossHeadlineWindowHours + 1) }).same,
    ).toBe(false);
  });

  it("finds two feeds' write-ups of one event by its particulars, and not one speaker's or two places' news", () => {
    // cls:2439641 and ths:678503950 (2026-07-29 08:47 and 09:04): one strike, worded apart; they agree
    // on what happened (`打击`), who (`美军与沙特…`, `精确打击`) and where (Iraq, Saudi Arabia).
    const strike = item(
      "cls:2439641",
      at,
      "财联社7月29日电，美军中央司令部当地时间7月28日发布声明表示，美军与沙特阿拉伯武装部队当天在伊拉克实施精确打击，目标为亲伊朗武装组织。声明称，美国和沙特战斗机对伊拉克东部多处武装组织的后勤及武器设施发动空袭，以回应过去72小时由伊朗伊斯兰革命卫队策划并指挥的30多起无人机袭击。",
      { title: "美军称与沙特军方联合空袭伊拉克境内武装组织" },
    );
    const struck = item(
      "ths:678503950",
      later(17),
      "美军中央司令部28日在社交媒体发布消息称，美军与沙特阿拉伯武装部队当日在伊拉克境内对伊朗支持的“恐怖分子”实施了精确打击，并称其受伊朗伊斯兰革命卫队指使，袭击美军及沙特能源基础设施。",
      { title: "美军称精准打击伊拉克境内支持伊朗的组织" },
    );
    expect(verdict(strike, struck)).toMatchObject({ same: true, reason: "same" });
    expect(verdict(struck, strike)).toMatchObject({ same: true, reason: "same" });
    // Past the window one event's particulars are a follow-up.
    expect(verdict(strike, { ...struck, publishedAt: later(60 * S.particularsWindowHours + 1) }).same).toBe(
      false,
    );
    // cls:2442052 and eastmoney:202607313827383483 (2026-07-31 07:49 and 08:02): two officials on
    // one question, each speaker named nowhere in the other.
    const minister = item(
      "cls:2442052",
      at,
      "财联社7月31日电，日本财务大臣片山皋月称，对潜在的外汇干预不予置评。始终准备以高度紧迫感应对外汇市场。",
    );
    const official = item(
      "eastmoney:202607313827383483",
      later(13),
      "日本最高外汇事务官员三村淳称，对是否进行了外汇干预不予置评。与相关外汇主管部门保持密切联系。对我们未来的计划不予置评。",
      { title: "日本最高外汇事务官员三村淳：对是否进行了外汇干预不予置评" },
    );
    expect(verdict(minister, official).same).toBe(false);
    // ths:678654150 and eastmoney:202608043831037552 (2026-08-04 13:33 and 13:37): two regions'
    // governors on two drone attacks.
    const moscow = item(
      "ths:678654150",
      at,
      "当地时间8月4日，俄罗斯莫斯科州州长沃罗比约夫通报称，初步信息显示，自当天凌晨起，乌克兰无人机袭击导致该州5人死亡，6人受伤。乌克兰方面对此暂无回应。",
      { title: "俄称莫斯科州遭乌无人机袭击 已致5死6伤" },
    );
    const petersburg = item(
      "eastmoney:202608043831037552",
      later(4),
      "俄罗斯列宁格勒州州长亚历山大·德罗兹坚科8月4日在社交媒体上表示，俄罗斯第二大城市圣彼得堡附近的一处仓库设施遭到无人机袭击。",
      { title: "俄罗斯圣彼得堡附近仓库设施遭无人机袭击" },
    );
    expect(verdict(moscow, petersburg).same).toBe(false);
    // cls:2442502 and ths:678583336 (2026-07-31 15:08 and 15:16): one maker's two recalls, of
    // other counts of cars.
    const recall = item("cls:2442502", at, "财联社7月31日电，福特汽车公司将在美国召回86,543辆汽车。");
    const other = item(
      "ths:678583336",
      later(8),
      "7月31日，根据美国国家公路交通安全管理局（NHTSA）在线发布的召回通知，福特汽车公司正在美召回47587辆汽车。美国国家公路交通安全管理局表示，福特正在召回部分配备8英寸SYNC信息娱乐屏幕的2021-2023款F-150和2023-2026款F-250 SD车辆。",
      { title: "美国国家公路交通安全管理局：福特正在美召回4.7万辆车" },
    );
    expect(verdict(recall, other).same).toBe(false);
    // eastmoney:202608013828793275 and eastmoney:202608013828797584 (2026-08-01 05:34 and 06:00):
    // a roundup's headline given alone lists several news, and is none of them.
    const order = item(
      "eastmoney:202608013828793275",
      at,
      "央视记者当地时间7月31日获悉，美国官员表示，美国总统特朗普已下令对伊朗发动新一轮袭击，目的是迫使德黑兰方面投降。相关行动最早可能于本周末开始，并持续数天。",
      { title: "美官员称特朗普已下令对伊朗发动新一轮袭击" },
    );
    const headlines = item(
      "eastmoney:202608013828797584",
      later(26),
      "周六你需要知道的隔夜全球要闻：微软、亚马逊7月份市值合计增长超1万亿美元，沃什据悉考虑减少美联储政策会议的频率，美官员称特朗普已下令对伊朗发动新一轮袭击。",
      {
        title:
          "周六你需要知道的隔夜全球要闻：微软、亚马逊7月份市值合计增长超1万亿美元 沃什据悉考虑减少美联储政策会议的频率",
      },
    );
    expect(verdict(order, headlines).same).toBe(false);
  });

  it("keeps a market's move apart from the statement it reacts to", () => {
    // cls:2445509 (19:50) and eastmoney:202608043831367332 (19:59, 2026-08-04): the oil move quotes
    // the statement in full, yet the statement never names oil.
    const statement = item(
      "cls:2445509",
      at,
      "财联社8月4日电，据美国方面4日消息，美国财政部长贝森特称，美国可能明日与伊朗达成协议以开放霍尔木兹海峡。",
    );
    const oil = item(
      "eastmoney:202608043831367332",
      later(9),
      "WTI原油期货跌幅扩大至4%，报77.115美元/桶。美国财政部长贝森特称，美国可能明日与伊朗达成协议以开放霍尔木兹海峡。",
    );
    expect(verdict(statement, oil)).toMatchObject({ same: false, reason: "different-lead" });
    // A copy that names what moved, in its text or its title, is still a copy (ths:678666026, 19:54).
    const alert = item("ths:678666026", later(4), "WTI原油跌超4%，现报77.11美元/桶。");
    expect(verdict(alert, oil)).toMatchObject({ same: true, reason: "same" });
  });

  it("keeps items that lead with two documents or two places apart", () => {
    // cls:2444474 and eastmoney:202608033830009622 (2026-08-03 21:01 and 21:03): two draft rules.
    const rules = item(
      "cls:2444474",
      at,
      "记者今天（3日）了解到，为推动完善集成电路布图设计保护制度，根据《集成电路布图设计保护条例》以及其他有关法律、行政法规的规定，国家知识产权局研究起草了《集成电路布图设计保护条例实施细则修改草案（征求意见稿）》，现予以公布并征求社会各界意见，征求意见截止日期为2026年9月3日。",
    );
    const guide = item(
      "eastmoney:202608033830009622",
      later(2),
      "记者今天（3日）了解到，为推动完善集成电路布图设计保护制度，紧密配合衔接《集成电路布图设计保护条例》《集成电路布图设计保护条例实施细则》修改进程，国家知识产权局研究起草了《集成电路布图设计审查与执法指南修改草案（征求意见稿）》，现予以公布并征求社会各界意见，征求意见截止日期为2026年9月3日。",
    );
    expect(verdict(rules, guide)).toMatchObject({ same: false, reason: "subjects-disagree" });
    // A copy that names the document the other leads with, or leaves it out, is no conflict.
    expect(verdict(rules, { ...rules, id: "copy", text: `${rules.text}（央视新闻）` }).same).toBe(true);
    // eastmoney:202608033830117641 and ths:678637996 (2026-08-03 22:57 and 23:10): two calls.
    const pakistan = item("eastmoney:202608033830117641", at, "伊朗和巴基斯坦外长通话讨论地区问题。");
    const oman = item("ths:678637996", later(13), "伊朗和阿曼外长通话讨论地区问题。");
    expect(verdict(pakistan, oman)).toMatchObject({ same: false, reason: "subjects-disagree" });
    expect(verdict(pakistan, item("c", later(3), "伊朗外长与巴基斯坦外长通话，讨论地区问题。")).same).toBe(
      true,
    );
  });

  it("keeps two warnings of one office at other levels apart", () => {
    // eastmoney:202608043830179364 and cls:2444671 (2026-08-04 06:08): two bulletins, worded alike.
    const rain = item(
      "eastmoney:202608043830179364",
      at,
      "中央气象台8月4日06时继续发布暴雨黄色预警：预计，8月4日08时至5日08时，黑龙江中南部、陕西东南部、山西南部、河南西部、重庆东部、湖北西部、湖南西部、贵州东部和南部、云南西部和南部、广西北部和东南部、广东西南部、海南岛等地的部分地区有大到暴雨，其中重庆东部、湖北西南部、湖南西北部、云南西部、广西东南部沿海、广东西南部、海南岛北部和西南部等地局地有大暴雨（100～200毫米）；上述部分地区伴有短时强降水（最大小时降雨量20～50毫米，局地可超过80毫米），局地有雷暴大风或冰雹等强对流天气。",
    );
    const storms = item(
      "cls:2444671",
      later(1),
      "财联社8月4日电，中央气象台8月4日06时继续发布强对流天气蓝色预警：预计8月4日08时至5日08时，内蒙古中东部、东北地区、华北、黄淮西部、江汉等地的部分地区将有8级以上雷暴大风或冰雹天气，其中，黑龙江南部、吉林西部、河南北部和西部等地的部分地区将有10级以上雷暴大风，最大风力可达11级以上，局地不排除出现龙卷的可能性；内蒙古东部、东北地区、华北、黄淮西部、江汉、江南西部和中部、华南、西南地区东部和南部等地的部分地区将有小时雨量大于20毫米的短时强降水天气，其中，黑龙江南部、吉林西部、河南中部、湖北西南部、湖南西北部、重庆东南部、广西东南部、广东西南部、海南岛东北部等地的部分地区小时雨量大于50毫米，最大可达80毫米以上。",
    );
    expect(verdict(rain, storms)).toMatchObject({
      same: false,
      reason: "instruments-disagree",
      detail: "warningLevel:yellow vs blue",
    });
  });

  it("decides alike whichever of the two is asked first, whatever the titles and texts", () => {
    const pieces = [
      "上海",
      "北京",
      "日本",
      "招金黄金",
      "涨停",
      "涨",
      "3",
      "1.5",
      "%",
      "时",
      "分",
      "13时00分",
      "，",
      "。",
      "公告",
      "股份有限公司",
      "【",
      "】",
      "A",
      "级地震",
      "当地时间",
      "21时19分",
      "22时19分",
      "15.49亿港元",
      "11.83亿港元",
      "12.27亿港元",
      "25.70亿港元",
      "25.71亿港元",
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, text, text, fc.integer({ min: 0, max: 30 }), (t1, x1, t2, x2, minutes) => {
        const a = item("a", at, x1, { title: t1 });
        const b = item("b", later(minutes), x2, { title: t2 });
        const [ab, ba] = [verdict(a, b), verdict(b, a)];
        expect([ab.same, ab.reason, ab.score]).toEqual([ba.same, ba.reason, ba.score]);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps one measure of two companies apart, whatever their template shares", () => {
    const a = item("a", at, "摩根大通将高通目标价从265美元下调至215美元。");
    const b = item("b", later(30), "摩根大通将Meta Platforms目标价从725美元下调至640美元。");
    expect(verdict(a, b)).toMatchObject({ same: false, reason: "numbers-disagree" });
    const c = item("c", at, "百特国际美股盘前涨超10%，现报27.44美元。");
    const d = item("d", later(1), "埃姆科美股盘前涨超10%，现报740.27美元。");
    expect(verdict(c, d)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("keeps two statements of one press conference apart", () => {
    const a = item("a", at, "某国央行行长在新闻发布会上表示，目前难以判断政策利率距离中性利率还有多远。");
    const b = item("b", later(5), "某国央行行长在新闻发布会上表示，人工智能相关的投资需求非常强劲。");
    expect(verdict(a, b)).toMatchObject({ same: false, reason: "different-text" });
  });

  it("joins two outlets' flashes of one second that name one thing, and not one outlet's two, a minute's, or two events", () => {
    // cls:2444645 and eastmoney:202608043830160596 (2026-08-04 03:04:44): eastmoney carries cls's flash of
    // the Treasury's borrowing estimate as its headline alone, in the same second.
    const second = "2026-08-04T03:04:44+08:00";
    const cls = (publishedAt: string, source = "财联社") =>
      item(
        "cls:2444645",
        publishedAt,
        "财联社8月4日电，美国财政部上调对本季度联邦借款规模的预估，主要原因是净现金流预期调低。财政部周一在声明中表示，目前预计7月至9月净借款规模为7390亿美元，较5月预估的6710亿美元增加680亿美元。该预估假设9月底现金余额为9500亿美元，高于6月底的9190亿美元；对于10月至12月期间，财政部预计借款规模为6280亿美元，目标是12月底现金余额8500亿美元。",
        { title: "美国财政部将季度借款预估上调至7390亿美元", source: { name: source } },
      );
    const eastmoney = (publishedAt: string) =>
      item("eastmoney:202608043830160596", publishedAt, "美国财政部公布可交易债务融资预估。", {
        title: "美国财政部公布可交易债务融资预估",
        source: { name: "东方财富" },
      });
    expect(verdict(cls(second), eastmoney(second))).toMatchObject({ same: true, reason: "same" });
    // Grouping compares them though they share no text anchor: each carries one for its second.
    expect(groupStories([cls(second), eastmoney(second)])).toHaveLength(1);
    // One outlet's two flashes of one second are two pieces; so are an unknown outlet's.
    expect(verdict(cls(second, "东方财富"), eastmoney(second)).same).toBe(false);
    expect(verdict({ ...cls(second), source: null }, eastmoney(second)).same).toBe(false);
    // A second later, or on a whole minute (a time stated to the minute), the wording decides.
    expect(verdict(cls("2026-08-04T03:04:45+08:00"), eastmoney(second)).same).toBe(false);
    const minute = "2026-08-04T03:04:00+08:00";
    expect(verdict(cls(minute), eastmoney(minute)).same).toBe(false);
    expect(groupStories([cls(minute), eastmoney(minute)])).toHaveLength(2);
    // The outlet is the outermost channel a copy came through, else its source.
    expect(storyKey(cls(second), S).outlet).toBe("财联社");
    expect(storyKey({ ...cls(second), via: ["同花顺"] }, S).outlet).toBe("同花顺");
    // cls:2443273 and eastmoney:202608013829022487 (2026-08-01 14:28:38): one military statement's two parts,
    // drones and missiles, each a flash of its own.
    const drones = item(
      "cls:2443273",
      "2026-08-01T14:28:38+08:00",
      "财联社8月1日电，科威特武装部队发布消息称，科方防空系统“正在”应对无人机袭击。",
      {
        title: "科威特称正在应对无人机袭击",
        source: { name: "财联社" },
      },
    );
    const missiles = item(
      "eastmoney:202608013829022487",
      "2026-08-01T14:28:38+08:00",
      "科威特军方表示，防空部队目前正在拦截伊朗来袭导弹。",
      {
        title: "科威特军方：防空部队目前正在拦截伊朗来袭导弹",
        source: { name: "东方财富" },
      },
    );
    expect(verdict(drones, missiles).same).toBe(false);
    // A line stating a figure the other flash does not state is another piece of news.
    const figure = item("eastmoney:1", second, "美国财政部公布可交易债务融资预估为8000亿美元。", {
      title: "美国财政部公布可交易债务融资预估",
      source: { name: "东方财富" },
    });
    expect(verdict(cls(second), figure).same).toBe(false);
  });

  it("counts a story's copies without the cuts another outlet posted in their second", () => {
    // cls:2440369 and eastmoney:202607293825218981 (2026-07-29 18:35:30): the funding flash and eastmoney's
    // one line of it; ths:678524479 at 18:35:48. A write-up matching the flash need not match the line.
    const at = (time: string) => Date.parse(`2026-07-29T${time}+08:00`);
    const item = { at: at("18:44:45"), size: 280 } as StoryKey;
    expect(
      comparableCopies(
        [
          { at: at("18:35:30"), size: 330 },
          { at: at("18:35:30"), size: 27 },
          { at: at("18:35:48"), size: 30 },
        ],
        item,
        S,
      ),
    ).toBe(2);
    // Two whole copies of one second both count, and so does every copy of a whole minute.
    expect(
      comparableCopies(
        [
          { at: at("18:35:30"), size: 330 },
          { at: at("18:35:30"), size: 200 },
        ],
        item,
        S,
      ),
    ).toBe(2);
    expect(
      comparableCopies(
        [
          { at: at("18:35:00"), size: 330 },
          { at: at("18:35:00"), size: 27 },
        ],
        item,
        S,
      ),
    ).toBe(2);
  });

  it("keeps a share-price move apart from the results it quotes", () => {
    const results = item(
      "a",
      at,
      "某科技公司第二季度营收900.1亿美元，预估877.2亿美元；经营利润406亿美元，预估390.2亿美元；调整后每股收益4.74美元，预估4.25美元；智能云业务营收393.1亿美元。",
    );
    const move = item(
      "b",
      later(3),
      "某科技公司美股盘后涨超4%。公司第二季度营收900.1亿美元，预估877.2亿美元。",
    );
    expect(verdict(results, move)).toMatchObject({ same: false, reason: "different-lead" });
  });

  it("keeps a company's share move apart from the guidance it quotes, and a report that opens with its move with the report", () => {
    // cls:2440744 and cls:2440745 (2026-07-30 06:06 and 06:08): the guidance, then the share move that
    // quotes it, whose text names the company the guidance is of; ths:678532663 is a copy of the move.
    const guidance = item(
      "cls:2440744",
      "2026-07-30T06:06:07+08:00",
      "财联社7月30日电，微软预计第一财季总收入将在898.5亿美元至909.5亿美元之间，预计第一财季资本支出将超过500亿美元；预计第一财季智能云收入将在409.5亿美元至412.5亿美元之间；预计第一季度个人计算业务收入将在122亿美元至127亿美元之间。公司预计2027财年资本支出将同比增长；计入租赁会计调整后，2027财年资本支出预计为1750亿美元，此前预计1900亿美元；预计2027财年将保持正的自由现金流。 在财报电话会上，微软高管表示，2026日历年的资本支出预期从之前的1900亿美元变更为1750亿美元，但该数字是由于会计政策调整：未来更多的租赁将被归类为经营租赁而非融资租赁；融资租赁计入微软的资本支出，而经营租赁则不计入。尽管租赁的分类和统计口径变更导致资本支出数字变更，但微软高管表示，剔除租赁分类的影响后，其投资预期保持不变。该公司预计2027财年的资本支出将同比增长。",
      { title: "微软预计2027财年资本支出将达1750亿美元 剔除租赁分类的影响后投资预期保持不变" },
    );
    const move = item(
      "cls:2440745",
      "2026-07-30T06:08:04+08:00",
      "财联社7月30日电，微软股价涨幅在财报电话会议期间扩大至8%，公司预计2027财年资本支出为1750亿美元，此前估计为1900亿美元。尽管租赁的分类和统计口径变更导致资本支出数字变更，但微软高管表示，剔除租赁分类的影响后，其投资预期保持不变。该公司预计2027财年的资本支出将同比增长。",
      { title: "微软股价涨幅在财报电话会议期间扩大至8%" },
    );
    const moveCopy = item(
      "ths:678532663",
      "2026-07-30T06:10:26+08:00",
      "微软股价涨幅在财报电话会议期间扩大至8%，公司预计2027财年资本支出为1750亿美元，此前估计为1900亿美元。",
      { title: "微软股价涨幅在财报电话会议期间扩大至8%" },
    );
    expect(verdict(guidance, move)).toMatchObject({ same: false, reason: "different-lead" });
    expect(verdict(move, moveCopy)).toMatchObject({ same: true });
    // eastmoney:202607303825520898 and cls:2440703 (2026-07-30 04:01): titled with the results, one
    // opens with the after-hours move; both are the results.
    const opensWithMove = item(
      "eastmoney:202607303825520898",
      "2026-07-30T04:01:18+08:00",
      "高通盘后跌超4%，公司第三季度经调整营收99.5亿美元，同比下降4%；预估96.2亿美元。调整后EPS2.21美元，同比下降20%。",
      { title: "高通第三季度经调整营收99.5亿美元" },
    );
    const report = item(
      "cls:2440703",
      "2026-07-30T04:01:18+08:00",
      "财联社7月30日电，高通第三季度经调整营收99.5亿美元，同比下降4%；预估96.2亿美元。调整后EPS2.21美元，同比下降20%。高通预计第四季度营收为97亿至105亿美元，预计第四季度每股收益为1.22至1.42美元。",
      { title: "高通第三季度经调整营收99.5亿美元 同比下降4%" },
    );
    expect(verdict(opensWithMove, report)).toMatchObject({ same: true });
  });

  it("reads a price a little apart between two feeds' alerts of one move, not another move's", () => {
    // ths:678529755 and eastmoney:202607293825331633 (2026-07-29 21:03 and 21:04): one quote read
    // a cent apart.
    const wti = item("ths:678529755", at, "WTI原油大涨7%，现报84.82美元/桶。", { title: "WTI原油大涨7%" });
    const read = item("eastmoney:202607293825331633", later(0.3), "WTI原油日内涨7%，现报84.81美元/桶。");
    expect(verdict(wti, read)).toMatchObject({ same: true, reason: "same" });
    const risen = item("b", later(0.3), "WTI原油日内涨7%，现报85.4美元/桶。");
    expect(verdict(wti, risen)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("lets the figures of one market moment drift between two alerts under its title", () => {
    // cls:2444541 and ths:678637679 (2026-08-03 22:12): the Dow read at 1.29% and 1.30%.
    const title = "美股三大指数均涨超1%";
    const cls = item(
      "cls:2444541",
      at,
      "财联社8月3日电，美股三大指数均涨超1%。截至目前，道琼斯指数涨1.29%，标普500指数涨1%，纳斯达克综合指数涨1.35%。",
      { title },
    );
    const ths = item(
      "ths:678637679",
      later(0.1),
      "道指涨1.30%，现报53165.180点；纳指涨1.35%，现报25716.236点；标普500指数涨1.00%，现报7564.960点。",
      { title },
    );
    expect(verdict(cls, ths)).toMatchObject({ same: true, reason: "same" });
    const apart = item("b", later(0.1), "道指涨1.8%，现报53165.180点；纳指涨1.35%；标普500指数涨1.00%。", {
      title,
    });
    expect(verdict(cls, apart)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("reads a digest and its opening line under one title as one piece, within the hour", () => {
    // cls:2443579 and eastmoney:202608023829152937 (2026-08-02 19:59 and 20:10): one programme's
    // summary, and a feed's item that gives its title and opening line only.
    const title = "8月2日周日《新闻联播》要闻17条";
    const digest = item(
      "cls:2443579",
      at,
      "财联社8月2日电，今天《新闻联播》主要内容有： 1、我国美丽乡村建设实现良好开局； 2、我国轻工业经济运行稳中有进； 3、传统工业品适配新需求 老产业跑出转型加速度； 4、新场景新体验 暑期旅游持续升温；",
      { title },
    );
    const opening = item("eastmoney:202608023829152937", later(10), "今天《新闻联播》主要内容如下。", {
      title,
    });
    expect(storyKey(digest, S).digest).toBe(true);
    expect(storyKey(opening, S).digest).toBe(false);
    expect(verdict(digest, opening)).toMatchObject({ same: true, reason: "same" });
    // Without the title, or the next evening, the opening line is no copy of the digest.
    expect(verdict(digest, { ...opening, title: "" })).toMatchObject({ same: false, reason: "digest" });
    expect(verdict(digest, { ...opening, publishedAt: later(24 * 60) }).same).toBe(false);
  });

  it("keeps two digests of two days, or of one day under two titles, apart", () => {
    // cls:2440533 and cls:2440792 (2026-07-29 21:43, 07-30 08:08): an evening's digest and the next
    // morning's tell the night's news in items worded alike.
    const evening = item(
      "cls:2440533",
      "2026-07-29T21:43:56+08:00",
      "1、美联储7月议息会议今夜来袭，市场主流预期维持基准利率3.50%至3.75%不变。 2、两大MLCC龙头发出涨价函，三星电机自8月1日起涨价30%；太阳诱电则自9月1日起涨价，直言即使客户接受涨价，公司也无法承诺能按时交货。 3、美国实施先进机器人进口限制，外交部回应：保护主义提升不了美国的竞争力，只会损害美国企业和消费者的利益。中方将继续采取必要措施，坚定维护中国企业的正当合法权益。 4、韩国承诺采取更多措施稳定股市，采取措施限制杠杆ETF交易，将限制散户投资者对杠杆ETF投资的敞口，考虑提高交易成本以抑制ETF投机行为。",
      { title: "财联社7月29日晚间新闻精选" },
    );
    const morning = item(
      "cls:2440792",
      "2026-07-30T08:08:01+08:00",
      "1、针对美国联邦通信委员会宣布对外国制造的先进机器人实施进口限制，外交部发言人毛宁29日在例行记者会上说，中方一贯坚决反对美方泛化国家安全概念打压中国企业。中方将继续采取必要措施，坚定维护中国企业的正当合法权益。 2、韩国承诺采取更多措施稳定股市，采取措施限制杠杆ETF交易，将限制散户投资者对杠杆ETF投资的敞口，考虑提高交易成本以抑制ETF投机行为。 3、美联储7月议息会议将基准利率维持在3.50%至3.75%不变。 4、两大MLCC龙头发出涨价函，三星电机自8月1日起涨价30%；太阳诱电则自9月1日起涨价，直言即使客户接受涨价，公司也无法承诺能按时交货。",
      { title: "财联社7月30日早间新闻精选" },
    );
    expect(storyKey(evening, S).digest).toBe(true);
    expect(storyKey(morning, S).digest).toBe(true);
    expect(verdict(evening, morning)).toMatchObject({ same: false, reason: "digest" });
    // The same morning under another feed's copy of its title is one piece; under another title,
    // on the same day (an overnight roundup, then the morning's), two.
    const copy = {
      ...morning,
      id: "eastmoney:1",
      title: "财联社7月30日早间新闻精选",
      publishedAt: "2026-07-30T08:09:01+08:00",
    };
    expect(verdict(morning, copy)).toMatchObject({ same: true });
    const roundup = { ...copy, title: "周四你需要知道的隔夜全球要闻：美联储维持利率不变" };
    expect(verdict(morning, roundup)).toMatchObject({ same: false, reason: "digest" });
  });

  it("reads a digest after a short introduction as a digest", () => {
    // ths:678633679 and cls:2444431 (2026-08-03 19:59 and 20:07): one programme's summary, one feed
    // opening with `今天《新闻联播》主要内容有：`.
    const items =
      "1、【奋力开创中国式现代化建设新局面——习近平总书记今年以来治国理政纪实】扎扎实实以科技创新支撑和引领中国式现代化； 2、蔡奇看望慰问北戴河暑期休假专家； 3、【树立和践行正确政绩观】惠民生促发展 推动学习教育取得实效； 4、上半年全国生态环境质量持续改善； 5、上半年我国海洋生产总值5.5万亿元；";
    const bare = item("ths:678633679", at, items);
    const introduced = item("cls:2444431", later(8), `财联社8月3日电，今天《新闻联播》主要内容有： ${items}`);
    expect(storyKey(introduced, S).digest).toBe(true);
    expect(verdict(bare, introduced)).toMatchObject({ same: true, reason: "same" });
    // A sentence before the list is news of its own, not an introduction.
    expect(storyKey(item("c", at, `央行今日开展1000亿元逆回购操作。${items}`), S).digest).toBe(false);
  });

  it("keeps a digest apart from one of its items", () => {
    const single = item("a", at, "某部门将于8月5日在香港发行150亿元人民币国债。");
    const digest = item(
      "b",
      later(60),
      "1、某部门将于8月5日在香港发行150亿元人民币国债。2、沪指午间收盘跌0.5%。3、央行开展1000亿元逆回购操作。",
    );
    expect(verdict(single, digest)).toMatchObject({ same: false, reason: "digest" });
  });

  it("puts a digest's headline published alone in the digest's story", () => {
    // cls:2443149 and eastmoney:202608013828797584 (2026-08-01 06:00): the roundup (its first three
    // items here) and a feed's copy that gives only its headline.
    const headline =
      "周六你需要知道的隔夜全球要闻：微软、亚马逊7月份市值合计增长超1万亿美元，沃什据悉考虑减少美联储政策会议的频率，美官员称特朗普已下令对伊朗发动新一轮袭击";
    const roundup = item(
      "cls:2443149",
      at,
      "1、美股三大指数集体收涨，纳指涨1%，本周累涨1.59%，7月份累跌3.2%；标普500指数涨0.7%，本周累涨1.05%，7月份累跌0.13%；道指涨0.53%，本周累涨1.04%，7月份累涨0.32%，月线录得四连涨。其中，微软、亚马逊7月份市值合计增长超1万亿美元。 2、据报道，美联储主席沃什考虑减少美联储政策会议的频率。 3、美国官员表示，美国总统特朗普已下令对伊朗发动新一轮袭击，目的是迫使德黑兰方面投降。",
      { title: headline },
    );
    const alone = item("eastmoney:202608013828797584", at, `${headline}。`, {
      title:
        "周六你需要知道的隔夜全球要闻：微软、亚马逊7月份市值合计增长超1万亿美元 沃什据悉考虑减少美联储政策会议的频率",
    });
    expect(storyKey(roundup, S).digest).toBe(true);
    expect(verdict(roundup, alone)).toMatchObject({ same: true, reason: "same" });
    // The next morning's roundup opens with the same words: its headline alone is another story.
    expect(verdict(roundup, item("c", later(24 * 60), `${headline}。`)).same).toBe(false);
  });

  it("keeps copies within the time window and undated items to identical texts", () => {
    const a = item("a", at, "某公司公告称，公司中标3.2亿元数据中心项目。");
    expect(verdict(a, item("b", later(13 * 60), a.text)).reason).toBe("time-window");
    expect(verdict(item("c", null, a.text), item("d", null, a.text)).same).toBe(true);
    expect(verdict(item("c", null, a.text), item("d", null, `${a.text}另有补充。`)).reason).toBe("undated");
  });

  it("keeps companies with the same template apart", () => {
    const a = item(
      "a",
      at,
      "企查查APP显示，近日，北京恒渡科技有限公司成立，经营范围包含集成电路设计、电子元器件零售。",
    );
    const b = item(
      "b",
      later(30),
      "企查查APP显示，近日，北京云玚智能有限公司成立，经营范围包含集成电路设计、电子元器件零售。",
    );
    expect(verdict(a, b)).toMatchObject({ same: false, reason: "companies-disagree" });
    // A legal form that starts with `股份` is not the name (`广发证券股份有限公司`).
    const c = item("c", at, "证监会发布关于对广发证券股份有限公司采取出具警示函措施的决定。", {
      title: "证监会对广发证券采取出具警示函措施",
    });
    const d = item("d", later(8), "证监会发布关于对红塔证券股份有限公司采取出具警示函措施的决定。", {
      title: "证监会对红塔证券采取出具警示函措施",
    });
    expect(storyKey(c, S).companies).toEqual(["广发证券"]);
    // The decisions' targets (`decisionTargets`) part them first.
    expect(verdict(c, d)).toMatchObject({ same: false, reason: "subjects-disagree" });
  });
});

describe("groupKeys", () => {
  const day = (d: number, h: number, m = 0) =>
    `2026-07-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00+08:00`;
  const items: StoryArticle[] = [
    item("cls:1", day(29, 9, 15), "财联社7月29日电，人民币兑美元中间价报6.7899，上调29点。"),
    item("em:2", day(29, 9, 16), "人民币兑美元中间价报6.7899，上调29点。"),
    item("cls:3", day(30, 9, 15), "财联社7月30日电，人民币兑美元中间价报6.7892，上调7点。"),
    item("ths:4", day(30, 9, 15), "人民币兑美元中间价报6.7892，较上日调高7点。"),
    item("em:5", day(31, 9, 16), "人民币兑美元中间价报6.7894，下调2点。"),
    item("cls:6", day(29, 11, 30), "日经225指数日内跌幅达2%。"),
    item("em:7", day(30, 11, 30), "日经225指数日内跌幅达2%。"),
    item("em:8", day(31, 11, 31), "日经225指数日内跌幅达2%。"),
    item("ths:9", day(29, 11, 33), "日经225指数日内跌幅达2%。"),
    item("x:10", null, "某公司公告称，公司中标3.2亿元数据中心项目。"),
    item("y:11", day(29, 14), "某公司公告称，公司中标3.2亿元数据中心项目。"),
  ];
  const keys = items.map((a) => storyKey(a, S));
  const partition = (order: readonly number[]) => {
    const groups = groupKeys(
      order.map((i) => keys[i]!),
      S,
    );
    return groups.map((g) => g.map((i) => keys[order[i]!]!.id));
  };

  it("groups copies of a day and never a recurring template across days", () => {
    expect(partition(items.map((_, i) => i))).toEqual([
      ["cls:1", "em:2"],
      ["cls:6", "ths:9"],
      ["y:11", "x:10"],
      ["cls:3", "ths:4"],
      ["em:7"],
      ["em:5"],
      ["em:8"],
    ]);
  });

  it("compares two feeds' alerts of one move however little wording they share", () => {
    // ths:678655404 and eastmoney:202608043831118893 (2026-08-04 14:33 and 14:36) share one anchor of
    // their text; the move they lead with (the turnover crossing 2 trillion) makes them candidates.
    const alerts = [
      item(
        "ths:678655404",
        "2026-08-04T14:33:46+08:00",
        "据同花顺iFinD数据，沪深京三市成交额超2万亿元，较上日此时放量1861亿元，预计全天成交金额约2.2万亿元。截至目前，沪市成交额9034亿元，深市成交额10836亿元，北证50成交额131亿元。",
      ),
      item(
        "eastmoney:202608043831118893",
        "2026-08-04T14:36:03+08:00",
        "沪深两市成交额突破2万亿，较上一个交易日此时放量超1900亿元。",
      ),
    ];
    const alertKeys = alerts.map((a) => storyKey(a, S));
    expect(groupKeys(alertKeys, S)).toEqual([[0, 1]]);
    const text = (a: StoryArticle) => anchorsOf(featuresOf(storyKey(a, S), S).chars, CANDIDATES.every);
    const [one, two] = alerts.map(text);
    expect(one!.filter((anchor) => two!.includes(anchor)).length).toBe(1);
  });

  it("compares two feeds that copy one title however little of their texts they share", () => {
    // 2026-07-30 19:21–19:22: one meeting under one title; eastmoney gives only its closing lines, cls its
    // opening (cut short), ths both. eastmoney and cls share 3 of eastmoney's 42 text anchors, under the
    // tenth a candidate needs: their title's anchors make them candidates, and the title decides.
    const meeting = [
      item(
        "eastmoney:202607303826878663",
        "2026-07-30T19:21:29+08:00",
        "北交所表示，将认真研究与会代表提出的意见建议，积极回应市场关切，协调推进投融资健康发展，不断增强市场内在稳定性。希望公募基金持续加大对北交所的投资力度，支持中小企业创新发展，共同维护市场平稳健康运行。",
        { title: "北交所召开公募基金座谈会听取意见建议" },
      ),
      item(
        "cls:2441693",
        "2026-07-30T19:22:06+08:00",
        "财联社7月30日电，北京证券交易所组织召开公募基金座谈会，邀请8家公募机构代表面对面交流，就促进北交所市场稳定健康发展听取意见建议。会上，与会代表结合近期市场形势，对后续走势进行研判分析。大家表示，近期北交所市场表现受外部多重因素与场内阶段性情绪叠加影响有所波动，但长期向好趋势不改，正迎来政策、流动性与估值三重共振的配置窗口期。",
        { title: "北交所召开公募基金座谈会听取意见建议" },
      ),
      item(
        "ths:678559779",
        "2026-07-30T19:22:17+08:00",
        "7月29日，北京证券交易所组织召开公募基金座谈会，邀请8家公募机构代表面对面交流，就促进北交所市场稳定健康发展听取意见建议。会上，与会代表结合近期市场形势，对后续走势进行研判分析。大家表示，经过近五年的建设，北交所已迈入高质量发展的新阶段，市场规模和上市公司质量持续提升，各方关注度和参与度显著增强。近期北交所市场表现受外部多重因素与场内阶段性情绪叠加影响有所波动，但长期向好趋势不改，正迎来政策、流动性与估值三重共振的配置窗口期。北交所表示，将认真研究与会代表提出的意见建议，积极回应市场关切，协调推进投融资健康发展，不断增强市场内在稳定性。希望公募基金持续加大对北交所的投资力度，支持中小企业创新发展，共同维护市场平稳健康运行。",
        { title: "北交所召开公募基金座谈会听取意见建议" },
      ),
    ];
    const meetingKeys = meeting.map((a) => storyKey(a, S));
    expect(groupKeys(meetingKeys, S)).toEqual([[0, 1, 2]]);
    const text = (a: StoryArticle) => anchorsOf(featuresOf(storyKey(a, S), S).chars, CANDIDATES.every);
    const [closing, opening] = meeting.map(text);
    expect(closing!.length).toBe(42);
    expect(closing!.filter((anchor) => opening!.includes(anchor)).length).toBe(3);
  });

  it("puts a copy that matches several stories in the one whose figures it states", () => {
    // 2026-07-30 19:26–19:33: a company's new buyback plan (cls:2441700, ths:678559983) and the
    // completion of its last one (ths:678559848, cls:2441705, eastmoney:202607303826887223), told
    // alike. cls:2441705 recalls the last plan before its completion, so it matches the new plan's
    // copy by wording (containment 0.65) and the completion's by its figures (854.73万股, 8.95亿元).
    const buyback = [
      item(
        "cls:2441700",
        "2026-07-30T19:26:55+08:00",
        "财联社7月30日电，三环集团(300408.SZ)发布2026年第二期回购公司股份方案的公告，公司拟以自有资金或自筹资金，通过集中竞价方式回购部分A股股份，回购资金总额不低于5亿元且不超过10亿元，回购价格不超过135元/股。回购股份将用于股权激励计划或员工持股计划、维护公司价值及股东权益(出售)。",
      ),
      item(
        "ths:678559848",
        "2026-07-30T19:27:35+08:00",
        "三环集团公告，公司于2026年7月启动的回购股份方案已实施完毕，累计以集中竞价交易方式回购A股股份854.73万股，占总股本0.43%，最高成交价110.5元/股，最低成交价99.1元/股，成交总金额8.95亿元。回购股份将用于股权激励计划或员工持股计划、维护公司价值及股东权益。",
      ),
      item(
        "cls:2441705",
        "2026-07-30T19:31:43+08:00",
        "财联社7月30日电，三环集团(300408.SZ)公告称，公司此前于2026年7月20日召开第十一届董事会第二十二次会议，审议通过了《关于回购公司股份方案的议案》，同意公司使用不低于人民币4.5亿元且不超过人民币9亿元的自有资金或自筹资金，以集中竞价交易方式回购部分公司A股股份，用于股权激励计划或员工持股计划、维护公司价值及股东权益。截至公告披露日，本次回购股份方案已实施完毕，公司累计通过股份回购专用证券账户以集中竞价交易方式回购公司A股股份854.73万股，占公司当前总股本的0.43%，最高成交价为110.50元/股，最低成交价为99.10元/股，成交总金额为人民币8.95亿元（不含交易费用）。",
      ),
      item(
        "eastmoney:202607303826887223",
        "2026-07-30T19:31:43+08:00",
        "三环集团(300408.SZ)公告称，截至公告披露日，本次回购股份方案已实施完毕，公司累计通过股份回购专用证券账户以集中竞价交易方式回购公司A股股份854.73万股，成交总金额为人民币8.95亿元（不含交易费用）。",
      ),
      item(
        "ths:678559983",
        "2026-07-30T19:33:39+08:00",
        "三环集团公告，公司2026 年第二期回购股份，拟以不低于人民币5亿元且不超过人民币10亿元回购公司股份，回购价格不超过人民币135元/股。回购股份将用于股权激励计划或员工持股计划、维护公司价值及股东权益。",
      ),
    ];
    const buybackKeys = buyback.map((a) => storyKey(a, S));
    expect(groupKeys(buybackKeys, S).map((g) => g.map((i) => buybackKeys[i]!.id))).toEqual([
      ["cls:2441700", "ths:678559983"],
      ["ths:678559848", "cls:2441705", "eastmoney:202607303826887223"],
    ]);
  });

  it("gives the same stories whatever order the items come in", () => {
    const expected = partition(items.map((_, i) => i));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          items.map((_, i) => i),
          { minLength: items.length },
        ),
        (order) => {
          expect(partition(order)).toEqual(expected);
        },
      ),
    );
  });
});

describe("groupStories", () => {
  const base = "2026-08-04T09:00:00+08:00";
  const text = "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。";
  const longer = `${text}合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。`;
  const articles: StoryArticle[] = [
    item("ths:1", "2026-08-04T09:02:00+08:00", text, {
      source: { name: "财联社" },
      via: ["同花顺"],
      tags: ["A股"],
      securities: [{ code: "600970", market: "SH", how: "record", mentions: 0 }],
    }),
    item("em:2", "2026-08-04T09:01:00+08:00", longer, {
      source: { name: "东方财富" },
      via: ["东方财富"],
      tags: ["快讯"],
    }),
    item("cls:3", base, longer, {
      title: "某公司签署4.76亿美元供货合同",
      source: { name: "财联社" },
      originalUrl: "https://example.com/3",
      securities: [{ code: "600970", market: "SH", name: "中材国际", how: "code-in-text", mentions: 2 }],
      tags: ["A股"],
    }),
  ];

  it("chooses the complete copy of the original outlet, keeps the first sighting and merges", () => {
    const [story, ...rest] = groupStories(articles);
    expect(rest).toEqual([]);
    expect(story).toEqual({
      storyId: storyIdOf(articles[2]!),
      canonical: "cls:3",
      title: "某公司签署4.76亿美元供货合同",
      firstSeenAt: base,
      copies: [
        {
          id: "cls:3",
          source: "财联社",
          via: [],
          publishedAt: base,
          title: "某公司签署4.76亿美元供货合同",
          url: "https://example.com/3",
        },
        {
          id: "em:2",
          source: "东方财富",
          via: ["东方财富"],
          publishedAt: "2026-08-04T09:01:00+08:00",
          title: "",
          url: null,
        },
        {
          id: "ths:1",
          source: "财联社",
          via: ["同花顺"],
          publishedAt: "2026-08-04T09:02:00+08:00",
          title: "",
          url: null,
        },
      ],
      // The strongest evidence of any copy (the feed's list), the most mentions of one copy, the first name.
      securities: [{ code: "600970", market: "SH", name: "中材国际", how: "record", mentions: 2 }],
      tags: ["A股", "快讯"],
    });
  });

  it("prefers completeness over the original outlet, and the original over the earliest", () => {
    const copy = (id: string, size: number, at: number, relayed: boolean) => ({ id, size, at, relayed });
    expect(chooseCanonical([copy("a", 50, 1, false), copy("b", 100, 2, true)], 0.9)).toBe(1);
    expect(chooseCanonical([copy("a", 95, 1, true), copy("b", 100, 2, false)], 0.9)).toBe(1);
    expect(chooseCanonical([copy("a", 95, 1, false), copy("b", 100, 2, false)], 0.9)).toBe(0);
  });

  it("rejects unknown or out-of-range settings", () => {
    expect(() => resolveStorySettings({ flashWindowHours: -1 })).toThrow(/positive number/);
    expect(() => resolveStorySettings({ minContainment: 2 })).toThrow(/share between 0 and 1/);
    expect(() => resolveStorySettings({ nope: 1 } as never)).toThrow(/unknown story setting/);
  });
});

describe("story keys", () => {
  it("are small, serialisable and say what they are made of", () => {
    const article = {
      id: "cls:1",
      title: "",
      text: "【标题】财联社8月3日电，赤峰黄金(600988.SH)公告称，控股子公司万象矿业有限公司黄金当量金属量增至260吨。",
      publishedAt: "2026-08-03T17:31:00+08:00",
      source: { name: "财联社" },
      via: [],
    } satisfies Pick<Article, "id" | "title" | "text" | "publishedAt" | "source" | "via">;
    const key = storyKey(article, S);
    expect(key).toEqual({
      id: "cls:1",
      at: Date.parse("2026-08-03T17:31:00+08:00"),
      outlet: "财联社",
      day: "2026-08-03",
      text: "赤峰黄金(600988.sh)公告称,控股子公司万象矿业有限公司黄金当量金属量增至260吨。",
      size: 41,
      headline: "",
      skeleton: key.skeleton,
      securities: ["600988.SH"],
      companies: ["万象矿业"],
      digest: false,
    });
    expect(JSON.parse(JSON.stringify(key))).toEqual(key);
  });
});

describe("readings a bound apart, hours of a day, decisions' targets", () => {
  it("reads a stock's bound passed seconds apart as one reading of one move, a bound further apart as another", () => {
    // ths:678569367 and cls:2442101 (2026-07-31 08:35 and 08:36, blind12): one KOSPI 15% moment;
    // ths read SK Hynix past 25%, cls past 26%: `[25, 26)` and `[26, 27)` touch.
    const ths = item(
      "ths:678569367",
      "2026-07-31T08:35:10+08:00",
      "韩国综指涨幅扩大至15%，现报6436.79点。个股方面，SK海力士涨超25%，三星电子涨超21%。",
      { title: "韩国综指涨幅扩大至15%" },
    );
    const cls = item(
      "cls:2442101",
      "2026-07-31T08:36:13+08:00",
      "财联社7月31日电，韩国KOSPI指数日内暴涨15%，创下历史最大单日盘中涨幅。SK海力士涨超26%，三星电子涨逾21%。",
      { title: "韩国KOSPI指数暴涨15% 创历史最大涨幅" },
    );
    expect(verdict(ths, cls)).toMatchObject({ same: true, reason: "same" });
    // The same cls flash with SK Hynix past 28% (written for this test): two points past the other's bound.
    const further = { ...cls, id: "cls:further", text: cls.text.replace("涨超26%", "涨超28%") };
    // The detail is the longer text's figure: `韩国综指` read as `韩国kospi指数` (`names.ts`) makes ths's the shorter.
    expect(verdict(ths, further)).toMatchObject({
      same: false,
      reason: "numbers-disagree",
      detail: "sk海力士涨28%",
    });
  });

  it("reads an hour stated alone after a day as a time of day: a province's response and the ministry's are two", () => {
    // ths:678548443 (2026-07-30 14:12) and cls:2441884 (23:07): Gansu's own flood response from 11:00,
    // the ministry's for Shaanxi and Gansu from 21:00 (the wrong join session 19 left).
    const gansu = item(
      "ths:678548443",
      "2026-07-30T14:12:30+08:00",
      "甘肃省水利厅于30日11时对临夏回族自治州、甘南藏族自治州启动洪水防御Ⅳ级应急响应。甘肃省水利厅、甘肃省气象局于30日11时，联合发布山洪灾害气象风险橙色预警，预计30日11时至31日11时，天水市、陇南市、庆阳市、平凉市等地区发生山洪灾害可能性大。",
      { title: "甘肃对局地启动洪水防御Ⅳ级应急响应" },
    );
    const ministry = item(
      "cls:2441884",
      "2026-07-30T23:07:26+08:00",
      "财联社7月30日电，水利部于30日21时对陕西、甘肃两省启动洪水防御Ⅳ级应急响应。",
      { title: "水利部于30日21时对陕西、甘肃两省启动洪水防御Ⅳ级应急响应" },
    );
    expect(verdict(gansu, ministry)).toMatchObject({
      same: false,
      reason: "numbers-disagree",
      detail: "11时 vs 21时",
    });
    // cls:2444670 (2026-08-04 06:08) and ths:678639694 (07:18): one warning issued at 06时, which ths
    // writes `6时`; the hour alone and the hour with its minutes meet.
    const warning =
      "预计，8月4日08时至5日08时，黑龙江中南部、陕西东南部、山西南部、河南西部、重庆东部、湖北西部、湖南西部、贵州东部和南部、云南西部和南部、广西北部和东南部、广东西南部、海南岛等地的部分地区有大到暴雨。";
    const clsWarning = item(
      "cls:2444670",
      "2026-08-04T06:08:19+08:00",
      `财联社8月4日电，中央气象台8月4日06时继续发布暴雨黄色预警：${warning}`,
      { title: "中央气象台8月4日06时继续发布暴雨黄色预警" },
    );
    const thsWarning = item(
      "ths:678639694",
      "2026-08-04T07:18:40+08:00",
      `8月4日6时，中央气象台继续发布暴雨黄色预警、强对流天气蓝色预警。${warning.replaceAll("08时", "8时")}`,
      { title: "暴雨+强对流双预警 多地有大暴雨 局地将有10级以上雷暴大风" },
    );
    expect(verdict(clsWarning, thsWarning)).toMatchObject({ same: true, reason: "same" });
  });

  it("parts a regulator's decision against a firm from its decision against the firm's officer", () => {
    // cls:2442709 / eastmoney:202607313828419817 (2026-07-31 17:31) and cls:2442727 (17:40, blind13):
    // the officer's warning repeats the firm's findings word for word.
    const findings =
      "经查，发现公司存在承销保荐项目尽职调查不充分；质控、内核把关不严格；廉洁从业问题排查整改不到位等问题。";
    const firm = item(
      "cls:2442709",
      "2026-07-31T17:31:22+08:00",
      `财联社7月31日电，中国证监会发布关于对国元证券股份有限公司采取责令改正措施的决定，${findings}上述情况违反了《证券公司和证券投资基金管理公司合规管理办法》（以下称《合规办法》）第六条的规定。根据《合规办法》第三十二条，证监会决定对公司采取责令改正的行政监督管理措施。`,
      { title: "证监会对国元证券采取责令改正措施" },
    );
    const firmCopy = item(
      "eastmoney:202607313828419817",
      "2026-07-31T17:31:22+08:00",
      `中国证监会发布关于对国元证券股份有限公司采取责令改正措施的决定，${findings}`,
      { title: "证监会对国元证券采取责令改正措施" },
    );
    const officer = item(
      "cls:2442727",
      "2026-07-31T17:40:06+08:00",
      "财联社7月31日电，经查，证监会发现国元证券股份有限公司存在承销保荐项目尽职调查不充分；质控、内核把关不严格；廉洁从业问题排查整改不到位等问题。上述情况违反了《证券公司和证券投资基金管理公司合规管理办法》（以下称《合规办法》）第六条的规定。李洲峰作为时任公司投行业务负责人，对相关问题负有责任。按照《合规办法》第三十二条的规定，证监会决定对其采取出具警示函的行政监督管理措施。",
      { title: "证监会对李洲峰采取出具警示函措施" },
    );
    expect(featuresOf(storyKey(firm, S), S).decisionTargets).toEqual(["国元证券", "国元证券股份有限公司"]);
    expect(verdict(firm, firmCopy)).toMatchObject({ same: true, reason: "same" });
    expect(verdict(firm, officer)).toMatchObject({
      same: false,
      reason: "subjects-disagree",
      detail: "国元证券 vs 李洲峰",
    });
    expect(
      groupKeys(
        [firm, firmCopy, officer].map((a) => storyKey(a, S)),
        S,
      ),
    ).toEqual([[0, 1], [2]]);
  });
});

describe("tallies of one set of figures, one quake measured by two agencies", () => {
  // ths:678662403, eastmoney:202608043831276261 and cls:2445326 (2026-08-04 17:31, 17:35, 17:41; unseen):
  // one day's southbound flow, its total first (ths, cls) or its list of stocks alone (eastmoney), and
  // the total written 25.71 by ths, 25.70 by cls.
  const thsTally = item(
    "ths:678662403",
    "2026-08-04T17:31:22+08:00",
    "南向资金今日净买入25.71亿港元。阿里巴巴-W、华虹宏力分别获净买入约15.49亿港元、11.83亿港元；美团-W、腾讯控股分别遭净卖出12.27亿港元、7.23亿港元。",
    { title: "南向资金今日净买入25.71亿港元 阿里巴巴-W获净买入居前" },
  );
  const listTally = item(
    "eastmoney:202608043831276261",
    "2026-08-04T17:35:50+08:00",
    "南向十大成交股中，阿里巴巴-W、华虹宏力、中芯国际分别获净买入15.49亿港元、11.83亿港元、10.62亿港元。美团-W、腾讯控股分别遭净卖出12.27亿港元、7.23亿港元。",
    { title: "南向资金净买近26亿港元 净买入阿里巴巴-W逾15亿港元" },
  );
  const clsTally = item(
    "cls:2445326",
    "2026-08-04T17:41:03+08:00",
    "财联社8月4日电，南向资金今日净买入25.70亿港元。其中，阿里巴巴-W、华虹宏力分别获净买入约15.49亿港元、11.83亿港元；美团-W遭净卖出12.27亿港元。",
    { title: "南向资金今日净买入近26亿港元 阿里巴巴获净买入居前" },
  );

  it("finds two tallies of one flow by the figures they state alike, however each opens", () => {
    expect(verdict(listTally, clsTally)).toMatchObject({ same: true, reason: "same" });
    expect(verdict(thsTally, listTally)).toMatchObject({ same: true, reason: "same" });
    // Three figures in common let one total differ from the other in its last digit.
    expect(verdict(thsTally, clsTally)).toMatchObject({ same: true, reason: "same" });
    expect(
      groupKeys(
        [thsTally, listTally, clsTally].map((a) => storyKey(a, S)),
        S,
      ),
    ).toEqual([[0, 1, 2]]);
  });

  it("keeps a snapshot of the flow with other figures, and a total alone a digit apart, apart", () => {
    // Written for this test: the flow at midday, its figures not the close's.
    const midday = {
      ...clsTally,
      id: "cls:midday",
      text: "财联社8月4日电，南向资金午间净买入12.36亿港元。其中，阿里巴巴-W、华虹宏力分别获净买入约9.87亿港元、6.54亿港元；美团-W遭净卖出5.21亿港元。",
    };
    expect(verdict(midday, listTally).same).toBe(false);
    // Two totals alone, with no figure besides to say one feed rounded the other's.
    const total = (id: string, figure: string) =>
      item(id, "2026-08-04T17:31:22+08:00", `南向资金今日净买入${figure}亿港元。`);
    expect(verdict(total("a", "25.71"), total("b", "25.70"))).toMatchObject({
      same: false,
      reason: "numbers-disagree",
    });
  });

  it("reads only the first sentences' figures of two flashes stating a set of figures alike", () => {
    // ths:678596501 and eastmoney:202607313828572551 (2026-07-31 20:39 and 20:46, blind9): one half-year
    // result; eastmoney's gross profit `同比增长43.2%` is no other reading of ths's adjusted profit's 41.6%.
    const ths = item(
      "ths:678596501",
      "2026-07-31T20:39:44+08:00",
      "沪上阿姨公告，2026年上半年收入25.89亿元（人民币），同比增长42.4%。期内利润3.21亿元，同比增长58.3%。母公司拥有人应占期内利润3.21亿元，上年同期2.03亿元。期内经调整利润3.45亿元，同比增长41.6%。基本每股盈利3.05元。",
      { title: "沪上阿姨：2026年上半年收入25.89亿元同比增42.4%" },
    );
    const eastmoney = item(
      "eastmoney:202607313828572551",
      "2026-07-31T20:46:43+08:00",
      "沪上阿姨在港交所公告，公司2026年上半年录得收入为25.89亿元，同比增长42.4%；毛利为8.18亿元，同比增长43.2%；期内利润为3.21亿元，同比增长58.3%。",
      { title: "沪上阿姨：上半年期内利润3.21亿元 同比增长58.3%" },
    );
    expect(verdict(ths, eastmoney)).toMatchObject({ same: true, reason: "same" });
    // eastmoney:202607313828620869 and ths:678597675 (2026-07-31 21:31 and 21:38, blind7): the chip stocks'
    // open and a later moment share five stocks' figures; the index they lead with moved (3.66% → past 5%).
    const open = item(
      "eastmoney:202607313828620869",
      "2026-07-31T21:31:06+08:00",
      "继上一交易日大幅反弹后，美股芯片半导体板块今日开盘继续延续强势。费城半导体指数上涨3.66%，英伟达上涨1.34%，台积电上涨3.30%，博通上涨1.55%，SK海力士上涨7.04%，美光科技上涨4.62%，美国超微公司上涨4.77%，英特尔上涨4.89%。",
      { title: "美股芯片半导体板块集体高开 多股涨超5%" },
    );
    const later = item(
      "ths:678597675",
      "2026-07-31T21:38:52+08:00",
      "费城半导体指数涨逾5%，英伟达涨1.34%，台积电上涨3.30%，SK海力士上涨7.04%，美光科技上涨4.62%，英特尔涨逾7%，闪迪涨逾7%，西部数据、希捷科技涨逾7%。",
      { title: "美股芯片半导体板块持续走高" },
    );
    expect(verdict(open, later)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("reads two feeds' reports of one close as one story, whatever figures each states", () => {
    // eastmoney:202607313827159795 and cls:2441966 (2026-07-31 04:00, both): one US close; a storage ETF
    // `暴涨近16%` in one, `暴涨16.7%` in the other.
    const eastmoney = item(
      "eastmoney:202607313827159795",
      "2026-07-31T04:00:57+08:00",
      "美股高开高走，三大集体收涨，纳指涨2.78%，标普500指数涨1.67%，道指涨1.19%。微软涨超15%，创2008年10月以来最大单日涨幅。费城半导体指数涨超8%，终结日线5连跌。Roundhill存储ETF暴涨近16%，光通信、存储板块集体大涨，闪迪涨超25%，美光科技、SK海力士涨超17%，西部数据涨超15%，英特尔涨逾11%。",
      { title: "美股收盘：微软创近18年以来最大单日涨幅 Roundhill存储ETF暴涨近16%光通信、存储板块集体大涨" },
    );
    const cls = item(
      "cls:2441966",
      "2026-07-31T04:00:57+08:00",
      "财联社7月31日电，美股高开高走，三大指数集体收涨，纳指涨2.78%，标普500指数涨1.66%，道指涨1.19%。微软涨超15%，创2008年10月以来最大单日涨幅，市值单日增加4500亿美元，创股市之最。费城半导体指数涨超8%，终结日线5连跌。Roundhill存储ETF暴涨16.7%，光通信、存储板块集体大涨，铠侠ADR涨近32%，闪迪涨约26%，美光科技涨超18%，SK海力士涨超17%，Lumentum、西部数据涨超15%，AMD、Credo涨逾13%，英特尔涨逾11%。",
      {
        title:
          "美股收盘：微软创近18年以来最大单日涨幅、市值单日增加额创股市之最 Roundhill存储ETF暴涨超16%光通信、存储板块集体大涨",
      },
    );
    expect(verdict(eastmoney, cls)).toMatchObject({ same: true, reason: "same" });
  });

  it("reads Hong Kong's close told by its index as the market's close", () => {
    // cls:2445198 and eastmoney:202608043831187848 (2026-08-04 16:09 and 16:10, blind9): cls tells the close
    // by the Hang Seng, eastmoney by the market in its title and the index's level in its text.
    const cls = item(
      "cls:2445198",
      "2026-08-04T16:09:48+08:00",
      "财联社8月4日电，香港恒生指数收跌0.6%，恒生科技指数涨0.21%。光通信、半导体、PCB概念走强，中际旭创涨17%，剑桥科技涨超19%，长飞光纤光缆涨超10%。",
      { title: "香港恒生指数收跌0.6% 汽车板块普跌" },
    );
    const eastmoney = item(
      "eastmoney:202608043831187848",
      "2026-08-04T16:10:11+08:00",
      "恒生指数收报25852.92点，跌156.48点，跌幅0.6%；恒生科技指数收报4885.61点，涨10.0点，涨幅0.21%。恒生指数成分股中药明康德、中芯国际、药明生物涨幅居前，建设银行、工商银行、新东方-S跌幅靠前。",
      { title: "8月4日港股收盘：恒指跌0.6% 建设银行领跌成分股" },
    );
    expect(featuresOf(storyKey(cls, S), S).leadSession).toBe("港股:close");
    expect(verdict(cls, eastmoney)).toMatchObject({ same: true, reason: "same" });
  });

  it("reads Tokyo's and Seoul's closes told by their indexes as the markets' close, levels read apart", () => {
    // cls:2441232 and ths:678548816 (2026-07-30 14:31 and 14:32, tune): each opens with the Nikkei's close
    // and goes on to Seoul's, read at two moments (`收跌1.23%，报5593.56点` / `收跌1.35%，报5586.81点`).
    const cls = item(
      "cls:2441232",
      "2026-07-30T14:31:32+08:00",
      "财联社7月30日电，日经225指数收涨0.71%，报61867.43点；韩国KOSPI指数收跌1.23%，报5593.56点。三星电子跌0.72%，SK海力士跌5.64%。",
      { title: "韩国KOSPI指数收跌1.23% SK海力士跌5.64%" },
    );
    const ths = item(
      "ths:678548816",
      "2026-07-30T14:32:51+08:00",
      "日经225指数收涨0.71%，报61867.43点。韩国综指收跌1.35%，报5586.81点。",
      { title: "日韩股市收盘涨跌互现" },
    );
    expect(featuresOf(storyKey(cls, S), S).leadSession).toBe("日股:close");
    expect(featuresOf(storyKey(ths, S), S).leadSession).toBe("日股:close");
    expect(verdict(cls, ths)).toMatchObject({ same: true, reason: "same" });
    // Seoul's close alone is Seoul's market, whichever name it goes by; a level further apart than
    // `openDriftPoints` of it is another reading than a close.
    expect(leadSessionOf("韩国综指收跌1.35%,报5586.81点")).toBe("韩股:close");
    expect(leadSessionOf("韩国kospi指数收跌1.23%,报5593.56点")).toBe("韩股:close");
    const later = item(
      "ths:later",
      "2026-07-30T14:32:51+08:00",
      "日经225指数收涨0.71%，报61867.43点。韩国综指收跌1.35%，报5520.00点。",
      { title: "日韩股市收盘涨跌互现" },
    );
    expect(verdict(cls, later)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("reads a period named as a comparison's base as no period the text reports", () => {
    // cls:2442674 and eastmoney:202607313828373839 (2026-07-31 17:05, blind13): MIIT's half year, the base
    // stations' share told against the first quarter (`占比较一季度提高0.9个百分点`).
    const base =
      "截至6月末，5G基站总数达510.2万个，比上年末净增26.3万个，占移动基站总数的39.1%，占比较一季度提高0.9个百分点。";
    const cls = item(
      "cls:2442674",
      "2026-07-31T17:05:21+08:00",
      `财联社7月31日电，工信部发布数据，上半年，电信业务收入累计完成8873亿元，同比下降2.1%。按照上年不变价计算的电信业务总量同比增长7.7%。${base}`,
      { title: "工信部：截至6月末5G基站总数达510.2万个 比上年末净增26.3万个" },
    );
    const eastmoney = item(
      "eastmoney:202607313828373839",
      "2026-07-31T17:05:21+08:00",
      `工信部发布数据，${base}`,
      {
        title: "工信部：截至6月末5G基站总数达510.2万个 比上年末净增26.3万个",
      },
    );
    const lead = (text: string) => text.split("。")[0]!;
    expect(leadingInstruments(base, lead(base))).toEqual([]);
    expect(verdict(cls, eastmoney)).toMatchObject({ same: true, reason: "same" });
  });

  // eastmoney:202607293825377528 and cls:2440531 (2026-07-29 21:35 and 21:40, blind13): one Kumamoto
  // quake, measured 5.8 by the Japan Meteorological Agency at 22:19 local time and 5.3 by the China
  // Earthquake Networks Center at 21:19 Beijing time.
  const jma = item(
    "eastmoney:202607293825377528",
    "2026-07-29T21:35:33+08:00",
    "据日本气象厅消息，当地时间29日22时19分左右，日本熊本县熊本地区发生5.8级地震，最大震感为震度5弱，熊本市震感强烈。",
    { title: "日本熊本县发生5.8级地震" },
  );
  const cenc = item(
    "cls:2440531",
    "2026-07-29T21:40:50+08:00",
    "财联社7月29日电，中国地震台网正式测定：07月29日21时19分在日本九州岛附近海域（北纬32.45度，东经130.45度）发生5.3级地震，震源深度10千米。",
  );

  it("reads a bulletin's magnitude and minute, and whether it states the place's own time", () => {
    const lead = (a: StoryArticle) => storyKey(a, S).text.split("。")[0]!;
    expect(quakeOf(lead(jma))).toEqual({ tenths: 58, minute: 19, at: 22 * 60 + 19, local: true });
    expect(quakeOf(lead(cenc))).toEqual({ tenths: 53, minute: 19, at: 21 * 60 + 19, local: false });
    expect(quakeOf("熊本县地震已造成13人死亡")).toBeNull();
  });

  it("finds two agencies' bulletins of one quake by its place and minute, and groups them", () => {
    expect(verdict(jma, cenc)).toMatchObject({ same: true, reason: "same" });
    expect(
      groupKeys(
        [jma, cenc].map((a) => storyKey(a, S)),
        S,
      ),
    ).toEqual([[0, 1]]);
    // ths:678572379 and ths:678572620 (2026-07-31 09:20 and 09:29): Peru's institute at 19:58 local
    // time the day before, the Chinese network at 08:58 Beijing time.
    const peru = item(
      "ths:678572379",
      "2026-07-31T09:20:37+08:00",
      "据秘鲁地球物理研究所报告，当地时间7月30日19时58分，秘鲁乌卡亚利大区发生5.7级地震。震中位于乌卡亚利大区科罗内尔波蒂略省首府普卡尔帕东北约42公里处。",
    );
    const peruCenc = item(
      "ths:678572620",
      "2026-07-31T09:29:01+08:00",
      "中国地震台网正式测定：7月31日08时58分在秘鲁（南纬8.25度，西经74.15度）发生5.6级地震，震源深度150千米。",
    );
    expect(verdict(peru, peruCenc)).toMatchObject({ same: true, reason: "same" });
  });

  it("keeps quakes of other minutes, magnitudes or places apart", () => {
    // Written for this test from the bulletins above: another minute, a magnitude a point apart, one
    // Beijing time an hour later, another country.
    const variant = (text: string) => ({ ...cenc, id: "cls:variant", text });
    expect(verdict(jma, variant(cenc.text.replace("21时19分", "21时34分"))).same).toBe(false);
    expect(verdict(jma, variant(cenc.text.replace("5.3级", "4.8级"))).same).toBe(false);
    expect(verdict(cenc, variant(cenc.text.replace("21时19分", "22时19分"))).same).toBe(false);
    expect(verdict(jma, variant(cenc.text.replace("日本九州岛", "菲律宾吕宋岛"))).same).toBe(false);
  });

  it("decides two quakes alike whichever is asked first", () => {
    const quake = fc.option(
      fc.record({
        tenths: fc.integer({ min: 10, max: 95 }),
        minute: fc.integer({ min: 0, max: 59 }),
        hour: fc.integer({ min: 0, max: 23 }),
        local: fc.boolean(),
      }),
      { nil: null },
    );
    const of = (q: { tenths: number; minute: number; hour: number; local: boolean } | null) =>
      q === null ? null : { tenths: q.tenths, minute: q.minute, at: q.hour * 60 + q.minute, local: q.local };
    fc.assert(
      fc.property(quake, quake, fc.integer({ min: 0, max: 20 }), (x, y, spread) => {
        expect(quakesAgree(of(x), of(y), spread)).toBe(quakesAgree(of(y), of(x), spread));
      }),
      { numRuns: 500 },
    );
  });
});

describe("a repeat of one copy, the particulars of a rule and of a price rise, SC crude's names", () => {
  // ../shared/dumps, 2026-07-30: ths and eastmoney told the truck's launch in the afternoon; cls and
  // eastmoney carried one flash of it at 21:12:30, eastmoney's cut after its first sentence.
  const truck = [
    item(
      "ths:678549072",
      "2026-07-30T14:44:42+08:00",
      "国家电投百吨级纯电动双向行驶无人驾驶矿用自卸车在内蒙古某矿场成功投运。该车搭载先进的无人驾驶系统，实现了自动装载、自主行驶与精准卸料的全流程闭环作业。采用定制化纯电传动系统，实现了运输环节的零排放，有效解决了高油耗、高污染的痛点。",
      { title: "国产百吨级纯电动无人矿卡投运" },
    ),
    item(
      "eastmoney:202607303826639891",
      "2026-07-30T14:49:53+08:00",
      "今日（30日），国家电投百吨级纯电动双向行驶无人驾驶矿用自卸车在内蒙古某矿场成功投运。这是我国在大型矿山重载运输装备智能化、电动化、国产化领域取得又一重大突破。",
      { title: "零排放、可双向行驶 国产百吨级纯电动无人矿卡成功投运" },
    ),
    item(
      "cls:2441817",
      "2026-07-30T21:12:30+08:00",
      "财联社7月30日电，我国首台百吨级纯电动双向无人驾驶矿用自卸车AT150，在国家电投集团内蒙古公司南露天煤矿成功投运。该车辆额定载重136吨，集合纯电驱动、双向行驶、无人驾驶三大技术突破，主要应用于露天矿山煤岩运输，是我国大型露天矿山重载运输装备高端化、智能化、绿色化领域新突破。",
      { title: "我国首台百吨级纯电动双向行驶无人驾驶矿用自卸车投运" },
    ),
    item(
      "eastmoney:202607303826992947",
      "2026-07-30T21:12:30+08:00",
      "我国首台百吨级纯电动双向无人驾驶矿用自卸车AT150，在国家电投集团内蒙古公司南露天煤矿成功投运。",
      { title: "我国首台百吨级纯电动双向行驶无人驾驶矿用自卸车投运" },
    ),
  ];
  const stories = (items: readonly StoryArticle[]) => {
    const keys = items.map((a) => storyKey(a, S));
    return groupKeys(keys, S).map((g) => g.map((i) => keys[i]!.id));
  };

  it("sends a repeat of one copy, under its title and in its seconds, where that copy went", () => {
    const [afternoon, afternoonCut, evening, repeat] = truck as [
      StoryArticle,
      StoryArticle,
      StoryArticle,
      StoryArticle,
    ];
    // The repeat is a copy of cls's flash alone, not of the afternoon's write-ups: one of three.
    expect(verdict(repeat, evening)).toMatchObject({ same: true, score: 1 });
    expect(verdict(repeat, afternoon).same).toBe(false);
    expect(verdict(repeat, afternoonCut).same).toBe(false);
    expect(stories(truck)).toEqual([
      ["ths:678549072", "eastmoney:202607303826639891", "cls:2441817", "eastmoney:202607303826992947"],
    ]);
    // Under another title one text is another flash; minutes later, another feed's piece.
    const retitled = { ...repeat, title: "国家电投集团内蒙古公司南露天煤矿矿用自卸车投运" };
    expect(stories([afternoon, afternoonCut, evening, retitled])).toEqual([
      ["ths:678549072", "eastmoney:202607303826639891", "cls:2441817"],
      ["eastmoney:202607303826992947"],
    ]);
    const minutesLater = { ...repeat, publishedAt: "2026-07-30T21:14:30+08:00" };
    expect(verdict(minutesLater, evening).same).toBe(true);
    expect(stories([afternoon, afternoonCut, evening, minutesLater])).toEqual([
      ["ths:678549072", "eastmoney:202607303826639891", "cls:2441817"],
      ["eastmoney:202607303826992947"],
    ]);
  });

  it("finds two write-ups of one rule's exemption and of one price rise by their particulars", () => {
    // ../shared/dumps, 2026-07-29 18:25 and 18:35 (cls:2440355, eastmoney:202607293825220451).
    const proposed = item(
      "cls:2440355",
      "2026-07-29T18:25:42+08:00",
      "财联社7月29日电，美国联邦航空管理局(FAA)提出的新规则，将有利于Elon Musk旗下SpaceX、Jeff Bezos创立的Blue Origin，以及其他火箭发射公司。FAA的新规则将容许该机构豁免部分商业太空牌照及许可证在13项法律下的要求。",
      { title: "FAA拟豁免部分规定 加快SpaceX及Blue Origin火箭发射审批" },
    );
    const simplified = item(
      "eastmoney:202607293825220451",
      "2026-07-29T18:35:29+08:00",
      "美国联邦航空管理局（FAA）7月28日提出新规，计划简化商业航天审批流程，允许在特定情况下豁免部分环境及其他法规要求，以加快包括SpaceX火箭和卫星发射在内的商业航天活动许可。",
      { title: "美国FAA拟简化商业航天审批流程 拟放宽13项环境法规要求" },
    );
    expect(verdict(proposed, simplified)).toMatchObject({ same: true, reason: "same" });
    // ../shared/dumps, 2026-07-29 18:13 and 18:14 (cls:2440342, eastmoney:202607293825198393).
    const raised = item(
      "cls:2440342",
      "2026-07-29T18:13:10+08:00",
      "《科创板日报》29日讯，三星电机近日已向销售合作伙伴发出通知，自8月1日起，MLCC产品出货价格统一上调30%。另一家MLCC龙头日本太阳诱电通知，自9月1日起出货的MLCC将涨价。",
      { title: "两大MLCC龙头涨价：三星电机8月起涨30% 太阳诱电9月起涨价" },
    );
    const letters = item(
      "eastmoney:202607293825198393",
      "2026-07-29T18:14:10+08:00",
      "产能吃紧叠加原材料涨价，日韩两大MLCC供应商一同开启了新一轮涨价。据韩国朝鲜日报今日消息，三星电机近日已向销售合作伙伴发出通知，自8月1日起，MLCC产品出货价格将在现行基础上统一上调30%。",
      { title: "涨幅30%！两大MLCC龙头发出涨价函 “客户加钱也难按时拿到货”" },
    );
    expect(verdict(raised, letters)).toMatchObject({ same: true, reason: "same" });
    // One word of what happened is not an event: another maker's price rise stays apart.
    const otherMaker = item(
      "x:1",
      "2026-07-29T18:20:00+08:00",
      "台积电通知客户，明年起先进制程代工价格上调3%至5%，成熟制程价格维持不变。",
      { title: "台积电明年先进制程涨价" },
    );
    expect(verdict(raised, otherMaker).same).toBe(false);
    expect(verdict(letters, otherMaker).same).toBe(false);
  });

  it("reads the Shanghai exchange's crude as SC crude and capital spending as capex, so two feeds' flashes are one", () => {
    // ../shared/dumps, 2026-07-29 22:29 and 22:32 (ths:678530963, cls:2440559): one move past 5%.
    const ths = item(
      "ths:678530963",
      "2026-07-29T22:29:21+08:00",
      "上期所原油主力合约大涨5%，报561.8元/桶。",
      {
        title: "上期所原油主力合约大涨5%",
      },
    );
    const cls = item(
      "cls:2440559",
      "2026-07-29T22:32:58+08:00",
      "财联社7月29日电，国内SC原油期货主力合约涨幅扩大至5.07%，报562元/桶。",
      { title: "国内SC原油期货主力合约涨幅扩大至5.07%，报562元/桶" },
    );
    expect(verdict(ths, cls)).toMatchObject({ same: true, reason: "same" });
    // ../shared/dumps, 2026-07-29 06:58 and 07:00 (eastmoney:202607293823970682, ths:678500372):
    // `资本支出` and `资本开支` name one figure, capital expenditure.
    const spending = item(
      "eastmoney:202607293823970682",
      "2026-07-29T06:58:36+08:00",
      "SK海力士预计2026全年资本支出将达到40万亿韩元区间高段（约48~50万亿韩元）；正在审议新增股东回报方案，以提升分红规模与分红持续性。二季度录得63.27万亿韩元投资相关收益。",
      { title: "SK海力士预计2026全年资本支出将达到40万亿韩元区间高段" },
    );
    const capex = item(
      "ths:678500372",
      "2026-07-29T07:00:49+08:00",
      "SK海力士预计2026 年资本开支预计处于40万亿韩元高位区间。",
      { title: "SK海力士预计2026 年资本开支预计处于40万亿韩元高位区间" },
    );
    expect(verdict(spending, capex)).toMatchObject({ same: true, reason: "same" });
    // WTI past 5% at the same minute is another instrument's move.
    const wti = item("x:1", "2026-07-29T22:30:00+08:00", "WTI原油期货日内大涨5%，报78.2美元/桶。");
    expect(verdict(ths, wti).same).toBe(false);
  });
});

describe("one event told twice in the same minute, and one fund's notice beside another's", () => {
  it("joins two feeds' write-ups of one event within the minute by who and what happened, not two announcements of one company", () => {
    // ../shared/dumps, 2026-08-01 08:50:51 and 08:51:06 (cls:2443179, ths:678601848): one divorce, written apart.
    const cls = item(
      "cls:2443179",
      "2026-08-01T08:50:51+08:00",
      "财联社8月1日电，据报道，阿里巴巴集团主席、NBA篮网队及WNBA自由人队老板蔡崇信（Joe Tsai）与妻子吴明华（Clara Wu Tsai）宣布结束长达近30年的婚姻，商业帝国与球队股权保持不变。",
      { title: "蔡崇信与妻子结束近30年婚姻 商业帝国与球队股权保持不变" },
    );
    const ths = item(
      "ths:678601848",
      "2026-08-01T08:51:06+08:00",
      "据外媒报道，蔡崇信先生与吴明华女士决定友好地结束婚姻关系。这一决定由双方基于彼此尊重共同作出，未来双方将继续保持牢固的伙伴关系。蔡崇信与吴明华育有三名子女，均已成年。",
      { title: "蔡崇信与妻子和平分手：不涉及任何出售阿里巴巴股份的计划，继续担任集团主席" },
    );
    expect(verdict(cls, ths)).toMatchObject({ same: true, reason: "same" });
    // Past `closeHeadlineWindowHours` who and what happened no longer suffice.
    const later = { ...ths, publishedAt: "2026-08-01T08:55:00+08:00" };
    expect(verdict(cls, later).same).toBe(false);
    // ../shared/dumps, 2026-08-04 16:00:05 and 16:01:23 (eastmoney:202608043831179956, ths:678657594):
    // one company's two announcements of one evening, each naming it and `回购`.
    const loan = item(
      "eastmoney:202608043831179956",
      "2026-08-04T16:00:05+08:00",
      "长源东谷(603950.SH)公告称，公司取得中信银行襄阳分行出具的《贷款承诺函》，同意为公司回购股份提供专项贷款支持，贷款金额不超过2.7亿元，有效期三年。",
      { title: "长源东谷：取得中信银行2.7亿元股票回购专项贷款承诺函" },
    );
    const progress = item(
      "ths:678657594",
      "2026-08-04T16:01:23+08:00",
      "长源东谷公告，公司于2026年7月24日召开董事会审议通过回购方案，拟回购股份金额不低于人民币1.5亿元（含），不超过人民币3亿元（含），回购价格不超过人民币70元/股，回购期限自董事会审议通过之日起3个月内。截至2026年7月31日，公司正在开立证券回购专用账户，尚未实施股份回购。",
      { title: "长源东谷：回购方案获董事会通过，尚未实施股份回购" },
    );
    expect(verdict(loan, progress).same).toBe(false);
    // ../shared/dumps, 2026-07-31 14:17:58 and 14:19:05 (eastmoney:202607313828216822, cls:2442445): one sale
    // process, `出售` the event word.
    const bp = item(
      "eastmoney:202607313828216822",
      "2026-07-31T14:17:58+08:00",
      "7月31日，bp宣布已启动其北海业务的出售程序。公司表示，此举是其持续进行的资产组合审查的一部分，符合审慎资本分配原则，旨在打造一家更精简、强劲且更具价值的企业。",
      { title: "bp启动北海业务出售程序" },
    );
    const bpCls = item(
      "cls:2442445",
      "2026-07-31T14:19:05+08:00",
      "财联社7月31日电，BP宣布将启动流程以寻求出售北海业务。",
    );
    expect(verdict(bp, bpCls)).toMatchObject({ same: true, reason: "same" });
    // Another company's sale of another business in the same minute names no one in common.
    const shell = item("x:2", "2026-07-31T14:18:30+08:00", "壳牌宣布将启动流程以寻求出售尼日利亚陆上资产。");
    expect(verdict(bp, shell).same).toBe(false);
  });

  it("parts two funds' notices by the code each gives, and reads no code of a sentence that lists several", () => {
    // ../shared/dumps, 2026-07-29 19:05:18 and 19:05:22 (cls:2440398, cls:2440401): two funds suspended.
    const korea = item(
      "cls:2440398",
      "2026-07-29T19:05:18+08:00",
      "财联社7月29日电，中韩半导体ETF华泰柏瑞(513310)将于2026年7月30日开市起至当日10:30停牌。",
    );
    const nasdaq = item(
      "cls:2440401",
      "2026-07-29T19:05:22+08:00",
      "财联社7月29日电，纳指ETF国泰(513100)将于2026年7月30日开市起至当日10:30停牌。",
    );
    expect(verdict(korea, nasdaq)).toMatchObject({
      same: false,
      reason: "subjects-disagree",
      detail: "513310 vs 513100",
    });
    expect(verdict(nasdaq, { ...nasdaq, id: "x:1", publishedAt: "2026-07-29T19:06:00+08:00" }).same).toBe(
      true,
    );
    // ../shared/dumps, 2026-07-29 13:41 and 13:47 (ths:678515097, cls:2439955): one ETF-turnover report
    // listing the funds apart.
    const ths = item(
      "ths:678515097",
      "2026-07-29T13:41:17+08:00",
      "今日宽基ETF再度显著放量，科创50ETF华夏（588000）、创业板ETF易方达（159915）成交额均突破100亿，此外中证1000ETF南方（512100）、沪深300ETF华泰柏瑞（510300）成交额均接近50亿。",
      { title: "放量！2只双创ETF成交额均突破100亿" },
    );
    const cls = item(
      "cls:2439955",
      "2026-07-29T13:47:05+08:00",
      "财联社7月29日电，午后多只宽基ETF放量反弹，科创50ETF华夏（588000）、创业板ETF易方达（159915）成交额双双超100亿，此外中证1000ETF南方（512100）、中证1000ETF华夏（159845）、创业板50ETF景顺（159682）、科创50ETF工银（588050）成交额超昨日全天。",
      { title: "宽基ETF午后放量反弹 两只双创ETF成交超100亿" },
    );
    expect(featuresOf(storyKey(ths, S), S).leadCodes).toEqual([]);
    expect(verdict(ths, cls).same).toBe(true);
  });
});

describe("an editor's note after the news", () => {
  // ../shared/dumps, 2026-07-29 20:13:10 to 20:22:16: one holder's pledge not to sell (cls:2440453), then
  // his finished sale written by three feeds; cls's tells the pledge too and ends with its editor's note
  // of the holding in May (`小财注：…持股比例为5.13%`), while ths states today's (`持股比例为4.94%`).
  const pledge = item(
    "cls:2440453",
    "2026-07-29T20:13:10+08:00",
    "财联社7月29日电，兆易创新(603986.SH)公告称，公司控股股东、实际控制人朱一明自愿承诺，自2026年7月29日起12个月内，不以任何方式减持其持有的公司股份。截至公告日，朱一明及其一致行动人香港赢富得有限公司合计持有公司股份4770.09万股，占公司总股本的6.80%。公司控制权稳定。",
    { title: "兆易创新：控股股东、实控人朱一明自愿承诺未来12个月不减持公司股份" },
  );
  const ths = item(
    "ths:678527250",
    "2026-07-29T20:16:21+08:00",
    "兆易创新公告，公司股东朱一明在2026年5月6日至6月12日期间，通过集中竞价和大宗交易方式合计减持公司股份1111.06万股，约占公司目前总股本（701,745,034股）的1.58%，减持总金额为44亿元，减持价格区间为339.44～538.9元/股。本次减持计划已实施完毕，朱一明当前持股数量为3464.74万股，持股比例为4.94%。朱一明承诺自2026年7月29日起12个月内不减持公司股份。",
    { title: "兆易创新：朱一明合计减持约44亿元 减持计划实施完毕" },
  );
  const cls = item(
    "cls:2440461",
    "2026-07-29T20:19:09+08:00",
    "财联社7月29日电，兆易创新(603986.SH)公告称，公司股东朱一明在2026年5月6日至6月12日期间，通过集中竞价和大宗交易方式合计减持公司股份1111.06万股，占公司总股本的1.58%，减持总金额约44亿元。减持计划实施完毕后，朱一明与其一致行动人香港赢富得有限公司合计持有公司股份4770.09万股，占公司总股本的6.80%。朱一明承诺自2026年7月29日起12个月内不减持公司股份。 小财注：截至5月25日，朱一明位列兆易创新第二大股东，持股比例为5.13%。",
    {
      title:
        "兆易创新：5月6日至6月12日朱一明减持44亿元减持计划实施完毕 其承诺7月29日起12个月内不减持公司股份",
    },
  );
  const eastmoney = item(
    "eastmoney:202607293825287226",
    "2026-07-29T20:22:16+08:00",
    "【兆易创新：5月6日至6月12日朱一明合计减持约44亿元 减持计划实施完毕】兆易创新7月29日公告，公司股东朱一明在2026年5月6日至6月12日期间，通过集中竞价和大宗交易方式合计减持公司股份1111.06万股，占公司总股本的1.58%，减持总金额约44亿元。减持计划实施完毕后，朱一明与其一致行动人香港赢富得有限公司合计持有公司股份4770.09万股，占公司总股本的6.80%。",
    { title: "兆易创新：5月6日至6月12日朱一明合计减持约44亿元公司股份" },
  );

  it("reads no figure of the note against a copy's", () => {
    expect(verdict(ths, cls)).toMatchObject({ same: true, reason: "same" });
    // The same figure stated in the news itself is read: a copy stating another holding is another reading.
    const inTheNews = { ...cls, text: cls.text.replace(" 小财注：截至5月25日，", "") };
    expect(verdict(ths, inTheNews)).toMatchObject({ same: false, reason: "numbers-disagree" });
    // Nor is a note's opening a word ending in 注 within a sentence (`关注：`).
    const attention = { ...cls, text: cls.text.replace(" 小财注：", "市场关注：") };
    expect(verdict(ths, attention)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("groups the sale's three copies apart from the pledge told before them", () => {
    const all = [pledge, ths, cls, eastmoney];
    const groups = groupKeys(
      all.map((a) => storyKey(a, S)),
      S,
    ).map((members) => members.map((i) => all[i]!.id).sort());
    expect(groups.sort()).toEqual([
      ["cls:2440453"],
      ["cls:2440461", "eastmoney:202607293825287226", "ths:678527250"],
    ]);
  });
});

describe("one title stated alike in the same seconds", () => {
  // ../shared/dumps, 2026-07-30 13:59:20 and 13:59:29 (eastmoney:202607303826595073, ths:678548193): two
  // excerpts of the energy bureau's briefing under one headline, each with a share of its own.
  const title = "国家能源局：上半年充换电服务业用电量同比增长56.9%";
  const eastmoney = item(
    "eastmoney:202607303826595073",
    "2026-07-30T13:59:20+08:00",
    "记者从国家能源局今天举行的新闻发布会上了解到，今年上半年，受新能源汽车、人工智能等高新技术产业快速发展带动，充换电服务业、互联网数据服务业用电量增长强劲，分别达到810亿、494亿千瓦时，同比分别增长56.9%、44%，合计拉高全社会用电量0.9个百分点。",
    { title },
  );
  const ths = item(
    "ths:678548193",
    "2026-07-30T13:59:29+08:00",
    "记者从国家能源局今天举行的新闻发布会上了解到，今年上半年，全社会用电量同比增长5.3%，其中，第三产业用电量快速增长，充换电服务业、互联网数据服务业用电量增长强劲。上半年，第一、二、三产业和居民生活用电量，同比分别增长4.9%、5.1%、8.0%、3.1%。其中，第二产业是全社会用电量增长的主要力量，拉高全社会用电量3.3个百分点。分大类看，高技术及装备制造业用电量保持较快增长势头，同比增长9.8%，较上年同期提高6.0个百分点。消费品制造业用电量同比增长6%，较上年同期提高5.8个百分点。",
    { title },
  );

  it("is one flash whatever figures each text reads", () => {
    expect(verdict(eastmoney, ths)).toMatchObject({ same: true, reason: "same" });
    expect(verdict(ths, eastmoney)).toMatchObject({ same: true, reason: "same" });
  });

  it("leaves the figures to part them past repeatWindowHours, or under two titles", () => {
    const later = { ...ths, publishedAt: "2026-07-30T14:00:00+08:00" };
    expect(verdict(eastmoney, later)).toMatchObject({ same: false, reason: "numbers-disagree" });
    const retitled = { ...ths, title: "国家能源局：上半年全社会用电量同比增长5.3%" };
    expect(verdict(eastmoney, retitled).same).toBe(false);
  });

  it("leaves a market alert's figures to the drift of one move", () => {
    // ../shared/dumps, 2026-08-04 21:57:00 and 21:57:22 (cls:2445637, eastmoney:202608043831472625): one
    // oil alert's title, Brent read at 79.556 and 79.650; the title tells a move, so its figures are its snapshot.
    const oil = "国际油价持续走低 美油跌破76美元/桶";
    const cls = item(
      "cls:2445637",
      "2026-08-04T21:57:00+08:00",
      "财联社8月4日电，国际油价持续走低，WTI原油期货价格跌5.57%，报75.867美元/桶；布伦特原油期货跌幅扩大至5%，报79.556美元/桶。",
      { title: oil },
    );
    const eastmoneyOil = item(
      "eastmoney:202608043831472625",
      "2026-08-04T21:57:22+08:00",
      "国际油价持续走低，WTI原油期货价格跌5.57%，报75.867美元/桶；布伦特原油期货价格跌4.92%，报79.650美元/桶。",
      { title: oil },
    );
    expect(verdict(cls, eastmoneyOil)).toMatchObject({ same: false, reason: "numbers-disagree" });
  });

  it("still parts one instrument moving two ways under one title", () => {
    // Written for this test: one title, two directions in the same seconds.
    const up = item("x:1", "2026-07-30T22:00:00+08:00", "日经225指数涨1.2%。", {
      title: "日经225指数大幅波动",
    });
    const down = item("x:2", "2026-07-30T22:00:10+08:00", "日经225指数跌1.1%。", {
      title: "日经225指数大幅波动",
    });
    expect(verdict(up, down)).toMatchObject({
      same: false,
      reason: "numbers-disagree",
      detail: "opposite moves",
    });
  });
});

describe("a party named alike by two write-ups within the half hour", () => {
  it("asks less of the wording of two flashes that share a name, and less of their first sentences when they share several", () => {
    // ../shared/dumps, 2026-08-04 15:47:18 and 15:55:01 (ths:678657024, eastmoney:202608043831172080):
    // one release written up twice, sharing `面壁智能`, `openbmb` and `forgestencil` and 0.44 of the wording.
    const ths = item(
      "ths:678657024",
      "2026-08-04T15:47:18+08:00",
      '8月4日，面壁智能联合OpenBMB开源社区正式发布并开源全球首个Stencil（模板计算）优化"自动研究+自动部署"大闭环AI系统ForgeStencil。实测数据显示，ForgeStencil在同精度（fp32）下几何平均加速2.35倍，混合精度下额外提速1.95倍。在真实应用场景中，通用CAE求解器hypre加速3.86倍，电磁仿真FDTD加速2.47倍，核反应堆中子学计算minisweep加速最高达5.78倍。',
      { title: "面壁智能开源全球首个Stencil优化AI系统" },
    );
    const eastmoney = item(
      "eastmoney:202608043831172080",
      "2026-08-04T15:55:01+08:00",
      "据面壁智能消息，8月4日，面壁智能联合OpenBMB开源社区发布并开源了全球首个支持Stencil自动研究、自动部署的AI优化系统——ForgeStencil。据统计，ForgeStencil在一周内完成了100+个真实工业和科学计算软件的自动优化，远超人类专家的优化速度。",
      { title: "面壁智能开源ForgeStencil" },
    );
    const joined = verdict(ths, eastmoney);
    expect(joined).toMatchObject({ same: true, reason: "same" });
    expect(joined.score).toBeGreaterThanOrEqual(S.namedContainment);
    expect(joined.score).toBeLessThan(S.minContainment);
    // Past `particularsWindowHours` a name in common asks nothing less.
    const later = { ...eastmoney, publishedAt: "2026-08-04T16:17:19+08:00" };
    expect(verdict(ths, later)).toMatchObject({ same: false, reason: "different-text" });
    // 2026-07-31 12:50:02 and 12:51:29 (eastmoney:202607313828137241, ths:678580130): one launch, its first
    // sentences worded apart (0.51 of the shorter one's in the other), four names in common.
    const launch = item(
      "eastmoney:202607313828137241",
      "2026-07-31T12:50:02+08:00",
      "字节跳动今天发布公告，宣布推出Seedance 2.5视频生成模型，可单次生成30秒高质量视频片段，陆续上线即梦AI与豆包专业版，API服务也将于近期接入火山方舟。",
      { title: "字节跳动推出Seedance 2.5模型：单次生成时长30秒、突破长叙事能力" },
    );
    const written = item(
      "ths:678580130",
      "2026-07-31T12:51:29+08:00",
      "7月31日，字节跳动宣布发布新一代视频创作模型Seedance 2.5。据介绍，Seedance 2.5正在陆续上线即梦AI、豆包专业版等平台，API 服务也将在近期上线火山方舟。",
      { title: "字节跳动发布视频创作模型Seedance 2.5" },
    );
    expect(verdict(launch, written)).toMatchObject({ same: true, reason: "same" });
    const named = (x: StoryArticle) => featuresOf(storyKey(x, S), S).particulars;
    // `字节跳`, `节跳动`, `seedance25`, `seedance`, and ths's speaker `字节跳动` among eastmoney's names.
    expect(sharedNames(named(launch), named(written), S.minLatinNameLetters)).toBe(6);
    expect(verdict(launch, written, { ...S, minLeadNames: 7 })).toMatchObject({
      same: false,
      reason: "different-lead",
    });
    // 2026-07-31 14:44:22 and 14:44:56 (eastmoney:202607313828243338, cls:2442476): two figures of one
    // release share the ministry (`工信部`, two names) and 0.45 of the wording, not their first sentences.
    const output = item(
      "eastmoney:202607313828243338",
      "2026-07-31T14:44:22+08:00",
      "工信部发布数据，上半年，规模以上电子信息制造业增加值同比增长14.8%，增速分别比同期工业、高技术制造业高9.4个和高1.5个百分点。6月份，规模以上电子信息制造业增加值同比增长15.7%。主要产品中，工业机器人产量53.8万套，同比增长28.0%；新能源汽车产量739.9万辆，同比增长6.0%；集成电路产量2798亿块，同比增长23.1%。",
      { title: "工信部：上半年规模以上电子信息制造业增加值同比增长14.8%" },
    );
    const investment = item(
      "cls:2442476",
      "2026-07-31T14:44:56+08:00",
      "财联社7月31日电，工信部发布数据，上半年，电子信息制造业固定资产投资同比增长6.5%，较1-5月份回落0.2个百分点，比同期工业投资增速高7.6个百分点。",
      { title: "工信部：上半年电子信息制造业固定资产投资同比增长6.5%" },
    );
    expect(verdict(output, investment)).toMatchObject({ same: false, reason: "different-lead" });
    // 2026-07-29 15:02:07 and 15:03:56 (eastmoney:202607293825063045, cls:2440041): two answers of the postal
    // bureau's briefing on one plan. They share the bureau (`家邮政`, `邮政局`, `政局举`) and the plan's
    // name (`邮政业`): the document both lead with names the briefing, not an answer.
    const targets = item(
      "eastmoney:202607293825063045",
      "2026-07-29T15:02:07+08:00",
      "国家邮政局举行的新闻发布会上介绍，近日国家邮政局联合多部门正式发布《邮政业发展“十五五”规划》，明确了“十五五”时期邮政业发展的12项量化指标和具体目标值。",
      { title: "国家邮政局：到2030年 邮政行业寄递业务量将达2900亿件" },
    );
    const drones = item(
      "cls:2440041",
      "2026-07-29T15:03:56+08:00",
      "财联社7月29日电，在今天国家邮政局举行的《邮政业发展“十五五”规划》发布会上，国家邮政局新闻发言人胡凯表示，“十五五”时期，国家邮政局将深入实施创新驱动发展战略，加强人工智能方向技术研发中心建设，统筹发展和安全，协同国家有关部门不断完善相关政策法规标准，拓展应用场景，培育发展行业新质生产力。",
      { title: "国家邮政局：“人工智能+”赋能邮政无人机无人车加速落地" },
    );
    expect(verdict(targets, drones)).toMatchObject({ same: false, reason: "different-lead" });
    const plan = featuresOf(storyKey(targets, S), S).leadDocuments;
    expect(plan).toEqual(["邮政业发展十五五规划"]);
    expect(sharedNames(named(targets), named(drones), S.minLatinNameLetters)).toBe(4);
    expect(sharedNames(named(targets), named(drones), S.minLatinNameLetters, plan)).toBe(3);
  });

  it("counts names outside who speaks and Latin words of minLatinNameLetters letters", () => {
    const particulars = (title: string, lead: string) =>
      featuresOf(storyKey(item("x:1", "2026-08-04T10:00:00+08:00", lead, { title }), S), S).particulars;
    const a = particulars("企查查APP显示 面壁智能成立新公司", "企查查APP显示，近日，面壁智能成立新公司。");
    const b = particulars("企查查APP显示 鹏辉能源成立新公司", "企查查APP显示，近日，鹏辉能源成立新公司。");
    // `app` is no name under `minLatinNameLetters`; a run of three rare characters in both (`立新公`) is one.
    expect(sharedNames(a, b, S.minLatinNameLetters)).toBe(1);
    expect(sharedNames(a, b, 3)).toBe(2);
  });
});

describe("a figure one feed's title states and its text misquotes", () => {
  it("reads a figure the longer item's own title states as that item's, and no other", () => {
    // ../shared/dumps, 2026-07-29 04:14:38 and 04:15:27 (eastmoney:202607293823941916, ths:678499500): one
    // results flash; eastmoney's title states 36.29亿美元 as ths does, its text 36.5亿美元.
    const eastmoney = item(
      "eastmoney:202607293823941916",
      "2026-07-29T04:14:38+08:00",
      "希捷科技第四财季营收36.5亿美元，同比增长48%；分析师预期34.9亿美元；第四财季调整后每股收益（EPS）为5.71美元，分析师预期5.08美元；第四财季调整后运营利润率44.6%，分析师预期41.9%。公司预计第一财季营收40亿-42亿美元，分析师预期37.9亿美元。公司股价美股盘后涨超9%。",
      { title: "希捷科技第四财季营收为36.29亿美元 同比增长48%" },
    );
    const ths = item(
      "ths:678499500",
      "2026-07-29T04:15:27+08:00",
      "希捷科技第四财季营收为36.29亿美元，高于市场预测的34.85亿美元。公司预计第一财季营收为40亿至42亿美元，市场预测为37.49亿美元。",
      { title: "希捷科技第四财季营收为36.29亿美元 高于市场预期" },
    );
    expect(verdict(eastmoney, ths)).toMatchObject({ same: true, reason: "same" });
    // A title of another figure (`36.28`, or `136.29` ending in its digits) states no copy of it: the
    // titles no longer agree either, and the first sentences part the two.
    for (const title of [
      "希捷科技第四财季营收为36.28亿美元 同比增长48%",
      "希捷科技第四财季营收为136.29亿美元 同比增长48%",
    ])
      expect(verdict({ ...eastmoney, title }, ths)).toMatchObject({ same: false, reason: "different-lead" });
  });
});

describe("one amount in both first sentences and a name in common", () => {
  it("corroborates the first sentences of two write-ups of one deal, and not without the name", () => {
    // ../shared/dumps, 2026-07-31 15:34:53 and 15:59:45 (eastmoney:202607313828276711, cls:2442570): one stake,
    // `约3000亿日元` in both first sentences, `seven` the name in common; 0.59 of eastmoney's first sentence
    // is in cls's text.
    const eastmoney = item(
      "eastmoney:202607313828276711",
      "2026-07-31T15:34:53+08:00",
      "软银集团及其他投资方将向Seven&Eleven投资约3000亿日元。",
      { title: "软银集团及其他投资方将向Seven & Eleven投资约3000亿日元" },
    );
    const cls = item(
      "cls:2442570",
      "2026-07-31T15:59:45+08:00",
      "财联社7月31日电，软银公司、PayPay公司和三井住友金融集团将投资约3000亿日元（约合18亿美元）收购日本零售企业柒和伊控股（Seven & i Holdings）的股份。一份声明显示，上述三家投资企业将以私募方式各自收购柒和伊控股约1000亿日元的股份。在计入柒和伊控股另行安排的4000亿日元股票回购后，三家企业将各自持有该公司约2.3%的股份。",
      { title: "软银、PayPay、三井住友金融集团将收购柒和伊控股部分股份" },
    );
    expect(verdict(eastmoney, cls)).toMatchObject({ same: true, reason: "same" });
    // Without the name (`Seven & Eleven` → `便利店`) the round amount alone corroborates nothing, and the
    // wording must reach `minContainment`.
    const unnamed = {
      ...eastmoney,
      title: "软银集团及其他投资方将向便利店投资约3000亿日元",
      text: "软银集团及其他投资方将向便利店投资约3000亿日元。",
    };
    expect(verdict(unnamed, cls)).toMatchObject({ same: false, reason: "different-text" });
  });
});

describe("two texts only their wording can join (past every window of other evidence)", () => {
  // Written for this test: one long flash, and a shorter one that keeps its first sentence and words the
  // rest apart, so that the shorter text's second half is 0.324 contained: above `corroboratedContainment`,
  // below `minContainment`.
  const title = "宁德时代与福特汽车签署电池供应协议";
  const long = item(
    "long",
    "2026-08-01T09:00:00+08:00",
    "宁德时代周四宣布与福特汽车签署长期电池供应协议，双方将在北美合作建设磷酸铁锂电池产能。公司表示，该项目预计于2028年投产，年产能规划为35吉瓦时。分析人士认为，此举有助于宁德时代拓展海外市场，并巩固其在全球动力电池行业的领先地位。另据了解，福特此前已在多个州布局电动车工厂。",
    { title },
  );
  const short = (publishedAt: string, headline: string) =>
    item(
      "short",
      publishedAt,
      "宁德时代周四宣布与福特汽车签署长期电池供应协议，双方将在北美合作建设磷酸铁锂电池产能。福特方面表示，合作工厂投产后将供应其在美国生产的多款电动车型和商用车型。",
      { title: headline },
    );

  it("asks the corroborated share of texts whose headlines agree, however far apart within the window", () => {
    for (const at of [
      "2026-08-01T09:20:00+08:00",
      "2026-08-01T11:30:00+08:00",
      "2026-08-01T20:00:00+08:00",
    ]) {
      const agreeing = verdict(long, short(at, `快讯：${title}`));
      expect(agreeing).toMatchObject({ same: true, reason: "same" });
      expect(agreeing.score).toBeCloseTo(0.324, 3);
      // Under another headline the text needs `minContainment`, and parts on its wording with its containment.
      const other = verdict(long, short(at, "福特汽车扩大北美电动车投资计划"));
      expect(other).toMatchObject({ same: false, reason: "different-text" });
      expect(other.score).toBeCloseTo(0.324, 3);
    }
  });

  it("still joins two outlets' flashes of one second when every other window is closed", () => {
    // cls:2444645 and eastmoney:202608043830160596 (2026-08-04 03:04:44), as above, 0.6 s apart within their
    // second: a repost needs no window but the second, so the wording alone never decides them.
    const closed = CLOSED_WINDOWS;
    const cls = item(
      "cls:2444645",
      "2026-08-03T19:04:44.300Z",
      "财联社8月4日电，美国财政部上调对本季度联邦借款规模的预估，主要原因是净现金流预期调低。财政部周一在声明中表示，目前预计7月至9月净借款规模为7390亿美元，较5月预估的6710亿美元增加680亿美元。该预估假设9月底现金余额为9500亿美元，高于6月底的9190亿美元；对于10月至12月期间，财政部预计借款规模为6280亿美元，目标是12月底现金余额8500亿美元。",
      { title: "美国财政部将季度借款预估上调至7390亿美元", source: { name: "财联社" } },
    );
    const eastmoney = item(
      "eastmoney:202608043830160596",
      "2026-08-03T19:04:44.900Z",
      "美国财政部公布可交易债务融资预估。",
      {
        title: "美国财政部公布可交易债务融资预估",
        source: { name: "东方财富" },
      },
    );
    expect(verdict(cls, eastmoney, closed)).toMatchObject({ same: true, reason: "same" });
  });
});
