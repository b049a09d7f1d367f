// fresh-96's classes, read and fixed in session 57 (fix96): news as users export it into tables, reports and note sites —
// research-report listings with no body, a crawler CSV's cut preview beside its whole text, feed flashes' titles relayed by
// a report job, a title closed by its outlet's name, entities in a description field, a notes site's head and
// `<title>`, a snippet cut mid-sentence. Real excerpts: the files of datasets/fresh-96 (provenance in its SOURCES.tsv)
// and files from the search index (file ids noted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isPersonalSiteName } from "../src/credits/site-suffix.js";
import type { Article } from "../src/index.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { REPO } from "./helpers.js";

const read = (path: string) => readFileSync(join(REPO, "datasets/fresh-96", path), "utf8");
const records = (input: string, filename: string): Article[] =>
  [...parseAllSync(input, { filename })].map((item) => {
    if (!("article" in item)) throw new Error(`no article in ${filename}`);
    return item.article;
  });
const codes = (article: Article) => article.securities.map((s) => `${s.code}.${s.market}`);

describe("research-report listings: a report's title, day and issuer, no body", () => {
  it("reads a trading project's `标题,报告类型,发布日期,机构` rows one report each, the broker without its legal form", () => {
    const file = "research-list-csv/ztrade__caijing-xinwen-rows-6-9.csv";
    const rows = records(read(file), file);
    expect(rows.map((row) => [row.ref, row.title, row.publishedAt, row.source?.name, codes(row)])).toEqual([
      [
        "row 1",
        "菲利华(300395)：市场需求短期承压 业务布局加快拓展",
        "2024-05-22T00:00:00+08:00",
        "中邮证券",
        ["300395.SZ"],
      ],
      [
        "row 2",
        "立中集团(300428)：免热合金再下一城 国产化的历史突破",
        "2024-05-22T00:00:00+08:00",
        "中邮证券",
        ["300428.SZ"],
      ],
      ["row 3", "数码家电行业周度市场观察2024年第21周", "2024-05-22T00:00:00+08:00", "上海艾瑞市场咨询", []],
      [
        "row 4",
        "中金黄金(600489)：业绩符合预期 金铜价高位驱动利润增长",
        "2024-05-22T00:00:00+08:00",
        "中邮证券",
        ["600489.SH"],
      ],
    ]);
    expect(rows.map((row) => row.text)).toEqual(["", "", "", ""]);
  });

  it("reads eastmoney's report API items (`orgSName`, `stockCode`, `researcher`) as listings", () => {
    // Index file 55537297042: a Go adapter's test of eastmoney's reportapi, its fixtures `真实响应节选（2026-07-10 curl
    // reportapi）`; the two fixtures in the `{"hits","TotalPage","size","data"}` page the test's server writes.
    const page = `{"hits":2,"TotalPage":2,"size":1,"data":[{"title":"2025年年报及2026年一季报点评","stockName":"贵州茅台","stockCode":"600519",
"orgCode":"80045894","orgName":"诚通证券股份有限公司","orgSName":"诚通证券",
"publishDate":"2026-05-25 00:00:00.000","infoCode":"AP202605251822844635",
"emRatingCode":"007","emRatingValue":"3","emRatingName":"买入",
"lastEmRatingCode":"007","lastEmRatingValue":"3","lastEmRatingName":"买入","ratingChange":3,
"indvAimPriceT":"512.0000000000","indvAimPriceL":"512.0000000000","researcher":"陈文倩","market":"SHANGHAI"},{"title":"首次覆盖报告","stockCode":"300750","orgSName":"华鑫证券",
"publishDate":"2026-05-05 00:00:00.000","infoCode":"AP202605051821970230",
"emRatingName":"增持","lastEmRatingName":"","ratingChange":2,
"indvAimPriceT":"","indvAimPriceL":"","researcher":""}]}`;
    const [first, second, ...rest] = records(page, "reports.json");
    expect(rest).toEqual([]);
    expect([first!.id, first!.title, first!.publishedAt, first!.source?.name, first!.author]).toEqual([
      "AP202605251822844635",
      "2025年年报及2026年一季报点评",
      "2026-05-25T00:00:00+08:00",
      "诚通证券",
      "陈文倩",
    ]);
    expect(codes(first!)).toEqual(["600519.SH"]);
    expect([second!.title, second!.source?.name, second!.author, codes(second!)]).toEqual([
      "首次覆盖报告",
      "华鑫证券",
      null,
      ["300750.SZ"],
    ]);
  });
});

describe("a crawler CSV's whole text beside its cut preview", () => {
  it("reads `clean_text`, never the `content_preview` cut with `...`", () => {
    const file = "wechat-crawler-csv/wechat-daily-news-csv__2026-07-28-rows-1-2.csv";
    const [grid, pjm] = records(read(file), file);
    expect(grid!.title).toBe("4000亿！国网、南网上半年固定资产投资提速");
    expect(grid!.text).toContain("南方电网累计完成固定资产投资892.62亿元，同比增长14.79%");
    expect(grid!.text).toContain("2026年特高压第三批设备招标总中标金额为108.72亿元");
    expect(grid!.text).not.toContain("累计完成固定...");
    expect(
      grid!.text.endsWith("本文仅用本文为行业研究与个人观点，不构成投资建议、新闻报道或权威信息发布。"),
    ).toBe(true);
    expect(pjm!.source?.name).toBe("环球零碳");
    expect(pjm!.text).toContain("PJM预测，到2038年，数据中心的用电需求将增加约70吉瓦。");
  });
});

