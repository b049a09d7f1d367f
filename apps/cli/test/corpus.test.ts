import { describe, expect, it } from "vitest";
import { CORPUS, HAS_CORPUS } from "./helpers/paths.js";
import { jsonLines, runCli } from "./helpers/run-cli.js";

if (!HAS_CORPUS) console.warn(`skipping the shared-corpus tests: ${CORPUS} does not exist`);

/**
 * The corpus has 92 news .md and 11 .txt files; SOURCES.tsv, the gold/*.json answers and
 * gold/README.md (a project file) are not news files.
 */
const CORPUS_ARTICLES = 103;

describe.skipIf(!HAS_CORPUS)("caixun on ../shared/corpus", () => {
  it("parses every news file, with identical output for --jobs 1 and --jobs 2", () => {
    const one = runCli([
      "parse",
      CORPUS,
      "--jobs",
      "1",
      "-q",
      "--fields",
      "file,id,title,publishedAt,source,warnings",
    ]);
    const two = runCli([
      "parse",
      CORPUS,
      "--jobs",
      "2",
      "-q",
      "--fields",
      "file,id,title,publishedAt,source,warnings",
    ]);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe("");
    const articles = jsonLines(one.stdout);
    expect(articles).toHaveLength(CORPUS_ARTICLES);
    expect(two.stdout).toBe(one.stdout);
    const files = articles.map((article) => article.file as string);
    expect(files).toEqual([...files].sort());
    expect(files.every((file) => /\.(md|txt)$/.test(file))).toBe(true);
    expect(files.filter((file) => file.includes("/gold/"))).toEqual([]);
  });

  it("says what the walk left out, the gold labels' read-me among them", () => {
    const result = runCli(["parse", CORPUS, "--fields", "id"]);
    expect(result.stderr).toMatch(
      /^caixun: 103 parsed \(\d+ with warnings\), 0 failed, 110 skipped \(108 \.json, 1 file whose content is no feed, dump or news export, 1 project file; --ext reads other extensions\), /,
    );
  });

  it("reports the corpus with counts that add up and the known copies grouped", () => {
    const result = runCli(["stats", CORPUS, "--json", "-q"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.articles).toBe(CORPUS_ARTICLES);
    expect(report.failed).toBe(0);
    const sum = (list: { articles: number }[]) => list.reduce((total, entry) => total + entry.articles, 0);
    expect(sum(report.sources) + report.unknownSource).toBe(CORPUS_ARTICLES);
    expect(sum(report.months) + report.missingDates).toBe(CORPUS_ARTICLES);
    expect(sum(report.formats)).toBe(CORPUS_ARTICLES);
    // Two snapshots of one eastmoney post that differ only in the date's zone and the footer links.
    const copies = report.stories.groups.map((group: { articles: { file: string }[] }) =>
      group.articles.map((article) => article.file.slice(CORPUS.length + 1)),
    );
    expect(copies).toContainEqual([
      "finews-jekyll/_posts__2021-12-08-202112082206945215.md",
      "finews-jekyll/_posts__2021-12-08-202112082206945215@8a20741.md",
    ]);
  });
});
