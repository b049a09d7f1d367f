// Core's Markdown reader (`src/markdown/`, markdown-it's rules ported with core's options: no
// linkify, no typographer, no indented code), against markdown-it itself with the same options:
// every Markdown file of the shared corpus and the development set, and random Markdown.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../src/default-settings.js";
import { parseBlocks } from "../src/markdown/block.js";
import type { MarkdownEnv } from "../src/markdown/token.js";
import { markdown } from "../src/stages/markdown-parser.js";
import { corpusFiles } from "./helpers.js";

const reference = new MarkdownIt("default", {
  html: true,
  linkify: false,
  breaks: false,
  typographer: false,
});
reference.disable("code");

describe("core's Markdown reader", () => {
  it("renders every Markdown file of the corpus and the development set as markdown-it does", () => {
    const files = corpusFiles(/\.(?:md|markdown)$/, "markdown-parser test");
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      expect(markdown.render(source), file).toBe(reference.render(source));
    }
  });

  it("renders random Markdown as markdown-it does (fast-check)", () => {
    const piece = fc.constantFrom(
      ..."新闻a1 \t\n#>-+*_=|~`!\\&\"'()[]<>:.%",
      "\n\n",
      "1. ",
      "2) ",
      "- ",
      "> ",
      "## ",
      "```",
      "---",
      "| a | b |\n|---|:-:|\n",
      "**",
      "~~",
      "[链接](http://例子.中国/路径?a=1%20b)",
      '![图](a.png "题")',
      "[a]: http://x.cn\n",
      "[a]",
      "<https://xn--fsq.com/中>",
      "<a@b.cn>",
      "www.example.com",
      "http://example.com",
      "<div>",
      "</div>",
      '<span class="x">',
      "&amp;",
      "&#x4e2d;",
      "\u3000",
      "\u0000",
      "\r\n",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const source = pieces.join("");
        expect(markdown.render(source)).toBe(reference.render(source));
      }),
      { numRuns: 20000 },
    );
  });

  it("links as markdown-it does: punycode host names, percent-encoding, no script URLs", () => {
    expect(markdown.normalizeLink("http://例子.中国/路径?a=1 b")).toBe(
      reference.normalizeLink("http://例子.中国/路径?a=1 b"),
    );
    expect(markdown.normalizeLink("http://例子.中国/路径")).toBe(
      "http://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84",
    );
    expect(markdown.normalizeLinkText("http://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF")).toBe("http://例子.中国/路");
    expect(markdown.validateLink("javascript:alert(1)")).toBe(false);
    expect(markdown.validateLink("data:image/png;base64,x")).toBe(true);
    expect(markdown.render("[a](javascript:alert(1)) www.example.com")).toBe(
      "<p>[a](javascript:alert(1)) www.example.com</p>\n",
    );
  });

  // A fence in a list in a quote, closed by the plain line after it, repeated (the twentieth reliability round's
  // attack): each quote takes every later line as lazy before its content ends at the first, so markdown-it looks
  // at the rest of the text once for each quote (88 KB 20.8 s in markdown-it 14.1.0). Core's quotes look at no more
  // lazy lines than markdownLazyLinesPerLine for each line, whatever the size, and read the same blocks.
  it("reads quotes that end before the plain line after them in work linear in the lines, as markdown-it does", () => {
    const unit = "> - > - ```\n正文\n";
    const small = unit.repeat(300);
    expect(markdown.render(small)).toBe(reference.render(small));
    const lazyLinesPerLine = (repeats: number) => {
      const env: MarkdownEnv = {};
      const tokens = parseBlocks(unit.repeat(repeats), env);
      expect(tokens.filter((token) => token.type === "blockquote_open")).toHaveLength(2 * repeats);
      expect(tokens.filter((token) => token.type === "paragraph_open")).toHaveLength(repeats);
      return env.lazyLines! / (2 * repeats);
    };
    const perLine = [lazyLinesPerLine(2_000), lazyLinesPerLine(20_000)];
    for (const ratio of perLine)
      expect(ratio).toBeLessThanOrEqual(DEFAULT_SETTINGS.markdownLazyLinesPerLine + 1);
    expect(perLine[1]! / perLine[0]!).toBeLessThan(1.1);
  });
});
