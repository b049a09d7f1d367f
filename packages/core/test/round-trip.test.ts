import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAll } from "../src/parse-all.js";
import { articleToMarkdown } from "../src/render/index.js";
import { loadSecurities } from "../src/securities/entry.js";
import { DEV } from "./datasets.js";
import { CORPUS, HAS_CORPUS, REPO, SHARED } from "./helpers.js";

/** As `caixun parse` reads files: with the shipped securities dictionary. */
const dictionary = loadSecurities();

/** Every news file under `root` (the gold labels and notes are not news). */
function newsFiles(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) {
      if (name !== "gold") out.push(...newsFiles(path));
    } else if (/\.(?:md|txt|html?)$/.test(name)) {
      out.push(path);
    }
  }
  return out;
}

function roundTrip(path: string) {
  const article = parse(readFileSync(path), { filename: path, securities: dictionary });
  const markdown = articleToMarkdown(article);
  const again = parse(markdown, { filename: `${path}.caixun.md` });
  return { article, again };
}

describe("parse → Markdown → parse", () => {
  const sets = [
    { name: "seeds", root: join(REPO, "seeds"), present: true },
    { name: "shared corpus", root: CORPUS, present: HAS_CORPUS },
    { name: "dev set", root: DEV, present: true },
  ];
  for (const set of sets) {
    it.skipIf(!set.present)(`gives the same Article for every file of the ${set.name}`, () => {
      const files = newsFiles(set.root);
      expect(files.length).toBeGreaterThan(0);
      const different = files.filter((path) => {
        const { article, again } = roundTrip(path);
        return JSON.stringify(article) !== JSON.stringify(again);
      });
      expect(different.map((path) => relative(set.root, path))).toEqual([]);
    });
  }
});

describe("parse → Markdown → parse, on inputs that once read back differently", () => {
  // Found by the property below on CI (seed 89853244): caixun's Markdown escapes the stars
  // (`\*\*\<p>\*\*`), and the reparse took the rendered line for unrendered bold, a heading.
  // Seed -1605612710: the title was the body's first words (`title-derived`), and the reparse, with
  // `originalUrl` stated, took that paragraph for a page's headline repeated over the story.
  const titleFromBody =
    "date: Invalid Date\n。(责任编辑:马欣)![图](https://example.com/x.png)http://news.mysite.cn/c_1.htm";
  // Seed -1944054590 (fails on f0b1e0e, fixed with the case above by e8c4b37): the same class, the title
  // taken from a body's first line under an HTML start tag, with an address glued to a rule.
  const titleUnderTag =
    "<center>layout: post\ncategories: beifangwang\ntags: 北方网新闻\nhttp://www.example.com/c_1.htm---\n。| a | b |\n|---|---|\n| 1 | 2 |\n";
  // Seed 445230763 (fails on 866b4b3 and on e72ddc4): a line that is a mail address once its credit is read; the
  // reparse dropped the address as a newsroom's contact, which it is only under its label (`電子郵件:`).
  const addressLeftByCredit = "a_b@example.com(责任编辑:马欣)";
  // Seed 648549383 (fails on 61b0df3): a trailing credit written twice; read once, its copy stayed in the text and
  // was read (and cut) only by the reparse.
  const doubledCredit = "。（文章来源：北方网）（文章来源：北方网）";
  it.each([
    "**<p>**",
    "**投资者保护**",
    "&#95;（文章来源：北方网）　　---",
    titleFromBody,
    titleUnderTag,
    addressLeftByCredit,
    doubledCredit,
  ])("%j", (input) => {
    const article = parse(input, { filename: "generated.md" });
    expect(parse(articleToMarkdown(article), { filename: "generated.caixun.md" })).toEqual(article);
  });

  it("keeps a body's first paragraph that the title was taken from, with the original link stated", () => {
    const article = parse(titleFromBody, { filename: "generated.md" });
    const again = parse(articleToMarkdown(article), { filename: "generated.caixun.md" });
    expect(again.title).toBe("date: Invalid Date");
    expect(again.originalUrl).toBe("http://news.mysite.cn/c_1.htm");
    expect(again.text).toBe("date: Invalid Date\n\n。(责任编辑:马欣)");
    expect(again.blocks.map((block) => block.type)).toEqual(["paragraph", "paragraph", "image"]);
  });
});

