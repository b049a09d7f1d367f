// The body stage tests a Markdown body's last lines for Markdown syntax before the whole body
// (`hasMarkdownHint`): the answer must be the pattern's over the whole body, whatever the body.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMarkdownHint, MARKDOWN_HINT } from "../src/stages/body.js";
import { corpusFiles, fcSeed } from "./helpers.js";

/** A long HTML story as mirrored posts carry it: longer than the tail tested first. */
const STORY = "<p>沪深两市早盘震荡走高，创业板指涨超1%，券商板块领涨。</p>\n".repeat(60);

describe("the Markdown hint, last lines first", () => {
  it("answers as the pattern over the whole text on every file of the corpus and the development set", () => {
    const files = corpusFiles(/\.(?:md|markdown|html?|txt)$/, "markdown-hint test");
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(hasMarkdownHint(text), file).toBe(MARKDOWN_HINT.test(text));
    }
  });

  it("finds a footer after a long HTML story, a heading before one, and nothing in the story alone", () => {
    expect(STORY.length).toBeGreaterThan(2048);
    expect(hasMarkdownHint(`${STORY}\n[返回财经首页](https://finance.example.com/)`)).toBe(true);
    expect(hasMarkdownHint(`## 要闻\n${STORY}`)).toBe(true);
    expect(hasMarkdownHint(STORY)).toBe(false);
    // A marker inside a line of the tail is no list item: the tail starts at a line start.
    expect(hasMarkdownHint(`${STORY}成交额 - 沪市`)).toBe(false);
    expect(hasMarkdownHint(`${STORY}- 沪市`)).toBe(true);
  });

  it("answers as the pattern over the whole text on random bodies longer than the tail (fast-check)", () => {
    const line = fc.constantFrom(
      "<p>沪深两市早盘震荡走高，创业板指涨超1%。</p>",
      '<div class="content">',
      "</div>",
      "普通文字，没有标记",
      "成交额 - 沪市",
      "价格 * 数量",
      "a> b",
      "- 列表项",
      "  * 列表项",
      "1. 第一",
      "# 标题",
      "> 引用",
      "---",
      "**加粗**",
      "[链接](https://a.cn/)",
      "<https://a.cn>",
      "\\*",
      "_强调_",
      "|a|b|",
      "",
      " ",
      "\t",
    );
    fc.assert(
      // A lead of varying length moves where the tail starts against the lines.
      fc.property(
        fc.nat(80),
        fc.array(line, { maxLength: 300 }),
        fc.boolean(),
        (lead, lines, trailingBreak) => {
          const body = `${"文".repeat(lead)}${STORY}${lines.join("\n")}${trailingBreak ? "\n" : ""}`;
          expect(hasMarkdownHint(body)).toBe(MARKDOWN_HINT.test(body));
        },
      ),
      { ...fcSeed(), numRuns: 500 },
    );
  });
});
