import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, CaixunError, parse } from "../src/index.js";
import { articleSchema } from "../src/schema.js";
import { assertSanitized } from "./sanitized.js";

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(articleSchema);

function assertValid(article: Article): void {
  if (!validate(article)) throw new Error(JSON.stringify(validate.errors?.slice(0, 3)));
  assertSanitized(article.html);
}

/** Fragments that scraped files are made of, recombined at random. */
const fragment = fc.constantFrom(
  "---\n",
  'title: "a "quoted" title"\n',
  "date: 2022-01-30 09:59:17 +0800\n",
  "date: Invalid Date\n",
  "categories:\n - 新媒体\n - 趣头条\n",
  "tags: 北方网新闻\n",
  "\t",
  "\r\n",
  "\ufeff",
  "\u0000",
  "<p>",
  "</p>",
  "<div>",
  "<strong>加粗标题</strong>",
  "<br>",
  '<img src="javascript:alert(1)" onerror="x()">',
  "<script>alert(1)</script>",
  "<style>p{}</style>",
  "<!-- EM_StockImg_Start -->",
  "<!-- EM_StockImg_End -->",
  "（文章来源：北方网）",
  "【来源：雅安日报】",
  "转自：中新网四川",
  "(责任编辑:马欣)",
  "中国太保(601601)",
  "(CS.N)",
  "77000亿元",
  "31.9%",
  "自2105年推出起",
  "> 摘要（上海证券报）\n",
  "# 标题\n",
  "- 项目\n",
  "| a | b |\n|---|---|\n| 1 | 2 |\n",
  "<http://example.com/x?infoCode=NW202201302266849892>",
  "[返回首页](/)",
  "新华网上海5月10日电　",
  "本报记者陈雪频发自上海",
  "　　",
  "\n\n",
  "。",
  "，",
  "a",
  "中",
  "😀",
);
const document = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));

describe("parse on arbitrary input", () => {
  it("returns a schema-valid Article for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (input) => assertValid(parse(input))),
      { numRuns: 300 },
    );
  });

  it("returns a schema-valid Article for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (input) => assertValid(parse(input))),
      { numRuns: 300 },
    );
  });

  it("returns a schema-valid Article for recombined news-file fragments", () => {
    fc.assert(
      fc.property(document, (input) => assertValid(parse(input))),
      { numRuns: 500 },
    );
  });

  it("is deterministic: same input, same Article", () => {
    fc.assert(
      fc.property(document, (input) => {
        expect(parse(input, { filename: "x.md" })).toEqual(parse(input, { filename: "x.md" }));
      }),
      { numRuns: 100 },
    );
  });

  it("reads the same text from UTF-8 bytes as from the string", () => {
    fc.assert(
      fc.property(document, (input) => {
        expect(parse(new TextEncoder().encode(input)).text).toBe(parse(input).text);
      }),
      { numRuns: 100 },
    );
  });

  it("throws only a typed CaixunError, and only over the size limit", () => {
    const huge = "中".repeat(16 * 1024 * 1024 + 1);
    let thrown: unknown;
    try {
      parse(huge);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CaixunError);
    expect((thrown as CaixunError).code).toBe("input-too-large");
    expect(() => parse(42 as unknown as string)).toThrow(CaixunError);
  });
});
