// CSV and TSV exports of news: one Article per row, the header's names read by the record mapping as a
// JSON record's keys are (src/readers/csv.ts, csv-documents.ts). Fixtures are real:
// datasets/fresh-20/sina-csv (a Sina Finance scraper's pandas export; see its SOURCES.tsv) and
// test/fixtures/csv/news163.csv — Super-Brother/news, news_data.csv at commit
// 7bf9b639feeece24e0feb9effbc360439e6fb819 (search-index file 41663624130): a Scrapy spider's export of
// 163.com news, its header line and rows 2, 5 and 6, verbatim (a body cell of paragraphs joined with
// commas, opening with the page's indentation; an empty body; a flash). news163-gbk.csv is the same
// text encoded as GBK.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectInput, parse } from "../src/index.js";
import { parseAll, parseAllSync } from "../src/parse-all.js";
import { type CsvItem, CsvRowReader, csvSeparator } from "../src/readers/csv.js";
import type { ParseResult } from "../src/readers/session.js";
import { asLatin1, expectRowsRepairedOneByOne, parseAllInChunks, REPO } from "./helpers.js";

const SINA = join(REPO, "datasets/fresh-20/sina-csv");
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures/csv", name));
const NEWS163 = fixture("news163.csv");
const NEWS163_GBK = fixture("news163-gbk.csv");

const summary = (results: Iterable<ParseResult>) =>
  [...results].map((result) =>
    result.ok
      ? {
          ref: result.article.ref,
          title: result.article.title,
          publishedAt: result.article.publishedAt,
          source: result.article.source?.name ?? null,
          originalUrl: result.article.originalUrl,
          warnings: result.article.warnings.map((w) => w.code),
          start: result.article.text.slice(0, 24),
          end: result.article.text.slice(-16),
        }
      : result.failure,
  );

/** Every row a reader gives for `text` pushed in pieces cut at `cuts`. */
function rowsOf(text: string, cuts: readonly number[], maxChars = Number.POSITIVE_INFINITY): CsvItem[] {
  const reader = new CsvRowReader(maxChars);
  const items: CsvItem[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    items.push(...reader.push(text.slice(from, Math.max(from, cut))));
    from = Math.max(from, cut);
  }
  items.push(...reader.push(text.slice(from), true));
  return items;
}

async function streamed(text: string, maxInputBytes: number): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for await (const result of parseAll(text, { settings: { maxInputBytes } })) results.push(result);
  return results;
}

const cellsOf = (items: readonly CsvItem[]) => items.map((item) => ("cells" in item ? item.cells : item));

describe("a CSV export is told by its header", () => {
  it("reads a header of the record mapping's names, with a title's or a text's, as CSV", () => {
    expect(detectInput(readFileSync(join(SINA, "sina-stock__ihytcerm0991837.csv"), "utf8"))).toBe("csv");
    expect(detectInput(NEWS163.toString("utf8"))).toBe("csv");
    expect(detectInput("标题\t正文\t发布时间\n央行降准\t央行宣布降准。\t2024-01-24\n")).toBe("csv");
  });

  it("leaves prose with commas, and a header of other names, to the other readers unless the name says CSV", () => {
    expect(detectInput("Hello, world: 上证指数收涨0.5%\n成交额8000亿元。")).toBe("plain-text");
    expect(detectInput("date,open,close\n2024-01-02,10.1,10.3\n")).toBe("plain-text");
    expect(detectInput("date,open,close\n2024-01-02,10.1,10.3\n", "prices.csv")).toBe("csv");
    // A row of another length than the header's: not a table.
    expect(detectInput("title,content\n一句话，两个逗号,还有,一个\n")).toBe("plain-text");
  });
});