describe("feed flashes relayed by a report job", () => {
  it("takes a 新浪 7x24 flash stated only as its title apart: the 【headline】 is the title, the rest the text", () => {
    const file = "daily-report-json/daily-stock-news__20260820-items-10-11.json";
    const [, sina] = records(read(file), file);
    expect(sina!.title).toBe("摩根大通称SK海力士明年或向股东返还至少1300亿美元");
    expect(sina!.source?.name).toBe("新浪财经");
    expect(sina!.text.startsWith("据摩根大通称，SK海力士在完成新的巨额股票回购计划后")).toBe(true);
    expect(sina!.text.endsWith("分析师认为，这应该会在近期的抛售潮后对股价起到支撑作用。")).toBe(true);
  });

  it("reads a Google News item's `headline - 华尔街见闻` as the headline, and its `headline&nbsp;&nbsp; 华尔街见闻` as no text", () => {
    const file = "daily-report-json/daily-stock-news__20260820-items-3-6.json";
    const [, , google] = records(read(file), file);
    expect(google!.title).toBe(
      "A股三大股指齐涨，医药大爆发，创新药掀起涨停潮，恒指、恒科指均涨1%，科网股普涨",
    );
    expect(google!.source?.name).toBe("华尔街见闻");
    expect(google!.text).toBe("");
  });

  it('takes the site a NewsAPI item\'s link names off its title (`source: {Name: "Wallstreetcn.com"}`)', () => {
    // Index file 8858774359: a NewsAPI top-headlines script's docstring, the response it reads.
    const response = `{
        "status": "ok",
        "totalResults": 0,
        "articles": [
            {
            "title": "英镑、英债暴涨，报道称英国官员在设法逆转首相特拉斯的减税计划 - 华尔街见闻",
            "author": null,
            "source": {
                "Id": null,
                "Name": "Wallstreetcn.com"
            },
            "publishedAt": "2022-10-13T11:48:31Z",
            "url": "https://wallstreetcn.com/articles/3672304"
            }
        ]
    }`;
    const [item, ...rest] = records(response, "news.json");
    expect(rest).toEqual([]);
    expect(item!.title).toBe("英镑、英债暴涨，报道称英国官员在设法逆转首相特拉斯的减税计划");
    expect(item!.source?.name).toBe("华尔街见闻");
    expect(item!.publishedAt).toBe("2022-10-13T11:48:31Z");
  });
});

describe("a notes site's page", () => {
  it("reads the day under the h1 beside the tags and the PDF button, and names no outlet for the site's own `<title>` name", () => {
    const file = "notes-site-html/us-stock-notes__cn-deleverage.html";
    const page = parse(read(file), { filename: file });
    expect(page.title).toBe("从融资余额到宽基ETF：读懂2026年7月A股这场去杠杆");
    expect(page.publishedAt).toBe("2026-07-20T00:00:00+08:00");
    expect(page.source).toBeNull();
    expect(
      page.text.startsWith(
        "阅读提示：本笔记由一次关于彭博社报道《中国交易员以2016年以来最快速度解除杠杆押注》的问答整理而成。",
      ),
    ).toBe(true);
    for (const furniture of ["返回笔记库", "下载 PDF", "融资余额 去杠杆", "烟囱的美股学习笔记"])
      expect(page.text).not.toContain(furniture);
  });

  it("knows a person's own site by its name (`X的博客`, `X的…笔记`), and an outlet's is none", () => {
    // 烟囱的美股学习笔记: the page above; 卢穗杰的博客 (index file 43702457628, a Next.js blog's `<title>留言板 - 卢穗杰的博客</title>`),
    // Leo的博客 (index file 41610125613) and 小绾的博客 (index file 37482798108): pages' `<title>`s.
    expect(["烟囱的美股学习笔记", "卢穗杰的博客", "Leo的博客", "小绾的博客"].map(isPersonalSiteName)).toEqual(
      [true, true, true, true],
    );
    expect(["华尔街见闻", "中国证券报", "36氪的", "财经的笔记本电脑"].map(isPersonalSiteName)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("a snippet cut mid-sentence", () => {
  it("runs a derived title on past the tail of the sentence cut before the snippet (`異常。`)", () => {
    const file = "news-snippet-tsv/jslda__news-lines-23-26.tsv";
    const [, , cut] = records(read(file), file);
    expect(cut!.title.startsWith("異常。吳豐盛目前還是國營會副主委本來就公務繁忙")).toBe(true);
    expect(cut!.warnings.map((w) => w.code)).toContain("title-derived");
    expect(cut!.text.startsWith("異常。吳豐盛目前")).toBe(true);
  });
});
