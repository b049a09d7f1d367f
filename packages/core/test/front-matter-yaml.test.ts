import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../src/stages/front-matter.js";
import { readYaml, type YamlResult } from "../src/stages/front-matter-yaml.js";
import { FULL_YAML } from "../src/stages/front-matter-yaml-full.js";
import { REPO, SHARED } from "./helpers.js";

/** js-yaml as the front-matter stage called it before this reader: the oracle. */
function jsYaml(source: string): YamlResult {
  try {
    const data = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: true });
    if (data === null || data === undefined) return { ok: true, data: {} };
    if (typeof data !== "object" || Array.isArray(data)) return { ok: false, reason: "not a mapping" };
    return { ok: true, data: data as Record<string, unknown> };
  } catch (error) {
    const e = error as { reason?: string; mark?: { line?: number } };
    return { ok: false, reason: e.reason ?? String(error), line: e.mark?.line };
  }
}

/** The reader with the full reader's extensions: js-yaml's whole loader. */
const full = (source: string): YamlResult => readYaml(source, FULL_YAML);

describe("front matter YAML reader", () => {
  it("reads the two front matters of the shared corpus the flat reader leaves", () => {
    // zning1994/finews `_posts/-202205262391921712.md` (../shared/corpus/finews-jekyll): a date that is
    // only an offset, which YAML reads as the integer 800.
    expect(readYaml('layout: post\ntitle: ""\ndate:  +0800\ncategories: emnews\ntags: 东财滚动新闻')).toEqual(
      {
        ok: true,
        data: { layout: "post", title: "", date: 800, categories: "emnews", tags: "东财滚动新闻" },
      },
    );
    // ../shared/corpus/hexo-aggregator/id35070194572.md: a single-quoted title over two lines, folded.
    const hexo = [
      "title: '【慢雾：DEUS Finance 二次被黑简析】据慢雾区情报，分享如下_ ",
      "1.攻击者在攻击...'",
      "categories: ",
      " - 新媒体",
      " - 金色财经",
      "comments: false",
      "date: Invalid Date",
    ].join("\n");
    expect(readYaml(hexo)).toEqual({
      ok: true,
      data: {
        title: "【慢雾：DEUS Finance 二次被黑简析】据慢雾区情报，分享如下_  1.攻击者在攻击...",
        categories: ["新媒体", "金色财经"],
        comments: false,
        date: "Invalid Date",
      },
    });
  });

  it("reads what front matter writes: nesting, flow collections, block scalars, anchors, numbers", () => {
    const source = [
      "# a comment",
      "author:",
      "  name: 张三",
      "  links: {weibo: 'https://weibo.com/z', count: 0x1F}",
      'tags: [宏观, "央行\\t政策", 1_000]',
      "summary: >-",
      "  第一行",
      "  第二行",
      "",
      "  新段落",
      "body: |",
      "  保留",
      "    缩进",
      "base: &b {a: 1}",
      "copy: *b",
      "ratio: .5",
      "none: ~",
      "explicit: !!str 2024",
    ].join("\n");
    const result = full(source);
    expect(result).toEqual({
      ok: true,
      data: {
        author: { name: "张三", links: { weibo: "https://weibo.com/z", count: 31 } },
        tags: ["宏观", "央行\t政策", 1000],
        summary: "第一行 第二行\n新段落",
        body: "保留\n  缩进\n",
        base: { a: 1 },
        copy: { a: 1 },
        ratio: 0.5,
        none: null,
        explicit: "2024",
      },
    });
  });

  it("fails where js-yaml fails, with its reason and line (they go into the yaml-recovered warning)", () => {
    // A scraped title whose closing quote was cut off with the rest of the line.
    expect(
      readYaml('layout: post\ntitle: "在岸人民币兑美元升至2018年5月以来新高\ncategories: emnews'),
    ).toEqual({
      ok: false,
      reason: "unexpected end of the stream within a double quoted scalar",
      line: 3,
    });
    expect(readYaml("title: a\n  date: b")).toEqual({
      ok: false,
      reason: "bad indentation of a mapping entry",
      line: 1,
    });
    // An alias with no anchor before it: the same error with or without the extensions.
    expect(readYaml("**要点**\n正文")).toEqual({
      ok: false,
      reason: 'unidentified alias "*要点**"',
      line: 0,
    });
    expect(readYaml("标题\n正文")).toEqual({ ok: false, reason: "not a mapping" });
    expect(readYaml("a: 1\n--- \nb: 2")).toEqual({
      ok: false,
      reason: "expected a single document in the stream, but found more",
    });
  });

  it("without the full reader's extensions, stops where a tag, anchor or directive starts", () => {
    // What a Jekyll post may write beyond caixun's inputs: each read by the full reader, and named,
    // with its line, by the reader `parse` has by default.
    const post = (value: string) => `layout: post\ntitle: 标题\nsummary: ${value}\ntags: [a]`;
    // Block scalars are read by both (a Hugo post of datasets/fresh-5 writes `description: >`).
    for (const scalar of [">\n  第一行\n  第二行", "|-\n  保留", ">+2\n   缩进\n\n"])
      expect(readYaml(post(scalar)), scalar).toEqual(full(post(scalar)));
    expect(readYaml(post(">\n  第一行\n  第二行"))).toEqual({
      ok: true,
      data: { layout: "post", title: "标题", summary: "第一行 第二行\n", tags: ["a"] },
    });
    expect(readYaml(post("!!str 2024"))).toEqual({ ok: false, beyond: "a tag", line: 2 });
    expect(full(post("!!str 2024"))).toMatchObject({ ok: true, data: { summary: "2024" } });
    expect(readYaml(post("&s 摘要"))).toEqual({ ok: false, beyond: "an anchor", line: 2 });
    expect(readYaml("%YAML 1.2\n---\ntitle: 标题")).toEqual({ ok: false, beyond: "a directive", line: 0 });
    expect(full("%YAML 1.2\n---\ntitle: 标题")).toEqual({ ok: true, data: { title: "标题" } });
    // An error before the construct is the error, as the full reader gives it.
    const broken = 'title: "未闭合\nsummary: |\n  正文';
    expect(readYaml(broken)).toEqual(full(broken));
    expect(readYaml(broken)).toMatchObject({ ok: false, reason: expect.stringContaining("quoted scalar") });
  });

  it("reads every front matter of the shared corpus and the development sets as the full reader does", (context) => {
    const roots = [join(SHARED, "corpus"), join(REPO, "datasets"), join(REPO, "seeds")].filter((root) =>
      existsSync(root),
    );
    if (!existsSync(join(SHARED, "corpus"))) {
      context.skip("../shared/corpus is absent: the corpus's front matters are not checked");
    }
    let read = 0;
    for (const root of roots) {
      for (const name of readdirSync(root, { recursive: true, encoding: "utf8" })) {
        const path = join(root, name);
        if (name.includes("gold") || !statSync(path).isFile()) continue;
        const text = readFileSync(path, "utf8");
        const split = splitFrontMatter(text);
        if (!split.present) continue;
        read++;
        expect(split, path).toEqual(splitFrontMatter(text, FULL_YAML));
        for (const warning of split.warnings) expect(warning.message, path).not.toContain("full YAML reader");
      }
    }
    expect(read).toBeGreaterThan(150);
  });

  it("refuses keys that aliases make longer than the front matter, which js-yaml builds", () => {
    // 30 KB of YAML: a 10,000-character anchor written 5,000 times into one key, 50 MB.
    const bomb = `a: &a "${"长".repeat(10_000)}"\n? [${Array(5_000).fill("*a").join(", ")}]\n: 1`;
    expect(full(bomb)).toEqual({
      ok: false,
      reason: "keys written from lists are longer than the front matter",
      line: 2,
    });
    // The budget is shared: many short list keys of a long anchor are refused together.
    const many = `a: &a "${"长".repeat(3_000)}"\n${Array.from({ length: 4 }, (_, i) => `? [*a, ${i}]\n: 1`).join("\n")}`;
    expect(full(many)).toMatchObject({
      ok: false,
      reason: "keys written from lists are longer than the front matter",
    });
    // A list key of ordinary size is read as js-yaml writes it.
    expect(full("? [a, 1, ~]\n: v")).toEqual({ ok: true, data: { "a,1,": "v" } });
  });

  it("refuses nesting past its bound instead of running out of stack", () => {
    const deep = `a: ${"[".repeat(100_000)}`;
    expect(full(deep)).toEqual({ ok: false, reason: "nesting deeper than 1000 levels", line: 0 });
    const nested = Array.from({ length: 1_500 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
    expect(full(nested)).toMatchObject({ ok: false, reason: "nesting deeper than 1000 levels" });
  });

  it("equals js-yaml on random front matter, valid and broken, and so does the reader without the extensions where it reads (fast-check)", () => {
    // Mostly what front matter holds, with YAML's punctuation mixed in at a lower rate, so that
    // about a quarter of the documents are valid and the rest fail at many different places.
    const plain = fc.constantFrom(
      "a",
      "新闻",
      "0",
      "12",
      "+0800",
      "-1_0",
      "0x1F",
      "0o17",
      "0b101",
      "1e5",
      "3.14",
      ".inf",
      "-.Inf",
      ".NaN",
      "2022-01-30 09:59:17",
      "null",
      "~",
      "True",
      "false",
      " ",
      "http://x.cn/a?b=1",
    );
    const marked = fc.constantFrom(
      "\t",
      ": ",
      ":",
      " #c",
      "#",
      '"',
      "'",
      "''",
      "\\",
      '\\"',
      "\\n",
      "\\x41",
      "\\u00e9",
      "\\U0001F600",
      "\\q",
      "[",
      "]",
      "{",
      "}",
      ", ",
      ",",
      "&x ",
      "*x",
      "*y",
      "!!str ",
      "!!int ",
      "!!float ",
      "!!bool ",
      "!!null ",
      "!!seq ",
      "!!map ",
      "!foo ",
      "!<tag:yaml.org,2002:str> ",
      "? ",
      "- ",
      "|",
      "|-",
      ">+",
      ">2",
      "%",
      "@",
      "`",
      "\u3000",
      "\u2028",
      "\u0085",
      "\r",
      "\x07",
    );
    const text = fc
      .array(fc.oneof({ weight: 12, arbitrary: plain }, { weight: 1, arbitrary: marked }), { maxLength: 4 })
      .map((pieces) => pieces.join(""));
    const indent = fc.oneof(
      { weight: 6, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constantFrom(" ", "  ", "    ", "\t", " \t") },
    );
    const nested = fc.constantFrom(" ", "  ", "    ");
    const key = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("title", "date", "tags", "a-b", "x_1", "标题") },
      { weight: 1, arbitrary: fc.constantFrom("null", "True", "1", '"k"', "? k", "&x k", "[a]") },
    );
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(indent, key, text).map(([i, k, v]) => `${i}${k}: ${v}`) },
      { weight: 2, arbitrary: fc.tuple(indent, key, text).map(([i, k, v]) => `${i}${k}: "${v}"`) },
      { weight: 2, arbitrary: fc.tuple(indent, key, text).map(([i, k, v]) => `${i}${k}: '${v}'`) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(indent, key, fc.array(text, { maxLength: 3 }))
          .map(([i, k, vs]) => `${i}${k}: [${vs.join(", ")}]`),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(indent, key, fc.array(fc.tuple(text, text), { maxLength: 3 }))
          .map(([i, k, pairs]) => `${i}${k}: {${pairs.map(([a, b]) => `${a}: ${b}`).join(", ")}}`),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(indent, key, fc.constantFrom("|", ">", "|-", ">+", "|2", ">-1", "| #c"))
          .map(([i, k, h]) => `${i}${k}: ${h}`),
      },
      { weight: 3, arbitrary: fc.tuple(indent, key).map(([i, k]) => `${i}${k}:`) },
      { weight: 3, arbitrary: fc.tuple(nested, text).map(([i, v]) => `${i}- ${v}`) },
      { weight: 2, arbitrary: fc.tuple(nested, key, text).map(([i, k, v]) => `${i}${k}: ${v}`) },
      { weight: 2, arbitrary: fc.tuple(nested, text).map(([i, v]) => `${i}${v}`) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "",
          "---",
          "--- a",
          "...",
          "%YAML 1.2",
          "%TAG ! tag:x.cn,2000:",
          "# c",
          "- a",
        ),
      },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const source = lines.join("\n");
        const whole = full(source);
        expect(whole, JSON.stringify(source)).toEqual(jsYaml(source));
        // Without the extensions: the same answer, or a stop where one of their constructs starts.
        const read = readYaml(source);
        if ("beyond" in read) expect(source, JSON.stringify(read)).toMatch(/[!&|>%]/);
        else expect(read, JSON.stringify(source)).toEqual(whole);
      }),
      { numRuns: 30_000 },
    );
  });
});
