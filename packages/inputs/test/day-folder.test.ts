/**
 * A file run by its bare name inside its day folder (`caixun parse 新闻.txt` in `2016-02-02/`) is dated by that
 * folder, as the same file given by its path is: core is handed the path resolved (`corePath`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ParseOutcome, runParseJob } from "../dist/index.js";
import { corePath } from "../dist/parse-job.js";

let work: string;
let day: string;
const home = process.cwd();
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "caixun-inputs-day-"));
  day = join(work, "2016-02-02");
  mkdirSync(day);
  writeFileSync(
    join(day, "万科打算给独立董事加薪水.txt"),
    "万科公告称，拟调整独立董事津贴。\n\n第二段正文。\n",
  );
});
afterAll(() => {
  process.chdir(home);
  rmSync(work, { recursive: true, force: true });
});

async function dates(path: string): Promise<(string | null)[]> {
  const out: ParseOutcome[] = [];
  for await (const outcome of runParseJob({ kind: "file", path })) out.push(outcome);
  return out.map((o) => (o.status === "failed" ? null : o.article.publishedAt));
}

describe("a bare file name run inside its day folder", () => {
  it("is dated by the folder, as its path is", async () => {
    const byPath = await dates(join(day, "万科打算给独立董事加薪水.txt"));
    expect(byPath[0]?.startsWith("2016-02-02")).toBe(true);
    process.chdir(day);
    try {
      expect(await dates("万科打算给独立董事加薪水.txt")).toEqual(byPath);
    } finally {
      process.chdir(home);
    }
  });

  it("resolves only a bare name: a path with a folder goes to core as written", () => {
    expect(corePath("2016-02-02/a.txt")).toBe("2016-02-02/a.txt");
    expect(corePath("2016\\02\\02\\a.txt")).toBe("2016\\02\\02\\a.txt");
    expect(isAbsolute(corePath("a.txt"))).toBe(true);
    expect(corePath("a.txt").endsWith("a.txt")).toBe(true);
  });
});
