// SQL dumps: one Article per row of their INSERT statements and pg_dump's COPY blocks, each row's
// columns read by the record mapping as a JSON record's keys are (src/readers/sql.ts). Fixtures are
// real: datasets/fresh-17/sql-row (Navicat, mysqldump, SQLyog and a hand-written schema; see its
// SOURCES.tsv); test/fixtures/sql/heidisql-news.sql, a HeidiSQL export of a news app (search-index
// file 24854734832: the news table's INSERT head with its row 32, then the user table's structure and
// rows, verbatim); test/fixtures/sql/pg-dump-news.sql, a pg_dump's news table (search-index file
// 29260974793: its data comment, COPY line and rows 1 and 2, verbatim, closed with `\.`).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DETECTION_SAMPLE, detectInput, parse } from "../src/index.js";
import { PACKS } from "../src/packs/index.js";
import { parseAll, parseAllSync, READ_FAILURE_CODES } from "../src/parse-all.js";
import { RecordMapper } from "../src/readers/record.js";
import type { ParseResult } from "../src/readers/session.js";
import { SqlDumpLexer, type SqlItem, sqlRows } from "../src/readers/sql.js";
import { SqlDocuments } from "../src/readers/sql-documents.js";
import { JoinedSqlDocuments } from "../src/readers/sql-join.js";
import { SqlRowReader } from "../src/readers/sql-stream.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { fill, growth, MAX_GROWTH, valuesOfEveryOtherCharacter } from "./adversarial/measure.js";
import { asLatin1, expectRowsRepairedOneByOne, parseAllInChunks, REPO } from "./helpers.js";

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

  it("leaves prose that opens with a statement's word to the other readers", () => {
    expect(detectInput("Set aside the rumours: 上证指数收涨0.5%，成交额8000亿元。")).toBe("plain-text");
    expect(detectInput("-- 编者按\nCreate value: 上证指数收涨0.5%，成交额8000亿元。")).toBe("plain-text");
  });

  it("tells a schema without rows by its table definitions, and says the dump holds no rows", () => {
    const schema = row("php-blog-post__1.sql").split("\ninsert")[0]!;
    expect(detectInput(schema)).toBe("sql");
    expect([...parseAllSync(schema)]).toEqual([
      {
        ok: false,
        failure: {
          code: "not-a-news-record",
          message:
            "the SQL dump holds no rows: no `INSERT INTO … VALUES` or `COPY … FROM stdin` statement was read",
          ref: null,
        },
      },
    ]);
  });

  it("has parse say of a rowless dump what parseAll says: no news record, not many documents", () => {
    const schema = row("php-blog-post__1.sql").split("\ninsert")[0]!;
    const codes = parse(schema).warnings.map((said) => said.code);
    expect(codes).toContain("not-a-news-record");
    expect(codes).not.toContain("many-documents");
    expect(parse(schema).warnings.find((said) => said.code === "not-a-news-record")?.message).toBe(
      "the SQL dump holds no rows: no `INSERT INTO … VALUES` or `COPY … FROM stdin` statement was read",
    );
    // The same dump with its rows is still one Article of its one row, as before.
    expect(parse(row("php-blog-post__1.sql")).warnings.map((said) => said.code)).not.toContain(
      "not-a-news-record",
    );
  });

  it("has parse say it of a JSON object that holds no text field too, as parseAll fails it", () => {
    const settings = '{"pageSize": 20, "channel": "finance", "updatedAt": "2026-09-03 10:00"}';
    expect([...parseAllSync(settings)].map((result) => (result.ok ? "ok" : result.failure.code))).toEqual([
      "not-a-news-record",
    ]);
    const codes = parse(settings).warnings.map((said) => said.code);
    expect(codes).toContain("not-a-news-record");
    expect(codes).not.toContain("many-documents");
  });
});

/**
 * datasets/fresh-56's mysqldump (tybitsfox/www, huili/config/hlgj_2018.sql, the index's file id 20343858673) with
 * `tables` more tables' structure before its blog table, as mysqldump writes a wide schema: each table's banner,
 * `DROP TABLE` and `CREATE TABLE`, its data banner, `LOCK TABLES` and `UNLOCK TABLES` with no rows.
 */
function widened(tables: number): string {
  const dump = readFileSync(join(REPO, "datasets/fresh-56/mysqldump-sql/www__hlgj_2018-blog-12.sql"), "utf8");
  const at = dump.indexOf("--\n-- Table structure for table `blog`");
  let schema = "";
  for (let i = 0; i < tables; i++)
    schema +=
      `--\n-- Table structure for table \`t${i}\`\n--\n\nDROP TABLE IF EXISTS \`t${i}\`;\n` +
      "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n" +
      `CREATE TABLE \`t${i}\` (\n  \`id\` int(11) NOT NULL AUTO_INCREMENT,\n  \`name\` varchar(64) NOT NULL COMMENT '名称',\n` +
      "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n" +
      "/*!40101 SET character_set_client = @saved_cs_client */;\n\n" +
      `--\n-- Dumping data for table \`t${i}\`\n--\n\nLOCK TABLES \`t${i}\` WRITE;\nUNLOCK TABLES;\n\n`;
  return dump.slice(0, at) + schema + dump.slice(at);
}

/** The same dump, its banner cut and `lines` more of mysqldump's session lines (`/*!40101 SET … *\/;`) first. */
function sessionPadded(lines: number): string {
  const dump = widened(0);
  const session =
    "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n";
  return session.repeat(lines / 2) + dump.slice(dump.indexOf("/*!40101"));
}

