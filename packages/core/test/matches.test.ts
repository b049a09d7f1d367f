// Every match of a global pattern without `matchAll`'s copy of the pattern (`text/matches.ts`): the same matches as
// `matchAll`, empty ones and astral characters included, and the pattern left as found.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figuresInText } from "../src/enrich/figures.js";
import { matchesIn } from "../src/text/matches.js";

const summary = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);

describe("matchesIn", () => {
  it("gives matchAll's matches, moving past an empty one by a code point in u mode", () => {
    const text = "沪深300涨1.2%，𠀀a𠀀b";
    for (const pattern of [/\d+(\.\d+)?/g, /(?:)/gu, /(?:)/g, /a?/gu, /(?<=𠀀)./gu, /[\s\S]/gu]) {
      expect(summary(matchesIn(pattern, text))).toEqual(summary(text.matchAll(pattern)));
      expect(pattern.lastIndex).toBe(0);
    }
    expect(summary(matchesIn(/x/g, "abc"))).toEqual([]);
    expect(() => matchesIn(/x/, "x")).toThrow(new TypeError("matchesIn needs a global pattern, not /x/"));
    expect(() => matchesIn(/a|b/iu, "x")).toThrow("matchesIn needs a global pattern, not /a|b/iu");
  });

  it("leaves what a caller reads from the matches as it was (figures)", () => {
    expect(
      figuresInText("营收77000亿元，同比增长31.9%，发行1.2万张").map((f) => [f.text, f.value, f.unit]),
    ).toEqual([
      ["77000亿元", 7.7e12, "CNY"],
      ["31.9%", 0.319, "ratio"],
      ["1.2万张", 12000, "count"],
    ]);
  });

  it("gives matchAll's matches on any text (fast-check)", () => {
    const patterns = [/\d+/g, /a*/gu, /(?:)/u, /[𠀀b]?/gu, /\b/g, /(.)\1?/gu];
    const text = fc.array(fc.constantFrom("a", "b", "1", "𠀀", "\ud800", "\udc00", " ", "。"), {
      maxLength: 16,
    });
    fc.assert(
      fc.property(fc.constantFrom(...patterns.filter((p) => p.global)), text, (pattern, parts) => {
        const t = parts.join("");
        expect(summary(matchesIn(pattern, t))).toEqual(summary(t.matchAll(pattern)));
      }),
      { numRuns: 3000 },
    );
  });
});
