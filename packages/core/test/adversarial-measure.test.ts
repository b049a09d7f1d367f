/**
 * The growth measure that the hostile-input tests rely on tells a linear pass from a quadratic one,
 * and stops before the largest size when the growth is already too high.
 */
import { describe, expect, it } from "vitest";
import { HOPELESS_NS_PER_CHARACTER, SUSPECT_GROWTH, screen } from "./adversarial/catalogue.js";
import { fill, growth, MAX_GROWTH, valuesOfEveryOtherCharacter } from "./adversarial/measure.js";

const text = (size: number) => fill("上证指数收涨0.5%，成交额8000亿元。", size);

describe("the growth measure", () => {
  it("passes one read of every character", () => {
    const measured = growth(text, (input) => {
      let sum = 0;
      for (let i = 0; i < input.length; i++) sum = (sum + input.charCodeAt(i)) | 0;
      return sum;
    });
    expect(measured.costs).toHaveLength(3);
    expect(measured.growth).toBeLessThanOrEqual(MAX_GROWTH);
  });

  it("flags a search restarted every 100 characters, and never runs it on 1 MB", () => {
    const measured = growth(text, (input) => {
      let found = 0;
      for (let i = 0; i < input.length; i += 100) found += input.indexOf("\uffff", i);
      return found;
    });
    expect(measured.growth).toBeGreaterThan(MAX_GROWTH);
    expect(measured.costs).toHaveLength(3);
    expect(measured.costs[2]).toBeNaN();
  });

  // The reference that allocates as a lexer building a value does explains the collector's growth,
  // not quadratic work: joining everything read so far every 1,000 characters is still flagged.
  it("flags quadratic work set against a reference that builds a list of values", () => {
    const joinedEvery1000 = (input: string) => {
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; i < input.length; i++) {
        parts.push(input[i]!);
        if (i % 1000 === 0) length += parts.join("").length;
      }
      return length;
    };
    expect(growth(text, joinedEvery1000, valuesOfEveryOtherCharacter).growth).toBeGreaterThan(MAX_GROWTH);
  });
});

/** Every match of a global scan, counted, as the catalogue runs a regex. */
const scan = (regex: RegExp) => (input: string) => [...input.matchAll(regex)].length;

describe("the tables' screen", () => {
  it("passes a linear pattern on its attack, with no 1 MB run", () => {
    const screened = screen(scan(/《([^《》]{2,20})》/gu), (size) => fill("《人民日报", size));
    expect(screened.growth).toBeLessThanOrEqual(SUSPECT_GROWTH);
    expect(screened.costs[2]).toBeNaN();
  });

  it("fails the print stamp's old pattern on blanks after 《 at 10 KB, without running it on 100 KB", () => {
    // Session 54's screen did not finish it: 3 s of CPU at 10 KB, five minutes at 100 KB.
    const old = /^《\s*([^《》]{2,20}?)\s*》\s*[（(][\d\s年月日第]{8,24}版\s*[)）]$/gu;
    const start = process.cpuUsage();
    const screened = screen(scan(old), (size) => `《${" ".repeat(size - 2)}\u0000`);
    const used = process.cpuUsage(start);
    expect(screened.growth).toBeGreaterThan(MAX_GROWTH);
    expect(screened.costs.slice(1)).toEqual([Number.NaN, Number.NaN]);
    expect((used.user + used.system) / 1e6).toBeLessThan(60);
  }, 300_000);

  it("hands a cheap quadratic cost to the whole measure", () => {
    // A search restarted every 100 characters: under the outright bound at 10 KB, ×10 a character at 100 KB.
    const restarted = (input: string) => {
      let found = 0;
      for (let i = 0; i < input.length; i += 100) found += input.indexOf("\uffff", i);
      return found;
    };
    const screened = screen(restarted, text);
    expect(screened.costs[0]).toBeLessThan(HOPELESS_NS_PER_CHARACTER);
    expect(screened.growth).toBeGreaterThan(SUSPECT_GROWTH);
  });
});
