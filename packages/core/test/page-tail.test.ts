import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block } from "../src/article.js";
import { withoutPageTail } from "../src/stages/boilerplate.js";
import { type RawBlock, rawBlock } from "../src/stages/raw-block.js";
import { collapseWhitespace } from "../src/text/chars.js";

const paragraph = (text: string): RawBlock => rawBlock({ type: "paragraph", text });
const STORY =
  "记者从市统计局获悉，今年前三季度全市地区生产总值同比增长百分之五点二，增速比上半年加快零点三个百分点。";

describe("the page's tail is read off a block's text before it is collapsed (withoutPageTail)", () => {
  it("cuts at a tail line that is short only once its white space is collapsed", () => {
    const blocks = [
      paragraph(STORY),
      paragraph("People  who   liked this\tcontent also  liked"),
      paragraph("相关阅读"),
    ];
    expect(withoutPageTail(blocks)).toEqual([blocks[0]]);
  });

  it("cuts at a follow prompt whose `回复` a line break parts", () => {
    const prompt = `关注「前端瓶子君」，回\n复「交流」，加入前端交流群，和五千多名开发者一起讨论技术问题。`;
    const blocks = [paragraph(STORY), paragraph(STORY), paragraph(prompt), paragraph("点个在看")];
    expect(withoutPageTail(blocks)).toEqual(blocks.slice(0, 2));
  });

  it("cuts at a follow prompt as long as one can be (FOLLOW_PROMPT_MAX)", () => {
    const name = "前端".repeat(10);
    const prompt = `欢迎关注  「${name}」  ，  回复  「${"交流群".repeat(3)}群」${"获取资料".repeat(10)}。`;
    expect(collapseWhitespace(prompt)).toHaveLength(86);
    const blocks = [paragraph(STORY), paragraph(STORY), paragraph(prompt)];
    expect(withoutPageTail(blocks)).toEqual(blocks.slice(0, 2));
  });

  it("cuts at a sign-off of any length", () => {
    const signOff = `${"—".repeat(30)} END ${"—".repeat(30)}`;
    const blocks = [paragraph(STORY), paragraph(signOff), paragraph("扫码加入读者群")];
    expect(withoutPageTail(blocks)).toEqual([blocks[0]]);
  });

  it("keeps a story whose long paragraphs only look like a tail's opening", () => {
    const blocks = [paragraph(STORY), paragraph(`End of quarter: ${STORY}`), paragraph(`回应：${STORY}`)];
    expect(withoutPageTail(blocks)).toBe(blocks);
  });

  it("cuts where reading every block cuts (property)", () => {
    const piece = fc.constantFrom(
      STORY,
      "喜欢此内容的人还喜欢",
      "People who liked this content also liked",
      "微信扫一扫",
      "关注该公众号",
      "扫码关注",
      "长按识别二维码订阅",
      "— 完 —",
      "-END-",
      "THE END",
      "end",
      "©",
      "———",
      " ",
      "  ",
      "\n",
      "\t",
      "\u3000",
      "\u200b",
      "相关阅读",
      "关注「前端瓶子君」，",
      "回复「交流」",
      "回",
      "复",
      "点个在看。",
    );
    const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ type: fc.constant("paragraph" as const), text }),
      fc.record({ type: fc.constant("heading" as const), level: fc.constant(2 as const), text }),
      fc.record({
        type: fc.constant("list" as const),
        ordered: fc.boolean(),
        items: fc.array(text, { maxLength: 3 }),
      }),
      fc.record({
        type: fc.constant("image" as const),
        src: fc.constant(null),
        alt: fc.constant(null),
        caption: fc.option(text),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          block.map((b) => rawBlock(b)),
          { maxLength: 8 },
        ),
        (blocks) => {
          expect(withoutPageTail(blocks)).toEqual(withoutPageTail(blocks, () => true));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
