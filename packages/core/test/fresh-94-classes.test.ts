// fresh-94's classes, read and fixed in session 55 (fix94): what personal finance dashboards commit — a social
// platform's posts cached with the writer's name flattened onto them, a WeChat article index naming the account that
// published each piece, a watchlist cache stamping its items with bare Unix seconds, a cache's header naming the outlet
// of its list, a flash digest's stamp line of bar-parted fields naming the page its job read, research cards citing the
// filings they read and keying notes by stock code, an investor-relations record's filing text beside a model's summary.
// Real excerpts: the files of datasets/fresh-94 (provenance in its SOURCES.tsv) and records from the search index (file
// ids noted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLabelledFields } from "../src/credits/labelled-fields.js";
import { canonicalOutlet } from "../src/credits/outlets.js";
import type { Article } from "../src/index.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { inferFieldRoles } from "../src/readers/field-roles.js";
import { REPO } from "./helpers.js";

const read = (path: string) => readFileSync(join(REPO, "datasets/fresh-94", path), "utf8");
const records = (input: string, filename: string): Article[] =>
  [...parseAllSync(input, { filename })].map((item) => {
    if (!("article" in item)) throw new Error(`no article in ${filename}`);
    return item.article;
  });

describe("dashboard caches' record keys", () => {
  it("reads a 雪球 cache's flattened `screen_name` as each post's writer", () => {
    const file = "xueqiu-posts-json/info-dashboard__xueqiu.json";
    const posts = records(read(file), file);
    expect(posts.map((post) => post.author)).toEqual([
      "草帽路飞",
      "草帽路飞",
      "不疾而速H-宁波",
      "不疾而速H-宁波",
      "不疾而速H-宁波",
    ]);
    expect(posts[0]!.publishedAt).toBe("2026-03-29T18:01:40+08:00");
  });

  it("reads a WeChat article index's `mp_name` as the account that published each piece", () => {
    const file = "wechat-index-json/info-dashboard__wechat.json";
    const articles = records(read(file), file);
    expect(articles.slice(1).map((article) => article.source?.name)).toEqual([
      "招商电子",
      "半导体行业观察",
      "光纤在线",
    ]);
    expect(articles[1]!.publishedAt).toBe("2026-04-24T22:08:18+08:00");
  });

  it("reads `mp_name` beside an importer's article fields (search-index file 67426820092, its API doc's example)", () => {
    const record = {
      mp_name: "招商电子",
      article_title: "【招商电子】英特尔26Q1跟踪报告：Q1业绩超预期增长",
      article_publish_time: 1640995200,
      article_url: "https://mp.weixin.qq.com/s/ARTICLE_ID",
      content: "<p>英特尔一季度营收超出市场预期，CPU正重新成为AI基础设施的核心支柱。</p>",
    };
    const [article] = records(JSON.stringify([record]), "import.json");
    expect(article!.source?.name).toBe("招商电子");
  });

  it("reads a watchlist cache's bare `ts` in Unix seconds as each item's time", () => {
    const file = "watchlist-news-json/ai-dashboard__watchlist_news.json";
    const items = records(read(file), file);
    expect(items.map((item) => item.publishedAt)).toEqual([
      "2026-09-18T02:01:57+08:00",
      "2026-09-18T00:39:46+08:00",
      "2026-09-18T00:16:19+08:00",
      "2026-09-18T00:07:00+08:00",
      "2026-09-17T23:47:42+08:00",
    ]);
    expect(items.map((item) => item.source?.name)).toEqual([
      "上海证券报",
      "中国证券报",
      "中国经营报",
      "证券日报",
      "财联社",
    ]);
  });

  it("prefers a record's named date to its bare `ts`", () => {
    const record = {
      title: "央行开展逆回购操作",
      content: "央行今日开展1000亿元7天期逆回购操作，操作利率维持不变。",
      publish_time: "2024-05-09 09:30:00",
      ts: 1789668117,
    };
    const [article] = records(JSON.stringify([record]), "feed.json");
    expect(article!.publishedAt).toBe("2024-05-09T09:30:00+08:00");
  });
});

