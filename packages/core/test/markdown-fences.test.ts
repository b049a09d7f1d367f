import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { fencedLines, mayHoldFence } from "../src/markdown/fences.js";
import { bodyToHtml } from "../src/stages/body.js";

/** The fenced blocks of a text as [first line, line after the last] pairs; [] when it holds none. */
const ranges = (markdown: string) => fencedLines(markdown)?.ranges ?? [];

describe("fencedLines: which lines are fenced code, as CommonMark reads them", () => {
  // CommonMark 0.31.2, §4.5 Fenced code blocks, examples 119–147 — markdown-it/markdown-it,
  // test/fixtures/commonmark/spec.txt @ 0b14fa069f1b51f333b73df51556a0625711e48d. Each example's Markdown and the
  // lines its <pre><code> holds (with its opening and closing runs).
  const examples: Array<[number, string, Array<[number, number]>]> = [
    [119, "```\n<\n >\n```", [[0, 4]]],
    [120, "~~~\n<\n >\n~~~", [[0, 4]]],
    [121, "``\nfoo\n``", []],
    [122, "```\naaa\n~~~\n```", [[0, 4]]],
    [123, "~~~\naaa\n```\n~~~", [[0, 4]]],
    [124, "````\naaa\n```\n``````", [[0, 4]]],
    [125, "~~~~\naaa\n~~~\n~~~~", [[0, 4]]],
    [126, "```", [[0, 1]]],
    [127, "`````\n\n```\naaa", [[0, 4]]],
    [128, "> ```\n> aaa\n\nbbb", [[0, 2]]],
    [129, "```\n\n  \n```", [[0, 4]]],
    [130, "```\n```", [[0, 2]]],
    [131, " ```\n aaa\naaa\n```", [[0, 4]]],
    [132, "  ```\naaa\n  aaa\naaa\n  ```", [[0, 5]]],
    [133, "   ```\n   aaa\n    aaa\n  aaa\n   ```", [[0, 5]]],
    // Four spaces in: indented code to CommonMark, a paragraph to core (no indented code) — no fence either way.
    [134, "    ```\n    aaa\n    ```", []],
    [135, "```\naaa\n  ```", [[0, 3]]],
    [136, "   ```\naaa\n  ```", [[0, 3]]],
    [137, "```\naaa\n    ```", [[0, 3]]],
    [138, "``` ```\naaa", []],
    [139, "~~~~~~\naaa\n~~~ ~~", [[0, 3]]],
    [140, "foo\n```\nbar\n```\nbaz", [[1, 4]]],
    [141, "foo\n---\n~~~\nbar\n~~~\n# baz", [[2, 5]]],
    [142, "```ruby\ndef foo(x)\n  return 3\nend\n```", [[0, 5]]],
    [143, "~~~~    ruby startline=3 $%@#$\ndef foo(x)\n  return 3\nend\n~~~~~~~", [[0, 5]]],
    [144, "````;\n````", [[0, 2]]],
    [145, "``` aa ```\nfoo", []],
    [146, "~~~ aa ``` ~~~\nfoo\n~~~", [[0, 3]]],
    [147, "```\n``` aaa\n```", [[0, 3]]],
  ];
  it.each(examples)("example %i", (_, markdown, expected) => {
    expect(ranges(markdown)).toEqual(expected);
  });

  it("reads a fence in a list item at the item's indent (four spaces and more) and ends one with its container", () => {
    // An ordered item's content stands three columns in: its fence is indented four.
    expect(ranges("1. 第一项\n\n    ```\n    **甲：**\n    ```\n\n正文")).toEqual([[2, 5]]);
    // Unclosed in a list item: the fence ends where the item does, and the prose after the list is no code.
    expect(ranges("- 第一项\n  ```\n  代码\n\n正文 ``` 之后")).toEqual([[1, 4]]);
    // Unclosed in a quote: it ends with the quote.
    expect(ranges("> ~~~\n> 代码\n\n**甲：**正文\n~~~")).toEqual([
      [0, 2],
      [4, 5],
    ]);
  });

  it("answers for a line or a run of lines, and is asked only of a text that writes a fence's run", () => {
    const fenced = fencedLines("前文\n```\n代码\n```\n后文\n~~~\n代码")!;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((line) => fenced.has(line))).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
    expect(fenced.meets(4, 5)).toBe(false);
    expect(fenced.meets(4, 6)).toBe(true);
    expect(fenced.meets(0, 1)).toBe(false);
    expect(mayHoldFence("``代码``")).toBe(false);
    expect(fencedLines("无围栏的正文")).toBeNull();
  });

  it("reads a real guide: fences holding blank lines, and `    ```lang` four spaces in, which is no fence", () => {
    // vnotex/vnote, src/resources/docs/markdown_guide_zh.md @ 2637fd90ec89ced197f0e099dbc4167c9ac5818f (excerpt).
    const guide = [
      "### 强调",
      "```md",
      "*This text will be italic*  ",
      "_This text will be italic_  ",
      "",
      "**This text will be bold**  ",
      "__This text will be bold__",
      "```",
      "",
      "**注意**：",
      "",
      "### 代码块",
      "    ```lang",
      "    This is a fenced code block.",
      "    ```",
      "",
      "如果想输入一个 `` ` ``，需要使用两个 `` ` `` 来括住它，例如 ``` `` ` `` ```。",
    ].join("\n");
    expect(ranges(guide)).toEqual([[1, 8]]);
  });
});

