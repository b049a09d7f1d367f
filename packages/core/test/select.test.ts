import { compile, selectAll } from "css-select";
import type { Element as DomhandlerElement, AnyNode as DomhandlerNode } from "domhandler";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Element } from "../src/html/dom.js";
import { parseDocument } from "../src/html/parser.js";
import { select } from "../src/stages/select.js";

/** The same elements, the same nodes of the tree (not only equal-looking ones), in the same order. */
const same = (a: Element[], b: Element[]) => a.length === b.length && a.every((el, i) => el === b[i]);

/**
 * What css-select itself selects. It reads core's nodes as domhandler's (they have its shape); the
 * types differ only by domhandler's DOM-style getters, which neither reads.
 */
const cssSelect = (selector: string, root: Parameters<typeof select>[1]) =>
  selectAll<DomhandlerNode, DomhandlerElement>(
    compile<DomhandlerNode, DomhandlerElement>(selector),
    root as unknown as DomhandlerNode,
  ) as unknown as Element[];

describe("select", () => {
  const page = parseDocument(
    '<html><head><title>T</title><meta name="x" content="y"><link rel="Canonical" href="/a"></head>' +
      '<body><p class="EmImageRemark  a-b" id="k"><a class="EmImageRemark" data-code="601601|1|1" href="http://quote.eastmoney.com/unify/r/1.601601">x</a></p>' +
      '<span id="quote_sh600000"></span><span id="bkquote_x"></span><img src="https://webquoteklinepic.eastmoney.com/a.png"><script>1</script></body></html>',
  );

  it("selects what css-select selects, for the packs' selectors and the rest", () => {
    for (const selector of [
      "head",
      "title",
      "meta",
      "a.EmImageRemark[data-code]",
      "a.keytip[data-code], span.em_stock_key_common[data-code]",
      'a.EmImageRemark, img[src*="webquoteklinepic.eastmoney.com"], span[id^="quote_"], span[id^="bkquote_"]',
      'link[rel="canonical"]',
      "h1, h2, h3",
      "a[href], [id]",
      "p .EmImageRemark",
      "body > p > a",
      "html p a.EmImageRemark",
      ".text_title h1, .box01 .fl a",
      "[class~=a-b]",
      "[rel|=canonical]",
      "*",
      "#k",
      ".a-b",
      "script",
      '[id^=""]',
    ]) {
      expect(same(select(selector, page), cssSelect(selector, page)), selector).toBe(true);
    }
    const head = select("head", page)[0]!;
    expect(same(select("title", head), cssSelect("title", head))).toBe(true);
    expect(select("a.EmImageRemark[data-code]", page)).toHaveLength(1);
  });

  it("equals css-select on random pages and selectors (fast-check)", () => {
    const name = fc.constantFrom("a", "p", "span", "div", "img", "h1", "script", "style");
    const word = fc.constantFrom("x", "y", "a-b", "X", "quote_1", "", " ", "x y", "\u3000x");
    const attributeName = fc.constantFrom("class", "id", "href", "data-code", "src", "type", "rel");
    const attributes = fc
      .array(fc.tuple(attributeName, word), { maxLength: 3 })
      .map((pairs) => pairs.map(([key, value]) => ` ${key}="${value}"`).join(""));
    const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constant("text"),
        fc
          .tuple(name, attributes, fc.array(tie("node"), { maxLength: 3 }))
          .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join("")}</${tag}>`),
      ),
    })).node;
    const part = fc.oneof(
      name,
      fc.constantFrom(".x", ".y", ".a-b", ".X", "#x", "#quote_1", "[id]", "[class]", "[data-code]"),
      fc
        .tuple(attributeName, fc.constantFrom("=", "^=", "*=", "$=", "~=", "|="), word)
        .map(([key, op, value]) => `[${key}${op}"${value}"]`),
    );
    const compound = fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => {
      // A tag name only in front, as CSS writes it.
      const tags = parts.filter((p) => /^[a-z]/.test(p));
      return [...tags.slice(0, 1), ...parts.filter((p) => !/^[a-z]/.test(p))].join("");
    });
    // Compounds joined by descendant and child combinators, the only ones packs may write.
    const complex = fc
      .array(fc.tuple(fc.constantFrom(" ", " > ", ">"), compound), { minLength: 1, maxLength: 3 })
      .map((parts) => parts.map(([combinator, c], i) => (i === 0 ? c : combinator + c)).join(""));
    const selector = fc.array(complex, { minLength: 1, maxLength: 3 }).map((list) => list.join(", "));
    fc.assert(
      fc.property(fc.array(element, { maxLength: 4 }), selector, (nodes, css) => {
        const root = parseDocument(nodes.join(""));
        let expected: Element[];
        try {
          expected = cssSelect(css, root);
        } catch {
          return; // Not a selector css-select reads.
        }
        expect(same(select(css, root), expected), css).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
