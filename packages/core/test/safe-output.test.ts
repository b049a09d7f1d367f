import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { normaliseUrl, safeUrl } from "../src/policy/index.js";
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