describe("a group's outlet", () => {
  it('names the outlet of a 7x24 cache\'s flashes from its header (`source: "东方财富 7x24"`)', () => {
    const file = "eastmoney-flash-json/ai-dashboard__news_flash.json";
    const flashes = records(read(file), file);
    expect(flashes.map((flash) => flash.source?.name)).toEqual([
      "东方财富",
      "东方财富",
      "东方财富",
      "东方财富",
    ]);
  });

  it("takes no slug for an outlet, and leaves a flash's own credit first (a 金十 monitor's `source: \"Jin10\"`)", () => {
    const file = "jin10-flash-json/donew__jin10news-latest-24h.json";
    const flashes = records(read(file), file);
    expect(flashes.map((flash) => flash.source?.name ?? null)).toEqual([null, "新华社", null, null, null]);
  });

  it("leaves a record's own outlet before its group's", () => {
    const cache = {
      source: "东方财富 7x24",
      list: [
        {
          title: "央行开展逆回购操作",
          summary: "央行今日开展1000亿元7天期逆回购操作，操作利率维持不变，当日实现净投放。",
          time: "2026-06-18 09:20:00",
          source: "财联社",
        },
      ],
    };
    const [flash] = records(JSON.stringify(cache), "flash.json");
    expect(flash!.source?.name).toBe("财联社");
  });

  it("makes no record of a group's rows that are no news (search-index file 56241943814's industry table)", () => {
    const table = {
      date: "2026-03-23",
      timestamp: "2026-03-23 15:30:00",
      source: "东方财富",
      industries: [
        {
          rank: 1,
          name: "银行",
          change_percent: 1.2,
          volume: 520000000,
          leader: "招商银行",
          leader_change: 2.5,
        },
        {
          rank: 2,
          name: "石油石化",
          change_percent: 0.8,
          volume: 310000000,
          leader: "中国石油",
          leader_change: 1.1,
        },
      ],
    };
    const results = [...parseAllSync(JSON.stringify(table, null, 2), { filename: "industry-data.json" })];
    expect(results.filter((result) => "article" in result)).toEqual([]);
  });
});

describe("a flash digest's stamp line", () => {
  it("reads a Docsify digest's `> 自动更新：…｜新闻 396 条｜来源：金十首页全部市场快讯` as its date and outlet, not text", () => {
    const file = "flash-digest-md/donew__jin10news-latest-24h.md";
    const digest = parse(read(file), { filename: file });
    expect([digest.title, digest.publishedAt, digest.source?.name]).toEqual([
      "金十市场要闻｜最近48小时",
      "2026-08-06T08:53:45+08:00",
      "金十数据",
    ]);
    expect(digest.text).not.toContain("自动更新");
    expect(digest.text).not.toContain("新闻 396 条");
  });

  it("ends a date's value at a bar: what follows is a field without a label", () => {
    expect(
      readLabelledFields("自动更新：2026/8/6 08:53:45｜新闻 396 条｜来源：金十首页全部市场快讯"),
    ).toEqual([
      { kind: "date", label: "自动更新", value: "2026/8/6 08:53:45" },
      { kind: "source", label: "来源", value: "金十首页全部市场快讯" },
    ]);
    expect(readLabelledFields("发布时间：2026-06-07 16:06 丨 阅读 1200")).toEqual([
      { kind: "date", label: "发布时间", value: "2026-06-07 16:06" },
    ]);
  });

  it("never leaves a bar in a date's value, whatever follows the label (fast-check)", () => {
    const piece = fc.constantFrom(
      "2026/8/6",
      " 08:53:45",
      "｜",
      "|",
      "丨",
      "新闻 396 条",
      "来源：",
      "金十",
      " ",
      "：",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const fields = readLabelledFields(`自动更新：${pieces.join("")}`) ?? [];
        for (const field of fields) if (field.kind === "date") expect(field.value).not.toMatch(/[|｜丨]/u);
      }),
    );
  });

  it("reads an outlet's flash channel named with the page a job read (`首页`, `全部`, `市场`, `要闻`)", () => {
    expect(
      ["金十首页全部市场快讯", "金十快讯", "财联社全部电报", "东方财富市场快讯", "东方财富要闻7x24"].map(
        canonicalOutlet,
      ),
    ).toEqual(["金十数据", "金十数据", "财联社", "东方财富", "东方财富"]);
    // A market's or a page's flashes named by no outlet stay as written.
    expect(["市场快讯", "全部快讯", "金融市场快讯"].map(canonicalOutlet)).toEqual([
      "市场快讯",
      "全部快讯",
      "金融市场快讯",
    ]);
  });
});

