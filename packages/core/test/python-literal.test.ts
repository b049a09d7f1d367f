// Python dict reprs read as records (src/readers/python-literal.ts). The real records are datasets/fresh-52/
// python-dict-record: sample records a 金融界 crawler prints in its README (HUANGZHIHAO1994/JRJ_crawl, README.md,
// commit 30eb9bb6c20d27ab88466f742573f5ee3f00ee29), each one dict's line verbatim.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectInput, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { parseRecordText } from "../src/readers/json-lines.js";
import { pythonRecord } from "../src/readers/python-literal.js";
import { REPO } from "./helpers.js";

const RECORDS = join(REPO, "datasets/fresh-52/python-dict-record");
const GUOJIN = readFileSync(join(RECORDS, "jrj-crawl__guojin-us-valuation.txt"), "utf8");
const MOF = readFileSync(join(RECORDS, "jrj-crawl__mof-adb-meeting.txt"), "utf8");

describe("a Python dict's repr is a record", () => {
  it("is told from JSON and text by its first key in single quotes: one a line is JSON Lines, else JSON", () => {
    expect(detectInput(GUOJIN)).toBe("json-lines");
    expect(detectInput(`${GUOJIN}\n${MOF}\n`)).toBe("json-lines");
    expect(detectInput(`[${GUOJIN}]`)).toBe("json");
    expect(detectInput("{'title': '标题',\n 'content': '正文'}")).toBe("json");
    expect(detectInput("{不是': 一个记录")).toBe("plain-text");
  });

  it("reads the crawler's record as a JSON record is: its title, time, source, address and text", () => {
    const article = parse(GUOJIN);
    expect(article).toMatchObject({
      format: "dump-record",
      title: "国金证券：美股的估值优势目前不复存在",
      publishedAt: "2019-05-04T21:56:00+08:00",
      // The record's source, the site of the paper its dateline 证券时报e公司讯 names.
      source: { name: "证券时报网" },
      // The crawled site, 金融界 (jrj.com.cn), relayed the paper's story: a hop (session 43, fix64).
      via: ["金融界"],
      originalUrl: "http://stock.jrj.com.cn/2019/05/04215627521858.shtml",
    });
    expect(article.text.startsWith("证券时报e公司讯，国金证券(行情600109,诊股)认为")).toBe(true);
    expect(article.text).not.toMatch(/crawl_time|create_time|'year'/);
    // 金融界's quote and diagnosis links around a code.
    expect(article.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["600109.SH"]);
  });

  it("reads one record a line with parseAll, a malformed line a failure of its own", () => {
    const results = [...parseAllSync(`${GUOJIN}\n{'title': 'x', 'content': '未闭合\n${MOF}\n`)];
    expect(results.map((result) => (result.ok ? result.article.title : result.failure.code))).toEqual([
      "国金证券：美股的估值优势目前不复存在",
      "invalid-record",
      "财政部长出席亚洲开发银行理事会第52届年会",
    ]);
  });

  it("reads a pprint list over several lines, a long string wrapped in parentheses", () => {
    const printed =
      "[{'content': ('证券时报e公司讯，5月3-4日，亚洲开发银行理事会第52届年会在斐济楠迪举行，'\n" +
      "              '财政部长刘昆率中国代表团出席会议。'),\n" +
      "  'create_time': datetime.datetime(2019, 5, 4, 19, 21),\n" +
      "  'title': '财政部长出席亚洲开发银行理事会第52届年会'},\n" +
      " {'content': '第二条。', 'title': '第二条'}]\n";
    const results = [...parseAllSync(printed)];
    expect(results.map((result) => result.ok && [result.article.title, result.article.publishedAt])).toEqual([
      ["财政部长出席亚洲开发银行理事会第52届年会", "2019-05-04T19:21:00+08:00"],
      ["第二条", null],
    ]);
    expect(results[0]!.ok && results[0]!.article.text).toBe(
      "证券时报e公司讯，5月3-4日，亚洲开发银行理事会第52届年会在斐济楠迪举行，财政部长刘昆率中国代表团出席会议。",
    );
  });
});

