// Core's Markdown reader (`src/markdown/`, markdown-it's rules ported with core's options: no
// linkify, no typographer, no indented code), against markdown-it itself with the same options:
// every Markdown file of the shared corpus and the development set, and random Markdown.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
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

  // Quotes, lists and lazy lines line by line: the shapes where a quote's content may end before the quote does.
  it("reads quotes, lists and lazy lines as markdown-it does, line by line (fast-check)", () => {
    const prefix = fc.constantFrom(
      "",
      "> ",
      ">",
      "> > ",
      "  ",
      "   ",
      "    ",
      "\t",
      "- ",
      "1. ",
      "> - ",
      "- > ",
      ">\t",
    );
    const content = fc.constantFrom(
      "",
      "正文",
      "```",
      "~~~",
      "---",
      "===",
      "# 标题",
      "| a | b |",
      "|---|---|",
      "[a]: /u",
      '"题"',
      "<div>",
      "<!--",
      "-->",
      "- 项",
      "2) 项",
      "> 引",
    );
    const line = fc.tuple(prefix, prefix, content).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const source = lines.join("\n");
        expect(markdown.render(source)).toBe(reference.render(source));
      }),
      { numRuns: 20000 },
    );
  });

  // quad42's bound ended a quote at its first `>` line after a lazy one once the text's quotes had looked at 8 lazy
  // lines a line: past 600 lines of the attack, a quote whose paragraph runs on over a lazy line and the next `>` line
  // was cut in two (`<p>引文 正文</p>` then a quote of its own for `续`). Reading lines as the content comes to them needs
  // no bound, so the blocks are markdown-it's at any size.
  it("reads a quote's paragraph on over a lazy line after any number of quotes, as markdown-it does", () => {
    const source = `${"> - > - ```\n正文\n".repeat(300)}> 引文\n正文\n> 续\n`;
    const html = markdown.render(source);
    expect(html).toBe(reference.render(source));
    expect(html.endsWith("<blockquote>\n<p>引文\n正文\n续</p>\n</blockquote>\n")).toBe(true);
  });

  // A fence in a list in a quote, closed by the plain line after it, repeated (the twentieth reliability round's
  // attack): markdown-it's quote takes every later line as lazy before its content ends at the first, so it reads the
  // rest of the text once for each quote (88 KB 20.8 s in markdown-it 14.1.0). Core's quote reads a line only when its
  // content comes to it (the twenty-first round), so each line is read a bounded number of times whatever the size:
  // the work (the lines the quotes read, which markdown-it's read again for each quote) per kilobyte is the same at
  // 32 KB and at 1 MB.
  it.each([
    ["a fence in a list in a quote, then a plain line", "> - > - ```\n正文\n"],
    ["a quote whose paragraph takes a lazy line, then a fence", "> 引文\n正文\n> - ```\n正文\n"],
    ["quotes in list items, each ended by a plain line", "- > - ```\n  正文\n"],
    ["a quote ended by an empty quote line, then a plain line", "> - ```\n>\n正文\n"],
    ["nested quotes, each ended by its own plain line", "> > > - ```\n正文\n> > 引\n正文\n"],
  ])("reads %s in work linear in the text, as markdown-it does", (_name, unit) => {
    const small = unit.repeat(300);
    expect(markdown.render(small)).toBe(reference.render(small));
    const workPerKilobyte = (bytes: number) => {
      const source = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
      const env: MarkdownEnv = {};
      parseBlocks(source, env);
      return env.linesRead! / (Buffer.byteLength(source) / 1024);
    };
    const [at32K, at1M] = [workPerKilobyte(32 * 1024), workPerKilobyte(1024 * 1024)];
    expect(at32K).toBeGreaterThan(0);
    expect(at1M / at32K).toBeLessThan(1.5);
  });
});
