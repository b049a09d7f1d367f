import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article, Block } from "../src/article.js";
import { scrubArticle, withoutControlCharacters } from "../src/assemble/control-characters.js";
import { renderHtml } from "../src/assemble/render-html.js";
import { parse } from "../src/index.js";
import { normaliseUrl, safeUrl } from "../src/policy/index.js";
import { plainText } from "../src/stages/raw-block.js";
import { strings } from "./helpers.js";
import { assertSanitized } from "./sanitized.js";

/** C0 but tab and line feed, DEL, C1. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("URLs are checked as a browser reads them", () => {
  it("normalises like the URL parser: ends trimmed of controls and spaces, tabs and newlines removed", () => {
    expect(normaliseUrl(" \u0000\n https://a.example/x\ty\n ")).toBe("https://a.example/xy");
    expect(normaliseUrl("jav\tascr\nipt:alert(1)")).toBe("javascript:alert(1)");
  });

  it("refuses every scheme but http and https, however it is hidden", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "\u0001javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "java\rscript:alert(1)",
      "vbscript:msgbox",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "",
      " \t ",
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).toBeNull();
    }
    expect(safeUrl(" https://img.example/a.jpg ")).toBe("https://img.example/a.jpg");
    expect(safeUrl("//img.example/a.jpg")).toBe("//img.example/a.jpg");
    expect(safeUrl("/images/a.jpg")).toBe("/images/a.jpg");
    expect(safeUrl("a:b/c.jpg")).toBeNull();
  });

  it("keeps javascript: hidden by entities, tabs or newlines out of an article's html and images", () => {
    const vectors = [
      '<img src="jav&#x09;ascript:alert(1)">',
      '<img src="jav&#9;ascript:alert(1)">',
      '<img src="jav&Tab;ascript:alert(1)">',
      '<img src="&#106;avascript:alert(1)">',
      '<img src="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">',
      '<img src="java&NewLine;script:alert(1)">',
      '<img src=" &#14; javascript:alert(1)">',
      '<img data-src="\njavascript:alert(1)">',
      "![x](jav&#x09;ascript:alert(1))",
      "![x](<java\tscript:alert(1)>)",
    ];
    for (const vector of vectors) {
      const article = parse(`---\ntitle: t\n---\n${vector}\n\n<p>正文。</p>\n`);
      assertSanitized(article.html);
      // Resolved by the WHATWG URL parser, as a browser resolves a src: only web URLs remain.
      const sources = [...article.html.matchAll(/src="([^"]*)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
      for (const src of [...sources, ...article.images.map((image) => image.src)]) {
        expect(new URL(src, "https://base.example/").protocol, vector).toMatch(/^https?:$/);
      }
    }
  });
});

describe("no text field carries a control character", () => {
  it("drops ESC, CSI and OSC sequences brought in by entities and YAML escapes", () => {
    const article = parse(
      [
        "---",
        'title: "标题\\e]0;owned\\a\\e[2J"',
        'author: "\\x9b31m记者"',
        'tags: ["a\\u0007b"]',
        'custom: { "k\\u001b": "v\\u0085" }',
        "---",
        "<p>正文&#27;[31m红色&#x9b;1m&#7;。</p>",
        "<table><tr><td>a&#13;b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>",
      ].join("\n"),
    );
    expect(article.title).toBe("标题]0;owned[2J");
    expect(article.author).toBe("31m记者");
    expect(article.tags).toEqual(["ab"]);
    expect(article.extra.custom).toEqual({ k: "v" });
    // HTML maps &#x9b; to › (windows-1252), and reads &#13; as white space.
    expect(article.text).toBe("正文[31m红色›1m。\n\na b\tc\nd\te");
    for (const text of strings(article)) expect(text).not.toMatch(CONTROL);
  });

  it("holds for any input (property)", () => {
    const control = fc.constantFrom(
      "\u001b",
      "\u009b",
      "\u0007",
      "\u0000",
      "\r",
      "\u007f",
      "&#27;",
      "&#x9b;",
      "\\e",
    );
    const piece = fc.oneof(
      control,
      fc.string({ maxLength: 8 }),
      fc.constantFrom("<p>", "</p>", "\n", "---", "title: "),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        for (const text of strings(parse(pieces.join("")))) expect(text).not.toMatch(CONTROL);
      }),
      { numRuns: 300 },
    );
  });
});

/** Embeddings, overrides and isolates: never in an Article. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** Direction marks: in an Article only beside a right-to-left letter. */
const DIRECTION_MARK = /[\u061c\u200e\u200f]/;

