/**
 * HTML as a stream of elements, text and comments: htmlparser2 10's parser (MIT, © Chris Winberry,
 * Felix Böhm), ported for HTML alone and one input at a time, over core's tokenizer. It closes what
 * HTML closes by itself (`<p>` before a `<div>`, `<li>` before the next, void elements), lower-cases
 * tag and attribute names, keeps an attribute's first value, and reads `<![CDATA[…]]>` as a comment.
 * One departure: a start tag that names no element (`elements.ts`), outside SVG and MathML, with no
 * end tag of its name after it, is text — `List<List<User>>` and `Map<String, Object>` in a post
 * stay as written, where HTML would open elements and lose the characters.
 */

import { VOID_ELEMENTS } from "@caixun/core/html/names";
import { keepShape } from "../pipeline/kept-shapes.js";
import { decodeHtml } from "../text/entities.js";
import { matchesIn } from "../text/matches.js";
import { type Document, DomBuilder } from "./dom.js";
import { isElementName } from "./elements.js";
import { type Callbacks, Tokenizer } from "./tokenizer.js";

const formTags = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const pTag = new Set(["p"]);
const tableSectionTags = new Set(["thead", "tbody"]);
const ddtTags = new Set(["dd", "dt"]);
const rtpTags = new Set(["rt", "rp"]);

/** Open elements an element's start tag closes. */
const openImpliesClose = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["p", pTag],
  ["h1", pTag],
  ["h2", pTag],
  ["h3", pTag],
  ["h4", pTag],
  ["h5", pTag],
  ["h6", pTag],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags],
]);

/** `VOID_ELEMENTS` as a set, made at the first tag, not when the module loads (a Worker reads the list after). */
let voidElements: ReadonlySet<string> | undefined;
function isVoid(name: string): boolean {
  voidElements ??= new Set(VOID_ELEMENTS);
  return voidElements.has(name);
}
const foreignContextElements = new Set(["math", "svg"]);
const htmlIntegrationElements = new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignobject",
  "desc",
  "title",
]);

/** What a reader of the stream is told; each callback is optional. */
export interface Handler {
  onopentag(name: string, attribs: Record<string, string>, isImplied: boolean): void;
  onclosetag(name: string, isImplied: boolean): void;
  ontext(data: string): void;
  oncomment(data: string): void;
  oncommentend(): void;
  onprocessinginstruction(name: string, data: string): void;
  onend(): void;
}

const NAME_END = /\s|\//;
/** End tags as the tokenizer reads their names (up to white space or `>`). */
const END_TAG = /<\/([a-z][^\s>]*)/gi;
/** A name that opens with a capital, letters and digits after it (`Object`, `MapData`; with `LOWER_CASE`, not `BR`). */
const CAPITALISED = /^[A-Z][A-Za-z0-9]*$/;
const LOWER_CASE = /[a-z]/;

export class Parser implements Callbacks {
  private html = "";
  private tagname = "";
  private attribname = "";
  private attribvalue = "";
  /** The attributes of the start tag being read; null once it was reported. */
  private attribs: Record<string, string> | null = null;
  /** Open elements, innermost last (opening and closing one is a push and a pop, not a shift of them all). */
  private readonly stack: string[] = [];
  /** Whether each open `<svg>`/`<math>` (or HTML inside one) reads `/>` as closing, innermost last. */
  private readonly foreignContext: boolean[] = [false];
  private readonly cbs: Partial<Handler>;
  private readonly tokenizer: Tokenizer;
  /** Where the start tag being read as text began (its `<`); -1 when none is. */
  private literalStart = -1;
  /** The last offset of an end tag of each name, read once, when a start tag first names no element. */
  private endTags: Map<string, number> | null = null;

  constructor(cbs: Partial<Handler>) {
    this.cbs = cbs;
    this.tokenizer = new Tokenizer(this);
    // The parser keeps its tokenizer, so one kept parser keeps both shapes.
    keepShape(this);
  }

  /** Parses all of `html`; elements left open are closed at the end. */
  end(html: string): void {
    this.html = html;
    this.tokenizer.run(html);
  }

  ontext(start: number, endIndex: number): void {
    // Inside a start tag read as text, the only text the tokenizer gives is the `/` of a `<tag/` the
    // input ends in: the tag's own text, written whole by `endLiteral`.
    if (this.literalStart !== -1) return;
    this.cbs.ontext?.(this.html.slice(start, endIndex));
  }

  ontextentity(value: string): void {
    this.cbs.ontext?.(value);
  }

  onopentagname(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (
      (isElementName(name) && !this.isTypeArgument(start, endIndex)) ||
      this.inForeignContent() ||
      this.closedAfter(name, endIndex)
    )
      this.emitOpenTag(name);
    else this.literalStart = start - 1;
  }

  /**
   * Whether an element's name is a type argument in prose about code (`List<Object>`, `Optional<Data>`):
   * written in PascalCase with its `<` right after a word. Markup writes tag names in lower case, or in
   * capitals as old pages do (`Hello<BR>`), and sets them after anything.
   */
  private isTypeArgument(start: number, endIndex: number): boolean {
    const before = this.html.charCodeAt(start - 2);
    const wordBefore =
      (before >= 0x30 && before <= 0x39) ||
      (before >= 0x41 && before <= 0x5a) ||
      (before >= 0x61 && before <= 0x7a);
    if (!wordBefore) return false;
    const name = this.html.slice(start, endIndex);
    return CAPITALISED.test(name) && LOWER_CASE.test(name);
  }

