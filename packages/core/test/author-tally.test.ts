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

  it("counts no placeholder and no host as a writer: the next place's name, or none", () => {
    expect(resolveAuthor([{ name: "未知", strength: byline }])).toBeNull();
    expect(
      resolveAuthor([
        { name: "网络整理", strength: byline },
        { name: "张三", strength: page },
      ]),
    ).toBe("张三");
    expect(resolveAuthor([{ name: "mp.weixin.qq.com", strength: frontMatter }])).toBeNull();
    // A name that holds such a word is a name.
    expect(resolveAuthor([{ name: "未知君", strength: byline }])).toBe("未知君");
  });

  it("reads the placeholders of real pages and notes as no author", () => {
    // datasets/fresh-42/html-page/ednchina__alibaba-hanguang-800.html (the page's info line, excerpt)
    const page = parse(
      '<html><head><title>阿里平头哥发布含光800_EDN电子技术设计</title></head><body><h1>阿里平头哥发布含光800</h1><div class="info"><span>作者：网络整理</span></div><div class="content"><p>9月25日，阿里巴巴旗下的平头哥半导体公司在杭州云栖大会上正式发布了含光800芯片，这是一款用于云端推理的人工智能芯片。</p><p>含光800的性能和能效比都刷新了业界纪录。</p></div></body></html>',
      { filename: "alibaba-hanguang-800.html" },
    );
    expect(page.author).toBeNull();
    // datasets/fresh-19/readwise-logseq/readwise__golang-mgp.md (its head, one highlight)
    const note = parse(
      "title:: Readwise/Highlights/Golang MGP 调度器 (23)\nauthor:: [[mp.weixin.qq.com]]\nfull-title:: Golang MGP 调度器\ncategory:: #articles\n\n- Runtime 所担任的职责：goroutines 调度，垃圾回收，当然还提供goroutines 执行的环境 #Highlight #\n",
      { filename: "readwise__golang-mgp.md" },
    );
    expect(note.author).toBeNull();
  });

  it("counts a site system's account and a platform's column type as no writer", () => {
    // A CMS's default user as its pages' author meta (`admin`); an account that holds such a word is a name.
    expect(resolveAuthor([{ name: "admin", strength: page }])).toBeNull();
    expect(resolveAuthor([{ name: "Admin", strength: frontMatter }])).toBeNull();
    expect(resolveAuthor([{ name: "管理员", strength: page }])).toBeNull();
    expect(resolveAuthor([{ name: "admin2020", strength: page }])).toBe("admin2020");
    // datasets/fresh-19/readwise-logseq/readwise__rustcn-async.md (its head, one highlight): Readwise states the
    // platform as the author.
    const note = parse(
      "title:: Readwise/Highlights/「RustCn 翻译计划」异步 Rust：协作与抢占式调度 (65)\nauthor:: [[知乎专栏]]\nfull-title:: 「RustCn 翻译计划」异步 Rust：协作与抢占式调度\ncategory:: #articles\nurl:: https://zhuanlan.zhihu.com/p/499791233\n\n- 抢占式调度有很多优点 ([View Highlight](https://read.readwise.io/read/01ga2xg3g2e4k56hpdzzzd15z3)) #Highlight #[[2022-08-12]]\n",
      { filename: "readwise__rustcn-async.md" },
    );
    expect(note.author).toBeNull();
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
