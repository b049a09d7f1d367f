// Dates from places other than the front matter: stamp lines, titles, file names, and the order in
// which they are trusted. The examples are lines and names seen in the development set
// (datasets/dev/SOURCES.tsv).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  calendarDateIn,
  DATE_TRUST,
  dateFromFileName,
  dateFromUrl,
  dayClosingLine,
  readStampLine,
  resolvePublishDate,
  shanghaiDay,
  stampDate,
  timeOnDay,
  withoutDigitsPastDay,
} from "../src/enrich/date-evidence.js";
import { parse } from "../src/index.js";

describe("a blog's day closing the line under its headline (WordPress's `F jS, Y` in any locale)", () => {
  it.each([
    // datasets/fresh-36/html-page/cx-extractor__alibaba-ceo.html: the category, then the day.
    ["其它内容 十一月 6th, 2009", { year: 2009, month: 11, day: 6 }],
    ["12月 5th, 2019", { year: 2019, month: 12, day: 5 }],
    ["新闻 二月 1st，2021", { year: 2021, month: 2, day: 1 }],
    ["November 22nd, 2010", { year: 2010, month: 11, day: 22 }],
    ["Posted in 财经 Sept. 3, 2012", { year: 2012, month: 9, day: 3 }],
  ])("%s", (line, expected) => expect(dayClosingLine(line)).toEqual(expected));

  it("reads no day from a sentence, a long line, a day that does not exist, or a word that is no month", () => {
    expect(dayClosingLine("他说，项目将于十一月 6th, 2009")).toBeNull();
    expect(dayClosingLine("公司董事会决定于十一月召开临时股东大会审议相关议案 6th, 2009")).toBeNull();
    expect(dayClosingLine("二月 30th, 2021")).toBeNull();
    expect(dayClosingLine("Market 5, 2019")).toBeNull();
    expect(dayClosingLine("十一月 6th, 2009 at 12:02 下午")).toBeNull();
  });
});

describe("calendar dates in titles and file names", () => {
  it.each([
    ["新闻联播 2026-06-08", { year: 2026, month: 6, day: 8 }],
    ["陆家嘴财经早餐2024年8月31日星期六", { year: 2024, month: 8, day: 31 }],
    ["2023.05.06 晨报", { year: 2023, month: 5, day: 6 }],
    ["２０２２年４月２８日", { year: 2022, month: 4, day: 28 }],
  ])("%s", (text, expected) => expect(calendarDateIn(text)).toEqual(expected));

  it("finds nothing in a title without a date, or an impossible one", () => {
    expect(calendarDateIn("央行降准0.5个百分点")).toBeNull();
    expect(calendarDateIn("2023-13-45 的报告")).toBeNull();
  });

  it.each([
    ["_posts/2024-08-31-陆家嘴财经早餐.md", { year: 2024, month: 8, day: 31 }],
    ["2023-5-6-晨报.md", { year: 2023, month: 5, day: 6 }],
    ["news/20220330_央行.txt", { year: 2022, month: 3, day: 30 }],
  ])("file name %s", (path, expected) => expect(dateFromFileName(path)).toEqual(expected));

  it("does not read a long id as a date unless it starts with one", () => {
    expect(dateFromFileName("202112082206703990.md")).toEqual({ year: 2021, month: 12, day: 8 });
    expect(dateFromFileName("1234567890123.md")).toBeNull();
  });

  // The cut by a capture gives what the look-behind it replaced gave (session 55, speed55: the look-behind was tried at
  // every character of the name), on names of the development set (an eastmoney id, an infocode, a day and a time) …
  it.each([
    ["2021-12-08-202112082206703990.md", "2021-12-08-20211208.md"],
    ["bse-news-crawler__AP20260317_2026-03-22.txt", "bse-news-crawler__AP20260317_2026-03-22.txt"],
    ["IMG20230506123456.md", "IMG20230506.md"],
    ["12345678.md", "12345678.md"],
  ])("cuts each run of digits to its first eight: %s", (name, cut) => {
    expect(withoutDigitsPastDay(name)).toBe(cut);
    expect(name.replace(/(?<=\d{8})\d+/g, "")).toBe(cut);
  });

  // … and on any name of digits, letters and separators.
  it("cuts digit runs as the look-behind `(?<=\\d{8})\\d+` does, on any name", () => {
    // Runs of digits of any length up to an id's, between letters and separators.
    const piece = fc.oneof(fc.stringMatching(/^\d{1,24}$/), fc.stringMatching(/^[a-zA-Z_.\-/ ]{1,4}$/));
    const name = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(name, (text) => withoutDigitsPastDay(text) === text.replace(/(?<=\d{8})\d+/g, "")),
      { numRuns: 2000 },
    );
  });

  // fresh-73's crawler of 东方财富's report pages names each file by the report's infocode
  // (`bse-news-crawler__AP202603171820594711.txt`): the code's digits are an id, not the report's day.
  it.each([
    ["bse-news-crawler__AP202603171820594711.txt", null],
    ["data/AN202103011234567890.pdf", null],
    ["bse-news-crawler__AP202603171820594711_2026-03-22.txt", { year: 2026, month: 3, day: 22 }],
    ["IMG20230506123456.md", { year: 2023, month: 5, day: 6 }],
    ["post20230506.md", { year: 2023, month: 5, day: 6 }],
  ])("a lettered code %s", (path, expected) => expect(dateFromFileName(path)).toEqual(expected));

  it("reads no date from any lettered code of more digits than a date and a time", () => {
    const code = fc.tuple(fc.stringMatching(/^[A-Za-z]{1,4}$/), fc.stringMatching(/^\d{15,24}$/));
    fc.assert(
      fc.property(code, ([letters, digits]) => {
        expect(dateFromFileName(`crawler__${letters}${digits}.txt`)).toBeNull();
      }),
    );
  });
});

