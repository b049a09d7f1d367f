// Core's HTML parser (`src/html/`, htmlparser2's tokenizer and parser ported for HTML alone, with
// core's character references) against htmlparser2 itself: the same elements, attributes, text,
// comments and declarations, in the same order, for every HTML-bearing file of the corpus and the
// development set and for random HTML; and the tree core builds from them (`src/html/dom.ts`)
// against the one domhandler's `DomHandler` builds from the same events.
import { readFileSync } from "node:fs";
import { DomHandler } from "domhandler";
import fc from "fast-check";
import { Parser as Htmlparser2 } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { isElementName } from "../src/html/elements.js";
import { Parser, parseDocument } from "../src/html/parser.js";
import { corpusFiles } from "./helpers.js";

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

/**
 * htmlparser2's events with core's one departure made by hand: in every start tag that names no
 * element — or names one as a type argument does, in PascalCase glued to a word (`List<Object>`) —
 * outside `<svg>`/`<math>`, with no end tag of its name after it (found in a first htmlparser2 pass),
 * each `<` is written as `&lt;`, so htmlparser2 reads the tag as the text core reads.
 */
const reference = (html: string) => {
  const lower = html.toLowerCase();
  const literal: [start: number, end: number][] = [];
  const first: Htmlparser2 = new Htmlparser2({
    onopentagname(name) {
      const stack = (first as unknown as { stack: string[] }).stack;
      const at = first.startIndex;
      const written = html.slice(at + 1, at + 1 + name.length);
      const typeArgument =
        /[A-Za-z0-9]/.test(html[at - 1] ?? "") &&
        /^[A-Z][A-Za-z0-9]*$/.test(written) &&
        /[a-z]/.test(written);
      if ((isElementName(name) && !typeArgument) || stack.includes("svg") || stack.includes("math")) return;
      const end = new RegExp(`</${name.replace(/[^a-z0-9]/g, "\\$&")}(?:[\\s>]|$)`);
      if (!end.test(lower.slice(first.startIndex))) literal.push([first.startIndex, html.length]);
    },
    onopentag() {
      const last = literal[literal.length - 1];
      if (last !== undefined && last[1] === html.length && last[0] === first.startIndex)
        last[1] = first.endIndex;
    },
  });
  first.end(html);
  let escaped = html;
  for (const [start, end] of literal.reverse())
    escaped =
      escaped.slice(0, start) +
      escaped.slice(start, end + 1).replaceAll("<", "&lt;") +
      escaped.slice(end + 1);
  return events((handler) => new Htmlparser2(handler).end(escaped));
};

/** What a node of either DOM is: kind, name, attributes, data, and its children's, with every link checked. */
interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  data?: string;
  parent: DomNode | null;
  prev: DomNode | null;
  next: DomNode | null;
  children?: DomNode[];
}

function shape(node: DomNode): unknown {
  const children = node.children?.map((child, i, all) => {
    // The links the tree's walks follow: to the parent and to each sibling, in document order.
    if (child.parent !== node || child.prev !== (all[i - 1] ?? null) || child.next !== (all[i + 1] ?? null))
      throw new Error(`a ${child.type} node's links are wrong`);
    return shape(child);
  });
  return { type: node.type, name: node.name, attribs: node.attribs, data: node.data, children };
}

/** The tree domhandler's `DomHandler` builds from core's parser's events: the DOM core built before its own. */
function domhandlerTree(html: string): unknown {
  const handler = new DomHandler();
  new Parser(handler).end(html);
  return shape(handler.root as unknown as DomNode);
}
const ourTree = (html: string) => shape(parseDocument(html) as unknown as DomNode);

describe("core's HTML parser", () => {
  it("reads every file of the corpus and the development set as htmlparser2 does", () => {
    const all = corpusFiles(/\.(?:md|markdown|html?|txt)$/, "html-parser test");
    for (const file of all) {
      const html = readFileSync(file, "utf8");
      expect(ours(html), file).toEqual(reference(html));
      expect(ourTree(html), file).toEqual(domhandlerTree(html));
    }
  });

  it("reads a start tag naming no element that the input ends inside, `/` and all, as its text once", () => {
    // fast-check's counterexample in CI (seed -1038927226): the tokenizer's trailing `/` was written
    // before the tag's own text, which holds it.
    expect(ours("<a&copy;/")).toEqual(["text:<a©/", "end"]);
    expect(ours("x<zz/")).toEqual(["text:x<zz/", "end"]);
    expect(ours("<a&copy;/")).toEqual(reference("<a&copy;/"));
  });

  it("skips text and attribute values to the next stop, whichever stop was searched for last", () => {
    // The tokenizer finds each of `<`, `&`, `"` and `'` once and keeps where (`nextStop`): a quote of the other
    // kind inside a value, a quote in text, and an `&` read only after many stops passed over.
    const html = `<p title='a"b' data-x="c'd">one 'two' "three"</p><a href="x?a=1&amp;b=2">four &amp; five</a>x`;
    expect(ours(html)).toEqual(reference(html));
    expect(ours(html)).toEqual([
      'open:p {"title":"a\\"b","data-x":"c\'d"} false',
      "text:one 'two' \"three\"",
      "close:p false",
      'open:a {"href":"x?a=1&b=2"} false',
      "text:four & five",
      "close:a false",
      "text:x",
      "end",
    ]);
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
      "List<Object>",
      "x<Span>",
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
      "<User>",
      "</user>",
      "<Word x=&amp;>",
      "<o:p>",
      "<my-tag/>",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join("");
        expect(ours(html)).toEqual(reference(html));
        expect(ourTree(html)).toEqual(domhandlerTree(html));
      }),
      { numRuns: 20000 },
    );
  });
});