describe("a record citing its sources", () => {
  it("reads a research card, not the filings it cites: its finding, its as-of day, the codes its notes are keyed by", () => {
    const file = "research-notes-json/ai-dashboard__chain_research.json";
    const cards = records(read(file), file);
    expect(cards).toHaveLength(2);
    expect(
      cards.map((card) => [
        card.publishedAt,
        card.securities.map((security) => `${security.code}.${security.market}`).sort(),
      ]),
    ).toEqual([
      ["2026-10-09T00:00:00+08:00", ["002463.SZ", "002916.SZ", "600183.SH"]],
      ["2026-10-09T00:00:00+08:00", ["000977.SZ", "603019.SH"]],
    ]);
    expect(cards[0]!.text.startsWith("2026H1沪电、深南、生益收入均增46%以上。")).toBe(true);
    expect(cards[0]!.text).not.toContain("static.cninfo.com.cn");
  });

  it("still reads a site's group label over its records as a group (a hot list's `{name, items}`)", () => {
    const snapshot = {
      sources: [
        {
          name: "财联社电报精选栏目",
          items: [
            { title: "央行开展1000亿元逆回购操作", url: "https://www.cls.cn/detail/1", date: "2026-06-18" },
            { title: "沪指午后翻红，半导体板块走强", url: "https://www.cls.cn/detail/2", date: "2026-06-18" },
          ],
        },
        {
          name: "东方财富要闻精选栏目",
          items: [
            {
              title: "多家券商上调A股盈利预测",
              url: "https://finance.eastmoney.com/a/3.html",
              date: "2026-06-18",
            },
          ],
        },
      ],
    };
    const titles = records(JSON.stringify(snapshot), "hot.json").map((article) => article.title);
    expect(titles).toEqual([
      "央行开展1000亿元逆回购操作",
      "沪指午后翻红，半导体板块走强",
      "多家券商上调A股盈利预测",
    ]);
  });

  it("takes a list without an address in each entry for records, not citations", () => {
    const roles = inferFieldRoles(
      [
        {
          fact: "2026H1浪潮收入仅增5.22%，扣非增260.08%，但现金净流出74.93亿元。",
          sources: [{ name: "浪潮信息2026H1半年报" }],
        },
      ],
      { recordTextMinHan: 6 },
    );
    expect(roles).toBeNull();
  });

  it("infers roles of any records without throwing (fast-check)", () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("https://static.cninfo.com.cn/a.PDF", "2026-08-26", "沪电股份2026H1半年报"),
      fc.constant(null),
    );
    const citation = fc.dictionary(fc.constantFrom("name", "url", "date", "type"), value);
    const record = fc.record({
      fact: fc.constantFrom("2026H1沪电、深南、生益收入均增46%以上。利润与现金兑现不同步。", "短", ""),
      sources: fc.array(citation, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), (sample) => {
        const roles = inferFieldRoles(sample, { recordTextMinHan: 6 });
        expect(roles === null || roles.get("fact") !== undefined).toBe(true);
      }),
    );
  });
});

describe("a filing's whole text beside its summary", () => {
  it("reads an investor-relations cache's `fulltext` (the PDF's text) as the text, not the model's `summary`", () => {
    const file = "ir-records-json/ai-dashboard__ir_records.json";
    const [record] = records(read(file), file);
    expect(record!.text.startsWith("证券代码：688525")).toBe(true);
    expect(record!.text.endsWith("Cassy Kwong")).toBe(true);
    expect(record!.text).toContain("Q5. 公司港股上市目前的进度如何？");
    expect(record!.text).not.toContain("本次调研中，机构关注了");
  });

  it("reads `fulltext` as a scraper's record names the page's text (search-index file 36126867354's `{url, fulltext}`)", () => {
    const record = {
      url: "https://finance.eastmoney.com/a/202606183775034013.html",
      fulltext:
        "据多家美国媒体17日报道，美国匿名高级官员当天向媒体透露了美国与伊朗达成的谅解备忘录“正式文本”内容。",
    };
    const [article] = records(JSON.stringify([record]), "scraped.json");
    expect(article!.text).toBe(record.fulltext);
  });
});
