import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@caixun/core";
import { storyIdOf } from "@caixun/core/stories";
import { describe, expect, it } from "vitest";
import { CorpusStats } from "../src/corpus-stats.js";
import { renderStatsReport } from "../src/stats-report.js";
import { styleFor } from "../src/style.js";
import { binaryBytes } from "./helpers/binary.js";
import { REPO_ROOT } from "./helpers/paths.js";
import { runCli } from "./helpers/run-cli.js";

describe("caixun stats", () => {
  it("reports on seeds/ as JSON", () => {
    const result = runCli(["stats", "seeds", "--json", "-q"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      articles: 5,
      failed: 0,
      withWarnings: 2,
      missingDates: 1,
      unknownSource: 1,
      sources: [
        { name: "北方网", articles: 2 },
        { name: "河北日报", articles: 1 },
        { name: "雅安日报", articles: 1 },
      ],
      formats: [
        { format: "finews-jekyll", articles: 3 },
        { format: "hexo-aggregator", articles: 1 },
        { format: "plain-text", articles: 1 },
      ],
      months: [
        { month: "2022-01", articles: 1 },
        { month: "2022-03", articles: 1 },
        { month: "2022-04", articles: 2 },
      ],
      warnings: [
        { code: "future-year", articles: 1 },
        { code: "no-date", articles: 1 },
        { code: "title-from-first-line", articles: 1 },
      ],
      stories: {
        estimated: false,
        stories: 5,
        withCopies: 0,
        articlesInStoriesWithCopies: 0,
        duplicates: 0,
        duplicateShare: 0,
        copiesPerStory: 1,
        groups: [],
      },
      // With the shipped securities dictionary: the widgets of seed 000, and the companies the seeds name
      // (中国太保 three times; 太保产险, 平安产险 and 饿了么 stand for their listed parents).
      securities: [
        { code: "601601", market: "SH", name: "中国太保", articles: 3 },
        { code: "02328", market: "HK", name: "中国财险", articles: 1 },
        { code: "02601", market: "HK", name: "中国太保", articles: 1 },
        { code: "601318", market: "SH", name: "中国平安", articles: 1 },
        { code: "601319", market: "SH", name: "中国人保", articles: 1 },
        { code: "BABA", market: "NYSE", name: "阿里巴巴", articles: 1 },
        { code: "CPIC", market: "LSE", name: "中国太保", articles: 1 },
      ],
    });
  });

  it("counts a syndicated copy as one story with two articles", () => {
    // Seed 002 twice (file and stdin) and seed 003 once: one story with a redundant copy.
    const seed = "seeds/002_89203e62b05a25ab.txt";
    const result = runCli(["stats", seed, "-", "seeds/003_4fa6340cd7e9c1ac.txt", "--json"], {
      input: readFileSync(join(REPO_ROOT, seed)),
    });
    const report = JSON.parse(result.stdout);
    expect(report.stories).toEqual({
      estimated: false,
      stories: 2,
      withCopies: 1,
      articlesInStoriesWithCopies: 2,
      duplicates: 1,
      duplicateShare: 0.3333,
      copiesPerStory: 1.5,
      groups: [
        {
          storyId: storyIdOf({ id: "NW202204282363815497", publishedAt: "2022-04-28T14:08:53+08:00" }),
          size: 2,
          title: "中国太保聚焦主责主业 助力打赢疫情防控大战硬战",
          articles: [
            { id: "NW202204282363815497", file: seed },
            { id: "NW202204282363815497", file: "-" },
          ],
        },
      ],
    });
  });

  it("prints a human report with the lists", () => {
    const result = runCli(["stats", "seeds"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(0, 6)).toEqual([
      "5 articles, 0 failed, 2 with warnings, 1 without a date, 1 without a source",
      "",
      "Sources",
      "  2  北方网",
      "  1  河北日报",
      "  1  雅安日报",
    ]);
    expect(result.stdout).toContain(
      "\nStories told more than once: 0 of 5 stories (0 articles); 0 articles are copies of a story already told (0.0%), 1 articles a story",
    );
    expect(result.stdout).toContain(
      "\nTop securities (articles mentioning them)\n  3  601601.SH  中国太保\n",
    );
  });

  it("exits 1 when some inputs fail and 2 on a missing path", () => {
    const failed = runCli(["stats", "seeds/000_ed6ab7b49aac3011.txt", "-", "--json"], {
      input: binaryBytes(),
    });
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ articles: 1, failed: 1 });
    expect(failed.stderr).toMatch(/^caixun: -: not a text file/);
    expect(runCli(["stats", "nope"]).code).toBe(2);
  });
});