describe("pythonRecord", () => {
  it("reads what a repr writes", () => {
    expect(
      pythonRecord(
        "{u'title': u'\\u8bc1\\u5238', 'text': 'a\\nb\\xa0c\\'d', \"it's\": None, 'ok': True, 'no': False, 1: (2, 3.5,), " +
          "'nan': nan, 'when': datetime.datetime(2019, 5, 4, 21, 56, tzinfo=datetime.timezone.utc), " +
          "'day': datetime.date(2019, 5, 4), '_id': ObjectId('5d1f'), 'raw': r'\\d+', 'at': datetime.datetime(2020, 1, 2, 3, 4, 5, " +
          "tzinfo=<DstTzInfo 'Asia/Shanghai' CST+8:00:00 STD>)}",
        false,
      ),
    ).toEqual({
      title: "证券",
      text: "a\nb\u00a0c'd",
      "it's": null,
      ok: true,
      no: false,
      "1": [2, 3.5],
      nan: null,
      when: "2019-05-04T21:56:00Z",
      day: "2019-05-04",
      _id: "5d1f",
      raw: "\\d+",
      at: "2020-01-02T03:04:05+08:00",
    });
    expect(pythonRecord("[{'a': '一'}]", true)).toEqual({ a: "一" });
  });

  it("says what is wrong with what is no literal, and never throws", () => {
    expect(pythonRecord("{'a': <object at 0x7f>", false)).toMatch(/cut short/);
    expect(pythonRecord("{'a': 'b'", false)).toMatch(/cut short/);
    expect(pythonRecord("{'a': 'b'}}", false)).toMatch(/unmatched/);
    expect(pythonRecord("['a']", false)).toMatch(/not a record/);
    expect(parseRecordText('{"a": 1')).toMatch(/^not JSON/);
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            "{",
            "}",
            "[",
            "]",
            "(",
            ")",
            "'",
            '"',
            "\\",
            ":",
            ",",
            "u",
            "x",
            "1",
            "=",
            "<",
            ">",
            "d",
          ),
        }),
        (tail) => {
          const read = pythonRecord(`{'a': ${tail}`, true);
          expect(typeof read === "string" || typeof read === "object").toBe(true);
        },
      ),
    );
  });

  it("reads nesting to 1,000 levels, a deeper literal its record's failure (10 MB of `[` held 1.3 GB)", () => {
    const nested = (depth: number) => `{'a': ${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;
    expect(typeof pythonRecord(nested(1000), false)).toBe("object");
    expect(pythonRecord(nested(1001), false)).toBe(
      "not JSON, nor a Python literal: nested deeper than 1000 levels (at 1005)",
    );
    expect(pythonRecord(`{'a': ${"f(".repeat(5_000_000)}`, false)).toBe(
      "not JSON, nor a Python literal: nested deeper than 1000 levels (at 2005)",
    );
  });

  it("reads a datetime's zone from its own tzinfo, however the calls nest", () => {
    // Datetimes each the tzinfo of the one around it: each zone was read from the whole text inside its call, again
    // at every level (quadratic; the adversarial catalogue measures it), now from the first 200 characters of its own
    // tzinfo. None of these zones is one a repr prints.
    const call = "datetime.datetime(2019, 5, 4, 21, 56, tzinfo=";
    const nested = `{'a': ${call.repeat(900)}[${"1, ".repeat(1_000)}]${")".repeat(900)}}`;
    expect(pythonRecord(nested, false)).toEqual({ a: "2019-05-04T21:56:00" });
    expect(
      pythonRecord(
        "{'a': datetime.datetime(2019, 5, 4, 21, 56, fold=0, tzinfo=datetime.timezone(datetime.timedelta(seconds=28800))), " +
          "'b': datetime.datetime(2019, 5, 4, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST')), " +
          "'c': datetime.datetime(2019, 5, 4, tzinfo=tzutc()), 'd': datetime.datetime(2019, 5, 4, tzinfo=tzfile('utc'))}",
        false,
      ),
    ).toEqual({
      a: "2019-05-04T21:56:00+08:00",
      b: "2019-05-04T00:00:00-05:00",
      c: "2019-05-04T00:00:00Z",
      d: "2019-05-04T00:00:00Z",
    });
  });

  it("reads long strings in one pass", () => {
    const long = `{'content': '${"证\\xa0".repeat(200_000)}'}`;
    expect((pythonRecord(long, false) as { content: string }).content.length).toBe(400_000);
  });
});
