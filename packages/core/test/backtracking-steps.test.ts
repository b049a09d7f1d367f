import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backtrackingSteps, expectLinearSteps, replacingSteps } from "./backtracking-steps.js";

describe("backtrackingSteps: the work of a backtracking match, counted", () => {
  it("counts each node tried at each place", () => {
    expect(backtrackingSteps("^(?:a+)$", "aaa")).toEqual({ steps: 9, matches: 1 });
    // The run taken whole, then given back a character at a time before `$` fails at each.
    expect(backtrackingSteps("^(?:a+)$", "aaa！")).toEqual({ steps: 19, matches: 0 });
    expect(backtrackingSteps("^(?:\\d+\\d+)$", "1111！")).toEqual({ steps: 39, matches: 0 });
    expect(backtrackingSteps("a*?b", "aab")).toEqual({ steps: 7, matches: 1 });
    expect(replacingSteps(".{0,3}记者", "者者记者者")).toEqual({ steps: 18, matches: 1 });
    // 2^40 ways of an ambiguous group: past the cap, no count.
    expect(backtrackingSteps("^(?:(?:a|a)+)$", `${"a".repeat(40)}！`)).toBeUndefined();
    expect(() => backtrackingSteps("(?=a)", "a")).toThrow(/cannot read a look-around/);
    expect(() => backtrackingSteps("(a)\\1", "aa")).toThrow(/cannot read \\1/);
  });

  it("tells linear work from quadratic and exponential", () => {
    const almost = (source: string, run: string) => (n: number) =>
      backtrackingSteps(`^(?:${source})$`, `${run.repeat(n)}！`);
    expectLinearSteps(almost("\\d+", "1"), 100, "\\d+");
    expectLinearSteps(almost("\\d{1,3}\\d{0,3}", "1"), 100, "\\d{1,3}\\d{0,3}");
    expect(() => expectLinearSteps(almost("\\d+\\d+", "1"), 100, "\\d+\\d+")).toThrow(/steps at 100/);
    expect(() => expectLinearSteps(almost("(?:a|a)+", "a"), 40, "(?:a|a)+")).toThrow(/over 5000000 steps/);
    // Unanchored, an unbounded run reads to the end from each place; bounded, a fixed stretch.
    const line = (source: string) => (n: number) => replacingSteps(source, `记者${"者".repeat(n)}`);
    expectLinearSteps(line("[^。]{0,20}记者"), 100, "bounded");
    expect(() => expectLinearSteps(line("[^。]*记者"), 100, "unbounded")).toThrow(/steps at 100/);
  });

  it("answers as the engine does: whether a pattern matches, and how many times with the g flag", () => {
    const atom = fc.constantFrom("a", "b", "\\d", ".", "[ab]", "[^a]", "\\s", "\\S", "记");
    const quantifier = fc.constantFrom("", "", "?", "*", "+", "{2}", "{1,3}", "{0,}", "*?", "+?", "??");
    const pattern: fc.Arbitrary<string> = fc.letrec<{ pattern: string; item: string }>((tie) => ({
      pattern: fc.array(tie("item"), { maxLength: 4 }).map((items) => items.join("")),
      item: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.tuple(atom, quantifier).map(([a, q]) => a + q),
        fc
          .tuple(fc.array(tie("pattern"), { minLength: 1, maxLength: 3 }), quantifier, fc.boolean())
          .map(([options, q, capture]) => `(${capture ? "" : "?:"}${options.join("|")})${q}`),
      ),
    })).pattern;
    fc.assert(
      fc.property(
        fc.constantFrom("", "^"),
        pattern,
        fc.constantFrom("", "$"),
        fc.string({ unit: fc.constantFrom("a", "b", "1", " ", "记", "😀"), maxLength: 12 }),
        (start, inner, end, text) => {
          const source = `${start}${inner}${end}`;
          const once = backtrackingSteps(source, text, 100_000);
          const every = replacingSteps(source, text, 100_000);
          // Nested runs over 12 characters can take more ways than this cap; the count then says so.
          if (once === undefined || every === undefined) return;
          expect(once.matches === 1, source).toBe(new RegExp(source, "u").test(text));
          expect(every.matches, source).toBe(text.match(new RegExp(source, "gu"))?.length ?? 0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
