// Plain-text exports and scrapers' outputs of datasets/fresh-78 (session 48): a lookup list beside a site's stories
// (`categories: [{key, label}]`) is reported entry by entry and numbered as the file writes it, a news aggregator's description that only repeats the
// headline and its outlet is no text, CNKI's newspaper export names its body `Contents`, and 新民晚报's e-paper host
// names the outlet.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLonePersonName } from "../src/credits/outlets.js";
import type { Article } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

const dataset = (name: string) => join(import.meta.dirname, "../../../datasets/fresh-78", name);

/** Every Article of a file, with the ref its record carries. */
function articles(input: string, filename: string): Article[] {
  return [...parseAllSync(input, { filename })].flatMap((result) => (result.ok ? [result.article] : []));
}

const read = (name: string) => articles(readFileSync(dataset(name), "utf8"), name);

describe("a lookup list beside a site's stories", () => {
  it("is reported entry by entry, not lost: the stories are items 7 and 8 (Sunwest17/world-news-cn, data/news.json)", () => {
    const input = readFileSync(dataset("google-news-json/world-news-cn__news.json"), "utf8");
    const results = [...parseAllSync(input, { filename: "news.json" })];
    expect(results.map((result) => (result.ok ? result.article.ref : result.failure.code))).toEqual([
      ...Array<string>(6).fill("not-a-news-record"),
      "item 7",
      "item 8",
    ]);
  });

  it("still counts entries that name a headline but hold no news (a site's navigation links among its items)", () => {
    const input = JSON.stringify({
      links: [{ title: "查看更多 >", url: "https://example.com/list" }],
      news: [
        { title: "美联储宣布降息25个基点", content: "美联储周三宣布将联邦基金利率目标区间下调25个基点。" },
      ],
    });
    const results = [...parseAllSync(input, { filename: "site.json" })];
    expect(results.map((result) => (result.ok ? result.article.ref : result.failure.ref))).toEqual([
      "item 1",
      "item 2",
    ]);
  });

  it("still leaves a file of lookup lists alone one failure", () => {
    const input = JSON.stringify({
      categories: [{ key: "world", label: "全球" }],
      tags: [{ key: "ai", label: "科技" }],
    });
    const results = [...parseAllSync(input, { filename: "site.json" })];
    expect(results).toHaveLength(1);
    expect(results[0]!.ok).toBe(false);
  });
});

describe("a news aggregator's description that only repeats the headline and its outlet", () => {
  it("is no text: the records are headlines with their outlet (Google News RSS, Sunwest17/world-news-cn)", () => {
    const [first, second] = read("google-news-json/world-news-cn__news.json");
    expect([first!.title, first!.source?.name, first!.publishedAt, first!.text]).toEqual([
      "G7成员国警告：中东战争正对全球经济造成“灾难性影响”",
      "财联社",
      "2026-06-06T01:19:17Z",
      "",
    ]);
    expect([second!.title, second!.source?.name, second!.text]).toEqual([
      "AI成券商投资策略“关键词”",
      "新浪财经",
      "",
    ]);
  });

  it("stays text when it says more than the headline and the outlet", () => {
    const record = {
      title: "OECD下调2026年全球经济增速至2.8%",
      source: "新浪财经",
      summary: "OECD下调2026年全球经济增速至2.8% 新浪财经经合组织周二发布经济展望报告，下调全球增长预期。",
    };
    const [article] = articles(JSON.stringify([record]), "news.json");
    expect(article!.text).toBe(record.summary);
  });

  it("holds for any headline and outlet: the headline and the outlet alone are no text, one word more is", () => {
    const han = fc
      .array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 2, maxLength: 12 })
      .map((codes) => String.fromCodePoint(...codes));
    fc.assert(
      fc.property(han, han, han, (title, outlet, more) => {
        // A source column of two or three characters opening with a common surname (`丁一`) is a writer, not an outlet
        // (`isLonePersonName`, session 55): its line is no headline-and-outlet repeat (seed -1569367393).
        fc.pre(!title.includes(outlet) && !outlet.includes(title) && !isLonePersonName(outlet));
        const headline = { title, source: outlet, summary: `${title} ${outlet}` };
        const longer = { title, source: outlet, summary: `${title} ${outlet}${more}` };
        const [bare, said] = articles(JSON.stringify([headline, longer]), "news.json");
        expect(bare!.text).toBe("");
        expect(said!.text).not.toBe("");
      }),
      { numRuns: 100 },
    );
  });
});

describe("a newspaper database's export and an e-paper's rows", () => {
  it("reads CNKI's `Contents` as the body and `Title` as the title (shenxingy/Chinese_newspaper_crawler, CNKI.csv)", () => {
    const rows = read("newspaper-csv/cnki__318-317.csv");
    expect(rows.map((row) => [row.ref, row.title, row.author])).toEqual([
      ["row 1", "加快经济恢复全力稳住经济大盘", "孟群舒"],
      ["row 2", "助企纾困，加快恢复经济社会发展活力", null],
    ]);
    expect(rows[1]!.text.startsWith("以政策的确定性应对不确定性，精准帮扶企业达产")).toBe(true);
  });

  it("reads an author cell of names each closed by a semicolon as a list, and `NA;` as none (CNKI.csv rows 314 and 317)", () => {
    const row = (author: string) =>
      `Number,Title,Author,banHao,Date,Contents\n314,用为民情怀，做好“送上门”的群众工作,${author},2,2022-05-28,"上海本轮疫情以来，全市信访干部迅速响应，冲向抗疫一线。"\n`;
    expect(articles(row("毛锦伟;栗思;郑朕;唐乙隽;"), "CNKI.csv")[0]!.author).toBe(
      "毛锦伟、栗思、郑朕、唐乙隽",
    );
    expect(articles(row("NA;"), "CNKI.csv")[0]!.author).toBeNull();
  });

  it("names 新民晚报 by its e-paper's host (XinMin.csv: paper.xinmin.cn/html/xmwb)", () => {
    const rows = read("newspaper-csv/xinmin__page-1-3.csv");
    expect(rows.map((row) => [row.title, row.source?.name])).toEqual([
      ["查明事故原因性质 积极回应社会关切", "新民晚报"],
      ["上海昨新增358+4144", "新民晚报"],
    ]);
  });
});
