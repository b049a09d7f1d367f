// TOML front matter between `+++` lines (Zola, Hugo): `readTomlFrontMatter` and what `parse` makes of a post.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { readTomlFrontMatter } from "../src/stages/front-matter-toml.js";

// linxz-coder/zola-basic content/blog/AI 时代，谁在卖铲子的人身后赚钱？.md @ dbb7cc7451c104525a10022fab0adb0f8ad2b074
// (datasets/fresh-55/zola-blog).
const ZOLA_POST = join(
  import.meta.dirname,
  "../../../datasets/fresh-55/zola-blog/zola-basic__AI 时代，谁在卖铲子的人身后赚钱？.md",
);

describe("TOML front matter", () => {
  it("reads a Zola post's keys, its authors list and its [taxonomies] table", () => {
    const front = readFileSync(ZOLA_POST, "utf8").split("+++")[1]!;
    expect(readTomlFrontMatter(front)).toEqual({
      title: "AI 时代，谁在卖铲子的人身后赚钱？",
      date: "2026-07-29",
      authors: ["小中"],
      description: "最近看到两个新闻",
      taxonomies: { tags: ["人工智能", "AI基础设施", "芯片", "存储"] },
    });
  });

  it("reads escaped quotes, literal strings, arrays over lines, comments and booleans; skips arrays of tables", () => {
    const source = [
      'title = "A \\"quoted\\" word" # a comment',
      "slug = 'C:\\raw'",
      "draft = false",
      "weight = 10 # order",
      "tags = [",
      '  "股票",',
      "  '基金',",
      "]",
      "[[resources]]",
      'title = "封面图"',
      "[extra]",
      'author = "小中"',
    ].join("\n");
    expect(readTomlFrontMatter(source)).toEqual({
      title: 'A "quoted" word',
      slug: "C:\\raw",
      draft: false,
      weight: "10",
      tags: ["股票", "基金"],
      extra: { author: "小中" },
    });
  });

  it("keeps a `__proto__` key as data", () => {
    const data = readTomlFrontMatter('"__proto__" = "x"\n[__proto__]\ntitle = "y"');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(["__proto__"]);
  });

  it("gives parse the post's title, day, author and body, the front matter no part of the text", () => {
    const article = parse(readFileSync(ZOLA_POST, "utf8"), { filename: "AI 时代.md" });
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
