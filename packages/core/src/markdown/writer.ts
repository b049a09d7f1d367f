import { escapeHtml } from "./chars.js";

/** An attribute as the Markdown reader keeps it (an ordered list's `start` is a number). */
export type Attribute = readonly [string, string | number];

/**
 * Where the Markdown renderers write: text (not escaped), tags, and raw HTML the source holds. The
 * HTML writer (`HtmlWriter`) makes markdown-it's string of it; the body stage's tag recorder
 * (`stages/markdown-tags.ts`) keeps the tags and text as the HTML tokenizer would have read them from
 * that string, so Markdown reaches the blocks without being written out and tokenized again.
 */
export interface MarkupWriter {
  /** Text as it reads (the HTML writer escapes it). */
  text(text: string): void;
  /** A start tag. */
  open(name: string, attrs: readonly Attribute[] | null): void;
  /** An end tag. */
  close(name: string): void;
  /** HTML the source holds, written as it stands. */
  html(html: string): void;
  /** Forget everything written (a renderer that gave up hands the text to another). */
  reset(): void;
}

/** The HTML string markdown-it writes. */
export class HtmlWriter implements MarkupWriter {
  out = "";

  text(text: string): void {
    this.out += escapeHtml(text);
  }

  open(name: string, attrs: readonly Attribute[] | null): void {
    let tag = `<${name}`;
    if (attrs !== null) {
      for (const [attribute, value] of attrs)
        tag += ` ${escapeHtml(attribute)}="${escapeHtml(String(value))}"`;
    }
    this.out += `${tag}>`;
  }

  close(name: string): void {
    this.out += `</${name}>`;
  }

  html(html: string): void {
    this.out += html;
  }

  reset(): void {
    this.out = "";
  }
}
