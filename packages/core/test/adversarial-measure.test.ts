/**
 * The growth measure that the hostile-input tests rely on tells a linear pass from a quadratic one,
 * and stops before the largest size when the growth is already too high.
 */
import { describe, expect, it } from "vitest";
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
