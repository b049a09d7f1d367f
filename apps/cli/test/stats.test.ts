import { readFileSync } from "node:fs";
import { join } from "node:path";
import { storyIdOf } from "@caixun/core/stories";
import { describe, expect, it } from "vitest";
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
