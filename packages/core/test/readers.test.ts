import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { type Article, CaixunError, detectInput, parse } from "../src/index.js";
import { parseAll, parseAllSync, READ_FAILURE_CODES, recordMapping } from "../src/parse-all.js";
import type { ParseResult } from "../src/readers/session.js";
import { REPO, SHARED, seed } from "./helpers.js";

const encoder = new TextEncoder();

function all(input: string | Uint8Array, options = {}): ParseResult[] {
  return [...parseAllSync(input, options)];
}

function ok(results: readonly ParseResult[]): Article[] {
  return results.flatMap((result) => (result.ok ? [result.article] : []));
}

async function collect(input: Parameters<typeof parseAll>[0], options = {}): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for await (const result of parseAll(input, options)) results.push(result);
  return results;
}

/** A stream that hands over `bytes` in pieces of `size`. */
function streamOf(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) controller.close();
      else {
        controller.enqueue(bytes.slice(offset, offset + size));
        offset += size;
      }
    },
  });
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const FLASH = (id: number, extra = {}) =>
  JSON.stringify({
    id: String(id),
    title: `快讯${id}`,
    content: `财联社7月29日电，第${id}条快讯的正文。`,
    datetime: "2026-07-29T00:03:22+08:00",
    source: "cls",
    source_name: "财联社",
    ...extra,
  });

describe("detectInput", () => {
  it.each([
    ["---\ntitle: A\n---\nbody", "front-matter"],
    ["\n\n---\ntitle: A\n---\n", "front-matter"],
    ["<div><p>正文</p></div>", "html"],
    ["# 新闻联播 2026-06-08\n\n来源：[央视网](https://tv.cctv.com/x.shtml)\n", "markdown"],
    ["标题\n=====\n\n正文。", "markdown"],
    ["标题在这里\n正文第一段。\n正文第二段。", "plain-text"],
    ['{"id": 1, "title": "a"}\n{"id": 2}', "json-lines"],
    ['[{"id": 1}, {"id": 2}]', "json"],
    ['{\n  "id": 1,\n  "title": "a"\n}', "json"],
    ["[]", "json"],
    ["# 财联社快讯归档 2026-07-29\n\n- item_count: 1\n\n## 00:03:22｜标题\n\n- id: `1`\n\n正文。", "digest"],
    ["{这不是 JSON，是一行字}\n正文。", "plain-text"],
    ["[返回首页](/)", "plain-text"],
    // A server template's source opens with its directives before the HTML it renders.
    [
      '<%@ page pageEncoding="UTF-8"%>\r\n<%@ include file="/common/taglibs.jsp"%>\r\n<!DOCTYPE html>\r\n<html>',
      "html",
    ],
    ['<%@ Page Language="C#" AutoEventWireup="true" %>\n<!-- list -->\n<html><body>', "html"],
    ["<?php\nrequire 'header.php';\n$title = \"a ? b\";\n?>\n<div><p>正文</p></div>", "html"],
    // A directive that never closes, or text after it, is not a page.
    ['<%@ page pageEncoding="UTF-8"\n<html>', "plain-text"],
    ["<?php echo 1; ?>\n公司公告全文如下。", "plain-text"],
  ])("%j is %s", (sample, kind) => {
    expect(detectInput(sample)).toBe(kind);
  });

  it("reads a JSP page's source, directives before its XHTML, as the page it renders", () => {
    // datasets/fresh-25/jsp-page (likgjava/eb's generated news pages, 阳光易购): `<%@ page %>` and
    // `<%@ include %>` before the DOCTYPE, more includes and `<c:import>` inside the body.
    const file = join(REPO, "datasets/fresh-25/jsp-page/ff8080813008ca4701301f7e26520589.jsp");
    const bytes = readFileSync(file);
    expect(detectInput(new TextDecoder().decode(bytes))).toBe("html");
    const article = parse(bytes, { filename: "ff8080813008ca4701301f7e26520589.jsp" });
    expect(article.title).toBe("宝钢有意参与中铝和力拓几内亚铁矿项目");
    expect(article.publishedAt).toBe("2011-05-24T00:00:00+08:00");
    expect(
      article.text.startsWith("宝钢集团有限公司(下称宝钢集团)董事长徐乐江日前表示，“非常有兴趣”参与"),
    ).toBe(true);
    expect(article.text.endsWith("并将非洲、加拿大、南美等作为首要考虑的地区。")).toBe(true);
    expect(article.text).not.toMatch(/<%|pageEncoding|channelId|removeClass|发布时间/);
  });

  it("reads the seeds as they always were", () => {
    expect([0, 1, 2, 3, 4].map((i) => detectInput(new TextDecoder().decode(seed(i))))).toEqual([
      "front-matter",
      "plain-text",
      "front-matter",
      "front-matter",
      "front-matter",
    ]);
  });
});

