// Records whose keys say nothing (datasets/fresh-30, session 28): field roles inferred from values, a group's
// records read in its place, navigation entries among records, a dateline after a feed's `title：` join, a
// headline's inner cry, and a record's empty time field against the day in its link.
//
// Records quoted below are verbatim from the repositories named (datasets/fresh-30/SOURCES.tsv,
// datasets/fresh-28/SOURCES.tsv):
//   kennySzhucheng/stock-news-daily picks/news_roll.jsonl and event_index.jsonl @ 01038b37fec996b8fc6335c258da06716e7ecc81
//   3221494325/jijin news_cache.json @ 5421efa1a994e171fc59ec36ceb778935deeff2b
//   xinwenfuwu/stock-news-tracker data/hot-topics/2026-09-15.json (datasets/fresh-30/hot-topics-json, whole)
//   ChenyuHeee/PolicyPulse data/news.jsonl @ 00bb18c43c4c5009367ecb8f7d842d79e8dc3083 (fields cut to what the test reads)
//   Harlan2001/Sentiment_Analysis data/news.jsonl @ 749e4e1aaf98963ff853355c4cbf098f69fa7d18 (fields cut likewise)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDateline } from "../src/credits/grammar.js";
import { type Article, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { type FieldRole, inferFieldRoles, withRoleNames } from "../src/readers/field-roles.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";

const dataset = (name: string) => join(import.meta.dirname, "../../../datasets/fresh-30", name);

/** Every result of an input's `parseAll`, in order: Articles, and failures as their codes and refs. */
function readAll(input: string | Uint8Array, filename: string): Array<Article | string> {
  return [...parseAllSync(input, { filename })].map((result) =>
    result.ok ? result.article : `${result.failure.code} ${result.failure.ref}`,
  );
}

const ROLL_LINE_3 = {
  d: "2026-10-06",
  t: "15:14",
  s: "新浪财经",
  x: "【法国工业生产意外下滑，电力产量下降】法国8月份工业生产意外下滑，电力需求下降抵消了制造业的小幅增长。法国8月份工业生产环比下降0.3%，主要反映出发电量较7月有所回落。7月份法国的工业生产曾创下自2021年以来的最高水平，经济学家此前预测8月份工业生产将小幅增长。此次下滑抵消了",
  h: "89d508fac9c741eb",
};
const EVENT_LINE_1 = {
  d: "2026-10-05",
  fp: "13a7be075f99a5cef9b6d67e397c9db82a4c3451",
  v: 1,
  t: "美国能源部宣布投入 42 亿美元，促进宾夕法尼亚州和俄亥俄州的核电发展，帮助降低能源成本。",
  f: ["sina"],
  fn: ["新浪财经"],
  x: "美国能源部宣布投入42亿美元促进宾夕法尼亚州和俄亥俄州的核电发展帮助降低能源成本",
};
const CACHE_HIGH = [
  { s: "见闻·global", t: "谷歌将人工智能管理重心迁至加州 全力迎战Anthropic与OpenAI", r: 5, x: "⚪" },
  { s: "新浪财经", t: "盘后！存储芯片，利好来了", r: 3, x: "🟢" },
];
const CACHE_INDICES = [
  { name: "道琼斯", price: 53885.1016, chg_pct: -0.85 },
  { name: "纳斯达克", price: 26348.3522, chg_pct: -0.06 },
];
const POLICY_RECORD = {
  id: "177e052ffbd66ccd4abd3cbb79919f24dfa00398ea33efc0082340766983c844",
  source_name: "People's Bank of China (PBoC)",
  title: "中国人民银行行长潘功胜会见法国总统外事顾问博纳",
  url: "https://www.pbc.gov.cn/goutongjiaoliu/113456/113469/2026050915254077144/index.html",
  published_at: "2026-05-08T16:00:00+00:00",
  fetched_at: "2026-05-10T01:36:46.868417+00:00",
  summary: null,
  language: "zh-CN",
};
const CLS_RECORD = {
  id: 2245121,
  title: "四大行官宣：2026年1月1日起为数字人民币实名钱包余额计付利息",
  summary:
    "工商银行、农业银行、中国银行、建设银行、交通银行公告，自2026年1月1日起，为数字人民币实名钱包余额按照活期存款挂牌利率计付利息，计结息规则与活期存款一致。",
  content:
    "（本文更新于2025年12月31日14时50分）\n财联社12月31日讯，工商银行、农业银行、中国银行、建设银行四大行，以及交通银行相继发布公告，自2026年1月1日起，为数字人民币实名钱包余额按照活期存款挂牌利率计付利息，计结息规则与活期存款一致。",
};

/** The roles as a plain object, for exact comparison. */
function rolesOf(records: readonly Record<string, unknown>[]): Record<string, FieldRole> | null {
  const roles = inferFieldRoles(records, DEFAULT_SETTINGS);
  return roles === null ? null : Object.fromEntries(roles);
}

describe("field roles inferred from values", () => {
  it.each([
    {
      what: "a news roll's {d, t, s, x, h}: a day, a time of day, a feed label, the text, a hash",
      records: [ROLL_LINE_3],
      roles: { d: "day", t: "time-of-day", s: "other", x: "text", h: "code" },
    },
    {
      what: "an event index's {d, fp, v, t, f, fn, x}: the punctuated text, and its matching key a copy",
      records: [EVENT_LINE_1],
      roles: { d: "day", fp: "code", t: "text", x: "copy" },
    },
    {
      what: "a news cache's {s, t, r, x} across its array: the headline, a feed label, a sentiment mark",
      records: CACHE_HIGH,
      roles: { s: "other", t: "text", x: "other" },
    },
    {
      what: "a hot-topics entry {text, time, url, cat}: a stamp and a link by their form",
      records: [
        {
          text: "航运消息人士称，在东西向石油管道遭袭后，沙特红海最大港口延布的石油装船作业暂停。（路透）",
          time: "2026-09-15 14:52",
          url: "",
          cat: "财经",
        },
      ],
      roles: { text: "text", time: "stamp", cat: "other" },
    },
    {
      what: "a policy monitor's named record: its only prose is the headline; both stamps are stamps",
      records: [POLICY_RECORD],
      roles: {
        id: "code",
        source_name: "other",
        title: "text",
        url: "url",
        published_at: "stamp",
        fetched_at: "stamp",
        language: "other",
      },
    },
    {
      what: "a 财联社 article record: the longest prose is the content, the summary and the title other",
      records: [CLS_RECORD],
      roles: { title: "other", summary: "other", content: "text" },
    },
  ])("$what", ({ records, roles }) => {
    expect(rolesOf(records)).toEqual(roles);
  });

  it("finds no text in index quotes, a group of arrays or short labels", () => {
    expect(rolesOf(CACHE_INDICES)).toBeNull();
    expect(rolesOf([{ rank: 2, key: "toutiao", name: "今日头条", items: [{ text: "x" }] }])).toBeNull();
    expect(rolesOf([{ s: "中新网滚动", c: "财经" }])).toBeNull();
  });

  it("never takes a key the mapping reads by name for the text", () => {
    const named = new Set(["title", "source"]);
    expect(inferFieldRoles([POLICY_RECORD], DEFAULT_SETTINGS, named)).toBeNull();
    const roles = inferFieldRoles(
      [{ source: "中国证券报社有限公司官方网站", t: "祥生医疗：AI赋能" }],
      DEFAULT_SETTINGS,
      named,
    );
    expect(roles === null ? null : Object.fromEntries(roles)).toEqual({ source: "other", t: "text" });
  });

  it("takes a label repeated across three records as no text, however long", () => {
    const records = ["第一条", "第二条", "第三条"].map((n) => ({
      feed: "华尔街见闻全球快讯频道",
      t: `${n}消息：央行连续21个月增持黄金`,
    }));
    expect(rolesOf(records)).toEqual({ feed: "other", t: "text" });
  });

  it("names the fields for the mapping, keeping every other key and every name the record uses", () => {
    const roles = inferFieldRoles([ROLL_LINE_3], DEFAULT_SETTINGS)!;
    expect(withRoleNames(ROLL_LINE_3, roles)).toEqual({
      date: "2026-10-06",
      time: "15:14",
      content: ROLL_LINE_3.x,
      s: "新浪财经",
      h: "89d508fac9c741eb",
    });
    // Two stamps (a publish time and a fetch time) give no date: nothing tells which is which.
    const policy = withRoleNames(POLICY_RECORD, inferFieldRoles([POLICY_RECORD], DEFAULT_SETTINGS)!);
    expect(policy.published).toBeUndefined();
    expect(policy.content).toBe(POLICY_RECORD.title);
  });

  it("never throws on arbitrary JSON, names only the records' keys, and loses no value", () => {
    const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const roles = inferFieldRoles(records, DEFAULT_SETTINGS);
        if (roles === null) return;
        const keys = new Set(records.slice(0, 32).flatMap((r) => Object.keys(r)));
        for (const key of roles.keys()) expect(keys.has(key)).toBe(true);
        expect([...roles.values()].filter((role) => role === "text")).toHaveLength(1);
        for (const one of records) {
          const named = withRoleNames(one, roles);
          const kept = new Set(Object.values(named));
          for (const value of Object.values(one)) expect(kept.has(value)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("records with opaque keys, read", () => {
  it("reads a news roll's line: 【headline】 as the title, the day and time of day joined, the hash not text", () => {
    const [article] = readAll(`${JSON.stringify(ROLL_LINE_3)}\n`, "news_roll.jsonl") as Article[];
    expect(article!.title).toBe("法国工业生产意外下滑，电力产量下降");
    expect(article!.publishedAt).toBe("2026-10-06T15:14:00+08:00");
    expect(article!.text.startsWith("法国8月份工业生产意外下滑")).toBe(true);
    expect(article!.text).not.toContain("89d508fac9c741eb");
    expect(article!.extra).toEqual({ s: "新浪财经", h: "89d508fac9c741eb" });
  });

  it("reads an event index's line: the day alone, the text and not its matching key", () => {
    const article = parse(JSON.stringify(EVENT_LINE_1));
    expect(article.publishedAt).toBe("2026-10-05T00:00:00+08:00");
    expect(article.text).toBe(EVENT_LINE_1.t);
  });

  it("reads a news cache's headline arrays, its index quotes failures after them, no date from `updated`", () => {
    const cache = {
      updated: "2026-08-07 16:45",
      count: 46,
      high: CACHE_HIGH,
      mid: [],
      indices: CACHE_INDICES,
    };
    const results = readAll(JSON.stringify(cache, null, 2), "news_cache.json");
    expect(results.map((r) => (typeof r === "string" ? r : `${r.ref} ${r.title} ${r.publishedAt}`))).toEqual([
      "item 1 谷歌将人工智能管理重心迁至加州 全力迎战Anthropic与OpenAI null",
      "item 2 盘后！存储芯片，利好来了 null",
      "not-a-news-record item 3",
      "not-a-news-record item 4",
    ]);
  });

  it("reads a hot-topics snapshot's sources as groups: items numbered across them, navigation no article", () => {
    const file = dataset("hot-topics-json/stock-news-tracker__hot-topics-2026-09-15.json");
    const results = readAll(readFileSync(file), file);
    expect(results).toHaveLength(48);
    const failed = results.flatMap((r, i) => (typeof r === "string" ? [i + 1] : []));
    // 同花顺's mis-decoded labels and its `&nbsp;` (11–20), 开盘啦's 查看更多 and ICP number (21, 28), 中国证券's
    // unfilled template and its channel's list link (39, 40).
    expect(failed).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 28, 39, 40]);
    const item = (n: number) => results[n - 1] as Article;
    expect([item(1).ref, item(1).title]).toEqual(["item 1", "崔天凯：一劳永逸解决台湾问题"]);
    expect(item(29).publishedAt).toBe("2026-09-15T21:56:00+08:00");
    // An empty `time` states no time: the day in the link's path is not taken for one.
    expect(item(42).publishedAt).toBeNull();
  });
});

describe("what the records' text holds", () => {
  it("reads a dispatch's dateline after a feed's `title：` join and a photo credit run in", () => {
    const text =
      "孙心然：我有跟顶尖选手对抗的能力，这让我更有动力：中新网记者 徐峻杰 摄 中新网北京10月6日电(记者 岳川)在10月5日进行的2026中网女单第三轮比赛中";
    expect(readDateline(text)).toEqual({
      outlet: "中新网",
      date: { year: null, month: 10, day: 6 },
      author: "岳川",
    });
    // Without a dated dispatch after it, a colon opens nothing: a quote is not a dateline.
    expect(readDateline("央行表示：新华社记者获悉，政策将继续发力")).toBeNull();
    expect(readDateline("市场人士称：今日A股三大指数集体高开")).toBeNull();
  });

  it("derives a short headline whole past its inner cry, and a flash's first sentence otherwise", () => {
    expect(parse("盘后！存储芯片，利好来了").title).toBe("盘后！存储芯片，利好来了");
    expect(parse("突发！美联储宣布降息50个基点。市场随即大涨，三大股指齐创新高。").title).toBe("突发");
  });

  it("keeps a link's day as the date when the record has no time field at all", () => {
    const record = {
      text: "祥生医疗：AI赋能 提升高质量超声检查可得性",
      url: "https://www.cs.com.cn/ssgs/01/2026/09/15/detail_2026091510039425.html",
    };
    expect(parse(JSON.stringify(record)).publishedAt).toBe("2026-09-15T00:00:00+08:00");
    expect(parse(JSON.stringify({ ...record, time: "" })).publishedAt).toBeNull();
  });
});
