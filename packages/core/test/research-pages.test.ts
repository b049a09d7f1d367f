// A data site's research-report pages (东方财富网's data.eastmoney.com/report): the page carries a broker's note, so
// the site its `<title>` names is the carrier, not the source (`namesDocumentSection`); the page flattened to text
// under its `<title>` loses its menu, the headline restated and its byline slot (`headUnderRestatedHeadline`), the
// slot's research house being the source; the page's `今日最新研究报告` list heading ends the story (`PAGE_TAIL`).
// Excerpts of datasets/fresh-73 (Huangtiant/bse_news_crawler, provenance in its SOURCES.tsv), shortened where marked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namesDocumentSection, splitSiteSuffix } from "../src/credits/site-suffix.js";
import { parse } from "../src/index.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { withoutPageTail } from "../src/stages/boilerplate.js";
import { headUnderRestatedHeadline } from "../src/stages/plain-head.js";
import { rawBlock } from "../src/stages/raw-block.js";

const TITLE =
  "北交所信息更新：超高压装备实现订单销售，依托技术积累有望切入等静压设备赛道- 宏观研究报告 _ 数据中心 _ 东方财富网";
const HEADLINE = "北交所信息更新：超高压装备实现订单销售，依托技术积累有望切入等静压设备赛道";

describe("a data site's section that files others' documents", () => {
  it.each([
    // datasets/fresh-73/report-page-txt/bse-news-crawler__AP202603171820594711.txt's title line
    [
      "北交所信息更新：受益主机客户业务增长与国外市场开拓，2025年归母净利润同比+72%- 宏观研究报告 _ 数据中心 _ 东方财富网",
      true,
    ],
    // a page's <title> quoted in another repository's scraper of these pages (index file 47167115241)
    ["磷酸盐主业稳根基，磷矿石资源助增长- 宏观研究报告 _ 数据中心 _ 东方财富网", true],
    // a quote page's <title> (index file 26677225793): the site's own page, no document filed
    ["大秦铁路(601006) _ 股票行情 _ 东方财富网", false],
  ])("%s: %s", (title, carried) => {
    const { headline, site } = splitSiteSuffix(title, [], DEFAULT_SETTINGS);
    expect(site).toBe("东方财富网");
    expect(namesDocumentSection(title, headline)).toBe(carried);
  });

  it("the text copy names no broker: no source, the site only carried it; the list heading closing it goes", () => {
    // datasets/fresh-73/report-page-txt/bse-news-crawler__AP202603171820594711.txt (the report shortened to 2 lines)
    const article = parse(
      `标题：北交所信息更新：受益主机客户业务增长与国外市场开拓，2025年归母净利润同比+72%- 宏观研究报告 _ 数据中心 _ 东方财富网
URL：http://data.eastmoney.com/report/zw_stock.jshtml?infocode=AP202603171820594711

正文：
三祥科技(920195)
2025年，公司营业收入同比增长17.39%，主要原因是受公司主机客户业务增长、积极开拓国外主机及售后市场等影响，营业收入同比增加。
2026年1月，汽车整车出口68.1万辆，同比增长44.9%。新能源汽车出口30.2万辆，同比增长1倍。
今日最新研究报告`,
    );
    expect(article.title).toBe(
      "北交所信息更新：受益主机客户业务增长与国外市场开拓，2025年归母净利润同比+72%",
    );
    expect(article.source).toBeNull();
    expect(article.text.startsWith("三祥科技(920195)")).toBe(true);
    expect(article.text.endsWith("新能源汽车出口30.2万辆，同比增长1倍。")).toBe(true);
  });
});