describe("the rows of an export", () => {
  it("are one Article each, the header's names read as the record's keys (163.com, Scrapy)", () => {
    expect(summary(parseAllSync(NEWS163))).toEqual([
      {
        ref: "row 1",
        title: "【“十三五”成就巡礼】“互联网+”激活经济高质量发展新引擎 |电子商务|云计算|移动支付_网易新闻",
        publishedAt: "2020-11-23T08:42:26+08:00",
        source: "央视网",
        originalUrl: "https://news.cctv.com/2020/11/22/ARTI05OacY3cshJgI5mKpk4C201122.shtml",
        warnings: [],
        start: "（新闻联播）：“十三五”以来，我国互联网蓬勃发展",
        end: "万亿元，占GDP比重36.2%。",
      },
      {
        ref: "row 2",
        title: "离奇！79岁阿伯花10万与女子闪婚，不久后死在另一女子家中 |养老院|新婚|结婚|纪阿姨_网易新闻",
        publishedAt: "2020-11-23T02:33:06+08:00",
        source: "广州日报",
        originalUrl: "https://mp.weixin.qq.com/s/zL59BOHr96wv1_9wjf27qA",
        warnings: ["empty-body"],
        start: "",
        end: "",
      },
      {
        ref: "row 3",
        title: "港媒：弃保潜逃两年半，香港前黑帮头目郭永鸿昨夜返港 ，在机场被拘捕|警署_网易新闻",
        publishedAt: "2020-11-23T08:14:38+08:00",
        source: "环球网",
        // source_url is `#`: the story's own link is the address.
        originalUrl: "https://news.163.com/20/1123/08/FS3RK1BF0001899O.html",
        warnings: [],
        start: "【港媒：弃保潜逃两年半，, ，在机场被拘捕】港媒",
        end: "Ｘ和”的坐馆，涉及不少偏门生意。",
      },
    ]);
  });

  it("splits paragraphs glued with commas back, and keeps a comma inside a sentence (a lost link's place)", () => {
    const [first] = [...parseAllSync(NEWS163)];
    if (!first?.ok) throw new Error("row 1 gave no Article");
    const paragraphs = first.article.text.split("\n\n");
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toContain("5G、,、大数据");
    expect(paragraphs[1]).toBe(
      "这两天，浙江桐乡的这家纺丝车间里来了一位新成员，就是这个5G质检机器人。利用5G高速率低延时的传输，它可以通过头顶的8K高清摄像头，能在0.2秒之内识别出生产线是否存在飘丝、漂杂等问题。",
    );
    expect(first.article.extra).toEqual({ news_thread: "FS3T6UK7000189FH" });
  });

  it("reads the same rows encoded GBK, each saying so", () => {
    const utf8 = summary(parseAllSync(NEWS163));
    const gbk = summary(parseAllSync(NEWS163_GBK));
    expect(gbk).toEqual(
      utf8.map((row) =>
        "warnings" in row ? { ...row, warnings: ["encoding-gb18030", ...row.warnings] } : row,
      ),
    );
  });

  it("gives the same Articles streamed in chunks of any size, UTF-8 or GBK", async () => {
    for (const bytes of [NEWS163, NEWS163_GBK]) {
      const whole = summary(parseAllSync(bytes));
      for (const size of [1, 7, 64, 1000])
        expect(summary(await parseAllInChunks(bytes, size))).toEqual(whole);
    }
  });

  it("reads a one-row export given to parse as its row (fresh-20, Sina Finance)", () => {
    const name = "sina-stock__ihytcerm0991837.csv";
    const article = parse(readFileSync(join(SINA, name)), { filename: name });
    expect(article).toMatchObject({
      format: "dump-record",
      id: "sinaStock:2",
      ref: null,
      title: "国金证券：华兴源创新一轮增长高峰将至",
      publishedAt: "2019-07-03T10:51:00+08:00",
      source: { name: "证券时报网" },
      editor: "张恒",
      originalUrl: "https://finance.sina.com.cn/roll/2019-07-03/doc-ihytcerm0991837.shtml",
    });
    expect(article.text.split("\n\n").map((p) => p.slice(0, 8))).toEqual([
      "国金证券指出，作",
      "此外，国金证券表",
    ]);
  });

  it("reads Chinese header names, sets aside pandas' index column and a BOM, and judges the separator", () => {
    const tsv =
      "\uFEFF\t标题\t正文\t发布时间\t来源\t作者\n0\t央行宣布降准\t央行决定下调存款准备金率0.5个百分点。\t2024-01-24 17:00\t新华社\t张三\n";
    const [result] = [...parseAllSync(tsv)];
    expect(result?.ok && result.article).toMatchObject({
      ref: "row 1",
      title: "央行宣布降准",
      text: "央行决定下调存款准备金率0.5个百分点。",
      publishedAt: "2024-01-24T17:00:00+08:00",
      source: { name: "新华社" },
      author: "张三",
    });
    expect(result?.ok && result.article.extra).toEqual({});
    expect(csvSeparator("id;title;content")).toBe(";");
    expect(csvSeparator("id|title|content")).toBe("|");
    expect(csvSeparator('"a,b"\ttitle\tcontent')).toBe("\t");
    expect(csvSeparator("title")).toBe(",");
  });

  // Streamed (`parseAll`): the limit bounds each row, not the export, which `parseAllSync` reads whole.
  it("reports a row over the size limit and an unterminated quote by their lines, and reads the rest", async () => {
    const text = [
      "title,content",
      "甲,第一条新闻的正文。",
      `乙,"${"很长的正文。".repeat(40)}"`,
      "丙,第三条新闻的正文。",
      '丁,"引号没有闭合。',
      "戊,第五条新闻的正文。",
    ].join("\n");
    const results = await streamed(text, 200);
    expect(
      results.map((r) => (r.ok ? [r.article.ref, r.article.title] : [r.failure.ref, r.failure.message])),
    ).toEqual([
      ["row 1", "甲"],
      ["row 2", "the row at line 3 is over 200 characters (maxInputBytes); it was skipped"],
      ["row 3", "丙"],
      ["row 4", "the quote that opens a cell at line 5 never closes; the lines after it were read again"],
      ["row 5", "戊"],
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.failure.code))).toEqual([
      "ok",
      "record-too-large",
      "ok",
      "corrupt-input",
      "ok",
    ]);
  });

  it("says an export ends inside the quoted cell of a row too long to keep", async () => {
    const text = `title,content\n甲,"${"没有闭合的长正文。".repeat(40)}`;
    const codes = (await streamed(text, 100)).map((r) =>
      r.ok ? "ok" : `${r.failure.code} ${r.failure.ref}`,
    );
    expect(codes).toEqual(["record-too-large row 1", "corrupt-input row 2"]);
  });
});