  private inForeignContent(): boolean {
    return this.stack.includes("svg") || this.stack.includes("math");
  }

  /** Whether an end tag of `name` comes after `offset`: then the unknown tag is an element after all. */
  private closedAfter(name: string, offset: number): boolean {
    if (this.endTags === null) {
      this.endTags = new Map();
      for (const match of matchesIn(END_TAG, this.html))
        this.endTags.set(match[1]!.toLowerCase(), match.index);
    }
    return (this.endTags.get(name) ?? -1) > offset;
  }

  /** The start tag read as text, its character references decoded as text's are; true if there was one. */
  private endLiteral(endIndex: number): boolean {
    if (this.literalStart === -1) return false;
    this.cbs.ontext?.(decodeHtml(this.html.slice(this.literalStart, endIndex + 1)));
    this.literalStart = -1;
    return true;
  }

  private emitOpenTag(name: string): void {
    this.tagname = name;
    const impliesClose = openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[this.stack.length - 1]!)) {
        const element = this.stack.pop()!;
        this.cbs.onclosetag?.(element, true);
      }
    }
    if (!isVoid(name)) {
      this.stack.push(name);
      if (foreignContextElements.has(name)) this.foreignContext.push(true);
      else if (htmlIntegrationElements.has(name)) this.foreignContext.push(false);
    }
    this.attribs = {};
  }

  private endOpenTag(isImplied: boolean): void {
    if (this.attribs) {
      this.cbs.onopentag?.(this.tagname, this.attribs, isImplied);
      this.attribs = null;
    }
    if (isVoid(this.tagname)) this.cbs.onclosetag?.(this.tagname, true);
    this.tagname = "";
  }

  onopentagend(endIndex: number): void {
    if (!this.endLiteral(endIndex)) this.endOpenTag(false);
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (foreignContextElements.has(name) || htmlIntegrationElements.has(name)) this.foreignContext.pop();
    if (!isVoid(name)) {
      const pos = this.stack.lastIndexOf(name);
      if (pos !== -1) {
        // The innermost first, down to the element closed (the others are closed implicitly).
        while (this.stack.length > pos) {
          const element = this.stack.pop()!;
          this.cbs.onclosetag?.(element, this.stack.length !== pos);
        }
      } else if (name === "p") {
        // A `</p>` with no `<p>` open is an empty paragraph.
        this.emitOpenTag("p");
        this.closeCurrentTag(true);
      }
    } else if (name === "br") {
      // `</br>` is a `<br>`.
      this.cbs.onopentag?.("br", {}, true);
      this.cbs.onclosetag?.("br", false);
    }
  }

  onselfclosingtag(endIndex: number): void {
    if (this.endLiteral(endIndex)) return;
    if (this.foreignContext[this.foreignContext.length - 1]) this.closeCurrentTag(false);
    else this.endOpenTag(false);
  }

  private closeCurrentTag(isOpenImplied: boolean): void {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[this.stack.length - 1] === name) {
      this.cbs.onclosetag?.(name, !isOpenImplied);
      this.stack.pop();
    }
  }

  onattribname(start: number, endIndex: number): void {
    this.attribname = this.html.slice(start, endIndex).toLowerCase();
  }

  onattribdata(start: number, endIndex: number): void {
    this.attribvalue += this.html.slice(start, endIndex);
  }

  onattribentity(value: string): void {
    this.attribvalue += value;
  }

  onattribend(): void {
    if (this.attribs && !Object.hasOwn(this.attribs, this.attribname))
      this.attribs[this.attribname] = this.attribvalue;
    this.attribvalue = "";
  }

  private instructionName(value: string): string {
    const index = value.search(NAME_END);
    return (index < 0 ? value : value.slice(0, index)).toLowerCase();
  }

  ondeclaration(start: number, endIndex: number): void {
    const value = this.html.slice(start, endIndex);
    this.cbs.onprocessinginstruction?.(`!${this.instructionName(value)}`, `!${value}`);
  }

  onprocessinginstruction(start: number, endIndex: number): void {
    const value = this.html.slice(start, endIndex);
    this.cbs.onprocessinginstruction?.(`?${this.instructionName(value)}`, `?${value}`);
  }

  oncomment(start: number, endIndex: number, offset: number): void {
    this.cbs.oncomment?.(this.html.slice(start, endIndex - offset));
    this.cbs.oncommentend?.();
  }

  oncdata(start: number, endIndex: number, offset: number): void {
    this.cbs.oncomment?.(`[CDATA[${this.html.slice(start, endIndex - offset)}]]`);
    this.cbs.oncommentend?.();
  }

  onend(): void {
    // A start tag read as text that the input ends inside is text too (HTML drops an unfinished tag).
    if (this.literalStart !== -1) this.endLiteral(this.html.length - 1);
    for (let index = this.stack.length - 1; index >= 0; index--)
      this.cbs.onclosetag?.(this.stack[index]!, true);
    this.cbs.onend?.();
  }
}

/** The DOM of `html` (core's nodes, `dom.ts`), as htmlparser2's `parseDocument` builds it with domhandler. */
export function parseDocument(html: string): Document {
  const handler = new DomBuilder();
  new Parser(handler).end(html);
  return handler.root;
}
