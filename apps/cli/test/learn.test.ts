import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonLines, runCli } from "./helpers/run-cli.js";

/** Six stories of one source, each closing with the same promotion line, and one of another. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "caixun-learn-"));
  mkdirSync(join(dir, "posts"));
  for (let i = 1; i <= 6; i++) {
    writeFileSync(
      join(dir, "posts", `${i}.md`),
      `---\ntitle: 第${i}条\nsource: 某某财经\ndate: 2024-01-0${i}\n---\n\n第${i}条新闻的正文，内容各不相同，编号${i}。\n\n关注某某财经公众号，获取更多投资资讯\n`,
    );
  }
  writeFileSync(
    join(dir, "posts", "other.md"),
    "---\ntitle: 别家\nsource: 另一家\ndate: 2024-01-09\n---\n\n关注某某财经公众号，获取更多投资资讯\n\n正文。\n",
  );
  return dir;
}

describe("caixun learn", () => {
  it("learns a line the stories of one source share, writes a rule pack and reports what it touched", () => {
    const dir = corpus();
    const out = join(dir, "learned.json");
    const result = runCli(["learn", join(dir, "posts"), "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("learned 1 rule in 1 pack from 7 files");
    expect(result.stderr).toMatch(
      /learned-1\s+source=某某财经\s+6 stories \(100%\), touched 6 files\s+关注某某财经公众号/,
    );
    const packs = JSON.parse(readFileSync(out, "utf8"));
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatchObject({
      name: "learned-1",
      match: { fields: { source: "某某财经" } },
      dropLines: ["关注某某财经公众号，获取更多投资资讯"],
    });
  });

  it("applies with parse --rules, to its source only", () => {
    const dir = corpus();
    const out = join(dir, "learned.json");
    expect(runCli(["learn", join(dir, "posts"), "-o", out, "-q"]).code).toBe(0);
    const parsed = jsonLines(
      runCli(["parse", join(dir, "posts"), "--rules", out, "--fields", "title,text", "-q"]).stdout,
    );
    expect(parsed.find((a) => a.title === "第1条")?.text).toBe("第1条新闻的正文，内容各不相同，编号1。");
    expect(parsed.find((a) => a.title === "别家")?.text).toContain("关注某某财经公众号");
  });

  it("learns nothing below the thresholds", () => {
    const dir = corpus();
    const out = join(dir, "learned.json");
    const result = runCli(["learn", join(dir, "posts"), "-o", out, "--min-stories", "10"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual([]);
  });
});

describe("caixun parse --rules", () => {
  it("refuses an invalid rules file before reading any input, saying where the problem is", () => {
    const dir = corpus();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ name: "x", dropBlocks: ["(unclosed"] }));
    const result = runCli(["parse", join(dir, "posts"), "--rules", bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("pack.dropBlocks[0]");
    expect(result.stdout).toBe("");
  });

  it("never writes its rule packs over an input, through a symbolic link too, nor into an input folder", () => {
    const dir = corpus();
    const input = join(dir, "posts", "1.md");
    const before = readFileSync(input);
    symlinkSync(input, join(dir, "link.json"));
    for (const [out, message] of [
      [input, `caixun: output ${input} is the input ${input}; caixun never writes over its inputs\n`],
      [
        join(dir, "link.json"),
        `caixun: output ${join(dir, "link.json")} is the input ${input}; caixun never writes over its inputs\n`,
      ],
    ]) {
      const result = runCli(["learn", input, join(dir, "posts", "2.md"), "-o", out!]);
      expect([result.code, result.stderr]).toEqual([2, message]);
    }
    const inside = join(dir, "posts", "learned.json");
    const result = runCli(["learn", join(dir, "posts"), "-o", inside]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `caixun: output ${inside} is inside the input ${join(dir, "posts")}, which would read it back; write it elsewhere\n`,
    ]);
    expect(readFileSync(input)).toEqual(before);
    expect(existsSync(inside)).toBe(false);
  });
});
