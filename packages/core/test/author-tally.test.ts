// The writer tallied from every place that names one (credits/author-tally.ts): the body's byline, the
// front matter's author, the page's markup, and agreeing values under any other front-matter key.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUTHOR_WEIGHT, AuthorStrength, resolveAuthor } from "../src/credits/author-tally.js";
import { parse } from "../src/index.js";

const { byline, frontMatter, page, otherKey } = AuthorStrength;

describe("the author tally", () => {
  it("takes the one name a single place gives, as that place spells it", () => {
    expect(resolveAuthor([{ name: "Greg Schoeninger", strength: page }])).toBe("Greg Schoeninger");
    expect(resolveAuthor([])).toBeNull();
  });

  it("lets one stronger place win over one weaker place", () => {
    expect(
      resolveAuthor([
        { name: "李四", strength: byline },
        { name: "张三", strength: frontMatter },
      ]),
    ).toBe("李四");
    expect(
      resolveAuthor([
        { name: "张三", strength: frontMatter },
        { name: "王五", strength: page },
      ]),
    ).toBe("张三");
  });

  it("lets two weaker places that agree win over a stronger one alone", () => {
    expect(
      resolveAuthor([
        { name: "李四", strength: byline },
        { name: "张三", strength: frontMatter },
        { name: "张 三", strength: page },
      ]),
    ).toBe("张三");
  });

  it("counts another key's value only as agreement: alone it elects no one, and it breaks no tie", () => {
    expect(resolveAuthor([{ name: "金融", strength: otherKey }])).toBeNull();
    expect(
      resolveAuthor([
        { name: "张三", strength: page },
        { name: "王五", strength: page },
        { name: "王五", strength: otherKey },
      ]),
    ).toBe("王五");
    expect(
      resolveAuthor([
        { name: "李四", strength: byline },
        { name: "张三", strength: frontMatter },
        { name: "张三", strength: otherKey },
      ]),
    ).toBe("李四");
  });

  it("never lets one piece outweigh a stronger piece, whatever the order", () => {
    const strengths = [otherKey, page, frontMatter, byline];
    for (let i = 1; i < strengths.length; i++) {
      expect(AUTHOR_WEIGHT[strengths[i]!]!).toBeGreaterThan(AUTHOR_WEIGHT[strengths[i - 1]!]!);
    }
    const piece = fc.record({
      name: fc.constantFrom("张三", "李四"),
      strength: fc.constantFrom(page, frontMatter, byline),
    });
    fc.assert(
      fc.property(piece, piece, (a, b) => {
        fc.pre(a.name !== b.name && a.strength !== b.strength);
        const stronger = a.strength > b.strength ? a : b;
        expect(resolveAuthor([a, b])).toBe(stronger.name);
        expect(resolveAuthor([b, a])).toBe(stronger.name);
      }),
    );
  });
});

describe("the author of a parsed file", () => {
  const post = (header: string[], body: string) =>
    [
      "---",
      "title: 标题",
      ...header,
      "---",
      "",
      body,
      "",
      "这是正文的第一段，讲了一件事情的来龙去脉。",
      "",
    ].join("\n");

  it("is the body's byline over the front matter's author, even with another key agreeing with it", () => {
    expect(parse(post(["author: 王五"], "作者：李四"), { filename: "post.md" }).author).toBe("李四");
    expect(parse(post(["author: 王五", "writer: 王五"], "作者：李四"), { filename: "post.md" }).author).toBe(
      "李四",
    );
  });

  it("is the front matter's author when the body names none, and never a value under another key alone", () => {
    expect(parse(post(["author: 王五"], "正文开头。"), { filename: "post.md" }).author).toBe("王五");
    expect(parse(post(["writer: 王五"], "正文开头。"), { filename: "post.md" }).author).toBeNull();
  });
});
