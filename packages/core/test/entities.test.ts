// Core's character references (`src/text/entities.ts`, packed tables of HTML's names) against the
// `entities` package, which htmlparser2 and markdown-it decoded with before: every one of HTML's
// 2,125 names with the full table (`fullEntities`), in text and in attribute values, with and
// without its `;` and whatever follows it, numeric references, and random text; and the table
// `parse` always has (HTML 4.01's names and the legacy ones) against the full one.
import { decodeHTML, decodeHTMLAttribute } from "entities";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullEntities } from "../src/entities.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { decodeHtml, namedReferences, readReference, withEntities } from "../src/text/entities.js";

/** What the random texts are made of: `&`, `#`, `;`, names and their starts, and other characters. */
const PIECES = [
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
];

/** `run` with all of HTML's names in force, as `parse(…, { entities: fullEntities })` has them. */
const full = <T>(run: () => T): T => withEntities(fullEntities, run);

/** The names of the full table; each one's value is checked against `entities` below. */
const { names: NAMES, legacy: LEGACY } = full(namedReferences);
/** The names of the table `parse` always has. */
const BASIC = new Set(namedReferences().names);

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
    expect(full(() => decodeHtml("&amp;&lt;&CounterClockwiseContourIntegral;&fjlig;&NotEqualTilde;"))).toBe(
      "&<∳fj≂̸",
    );
  });

  it("reads every name as entities does, in text and in attribute values, whatever follows it", () =>
    full(() => {
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
    }));

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

  it("reads random text as entities does (fast-check)", () =>
    full(() => {
      const piece = fc.constantFrom(...PIECES);
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
          const text = pieces.join("");
          if (entitiesMisreads(text)) return;
          expect(decodeHtml(text)).toBe(decodeHTML(text));
          if (!entitiesMisreadsAttribute(text)) expect(decodeAttribute(text)).toBe(decodeHTMLAttribute(text));
        }),
        { numRuns: 20000 },
      );
    }));
});

describe("the table parse always has: HTML 4.01's names and the legacy ones", () => {
  /** Whether `text` writes, after an `&`, the start of a name only the full table has. */
  function writesFullOnlyName(text: string): boolean {
    return [...text.matchAll(/&([A-Za-z0-9]+)/g)].some(([, run]) =>
      NAMES.some((name) => !BASIC.has(name) && run!.startsWith(name)),
    );
  }

  it("holds HTML 4.01's 252 names, XML's apos and every name read without `;`: 259", () => {
    expect(BASIC.size).toBe(259);
    for (const name of [
      "nbsp",
      "ldquo",
      "hellip",
      "euro",
      "mdash",
      "trade",
      "alefsym",
      "apos",
      "AMP",
      "COPY",
    ])
      expect(BASIC.has(name), name).toBe(true);
    for (const name of LEGACY) expect(BASIC.has(name), name).toBe(true);
  });

  it("reads each of its names as the full table does, whatever follows it", () => {
    for (const name of BASIC) {
      for (const after of [";", "", " ", "x", "2", "=", ";x", "#", "<"]) {
        for (const text of [`&${name}${after}`, `前&${name}${after}后`]) {
          if (writesFullOnlyName(text)) continue;
          expect(decodeHtml(text), text).toBe(full(() => decodeHtml(text)));
          expect(readReference(text, text.indexOf("&"), true), text).toEqual(
            full(() => readReference(text, text.indexOf("&"), true)),
          );
        }
      }
    }
  });

  it("keeps a name only the full table has as the text it is", () => {
    expect(decodeHtml("&Afr;&bigstar;&fjlig;&NotEqualTilde;&amp;")).toBe(
      "&Afr;&bigstar;&fjlig;&NotEqualTilde;&",
    );
    expect(full(() => decodeHtml("&Afr;&bigstar;&fjlig;&NotEqualTilde;&amp;"))).toBe("𝔄★fj≂̸&");
    // A legacy name before it is still read, as HTML reads `&notit;`.
    expect(decodeHtml("&notinva;")).toBe("¬inva;");
    expect(full(() => decodeHtml("&notinva;"))).toBe("∉");
  });

  it("reads random text as the full table does unless it writes one of the other names (fast-check)", () => {
    // With names only the full table has among the pieces, which the filter then sets aside.
    const piece = fc.constantFrom(...PIECES, "va", "sr", "Afr", "bigstar");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        if (writesFullOnlyName(text)) return;
        expect(decodeHtml(text)).toBe(full(() => decodeHtml(text)));
      }),
      { numRuns: 20000 },
    );
  });

  it("is the table of a parse without `entities`; with `fullEntities`, parse and parseAll read every name", () => {
    const file =
      "---\ntitle: 星标&bigstar;\n---\n<p>评级&bigstar;&bigstar;&bigstar;，涨幅&ge;5&percnt;。</p>\n";
    expect(parse(file).text).toBe("评级&bigstar;&bigstar;&bigstar;，涨幅≥5&percnt;。");
    expect(parse(file, { entities: fullEntities }).text).toBe("评级★★★，涨幅≥5%。");
    const [all] = parseAllSync(file, { entities: fullEntities });
    expect(all).toMatchObject({ ok: true, article: { text: "评级★★★，涨幅≥5%。" } });
    // The option holds for its own call only.
    expect(parse(file).text).toBe("评级&bigstar;&bigstar;&bigstar;，涨幅≥5&percnt;。");
    expect(decodeHtml("&bigstar;")).toBe("&bigstar;");
  });
});