describe("fresh-20's classes (session 23): what a scraper's rows of Sina Finance pages hold", () => {
  const sina = (name: string) => parse(readFileSync(join(SINA, name)), { filename: name });

  it("drops a record's first paragraph that repeats its title (white space aside)", () => {
    const article = sina("sina-stock__ihvhiqax0983884.csv");
    expect(article.title).toBe("博瑞生物冲刺科创板：此前估值32亿 红杉智盛持股");
    expect(article.text.split("\n\n")[0]).toBe("新京报记者 李云琦 编辑 程波 校对 柳宝庆");
  });

  it("reads the outlet of a lede that opens with the day and the outlet's reporter (6月15日，澎湃新闻记者发现)", () => {
    const article = sina("sina-company__iirczymk7164897.csv");
    expect(article.source).toEqual({ name: "澎湃新闻" });
    expect(article.text.slice(0, 16)).toBe("6月15日，澎湃新闻记者发现：在");
  });

  it("reads WeChat's `原创 江右` line as the writer, not text", () => {
    const article = sina("sina-company__iircuyvi8635468.csv");
    expect(article.author).toBe("江右");
    expect(article.text).not.toContain("原创 江右");
  });
});

describe("fresh-20's last class (session 24): the page's headline, the title's words and a clause more", () => {
  const TITLE = "疫情形势突变：债中“茅台”飙到674元 刷新27年最高价";
  const HEADLINE = "疫情形势突变！债中“茅台”飙到674元，刷新27年最高价，更有正股暴涨566%";
  const LEDE = "面值100元的债券，也能涨到将近700元！";
  const row = (first: string) =>
    parse(
      `id,datetime,title,content,link,source\n8,2020-06-15 20:23:00,${TITLE},"${first},${LEDE}",,sinaStock\n`,
    );

  it("drops the WeChat headline a Sina row's text opens with, punctuated its own way", () => {
    const article = parse(readFileSync(join(SINA, "sina-company__iircuyvi8635468.csv")));
    expect(article.title).toBe(TITLE);
    expect(article.text.startsWith(LEDE)).toBe(true);
    expect(article.text).not.toContain("更有正股暴涨566%");
    expect(row(HEADLINE).text).toBe(LEDE);
  });

  it("keeps a first paragraph that ends a sentence, runs on inside the title's last word, or is over twice as long", () => {
    expect(row(`${HEADLINE}。`).text).toBe(`${HEADLINE}。\n\n${LEDE}`);
    const runOn = "疫情形势突变！债中“茅台”飙到674元，刷新27年最高价位";
    expect(row(runOn).text).toBe(`${runOn}\n\n${LEDE}`);
    const long = `${HEADLINE}，英科医疗自2019年8月底部以来股价暴涨，转债随之走高`;
    expect(row(long).text).toBe(`${long}\n\n${LEDE}`);
  });
});

