// TOML front matter between `+++` lines (Zola, Hugo), read by `splitFrontMatter`, and what `parse` makes of a post.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { splitFrontMatter } from "../src/stages/front-matter.js";

// linxz-coder/zola-basic content/blog/AI 时代，谁在卖铲子的人身后赚钱？.md @ dbb7cc7451c104525a10022fab0adb0f8ad2b074
// (datasets/fresh-55/zola-blog).
const ZOLA_POST = readFileSync(
  join(
    import.meta.dirname,
    "../../../datasets/fresh-55/zola-blog/zola-basic__AI 时代，谁在卖铲子的人身后赚钱？.md",
  ),
  "utf8",
);

describe("TOML front matter", () => {
  it("reads a Zola post's own keys and its authors list; its [taxonomies] table is no field of the page", () => {
    const split = splitFrontMatter(ZOLA_POST);
    expect(split.data).toEqual({
      title: "AI 时代，谁在卖铲子的人身后赚钱？",
      date: "2026-07-29",
      authors: ["小中"],
      description: "最近看到两个新闻",
    });
    expect([split.present, split.bodyLine, split.body.startsWith("\n最近看到两个新闻。")]).toEqual([
      true,
      9,
      true,
    ]);
  });

  it("reads an array over lines as a key with nothing under it, and a table's keys not at all", () => {
    const source =
      '+++\ntitle = "A \\"quoted\\" word"\ntags = [\n  "股票",\n]\n[[resources]]\ntitle = "封面图"\n+++\n正文。';
    expect(splitFrontMatter(source).data).toEqual({ title: 'A "quoted" word', tags: null });
  });

  it("gives parse the post's title, day, author and body, the front matter no part of the text", () => {
    const article = parse(ZOLA_POST, { filename: "AI 时代.md" });
    expect([article.title, article.publishedAt, article.author]).toEqual([
      "AI 时代，谁在卖铲子的人身后赚钱？",
      "2026-07-29T00:00:00+08:00",
      "小中",
    ]);
    expect(article.text.startsWith("最近看到两个新闻。\n")).toBe(true);
    expect(article.text).not.toContain("taxonomies");
  });

  it("reads a `+++` block that never closes as body", () => {
    const article = parse('+++\ntitle = "x"\n\n这是正文，没有结束的围栏。', { filename: "a.md" });
    expect(article.text).toContain("title");
  });
});
