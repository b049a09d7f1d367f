import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { readFlatMapping } from "../src/stages/front-matter-flat.js";

/** What the YAML parser gives, as the front-matter stage calls it. */
const load = (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA, json: true });

describe("flat front matter", () => {
  it("reads a mirrored post's front matter as js-yaml does", () => {
    const source = [
      "layout: post",
      'title: "连续六年！中国太保产、寿险双膺经营评价A级"',
      "date: 2022-01-30 09:59:17 +0800",
      "categories: beifangwang",
      "tags: 北方网新闻",
      "",
      "link: http://finance.eastmoney.com/a/2021.html  ",
      "title: '后来的标题'",
      "categories: ",
      " - 新媒体",
      " - 今日推荐 / 精选",
      "comments: false",
      "date2: Sat, 09 Apr 2022 13:05:33 GMT",
    ].join("\n");
    const flat = readFlatMapping(source);
    expect(flat).toEqual({
      layout: "post",
      title: "后来的标题",
      date: "2022-01-30 09:59:17 +0800",
      categories: ["新媒体", "今日推荐 / 精选"],
      tags: "北方网新闻",
      link: "http://finance.eastmoney.com/a/2021.html",
      comments: false,
      date2: "Sat, 09 Apr 2022 13:05:33 GMT",
    });
    expect(JSON.stringify(flat)).toBe(JSON.stringify(load(source)));
  });

  it("reads keys with nothing under them and one-line lists as js-yaml does", () => {
    const source = [
      "layout: default",
      "title:",
      "categories: [finance]",
      "tags: [ 宏观, 央行 政策 ]",
      "empty: []",
      "date:   2018-01-19",
      "author: 36kr",
      "last:",
    ].join("\n");
    const flat = readFlatMapping(source);
    expect(flat).toEqual({
      layout: "default",
      title: null,
      categories: ["finance"],
      tags: ["宏观", "央行 政策"],
      empty: [],
      date: "2018-01-19",
      author: "36kr",
      last: null,
    });
    expect(JSON.stringify(flat)).toBe(JSON.stringify(load(source)));
  });

  it("reads a value with a long run of blanks inside it in one pass", () => {
    // A `[ \t]+$` pattern retried the run from every position of it: 200,000 blanks took minutes.
    const value = `a${" ".repeat(200_000)}b`;
    expect(readFlatMapping(`title: ${value}  \t`)).toEqual({ title: value });
    expect(readFlatMapping(`title: "${value}"  `)).toEqual({ title: value });
  });

  it("leaves everything else to js-yaml", () => {
    for (const source of [
      "id: 12345",
      "a: null",
      "a: ~",
      "a: .inf",
      "a: 0x1F",
      "a: 1_000",
      "tags:\n- a",
      "a:\n# c",
      "a:\n\n  - b",
      "a:\n  b: c",
      "tags:\n  - a\n   - b",
      "tags:\n  - 1",
      "tags:\n  - true",
      "tags:\n\n  - a",
      "tags:\n  -",
      "tags: [a, b] # c",
      "tags: [a, [b]]",
      "tags: [a, ]",
      'tags: ["a", b]',
      "tags: [a: b]",
      "tags: [1, b]",
      "tags: [a\tb]",
      "a: b # c",
      'a: "b\\"c"',
      "a: &x b",
      "a: !!str 1",
      "a: b: c",
      "True: x",
      "# comment",
      "a:\tb",
      " a: b",
      "a: 😀",
    ]) {
      expect(readFlatMapping(source), source).toBeNull();
    }
  });

  it("equals js-yaml on every input it accepts (fast-check)", () => {
    const piece = fc.constantFrom(
      "a",
      "Z",
      "新",
      "0",
      "1",
      "2022-01-30",
      "2018-1-9",
      "36kr",
      "5G",
      "1e5x",
      "0x1g",
      " 09:59:17 +0800",
      "e5",
      "0x",
      "0o",
      "0b",
      "_",
      ".",
      ".inf",
      ".NaN",
      "-",
      "+",
      ":",
      ": ",
      " ",
      "\t",
      "#",
      " #",
      '"',
      "'",
      "\\",
      "[",
      "]",
      "{",
      "}",
      ",",
      "&",
      "*",
      "!",
      "|",
      ">",
      "%",
      "@",
      "`",
      "?",
      "~",
      "null",
      "True",
      "no",
      "yes",
      "\u3000",
      "\u2028",
      "\u0085",
      "http://x.cn/a?b=1",
    );
    const word = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(""));
    const key = fc.constantFrom("title", "date", "tags", "a-b", "x_1", "null", "True", "on", "y");
    const line = fc.oneof(
      fc.tuple(key, word).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, word).map(([k, v]) => `${k}: "${v}"`),
      fc.tuple(key, word).map(([k, v]) => `${k}: '${v}'`),
      fc
        .tuple(key, fc.array(word, { maxLength: 3 }), fc.constantFrom(", ", ",", " , "))
        .map(([k, items, comma]) => `${k}: [${items.join(comma)}]`),
      fc.tuple(key, fc.constantFrom(" ", "", "  ")).map(([k, blank]) => `${k}:${blank}`),
      fc.tuple(fc.constantFrom(" ", "  ", ""), word).map(([indent, v]) => `${indent}- ${v}`),
      fc.tuple(fc.constantFrom(" ", "  "), word).map(([indent, v]) => `${indent}- "${v}"`),
      fc
        .tuple(key, fc.constantFrom("true", "False", "TRUE", "false ", "yes", "tRue"))
        .map(([k, v]) => `${k}: ${v}`),
      word,
      fc.constant(""),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 7 }), (lines) => {
        const source = lines.join("\n");
        const flat = readFlatMapping(source);
        if (flat === null) return;
        let loaded: unknown;
        try {
          loaded = load(source);
        } catch (error) {
          throw new Error(`js-yaml refused what the flat reader took: ${JSON.stringify(source)} (${error})`);
        }
        // An empty mapping is `undefined` to js-yaml (the stage reads both as no fields).
        expect(JSON.stringify(flat)).toBe(JSON.stringify(loaded ?? {}));
      }),
      { numRuns: 50000 },
    );
  });
});
