// A flash-news radar's collected items kept as JSON Lines, one flash a line from several 7x24 feeds: the classes
// fresh-84 showed (datasets/fresh-84, SugarX-1227/FinHOT's data/<date>/items-<edition>.jsonl, October 2026).
// - A teaser closed by its call to click through (金十数据's `…。点击查看`, `……点击查看...`): the link's label, no text
//   (src/readers/record.ts, `TEASER_LINK`).
// - The feed named as the scraper names it (`新浪财经7x24`, `东方财富7x24`, `财联社电报`): the outlet's flash channel,
//   so the outlet (src/credits/outlets.ts, `OUTLET_CHANNEL_OR_UNIT`).
// - A flash feed's own page given as the link of a flash without one (新浪财经's `https://finance.sina.com.cn/7x24/`,
//   and every outlet's flash-feed page scrapers' code in the index writes so: 财联社, 金十, 东方财富, 36氪 …):
//   no story's address (src/text/url.ts, `isFlashFeedPage`, read where the link outside the body is: src/stages/fields.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/article.js";
import { canonicalOutlet } from "../src/credits/outlets.js";
import { parseAllSync } from "../src/parse-all.js";
import { isFlashFeedPage } from "../src/text/url.js";
import { REPO } from "./helpers.js";

const DUMPS = join(REPO, "datasets/fresh-84/flash-jsonl");
const dump = (name: string) => readFileSync(join(DUMPS, name), "utf8");

function articles(input: string, filename: string): Article[] {
  return [...parseAllSync(input, { filename })].flatMap((result) => (result.ok ? [result.article] : []));
}

const line = (record: Record<string, unknown>) => `${JSON.stringify(record)}\n`;

describe("a teaser's call to click through", () => {
  it("leaves the text after the last sentence (金十数据's `点击查看`)", () => {
    const [first] = articles(dump("finhot__items-2026-10-06-noon.jsonl"), "items-noon.jsonl");
    expect(first!.text).toBe(
      "美国柴油价格仍比伊朗战争爆发前高逾50%，特朗普签署行政令放宽免税红色柴油使用限制，试图缓解燃料成本压力。但新规不会增加柴油供应，甚至可能挤压农业用油。",
    );
  });

  it("leaves it after the teaser's own ellipsis once the cut mark is gone (`……点击查看...`)", () => {
    const items = articles(dump("finhot__items-2026-10-01-close.jsonl"), "items-close.jsonl");
    expect(items[1]!.text).toBe(
      "特朗普在最新采访中抱怨道“好数据”反而导致了美联储加息，并称当前利率水平太高，而适度的通胀有助于偿还债务……",
    );
  });

  it("takes the call with its object and a clause after it (a site's summary: `……点击查看全图，了解更多详情！`)", () => {
    // The summary of a news list kept as data (the index's file 65872349902, a tram operator's news page).
    const summary =
      "松山湖有轨电车全面升级：运力翻倍、混跑提速、色彩缤纷、标准统一、调度强大……点击查看全图，了解更多详情！";
    const [item] = articles(
      line({ title: "松山湖有轨电车公布改造计划", date: "2025-02-21", summary }),
      "news.jsonl",
    );
    expect(item!.text).toBe("松山湖有轨电车全面升级：运力翻倍、混跑提速、色彩缤纷、标准统一、调度强大……");
  });

  it("keeps a sentence that opens with the words and goes on, and the words inside a sentence", () => {
    const content = "据统计，相关页面访问量大增。点击查看次数超过3万次，较上月增长12%。";
    const [item] = articles(
      line({ title: "访问量大增", content, published: "2026-10-09T10:00:00+08:00" }),
      "a.jsonl",
    );
    expect(item!.text).toBe(content);
  });
});

describe("a feed named as its scraper names it", () => {
  it("credits the outlet whose 7x24 channel or 电报 it is", () => {
    expect(canonicalOutlet("新浪财经7x24")).toBe("新浪财经");
    expect(canonicalOutlet("东方财富7x24")).toBe("东方财富");
    expect(canonicalOutlet("东方财富7×24")).toBe("东方财富");
    expect(canonicalOutlet("财联社电报")).toBe("财联社");
    expect(canonicalOutlet("同花顺7x24")).toBe("同花顺");
  });

  it("keeps a name whose part before the channel is no outlet", () => {
    expect(canonicalOutlet("加密电报")).toBe("加密电报");
  });

  it("names the outlet of a flash without a credit of its own", () => {
    const items = articles(dump("finhot__items-2026-10-09-close.jsonl"), "items-close.jsonl");
    expect(items[2]!.source?.name).toBe("新浪财经");
    expect(items[1]!.source?.name).toBe("东方财富");
  });

  it("credits the outlet for any outlet's 7x24 channel, as for its 快讯", () => {
    const outlets = ["新浪财经", "东方财富", "财联社", "证券时报", "第一财经", "华尔街见闻", "金十数据"];
    const channel = fc.constantFrom("7x24", "7×24", "7X24", "7*24", "电报", "快讯");
    fc.assert(
      fc.property(fc.constantFrom(...outlets), channel, (outlet, suffix) => {
        expect(canonicalOutlet(`${outlet}${suffix}`)).toBe(canonicalOutlet(outlet));
      }),
    );
  });
});

