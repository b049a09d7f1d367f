import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { GLOB_CASES } from "../bench/glob-cases.js";
import { compileGlob, GlobSyntaxError, isGlob, splitGlob } from "../src/glob.js";
import { resolveInputs } from "../src/index.js";

describe("glob matcher", () => {
  it("splits the literal base from the pattern", () => {
    expect(splitGlob("corpus/**/*.md")).toEqual({ base: "corpus", pattern: "**/*.md", maxDepth: Infinity });
    expect(splitGlob("seeds/00?_*.txt")).toEqual({ base: "seeds", pattern: "00?_*.txt", maxDepth: 1 });
    expect(splitGlob("*/x.md")).toEqual({ base: ".", pattern: "*/x.md", maxDepth: 2 });
    expect(splitGlob("/data/*.md").base).toBe("/data");
    expect(splitGlob("{2021,2022/01}/*.md")).toEqual({
      base: ".",
      pattern: "{2021,2022/01}/*.md",
      maxDepth: Infinity,
    });
  });

  it("matches by the shell's rules: every case of the comparison but the two extglobs", () => {
    const wrong = GLOB_CASES.filter(
      ([pattern, path, expected]) => compileGlob(pattern).test(path) !== expected,
    );
    expect(wrong.map(([pattern, path]) => `${pattern} ~ ${path}`)).toEqual([
      "+(a|b).md ~ abba.md",
      "!(draft)*.md ~ post.md",
    ]);
  });

  it("expands ranges, zero-padded when an end is", () => {
    expect(compileGlob("{01..12}/*.md").test("07/a.md")).toBe(true);
    expect(compileGlob("{01..12}/*.md").test("7/a.md")).toBe(false);
    expect(compileGlob("{a..c}.md").test("b.md")).toBe(true);
    expect(compileGlob("{10..8}.md").test("9.md")).toBe(true);
  });

  it("matches in time bounded by the path's length times the pattern's (a backtracking regex took 10 s for 60 letters)", () => {
    const name = "a".repeat(255);
    // CPU time, not the wall clock: at load 29 on two cores the wall clock of a few milliseconds' work
    // stretches past a second; the backtracking regex spent its 10 s on the CPU.
    const started = process.cpuUsage();
    expect(compileGlob("*a*a*a*a*a*a*a*a*b").test(name)).toBe(false);
    expect(compileGlob("*a*a*a*a*a*a*a*a*a").test(name)).toBe(true);
    expect(compileGlob("{*,*}{*,*}{*,*}{*,*}{*,*}{*,*}b").test(name)).toBe(false);
    expect(compileGlob("**/**/**/**/**/**/x.md").test(`${"a/".repeat(2_000)}y.md`)).toBe(false);
    expect(compileGlob("**/**/**/**/**/**/x.md").test(`${"a/".repeat(2_000)}x.md`)).toBe(true);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1_000);
  });

  it("agrees with picomatch on every pattern of a, b, * and ? up to 5 long, over every name of a and b 1 to 6 long", () => {
    const words = (alphabet: string[], max: number): string[] => {
      const out = [""];
      for (let from = 0; out[from] !== undefined && out[from]!.length < max; from++) {
        for (const letter of alphabet) out.push(out[from] + letter);
      }
      return out;
    };
    const names = words(["a", "b"], 6).slice(1);
    const wrong: string[] = [];
    for (const pattern of words(["a", "b", "*", "?"], 5).slice(1)) {
      const ours = compileGlob(pattern);
      const theirs = picomatch(pattern);
      for (const name of names) if (ours.test(name) !== theirs(name)) wrong.push(`${pattern} ~ ${name}`);
    }
    expect(wrong).toEqual([]);
  });

  it("refuses a class whose range runs backwards with the class named, not a stack trace", async () => {
    expect(() => compileGlob("[z-a].md")).toThrow(GlobSyntaxError);
    await expect(resolveInputs(["corpus/[z-a].md"])).rejects.toThrow(
      "corpus/[z-a].md: [z-a] is not a valid class (a range must run upwards: [a-z])",
    );
  });

  it("tells globs from literal paths", () => {
    expect(isGlob("seeds/*.txt")).toBe(true);
    expect(isGlob("seeds/000_ed6ab7b49aac3011.txt")).toBe(false);
    expect(isGlob("copy (1).md")).toBe(false);
  });
});