describe("no text field carries a bidirectional control, nor a direction mark it does not need", () => {
  it("drops them from a post's front matter, body and file name, and keeps a mark beside Hebrew", () => {
    const article = parse(
      [
        "---",
        'title: "\u202e央行宣布降准0.5个百分点\u202c"',
        "author: 张\u200f三",
        "categories: [宏观\u2066经济\u2069]",
        "tags: [降准, \u200e货币政策]",
        "source: 新华社\u061c",
        "---",
        "",
        "中国人民银行\u202d决定\u202c于2024年2月5日下调存款准备金率。",
        "",
        "以色列央行（בנק ישראל\u200f）维持利率不变。",
      ].join("\n"),
      { filename: "2024-02-05-\u202ecod.exe\u202c.md" },
    );
    expect(article.title).toBe("央行宣布降准0.5个百分点");
    expect(article.author).toBe("张三");
    expect(article.categories).toEqual(["宏观经济"]);
    expect(article.tags).toEqual(["降准", "货币政策"]);
    expect(article.text).toBe(
      "中国人民银行决定于2024年2月5日下调存款准备金率。\n\n以色列央行（בנק ישראל\u200f）维持利率不变。",
    );
    for (const text of strings(article)) expect(text).not.toMatch(BIDI_CONTROL);
  });

  it("holds for any input, file name included (property)", () => {
    const bidi = fc.constantFrom(
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200e",
      "\u200f",
      "\u061c",
      "&#x202e;",
      "&rlm;",
      "\\u202e",
    );
    // Left-to-right text only: no mark is needed anywhere, so none may be left.
    const ltr = fc.string({ unit: fc.constantFrom(..."央行降准a1 ，。:-[]#\"'"), maxLength: 8 });
    const piece = fc.oneof(
      bidi,
      ltr,
      fc.constantFrom("<p>", "</p>", "\n", "---", "title: ", "author: ", "tags: [", '"', "# "),
    );
    const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.oneof(bidi, ltr), { maxLength: 4 }), (input, name) => {
        for (const field of strings(parse(input, { filename: `${name.join("")}.md` }))) {
          expect(field).not.toMatch(BIDI_CONTROL);
          expect(field).not.toMatch(DIRECTION_MARK);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the Article's scrub reads its body once (scrubArticle)", () => {
  /** Every string, keys included, as `withoutControlCharacters` leaves it: the scrub of every field alike. */
  const scrubbedEverywhere = (value: unknown): unknown => {
    if (typeof value === "string") return withoutControlCharacters(value);
    if (Array.isArray(value)) return value.map(scrubbedEverywhere);
    if (value !== null && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [withoutControlCharacters(key), scrubbedEverywhere(item)]),
      );
    return value;
  };
  /** An Article made as `assemble` makes it: `text` and `html` rendered from `blocks`. */
  const articleOf = (blocks: Block[], title: string): Article => ({
    ...parse("<p>正文。</p>"),
    title,
    blocks,
    text: plainText(blocks),
    html: renderHtml(blocks),
  });

  it("leaves text and html as they are when nothing else held a control character", () => {
    const blocks: Block[] = [
      { type: "paragraph", text: "正文 😀 a&b" },
      { type: "image", src: "https://example.com/a.png", alt: "图", caption: "图注" },
    ];
    const article = scrubArticle(articleOf(blocks, "标题"));
    expect(article.text).toBe("正文 😀 a&b\n\n图注");
    expect(article.html).toBe(
      '<p>正文 😀 a&amp;b</p>\n<figure><img src="https://example.com/a.png" alt="图"><figcaption>图注</figcaption></figure>',
    );
  });

  it("scrubs text and html when a block held one", () => {
    const blocks: Block[] = [{ type: "list", ordered: false, items: ["a\u001b[2Jb", "\ud800c"] }];
    const article = scrubArticle(articleOf(blocks, "标题"));
    expect(article.blocks).toEqual([{ type: "list", ordered: false, items: ["a[2Jb", "\uFFFDc"] }]);
    expect(article.text).toBe("a[2Jb\n\uFFFDc");
    expect(article.html).toBe("<ul><li>a[2Jb</li><li>\uFFFDc</li></ul>");
  });

  it("gives what scrubbing every string gives (property)", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        "\u001b",
        "\u009b",
        "\u0000",
        "\t",
        "\n",
        "\ud83d",
        "\ude00",
        "😀",
        "&",
        "<",
        "正文",
        "\u202e",
        "\u2067",
        "\u200e",
        "\u200f",
        "\u061c",
        "ש",
        "ع",
      ),
    );
    const text = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ type: fc.constant("heading" as const), level: fc.constantFrom(1, 2, 3 as const), text }),
      fc.record({ type: fc.constant("paragraph" as const), text }),
      fc.record({ type: fc.constant("quote" as const), text }),
      fc.record({
        type: fc.constant("list" as const),
        ordered: fc.boolean(),
        items: fc.array(text, { maxLength: 3 }),
      }),
      fc.record({
        type: fc.constant("table" as const),
        rows: fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 3 }),
      }),
      fc.record({
        type: fc.constant("image" as const),
        src: fc.option(text.map((path) => `https://example.com/${path}`)),
        alt: fc.option(text),
        caption: fc.option(text),
      }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), text, (blocks, title) => {
        const article = articleOf(blocks, title);
        const expected = scrubbedEverywhere(structuredClone(article));
        expect(scrubArticle(article)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
