// Markdown read from its tags (`stages/markdown-tags.ts`, `streamMarkdown`) against the string path it
// replaces: the Markdown rendered to HTML, capped (`capHtmlNesting`) and tokenized again. The HTML
// parser must report the same elements, attributes and text either way, on every Markdown body of the
// corpus and the development sets and on random Markdown; and the blocks read from them must be the same.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Handler, Parser } from "../src/html/parser.js";
import { PACKS, placeholderTest } from "../src/packs/index.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { capHtmlNesting, htmlOfMarkdown, markdownOfBody, writeMarkdownBody } from "../src/stages/body.js";
import { splitFrontMatter } from "../src/stages/front-matter.js";
import { TagRecorder } from "../src/stages/markdown-tags.js";
import { streamBody, streamMarkdown } from "../src/stages/stream-body.js";
import { corpusFiles } from "./helpers.js";

/** What the parser reports, adjacent text joined (the tokenizer hands text over in pieces around entities). */
function eventsOf(drive: (handler: Partial<Handler>) => void): string[] {
  const events: string[] = [];
  let text: string | null = null;
  const flush = () => {
    if (text !== null) events.push(`text ${JSON.stringify(text)}`);
    text = null;
  };
  drive({
    onopentag: (name, attribs) => {
      flush();
      events.push(`open ${name} ${JSON.stringify(Object.entries(attribs))}`);
    },
    onclosetag: (name) => {
      flush();
      events.push(`close ${name}`);
    },
    ontext: (data) => {
      text = (text ?? "") + data;
    },
    oncomment: () => {
      flush();
      events.push("comment");
    },
  });
  flush();
  return events;
}

/** The string path's events and the tags' (null when the tags give the Markdown to the string path). */
function bothPaths(body: string, maxNesting: number): { html: string[]; tags: string[] | null } | null {
  const prepared = markdownOfBody(body);
  if (prepared === null || prepared.htmlBlocks.length > 0) return null;
  const html = capHtmlNesting(htmlOfMarkdown(prepared), maxNesting).html;
  const recorder = new TagRecorder(maxNesting);
  writeMarkdownBody(prepared.markdown, recorder);
  return {
    html: eventsOf((handler) => new Parser(handler).end(html)),
    tags: recorder.failed ? null : eventsOf((handler) => recorder.replay(new Parser(handler))),
  };
}

const OPTIONS = { isPlaceholderImage: placeholderTest(PACKS), settings: DEFAULT_SETTINGS };

describe("Markdown read from its tags", () => {
  it("gives the parser and the blocks what the rendered HTML gives, on every Markdown body of the corpus and the sets", () => {
    const files = corpusFiles(/\.(?:md|markdown)$/, "markdown-tags test");
    let fromTags = 0;
    for (const file of files) {
      const body = splitFrontMatter(readFileSync(file, "utf8")).body;
      const paths = bothPaths(body, DEFAULT_SETTINGS.maxHtmlNesting);
      if (paths === null || paths.tags === null) continue;
      fromTags++;
      expect(paths.tags, file).toEqual(paths.html);
      const prepared = markdownOfBody(body)!;
      const streamed = streamMarkdown(prepared.markdown, PACKS, DEFAULT_SETTINGS.maxDomDepth, 512, OPTIONS);
      expect(streamed, file).toEqual(
        streamBody(htmlOfMarkdown(prepared), PACKS, DEFAULT_SETTINGS.maxDomDepth, OPTIONS),
      );
    }
    if (files.length > 0) expect(fromTags).toBeGreaterThan(files.length / 4);
  });

  it("reads emphasis written as tags and crossing Markdown's as the parser does", () => {
    const paths = bothPaths("**要点**：<strong>a *b</strong> c*\n\n- 一\n- <em>二</em>\n\n> 引 **用**", 512)!;
    expect(paths.tags).not.toBeNull();
    expect(paths.tags).toEqual(paths.html);
    expect(paths.html).toContain("close em");
  });

  it("leaves raw HTML and nesting the string path cuts to the string path", () => {
    expect(bothPaths('# 标题\n\n文字<span class="x">a</span>', 512)!.tags).toBeNull();
    expect(bothPaths("**a**\n\n文字<div>a</div>", 512)!.tags).toBeNull();
    expect(bothPaths(`${"> ".repeat(6)}引用 **x**`, 4)!.tags).toBeNull();
    const nested = bothPaths(`${"> ".repeat(3)}引用 **x**`, 4)!;
    expect(nested.tags).toEqual(nested.html);
  });

  it("gives the parser what the rendered HTML gives on random Markdown (fast-check)", () => {
    const piece = fc.constantFrom(
      ..."新闻a1 \t\n#>-+*_=|~`!\\&\"'()[]<>:.%",
      "\n\n",
      "**",
      "1. ",
      "- ",
      "```js\n",
      "| a | b |\n|---|:-:|\n",
      "[链接](http://a.com/x?a=1&b=2)",
      '![图](a.png "t")',
      "<http://a.com>",
      "<strong>",
      "</strong>",
      "<em>",
      "</em>",
      "<b>",
      "<span>",
      "</span>",
      "<br>",
      "<s>",
      "&amp;",
      "&lt;",
      "&#x4e2d;",
      "\u0000",
      "\r\n",
      "  \n",
      "<!--caixun-html-block:0-->",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(4, 512), (pieces, maxNesting) => {
        const paths = bothPaths(pieces.join(""), maxNesting);
        if (paths?.tags) expect(paths.tags).toEqual(paths.html);
      }),
      { numRuns: 20000 },
    );
  });
});
