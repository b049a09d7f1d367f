// readUncollapsedByline skips collapsing a text its check proves holds no byline: it must read what
// readByline reads of the collapsed text, on random mixtures of white space, byline words and prose, and on
// every line and paragraph of the shared corpus and datasets/.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readByline, readUncollapsedByline } from "../src/credits/grammar.js";
import { collapseWhitespace } from "../src/text/chars.js";
import { corpusFiles } from "./helpers.js";

const collapsedFirst = (text: string) => readByline(collapseWhitespace(text));

const SPACES = [..."\t\n\r \u00a0\u2005\u200b\u3000\ufeff"];
const PIECES = [
  "记",
  "者",
  "记者",
  "文",
  "【",
  "（",
  "(",
  "/",
  "：",
  "）",
  "】",
  "本报",
  "每经",
  "张三",
  "李树超",
  "发自上海",
  "编辑",
  "本文作者为",
  "日本经济新闻",
  "（中文版：日经中文网）",
  "中文版",
  "证券时报",
  "，",
  "。",
  "公司今年一季度营业收入同比增长",
];

describe("readUncollapsedByline", () => {
  it("reads what readByline reads of the collapsed text (fast-check)", () => {
    const piece = fc.oneof(
      fc.constantFrom(...SPACES),
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        expect(readUncollapsedByline(text)).toEqual(collapsedFirst(text));
      }),
      { numRuns: 30000 },
    );
  });

  it("reads bylines whose white space is not collapsed yet, and skips long prose", () => {
    expect(readUncollapsedByline("证券时报记者\u3000 李树超")).toEqual({
      authors: ["李树超"],
      outlet: "证券时报",
      editors: [],
    });
    expect(readUncollapsedByline(" 文/财经\n赵天宇")).toEqual(collapsedFirst(" 文/财经\n赵天宇"));
    expect(readUncollapsedByline("日经中文网  松田直树")).toEqual(collapsedFirst("日经中文网  松田直树"));
    expect(
      readUncollapsedByline(
        "公司今年一季度营业收入同比增长百分之十二，净利润同比增长百分之八，毛利率保持稳定。",
      ),
    ).toBeNull();
  });

  it("reads what readByline reads of the collapsed text on every line and paragraph of the corpus and datasets/", () => {
    let texts = 0;
    for (const path of corpusFiles(/\.(?:txt|md|markdown|html?|json)$/, "uncollapsed-byline")) {
      const content = readFileSync(path, "utf8");
      for (const text of [...content.split("\n"), ...content.split(/\n\s*\n/)]) {
        expect(readUncollapsedByline(text), text).toEqual(collapsedFirst(text));
        texts++;
      }
    }
    expect(texts).toBeGreaterThan(0);
  });
});
