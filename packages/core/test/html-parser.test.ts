// Core's HTML parser (`src/html/`, htmlparser2's tokenizer and parser ported for HTML alone, with
// core's character references) against htmlparser2 itself: the same elements, attributes, text,
// comments and declarations, in the same order, for every HTML-bearing file of the corpus and the
// development set and for random HTML.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { Parser as Htmlparser2 } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { Parser } from "../src/html/parser.js";
import { corpusFiles, fcSeed } from "./helpers.js";

/** The events a handler sees, adjacent text joined (the parsers may cut text in different places). */
function events(parse: (handler: object) => void): string[] {
  const out: string[] = [];
  const push = (event: string) => {
    const last = out.length - 1;
    if (event.startsWith("text:") && out[last]?.startsWith("text:")) out[last] += event.slice(5);
    else out.push(event);
  };
  parse({
    onopentag: (name: string, attribs: Record<string, string>, implied: boolean) =>
      push(`open:${name} ${JSON.stringify(attribs)} ${implied}`),
    onclosetag: (name: string, implied: boolean) => push(`close:${name} ${implied}`),
    ontext: (text: string) => push(`text:${text}`),
    oncomment: (text: string) => push(`comment:${text}`),
    oncommentend: () => push("commentend"),
    onprocessinginstruction: (name: string, data: string) => push(`pi:${name} ${data}`),
    onend: () => push("end"),
  });
  return out;
}

const ours = (html: string) => events((handler) => new Parser(handler).end(html));
const reference = (html: string) => events((handler) => new Htmlparser2(handler).end(html));

describe("core's HTML parser", () => {
  it("reads every file of the corpus and the development set as htmlparser2 does", () => {
    const all = corpusFiles(/\.(?:md|markdown|html?|txt)$/, "html-parser test");
    for (const file of all) {
      const html = readFileSync(file, "utf8");
      expect(ours(html), file).toEqual(reference(html));
    }
  });

  it("reads random HTML as htmlparser2 does (fast-check)", () => {
    const piece = fc.constantFrom(
      "<p>",
      "</p>",
      "<div class=x>",
      "</div>",
      '<a href="/a?b=1&amp;c=2&copy=3">',
      "</a>",
      "<li>",
      "<ul>",
      "</ul>",
      "<br>",
      "</br>",
      "<br/>",
      "<img src='x.png' alt=\"图&quot;\">",
      "<table><tr><td>",
      "</td>",
      "<svg><path/></svg>",
      "<math><mi/>",
      "<script>",
      "</script>",
      "<style>",
      "</style>",
      "<title>",
      "</title>",
      "<textarea>",
      "<xmp>",
      "<!-- c -->",
      "<!--",
      "-->",
      "<![CDATA[x]]>",
      "<!DOCTYPE html>",
      "<?xml version='1.0'?>",
      "</ >",
      "</3>",
      "<3",
      "<",
      ">",
      "&",
      "&amp;",
      "&lt",
      "&copy;",
      "&nbsp",
      "&notin;",
      "&#20013;",
      "&#x4e2d",
      "&x;",
      "新闻",
      " ",
      "\n",
      "=",
      '"',
      "'",
      "/",
      "a",
      "<input disabled value=1 value=2>",
      "<option>",
      "<h2 id=t>",
      "</h2>",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join("");
        expect(ours(html)).toEqual(reference(html));
      }),
      { numRuns: 20000, ...fcSeed() },
    );
  });
});