describe("stamp lines", () => {
  it("reads a stamp with year and credit", () => {
    expect(readStampLine("2019-09-26 12:11来源：证券时报网作者：李在山")).toMatchObject({
      year: 2019,
      month: 9,
      day: 26,
      hour: 12,
      minute: 11,
      rest: "来源：证券时报网作者：李在山",
    });
    expect(readStampLine("2019年06月15日08:18  来源：人民网-文化频道")).toMatchObject({
      year: 2019,
      hour: 8,
    });
  });
  it("reads a stamp without a year", () => {
    expect(readStampLine("08-31 06:30 Wind EnRA+A-")).toMatchObject({
      year: null,
      month: 8,
      day: 31,
      rest: "Wind EnRA+A-",
    });
  });
  it("reads an English stamp with its zone, as RSS writes it", () => {
    // datasets/fresh-2/news-mirror-md/dutymachine__voa_1045819.md: `<div><i>…</i></div>` over the story.
    expect(readStampLine("Thu, 08 Oct 2020 18:20:02 GMT")).toEqual({
      year: 2020,
      month: 10,
      day: 8,
      hour: 18,
      minute: 20,
      second: 2,
      zone: "Z",
      rest: "",
    });
    expect(readStampLine("Oct 8, 2020 18:20 +0800")).toMatchObject({ month: 10, day: 8, zone: "+08:00" });
    expect(stampDate(readStampLine("Thu, 08 Oct 2020 18:20:02 GMT")!, null)).toBe("2020-10-08T18:20:02Z");
  });
  it("reads a numeric stamp with the year last, day first unless the second number cannot be a month", () => {
    // datasets/fresh-2/news-mirror-md/dutymachine__rfi_1042091.md: `<div>13/10/2020 - 00:05</div>`.
    expect(readStampLine("13/10/2020 - 00:05")).toEqual({
      year: 2020,
      month: 10,
      day: 13,
      hour: 0,
      minute: 5,
      second: 0,
      rest: "",
    });
    expect(readStampLine("05/06/2020 10:00")).toMatchObject({ month: 6, day: 5 });
    expect(readStampLine("10/13/2020 10:00")).toMatchObject({ month: 10, day: 13 });
    expect(readStampLine("31/31/2020 10:00")).toBeNull();
    // datasets/fresh-3/gnews-txt/ourhimalayas__gnews_1016993.md: a twelve-hour clock, the American order.
    expect(readStampLine("3/15/2023 6:00 PM UTC 吃瓜 轉載自GNews")).toEqual({
      year: 2023,
      month: 3,
      day: 15,
      hour: 18,
      minute: 0,
      second: 0,
      zone: "Z",
      rest: "吃瓜 轉載自GNews",
    });
    expect(readStampLine("3/5/2023 12:05 AM UTC")).toMatchObject({ month: 3, day: 5, hour: 0 });
    expect(
      readStampLine("Thu, 08 Oct 2020 18:20:02 GMT，美国劳工部星期四报告说，上周有84万工作者申请失业补助。"),
    ).toBeNull();
  });
  it("refuses a sentence that starts with a time", () => {
    expect(
      readStampLine("2019-09-26 12:11，沪指午后拉升，创业板指涨超2%，两市成交额突破万亿元。"),
    ).toBeNull();
    expect(readStampLine("央行今日开展逆回购")).toBeNull();
  });
  it("takes the year from context only when month and day agree", () => {
    const stamp = readStampLine("08-31 06:30 Wind")!;
    expect(stampDate(stamp, { year: 2024, month: 8, day: 31 })).toBe("2024-08-31T06:30:00+08:00");
    expect(stampDate(stamp, { year: 2024, month: 9, day: 1 })).toBeNull();
    expect(stampDate(stamp, null)).toBeNull();
  });
});