describe("a flash feed's own page as a flash's link", () => {
  it("is no originalUrl", () => {
    const items = articles(dump("finhot__items-2026-10-09-close.jsonl"), "items-close.jsonl");
    const report = items[2]!;
    expect(report.title).toBe("2026年上半年中国财政政策执行情况报告");
    expect(report.originalUrl).toBeNull();
    // The same feed's flash with a page of its own keeps it.
    expect(items[3]!.originalUrl).toBe(
      "https://finance.sina.com.cn/7x24/2026-10-09/doc-iniuquqi3948644.shtml",
    );
  });

  it("knows the feed's page with or without www., its closing slash, a query or a fragment", () => {
    expect(isFlashFeedPage("https://finance.sina.com.cn/7x24/")).toBe(true);
    expect(isFlashFeedPage("http://finance.sina.com.cn/7x24/?tag=0")).toBe(true);
    expect(isFlashFeedPage("https://finance.sina.com.cn/7x24#top")).toBe(true);
    expect(isFlashFeedPage("https://finance.sina.com.cn/")).toBe(false);
    expect(isFlashFeedPage("https://finance.sina.com.cn/7x24/2026-10-09/doc-iniuquqi3948644.shtml")).toBe(
      false,
    );
    expect(isFlashFeedPage("not a url")).toBe(false);
  });

  it("knows every outlet's flash-feed page scrapers' code in the index writes as a flash's link", () => {
    // Each as the index's scrapers write it (file ids in src/text/url.ts, `FLASH_FEED_PAGES`).
    for (const page of [
      "https://www.cls.cn/telegraph",
      "https://wallstreetcn.com/live/global",
      "https://www.jin10.com/",
      "https://kuaixun.eastmoney.com/",
      "https://kuaixun.eastmoney.com/7_24.html",
      "https://www.yicai.com/brief/",
      "https://www.gelonghui.com/live/?channelId=AStock",
      "https://36kr.com/newsflashes",
    ])
      expect(isFlashFeedPage(page), page).toBe(true);
    // The same feeds' stories, as the same scrapers and digests link them: pages of their own.
    for (const story of [
      "https://36kr.com/newsflashes/3783080587926793?f=rss",
      "https://www.gelonghui.com/live/2521822",
      "https://www.yicai.com/brief/103383084.html",
      "https://www.jin10.com/flash/20260701123456789.html",
      "https://www.cls.cn/detail/2439468",
      "https://wallstreetcn.com/livenews/3012345",
    ])
      expect(isFlashFeedPage(story), story).toBe(false);
  });

  it("leaves a flash whose scraper gave it 东方财富's 7x24 page with no originalUrl", () => {
    // A record as a scraper in the index writes 东方财富's flashes (index file 42020987717, its `fallback_news`; the
    // day fixed where the code writes `datetime.now()`).
    const [flash] = articles(
      line({
        title: "北向资金净流入超50亿元 连续三日净买入",
        summary: "今日北向资金净流入52.3亿元，其中沪股通净流入28.7亿元，深股通净流入23.6亿元",
        link: "https://kuaixun.eastmoney.com/7_24.html",
        publish_time: "2026-10-06 11:52:00",
        source: "东方财富",
      }),
      "em-flash.jsonl",
    );
    expect(flash!.title).toBe("北向资金净流入超50亿元 连续三日净买入");
    expect(flash!.originalUrl).toBeNull();
  });

  it("never takes a page under the feed's page for the feed's", () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
    fc.assert(
      fc.property(segment, fc.stringMatching(/^[a-z0-9=&]{0,12}$/), (part, query) => {
        expect(isFlashFeedPage(`https://finance.sina.com.cn/7x24/${part}`)).toBe(false);
        expect(isFlashFeedPage(`https://finance.sina.com.cn/7x24/?${query}`)).toBe(true);
      }),
    );
  });
});