describe("a page flattened to text under its <title>", () => {
  // datasets/fresh-73/report-page-json/bse-news-crawler__AP202603181820619992.json's content: the menu (116 lines)
  // and the footer shortened, the report to its first and last lines.
  const content = [
    TITLE,
    ...["财经", "焦点", "股票", "数据中心", "Choice数据", "特色", "龙虎榜单", "研报", "沪 港 通", "行情中心"],
    ...["指数", "|", "期指", "|", "自选基金", "东方财富网", ">", "研报大全", "> ", "利通科技-研报正文"],
    ...[
      "利通科技-研报正文",
      "个股研报搜索:",
      HEADLINE,
      "www.eastmoney.com",
      "开源证券",
      "诸海滨",
      "查看PDF原文",
    ],
    "利通科技(920225)",
    "公司发布2025年业绩快报，预计2025年公司实现营收4.64亿元，同比减少4.10%，归母净利润8242.58万元，同比减少23.12%。",
    "风险提示：行业竞争加剧风险、新品拓展不及预期风险、原材料波动风险。",
    "今日最新研究报告",
    "查看PDF原文",
    "郑重声明：",
    "东方财富发布此内容旨在传播更多的信息，与本站立场无关，不代表东方财富观点。",
    "最新宏观研究报告",
    "数据来源：",
    "东方财富Choice数据",
    "版权所有:东方财富网",
    "友情链接",
  ];
  const lines = content.slice(0, 40).map((line) => line.trim());

  it("the story starts under the byline slot, whose research house is read", () => {
    expect(headUnderRestatedHeadline(lines, 200, 4, 8, 10)).toEqual({ story: 28, house: "开源证券" });
    expect(lines[28]).toBe("利通科技(920225)");
  });

  it("the slot's names may be a list (`诸海滨,车欣航`)", () => {
    // datasets/fresh-73/report-page-json/bse-news-crawler__AP202603181820620009.json's slot
    const slot = [
      TITLE,
      "个股研报搜索:",
      HEADLINE,
      "www.eastmoney.com",
      "开源证券",
      "诸海滨,车欣航",
      "查看PDF原文",
    ];
    expect(headUnderRestatedHeadline([...slot, "捷众科技(920690)"], 200, 4, 8, 10)).toEqual({
      story: 7,
      house: "开源证券",
    });
  });

  it("no restated headline when a line over it reads as prose, or the <title> goes on without a separator", () => {
    expect(
      headUnderRestatedHeadline([TITLE, "公司发布业绩快报，营收增长。", HEADLINE, "正文"], 200, 4, 8, 10),
    ).toBeNull();
    expect(
      headUnderRestatedHeadline([TITLE, "北交所信息更新：超高压装备", "正文"], 200, 4, 8, 10),
    ).toBeNull();
    // a slot without the site's host line stays the story's
    expect(headUnderRestatedHeadline([TITLE, HEADLINE, "开源证券", "正文"], 200, 4, 8, 10)).toEqual({
      story: 2,
      house: null,
    });
  });

  it("a crawler's JSON record of the page: the report alone, the broker its source", () => {
    const record = JSON.stringify({
      url: "http://data.eastmoney.com/report/zw_stock.jshtml?infocode=AP202603181820619992",
      title: TITLE,
      publish_time: "",
      content: content.join("\n"),
      infocode: "AP202603181820619992",
      title_hint: HEADLINE,
    });
    const article = parse(record, { filename: "eastmoney_report_details.json" });
    expect(article.title).toBe(HEADLINE);
    expect(article.source?.name).toBe("开源证券");
    expect(article.publishedAt).toBeNull();
    expect(article.text.startsWith("利通科技(920225)")).toBe(true);
    expect(article.text.endsWith("风险提示：行业竞争加剧风险、新品拓展不及预期风险、原材料波动风险。")).toBe(
      true,
    );
    for (const furniture of [
      "龙虎榜单",
      "个股研报搜索",
      "查看PDF原文",
      "郑重声明",
      "东方财富Choice数据",
      "友情链接",
    ])
      expect(article.text).not.toContain(furniture);
  });

  it("the PDF link's label read on one line with the list heading ends the story too", () => {
    // the text another scraper of these pages reads off `#zwconbody` and cuts (index file 20751409251)
    const blocks = [
      "公司发布2025年业绩快报。",
      "风险提示：原材料波动风险。",
      "[点击查看PDF原文] 今日最新研究报告",
      "东方财富网",
    ].map((text) => rawBlock({ type: "paragraph", text }));
    expect(withoutPageTail(blocks).map((raw) => (raw.block as { text: string }).text)).toEqual([
      "公司发布2025年业绩快报。",
      "风险提示：原材料波动风险。",
    ]);
  });

  it("any lines, a prefix of the first among them: null, or a story start after a restated headline", () => {
    const text = fc.string({ unit: fc.constantFrom(..."标题ab.w，。- _开源证券,|") });
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 30 }), fc.nat(), fc.nat(), (title, rest, cut, at) => {
        const lines = [title, ...rest];
        lines.splice(1 + (at % (rest.length + 1)), 0, title.slice(0, cut % (title.length + 1)));
        const head = headUnderRestatedHeadline(lines, 200, 4, 8, 10);
        if (head === null) return;
        expect(head.story).toBeGreaterThanOrEqual(2);
        expect(head.story).toBeLessThanOrEqual(lines.length);
        const restated = lines
          .slice(1, head.story)
          .some((line) => line.length >= 4 && line.length < title.length && title.startsWith(line));
        expect(restated).toBe(true);
        if (head.house !== null) expect(lines.slice(1, head.story)).toContain(head.house);
      }),
    );
  });
});