describe("parseAll on JSON Lines", () => {
  const dump = [FLASH(1), "", "{not json", FLASH(2), "[1, 2]", FLASH(3)].join("\n");

  it("reads a feed's records alike however a writer lays them out", () => {
    // Other days of a feed, or another archiver of it: CRLF line ends, a pretty-printed array, an array one record a
    // line with trailing commas, a line break typed raw into a string. The Articles are the same; only their refs
    // (`line N` or `item N`) and the lines their warnings point at say where each record sat.
    const read = (text: string, filename: string) =>
      all(text, { filename }).map((result) =>
        result.ok
          ? { ...result.article, ref: null, warnings: result.article.warnings.map((w) => w.code) }
          : result.failure.code,
      );
    const field = fc.string().filter((text) => !text.includes("\\"));
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: field, content: field, brief: field }, { requiredKeys: ["content"] }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat({ max: 3 }),
        (fields, breakAt) => {
          const records = fields.map((extra, i) => JSON.parse(FLASH(i + 1, extra)) as Record<string, string>);
          // A line break inside the first record's content, escaped as JSON wants it and typed raw.
          const content = records[0]!.content!;
          records[0]!.content = `${content.slice(0, breakAt)}\n${content.slice(breakAt)}`;
          const lines = records.map((record) => JSON.stringify(record));
          const expected = read(`${lines.join("\n")}\n`, "day.jsonl");
          expect(read(`${lines.join("\r\n")}\r\n`, "day.jsonl")).toEqual(expected);
          expect(read(JSON.stringify(records, null, 2), "day.json")).toEqual(expected);
          expect(read(`[\n${lines.map((line) => `${line},`).join("\n")}\n]\n`, "day.json")).toEqual(expected);
          const raw = lines.map((line, i) => (i === 0 ? line.replace("\\n", "\n") : line));
          expect(read(`${raw.join("\n")}\n`, "day.jsonl")).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("gives one Article per record and reports a bad line with its number, going on past it", () => {
    const results = all(dump);
    expect(results.map((r) => (r.ok ? r.article.ref : `${r.failure.ref}: ${r.failure.code}`))).toEqual([
      "line 1",
      "line 3: invalid-record",
      "line 4",
      "line 5: invalid-record",
      "line 6",
    ]);
    expect(ok(results).map((a) => a.id)).toEqual(["cls:1", "cls:2", "cls:3"]);
  });

  it("counts lines from `firstLine` for a part of a larger dump", () => {
    expect(ok(all(dump, { firstLine: 801 })).map((a) => a.ref)).toEqual(["line 801", "line 804", "line 806"]);
  });

  it("gives the same results however the bytes arrive", async () => {
    const bytes = encoder.encode(dump);
    const whole = all(bytes);
    for (const size of [1, 3, 17, 4096]) expect(await collect(streamOf(bytes, size))).toEqual(whole);
  });

  it("never gives one id to every record of a file, even when the file's name holds a number", () => {
    const noIds = [{ content: "一。" }, { content: "二。" }].map((r) => JSON.stringify(r)).join("\n");
    const ids = ok(all(noIds, { filename: "2026-07-29-202607290001.jsonl" })).map((a) => a.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => /^h[0-9a-f]{16}$/.test(id))).toBe(true);
  });

  // The twenty-first reliability round: a JSON Lines file whose first record a write stopped inside (three flashes of
  // 同花顺's feed, ../shared/dumps/ths/data/2026/2026-08-01.jsonl.gz lines 2–4, the first cut inside its content) was
  // read as one JSON document, every record after the cut taken down with it ("the JSON ends inside item 1").
  it("reads the records after a first line cut inside a string, and reports the cut line", async () => {
    const bytes = readFileSync(join(import.meta.dirname, "fixtures/jsonl/ths-cut-first-record.jsonl"));
    const text = new TextDecoder().decode(bytes);
    expect(detectInput(text)).toBe("json-lines");
    const results = all(bytes, { filename: "2026-08-01.jsonl" });
    expect(
      results.map((r) =>
        r.ok ? `${r.article.ref}: ${r.article.id}` : `${r.failure.ref}: ${r.failure.code}`,
      ),
    ).toEqual(["line 1: invalid-record", "line 2: ths:678598809", "line 3: ths:678598810"]);
    expect(await collect(streamOf(bytes, 97))).toEqual(all(bytes));
    // A first line that ends after a key, as a document over several lines may (`{"data":` then its records), is JSON still.
    expect(detectInput(`{"data":\n${text.split("\n")[1]}\n`)).toBe("json");
  });

  // Session 43, harden43b: a part of a dump split by bytes (東方財富's flashes, ../shared/dumps/eastmoney/data/2026/
  // 2026-07-29.jsonl.gz lines 537–540, cut at byte 943 and 4,240, each inside a character) opens with a record's tail
  // and ends with a record's head. It was read as text, its two whole records found in it and both pieces dropped
  // without a word; a lone `{` first was dropped the same way. Each piece is now the `invalid-record` of its line.
  it("reports a split part's first and last pieces by line, and reads the records between", async () => {
    const bytes = readFileSync(join(import.meta.dirname, "fixtures/jsonl/eastmoney-split-part.jsonl"));
    const outline = (results: readonly ParseResult[]) =>
      results.map((r) =>
        r.ok ? `${r.article.ref}: ${r.article.id}` : `${r.failure.ref}: ${r.failure.code}`,
      );
    const expected = [
      "line 1: invalid-record",
      "line 2: eastmoney:202607293825068657",
      "line 3: eastmoney:202607293825068748",
      "line 4: invalid-record",
    ];
    expect(outline(all(bytes))).toEqual(expected);
    expect(outline(all(bytes, { filename: "part-02.jsonl" }))).toEqual(expected);
    expect(outline(await collect(streamOf(bytes, 101)))).toEqual(expected);
    const whole = new TextDecoder().decode(bytes).split("\n").slice(1, 3).join("\n");
    expect(outline(all(`{\n${whole}\n`, { filename: "2026-07-29.jsonl" }))).toEqual([
      "line 1: invalid-record",
      "line 2: eastmoney:202607293825068657",
      "line 3: eastmoney:202607293825068748",
    ]);
  });

  // Where a JSON document may go on with an object (after `[`, `,` in an array, a key's `:`), a whole record second is
  // a document over several lines, not a piece then records.
  it.each([
    ["[", "json"],
    ['{"data":', "json"],
    ['{"items": [', "json"],
    ['[{"id": "0"},', "json"],
    ["{", "json-lines"],
    ['{"items": [{"id": "0"}', "json-lines"],
    ['"}, "id": "0"}', "json-lines"],
    ["记者 张三}", "json-lines"],
    ["示例记录：", "plain-text"],
  ])("reads %j then a whole record as %s", (first, kind) => {
    expect(detectInput(`${first}\n${FLASH(1)}\n${FLASH(2)}\n`)).toBe(kind);
  });

  // For any JSON Lines text cut at any byte of its first record and of its last (a part of a file split by bytes, a
  // write stopped short), every non-blank line is read or reported, once.
  it("reads or reports every line of JSON Lines cut at any byte, once", () => {
    const text = fc.string({ unit: fc.constantFrom("快", "讯", '"', "\\", "{", "}", "\n", "a", " ", "。") });
    const records = fc.array(fc.record({ title: text, content: text }), { minLength: 3, maxLength: 5 });
    fc.assert(
      fc.property(records, fc.nat(), fc.nat(), (fields, head, tail) => {
        const lines = fields.map((f, i) =>
          FLASH(i + 1, { title: `标题${f.title}`, content: `正文${f.content}` }),
        );
        const bytes = encoder.encode(lines.join("\n"));
        const from = head % (encoder.encode(lines[0]).length + 1);
        const to = bytes.length - (tail % (encoder.encode(lines.at(-1)).length + 1));
        const part = bytes.subarray(from, to);
        const numbers = new TextDecoder()
          .decode(part)
          .split("\n")
          .flatMap((line, i) => (line.trim() === "" ? [] : [`line ${i + 1}`]));
        const refs = all(part).map((r) => (r.ok ? r.article.ref : r.failure.ref));
        expect(refs).toEqual(numbers);
      }),
      { numRuns: 150 },
    );
  });

  it("reports a record over the size limit and reads the next one", () => {
    const big = FLASH(1, { content: "长".repeat(400) });
    const results = all([big, FLASH(2)].join("\n"), { settings: { maxInputBytes: 600 } });
    expect(results[0]).toMatchObject({ ok: false, failure: { code: "record-too-large", ref: "line 1" } });
    expect(results[1]).toMatchObject({ ok: true, article: { id: "cls:2" } });
  });
});

describe("parseAll on other inputs", () => {
  it("reads a JSON array streamed a byte at a time, item by item", async () => {
    const array = `[${FLASH(1)},\n ${FLASH(2)}, 42]`;
    const results = await collect(streamOf(encoder.encode(array), 1));
    expect(results.map((r) => (r.ok ? r.article.ref : `${r.failure.ref}: ${r.failure.code}`))).toEqual([
      "item 1",
      "item 2",
      "item 3: invalid-record",
    ]);
  });

  it("reports a JSON object with no text field as not a news record, and reads the news beside it", () => {
    const label = '{"file": "a.md", "title": "标题", "publishedAt": null, "textStartsWith": "正文"}';
    const results = all(`[${label}, ${FLASH(2)}, {"title": "标题", "summary": "摘要"}]`);
    expect(results.map((r) => (r.ok ? r.article.ref : `${r.failure.ref}: ${r.failure.code}`))).toEqual([
      "item 1: not-a-news-record",
      "item 2",
      "item 3",
    ]);
    expect(all(`${label}\n${FLASH(2)}`).map((r) => (r.ok ? r.article.id : r.failure.code))).toEqual([
      "not-a-news-record",
      "cls:2",
    ]);
  });

  const goldFile = join(SHARED, "corpus/gold/hexo-aggregator/id34104038353.md.json");
  it.skipIf(!existsSync(goldFile))("gives no Article for a gold label of the shared corpus", () => {
    const results = all(readFileSync(goldFile));
    expect(results).toEqual([
      {
        ok: false,
        failure: {
          code: "not-a-news-record",
          message:
            "not a news record: no text field (content, body, text, article, … — the keys the record mapping reads as content or summary)",
          ref: "item 1",
        },
      },
    ]);
  });

  it("reports a JSON array that is cut short", () => {
    const results = all(`[${FLASH(1)}, {"id": "2", "title": "cut`);
    expect(results.at(-1)).toMatchObject({ ok: false, failure: { code: "corrupt-input", ref: "item 2" } });
    expect(ok(results)).toHaveLength(1);
  });

  it("reads a digest's sections as the records they were rendered from", () => {
    const digest = [
      "# 财联社快讯归档 2026-07-29",
      "",
      "- item_count: 2",
      "- source: 财联社 Web roll API",
      "",
      "## 00:03:22｜ASM国际二季度营收10亿欧元",
      "",
      "- id: `2439468`",
      "- subjects: 环球市场情报",
      "- url: https://api3.cls.cn/share/article/2439468",
      "",
      "【ASM国际二季度营收10亿欧元】财联社7月29日电，ASM国际二季度营收10亿欧元。",
      "",
      "## 00:05:01｜并行科技：上半年净利同比预增",
      "",
      "- id: `2439470`",
      "- stocks: 并行科技(920493)",
      "",
      "并行科技公告，上半年净利同比预增。",
    ].join("\n");
    const [first, second] = ok(all(digest));
    expect(first).toMatchObject({
      id: "cls:2439468",
      title: "ASM国际二季度营收10亿欧元",
      publishedAt: "2026-07-29T00:03:22+08:00",
      source: { name: "财联社" },
      tags: ["环球市场情报"],
      originalUrl: "https://api3.cls.cn/share/article/2439468",
      ref: "section 1",
      format: "digest-section",
      text: "财联社7月29日电，ASM国际二季度营收10亿欧元。",
    });
    expect(second).toMatchObject({
      id: "cls:2439470",
      securities: [{ code: "920493", market: "BJ", name: "并行科技" }],
    });
  });

  it("reads an item's own credit line as its source, the digest's feed as what relayed it", () => {
    // reigadegr/daily-news, 2026-01-31-新闻汇总.md @ 83588a6c2c34fcabce977905bb178b265d454ea3
    // (datasets/fresh-26/daily-digest-md): each `### headline` over `**来源：outlet**` and `**时间：…**`. Two of its items
    // as sections of a digest dump, as a bot that renders a feed's records would write them.
    const file = readFileSync(join(REPO, "datasets/fresh-26/daily-digest-md/2026-01-31-新闻汇总.md"), "utf8");
    const items = file
      .split(/^### /m)
      .slice(1, 3)
      .map((item, at) => {
        const [headline, ...body] = item.split("\n");
        return [`## 0${at + 8}:00:00｜${headline}`, ...body.filter((line) => !line.startsWith("## "))].join(
          "\n",
        );
      });
    const digest = ["# 新闻汇总 2026-01-31", "", "- source: 财联社 Web roll API", "", ...items].join("\n");
    const articles = ok(all(digest));
    expect(articles.map((a) => [a.ref, a.source, a.via, a.publishedAt])).toEqual([
      ["section 1", { name: "澎湃新闻" }, ["财联社"], "2026-01-31T08:00:00+08:00"],
      ["section 2", { name: "网易新闻" }, ["财联社"], "2026-01-31T09:00:00+08:00"],
    ]);
    // Read into the field, the line leaves the text; the item's date line is not this class and stays.
    expect(
      articles[0]!.text.startsWith("**时间：2026年1月31日**\n\n近日，各省区市2025年的经济发展数据陆续出炉"),
    ).toBe(true);
    expect(articles.some((a) => a.text.includes("来源"))).toBe(false);
    // The whole round-up read as one Article: no one outlet wrote it, and each item's line stays in its text.
    const whole = parse(file, { filename: "2026-01-31-新闻汇总.md" });
    expect(whole.source).toBeNull();
    expect(whole.text.match(/来源：[^*\n]+/g)?.slice(0, 3)).toEqual([
      "来源：澎湃新闻",
      "来源：网易新闻",
      "来源：澎湃新闻",
    ]);
  });

  it("reads a section's heading as Markdown renders it, its link reduced to the label, its numbering kept", () => {
    // ../shared/dumps/cls/data/2026/2026-07-29.md.gz, section 1, its heading written as a numbered link (a digest that
    // links each record's page writes `## HH:MM:SS｜1. [标题](url)`, as a document's heading may: session 39, mends39).
    const digest = [
      "# 财联社快讯归档 2026-07-29",
      "",
      "- item_count: 1",
      "",
      "## 00:03:22｜1. [ASM国际二季度营收10亿欧元 略高于市场预期](https://api3.cls.cn/share/article/2439468)",
      "",
      "- id: `2439468`",
      "",
      "【ASM国际二季度营收10亿欧元 略高于市场预期】财联社7月29日电，ASM国际二季度营收10亿欧元，分析师预期9.998亿欧元。",
    ].join("\n");
    expect(ok(all(digest)).map((article) => article.title)).toEqual([
      "1. ASM国际二季度营收10亿欧元 略高于市场预期",
    ]);
  });

  it("decompresses gzip as it streams, and says what it could not read", async () => {
    const compressed = await gzip([FLASH(1), FLASH(2)].join("\n"));
    expect(ok(await collect(streamOf(compressed, 7))).map((a) => a.id)).toEqual(["cls:1", "cls:2"]);
    expect(all(compressed)).toEqual([
      {
        ok: false,
        failure: {
          code: "compressed-input",
          message: "the input is gzip-compressed; decompress it first, or read it with parseAll",
          ref: null,
        },
      },
    ]);
    const corrupt = compressed.slice();
    corrupt.fill(0x55, 20, 40);
    const results = await collect(corrupt);
    expect(results.at(-1)).toMatchObject({ ok: false, failure: { code: "corrupt-input", ref: null } });
  });

  describe("damaged gzip: every record read is kept, the damage reported once", () => {
    // Fourteenth round of docs/reliability.md: junk after the last member lost every record of a small dump (the
    // DecompressionStream's error threw away what it had made), and a bad header gave an empty Article first.
    const ids = Array.from({ length: 10 }, (_, i) => `cls:${i}`);
    const text = Array.from({ length: 10 }, (_, i) => FLASH(i)).join("\n");
    const bytes = (...parts: (Uint8Array | string)[]) =>
      new Uint8Array(
        parts.flatMap((part) => [...(typeof part === "string" ? new TextEncoder().encode(part) : part)]),
      );
    const failures = (results: ParseResult[]) => results.flatMap((r) => (r.ok ? [] : [r.failure.code]));

    it("junk after the last member, a wrong checksum, a cut trailer: all ten records, then corrupt-input", async () => {
      const compressed = await gzip(text);
      const checksum = compressed.slice();
      checksum[checksum.length - 8]! ^= 0xff;
      for (const [name, input] of [
        ["junk", bytes(compressed, "<html>下载页</html>")],
        ["checksum", checksum],
        ["no trailer", compressed.subarray(0, compressed.length - 8)],
      ] as const) {
        for (const piece of [input.length, 7]) {
          const results = await collect(streamOf(input, piece));
          expect(
            ok(results).map((a) => a.id),
            `${name}, pieces of ${piece}`,
          ).toEqual(ids);
          expect(failures(results), `${name}, pieces of ${piece}`).toEqual(["corrupt-input"]);
        }
      }
    });

    it("a large dump: every record before junk after its end", async () => {
      // Over two of the decompressor's 64 KiB pieces, so that the junk falls in a piece after the first.
      const many = Array.from({ length: 3000 }, (_, i) =>
        FLASH(i, { content: `第${i}条：${"涨".repeat(i % 97)}。` }),
      );
      const results = await collect(bytes(await gzip(many.join("\n")), "\n\u0000junk"));
      expect(ok(results)).toHaveLength(3000);
      expect(ok(results).at(-1)?.id).toBe("cls:2999");
      expect(failures(results)).toEqual(["corrupt-input"]);
    });

    it("gzip that gives no byte: only its failure, no empty Article", async () => {
      for (const input of [
        new Uint8Array([0x1f, 0x8b]),
        new Uint8Array([0x1f, 0x8b, 9, 0, 0, 0, 0, 0, 0, 3, 1, 2]),
      ]) {
        expect(await collect(input)).toMatchObject([
          { ok: false, failure: { code: "corrupt-input", ref: null } },
        ]);
      }
    });

    it("a gzip of a gzip is read to its records; an empty input is an empty file", async () => {
      const layered = new Uint8Array(
        await new Response(
          new Blob([(await gzip(text)) as Uint8Array<ArrayBuffer>])
            .stream()
            .pipeThrough(new CompressionStream("gzip")),
        ).arrayBuffer(),
      );
      expect(ok(await collect(layered)).map((a) => a.id)).toEqual(ids);
      expect(await collect(new Uint8Array(0))).toEqual(await collect(""));
    });
  });

  it("reads a one-document file as parse does", async () => {
    for (const index of [0, 1, 4]) {
      const results = await collect(seed(index), { filename: `seed-${index}.txt` });
      expect(results).toEqual([{ ok: true, article: parse(seed(index), { filename: `seed-${index}.txt` }) }]);
    }
  });

  it("reports a file over the size limit", () => {
    expect(all("正文。".repeat(100), { settings: { maxInputBytes: 50 } })).toMatchObject([
      { ok: false, failure: { code: "input-too-large", ref: null } },
    ]);
  });
});

describe("record mapping", () => {
  const mine = [
    {
      headline: "自有标题",
      body: "<p>正文第一段。</p><p>正文第二段。</p>",
      published: 1785254602,
      symbols: ["600000.SH"],
    },
  ]
    .map((r) => JSON.stringify(r))
    .join("\n");

  it("takes a user's mapping as JSON: their keys, their feed", () => {
    const mapping = recordMapping({
      name: "mine",
      feed: { key: "mine", name: "我的通讯社" },
      fields: { title: ["headline"], content: ["body"], publishedAt: ["published"] },
    });
    const [article] = ok(all(mine, { mapping }));
    expect(article).toMatchObject({
      title: "自有标题",
      publishedAt: "2026-07-29T00:03:22+08:00",
      source: { name: "我的通讯社" },
      securities: [{ code: "600000", market: "SH" }],
      text: "正文第一段。\n\n正文第二段。",
      extra: {},
    });
    expect(article!.id).toMatch(/^h[0-9a-f]{16}$/);
  });

  it("recognises common key names without one", () => {
    const [article] = ok(all(mine));
    expect(article).toMatchObject({ title: "自有标题", publishedAt: "2026-07-29T00:03:22+08:00" });
  });

  it("says what is wrong with a mapping that is not one", () => {
    const invalid = (json: unknown) => {
      try {
        recordMapping(json);
        return null;
      } catch (error) {
        return `${(error as CaixunError).code}: ${(error as Error).message}`;
      }
    };
    expect(invalid({ fields: { titel: ["x"] } })).toMatch(
      /^invalid-mapping: record mapping: fields.titel is not a field/,
    );
    expect(invalid({ fields: { title: "headline" } })).toMatch(/fields.title must be a list of key paths/);
    expect(invalid({ securities: [{ path: "s", markets: { "1": "XX" } }] })).toMatch(
      /markets.1 must be a market/,
    );
    expect(invalid([])).toMatch(/must be an object/);
    expect(invalid({ securities: [{ path: "s", fallback: "yes" }] })).toMatch(
      /fallback must be true or false/,
    );
  });

  it("reads a fallback list only when the lists before it are not in the record", () => {
    // An eastmoney flash of ../shared/dumps (2026-08-03, id 202608033829231428, text shortened): its own
    // list names Samsung and SK Hynix on the Korean exchange (177), which is no market of ours; the
    // scraper's flattened `stocks` kept the bare codes, and `000660` alone reads as Shenzhen's.
    const korean = JSON.stringify({
      id: "202608033829231428",
      source: "eastmoney",
      source_name: "东方财富",
      title: "韩国KOSPI指数跌4% 三星电子、SK海力士均跌超5%",
      content: "【韩国KOSPI指数跌4% 三星电子、SK海力士均跌超5%】",
      datetime: "2026-08-03T08:01:56+08:00",
      raw: { stockList: ["177.005930", "177.000660"] },
      stocks: [
        { code: "005930", name: "" },
        { code: "000660", name: "" },
      ],
    });
    expect(ok(all(korean))[0]!.securities).toEqual([]);
    // Without the feed's own list, the flattened one is what the record has.
    const flattened = JSON.stringify({
      ...JSON.parse(korean),
      raw: {},
      stocks: [{ code: "600000", name: "" }],
    });
    expect(ok(all(flattened))[0]!.securities).toMatchObject([
      { code: "600000", market: "SH", how: "record" },
    ]);
  });
});

describe("parse, for one-document inputs", () => {
  it("says when an input holds many documents or is compressed", async () => {
    expect(parse([FLASH(1), FLASH(2)].join("\n")).warnings.map((w) => w.code)).toContain("many-documents");
    expect(parse(await gzip("正文。")).warnings.map((w) => w.code)).toContain("compressed-input");
  });

  it("reads a JSON file of one record as that record, as parseAll does, without a ref", () => {
    // datasets/fresh-13/json-record/xinwenlianbo__2025-11-04-5.json (caijing666666/xinwenlianbo): a scraper
    // that writes one object a file, pretty-printed over several lines.
    const file = JSON.stringify(
      {
        id: "2025-11-04-5",
        date: "2025-11-04",
        title: "李强会见尼日利亚众议长",
        content:
          "4日，国务院总理李强在上海会见来华出席第八届中国国际进口博览会的尼日利亚众议长塔杰丁。 陈吉宁、吴政隆参加上述活动。",
        sourceUrl: "https://cn.govopendata.com/xinwenlianbo/20251104",
        scrapedAt: "2025-11-29T12:46:17.042Z",
      },
      null,
      2,
    );
    const article = parse(file, { filename: "xinwenlianbo__2025-11-04-5.json" });
    expect(article).toMatchObject({
      id: "2025-11-04-5",
      title: "李强会见尼日利亚众议长",
      publishedAt: "2025-11-04T00:00:00+08:00",
      source: null,
      originalUrl: "https://cn.govopendata.com/xinwenlianbo/20251104",
      text: "4日，国务院总理李强在上海会见来华出席第八届中国国际进口博览会的尼日利亚众议长塔杰丁。 陈吉宁、吴政隆参加上述活动。",
      format: "dump-record",
      ref: null,
    });
    expect(article.warnings.map((w) => w.code)).not.toContain("many-documents");
    expect({ ...ok(all(file))[0]!, ref: null }).toEqual(article);
    // A JSON array holding one record (a saved feed of one item) is that record too.
    const single = parse(`[${FLASH(1)}]`);
    expect(single.format).toBe(parse(FLASH(1)).format);
    expect(single.text).toBe(parse(FLASH(1)).text);
    // Not one record: a JSON document with no text field, and two records, are read as a file.
    expect(parse('{\n  "name": "settings",\n  "debug": true\n}').format).toBe("plain-text");
    expect(parse(`[${FLASH(1)},${FLASH(2)}]`).warnings.map((w) => w.code)).toContain("many-documents");
  });

  it("reads a JSON Feed item: date_published is its date", () => {
    // datasets/fresh-14/jsonfeed-item/xinhua__c748e7bece3542fa82a824386c9515bd.json (exposir/RSS): one
    // item of a JSON Feed 1.1 file, cut out as written.
    const item = [
      "    {",
      '      "id": "news-20260128c748e7bece3542fa82a824386c9515bd",',
      '      "url": "http://www.news.cn/20260128/c748e7bece3542fa82a824386c9515bd/c.html",',
      '      "title": "中国人民银行与斯里兰卡中央银行建立人民币清算安排",',
      '      "content_html": "<p>  记者1月28日从中国人民银行获悉，近日中国人民银行与斯里兰卡中央银行签署了在斯里兰卡建立人民币清算安排的合作备忘录。</p>",',
      '      "date_published": "2026-01-28T03:12:14.000Z"',
      "    }",
    ].join("\n");
    const article = parse(item);
    expect(article.title).toBe("中国人民银行与斯里兰卡中央银行建立人民币清算安排");
    expect(article.publishedAt).toBe("2026-01-28T03:12:14Z");
  });

  it("reads a news API's publishDate before its record's createdAt", () => {
    // datasets/fresh-16/readhub-topic/readhub__7Rc2ed2TMNf.json (Robin132929/Robin_WanAndroid): a Readhub
    // topic, its member reports, timeline and extra left out.
    const topic = {
      id: "7Rc2ed2TMNf",
      createdAt: "2019-10-31T01:44:52.166Z",
      publishDate: "2019-10-30T17:46:24.976Z",
      summary:
        "2019年中国国际信息通信展正式开幕。三大运营商宣布5G网络正式商用。中国电信董事长柯瑞文透露，今年中国电信将正式开通SA 5G商用网络。",
      title: "中国电信柯瑞文：今年将正式开通SA 5G商用网络",
      updatedAt: "2019-10-31T02:39:10.901Z",
    };
    const article = parse(JSON.stringify(topic));
    expect(article.publishedAt).toBe("2019-10-30T17:46:24Z");
    expect(article.title).toBe("中国电信柯瑞文：今年将正式开通SA 5G商用网络");
    // Without it the record's creation is the only time it states.
    const { publishDate: _, ...created } = topic;
    expect(parse(JSON.stringify(created)).publishedAt).toBe("2019-10-31T01:44:52Z");
  });

  it("reads a news API's own keys by their names and values: an epoch-ms time, a staff field's editor", () => {
    // datasets/fresh-15/mysteel-record/mysteel__31775084.json (search-index file 7946952141): a record of
    // Mysteel's news API, its disclaimer shortened. No key is in the default mapping's lists but the title,
    // the content, the url and the source.
    const record = {
      copyright: "免责声明：Mysteel发布的原创及转载内容，仅供客户参考，不作为决策建议。",
      articleTime: 1647999480000,
      authorMonitor:
        "资讯编辑：刘思琪 021-26096532\r\n资讯监督：乐卫扬 021-26093827\r\n资讯投诉：陈杰 021-26093100\r\n",
      articleId: 31775084,
      source: "财联社",
      title: "理想汽车：4月1日起理想ONE售价上调至34.98万元",
      url: "/22/0323/09/A0D375BAC208D772.html",
      content:
        "3月23日，理想汽车公告，受上游原材料持续大幅上涨的影响，自4月1日起，理想汽车将会对理想ONE的售价进行调整，全国统一零售价格将由目前的338000元上调至349800元。",
      isCollection: 0,
    };
    const article = parse(JSON.stringify(record, null, 2));
    expect(article).toMatchObject({
      id: "31775084",
      publishedAt: "2022-03-23T09:38:00+08:00",
      source: { name: "财联社" },
      editor: "刘思琪",
      author: null,
      originalUrl: null,
    });
    expect(article.text).not.toMatch(/资讯|免责声明/u);
    // The url, a path without its host, names no originalUrl and is kept, not lost.
    expect(article.extra.url).toBe("/22/0323/09/A0D375BAC208D772.html");
    // A time key naming another moment, or a value that is no plausible time, is not the publish time.
    const other = { title: "标题", content: "正文。", updateTime: 1647999480000, readTime: 35 };
    expect(parse(JSON.stringify(other, null, 2)).publishedAt).toBeNull();
    // A written date under such a key is read as the pipeline reads dates.
    const written = { title: "标题", content: "正文。", releaseDate: "2022-03-23 09:38" };
    expect(parse(JSON.stringify(written, null, 2)).publishedAt).toBe("2022-03-23T09:38:00+08:00");
    // The editor in charge outranks a plain editor, whichever line comes first; a listed key wins over both.
    const staff = { title: "标题", content: "正文。", editorInfo: "编辑：张三\n责任编辑：李四 SF014" };
    expect(parse(JSON.stringify(staff, null, 2)).editor).toBe("李四");
    expect(parse(JSON.stringify({ ...staff, editor: "王五" }, null, 2)).editor).toBe("王五");
  });

  it("reads a record whose strings hold raw TABs, as feedx's full-text feeds write them", () => {
    // datasets/fresh-14/jsonfeed-item/people-daily__content_30135897.json: 人民日报's e-paper through
    // feedx; JSON forbids the raw TABs inside the string, nothing else in the record is wrong.
    const item = [
      "{",
      '  "url": "http://paper.people.com.cn/rmrb/pc/content/202601/27/content_30135897.html",',
      '  "title": "苏泊尔杭州队获得第八冠",',
      '  "content_html": "\t\t\t 本报湖北赤壁1月26日电  （记者郑轶）2025三国赤壁古战场杯中国围棋甲级联赛26日在湖北赤壁落幕。\t\t",',
      '  "date_published": "2026-01-27T00:26:04.000Z"',
      "}",
    ].join("\n");
    expect(() => JSON.parse(item)).toThrow();
    const article = parse(item);
    expect(article.title).toBe("苏泊尔杭州队获得第八冠");
    expect(article.publishedAt).toBe("2026-01-27T00:26:04Z");
    expect(article.text).toBe(
      "本报湖北赤壁1月26日电 （记者郑轶）2025三国赤壁古战场杯中国围棋甲级联赛26日在湖北赤壁落幕。",
    );
    // A record broken in another way is still no record.
    expect(parse('{\n  "title": "标题",\n  "content": 正文\n}').title).not.toBe("标题");
  });

  it("reads a record a Python writer left NaN or Infinity in, the value as null", () => {
    // datasets/fresh-33/cls-article-lines/traderadar__cls__line-8.jsonl (Kepler-2002/TradeRadar, a 财联社 scraper's
    // JSON Lines) as Python's json.dumps writes it when the counter is a float without a value (a pandas column
    // with a gap): `NaN`, which JSON forbids, lost the whole record before.
    const line = readFileSync(
      join(REPO, "datasets/fresh-33/cls-article-lines/traderadar__cls__line-8.jsonl"),
      "utf8",
    );
    const written = line.replace('"read_number": 0', '"read_number": NaN');
    expect(written).not.toBe(line);
    const read = ok(all(written, { filename: "cls.json" }));
    const clean = ok(all(line, { filename: "cls.json" }));
    expect(read).toHaveLength(1);
    expect(read[0]!.extra).toMatchObject({ read_number: null });
    expect({ ...read[0], extra: null, id: null }).toEqual({ ...clean[0], extra: null, id: null });
    // A NaN inside a string is text, and a word that only starts like one (`NaNo`) is no value.
    const kept = ok(
      all('{"title": "NaN是什么", "content": "正文。", "x": -Infinity}\n', { filename: "a.jsonl" }),
    );
    expect(kept.map((article) => [article.title, article.extra])).toEqual([["NaN是什么", { x: null }]]);
    expect(ok(all('{"title": "标题", "content": "正文。", "x": NaNo}\n', { filename: "a.jsonl" }))).toEqual(
      [],
    );
  });

  it("reads any record with non-finite numbers as the same record with nulls", () => {
    const nonFinite = fc.constantFrom("NaN", "Infinity", "-Infinity");
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("title", "content", "date", "url"), fc.string({ maxLength: 12 })),
        fc.array(fc.tuple(fc.constantFrom("score", "views", "rank"), nonFinite), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        (record, numbers, lines) => {
          const withNulls = { ...record, ...Object.fromEntries(numbers.map(([key]) => [key, null])) };
          let python = JSON.stringify(withNulls);
          for (const [key, token] of numbers) python = python.replace(`"${key}":null`, `"${key}":${token}`);
          const filename = lines ? "dump.jsonl" : "dump.json";
          const input = lines ? `${python}\n` : `[${python}]`;
          const expected = lines ? `${JSON.stringify(withNulls)}\n` : `[${JSON.stringify(withNulls)}]`;
          // The id of a record without one is a hash of its line as written, so it differs; nothing else does.
          const read = (text: string) =>
            all(text, { filename }).map((result) => (result.ok ? { ...result.article, id: null } : result));
          expect(read(input)).toEqual(read(expected));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads any one-record JSON input as parseAll reads its record", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("title", "content", "url", "date", "x"), fc.string()),
        (record) => {
          const text = JSON.stringify(record, null, 1);
          const results = [...parseAllSync(text)];
          const article = parse(text);
          if (results.length === 1 && results[0]!.ok)
            expect({ ...results[0]!.article, ref: null }).toEqual(article);
          else expect(article.format).not.toBe("dump-record");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("takes a Markdown file's heading for its title", () => {
    expect(
      parse("# 新闻联播 2026-06-08\n\n来源：[央视网](https://tv.cctv.com/a.shtml)\n\n正文。"),
    ).toMatchObject({
      title: "新闻联播 2026-06-08",
      format: "markdown",
      source: { name: "央视网" },
      text: "正文。",
    });
    expect(parse("标题一行\n====\n\n第一段。\n第二段。")).toMatchObject({
      title: "标题一行",
      text: "第一段。\n\n第二段。",
    });
  });

  it("reads a time stamp under the title as the date", () => {
    expect(parse("小标题在这里\n2026-05-27 19:15:07\n正文第一段。\n正文第二段。").publishedAt).toBe(
      "2026-05-27T19:15:07+08:00",
    );
  });
});

/**
 * A feed reader's daily collection: feedparser's entries under `articles` in a wrapper of counts. From
 * qipeijun/FinancialReport docs/archive/2025-10/2025-10-02/collected_data.json (commit c3907fbd7ab61c94d12afa60434ff1bc97882489),
 * as datasets/fresh-50/feedparser-json cuts it: the wrapper's head, then the entries given.
 */
function collection(...entries: object[]): string {
  return JSON.stringify(
    {
      collection_date: "2025-10-02",
      total_sources: 23,
      successful_sources: 18,
      failed_sources: ["澎湃新闻财经", "Wall Street Journal"],
      total_articles: 90,
      articles: entries,
    },
    null,
    2,
  );
}

const FT_ENTRY = {
  title: "紫金黄金国际上市首日大涨68.5%",
  link: "https://www.ftchinese.com/story/001107799",
  published: "Mon, 29 Sep 2025 16:00:00 GMT",
  summary:
    "这家由中国最大矿业公司之一紫金矿业分拆出的公司，此次在港IPO筹集了32亿美元。此时正值黄金价格突破3800美元创下新高。",
  source: "FT中文网",
  published_parsed: [2025, 9, 29, 16, 0, 0, 0, 272, 0],
};

const EM_ENTRY = {
  title: "美股三大指数集体收涨 英特尔涨超7%",
  link: "http://finance.eastmoney.com/news/1351,202510013528041579.html",
  published: "Thu, 02 Oct 2025 04:00:00 +0800",
  summary: "<p>　　美东时间周三，美股三大指数集体收涨，截至收盘，道琼斯指数涨0.09%，标普500指数涨0.34%。</p>",
  source: { title: "东方财富Choice数据" },
  published_parsed: [2025, 10, 1, 20, 0, 0, 2, 274, 0],
};

describe("a feed reader's collection of entries (datasets/fresh-50 feedparser-json)", () => {
  it("reads a wrapper of one entry as that entry's Article, the wrapper's fields none of its", () => {
    const article = parse(collection(FT_ENTRY));
    expect(article.format).toBe("dump-record");
    expect(article.title).toBe("紫金黄金国际上市首日大涨68.5%");
    expect(article.publishedAt).toBe("2025-09-29T16:00:00Z");
    expect(article.source?.name).toBe("FT中文网");
    expect(article.originalUrl).toBe("https://www.ftchinese.com/story/001107799");
    expect(article.text).toBe(FT_ENTRY.summary);
    expect(article.ref).toBeNull();
  });

  it("names the source by the feed feedparser's `source` object titles, a desk of an outlet as the outlet", () => {
    const article = parse(collection(EM_ENTRY));
    expect(article.source?.name).toBe("东方财富");
    expect(article.publishedAt).toBe("2025-10-02T04:00:00+08:00");
    expect(article.text).toBe(
      "美东时间周三，美股三大指数集体收涨，截至收盘，道琼斯指数涨0.09%，标普500指数涨0.34%。",
    );
  });

  it("drops a briefing's end mark on a line of its own and the feed's trailer after it", () => {
    // The 华尔街见闻 morning briefing's close (fresh-50 qipeijun__wscn-morning-briefing.json, summary's last lines).
    const article = parse(
      collection({
        title: "华尔街见闻早餐FM-Radio | 2025年10月2日",
        link: "https://wallstreetcn.com/articles/3756601",
        published: "Thu, 02 Oct 2025 07:15:19 +0800",
        summary:
          "<h2>今日要闻前瞻</h2>\n<p>美国8月工厂订单、耐用品订单。</p>\n<p>达拉斯联储主席洛根讲话。</p>\n<p>&lt;全文完&gt;</p>\n<p> </p><p>本文来自华尔街见闻，欢迎下载APP查看更多</p>",
        source: { title: "华尔街见闻" },
      }),
    );
    expect(article.text).toBe("今日要闻前瞻\n\n美国8月工厂订单、耐用品订单。\n\n达拉斯联储主席洛根讲话。");
    expect(article.source?.name).toBe("华尔街见闻");
  });

  it("reads a flash's closing relay note `(本文来自X)` as its source, out of the text", () => {
    // fresh-50 qipeijun__baijiahao-yicai-memory-stocks.json: a 百家号 entry with an empty source object.
    const article = parse(
      collection({
        title: "三星、SK海力士股价持续走高",
        link: "http://baijiahao.baidu.com/s?id=1844827711074833210",
        published: "2025-10-02T02:20:31.000Z",
        summary:
          "三星电子涨超3%，创2021年1月以来新高。SK海力士股价涨超9%，创历史新高。(本文来自第一财经)<br />",
        source: {},
      }),
    );
    expect(article.source?.name).toBe("第一财经");
    expect(article.publishedAt).toBe("2025-10-02T02:20:31Z");
    expect(article.text).toBe("三星电子涨超3%，创2021年1月以来新高。SK海力士股价涨超9%，创历史新高。");
  });

  it("gives one Article per entry to parseAll, and says a wrapper of two holds many documents", () => {
    const input = collection(FT_ENTRY, EM_ENTRY);
    expect(ok(all(input)).map((article) => [article.ref, article.title])).toEqual([
      ["item 1", "紫金黄金国际上市首日大涨68.5%"],
      ["item 2", "美股三大指数集体收涨 英特尔涨超7%"],
    ]);
    expect(parse(input).warnings.map((w) => w.code)).toContain("many-documents");
  });
});

describe("parseAllSync on anything", () => {
  it("never throws on content, and each result is an Article or a failure with a known code", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 400 }), fc.json()), (input) => {
        for (const result of parseAllSync(input)) {
          if (!result.ok) expect(READ_FAILURE_CODES).toContain(result.failure.code);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same results for JSON Lines whatever the chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constant(FLASH(7)), fc.string(), fc.json()), { maxLength: 8 }),
        fc.integer({ min: 1, max: 64 }),
        async (lines, size) => {
          const bytes = encoder.encode(`${FLASH(1)}\n${lines.join("\n")}`);
          expect(await collect(streamOf(bytes, size))).toEqual(all(bytes));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses an input that is not text, bytes or a stream, with a typed error", () => {
    expect(() => all(42 as unknown as string)).toThrow(CaixunError);
  });
});

describe("parseAll stops reading", () => {
  it("once a one-document input is over the limit, and closes the source", async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(encoder.encode("正文。".repeat(1000)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const results = await collect(endless, { settings: { maxInputBytes: 100_000 } });
    expect(results).toMatchObject([{ ok: false, failure: { code: "input-too-large", ref: null } }]);
    expect(pulled).toBeLessThan(20);
    expect(cancelled).toBe(true);
  });

  it("when the caller stops, also inside gzip", async () => {
    const compressed = await gzip(Array.from({ length: 2000 }, (_, i) => FLASH(i)).join("\n"));
    let taken = 0;
    for await (const result of parseAll(streamOf(compressed, 512))) {
      expect(result.ok).toBe(true);
      if (++taken === 3) break;
    }
    expect(taken).toBe(3);
  });
});

describe("records of very many fields (settings.maxRecordFields)", () => {
  // news163.csv's first row (test/fixtures/csv, a Scrapy spider's export of 163.com news; see csv.test.ts), its
  // body cut to its first sentence, as the JSON record a scraper would write: its own seven keys after a wide API's.
  const header = [
    "news_body",
    "news_source",
    "news_thread",
    "news_time",
    "news_title",
    "news_url",
    "source_url",
  ];
  const row = [
    "（新闻联播）：“十三五”以来，我国互联网蓬勃发展，取得举世瞩目的成就。",
    "央视网",
    "FS3T6UK7000189FH",
    "2020-11-23 08:42:26",
    "【“十三五”成就巡礼】“互联网+”激活经济高质量发展新引擎 |电子商务|云计算|移动支付_网易新闻",
    "https://news.163.com/20/1123/08/FS3T6UK7000189FH.html",
    "https://news.cctv.com/2020/11/22/ARTI05OacY3cshJgI5mKpk4C201122.shtml",
  ];
  const record = (before: number) => {
    const fields: Record<string, unknown> = {};
    for (let i = 0; i < before; i++) fields[`k${i}`] = i;
    header.forEach((key, i) => {
      fields[key] = row[i];
    });
    return JSON.stringify(fields);
  };
  const [narrow] = ok(all(record(0)));
  /** The warning of a record of this many fields, 1,000 of them kept. */
  const capped = (fields: number) => ({
    code: "fields-capped",
    message: `the record has ${fields} fields: 1000 kept (settings.maxRecordFields; the ones the record mapping reads first, then the others in order), ${fields - 1000} dropped`,
    line: 1,
  });
  /** The first `count` keys a test puts beside a record's own: `k0`, `k1` … */
  const otherKeys = (count: number) => Array.from({ length: count }, (_, i) => `k${i}`);

  it("keeps 1,000 of a record's 200,007 keys, those the mapping reads first, and says so", () => {
    const [article, more] = ok(all(`${record(200_000)}\n`));
    expect(more).toBeUndefined();
    expect(narrow?.warnings).toEqual([]);
    // The same Article but for what the keys dropped make: its extra fields, its id (a hash of the record), its ref
    // (a 2 MB line is read as JSON, `item 1`, not as JSON Lines) and the warning.
    const same = { extra: undefined, warnings: [], fingerprint: "", id: "", ref: "" };
    expect({ ...article, ...same }).toEqual({ ...narrow, ...same });
    expect([article?.title, article?.publishedAt, article?.source?.name, article?.originalUrl]).toEqual([
      "【“十三五”成就巡礼】“互联网+”激活经济高质量发展新引擎 |电子商务|云计算|移动支付_网易新闻",
      "2020-11-23T08:42:26+08:00",
      "央视网",
      "https://news.cctv.com/2020/11/22/ARTI05OacY3cshJgI5mKpk4C201122.shtml",
    ]);
    expect(article?.warnings).toEqual([capped(200_007)]);
    // The bound: 994 of the API's keys and nothing after them (news_thread is the 200,001st other key).
    expect(Object.keys(article?.extra ?? {})).toEqual(otherKeys(994));
  });

  it("cuts a record of 10^6 keys to the kept ones before JSON.parse reads it; the file's other records as before", () => {
    // Before, the whole 16 MB line went to JSON.parse (every key and value copied) and only then was it capped.
    const wide = record(1_000_000);
    const lines = `${record(0)}\n${wide}\n${record(0).replace("FS3T6UK7000189FH", "FS3T6UK7000189FI")}\n`;
    const parsed: number[] = [];
    const parseJson = JSON.parse;
    const spy = vi.spyOn(JSON, "parse").mockImplementation((text, reviver) => {
      parsed.push(String(text).length);
      return parseJson(text, reviver);
    });
    let articles: Article[];
    try {
      // Past the default input limit (16 MB): the record is read, not refused as too large.
      articles = ok(all(lines, { settings: { maxInputBytes: 64 * 1024 * 1024 } }));
    } finally {
      spy.mockRestore();
    }
    expect(wide.length).toBeGreaterThan(15_000_000);
    expect(Math.max(...parsed)).toBeLessThan(20_000);
    expect(articles.map((article) => article.ref)).toEqual(["line 1", "line 2", "line 3"]);
    expect(articles.map((article) => article.warnings)).toEqual([
      [],
      [{ ...capped(1_000_007), line: 2 }],
      [],
    ]);
    expect(articles[1]?.title).toBe(narrow?.title);
    expect(Object.keys(articles[1]?.extra ?? {})).toEqual(otherKeys(994));
  });

  it("caps a record whose text sits one object down, the wide object read beside the record's own fields", () => {
    const data: Record<string, unknown> = Object.fromEntries(otherKeys(3000).map((key, i) => [key, i]));
    data.content = "央行宣布下调存款准备金率0.5个百分点。";
    const [article] = ok(all(JSON.stringify({ id: 7, time: "2024-01-24 10:00:00", data })));
    expect([article?.text, article?.publishedAt]).toEqual([
      "央行宣布下调存款准备金率0.5个百分点。",
      "2024-01-24T10:00:00+08:00",
    ]);
    expect(article?.warnings[0]).toEqual(capped(3003));
    expect(Object.keys(article?.extra ?? {})).toEqual(otherKeys(997));
  });

  it("keeps the mapped keys and the first others at any width, wherever the mapped keys stand", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 60 }),
        fc.integer({ min: 6, max: 30 }),
        fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
        (width, cap, places) => {
          // The record's own keys placed among `width` others at arbitrary places, in order.
          const keys: string[] = otherKeys(width);
          header.forEach((key, i) => {
            keys.splice(places[i]! % (keys.length + 1), 0, key);
          });
          const fields: Record<string, unknown> = {};
          for (const key of keys) fields[key] = header.includes(key) ? row[header.indexOf(key)] : 1;
          const [article] = ok(all(JSON.stringify(fields), { settings: { maxRecordFields: cap } }));
          expect([article?.title, article?.text, article?.publishedAt]).toEqual([
            narrow?.title,
            narrow?.text,
            narrow?.publishedAt,
          ]);
          const others = keys.filter((key) => key.startsWith("k") || key === "news_thread");
          expect(Object.keys(article?.extra ?? {})).toEqual(others.slice(0, cap - 6));
          expect(article?.warnings.map((w) => w.code)).toEqual(keys.length > cap ? ["fields-capped"] : []);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("a news API's record under abbreviated keys (datasets/fresh-52/news-api-json)", () => {
  it("reads a broker app's {id, dt, title, sum, stockList, auth}: dt as the time, sum as the text", () => {
    // pangu__caixin-ppp-abs.json: one element of a broker app's news API response kept in a Java comment
    // (search-index file 9902450263), verbatim.
    const article = parse(
      readFileSync(join(REPO, "datasets/fresh-52/news-api-json/pangu__caixin-ppp-abs.json")),
    );
    expect(article).toMatchObject({
      format: "dump-record",
      title: "国内首单ppp资产证券化项目落地",
      publishedAt: "2017-02-04T13:15:40+08:00",
      source: { name: "财新网" },
      author: "刘彩萍",
    });
    expect(article.text.endsWith("由太平洋证券股份有限公司担任计划管理人并进行交易安排。")).toBe(true);
    expect(article.text).not.toMatch(/relateList|stockList|601099_SH_EQ|58956481e4b0ccbcb1a80d94/);
  });
});
