import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { CREDITS_STAGE_PATTERNS, GRAMMAR_PATTERNS } from "../src/credits/credit-patterns.js";
import { readCreditLine } from "../src/credits/grammar.js";
import { BOILERPLATE_PATTERNS } from "../src/stages/boilerplate-lines.js";
import { literalOf, regexFromLiteral } from "../src/text/regex-literal.js";
import { escapePattern } from "../src/text/string-finder.js";

// The patterns the credits and the boilerplate stages read, written as their literals so that a Worker reads them from
// its static assets (`credit-patterns.json`, `boilerplate-lines.json`), and read by position: each module assigns its
// table to its bindings in one destructuring (`[A, B, …] = TABLE.map(regexFromLiteral)`). Each table's entries are
// labelled with the names of the module's bindings (`/* NAME */` before each literal), which must be the same names in
// the same order; the snapshot of every Article
// (`pnpm --filter @caixun/bench snapshot`) proves the patterns themselves in full.
const TABLES = [
  {
    name: "GRAMMAR_PATTERNS",
    table: GRAMMAR_PATTERNS,
    data: "credits/credit-patterns.ts",
    reader: "credits/grammar.ts",
  },
  {
    name: "CREDITS_STAGE_PATTERNS",
    table: CREDITS_STAGE_PATTERNS,
    data: "credits/credit-patterns.ts",
    reader: "stages/credits.ts",
  },
  {
    name: "BOILERPLATE_PATTERNS",
    table: BOILERPLATE_PATTERNS,
    data: "stages/boilerplate-lines.ts",
    reader: "stages/boilerplate.ts",
  },
];

const source = (file: string) => readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8");
/**
 * The list a table's module gives `name`: written as the table's value, or returned by the function the table is made
 * by (its value the function's one call, marked pure: `creditsStagePatterns()`).
 */
function listedIn(text: string, name: string): RegExpExecArray | null {
  const head = `export const ${name}: readonly string\\[\\] = `;
  const madeBy = new RegExp(`${head}/\\* @__PURE__ \\*/ (\\w+)\\(\\);`, "u").exec(text);
  if (madeBy === null) return new RegExp(`${head}\\[([\\s\\S]*?)\\n\\];`, "u").exec(text);
  return new RegExp(
    `function ${madeBy[1]}\\(\\): readonly string\\[\\] \\{[\\s\\S]*?\\n  return \\[([\\s\\S]*?)\\];\\n\\}`,
    "u",
  ).exec(text);
}
const namesIn = (list: string) =>
  list
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
/** The names a table's entries are labelled with (a comment of the name before each literal), in the table's order. */
const labelsIn = (entries: string) => [...entries.matchAll(/\/\* (\w+) \*\/ /gu)].map((label) => label[1]!);

test("each table lists its patterns in the order its module assigns them to its bindings", () => {
  for (const { name, table, data, reader } of TABLES) {
    const listed = listedIn(source(data), name);
    const assigned = new RegExp(
      `\\[([^\\]]*)\\] = ${name}\\.map\\(regexFromLiteral\\) as RegExps<(\\d+)>;`,
      "u",
    ).exec(source(reader));
    expect(listed, name).not.toBeNull();
    expect(assigned, name).not.toBeNull();
    // A rest element last (`...bylineForms`) takes the entries after the named ones, as a list of patterns.
    const names = namesIn(assigned![1]!);
    const rest = names.at(-1)!.startsWith("...") ? names.pop()!.slice(3) : null;
    const labels = labelsIn(listed![1]!);
    expect(names, name).toStrictEqual(labels.slice(0, names.length));
    if (rest === null) expect(labels.length, name).toBe(names.length);
    else expect(labels.length, name).toBeGreaterThan(names.length);
    expect(labels.length, name).toBe(table.length);
    expect(Number(assigned![2]), name).toBe(table.length);
    // Every binding is declared once, as a pattern.
    for (const binding of names) expect(source(reader)).toContain(`let ${binding}: RegExp;`);
    if (rest !== null) expect(source(reader)).toContain(`let ${rest}: RegExp[];`);
  }
});

test("the credit grammar's byline forms are the table's last entries, the line forms before the lead forms", () => {
  const grammar = source("credits/grammar.ts");
  const constant = (binding: string) =>
    Number(new RegExp(`const ${binding} = (\\d+);`, "u").exec(grammar)![1]);
  const labels = labelsIn(listedIn(source("credits/credit-patterns.ts"), "GRAMMAR_PATTERNS")![1]!);
  const forms = labels.slice(labels.indexOf("REPORTER_BYLINE"));
  expect(forms).toHaveLength(14);
  expect(forms.every((label) => label.endsWith("_BYLINE"))).toBe(true);
  const start = constant("LEAD_FORMS_START");
  expect(forms.slice(0, start)).toStrictEqual([
    "REPORTER_BYLINE",
    "WRITER_BYLINE",
    "FILED_FROM_BYLINE",
    "OUTLET_AND_NAME_BYLINE",
    "COMPILERS_BYLINE",
  ]);
  expect(forms.slice(start).every((label) => label.endsWith("_LEAD_BYLINE"))).toBe(true);
  // The indexes `readByline` reads its forms' answers by.
  expect(forms[constant("REPORTER_FORM")]).toBe("REPORTER_BYLINE");
  expect(forms[constant("OUTLET_AND_NAME")]).toBe("OUTLET_AND_NAME_BYLINE");
});

test("every pattern of the tables is a literal that compiles, with its flags", () => {
  expect(TABLES.map(({ table }) => table.length)).toStrictEqual([111, 77, 52]);
  for (const { name, table } of TABLES)
    for (const literal of table) {
      expect(literal, name).toMatch(/^\/[\s\S]+\/[dgimsuy]*$/u);
      expect(regexFromLiteral(literal).flags, literal).toBe(literal.slice(literal.lastIndexOf("/") + 1));
    }
});

test("the grammar's compiled patterns read real credit lines", () => {
  // 网易's editor credit (a staff code set off with an underscore), a desk's phone after a news API's editor field.
  expect(readCreditLine("责任编辑：马婧雯_NN2479")).toStrictEqual({
    kind: "editor",
    names: ["马婧雯"],
    role: "responsible",
  });
  expect(readCreditLine("资讯编辑：刘思琪 021-26096532")).toStrictEqual({
    kind: "editor",
    names: ["刘思琪"],
    role: "editor",
  });
  expect(readCreditLine("文章来源：每日经济新闻")).toMatchObject({ kind: "source", name: "每日经济新闻" });
  expect(readCreditLine("据新华社报道")).toBeNull();
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
