import { load } from "cheerio/slim";
import type { Element } from "domhandler";
import { expect } from "vitest";

const ALLOWED = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "blockquote",
  "ul",
  "ol",
  "li",
  "table",
  "tbody",
  "tr",
  "td",
  "figure",
  "img",
  "figcaption",
]);

/** Asserts that HTML holds only allow-listed elements, no event handlers and no script URLs. */
export function assertSanitized(html: string): void {
  const $ = load(html, null, false);
  $("*").each((_, node) => {
    const el = node as Element;
    expect(ALLOWED.has(el.tagName)).toBe(true);
    for (const [name, value] of Object.entries(el.attribs)) {
      expect(name).toMatch(/^(?:src|alt)$/);
      expect(value).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
    }
  });
}