describe("order of trust", () => {
  it("is documented strongest first", () => {
    expect(DATE_TRUST[0]).toBe("front-matter");
    expect(DATE_TRUST.at(-1)).toBe("other-key");
  });
  it("chooses the most trusted and reports candidates naming another day", () => {
    const resolved = resolvePublishDate([
      { from: "file-name", date: "2024-08-30T00:00:00+08:00" },
      { from: "stamp-line", date: "2024-08-31T06:30:00+08:00" },
      { from: "title", date: "2024-08-31T00:00:00+08:00" },
    ]);
    expect(resolved.publishedAt).toBe("2024-08-31T06:30:00+08:00");
    expect(resolved.from).toBe("stamp-line");
    expect(resolved.conflicts).toEqual([{ from: "file-name", date: "2024-08-30T00:00:00+08:00" }]);
  });
  it("compares days in Asia/Shanghai", () => {
    expect(shanghaiDay("2022-04-09T20:05:33Z")).toBe("2022-04-10");
    expect(
      resolvePublishDate([
        { from: "front-matter", date: "2022-04-09T20:05:33Z" },
        { from: "dateline", date: "2022-04-10T00:00:00+08:00" },
      ]).conflicts,
    ).toEqual([]);
  });
  it("takes the seconds another candidate states for the minute of the one chosen, in the chosen one's offset", () => {
    const stamp = { from: "stamp-line", date: "2024-05-09T22:30:00+08:00" } as const;
    const resolved = resolvePublishDate([stamp, { from: "metadata", date: "2024-05-09T14:30:07.000Z" }]);
    expect(resolved).toEqual({ publishedAt: "2024-05-09T22:30:07+08:00", from: "stamp-line", conflicts: [] });
    // Another minute, or a chosen time that states its seconds, stays as written.
    expect(resolvePublishDate([stamp, { from: "metadata", date: "2024-05-09T14:31:07Z" }]).publishedAt).toBe(
      "2024-05-09T22:30:00+08:00",
    );
    expect(
      resolvePublishDate([
        { from: "stamp-line", date: "2024-05-09T22:30:05+08:00" },
        { from: "metadata", date: "2024-05-09T14:30:07Z" },
      ]).publishedAt,
    ).toBe("2024-05-09T22:30:05+08:00");
  });
  it("is empty without candidates", () => {
    expect(resolvePublishDate([])).toEqual({ publishedAt: null, from: null, conflicts: [] });
  });
  it("lets weaker sources that agree on a day outweigh a stronger one alone, never one weak source alone", () => {
    const dateline = { from: "dateline", date: "2024-08-30T00:00:00+08:00" } as const;
    const agreeing = [
      { from: "title", date: "2024-08-31T00:00:00+08:00" },
      { from: "file-name", date: "2024-08-31T00:00:00+08:00" },
    ] as const;
    const resolved = resolvePublishDate([dateline, ...agreeing]);
    expect(resolved.publishedAt).toBe("2024-08-31T00:00:00+08:00");
    expect(resolved.from).toBe("title");
    expect(resolved.conflicts).toEqual([dateline]);
    expect(resolvePublishDate([dateline, agreeing[0]]).from).toBe("dateline");
    // The stated date outweighs every other source together.
    const others = DATE_TRUST.slice(1).map((from) => ({ from, date: "2024-08-31T00:00:00+08:00" }));
    expect(
      resolvePublishDate([{ from: "front-matter", date: "2024-08-30T09:00:00+08:00" }, ...others]).from,
    ).toBe("front-matter");
  });
});