describe("the row reader", () => {
  it("reads RFC 4180: quoted separators, line ends and doubled quotes, CRLF, a last row without a line end", () => {
    const text = 'a,b,c\r\n1,"x,y","say ""hi"""\r\n\r\n2,"two\nlines",z\n3,x"y,"q"r';
    expect(cellsOf(rowsOf(text, []))).toEqual([
      ["a", "b", "c"],
      ["1", "x,y", 'say "hi"'],
      ["2", "two\nlines", "z"],
      ["3", 'x"y', "qr"],
    ]);
    expect(rowsOf(text, []).map((item) => ("line" in item ? item.line : null))).toEqual([1, 2, 4, 6]);
  });

  it("reads the rest again after at most nine quotes that never close: a few passes, not one a line", () => {
    // `a","`, line after line: read again from each next line, each opens a quote the rest never closes
    // (2,000 passes, one a line, unbounded).
    const items = rowsOf(`title,content\n${'a","\n'.repeat(2000)}`, []);
    expect(items).toHaveLength(10);
    expect(items.slice(1).map((item) => ("unterminated" in item ? item.unterminated.line : null))).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  const cell = fc.string({ unit: fc.constantFrom("a", "甲", ",", '"', "\n", "\t", " ", "。") });
  const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
  const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;

  it("never throws on arbitrary text, and gives the same rows however the text is cut", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat({ max: 40 }),
        (text, cuts, max) => {
          const whole = rowsOf(text, [], max + 1);
          expect(
            rowsOf(
              text,
              cuts.map((cut) => cut % (text.length + 1)),
              max + 1,
            ),
          ).toEqual(whole);
        },
      ),
    );
  });

  it("reads back the cells of any table written with quotes", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = rows.map((cells) => cells.map(quoted).join(",")).join("\n");
        expect(cellsOf(rowsOf(text, []))).toEqual(rows);
      }),
    );
  });
});

// Mojibake in an export is the damage of rows one by one (a row a tool misread and wrote back), so each row is
// judged by itself: two rows of datasets/fresh-20/sina-csv in one export, the second's UTF-8 bytes read as
// Latin-1 and saved again (made here from the row's own bytes, as a tool that took UTF-8 for Latin-1 writes it).
describe("mojibake judged row by row (session 26)", () => {
  const file = (name: string) => readFileSync(join(SINA, name), "utf8");
  const first = file("sina-company__iircuyvi8635468.csv");
  const second = file("sina-company__iircuyvi8635984.csv");
  const header = first.slice(0, first.indexOf("\n") + 1);
  const rowOf = (text: string) => text.slice(text.indexOf("\n") + 1);
  const clean = header + rowOf(first) + rowOf(second);
  const damaged = header + rowOf(first) + asLatin1(rowOf(second));
  it("repairs the damaged row and says so of it alone, read whole or as a stream", async () => {
    await expectRowsRepairedOneByOne(
      clean,
      damaged,
      [
        ["row 1", "疫情形势突变：债中“茅台”飙到674元 刷新27年最高价", []],
        ["row 2", "ST摩登：实控人及其一致人被动减持9.15%股份", ["mojibake-repaired"]],
      ],
      97,
    );
  });
});

