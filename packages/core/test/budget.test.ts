import { describe, expect, it, vi } from "vitest";
import { CaixunError, DEFAULT_SETTINGS, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

/** A Markdown file of about `size` characters: many paragraphs with emphasis and links. */
function longMarkdown(size: number): string {
  const paragraph = "**上证指数**收涨0.5%，[成交额](https://example.com/a)为8000亿元。\n\n";
  return `---\ntitle: 长文\ndate: 2022-01-01\n---\n${paragraph.repeat(Math.ceil(size / paragraph.length))}`;
}

const line = (record: object) => `${JSON.stringify(record)}\n`;

describe("the work budget", () => {
  it("stops a parse that runs past it with parse-budget-exceeded", () => {
    const settings = { parseBudgetMillis: 1, parseBudgetMillisPerMegabyte: 0 };
    let thrown: unknown;
    try {
      parse(longMarkdown(1_000_000), { settings });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CaixunError);
    expect((thrown as CaixunError).code).toBe("parse-budget-exceeded");
    expect((thrown as CaixunError).message).toContain("budget of 1 ms");
  });

  it("grows with the document: the default budget is 10 s and 10 s more a megabyte, and 0 turns it off", () => {
    expect(DEFAULT_SETTINGS.parseBudgetMillis).toBe(10_000);
    expect(DEFAULT_SETTINGS.parseBudgetMillisPerMegabyte).toBe(10_000);
    const file = longMarkdown(300_000);
    // The test's clock, not the machine's (whose load once ran this file past a wall-clock budget): the budget
    // starts at 0 and each stage's check reads 12 s, past a short document's 10 s and within the 12.9 s of
    // these 300,000 characters (10 s + 10 s × 0.29 MB).
    const clock = vi.spyOn(performance, "now");
    try {
      clock.mockReturnValueOnce(0).mockReturnValue(12_000);
      expect(parse(file).title).toBe("长文");
      clock.mockReturnValueOnce(0).mockReturnValue(12_000);
      expect(() => parse(longMarkdown(1_000))).toThrow(
        expect.objectContaining({
          code: "parse-budget-exceeded",
          message: expect.stringContaining("budget of 10010 ms"),
        }),
      );
      clock.mockReturnValue(Number.MAX_SAFE_INTEGER);
      expect(parse(file, { settings: { parseBudgetMillis: 0 } }).title).toBe("长文");
    } finally {
      clock.mockRestore();
    }
  });

  it("fails only the record that ran past it in a dump; the records around it are parsed", () => {
    // The budget is wall-clock time. The short records take milliseconds once the code is warm (a first
    // run compiles it), the long one seconds of CPU; but on a loaded machine a collection of the long
    // record's megabytes can stall a short one past any budget the long one still exceeds. So a run
    // may be repeated, and each must fail the long record at its line; one must parse both short ones.
    const big = "这是一段很长的正文，用来让这一条记录的解析超过它的预算。\n\n".repeat(150_000);
    const short = (id: string, title: string) => line({ id, title, content: "短讯。" });
    const dump =
      short("1", "第一条") + line({ id: "2", title: "第二条", content: big }) + short("3", "第三条");
    [...parseAllSync(short("0", "预热"))];
    const runs: string[][] = [];
    for (let run = 0; run < 3 && runs.at(-1)?.join() !== "第一条,parse-budget-exceeded,第三条"; run++) {
      const results = [
        ...parseAllSync(dump, { settings: { parseBudgetMillis: 300, parseBudgetMillisPerMegabyte: 0 } }),
      ];
      expect(results[1]).toMatchObject({
        ok: false,
        failure: { code: "parse-budget-exceeded", ref: "line 2" },
      });
      runs.push(results.map((result) => (result.ok ? result.article.title : result.failure.code)));
    }
    expect(runs.at(-1)).toEqual(["第一条", "parse-budget-exceeded", "第三条"]);
  });

  it("is a setting like the others: a negative budget is refused", () => {
    expect(() => parse("正文。", { settings: { parseBudgetMillis: -1 } })).toThrow(
      expect.objectContaining({ code: "invalid-settings" }),
    );
  });
});

describe("no control character leaves parseAll either", () => {
  it("removes the ones JSON escapes bring into a record's fields", () => {
    const dump = line({
      id: "7",
      title: "标题\u001b]0;owned\u0007",
      content: "正文\u009b31m第一段。\u0000",
      author: "记者\u001b[2J",
    });
    const [result] = [...parseAllSync(dump)];
    expect(result).toMatchObject({ ok: true });
    const article = (result as { ok: true; article: { title: string; text: string } }).article;
    expect(article.title).toBe("标题]0;owned");
    expect(article.text).toBe("正文31m第一段。");
    expect(JSON.stringify(article)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