describe("dates outside the text", () => {
  it("reads a date in an address's path, never in its host or an id that only starts like one", () => {
    expect(
      dateFromUrl("https://finance.sina.com.cn/money/fund/2026-05-08/doc-inhxcusp2275828.shtml"),
    ).toEqual({
      year: 2026,
      month: 5,
      day: 8,
    });
    expect(dateFromUrl("https://new.qq.com/rain/a/20220728A08TJW00.html")).toEqual({
      year: 2022,
      month: 7,
      day: 28,
    });
    expect(dateFromUrl("https://finance.eastmoney.com/a/202605073730438926.html")).toEqual({
      year: 2026,
      month: 5,
      day: 7,
    });
    expect(dateFromUrl("https://zhuanlan.zhihu.com/p/2016915071025034388")).toBeNull();
    expect(dateFromUrl("https://2024-08-31.example.com/a")).toBeNull();
    expect(dateFromUrl("not an address 2024-08-31")).toBeNull();
  });
  it("dates a file by another front-matter key that is only a date, never by the copy's day", () => {
    const post = (keys: string) => parse(`---\ntitle: 标题测试\n${keys}\n---\n正文第一段说了很多话。\n`);
    expect(post("发布时间: 2022-03-01 10:00").publishedAt).toBe("2022-03-01T10:00:00+08:00");
    expect(post("created: 2022-03-01 10:00").publishedAt).toBeNull();
    expect(post("fetch_time: 2022-03-01 10:00").publishedAt).toBeNull();
  });
  it("dates a record by its address when nothing else does", () => {
    const record = parse(
      "Title: 标题测试\nURL Source: https://example.com/news/2023-05-06/a.html\nMarkdown Content:\n正文第一段说了很多话。\n",
    );
    expect(record.publishedAt).toBe("2023-05-06T00:00:00+08:00");
  });
});

describe("the time of a day-only date", () => {
  const day = { year: 2026, month: 1, day: 22 };
  it("is read from a short line writing that day with a time", () => {
    // As in datasets/dev/tune/md-bare/xwlb-somson__20260122.md.
    expect(
      timeOnDay("（5）日本中部确认一起高致病性禽流感疫情。\n（《新闻联播》 20260122 19:00）\n", day),
    ).toBe("2026-01-22T19:00:00+08:00");
    expect(timeOnDay("更新：2026年1月22日 07:15", day)).toBe("2026-01-22T07:15:00+08:00");
    // The year in full-width digits is the year: the text is read with half-width digits.
    expect(timeOnDay("更新：２０２６年1月22日 07:15", day)).toBe("2026-01-22T07:15:00+08:00");
  });
  it("is not read from another day, a long sentence, or a number that only starts like the day", () => {
    expect(timeOnDay("（《新闻联播》 20260123 19:00）", day)).toBeNull();
    expect(
      timeOnDay(`会议定于2026年1月22日 15:00在北京召开，${"与会代表将讨论明年的工作安排".repeat(3)}。`, day),
    ).toBeNull();
    expect(timeOnDay("编号120260122 19:00", day)).toBeNull();
    expect(timeOnDay("20260122 25:00", day)).toBeNull();
    // No year, no spelling of the day: a time alone (`19:00`) or a day without its year (`1月22日`) dates nothing.
    expect(timeOnDay("（《新闻联播》 1月22日 19:00）", day)).toBeNull();
  });
});