describe("a dump whose first rows lie past the detection sample", () => {
  const BLOG_12 = { title: "写点什么吧", author: "田勇", publishedAt: "2018-08-04T14:18:31Z" };

  it("is read as a dump by its head: the row after 2,000 tables' structure is the same Article", () => {
    const wide = widened(2000);
    expect(wide.indexOf("INSERT INTO")).toBeGreaterThan(DETECTION_SAMPLE * 5);
    expect(detectInput(wide.slice(0, DETECTION_SAMPLE))).toBe("sql");
    const article = parse(wide);
    expect(article).toMatchObject(BLOG_12);
    expect(article.text).toBe(parse(widened(0)).text);
    expect(results(parseAllSync(wide))).toEqual([{ ref: "row 1", title: BLOG_12.title }]);
  });

  it("is read as a dump when only session lines come before its first table, more than the sample holds", () => {
    const dump = sessionPadded(4000);
    expect(dump.indexOf("CREATE TABLE")).toBeGreaterThan(DETECTION_SAMPLE * 2);
    expect(parse(dump)).toMatchObject(BLOG_12);
    expect(detectInput("SET NAMES utf8mb4;\n上证指数收涨0.5%，成交额8000亿元。")).toBe("plain-text");
  });

  it("gives the same rows streamed, for any length of schema or session lines before them", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1500 }),
        fc.boolean(),
        fc.integer({ min: 4096, max: 65536 }),
        async (count, tables, chunk) => {
          const dump = tables ? widened(count) : sessionPadded(count * 2);
          const read = await parseAllInChunks(new TextEncoder().encode(dump), chunk);
          expect(results(read)).toEqual([{ ref: "row 1", title: BLOG_12.title }]);
        },
      ),
      { numRuns: 12 },
    );
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

