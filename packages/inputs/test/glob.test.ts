import { describe, expect, it } from "vitest";
import { GLOB_CASES } from "../bench/glob-cases.js";
import { globToRegExp, isGlob, splitGlob } from "../src/glob.js";

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
      ([pattern, path, expected]) => globToRegExp(pattern).test(path) !== expected,
    );
    expect(wrong.map(([pattern, path]) => `${pattern} ~ ${path}`)).toEqual([
      "+(a|b).md ~ abba.md",
      "!(draft)*.md ~ post.md",
    ]);
  });

  it("expands ranges, zero-padded when an end is", () => {
    expect(globToRegExp("{01..12}/*.md").test("07/a.md")).toBe(true);
    expect(globToRegExp("{01..12}/*.md").test("7/a.md")).toBe(false);
    expect(globToRegExp("{a..c}.md").test("b.md")).toBe(true);
    expect(globToRegExp("{10..8}.md").test("9.md")).toBe(true);
  });

  it("tells globs from literal paths", () => {
    expect(isGlob("seeds/*.txt")).toBe(true);
    expect(isGlob("seeds/000_ed6ab7b49aac3011.txt")).toBe(false);
    expect(isGlob("copy (1).md")).toBe(false);
  });
});
