import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAIN_URL, renderDirect } from "../src/stages/markdown-direct.js";
import { markdown } from "../src/stages/markdown-parser.js";

/** What markdown-it writes for the chunks, as the body stage hands them over (blank-line separated). */
const rendered = (chunks: string[]) => markdown.render(chunks.join("\n\n"));

describe("Markdown written directly", () => {
  it("writes a mirrored post's story, share link and footer as markdown-it does", () => {
    const chunks = [
      "<!--caixun-html-block:0-->",
      "",
      "  摩根士丹利分析师Katy Huberty维持了对苹果的“增持”评级(较最新收盘价高近17%)。 ",
      '\n2022年1月30日，"中国太保"表示 ',
      "<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201302266849892>",
      "[返回北方网新闻](//finews.withounder.com/category/beifangwang.html)｜[返回首页](//finews.withounder.com/)",
      "[返回首页](../)",
      "**一、“守”好主业，“护”好民生**",
      "<strong>要点：</strong>",
      "见[链接](http://例子.中国/路径?a=1%20b)，<https://xn--fsq.com/中>",
    ];
    const direct = renderDirect(chunks.join("\n\n"), markdown);
    expect(direct).not.toBeNull();
    expect(direct).toBe(rendered(chunks));
  });

  it("leaves everything else to markdown-it", () => {
    for (const chunk of [
      "# 标题",
      "1. 第一",
      "- 项目",
      "> 引用",
      "**重点**正文",
      "** 重点**",
      "a_b_",
      "第一行\n# 标题",
      "第一行  \n第二行",
      "[a](javascript:alert(1))",
      "[a]: http://x",
      "<span>x</span>",
      "a &amp; b",
      "\\*",
      "`code`",
      "![图](a.png)",
      "<foo@bar.com>",
      "[a](<b>)",
      '[a](b "title")',
      "~~删~~",
    ]) {
      expect(renderDirect(chunk, markdown), chunk).toBeNull();
    }
  });

  it("equals markdown-it on every input it accepts (fast-check)", () => {
    const piece = fc.constantFrom(
      "新",
      "闻",
      "a",
      "1",
      "2.",
      "3)",
      " ",
      "\t",
      "\u3000",
      "\n",
      "\n\n",
      "\n \n",
      "#",
      ">",
      "-",
      "+",
      "*",
      "_",
      "=",
      "|",
      "~",
      "`",
      "!",
      "\\",
      "&",
      "&amp;",
      '"',
      "'",
      "(",
      ")",
      "[",
      "]",
      "](",
      "[返回](",
      "<",
      ">",
      "<http://a.com/b?c=1&d=%E4>",
      "<https://例子.中国/x>",
      "<javascript:x>",
      "<a@b.cn>",
      "http://",
      "//a.com/",
      "../",
      "javascript:",
      "data:image/png;base64,x",
      "%",
      "%zz",
      "｜",
      "\u0000",
      "\u007f",
      "<!--caixun-html-block:0-->",
      "**",
      "**重点**",
      "**“守”好**",
      "<strong>",
      "</strong>",
      "<strong>要点：</strong>",
    );
    const chunk = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.array(chunk, { minLength: 1, maxLength: 4 }), (chunks) => {
        const direct = renderDirect(chunks.join("\n\n"), markdown);
        if (direct !== null) expect(direct).toBe(rendered(chunks));
        // With its paragraphs marked, as the body stage asks for them.
        const marked = renderDirect(chunks.join("\n\n"), markdown, '<p data-mark="">');
        if (marked !== null) expect(marked).toBe(markdown.render(chunks.join("\n\n"), "data-mark"));
      }),
      { numRuns: 20000 },
    );
  });

  it("takes a URL as it is only where markdown-it's normaliser gives it back unchanged (fast-check)", () => {
    const piece = fc.constantFrom(
      "http:",
      "https:",
      "HTTP:",
      "ftp:",
      "//",
      "/",
      "./",
      "../",
      "a",
      "Z",
      "0",
      "-",
      ".",
      "xn--",
      "例",
      ":",
      ":80",
      "@",
      "%",
      "%E4",
      "?",
      "#",
      "=",
      "&",
      ";",
      ",",
      "+",
      "$",
      "!",
      "~",
      "*",
      "'",
      "(",
      ")",
      "[",
      "]",
      "_",
      " ",
      '"',
      "\\",
      "^",
      "|",
      "{",
      "`",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const url = pieces.join("");
        if (!PLAIN_URL.test(url)) return;
        expect(markdown.normalizeLink(url)).toBe(url);
        expect(markdown.normalizeLinkText(url)).toBe(url);
      }),
      { numRuns: 50000 },
    );
    for (const url of [
      "//finews.withounder.com/",
      "../emnews/",
      "http://finance.eastmoney.com/news/1344,202112082206704122.html",
    ]) {
      expect(PLAIN_URL.test(url), url).toBe(true);
    }
  });
});
