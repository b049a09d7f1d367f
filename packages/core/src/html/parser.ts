/**
 * HTML as a stream of elements, text and comments: htmlparser2 10's parser (MIT, © Chris Winberry,
 * Felix Böhm), ported for HTML alone and one input at a time, over core's tokenizer. It closes what
 * HTML closes by itself (`<p>` before a `<div>`, `<li>` before the next, void elements), lower-cases
 * tag and attribute names, keeps an attribute's first value, and reads `<![CDATA[…]]>` as a comment.
 */
import { type Document, DomBuilder } from "./dom.js";
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

const voidElements = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(
    " ",
  ),
);
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

  constructor(cbs: Partial<Handler>) {
    this.cbs = cbs;
    this.tokenizer = new Tokenizer(this);
  }

  /** Parses all of `html`; elements left open are closed at the end. */
  end(html: string): void {
    this.html = html;
    this.tokenizer.run(html);
  }

  ontext(start: number, endIndex: number): void {
    this.cbs.ontext?.(this.html.slice(start, endIndex));
  }

  ontextentity(value: string): void {
    this.cbs.ontext?.(value);
  }

  onopentagname(start: number, endIndex: number): void {
    this.emitOpenTag(this.html.slice(start, endIndex).toLowerCase());
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
    if (!voidElements.has(name)) {
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
    if (voidElements.has(this.tagname)) this.cbs.onclosetag?.(this.tagname, true);
    this.tagname = "";
  }

  onopentagend(): void {
    this.endOpenTag(false);
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (foreignContextElements.has(name) || htmlIntegrationElements.has(name)) this.foreignContext.pop();
    if (!voidElements.has(name)) {
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

  onselfclosingtag(): void {
    if (this.foreignContext[this.foreignContext.length - 1]) this.closeCurrentTag(false);
    else this.onopentagend();
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
