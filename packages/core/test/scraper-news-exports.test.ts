// Finance news as scrapers keep it (datasets/fresh-90, session 52): a stock-event app's JSON export of the 财联社
// telegraph items it collected (liuyingduo/stock_news, events.json) and R's write.csv of a scraped 新浪财经 headline list
// (aisdoctor-data/aisdoctor-data.github.io, sina_news.csv); repositories, paths and the index's file ids in
// datasets/fresh-90/SOURCES.tsv. Each test names the mechanism it holds, read on the real excerpts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/article.js";
import { readDateline } from "../src/credits/grammar.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { REPO } from "./helpers.js";

const FRESH_90 = join(REPO, "datasets/fresh-90");

function records(path: string): Map<string, Article> {
  const read = new Map<string, Article>();
  for (const result of parseAllSync(readFileSync(join(FRESH_90, path)), { filename: path.split("/").pop() }))
    if (result.ok && result.article.ref !== null) read.set(result.article.ref, result.article);
  return read;
}

describe("an event's announcement time as a record's date", () => {
  it("reads announcement_date before the row's created_at stamp (a 财联社 telegraph export)", () => {
    const items = records("cls-events-json/stock-news__events.json");
    expect(items.get("item 1")?.publishedAt).toBe("2026-02-03T13:54:03+08:00");
    expect(items.get("item 8")?.publishedAt).toBe("2026-02-03T12:25:31+08:00");
  });

  it("reads cninfo's announcementTime and 东方财富's notice_date the same way, whatever stamp is beside them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("announcementTime", "notice_date", "announcement_date"),
        fc.constantFrom("created_at", "createdAt", "ctime"),
        (key, stamp) => {
          const record = {
            title: "关于2025年年度权益分派实施的公告",
            content: "公司2025年年度权益分派方案已获股东大会审议通过，现将实施事宜公告如下。",
            [stamp]: "2026-06-10 01:02:03",
            [key]: "2026-06-05 18:30:00",
          };
          expect(parse(JSON.stringify(record), { filename: "notice.json" }).publishedAt).toBe(
            "2026-06-05T18:30:00+08:00",
          );
        },
      ),
    );
  });
});

describe("a dispatch dated by the day only, before 讯", () => {
  it("names the outlet without the day, in title marks and after a flash's bracket headline (fresh-90)", () => {
    // datasets/fresh-90/cls-events-json/stock-news__events.json, item 9's content
    const flash =
      "【东方空间可回收火箭“引力二号”预计2026年年中完成首飞】《科创板日报》3日讯，《科创板日报》记者获悉，东方空间自研的引力二号";
    expect(readDateline(flash)).toEqual({ outlet: "科创板日报", date: null, dayOnly: 3, author: null });
    expect(readDateline("《科创板日报》3日讯，《科创板日报》记者获悉")?.outlet).toBe("科创板日报");
    expect(readDateline("财联社3日讯，记者获悉")?.outlet).toBe("财联社");
    expect(records("cls-events-json/stock-news__events.json").get("item 9")?.source?.name).toBe("科创板日报");
  });

  it("never keeps the day in the outlet's name, whatever the day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom("科创板日报", "财联社", "证券时报"),
        (day, name) => {
          const outlet = readDateline(`${name}${day}日讯，记者获悉`)?.outlet ?? "";
          expect(outlet).not.toMatch(/\d|日$/u);
        },
      ),
    );
  });
});

describe("a headline that asks or exclaims", () => {
  it("derives the whole headline of a headline list's row, not its first clause (R's write.csv, fresh-90)", () => {
    const rows = records("r-headlines-csv/aisdoctor__sina_news.csv");
    expect(rows.get("row 33")?.title).toBe('批量涨停！这类ETF受关注，或成"最锋利的矛"？');
    expect(rows.get("row 47")?.title).toBe('频接并购"橄榄枝" 科源制药拟购大股东旗下"老字号"');
  });

  it("still derives a story's first sentence when its first block is a paragraph with a full stop", () => {
    const story = "公司发布公告称，拟回购股份。回购价格不超过20元/股！资金来源为自有资金。";
    expect(parse(story).title).toBe("公司发布公告称，拟回购股份");
  });
});