/** Pieces of scraped files and of Markdown syntax, recombined at random. */
const piece = fc.constantFrom(
  "---\n",
  'title: "标题"\n',
  "date: 2022-01-30 09:59:17 +0800\n",
  "date: Invalid Date\n",
  "categories:\n - 新媒体\n - 金色财经\n",
  "headimg: https://picsum.photos/1\n",
  "layout: post\ncategories: beifangwang\ntags: 北方网新闻\n",
  "<p>",
  "</p>",
  "<div>",
  "<center>",
  "<strong>加粗标题</strong>",
  "<br>",
  '<img src="https://img.example.com/a_1.png" alt="a*b">',
  '<figure><img src="/p.jpg"><figcaption>图片来源：新华社</figcaption></figure>',
  "图片来源：新华社\n",
  "（文章来源：北方网）",
  "(责任编辑:马欣)",
  "转自：中新网四川",
  "中国太保(601601)",
  "77000亿元",
  "2021~2025年",
  "# 标题\n",
  "## 小节\n",
  "- 项目\n",
  "1. 第一\n",
  "2) 第二\n",
  "> 引文\n",
  "===\n",
  "+ 加\n",
  "| a | b |\n|---|---|\n| 1 | 2 |\n",
  "[链接](http://example.com/a_b)",
  "![图](https://example.com/x.png)",
  "<http://example.com/x?infoCode=NW202201302266849892>",
  "http://www.example.com/c_1.htm",
  "www.example.com",
  "a_b@example.com",
  "*",
  "_",
  "~",
  "|",
  "\\",
  "`",
  "&amp;",
  "&#95;",
  "<",
  ">",
  "**",
  "　　",
  "\n",
  "\n\n",
  "。",
  "，",
  "a",
  "中",
);
const scraped = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));

const DUMPS = join(SHARED, "dumps");

describe.skipIf(!existsSync(DUMPS))(`parse → Markdown → parse, on the records of ${DUMPS}`, () => {
  for (const feed of ["cls", "eastmoney", "ths"]) {
    it(`gives the same Article for every record of the first day of ${feed}`, async () => {
      const folder = join(DUMPS, feed, "data/2026");
      const day = readdirSync(folder)
        .filter((name) => name.endsWith(".jsonl.gz"))
        .sort()[0]!;
      let records = 0;
      const different: string[] = [];
      for await (const result of parseAll(createReadStream(join(folder, day)), { filename: day })) {
        if (!result.ok) continue;
        records++;
        const again = parse(articleToMarkdown(result.article), { filename: `${day}.caixun.md` });
        if (JSON.stringify(again) !== JSON.stringify(result.article))
          different.push(result.article.ref ?? "");
      }
      expect(records).toBeGreaterThan(100);
      expect(different).toEqual([]);
    });
  }
});

describe("parse → Markdown → parse, on generated files", () => {
  it("gives the same Article", () => {
    fc.assert(
      fc.property(scraped, (input) => {
        const article = parse(input, { filename: "generated.md" });
        const again = parse(articleToMarkdown(article), { filename: "generated.caixun.md" });
        expect(again).toEqual(article);
      }),
      // A random seed each run (FC_SEED replays one). `&#95;（文章来源：北方网）　　---` did not read
      // back alike: the fingerprint was of the cleaned title, not of the title caixun's Markdown states.
      { numRuns: 1000 },
    );
  });

  it("reads an editor's credit copied after its own full stop as one credit (a counterexample fast-check found)", () => {
    // Session 57, at ten times the runs (seed 637170491): the closing copy was read and `(责任编辑:马欣)。` stayed in the
    // text, to be read as the editor's line, and lost, only when caixun's Markdown was parsed again.
    const input = "(责任编辑:马欣)。(责任编辑:马欣)";
    const article = parse(input, { filename: "generated.md" });
    expect([article.editor, article.text, article.blocks]).toEqual(["马欣", "", []]);
    expect(parse(articleToMarkdown(article), { filename: "generated.caixun.md" })).toEqual(article);
  });

  it("keeps a placeholder address alone on a line, read or not (a counterexample fast-check found)", () => {
    // CI-like run of session 57, seed -1700329110: a line holding only `http://example.com/…` was dropped as the
    // story's original when caixun's Markdown was parsed again, yet a placeholder is never an original
    // (`isPlaceholderLink`), so what it said was read into nothing.
    const input =
      "<http://example.com/x?infoCode=NW202201302266849892><div><http://example.com/x?infoCode=NW202201302266849892>---\n![图](https://example.com/x.png)";
    const article = parse(input, { filename: "generated.md" });
    expect([article.originalUrl, article.text]).toEqual([
      null,
      "http://example.com/x?infoCode=NW202201302266849892\n\nhttp://example.com/x?infoCode=NW202201302266849892---",
    ]);
    expect(parse(articleToMarkdown(article), { filename: "generated.caixun.md" })).toEqual(article);
    expect(parse("正文第一段。\n\nhttp://example.com/x?a=1", { filename: "note.txt" }).text).toBe(
      "正文第一段。\n\nhttp://example.com/x?a=1",
    );
  });

  it("reads a credit copied after its own full stop as one credit (a counterexample fast-check found)", () => {
    // `（文章来源：北方网）。（文章来源：北方网）`: the trailing credit was read and its copy stayed in the text, to be
    // read as a credit line, and lost, only when caixun's Markdown was parsed again.
    const input = "（文章来源：北方网）。（文章来源：北方网）";
    const article = parse(input, { filename: "generated.md" });
    expect([article.source?.name, article.text, article.blocks]).toEqual(["北方网", "", []]);
    expect(parse(articleToMarkdown(article), { filename: "generated.caixun.md" })).toEqual(article);
  });
});