describe("caixun stats in bounded memory", () => {
  /** Three stories of 4, 3 and 2 copies a minute apart, then 3 stray flashes, all in one hour. */
  const articles = [
    ...[0, 1, 2, 3].map(
      (n) => ["某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。", n] as const,
    ),
    ...[4, 5, 6].map(
      (n) => ["韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。", n] as const,
    ),
    ...[7, 8].map((n) => ["人民银行今日开展1000亿元7天期逆回购操作，操作利率1.40%。", n] as const),
    ["国家统计局公布，7月份全国规模以上工业增加值同比增长6.1%。", 9] as const,
    ["某公司中标3.2亿元数据中心项目，项目工期18个月。", 10] as const,
    ["沪深两市成交额突破1万亿元，较上一交易日放量。", 11] as const,
  ].map(([text, minute]) => ({
    ...parse(`标题\n\n${text}`),
    id: `flash:${minute}`,
    title: "",
    text,
    publishedAt: `2026-08-03T09:${String(minute).padStart(2, "0")}:00+08:00`,
  }));

  async function statsOf(maxHeld: number, top: number) {
    const stats = await CorpusStats.open({ maxHeld });
    try {
      for (const article of articles) await stats.add(article, `${article.id}.md`);
      return await stats.report(top);
    } finally {
      await stats.dispose();
    }
  }

  it("is exact while the window holds fewer articles than it groups at once", async () => {
    const { stories } = await statsOf(12, 15);
    expect({ ...stories, groups: stories.groups.map((group) => group.size) }).toEqual({
      estimated: false,
      stories: 6,
      withCopies: 3,
      articlesInStoriesWithCopies: 9,
      duplicates: 6,
      duplicateShare: 0.5,
      copiesPerStory: 2,
      groups: [4, 3, 2],
    });
  });

  it("past it, says the story figures are estimates: no fewer stories, no more duplicates", async () => {
    // Two held: flash:3 comes three articles after its story's first, forgotten by then, and counts
    // as a story of its own; the other stories' copies lie within two of their first and join.
    const { stories } = await statsOf(2, 15);
    expect({ ...stories, groups: stories.groups.map((group) => group.size) }).toEqual({
      estimated: true,
      stories: 7,
      withCopies: 3,
      articlesInStoriesWithCopies: 8,
      duplicates: 5,
      duplicateShare: 0.4167,
      copiesPerStory: 1.7143,
      groups: [3, 3, 2],
    });
    // Five held, fewer than the window holds: the same stories as the whole grouping (a cut every
    // five split the second story), yet flagged, as a story was closed while still in reach.
    const five = await statsOf(5, 15);
    expect({ ...five.stories, groups: five.stories.groups.map((group) => group.size) }).toMatchObject({
      estimated: true,
      stories: 6,
      groups: [4, 3, 2],
    });
    const text = renderStatsReport(
      (await statsOf(2, 15)) as Parameters<typeof renderStatsReport>[0],
      15,
      styleFor({ isTTY: false } as NodeJS.WriteStream),
    );
    expect(text).toContain("(estimated: more articles within a story's time window than are grouped at once");
  });

  it("keeps the top stories only, and the report says how many more there are", async () => {
    const report = await statsOf(12, 2);
    expect(report.stories.withCopies).toBe(3);
    expect(report.stories.groups.map((group) => [group.size, group.articles[0]!.id])).toEqual([
      [4, "flash:0"],
      [3, "flash:4"],
    ]);
    const text = renderStatsReport(report, 2, styleFor({ isTTY: false } as NodeJS.WriteStream));
    expect(text).toContain("  … 1 more (--top for more)\n");
  });
});