describe("a day's time written after its weekday or the zone's name (timeOnDay)", () => {
  it.each([
    // search-index file 47469326714 (a C# file header): the weekday between the day and the time.
    [
      "* @Date: 2024年03月08日 星期五 18:03:29",
      { year: 2024, month: 3, day: 8 },
      "2024-03-08T18:03:00+08:00",
    ],
    // search-index file 3412858998 (a file header): `创建时间：` then the day, the weekday and the minute.
    [
      "//* 创建时间：2023年09月15日 星期五 18:13",
      { year: 2023, month: 9, day: 15 },
      "2023-09-15T18:13:00+08:00",
    ],
    // search-index file 69476668924 (a prompt's clock header): the zone's name before the day, the weekday after it.
    [
      "[当前北京时间: 2026年09月25日 星期五 18:30:00 (GMT+8)]",
      { year: 2026, month: 9, day: 25 },
      "2026-09-25T18:30:00+08:00",
    ],
    // datasets/fresh-77/markdown-digest/news-report__stocks.md's opener, cut to a title's length: a weekday in
    // parentheses and 北京时间 between the spaced day (盘古之白) and the minute.
    [
      "根据 2026 年 4 月 6 日（星期一）北京时间 06:18 的最新市场动态…",
      { year: 2026, month: 4, day: 6 },
      "2026-04-06T06:18:00+08:00",
    ],
  ])("%s", (line, day, expected) => expect(timeOnDay(line, day, Number.POSITIVE_INFINITY)).toBe(expected));

  it("reads no time past another word, from a long line by default, or past the span a weekday and zone fill", () => {
    const day = { year: 2026, month: 4, day: 6 };
    expect(timeOnDay("2026年4月6日（星期一）收盘 15:00", day)).toBeNull();
    expect(
      timeOnDay(
        `根据 2026 年 4 月 6 日（星期一）北京时间 06:18 的最新市场动态及节后预期，今日中国 A 股市场`,
        day,
      ),
    ).toBeNull();
    expect(timeOnDay("2026年4月6日（星期一）       北京时间 06:18", day)).toBeNull();
  });

  it("dates a derived title's day with the time written after it (datasets/fresh-77, news-report__stocks.md)", () => {
    const text =
      "根据 2026 年 4 月 6 日（星期一）北京时间 06:18 的最新市场动态及节后预期，今日中国 A 股市场受政策利好与地缘局势波动的双重影响。\n\n以下为今日 A 股市场核心要闻：\n";
    expect(parse(text, { filename: "news-archive/stocks.md" }).publishedAt).toBe("2026-04-06T06:18:00+08:00");
  });

  it("never throws and reads only a real clock time after any weekday form", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", " ", "（星期一）", "(周日)", "礼拜三 ", "星期天"),
        fc.constantFrom("", "北京时间", "北京時間 "),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (weekday, zone, hour, minute) => {
          const line = `2026年4月6日${weekday}${zone}${hour}:${String(minute).padStart(2, "0")}`;
          const got = timeOnDay(line, { year: 2026, month: 4, day: 6 });
          const valid = hour <= 23 && minute <= 59;
          expect(got).toBe(
            valid
              ? `2026-04-06T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+08:00`
              : null,
          );
        },
      ),
    );
  });
});