describe("a row whose columns nothing names (no column list, no CREATE TABLE)", () => {
  // Excerpts of datasets/fresh-49/sql-row: a Navicat per-row INSERT of a PHP CMS (search-index file 24921119928,
  // the content cut to two paragraphs) and a mysqldump forum row with its LOCK lines (search-index file 37662099084).
  const NAVICAT =
    "INSERT INTO `cms_content` VALUES ('14', '长和隐瞒577亿港元债务？李嘉诚公司被机构沽空', '13', '无属性', '债务,李嘉诚', " +
    "'李嘉诚公司被机构沽空,长和隐瞒577亿', '', '网易', 'admin', '5月14日，研究机构GMT Research向长和发动了攻击。', " +
    "'<p>\\r\\n\\t5月14日，活跃于港股及美股市场的研究机构GMT Research向长和发动了&ldquo;攻击&rdquo;。</p>\\r\\n" +
    "<p>\\r\\n\\t5月14日，长和发布澄清公告表示&ldquo;强烈否认&rdquo;。</p>', '1', '5', '0', '2019-05-16 14:10:06');\n";
  const FORUM =
    "LOCK TABLES `post` WRITE;\n/*!40000 ALTER TABLE `post` DISABLE KEYS */;\n" +
    "INSERT INTO `post` VALUES (5,'联想成立南京研发中心','<p>联想MIDH在南京的研发中心已经开始启用，这是继北京、上海和厦门之后的第四个基地。</p>'," +
    "'bbs',NULL,2,'2016-02-03 23:12:24','2016-02-03 23:02:45');\n/*!40000 ALTER TABLE `post` ENABLE KEYS */;\nUNLOCK TABLES;\n";

  it("reads the text, the headline before it and a lone datetime by their values, in the columns' order", () => {
    expect(detectInput(NAVICAT)).toBe("sql");
    expect(parse(NAVICAT)).toMatchObject({
      format: "dump-record",
      title: "长和隐瞒577亿港元债务？李嘉诚公司被机构沽空",
      publishedAt: "2019-05-16T14:10:06+08:00",
      text: "5月14日，活跃于港股及美股市场的研究机构GMT Research向长和发动了“攻击”。\n\n5月14日，长和发布澄清公告表示“强烈否认”。",
    });
  });

  it("keeps the statements around the row out of the text", () => {
    const article = parse(FORUM);
    expect(article).toMatchObject({
      format: "dump-record",
      title: "联想成立南京研发中心",
      text: "联想MIDH在南京的研发中心已经开始启用，这是继北京、上海和厦门之后的第四个基地。",
    });
    expect(JSON.stringify(article)).not.toMatch(/LOCK TABLES|DISABLE KEYS/);
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

// Dumps of datasets/fresh-56 (provenance in its SOURCES.tsv): Navicat's dump of a rich-text editor's t_content table
// (monsterfox/TrainingPoints, web-rte/src/main/resources/t_content.sql, commit 658f99fc00c4ac4cc6371023968e1a2b5938f140),
// rows of a note-taking app's tb_note table (a351066576/notepad, notepad.sql, commit
// 09b41af7bc162e4537499885d996ffab25aa52e4) and a mysqldump's blog table (tybitsfox/www, huili/config/hlgj_2018.sql,
// the index's file id 20343858673).
const FRESH_56 = join(REPO, "datasets/fresh-56");
const fresh56 = (path: string) => readFileSync(join(FRESH_56, path), "utf8");

describe("a dump an app's users filled", () => {
  it("is the file of its one story when the table's other rows are an editor's test input", () => {
    const article = parse(fresh56("navicat-sql-dump/trainingpoints__t_content.sql"));
    expect(article).toMatchObject({
      title: "法国华商戴安友：对中国制造业未来发展非常期待",
      publishedAt: null,
      // The closing `(中新经纬APP)` and the `中新经纬版权所有，未经书面授权…` notice, over the dateline's client.
      source: { name: "中新经纬" },
    });
    expect(article.warnings.map((w) => w.code)).not.toContain("many-documents");
    expect(article.text.startsWith("中新经纬客户端12月31日电 (赵佳然)回顾即将过去的2020年")).toBe(true);
    expect(article.text.endsWith("我对未来制造业的发展非常期待。”他笑着说。")).toBe(true);
    expect(article.text).not.toMatch(/斯蒂芬|胜多负少|发布时间|中国新闻社旗下财经媒体|版权所有|INSERT/);
    // parseAll still gives every row.
    expect(results(parseAllSync(fresh56("navicat-sql-dump/trainingpoints__t_content.sql")))).toHaveLength(4);
  });

  it("stays many documents when more than one row holds a story", () => {
    const long = "新闻正文。".repeat(60);
    const dump = `INSERT INTO \`news\` (\`id\`, \`content\`) VALUES (1, '${long}'), (2, '${long}');\n`;
    expect(parse(dump).warnings.map((w) => w.code)).toContain("many-documents");
  });

  it("reads a note's times as when a user saved it, not as the story's date", () => {
    const article = parse(fresh56("navicat-sql-dump/notepad__tb_note-28.sql"));
    expect(article).toMatchObject({
      title: "报告“云监工”，武汉火神山医院已完工！",
      publishedAt: null,
      source: { name: "IT之家" },
    });
    expect(article.extra).toMatchObject({ creat_time: "2020-02-02 05:46:03" });
  });

  it("leaves an outlet's slogan under the source line that opens a repost out of the text", () => {
    const article = parse(fresh56("navicat-sql-dump/notepad__tb_note-27.sql"));
    expect(article.source).toEqual({ name: "21世纪经济报道" });
    expect(article.text.startsWith("导读：从2月1日起，在黄冈市区范围内实行居民出行管控措施。")).toBe(true);
  });

  it("reads a column the mapping does not know by its comment (ttext COMMENT '内容', fintime COMMENT '时间')", () => {
    const dump = fresh56("mysqldump-sql/www__hlgj_2018-blog-12.sql");
    expect(Object.keys(sqlRows(dump).rows[0]!.record)).toEqual([
      "tuid",
      "idx",
      "title",
      "author",
      "time",
      "content",
      "uid",
      "isshow",
      "isstop",
      "isglob",
    ]);
    const article = parse(dump);
    expect(article.author).toBe("田勇");
    expect(
      article.text.endsWith("决定自2018年8月6日起，将远期售汇业务的外汇风险准备金率从0调整为20%。"),
    ).toBe(true);
    expect(article.text).not.toMatch(/money\.163\.com|<a href|INSERT INTO|LOCK TABLES|100000,1,0,0/);
    // A comment that names no key, or a column the mapping reads by its name, keeps the column's name.
    const named = sqlRows(
      "CREATE TABLE t (`id` int COMMENT '帖子id', `title` text COMMENT '内容', `body` text COMMENT '标题');\nINSERT INTO t VALUES (1,'a','b');\n",
    ).rows[0]!.record;
    expect(Object.keys(named)).toEqual(["id", "title", "body"]);
  });

  it("reads a TIMESTAMP column in the zone the dump's session set (mysqldump's UTC); a DATETIME, or a dump with no zone, as written", async () => {
    const dump = fresh56("mysqldump-sql/www__hlgj_2018-blog-12.sql");
    // `/*!40103 SET TIME_ZONE='+00:00' */;` in the header, `` `fintime` timestamp NOT NULL … `` in CREATE TABLE.
    expect(parse(dump).publishedAt).toBe("2018-08-04T14:18:31Z");
    expect(sqlRows(dump).rows[0]!.record.time).toBe("2018-08-04 14:18:31Z");
    // The streamed reader, the header in one piece and the rows in the next, reads it the same.
    const streamed = await parseAllInChunks(new TextEncoder().encode(dump), 4096);
    expect(streamed.map((result) => result.ok && result.article.publishedAt)).toEqual([
      "2018-08-04T14:18:31Z",
    ]);
    // The same column declared DATETIME is written as stored: no zone, read as Beijing time.
    const datetime = dump.replace("`fintime` timestamp", "`fintime` datetime");
    expect(parse(datetime).publishedAt).toBe("2018-08-04T14:18:31+08:00");
    // A dump whose session sets no zone (Navicat's) gives its TIMESTAMP no zone either.
    const noZone = dump.replace("/*!40103 SET TIME_ZONE='+00:00' */;", "");
    expect(parse(noZone).publishedAt).toBe("2018-08-04T14:18:31+08:00");
    // phpMyAdmin's `SET time_zone = "+08:00";` is that zone; the zero date stays as written.
    const phpMyAdmin = noZone.replace("CREATE TABLE", 'SET time_zone = "+08:00";\n\nCREATE TABLE');
    expect(sqlRows(phpMyAdmin).rows[0]!.record.time).toBe("2018-08-04 14:18:31+08:00");
    const zeroDate = dump.replace("'2018-08-04 14:18:31'", "'0000-00-00 00:00:00'");
    expect(sqlRows(zeroDate).rows[0]!.record.time).toBe("0000-00-00 00:00:00");
    // A zone MySQL refuses leaves the session's unknown: no zone, the date kept (it was lost, `no-date`); MySQL's
    // extremes are zones.
    const zoned = (zone: string) =>
      parse(dump.replace("SET TIME_ZONE='+00:00'", `SET TIME_ZONE='${zone}'`)).publishedAt;
    expect(["+99:99", "+08:60", "+15:00", "-14:00"].map(zoned)).toEqual(
      Array(4).fill("2018-08-04T14:18:31+08:00"),
    );
    expect(["+14:00", "-13:59", "+5:45"].map(zoned)).toEqual([
      "2018-08-04T14:18:31+14:00",
      "2018-08-04T14:18:31-13:59",
      "2018-08-04T14:18:31+05:45",
    ]);
  });

  it("reads a comment after any run of blanks, and a run of blanks with no comment in linear time", () => {
    // `COMMENT = '内容'` and `COMMENT  '内容'` name the column as `COMMENT '内容'` does.
    const keys = (definition: string) =>
      Object.keys(
        sqlRows(`CREATE TABLE t (\`ttext\` text ${definition});\nINSERT INTO t VALUES ('a');\n`).rows[0]!
          .record,
      );
    expect(keys("COMMENT = '内容'")).toEqual(["content"]);
    expect(keys("COMMENT\t\t'内容'")).toEqual(["content"]);
    // `COMMENT`, 10^5 blanks and no label: the pattern tried every split of the blanks (about 25 s); now one pass.
    expect(keys(`COMMENT${" ".repeat(100_000)}x`)).toEqual(["ttext"]);
  });
});

/** The items of a dump read a piece at a time, the pieces cut at `cuts`, by a reader keeping `maxChars`. */
function readInPieces(text: string, cuts: readonly number[], maxChars = Number.POSITIVE_INFINITY) {
  const reader = new SqlRowReader(maxChars);
  const items: SqlItem[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    items.push(...reader.push(text.slice(from, cut)));
    from = Math.max(from, cut);
  }
  items.push(...reader.push(text.slice(from), true));
  return { items, cut: reader.cut };
}

/** A MySQL dump of `rows` rows of one extended INSERT, the rows one a line (`(1,'标题 1','正文…')`). */
function extendedInsert(bodies: readonly string[]): string {
  const rows = bodies.map((body, i) => `(${i + 1},'标题 ${i + 1}','${body}')`);
  return `CREATE TABLE \`news\` (\n  \`id\` int,\n  \`title\` varchar(99),\n  \`content\` text\n);\nINSERT INTO \`news\` VALUES ${rows.join(",\n")};\n`;
}

describe("a dump read as a stream of rows", () => {
  // The reader reads the dialect from a dump's first 4,096 characters before any row: a comment that
  // long opens each dump, so that the rows are read piece by piece.
  const header = `-- ${"x".repeat(4096)}\n`;
  const dumps = [
    HEIDI + PG_DUMP + readdirSync(ROWS).map(row).join("\n"),
    extendedInsert(["it\\'s", "a \\\\ b", "（1）；", "x'',y", "/* no comment */", "-- none"]),
    // Cut short inside a string: the pieces must say so as the whole text does.
    HEIDI.slice(0, HEIDI.indexOf("(19, 'user1'") + 8),
  ].map((dump) => header + dump);

  it("gives the rows, their lines and a cut the same wherever the pieces are cut", () => {
    fc.assert(
      fc.property(fc.constantFrom(...dumps), fc.array(fc.nat(), { maxLength: 12 }), (dump, cuts) => {
        const whole = sqlRows(dump);
        const pieces = readInPieces(
          dump,
          cuts.map((cut) => cut % (dump.length + 1)),
        );
        expect(pieces.items).toEqual(whole.rows);
        expect(pieces.cut).toBe(whole.cut);
      }),
      { numRuns: 200 },
    );
  });

  it("skips the same rows, at the same lines, wherever the pieces are cut", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dumps),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom(120, 400, 2000),
        (dump, cuts, maxChars) => {
          const whole = readInPieces(dump, [], maxChars);
          const pieces = readInPieces(
            dump,
            cuts.map((cut) => cut % (dump.length + 1)),
            maxChars,
          );
          expect(pieces).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives the rows a piece completes before the dump ends", () => {
    const dump = dumps[0]!;
    const reader = new SqlRowReader(Number.POSITIVE_INFINITY);
    expect(reader.push(dump.slice(0, dump.length / 2)).length).toBeGreaterThan(3);
  });

  it("skips a row longer than it keeps, says on which line it starts, and reads the rows after it", () => {
    const dump = extendedInsert(["短文", "长".repeat(500), "又一篇"]);
    const { items } = readInPieces(dump, [40, 300, 420], 200);
    expect(items.map((item) => ("oversized" in item ? item.oversized : [item.line, item.record]))).toEqual([
      [6, { id: 1, title: "标题 1", content: "短文" }],
      { line: 7, statement: false },
      [8, { id: 3, title: "标题 3", content: "又一篇" }],
    ]);
  });

  it("skips an oversized COPY line and statement the same way", () => {
    const copy = `COPY news (id, content) FROM stdin;\n1\t短\n2\t${"长".repeat(300)}\n3\t又短\n\\.\n`;
    const statement = `CREATE TABLE big (${"x int, ".repeat(60)}y int);\n`;
    const { items } = readInPieces(`-- PostgreSQL database dump\n${statement}${copy}`, [50, 90, 500], 200);
    expect(items.map((item) => ("oversized" in item ? item.oversized : [item.line, item.record]))).toEqual([
      { line: 2, statement: true },
      [4, { id: "1", content: "短" }],
      { line: 5, statement: false },
      [6, { id: "3", content: "又短" }],
    ]);
  });

  it("reads a dump past the input limit row by row, a row over the limit a failure with its line", async () => {
    const bodies = Array.from({ length: 400 }, (_, i) => `第${i + 1}篇正文，`.repeat(40));
    bodies[200] = "超长".repeat(60_000);
    const bytes = new TextEncoder().encode(extendedInsert(bodies));
    const settings = { maxInputBytes: 100_000 };
    expect(bytes.length).toBeGreaterThan(5 * settings.maxInputBytes);
    const results: ParseResult[] = [];
    for await (const result of parseAll(bytes, { settings })) results.push(result);
    expect(results).toHaveLength(400);
    expect(results.filter((result) => result.ok)).toHaveLength(399);
    expect(results[200]).toEqual({
      ok: false,
      failure: {
        code: "record-too-large",
        message: "the row at line 206 is over 100000 characters (maxInputBytes); it was skipped",
        ref: "row 201",
      },
    });
    expect(results[399]).toMatchObject({ ok: true, article: { ref: "row 400", title: "标题 400" } });
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

  it("keeps the digits of an id past 2^53, and keys a table nothing describes by its columns' places", () => {
    const { rows } = sqlRows(
      "INSERT INTO t VALUES (9007199254740993, 'x');\nINSERT INTO u (id) VALUES (12345678901234567890);",
    );
    expect(rows.map((r) => [r.record, r.unnamed])).toEqual([
      [{ column1: "9007199254740993", column2: "x" }, true],
      [{ id: "12345678901234567890" }, undefined],
    ]);
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
      // Set against a pass that allocates as the lexer does: a run of `'',` is a tuple of ever more
      // values and a run of `''` a string of ever more pieces, and the collector's work on what stays alive
      // made `'` measure ×3.024 and `'',` ×3.66 once under load.
      const measured = growth(
        (size) => head + fill(unit, size),
        (input) => sqlRows(input),
        valuesOfEveryOtherCharacter,
      );
      expect(measured.growth, unit).toBeLessThanOrEqual(MAX_GROWTH);
    }
  });
});

// As a CSV export's (csv.test.ts): two rows of datasets/fresh-17/sql-row (SQLyog's exports of one news table) in
// one dump, the second's UTF-8 bytes read as Latin-1 and saved again (made here from its own bytes).
describe("mojibake judged row by row (session 26)", () => {
  const clean = `${row("sqlyog-news__13.sql")}\n${row("sqlyog-news__19.sql")}`;
  const damaged = `${row("sqlyog-news__13.sql")}\n${asLatin1(row("sqlyog-news__19.sql"))}`;
  it("repairs the damaged row and says so of it alone, read whole or as a stream", async () => {
    await expectRowsRepairedOneByOne(
      clean,
      damaged,
      [
        ["row 1", "广发银行曝南京窝案：为行长前夫违规放贷7688万", []],
        ["row 2", "小米移动电源3高配版官宣 2万mAh/45W快充/199元！", ["mojibake-repaired"]],
      ],
      113,
    );
    // A dump of one row given to `parse` is repaired whole, as before.
    expect(parse(asLatin1(row("sqlyog-news__19.sql"))).warnings.map((w) => w.code)).toContain(
      "mojibake-repaired",
    );
  });
});

describe("a CMS's article in a head table and a body table (datasets/fresh-52/sql-row)", () => {
  const FRESH_52 = join(REPO, "datasets/fresh-52/sql-row");
  const dump = (name: string) => readFileSync(join(FRESH_52, name), "utf8");

  it("joins EmpireCMS's news row and its _data_1 row by id: the head's title and time, the body's text and credit", () => {
    // empirecms__bank-deposit-quiet.sql: a phpMyAdmin dump of an EmpireCMS site (search-index file 18849532974), row 6 of
    // dayuqixiu_ecms_news and of dayuqixiu_ecms_news_data_1.
    const article = parse(dump("empirecms__bank-deposit-quiet.sql"));
    expect(article).toMatchObject({
      format: "dump-record",
      title: "年中竟然“不差钱” 银行揽储静悄悄",
      publishedAt: "2021-03-15T21:31:36+08:00",
      source: { name: "上海证券报" },
    });
    expect(article.text.startsWith("拉存款，一直是银行每年季末时点必然上演的大戏。")).toBe(true);
    expect(article.text.endsWith("促使银行业摈弃贪大求快、盲目扩张的发展模式。")).toBe(true);
    expect(article.text).not.toMatch(/dayuqixiu|AUTO_INCREMENT|（来源：上海证券报）/);
  });

  it("keeps a body row without its head a row of its own", () => {
    const text = dump("empirecms__bank-deposit-quiet.sql");
    const bodyOnly = text.slice(text.indexOf("CREATE TABLE IF NOT EXISTS `dayuqixiu_ecms_news_data_1`"));
    const [only, more] = [...parseAllSync(bodyOnly)];
    expect(more).toBeUndefined();
    expect(only?.ok && only.article.text.startsWith("拉存款，一直是银行每年季末时点必然上演的大戏。")).toBe(
      true,
    );
  });

  it("joins the head and body rows of a dump read as a stream, in small chunks and gzipped, as a whole read does", async () => {
    const bytes = new TextEncoder().encode(dump("empirecms__bank-deposit-quiet.sql"));
    const titles = (results: readonly ParseResult[]) =>
      results.map((result) => (result.ok ? [result.article.ref, result.article.title] : result.failure.code));
    const whole = titles([...parseAllSync(bytes)]);
    expect(whole).toEqual([["row 1", "年中竟然“不差钱” 银行揽储静悄悄"]]);
    expect(titles(await parseAllInChunks(bytes, 97))).toEqual(whole);
    expect(titles(await parseAllInChunks(gzipSync(bytes), 97))).toEqual(whole);
  });

  /** The dump with its body table given first, as a dump of the tables in name order gives them. */
  const bodyFirst = () => {
    const text = dump("empirecms__bank-deposit-quiet.sql");
    const body = text.indexOf("CREATE TABLE IF NOT EXISTS `dayuqixiu_ecms_news_data_1`");
    return `${text.slice(body)}\n${text.slice(0, body)}`;
  };

  it("joins a body row that comes before its head on a stream, as the whole read joins it", async () => {
    const bytes = new TextEncoder().encode(bodyFirst());
    const read = (results: readonly ParseResult[]) =>
      results.map((result) =>
        result.ok
          ? [
              result.article.ref,
              result.article.title,
              result.article.text.slice(0, 12),
              result.article.source?.name,
            ]
          : result.failure.code,
      );
    const whole = read([...parseAllSync(bytes)]);
    expect(whole).toEqual([
      ["row 1", "年中竟然“不差钱” 银行揽储静悄悄", "拉存款，一直是银行每年季", "上海证券报"],
    ]);
    expect(read(await parseAllInChunks(bytes, 97))).toEqual(whole);
    expect(read(await parseAllInChunks(gzipSync(bytes), 97))).toEqual(whole);
  });

  it("holds rows for joining up to settings.sqlJoinHeldChars, then gives them out and says which body came too late", () => {
    const read = (limit: number, text = dump("empirecms__bank-deposit-quiet.sql")) => {
      const items = new SqlDumpLexer().read(text);
      const mapper = new RecordMapper(PACKS, null);
      const documents = new JoinedSqlDocuments(new SqlDocuments(mapper, 1, Number.POSITIVE_INFINITY), limit);
      // One row a piece of text, as a dump too large to hold in one piece gives them.
      const given = items.flatMap((item) => documents.of([item], [], "utf-8"));
      return [...given, ...documents.end(false)].map((item) =>
        "document" in item
          ? [item.document.ref, item.warnings.map((w) => w.code)]
          : [item.failure.ref, item.failure.code],
      );
    };
    expect(read(DEFAULT_SETTINGS.sqlJoinHeldChars)).toEqual([["row 1", []]]);
    // The head row alone is more than 100 characters: it is given out (a head without text is no news record), and its
    // body, coming after it, is an Article of its own that says so.
    expect(read(100)).toEqual([
      ["row 1", "not-a-news-record"],
      ["row 2", ["row-not-joined"]],
    ]);
    // The body first: held for its head within the limit, given out before it past the limit, and saying so; the
    // head, without its text, is no news record.
    expect(read(DEFAULT_SETTINGS.sqlJoinHeldChars, bodyFirst())).toEqual([["row 1", []]]);
    expect(read(100, bodyFirst())).toEqual([
      ["row 1", ["row-not-joined"]],
      ["row 2", "not-a-news-record"],
    ]);
  });

  it("gives out the first of two heads of one id when the second comes, not holding every row after it", () => {
    // The dump with its head table's INSERT written twice (ids that collide), read one row a piece as a stream does:
    // the first head waited for its body until the end (or settings.sqlJoinHeldChars), and every row behind it.
    const text = dump("empirecms__bank-deposit-quiet.sql");
    const headStart = text.indexOf("INSERT INTO `dayuqixiu_ecms_news` ");
    const headInsert = text.slice(headStart, text.indexOf(";\n", headStart) + 2);
    const items = new SqlDumpLexer().read(text.replace(headInsert, `${headInsert}${headInsert}`));
    const mapper = new RecordMapper(PACKS, null);
    const documents = new JoinedSqlDocuments(
      new SqlDocuments(mapper, 1, Number.POSITIVE_INFINITY),
      DEFAULT_SETTINGS.sqlJoinHeldChars,
    );
    const givenAsRead = items.map((item) =>
      documents
        .of([item], [], "utf-8")
        .map((read) => ("document" in read ? read.document.ref : read.failure.code)),
    );
    expect(givenAsRead.filter((given) => given.length > 0)).toEqual([["not-a-news-record"], ["row 2"]]);
    expect(documents.end(false)).toEqual([]);
  });

  it("joins a head to one body: a second body row of its id (ids that collide) is a row of its own, not lost", () => {
    const text = dump("empirecms__bank-deposit-quiet.sql");
    const bodyInsert = text.slice(text.indexOf("INSERT INTO `dayuqixiu_ecms_news_data_1`"));
    const other = bodyInsert.replace(
      "拉存款，一直是银行每年季末时点必然上演的大戏。",
      "第二篇的正文从这里开始。",
    );
    // The body table before its head's, then a second body of the same id.
    const reordered = `${text.slice(text.indexOf("CREATE TABLE IF NOT EXISTS `dayuqixiu_ecms_news_data_1`"))}\n${text.slice(0, text.indexOf("CREATE TABLE IF NOT EXISTS `dayuqixiu_ecms_news_data_1`"))}\n${other}`;
    const texts = [...parseAllSync(reordered)].map((result) =>
      result.ok ? `${result.article.title}|${result.article.text.slice(0, 12)}` : result.failure.code,
    );
    expect(texts).toEqual([
      "年中竟然“不差钱” 银行揽储静悄悄|拉存款，一直是银行每年季",
      "第二篇的正文从这里开始|第二篇的正文从这里开始。",
    ]);
  });

  it("dates a row whose columns nothing names by its first Unix-seconds column (add_time before update_time)", () => {
    // eyoucms__didi-ofo.sql: an EyouCMS template's install SQL (search-index file 34472567276), row 13 of ey_archives.
    expect(parse(dump("eyoucms__didi-ofo.sql"))).toMatchObject({
      title: "传滴滴即将接入ofo，共享单车大战格局或生变",
      publishedAt: "2018-09-05T09:39:37+08:00",
      source: { name: "36氪" },
    });
  });
});

// Dumps of datasets/fresh-58 (provenance in its SOURCES.tsv): Navicat's dump of KPPW's install data
// (shangjinglong/KPPW, install/data/keke_kppw_install.sql, commit 60184e9fb5b74de5e9c684997b82c23936c5d58d), whose
// keke_witkey_article rows name their columns after the entity (art_id, art_title, art_source) and store their HTML
// escaped (`&lt;p&gt;`), and a PHP CMS tutorial's cms_content rows (forsaken628/democms, democms.sql, commit
// ea9852df51a7439be8c5036a7c6aa20d554c7826).
const fresh58 = (path: string) => readFileSync(join(REPO, "datasets/fresh-58", path), "utf8");

describe("a CMS's article table from its install data (datasets/fresh-58/navicat-sql-dump)", () => {
  it("reads columns named after the table's entity (art_title, art_source) under the names they mean", () => {
    const article = parse(fresh58("navicat-sql-dump/kppw__keke_witkey_article-250.sql"));
    expect(article).toMatchObject({
      id: "250",
      title: "中金香港直销Facebook股权：初定100万股门槛",
      source: { name: "21世纪经济报道" },
    });
  });

  it("reads HTML a CMS stored escaped as HTML: unescaped once, its own &nbsp; kept for the markup", () => {
    const article = parse(fresh58("navicat-sql-dump/kppw__keke_witkey_article-250.sql"));
    expect(
      article.text.startsWith("上帝关上了一扇门，也会开启一扇窗。\n\n与平安信托“QDII股权挂钩结构性产品"),
    ).toBe(true);
    expect(article.text.endsWith("卖方愿意协助境内高端投资者完成“相关股票划转”。")).toBe(true);
    expect(article.text).toContain("\n\n3700万美元门槛的诱惑\n\n");
    expect(article.text).not.toMatch(/&lt;|&gt;|&nbsp;|<\/?p>|<strong>/);
    // sina's article wrapper and its share widget's comments, escaped with the rest, are markup too.
    const sina = parse(fresh58("navicat-sql-dump/kppw__keke_witkey_article-225.sql"));
    expect(sina.source?.name).toBe("新浪科技");
    expect(sina.text.startsWith("新浪科技讯 2月17日午间消息，深圳唯冠今日联合和君创业总裁李肃")).toBe(true);
    expect(sina.text).not.toMatch(/publish_helper|分享到|<!--|__sina/);
  });

  it('reads a story set inside sina\'s `<h1 id="artibodyTitle">` as its paragraphs, not one heading', () => {
    const article = parse(fresh58("navicat-sql-dump/kppw__keke_witkey_article-238.sql"));
    expect(article.title).toBe("威客国内人数超3000万：部分欺诈行为仍难控制");
    expect(article.blocks.filter((block) => block.type === "heading")).toEqual([]);
    expect(article.blocks.length).toBe(34);
    expect(
      article.text.startsWith(
        "目前大多威客会通过各种威客网站来寻找任务，完成交易。有些热门行业竞争激烈，一开始未必能够中标，准备做威客要多学习并有自己的专项技能。\n\n威客，一般指那些",
      ),
    ).toBe(true);
    expect(
      article.text.endsWith(
        "同时也要注意是否对本职工作会有促进作用，最好选择能给本职工作带来正面影响的兼职工作。",
      ),
    ).toBe(true);
  });

  it("leaves a body that holds a tag of its own, or only an escaped one in words, as it is written", () => {
    const dump = (content: string) =>
      `INSERT INTO \`news\` (\`id\`, \`title\`, \`content\`) VALUES (1, '标题', '${content}');\n`;
    expect(parse(dump("<p>正文写 &lt;p&gt; 标签。</p>")).text).toBe("正文写 <p> 标签。");
    expect(parse(dump("公式 a &lt; b 与 c &gt; d 成立。")).text).toBe("公式 a < b 与 c > d 成立。");
  });

  it("names the outlet a pasted story names only as what its reporter learned (据北京商报记者了解)", () => {
    const article = parse(fresh58("navicat-sql-dump/democms__cms_content-50.sql"));
    expect(article.title).toBe("北京光伏充电站首尝PPP模式 落子石景山");
    expect(article.source?.name).toBe("北京商报");
  });
});

// datasets/fresh-66/navicat-sql-cms (Navicat exports of two CMS demos; see its SOURCES.tsv).
describe("a CMS's columns named as its schema names them", () => {
  const cms = (name: string) => parse(readFileSync(join(REPO, "datasets/fresh-66/navicat-sql-cms", name)));

  it("reads a news site's misspelt body column `contect` as the text and its `fromto` column as the source", () => {
    const article = cms("news-dump__yicai-city-deposits.sql");
    expect(article.source).toEqual({ name: "第一财经日报" });
    expect(
      article.text.startsWith("国家统计局发布的数据显示，2016年末住户存款余额为60.65万亿元，同比增长9.9%。"),
    ).toBe(true);
    expect(article.text.endsWith("人均存款：东高西低")).toBe(true);
  });

  it("reads a column whose comment is 文章名字 as the title", () => {
    expect(cms("layuicms-dump__eeo-guangshengang-5g.sql").title).toBe(
      "华为公司中国区副总裁周建军表示，针对高铁不同场景，华为提出了差异化的解决方案",
    );
  });
});

// datasets/fresh-68 (one row of each of ten dumps; see its SOURCES.tsv) and a generated admin's SQLyog dump
// (search-index file 41915724101: its xinwen table's structure and insert head with the first tuple, verbatim, the
// tuple's closing `,` changed to `;`).
describe("a blog's, a CMS's and a demo's columns as their schemas name them (fresh-68)", () => {
  const fresh68 = (path: string) => parse(readFileSync(join(REPO, "datasets/fresh-68", path), "utf8"));

  it("reads a blog's Markdown column `content_md` as the text when its `content` is NULL, the summary not repeated", () => {
    const article = fresh68("dbeaver-sql/canbe-blog-init__cb-blockchain-capital.sql");
    expect(article.title).toBe("资本抢滩区块链：泡沫还是技术？");
    expect(
      article.text.startsWith(
        "随着越来越多的上市公司将区块链作为转型的方向，具有区块链概念的上市公司持续增加。根据",
      ),
    ).toBe(true);
    expect(article.text.endsWith("所以技术创新+制度创新+理性反思等不断的迭代，才可能防范这个风险。”")).toBe(
      true,
    );
    expect(article.text.split("具有区块链概念的上市公司持续增加。").length).toBe(2);
  });

  it("reads a misspelt `authour` column holding a paper's page credit: its reporter the author, its paper the source", () => {
    const article = fresh68("navicat-mysql-sql/st-site-dump__bjnews-japan-africa-aid.sql");
    expect(article.author).toBe("王晓枫");
    expect(article.source).toEqual({ name: "新京报" });
  });

  it("reads a news table's `name` column as the title when the table has no title column", () => {
    expect(fresh68("sqlyog-sql/shuma-dump__stcn-egs-trade-in-subsidies.sql").title).toBe(
      "消费品以旧换新迎政策利好，多家电商平台抛出大额补贴",
    );
    const generated = [
      "CREATE TABLE `xinwen` (",
      "  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '主键',",
      "  `xinwen_name` varchar(200) DEFAULT NULL COMMENT '新闻信息名称 Search111 ',",
      "  `xinwen_photo` varchar(200) DEFAULT NULL COMMENT '新闻信息图片',",
      "  `insert_time` timestamp NULL DEFAULT NULL COMMENT '新闻信息时间',",
      "  `xinwen_content` text COMMENT '新闻信息详情',",
      "  `create_time` timestamp NULL DEFAULT NULL COMMENT '创建时间 show1 nameShow',",
      "  PRIMARY KEY (`id`)",
      ") ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8 COMMENT='新闻信息';",
      "",
      "insert  into `xinwen`(`id`,`xinwen_name`,`xinwen_photo`,`insert_time`,`xinwen_content`,`create_time`) values (3,'新闻信息名称1','http://localhost:8080/kehuguanxiguanli/file/download?fileName=1621233414281.jpg','2021-05-17 14:36:57','新闻信息详情1\\r\\n\\r\\n','2021-05-17 14:36:57');",
      "",
    ].join("\n");
    expect(parse(generated)).toMatchObject({ title: "新闻信息名称1", text: "新闻信息详情1" });
  });

  it("keeps a `name` column out of the title when the table has a title column; drops the share bar glued before it", () => {
    const article = fresh68("navicat-premium-sql/hrdb-dump__bjnews-ant-group-listing.sql");
    expect(article.title).toBe("蚂蚁集团宣布上市 估值为何高达万亿 谁是大BOSS？");
    expect(article).toMatchObject({ source: { name: "新京报" }, author: "潘亦纯", editor: "岳彩周" });
  });
});

// test/fixtures/sql/phpmyadmin-pinyin-shuju.sql: a phpMyAdmin dump's `shuju` table (search-index file 20690706803: its
// header, the table's structure and the insert head with row 26, verbatim, the tuple closed with `;`);
// test/fixtures/sql/navicat-pinyin-gonggao.sql: a Navicat dump's `t_gonggao` table (search-index file 37436757656: its
// structure banner, structure, records banner and row 2's insert, verbatim).
describe("columns named in pinyin, as student and code-generator schemas name them", () => {
  it("reads `biaoti` as the title and `neirong` as the text, the blank `zuozhe` naming no author", () => {
    const article = parse(fixture("phpmyadmin-pinyin-shuju.sql"));
    expect(article.title).toBe("这也是有中国特色的变现模式");
    expect(article.text.startsWith("这也是有中国特色的变现模式，即先通过漫画获得一定的原创IP知名度，")).toBe(
      true,
    );
    expect(article.text.endsWith("这就是投资IP的保守之路。")).toBe(true);
    expect(article.author).toBeNull();
    expect(article.warnings.map((w) => w.code)).toEqual(["no-date"]);
  });

  it("reads `shijian` as the row's time: a news record, not the dump's text", () => {
    const article = parse(fixture("navicat-pinyin-gonggao.sql"));
    expect(article.title).toBe("mmmmmmmmmmmmmmmmmmmmmmmmmmmm");
    expect(article.text).toBe("mmmmmmmmmmmmmmmmmmmmmmmmmmm");
    expect(article.publishedAt).toBe("2020-06-20T08:14:00+08:00");
    expect(article.warnings).toEqual([]);
  });

  it("reads `laiyuan` as the source and `zuozhe` as the author of a row in a column list", () => {
    // The schema of a CMS's `caicaicms_zx` (search-index file 41477362681) with `laiyuan` and a pinyin author column.
    const article = parse(
      "INSERT INTO `zx` (`id`, `biaoti`, `neirong`, `zuozhe`, `laiyuan`, `shijian`) VALUES " +
        "(1, '央行开展逆回购操作', '央行今日开展了1000亿元7天期逆回购操作。', '王晓枫', '新京报', '2021-05-15 20:52');\n",
    );
    expect(article.title).toBe("央行开展逆回购操作");
    expect(article.author).toBe("王晓枫");
    expect(article.source).toEqual({ name: "新京报" });
    expect(article.publishedAt).toBe("2021-05-15T20:52:00+08:00");
  });
});
