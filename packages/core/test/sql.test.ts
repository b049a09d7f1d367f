// SQL dumps: one Article per row of their INSERT statements and pg_dump's COPY blocks, each row's
// columns read by the record mapping as a JSON record's keys are (src/readers/sql.ts). Fixtures are
// real: datasets/fresh-17/sql-row (Navicat, mysqldump, SQLyog and a hand-written schema; see its
// SOURCES.tsv); test/fixtures/sql/heidisql-news.sql, a HeidiSQL export of a news app (search-index
// file 24854734832: the news table's INSERT head with its row 32, then the user table's structure and
// rows, verbatim); test/fixtures/sql/pg-dump-news.sql, a pg_dump's news table (search-index file
// 29260974793: its data comment, COPY line and rows 1 and 2, verbatim, closed with `\.`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectInput, parse } from "../src/index.js";
import { parseAllSync, READ_FAILURE_CODES } from "../src/parse-all.js";
import type { ParseResult } from "../src/readers/session.js";
import { sqlRows } from "../src/readers/sql.js";
import { fill, growth, MAX_GROWTH } from "./adversarial/measure.js";
import { parseAllInChunks, REPO } from "./helpers.js";

const ROWS = join(REPO, "datasets/fresh-17/sql-row");
const row = (name: string) => readFileSync(join(ROWS, name), "utf8");
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures/sql", name), "utf8");
const HEIDI = fixture("heidisql-news.sql");
const PG_DUMP = fixture("pg-dump-news.sql");

const results = (all: Iterable<ParseResult>) =>
  [...all].map((result) =>
    result.ok ? { ref: result.article.ref, title: result.article.title } : result.failure.code,
  );

describe("a SQL dump is told by its start and a statement that holds rows", () => {
  it("reads dumps of Navicat, mysqldump, SQLyog, HeidiSQL, pg_dump and a hand-written schema as SQL", () => {
    for (const name of [
      "bms-tbnews__1.sql",
      "mezzanine-blogpost__5.sql",
      "sqlyog-news__13.sql",
      "php-blog-post__1.sql",
    ])
      expect(detectInput(row(name))).toBe("sql");
    expect(detectInput(HEIDI)).toBe("sql");
    expect(detectInput(PG_DUMP)).toBe("sql");
  });

  it("leaves a schema without rows, and prose that opens with a statement's word, to the other readers", () => {
    const schema = row("php-blog-post__1.sql").split("\ninsert")[0]!;
    expect(detectInput(schema)).toBe("plain-text");
    expect(detectInput("Set aside the rumours: 上证指数收涨0.5%，成交额8000亿元。")).toBe("plain-text");
  });
});

