import { describe, expect, it } from "vitest";
import { globToRegExp, isGlob, splitGlob } from "../src/glob.js";

describe("glob matcher", () => {
  it("splits the literal base from the pattern", () => {
    expect(splitGlob("corpus/**/*.md")).toEqual({ base: "corpus", pattern: "**/*.md", maxDepth: Infinity });
    expect(splitGlob("seeds/00?_*.txt")).toEqual({ base: "seeds", pattern: "00?_*.txt", maxDepth: 1 });
    expect(splitGlob("*/x.md")).toEqual({ base: ".", pattern: "*/x.md", maxDepth: 2 });
    expect(splitGlob("/data/*.md").base).toBe("/data");
  });

  it("matches *, ?, **, classes and alternatives", () => {
    const cases: [string, string, boolean][] = [
      ["*.md", "a.md", true],
      ["*.md", "sub/a.md", false],
      ["**/*.md", "a.md", true],
      ["**/*.md", "x/y/a.md", true],
      ["a/**", "a/b/c", true],
      ["00?_*.txt", "001_abc.txt", true],
      ["00?_*.txt", "0010_abc.txt", false],
      ["00[0-2]_*", "002_x", true],
      ["00[0-2]_*", "003_x", false],
      ["00[!0-2]_*", "003_x", true],
      ["*.{md,txt}", "a.txt", true],
      ["*.{md,txt}", "a.html", false],
      ["a+b (1).md", "a+b (1).md", true],
      ["a.md", "aXmd", false],
    ];
    for (const [pattern, path, expected] of cases) {
      expect([pattern, path, globToRegExp(pattern).test(path)]).toEqual([pattern, path, expected]);
    }
  });

  it("tells globs from literal paths", () => {
    expect(isGlob("seeds/*.txt")).toBe(true);
    expect(isGlob("seeds/000_ed6ab7b49aac3011.txt")).toBe(false);
  });
});
