// Record layouts of datasets/fresh-35 (session 30): a sheet written as a JSON array of arrays under a header row, a
// cache whose records sit under an object keyed by stock codes (in the file's order), headline records (a title and
// a link, no text) in a list, a stock-news export's `code` column as the record's stock list, a flash whose closing
// credit names another outlet than its dateline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { sheetHeader } from "../src/readers/json-values.js";

const dataset = (name: string) => join(import.meta.dirname, "../../../datasets/fresh-35", name);

/** Every result of an input's `parseAll`, in order: Articles, and failures as their code and ref. */
function readAll(input: string | Uint8Array, filename = "export.json"): Array<Article | string> {
  return [...parseAllSync(input, { filename })].map((result) =>
    result.ok ? result.article : `${result.failure.code} ${result.failure.ref}`,
  );
}

const listed = (article: Article) => article.securities.map((s) => `${s.code}.${s.market}`);

const summary = (results: Array<Article | string>) =>
  results.map((r) => (typeof r === "string" ? r : [r.ref, r.title, r.publishedAt, r.originalUrl]));

describe("a sheet as a JSON array of arrays", () => {
  it("names each row's cells by the header row, which is no record; rows are numbered from the first after it", () => {
    const sheet = readFileSync(dataset("sheet-rows-json/cb-analysis__stock_news__rows-1-6.json"));
    const read = readAll(sheet);
    expect(read).toHaveLength(6);
    expect(summary(read).slice(0, 2)).toEqual([
      [
        "item 1",
        "市值破兆美元AI公司誰最「最安全」 外媒點名投資台積電",
        "2026-01-12T00:00:00+08:00",
        "https://ec.ltn.com.tw/article/breakingnews/5306330",
      ],
      [
        "item 2",
        "台股開盤》台積電領軍電子股衝刺 指數漲近400點登30681點新天價",
        "2026-01-12T00:00:00+08:00",
        "https://ec.ltn.com.tw/article/breakingnews/5306817",
      ],
    ]);
    const first = read[0] as Article;
    expect(first.text).toBe("");
    expect(first.extra).toEqual({ 股票: "台積電" });
  });

  it("reads a sheet without a header row by its cells' shapes, under `column N`", () => {
    const rows = JSON.stringify([
      ["2026-01-12", "央行今日开展1000亿元7天逆回购操作，操作利率维持不变，当日实现净投放。"],
      ["2026-01-13", "国家统计局公布数据显示，去年全国规模以上工业增加值同比增长百分之五点八。"],
    ]);
    const read = readAll(rows);
    expect(read.map((r) => (typeof r === "string" ? r : [r.ref, r.publishedAt, r.text.slice(0, 8)]))).toEqual(
      [
        ["item 1", "2026-01-12T00:00:00+08:00", "央行今日开展10"],
        ["item 2", "2026-01-13T00:00:00+08:00", "国家统计局公布数"],
      ],
    );
  });

  it("reports a row that is no news as that item's failure, and reads the rows after it", () => {
    const read = readAll(
      JSON.stringify([
        ["標題", "連結"],
        ["", ""],
        ["台積電法說會釋利多", "https://news.mysite.cn/1"],
      ]),
    );
    expect(summary(read)).toEqual([
      "not-a-news-record item 1",
      ["item 2", "台積電法說會釋利多", null, "https://news.mysite.cn/1"],
    ]);
  });

  it("takes a row of names as a header, never a row of data", () => {
    expect(sheetHeader(["時間", "股票", "標題", "連結"])).toEqual(["時間", "股票", "標題", "連結"]);
    expect(sheetHeader(["2026/1/12", "台積電", "標題", "https://a.b/c"])).toBeNull();
    expect(sheetHeader(["標題", "標題"])).toBeNull();
    expect(sheetHeader(["標題", 3])).toBeNull();
    expect(sheetHeader([])).toBeNull();
  });

  it("never throws and never loses a row: every row is an Article or a reported failure (fast-check)", () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null), fc.webUrl());
    // A sheet's rows open with a string cell (a day, a name), as spreadsheets write them.
    const row = fc
      .tuple(fc.string({ maxLength: 20 }), fc.array(cell, { maxLength: 4 }))
      .map(([first, rest]) => [first, ...rest]);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const read = readAll(JSON.stringify(rows));
        const header = sheetHeader(rows[0]!) === null ? 0 : 1;
        expect(read).toHaveLength(rows.length - header);
        read.forEach((result, index) => {
          const ref = `item ${index + 1}`;
          expect(typeof result === "string" ? result.endsWith(` ${ref}`) : result.ref === ref).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("records under an object keyed by stock codes", () => {
  it("reads the items in the file's order, each filed under its code, without the cache's run time", () => {
    const read = readAll(readFileSync(dataset("stock-keyed-json/stockai-db__stock_news.json")));
    expect(read).toHaveLength(14);
    const articles = read as Article[];
    expect(articles.map((a) => a.extra?.stock_code)).toEqual([
      "5007",
      "5007",
      "2330",
      "2330",
      "2330",
      "3045",
      "1536",
      "6472",
      "3563",
      "2208",
      "2458",
      "2344",
      "6830",
      "2408",
    ]);
    expect(articles.every((a) => a.publishedAt === null && a.text === "")).toBe(true);
    // The same headline under two codes is two records, two ids.
    expect(articles[1]!.title).toBe(articles[3]!.title);
    expect(articles[1]!.id).not.toBe(articles[3]!.id);
  });

  it("reads a code the model lists as the record's security", () => {
    const cache = JSON.stringify({
      updated: "2026-10-02 15:46",
      stocks: {
        "600519": { items: [{ title: "贵州茅台发布三季报", url: "https://example.com/a" }] },
        "000858": { items: [{ title: "五粮液召开股东大会", url: "https://example.com/b" }] },
      },
    });
    const read = readAll(cache) as Article[];
    expect(read.map((a) => [a.ref, a.title, listed(a), a.securities[0]?.how])).toEqual([
      ["item 1", "贵州茅台发布三季报", ["600519.SH"], "record"],
      ["item 2", "五粮液召开股东大会", ["000858.SZ"], "record"],
    ]);
  });

  it("reads an archive keyed by years as no stock codes", () => {
    const archive = JSON.stringify({
      "2024": [{ title: "年度回顾", url: "https://example.com/2024" }],
      "2025": [{ title: "年度展望", url: "https://example.com/2025" }],
    });
    expect((readAll(archive) as Article[]).map((a) => [a.title, a.securities, a.extra?.stock_code])).toEqual([
      ["年度回顾", [], undefined],
      ["年度展望", [], undefined],
    ]);
  });

  it("never throws and never loses an item under any codes (fast-check)", () => {
    const code = fc.oneof(
      fc.integer({ min: 1000, max: 999999 }).map(String),
      fc.constantFrom("sh600000", "00700.HK", "2330.TW"),
    );
    const item = fc.record({
      title: fc.string({ minLength: 1, maxLength: 20 }),
      url: fc.webUrl(),
      tone: fc.constantFrom("pos", "neg", "neu"),
    });
    fc.assert(
      fc.property(
        fc.dictionary(code, fc.array(item, { minLength: 1, maxLength: 3 }), { minKeys: 1, maxKeys: 5 }),
        (byCode) => {
          const stocks = Object.fromEntries(Object.entries(byCode).map(([key, items]) => [key, { items }]));
          const read = readAll(JSON.stringify({ updated: "2026-10-02 15:46 UTC", stocks }));
          const total = Object.values(byCode).reduce((sum, items) => sum + items.length, 0);
          // A title that is a navigation entry or empty is reported, never dropped.
          expect(read).toHaveLength(total);
          for (const result of read) if (typeof result !== "string") expect(result.publishedAt).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("stock-news exports and flashes", () => {
  it("reads a stock-news search export's `code` column as the record's stock list", () => {
    const row = readFileSync(dataset("em-stock-news-csv/quantgpt__stock_news__row-0.csv"));
    const article = parse(row, { filename: "stock_news.csv" });
    expect(listed(article)).toEqual(["002855.SZ"]);
    expect(article.source?.name).toBe("证券时报网");
  });

  it("keeps a `code` that names no listing under its key", () => {
    const article = (
      readAll(JSON.stringify([{ code: "E1001", title: "标题", content: "正文内容。" }])) as Article[]
    )[0]!;
    expect(article.securities).toEqual([]);
    expect(article.extra).toEqual({ code: "E1001" });
  });

  it("makes a flash's dateline outlet a hop when its closing credit names the outlet that wrote it", () => {
    const flash = parse(readFileSync(dataset("cls-telegraph-csv/quantgpt__news__row-113.csv")), {
      filename: "news.csv",
    });
    expect([flash.source?.name, flash.via]).toEqual(["环球网", ["财联社"]]);
    // An outlet's app closing what its client's dateline opened is one outlet, no hop.
    const own = parse(
      "标题\n\n中新经纬客户端7月26日电 财政部网站26日公布数据显示，地方债发行平稳。（中新经纬APP）",
    );
    expect(own.via).toEqual([]);
  });
});