describe("a row of a news table", () => {
  it("is one Article: columns named after the table (art_title, art_content) read as title and content", () => {
    const article = parse(row("iotlabs-article__6.sql"));
    expect(article).toMatchObject({
      format: "dump-record",
      title: "央行力挺网络版银联年底上线",
      publishedAt: "2016-08-09T22:27:55+08:00",
      source: { name: "新浪财经" },
    });
    expect(
      article.text.startsWith("新浪财经讯 7月31日消息，据财新报道，央行牵头成立线上支付统一清算平台"),
    ).toBe(true);
    expect(article.text).not.toMatch(/\\r|\\n|\\"|<p|art_/);
  });

  it("reads a double-quoted row of a schema's table and its epoch time", () => {
    expect(parse(row("php-blog-post__2.sql"))).toMatchObject({
      title: "涨停板复盘：沪指强势反弹涨1.83% 芯片概念掀涨停潮",
      publishedAt: "2018-08-09T17:50:28+08:00",
      source: { name: "新浪财经" },
    });
  });

  it("reads an extended INSERT's row under the statement's column list", () => {
    expect(parse(row("sqlyog-news__21.sql"))).toMatchObject({
      title: "电商法落地细则解读 哪些属于电商法的打击范畴",
      publishedAt: "2019-01-04T08:44:53+08:00",
    });
  });
});

describe("a dump of several tables", () => {
  it("gives one result per row: an Article for a news row, not-a-news-record for a user's", () => {
    expect(results(parseAllSync(HEIDI))).toEqual([
      { ref: "row 1", title: "腾讯游戏发布寒假限玩通知，未成年人假期限玩16小时" },
      "not-a-news-record",
      "not-a-news-record",
      "not-a-news-record",
      "not-a-news-record",
    ]);
    const [first] = parseAllSync(HEIDI);
    if (!first?.ok) throw new Error("row 1 gave no Article");
    expect(
      first.article.text.startsWith("每经AI快讯，据腾讯游戏公众号，9日，腾讯游戏发布“2024年寒假暨春节假期"),
    ).toBe(true);
    expect(first.article.text).not.toMatch(/<span|font-size|\\n|pictures/);
  });

  it("reads pg_dump's COPY block: tab-separated fields, \\N for null, to its \\. line", () => {
    expect(results(parseAllSync(PG_DUMP))).toEqual([
      { ref: "row 1", title: "Bitcoin is a new gold" },
      { ref: "row 2", title: "Who cares about this title" },
    ]);
    const [, second] = parseAllSync(PG_DUMP);
    expect(second).toMatchObject({ ok: true, article: { text: "How #ETH Ethereum changed the world" } });
  });

  it("gives the same Articles whatever the chunks a stream hands over", async () => {
    const bytes = new TextEncoder().encode(HEIDI + PG_DUMP);
    const whole = results(parseAllSync(bytes));
    expect(whole).toHaveLength(7);
    for (const size of [1, 7, 64, 1000]) {
      const streamed = await parseAllInChunks(bytes, size);
      expect(results(streamed)).toEqual(whole);
    }
  });

  it("is many documents to parse, which says so", () => {
    expect(parse(HEIDI).warnings.map((w) => w.code)).toContain("many-documents");
  });

  it("reports a dump cut short inside a row, after the rows before it", () => {
    const cut = HEIDI.slice(0, HEIDI.indexOf("(19, 'user1'") + 8);
    expect(results(parseAllSync(cut)).slice(-2)).toEqual(["not-a-news-record", "corrupt-input"]);
  });
});

describe("quoting", () => {
  it("reads MySQL's backslash escapes and doubled quotes, and keeps a backslash in a PostgreSQL dump", () => {
    const values =
      "VALUES (1, 'it\\'s ''new''\\r\\n', \"a \\\"b\\\"\", E'c\\td', _utf8mb4'中', X'0A', now(), NULL);";
    const mysql = sqlRows(`INSERT INTO t (a, b, c, d, e, f, g, h) ${values}`).rows[0]!.record;
    expect(mysql).toEqual({ a: 1, b: "it's 'new'\r\n", c: 'a "b"', d: "c\td", e: "中" });
    const pg = sqlRows(`-- PostgreSQL database dump\nINSERT INTO t (a, b) VALUES (1, 'C:\\dir''s');`)
      .rows[0]!;
    expect(pg.record).toEqual({ a: 1, b: "C:\\dir's" });
  });

  it("keeps the digits of an id past 2^53, and names no column of a table nothing describes", () => {
    const { rows } = sqlRows(
      "INSERT INTO t VALUES (9007199254740993, 'x');\nINSERT INTO u (id) VALUES (12345678901234567890);",
    );
    expect(rows.map((r) => r.record)).toEqual([null, { id: "12345678901234567890" }]);
  });
});

describe("dumps of anything", () => {
  it("never throws, and each result is an Article or a failure with a known code", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "INSERT INTO ",
        "`t`",
        " (a, title, content) ",
        "VALUES ",
        "(",
        ")",
        ",",
        ";",
        "'",
        '"',
        "\\",
        "''",
        "/*",
        "*/",
        "-- ",
        "#",
        "\n",
        "CREATE TABLE t (",
        "COPY t (a, content) FROM stdin;\n",
        "\\.\n",
        "\t",
        "NULL",
        "E'",
        "0x1F",
        "-1.5e3",
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const input = `INSERT INTO t (a, content) VALUES ${pieces.join("")}`;
        sqlRows(input);
        for (const result of parseAllSync(input)) {
          if (!result.ok) expect(READ_FAILURE_CODES).toContain(result.failure.code);
        }
        parse(input);
      }),
      { numRuns: 300 },
    );
  });

  // A run of rows (`(1),(1),…`) is left out: its cost is the rows it gives, whose memory grows with them.
  it("reads hostile runs (open parentheses, quotes, digits, comment openers) in time linear in their length", () => {
    const head = "INSERT INTO t (a, content) VALUES (1, ";
    for (const unit of ["(", "'", "1", "1x", "/*", "\\", "'',", "(1)", ")(", "\n-- "]) {
      const measured = growth(
        (size) => head + fill(unit, size),
        (input) => sqlRows(input),
      );
      expect(measured.growth, unit).toBeLessThanOrEqual(MAX_GROWTH);
    }
  });
});
