import type { Parser } from "../html/parser.js";
import type { Attribute, MarkupWriter } from "../markdown/writer.js";
import { NOT_NESTING } from "./body.js";

/**
 * Raw HTML of a Markdown source read here without the HTML tokenizer: a start or end tag of an
 * inline element with no attributes — what the body stage writes for CJK emphasis (`<strong>…</strong>`)
 * and what copy carries for it. None of them switches the tokenizer to raw text or foreign content.
 */
const PLAIN_INLINE_TAG = /^<(\/?)(strong|b|em|i|u|sup|sub|span)>$/;

const TEXT = 0;
const OPEN = 1;
const CLOSE = 2;

/**
 * The text and tags the Markdown renderers write, kept as the HTML tokenizer would read them from
 * the HTML string they make: text as it reads (the string escapes it, the tokenizer decodes it back),
 * tag names in lower case, attributes by name with their first value, no empty text. `replay` hands
 * them to the HTML parser's tree rules (`Parser.startTag`), which close what HTML closes by itself, so
 * the reader of the stream gets what `Parser.end` gives for that string. `failed` when the Markdown
 * holds what only the tokenizer reads as the string path does: raw HTML other than `PLAIN_INLINE_TAG`,
 * or nesting the string path would cut (`capHtmlNesting`, counted as it counts).
 */
export class TagRecorder implements MarkupWriter {
  failed = false;
  private kinds: number[] = [];
  private values: string[] = [];
  private attribs: Array<Record<string, string> | null> = [];
  /** Open elements that nest, as `capHtmlNesting` counts them. */
  private depth = 0;

  constructor(private readonly maxNesting: number) {}

  text(text: string): void {
    if (text === "") return;
    this.kinds.push(TEXT);
    this.values.push(text);
    this.attribs.push(null);
  }

  open(name: string, attrs: readonly Attribute[] | null): void {
    if (!NOT_NESTING.has(name)) {
      if (this.depth >= this.maxNesting) this.failed = true;
      this.depth++;
    }
    const attribs: Record<string, string> = {};
    if (attrs !== null) {
      for (const [attribute, value] of attrs)
        if (!Object.hasOwn(attribs, attribute)) attribs[attribute] = String(value);
    }
    this.kinds.push(OPEN);
    this.values.push(name);
    this.attribs.push(attribs);
  }

  close(name: string): void {
    if (!NOT_NESTING.has(name)) this.depth = Math.max(0, this.depth - 1);
    this.kinds.push(CLOSE);
    this.values.push(name);
    this.attribs.push(null);
  }

  html(html: string): void {
    const tag = PLAIN_INLINE_TAG.exec(html);
    if (tag === null) this.failed = true;
    else if (tag[1] === "/") this.close(tag[2]!);
    else this.open(tag[2]!, null);
  }

  reset(): void {
    this.failed = false;
    this.kinds = [];
    this.values = [];
    this.attribs = [];
    this.depth = 0;
  }

  /** What was written, handed to `parser` as its tokenizer would hand it over, and the end of the input. */
  replay(parser: Parser): void {
    const { kinds, values, attribs } = this;
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i]!;
      if (kind === TEXT) parser.text(values[i]!);
      else if (kind === OPEN) parser.startTag(values[i]!, attribs[i]!);
      else parser.closeTag(values[i]!);
    }
    parser.onend();
  }
}
