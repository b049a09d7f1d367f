// Core's character references (`src/text/entities.ts`, a packed table of HTML's names) against the
// `entities` package, which htmlparser2 and markdown-it decoded with before: every one of HTML's
// 2,125 names, in text and in attribute values, with and without its `;` and whatever follows it,
// numeric references, and random text.
import { decodeHTML, decodeHTMLAttribute } from "entities";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeHtml, namedReferences, readReference } from "../src/text/entities.js";
import { fcSeed } from "./helpers.js";

/** The names of the packed table; each one's value is checked against `entities` below. */
const { names: NAMES, legacy: LEGACY } = namedReferences();

/** An attribute value's references decoded, as the HTML parser reads them. */
function decodeAttribute(text: string): string {
  let out = "";
  for (let at = 0; at < text.length; ) {
    const reference = text[at] === "&" ? readReference(text, at, true) : null;
    if (reference === null) {
      out += text[at++];
    } else {
      out += reference.value;
      at += reference.length;
    }
  }
  return out;
}

/**
 * `entities` 7.0.1 reads past the end of a leaf of its trie when a name that needs its `;` is
 * followed by something else (`&Gdot `, `&acy2;`, `&kjcyb`), and decodes a name HTML does not have
 * into some other character. HTML reads those as text, and so does core.
 */
function entitiesMisreads(text: string): boolean {
  const match = /&([A-Za-z0-9]+)/.exec(text);
  return (
    match !== null &&
    NAMES.some(
      (name) =>
        match[1]!.startsWith(name) &&
        !LEGACY.has(name) &&
        text[match.index + 1 + name.length] !== ";" &&
        !NAMES.some((other) => LEGACY.has(other) && match[1]!.startsWith(other)),
    )
  );
}

/**
 * `entities` also decodes a name read without `;` in an attribute value when a letter follows it
 * and leads into a longer name's packed run in its trie (`&ltlt`, `?a=1&copyright=2`: `<lt`,
 * `©right=2`); HTML, browsers and core keep the text (`&copyright=2` is a URL's parameter).
 */
function entitiesMisreadsAttribute(text: string): boolean {
  return [...LEGACY].some((name) => new RegExp(`&${name}[A-Za-z0-9]`).test(text));
}

describe("HTML character references", () => {
  it("has every name of HTML's list: 2,125, 106 of them also read without `;`", () => {
    expect(NAMES.length).toBe(2125);
    expect(LEGACY.size).toBe(106);
    expect(decodeHtml("&amp;&lt;&CounterClockwiseContourIntegral;&fjlig;&NotEqualTilde;")).toBe("&<∳fj≂̸");
  });

  it("reads every name as entities does, in text and in attribute values, whatever follows it", () => {
    let misread = 0;
    for (const name of NAMES) {
      for (const after of [";", "", " ", "x", "2", "=", ";x", "#", "&amp;", "<"]) {
        for (const text of [`&${name}${after}`, `前&${name}${after}后`]) {
          if (entitiesMisreads(text) && decodeHTML(text) !== decodeHtml(text)) {
            misread++;
            expect(decodeHtml(text), text).toBe(text.replace("&amp;", "&"));
            continue;
          }
          expect(decodeHtml(text), text).toBe(decodeHTML(text));
          expect(decodeAttribute(text), text).toBe(decodeHTMLAttribute(text));
        }
      }
    }
    // The names whose misreading shows with these followers (listed by the assertion above).
    expect(misread).toBeLessThan(40);
  });

  it("reads numeric references as entities does: Windows-1252 for C1 controls, U+FFFD past Unicode", () => {
    for (const text of [
      "&#65;",
      "&#65",
      "&#x41;",
      "&#X41g",
      "&#128;",
      "&#x9F;",
      "&#0;",
      "&#xD800;",
      "&#x110000;",
      "&#99999999999999999999;",
      "&#;",
      "&#x;",
      "&#",
      "&#x",
      "&#12",
      "a&#20013;&#x6587;b",
    ]) {
      expect(decodeHtml(text), text).toBe(decodeHTML(text));
      expect(decodeAttribute(text), text).toBe(decodeHTMLAttribute(text));
    }
  });

  it("reads random text as entities does (fast-check)", () => {
    const piece = fc.constantFrom(
      "&",
      ";",
      "#",
      "x",
      "=",
      " ",
      "新",
      "1",
      "F",
      "amp",
      "lt",
      "copy",
      "not",
      "notin",
      "nbsp",
      "hellip",
      "ldquo",
      "yen",
      "times",
      "frac12",
      "&#",
      "&#x",
      "&amp;",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        if (entitiesMisreads(text)) return;
        expect(decodeHtml(text)).toBe(decodeHTML(text));
        if (!entitiesMisreadsAttribute(text)) expect(decodeAttribute(text)).toBe(decodeHTMLAttribute(text));
      }),
      { numRuns: 20000, ...fcSeed() },
    );
  });
});
