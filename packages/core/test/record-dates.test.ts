// Record dates and outlets of datasets/fresh-40 (session 31): a bare `HH:MM` on the day of the snapshot its list was
// taken in, a day in a record's site-relative story path, a record's `date` before its row's `createdAt`, and the
// media of a place (`美国媒体报道，…`) that name no outlet.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

const dataset = (name: string) => join(import.meta.dirname, "../../../datasets/fresh-40", name);

function articles(input: string, filename = "news.json"): Article[] {
  return [...parseAllSync(input, { filename })].flatMap((result) => (result.ok ? [result.article] : []));
}

const dated = (read: Article[]) => read.map((article) => [article.ref, article.publishedAt]);

describe("a bare time of day in a snapshot's lists", () => {
  it("is on the day of the snapshot's own stamp (界面新闻's 快报 as a brief bot keeps it, frankawen/jiemian-news-brief)", () => {
    const read = articles(
      readFileSync(dataset("jiemian-brief-json/jiemian-news-brief__news-2026-08-18.json"), "utf8"),
    );
    expect(dated(read)).toEqual([
      ["item 1", "2026-08-18T21:31:00+08:00"],
      ["item 2", "2026-08-18T20:46:00+08:00"],
      ["item 3", "2026-08-18T20:09:00+08:00"],
      ["item 4", "2026-08-18T21:12:00+08:00"],
      ["item 5", "2026-08-18T21:01:00+08:00"],
      ["item 6", "2026-08-18T21:26:00+08:00"],
    ]);
  });

  const snapshot = (updated: string, time: string) =>
    JSON.stringify({
      updated_at: updated,
      categories: {
        快讯: [
          { title: "北京已启动防汛三级应急响应", time, summary: "北京市防汛办决定，启动防汛三级应急响应。" },
        ],
      },
    });

  it("is the day before's when it is later than the snapshot (a list taken past midnight)", () => {
    expect(dated(articles(snapshot("2026-08-19T00:10:05+08:00", "23:50")))).toEqual([
      ["item 1", "2026-08-18T23:50:00+08:00"],
    ]);
    expect(dated(articles(snapshot("2026-08-18T16:10:05Z", "0:05")))).toEqual([
      ["item 1", "2026-08-19T00:05:00+08:00"],
    ]);
  });

  it("stays no date when nothing gives its day", () => {
    const list = JSON.stringify({
      categories: { 快讯: [{ title: "创业板指跌逾2%", time: "09:46", summary: "创业板指跌逾2%。" }] },
    });
    expect(dated(articles(list))).toEqual([["item 1", null]]);
  });

  it("is at most a minute past the snapshot and less than a day before it, for any snapshot and time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2090, 0, 1) }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (taken, hour, minute) => {
          const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const [article] = articles(snapshot(new Date(taken).toISOString(), time));
          const at = Date.parse(article!.publishedAt!);
          expect(article!.publishedAt!.slice(11, 16)).toBe(time);
          expect(at - taken).toBeLessThan(60_000);
          expect(taken - at).toBeLessThan(24 * 3600_000);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a day in a record's site-relative story path", () => {
  it("dates a record with no time (联合早报's realtime list as an archiver keeps it, real-time-news/zaobao)", () => {
    const read = articles(readFileSync(dataset("zaobao-realtime-json/zaobao__2023-03-16.json"), "utf8"));
    expect(read.map((article) => article.publishedAt)).toEqual([
      ...Array(8).fill("2023-03-16T00:00:00+08:00"),
      "2023-03-15T00:00:00+08:00",
      "2023-03-15T00:00:00+08:00",
    ]);
    // The path is kept under its key, not lost, and names no outlet.
    expect(read[9]!.extra).toMatchObject({ link: "/realtime/china/story20230315-1372918" });
    expect(read.map((article) => article.source)).toEqual(Array(10).fill(null));
  });

  it("does not date a record whose date key is empty, nor one whose path names no day", () => {
    const records = JSON.stringify([
      {
        title: "港澳办主任夏宝龙周四起赴港考察",
        link: "/realtime/china/story20230411-1382000",
        date: "",
        summary: "港澳办主任夏宝龙将赴港考察。",
      },
      {
        title: "蔡英文批大陆军演造成区域不稳定",
        link: "/realtime/china/1382001",
        summary: "蔡英文批评大陆军演造成区域不稳定。",
      },
    ]);
    expect(dated(articles(records))).toEqual([
      ["item 1", null],
      ["item 2", null],
    ]);
  });
});

describe("a record's date beside its row's creation stamp", () => {
  it("is the date (Readhub's archived topics, real-time-news/readhub: `date` on Beijing's clock, `createdAt` in UTC)", () => {
    const read = articles(readFileSync(dataset("readhub-daily-json/readhub__2023-04-02.json"), "utf8"));
    expect(dated(read).slice(0, 2)).toEqual([
      ["item 1", "2023-04-02T23:18:37+08:00"],
      ["item 2", "2023-04-02T20:02:35+08:00"],
    ]);
  });

  it("leaves the creation stamp in UTC as written when the date is empty or absent", () => {
    const topic = (extra: Record<string, string>) =>
      JSON.stringify([
        {
          title: "谷歌CEO称将推出Bard升级版",
          createdAt: "2023-04-02T08:16:10.120Z",
          ...extra,
          summary: "谷歌首席执行官称将推出Bard升级版。",
        },
      ]);
    expect(dated(articles(topic({ date: "" })))).toEqual([["item 1", "2023-04-02T08:16:10Z"]]);
    expect(dated(articles(topic({})))).toEqual([["item 1", "2023-04-02T08:16:10Z"]]);
  });
});

describe("the media of a place", () => {
  it("name no outlet where a lead opens with their report (联合早报's summaries, real-time-news/zaobao)", () => {
    const lead = (outlet: string) =>
      parse(`${outlet}报道，虽然人民币的重要性可能会上升，但不大可能取代美元成为全球储备货币。`).source
        ?.name ?? null;
    expect(["美国媒体", "台湾媒体", "港媒", "当地媒体"].map(lead)).toEqual([null, null, null, null]);
    expect(lead("金色财经")).toBe("金色财经");
  });
});

describe("a record's Unix time of any size", () => {
  it("is a publish date on China's clock or none, never a throw or a six-digit year (listed and unlisted keys)", () => {
    const written = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;
    fc.assert(
      fc.property(
        fc.constantFrom("publish_time", "timestamp", "releaseTime"),
        fc.oneof(
          fc.double(),
          fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
          fc.constantFrom(1e20, 8.64e15, 253_402_300_800, 1e15, -1),
          fc.bigInt({ min: 0n, max: 10n ** 14n }).map(String),
        ),
        (key, value) => {
          const read = articles(
            JSON.stringify({ title: "公司公告标题", content: "公司发布公告，正文一段。", [key]: value }),
          );
          for (const { publishedAt } of read) if (publishedAt !== null) expect(publishedAt).toMatch(written);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("a record's day beside a whole stamp on that day", () => {
  // JinhuaSu/WangyiCaijing_crawler data/csv/WangyiCaijing_news_list.csv @ 99a748b8253df2e3b6b07a3f4e52f7fbb969fff6
  // (datasets/fresh-55): a pandas CSV whose `date` column is the day and its `time` column the whole stamp.
  const csv = (name: string) =>
    readFileSync(join(import.meta.dirname, "../../../datasets/fresh-55/crawler-pandas-csv", name), "utf8");

  it("is the stamp (a Scrapy crawler's pandas CSV of 网易财经 stock news: `date` 2020-03-18, `time` 2020-03-18 10:18:10)", () => {
    const read = articles(csv("wangyicaijing__000002-row1-F80BAHMJ00259DLP.csv"), "news.csv");
    expect(dated(read)).toEqual([["row 1", "2020-03-18T10:18:10+08:00"]]);
  });

  it("is the day when the stamp is another day's", () => {
    const record = (time: string) =>
      JSON.stringify([
        { title: "万科业绩会", date: "2020-03-18", time, content: "万科举行2019年度业绩会。" },
      ]);
    expect(dated(articles(record("2020-03-19 10:18:10")))).toEqual([["item 1", "2020-03-18T00:00:00+08:00"]]);
    expect(dated(articles(record("2020-03-18 10:18:10")))).toEqual([["item 1", "2020-03-18T10:18:10+08:00"]]);
  });
});