describe("bodyToHtml: a fenced block is Markdown, the body's only Markdown too", () => {
  // intzeros/zero-theme _posts/2017-08-01-static-website-with-jekyll.md at ceaf0e59: its front matter and three
  // verbatim pieces — the paragraph closing with the excerpt mark `<!-- more -->`, the next plain paragraph and the
  // `~~~` block under it — between which the file has a heading and a list (left out: they are Markdown of their own).
  const post = [
    "---",
    "layout: post",
    'title:  "从WordPress到静态网站"',
    "date:   2017-08-01 12:00:00",
    "categories: coding4fun",
    "tags: [github, jekyll, bootstrap]",
    "---",
    "",
    "对前端只停留在css的我，花了整三天时间，从Hexo到Jekyll再到Bootstrap，以及各种markdown2html解析器...最后基本算是从头写了一个基于Jekyll的website theme 😓  在此记录了各种前端坑，自认为还算详细吧。<!-- more -->",
    "",
    "Hexo会比Jekyll搭建起来更方便一些，而且各种配置项的设计也很便捷，网站themes还很丰富，所以我一开始弄的就是这个。",
    "",
    "~~~",
    "$ npm uninstall hexo-renderer-marked --save",
    "$ npm install hexo-renderer-kramed --save",
    "~~~",
    "",
  ].join("\n");

  it("renders the code as code, where the body was passed through as HTML with its fence lines as prose", () => {
    const body = post.slice(post.indexOf("对前端"));
    expect(bodyToHtml(body, "markdown")).toContain(
      "<pre><code>$ npm uninstall hexo-renderer-marked --save\n$ npm install hexo-renderer-kramed --save\n</code></pre>",
    );
    const { text } = parse(post);
    expect(text.split("\n\n").slice(-2)).toEqual([
      "$ npm uninstall hexo-renderer-marked --save",
      "$ npm install hexo-renderer-kramed --save",
    ]);
    expect(text).not.toContain("~~~");
  });

  it("passes a body without Markdown through as it was", () => {
    const body = "<p>正文第一段。</p>\n\n<p>正文第二段，``不是围栏``。</p>\n";
    expect(bodyToHtml(body, "markdown")).toBe(body);
  });
});

describe("bodyToHtml: code is verbatim to every rewrite before Markdown", () => {
  const body = (markdown: string) => bodyToHtml(markdown, "markdown");

  it("leaves HTML-looking chunks inside a fence in the code, blank lines and all", () => {
    expect(body('## 示例\n\n```html\n<div class="x">\n\n<p>段落</p>\n```\n\n<div>块</div>')).toBe(
      '<h2>示例</h2>\n<pre><code class="language-html">&lt;div class=&quot;x&quot;&gt;\n\n&lt;p&gt;段落&lt;/p&gt;\n</code></pre>\n<div>块</div>',
    );
  });

  it("reads a fence in a list item indented four, and one that ends with its quote, as code", () => {
    expect(body("1. 第一项\n\n    ```\n    **甲：**乙\n    ```\n\n**甲：**乙")).toBe(
      '<ol>\n<li>\n<p data-caixun-markdown="">第一项</p>\n<pre><code>**甲：**乙\n</code></pre>\n</li>\n</ol>\n<p data-caixun-markdown=""><strong>甲：</strong>乙</p>\n',
    );
    expect(body("> ```\n> **甲：**乙\n\n**甲：**乙")).toBe(
      '<blockquote>\n<pre><code>**甲：**乙\n</code></pre>\n</blockquote>\n<p data-caixun-markdown=""><strong>甲：</strong>乙</p>\n',
    );
  });

  it("takes header attributes off prose beside a fence, never off the fence's lines", () => {
    expect(body("## 标题 {#title}\n```\n## 代码 {#code}\n```")).toBe(
      "<h2>标题</h2>\n<pre><code>## 代码 {#code}\n</code></pre>\n",
    );
  });
});
