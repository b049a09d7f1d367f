import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storyIdOf } from "@caixun/core/stories";
import { describe, expect, it } from "vitest";
import { readCsv } from "./helpers/csv-reader.js";
import { jsonLines, runCli } from "./helpers/run-cli.js";

/** Front-matter posts written for these tests: three copies of one flash and a later snapshot. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "caixun-stories-"));
  const post = (name: string, title: string, date: string, body: string) =>
    writeFileSync(join(dir, name), `---\ntitle: "${title}"\ndate: ${date}\n---\n\n${body}\n`);
  post(
    "a-cls.md",
    "某公司签署4.76亿美元供货合同",
    "2026-08-03 17:00:00 +0800",
    "【某公司签署4.76亿美元供货合同】财联社8月3日电，某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。",
  );
  post(
    "b-em.md",
    "某公司签署4.76亿美元供货合同",
    "2026-08-03 17:00:30 +0800",
    "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。合同范围涵盖石灰石破碎车间到水泥储存的全套车间设备和材料。",
  );
  post(
    "c-ths.md",
    "某公司：签署4.76亿美元水泥生产线设备供货合同",
    "2026-08-03 17:02:00 +0800",
    "某公司公告称，公司与某集团签订4.76亿美元水泥生产线设备供货合同，交货期为24个月。（财联社）",
  );
  post(
    "d-kospi.md",
    "韩国KOSPI指数跌幅扩大至3%",
    "2026-08-03 17:20:00 +0800",
    "韩国KOSPI指数盘中跌幅扩大至3%，半导体板块领跌，三星电子、SK海力士跌幅居前。",
  );
  return dir;
}

describe("caixun stories", () => {
  const dir = corpus();
  const ids = (name: string) => {
    const line = jsonLines(runCli(["parse", join(dir, name), "-q", "--fields", "id"]).stdout)[0]!;
    return line.id as string;
  };
  const [a, b, c, d] = ["a-cls.md", "b-em.md", "c-ths.md", "d-kospi.md"].map(ids);
  // Story ids come from the first copy's id and date.
  const storyOfA = storyIdOf({ id: a!, publishedAt: "2026-08-03T17:00:00+08:00" });
  const storyOfD = storyIdOf({ id: d!, publishedAt: "2026-08-03T17:20:00+08:00" });

  it("writes one story a line, with its canonical copy and every copy, the same whatever --jobs is", () => {
    const result = runCli(["stories", dir, "-q", "--jobs", "1"]);
    expect(result.code).toBe(0);
    const stories = jsonLines(result.stdout);
    expect(stories).toEqual([
      {
        storyId: storyOfA,
        canonical: a,
        title: "某公司签署4.76亿美元供货合同",
        firstSeenAt: "2026-08-03T17:00:00+08:00",
        copies: [
          {
            id: a,
            source: "财联社",
            via: [],
            publishedAt: "2026-08-03T17:00:00+08:00",
            title: "某公司签署4.76亿美元供货合同",
            url: null,
            file: join(dir, "a-cls.md"),
            ref: null,
          },
          {
            id: b,
            source: null,
            via: [],
            publishedAt: "2026-08-03T17:00:30+08:00",
            title: "某公司签署4.76亿美元供货合同",
            url: null,
            file: join(dir, "b-em.md"),
            ref: null,
          },
          {
            id: c,
            source: "财联社",
            via: [],
            publishedAt: "2026-08-03T17:02:00+08:00",
            title: "某公司：签署4.76亿美元水泥生产线设备供货合同",
            url: null,
            file: join(dir, "c-ths.md"),
            ref: null,
          },
        ],
        securities: [],
        tags: [],
      },
      {
        storyId: storyOfD,
        canonical: d,
        title: "韩国KOSPI指数跌幅扩大至3%",
        firstSeenAt: "2026-08-03T17:20:00+08:00",
        copies: [
          {
            id: d,
            source: null,
            via: [],
            publishedAt: "2026-08-03T17:20:00+08:00",
            title: "韩国KOSPI指数跌幅扩大至3%",
            url: null,
            file: join(dir, "d-kospi.md"),
            ref: null,
          },
        ],
        // The shipped dictionary finds SK海力士 by its name in the text.
        securities: [{ code: "SKHY", market: "NASDAQ", name: "SK海力士", how: "name", mentions: 1 }],
        tags: [],
      },
    ]);
    expect(runCli(["stories", dir, "-q", "--jobs", "3"]).stdout).toBe(result.stdout);
  });

  it("holds at most --max-held articles, forgetting the oldest, and says how many stories it closed early", () => {
    // One held: the third copy comes two articles after its story's first, which is forgotten by
    // then: told as a story of its own; both stories were closed while still within their window.
    const result = runCli(["stories", dir, "--jobs", "1", "--max-held", "1"]);
    expect(result.code).toBe(0);
    expect(
      jsonLines(result.stdout).map((story) => (story.copies as { id: string }[]).map((copy) => copy.id)),
    ).toEqual([[a, b], [c], [d]]);
    expect(result.stderr).toBe(
      "caixun: 4 articles, 3 stories (1 copies of a story already told); 3 written\n" +
        "caixun: estimated: more than 1 articles within a story's time window or undated, the oldest forgotten as new ones came; " +
        "a copy within 1 articles of its story's first joins it exactly; " +
        "2 stories were closed while a later copy could still have joined (told as a story of its own); --max-held raises the bound\n",
    );
    const exact = runCli(["stories", dir, "-q", "--jobs", "1"]).stdout;
    // Two: the window slides rather than cuts, so the third copy (two after the first) still joins,
    // where a cut after the second split it; the story is counted as closed early all the same
    // (what the bound may have split, not what it did).
    const two = runCli(["stories", dir, "--jobs", "1", "--max-held", "2"]);
    expect(two.stdout).toBe(exact);
    expect(two.stderr).toContain("; 1 stories were closed while a later copy could still have joined");
    // Four fit: nothing is forgotten, and nothing is said.
    const four = runCli(["stories", dir, "--jobs", "1", "--max-held", "4"]);
    expect(four.stderr).toBe("caixun: 4 articles, 2 stories (2 copies of a story already told); 2 written\n");
    expect(four.stdout).toBe(exact);
  });

  it("writes CSV, one row a copy, and keeps stories told at least --min-copies times", () => {
    const out = join(dir, "..", `${dir.split("/").pop()}-stories.csv`);
    const result = runCli(["stories", dir, "--min-copies", "2", "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "caixun: 4 articles, 2 stories (2 copies of a story already told); 1 written\n",
    );
    const rows = readCsv(readFileSync(out, "utf8"));
    expect(rows[0]).toEqual([
      "storyId",
      "storyTitle",
      "firstSeenAt",
      "copies",
      "canonical",
      "id",
      "source",
      "via",
      "publishedAt",
      "title",
      "url",
      "file",
      "ref",
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[3], row[4], row[5]])).toEqual([
      [storyOfA, "3", "yes", a],
      [storyOfA, "3", "", b],
      [storyOfA, "3", "", c],
    ]);
  });

  it("parse --dedupe keeps the canonical copy of each story, --stories sets storyId on every article", () => {
    const deduped = runCli(["parse", dir, "--dedupe", "--fields", "id,storyId"]);
    expect(deduped.code).toBe(0);
    expect(jsonLines(deduped.stdout)).toEqual([
      { id: a, storyId: storyOfA },
      { id: d, storyId: storyOfD },
    ]);
    expect(deduped.stderr).toMatch(/; 2 copies of a story already told left out\n$/);
    expect(jsonLines(runCli(["parse", dir, "--stories", "-q", "--fields", "id,storyId"]).stdout)).toEqual([
      { id: a, storyId: storyOfA },
      { id: b, storyId: storyOfA },
      { id: c, storyId: storyOfA },
      { id: d, storyId: storyOfD },
    ]);
    expect(jsonLines(runCli(["parse", join(dir, "a-cls.md"), "-q", "--fields", "storyId"]).stdout)).toEqual([
      { storyId: null },
    ]);
  });

  it("parse --dedupe and --stories group at most --max-held articles at once too, and say so", () => {
    // As `stories --max-held 1`: the third copy comes after its story's first was forgotten.
    const deduped = runCli(["parse", dir, "--dedupe", "--max-held", "1", "--jobs", "1", "--fields", "id"]);
    expect(deduped.code).toBe(0);
    expect(jsonLines(deduped.stdout)).toEqual([{ id: a }, { id: c }, { id: d }]);
    expect(deduped.stderr).toMatch(
      /; 1 copies of a story already told left out\ncaixun: estimated: more than 1 articles within a story's time window or undated, the oldest forgotten as new ones came; a copy within 1 articles of its story's first joins it exactly; 2 stories were closed/,
    );
    const told = runCli(["parse", dir, "--stories", "--max-held", "4", "--fields", "id"]);
    expect(told.stderr).not.toContain("estimated");
  });

  it("refuses a folder as output and reports a missing input", () => {
    expect(runCli(["stories", dir, "-o", `${dir}/`]).code).toBe(2);
    expect(runCli(["stories", "nope"]).code).toBe(2);
  });
});
