import fc from "fast-check";
import { expect, test } from "vitest";
import { CREDITS_STAGE_PATTERNS, GRAMMAR_PATTERNS } from "../src/credits/credit-patterns.js";
import { BOILERPLATE_PATTERNS } from "../src/stages/boilerplate-lines.js";
import { literalOf, regexesFromLiterals, regexFromLiteral } from "../src/text/regex-literal.js";
import { escapePattern } from "../src/text/string-finder.js";

// The patterns the credits and the boilerplate stages read by name, written as their literals so that a Worker reads
// them from its static assets (`credit-patterns.json`, `boilerplate-lines.json`): each compiles, once, to the pattern
// the module made before (the snapshot of every Article, `pnpm --filter @caixun/bench snapshot`, is the proof in full).
test("every pattern of the tables is a literal that compiles, under the name its module reads", () => {
  const tables = { GRAMMAR_PATTERNS, CREDITS_STAGE_PATTERNS, BOILERPLATE_PATTERNS };
  const sizes = Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [name, Object.keys(table).length]),
  );
  expect(sizes).toStrictEqual({ GRAMMAR_PATTERNS: 91, CREDITS_STAGE_PATTERNS: 71, BOILERPLATE_PATTERNS: 35 });
  for (const table of Object.values(tables) as Readonly<Record<string, string>>[]) {
    const compiled = regexesFromLiterals(table);
    for (const [name, literal] of Object.entries(table)) {
      expect(literal, name).toMatch(/^\/[\s\S]+\/[dgimsuy]*$/u);
      expect(compiled[name]?.flags, name).toBe(literal.slice(literal.lastIndexOf("/") + 1));
    }
  }
});

test("the compiled patterns read real credit lines as the grammar's did", () => {
  const grammar = regexesFromLiterals(GRAMMAR_PATTERNS);
  // 网易's editor credit (a staff code set off with an underscore), a desk's phone after a news API's editor field.
  expect(grammar.EDITOR_LINE.exec("责任编辑：马婧雯_NN2479")?.slice(1, 3)).toStrictEqual([
    "责任编辑",
    "马婧雯",
  ]);
  expect(grammar.EDITOR_LINE.exec("资讯编辑：刘思琪 021-26096532")?.slice(1, 3)).toStrictEqual([
    "资讯编辑",
    "刘思琪",
  ]);
  expect(grammar.SOURCE_LINE.exec("文章来源：每日经济新闻")?.[1]).toBe("每日经济新闻");
  expect(grammar.SOURCE_LINE.test("据新华社报道")).toBe(false);
});

test("a pattern's literal from its source and flags gives back the same pattern, whatever the text", () => {
  const flags = fc.subarray(["d", "g", "i", "m", "s", "u", "y"]).map((chosen) => chosen.join(""));
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), flags, (text, chosen) => {
      const source = `${escapePattern(text)}(?:/|／)?`;
      const read = regexFromLiteral(literalOf(source, chosen));
      const pattern = new RegExp(source, chosen);
      expect(read.source).toBe(pattern.source);
      expect(read.flags).toBe(pattern.flags);
      expect(read.test(`${text}/`)).toBe(true);
    }),
  );
});