describe("a wide export: more columns than a record keeps (settings.maxRecordFields)", () => {
  const [header, row] = cellsOf(
    new CsvRowReader(Number.POSITIVE_INFINITY).push(NEWS163.toString("utf8"), true),
  );
  const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  /** news163.csv's header and first row with `before` columns `x0`, `x1` … ahead of its own (cells `v0`, `v1` …). */
  function widened(before: number): string {
    const names = Array.from({ length: before }, (_, i) => `x${i}`);
    const cells = Array.from({ length: before }, (_, i) => `v${i}`);
    return `${[...names, ...(header as string[])].join(",")}\n${[...cells, ...(row as string[]).map(quoted)].join(",")}\n`;
  }
  const narrow = [...parseAllSync(widened(0))];

  it("is read as records, the columns the mapping reads kept first, the Article saying what was dropped", () => {
    const wide = widened(2500);
    // A header of 2,507 columns is 13,964 characters: past the 2,000 detection once stopped at.
    expect(wide.indexOf("\n")).toBe(13_964);
    expect(detectInput(wide)).toBe("csv");
    const [result, more] = [...parseAllSync(wide)];
    expect(more).toBeUndefined();
    if (!result?.ok || !narrow[0]?.ok) throw new Error("the row gave no Article");
    const { article } = result;
    expect(summary([result])).toEqual([{ ...summary(narrow)[0], warnings: ["fields-capped"] }]);
    expect(article.title).toBe(
      "【“十三五”成就巡礼】“互联网+”激活经济高质量发展新引擎 |电子商务|云计算|移动支付_网易新闻",
    );
    expect(article.publishedAt).toBe("2020-11-23T08:42:26+08:00");
    expect(article.text).toBe(narrow[0].article.text);
    expect(article.warnings).toEqual([
      {
        code: "fields-capped",
        message:
          "the record has 2507 fields: 1000 kept (settings.maxRecordFields; the ones the record mapping reads first, then the others in order), 1507 dropped",
        line: 2,
      },
    ]);
    // The six columns the mapping reads, then the first 994 others; news_thread, the 2,501st other, is dropped.
    const extra = Object.keys(article.extra ?? {});
    expect(extra).toEqual(Array.from({ length: 994 }, (_, i) => `x${i}`));
    expect(article.extra?.x993).toBe("v993");
  });

  it("gives parse the same record, and keeps every column under the cap", () => {
    const read = parse(widened(2500));
    const one = parse(widened(0));
    expect(read.title).toBe("【“十三五”成就巡礼】“互联网+”激活经济高质量发展新引擎");
    expect([read.text, read.publishedAt, read.source?.name]).toEqual([one.text, one.publishedAt, "央视网"]);
    expect(read.warnings.map((w) => w.code)).toEqual([...one.warnings.map((w) => w.code), "fields-capped"]);
    const [under] = [...parseAllSync(widened(993))];
    expect(under?.ok && under.article.warnings).toEqual([]);
    expect(under?.ok && Object.keys(under.article.extra ?? {}).length).toBe(994);
  });

  it("splits a row only as far as the columns it keeps: a row of a million cells is one pass, reported, the others read", () => {
    const cells = (count: number) =>
      Array.from({ length: count }, (_, i) => (i % 2 === 0 ? "x" : '"a,""b"""')).join(",");
    const exportOf = (wide: string) =>
      `${(header as string[]).join(",")}\n${wide}\n${(row as string[]).map(quoted).join(",")}\n`;
    const text = exportOf(cells(1_000_000));
    // The reader, told the header's columns, takes no cell past them.
    const reader = new CsvRowReader(Number.POSITIVE_INFINITY, (cells) => cells.map((_, i) => i));
    const [, wide, last] = reader.push(text, true);
    expect(wide && "cells" in wide && [wide.cells.length, wide.beyond]).toEqual([7, 999_993]);
    expect(last && "cells" in last && last.cells).toEqual(row);
    // Splitting that row whole made a million strings (3.3 s on the shared machine); now 0.16 s, nothing kept.
    // Through parseAll, a quarter of it (the whole input is encoded and decoded first: seconds under load).
    const results = [...parseAllSync(exportOf(cells(250_000)))];
    expect(results.map((result) => result.ok && result.article.ref)).toEqual(["row 1", "row 2"]);
    const [capped, good] = results;
    expect(capped?.ok && capped.article.warnings[0]).toEqual({
      code: "fields-capped",
      message:
        "the record has 250000 fields: 7 kept (settings.maxRecordFields; the ones the record mapping reads first, then the others in order), 249993 dropped",
      line: 2,
    });
    if (!good?.ok || !narrow[0]?.ok) throw new Error("the row after the wide one gave no Article");
    expect(good.article.text).toBe(narrow[0].article.text);
  });

  it("keeps the mapped columns and the first others, at any width and any cap", () => {
    fc.assert(
      fc.property(fc.nat({ max: 80 }), fc.integer({ min: 7, max: 40 }), (before, cap) => {
        const [result] = [...parseAllSync(widened(before), { settings: { maxRecordFields: cap } })];
        if (!result?.ok || !narrow[0]?.ok) return false;
        const columns = before + 7;
        const others = [...Array.from({ length: before }, (_, i) => `x${i}`), "news_thread"];
        expect(summary([result])[0]).toEqual({
          ...summary(narrow)[0],
          warnings: columns > cap ? ["fields-capped"] : [],
        });
        expect(Object.keys(result.article.extra ?? {})).toEqual(others.slice(0, cap - 6));
        if (columns > cap)
          expect(result.article.warnings[0]?.message).toBe(
            `the record has ${columns} fields: ${cap} kept (settings.maxRecordFields; the ones the record mapping reads first, then the others in order), ${columns - cap} dropped`,
          );
      }),
      { numRuns: 60 },
    );
  });
});
