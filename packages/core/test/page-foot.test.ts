// A portal template's foot under a story (stages/page-foot.ts), on the lines of real pages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutPageFoot } from "../src/stages/page-foot.js";
import { type RawBlock, rawBlock } from "../src/stages/raw-block.js";

const paragraph = (text: string, links: RawBlock["links"] = []): RawBlock =>
  rawBlock({ type: "paragraph", text }, links);
const quote = (text: string): RawBlock => rawBlock({ type: "quote", text });

// datasets/fresh-42/html-page/njxfhn__jiangmen-phone-fraud.html: a content farm's (富达传媒) copy of a 搜狐 page of a
// 南方都市报 story — the back link renamed, a teaser of another story in a quote, the outlet after a comma.
const LAST =
  "江门警方提示，接到自称是公安、检察院、法院、银行等单位人员的来电切勿轻易相信，拿不准时可拨打110求证。";
const BYLINE = "采写：南都记者 余毅菁 向雪妮";
const BACK = "返回富达，查看更多";
const TEASER =
  "香港警方：8.31示威行动未发生致命事件，谴责造谣者\n港铁公司车务营运总监黄琨暐表示，8月31日晚，因激进示威者的破坏行为，港铁公司于22点53分启动疏散程序。 医院管理局高级行政经理龚泽民在记者会上表示，8月31日晚，有包括太子站伤者在内的46人因参…";

describe("withoutPageFoot", () => {
  it("reads a farm's copy of a portal's foot: the outlet after a comma, the teaser and the back link leave", () => {
    const blocks = [
      paragraph(LAST),
      paragraph(BYLINE),
      paragraph(`作者：余毅菁 向雪妮${BACK}`, [
        { text: BACK, href: "http://www.sohu.com/?strategyid=00001" },
      ]),
      quote(TEASER),
      paragraph(",南方都市报"),
    ];
    const foot = withoutPageFoot(blocks);
    expect(foot.outlet).toBe("南方都市报");
    expect(foot.blocks.map((raw) => raw.block)).toEqual([
      { type: "paragraph", text: LAST },
      { type: "paragraph", text: BYLINE },
      { type: "paragraph", text: "作者：余毅菁 向雪妮" },
    ]);
  });

  it("keeps a story's own closing quote, a back link on a line of its own and a comma before no outlet", () => {
    const ownQuote = quote("他说：“我们还会回来。”\n这是他们的约定。");
    const alone = paragraph(BACK, [{ text: BACK, href: "http://www.sohu.com/" }]);
    const blocks = [paragraph(LAST), ownQuote, alone, paragraph("，然后呢")];
    expect(withoutPageFoot(blocks)).toEqual({ blocks, outlet: null });
  });

  it("only cuts the last blocks' text and drops at most two of them (property)", () => {
    const piece = fc.constantFrom(LAST, BYLINE, BACK, "…", "...", ",", "，南方都市报", "\n", "标题", " ");
    const text = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
    const block = fc.oneof(
      text.map((t) => paragraph(t, t.endsWith(BACK) ? [{ text: BACK, href: "/" }] : [])),
      text.map(quote),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const foot = withoutPageFoot(blocks);
        expect(foot.blocks.length).toBeGreaterThanOrEqual(blocks.length - 2);
        for (const [i, raw] of foot.blocks.entries()) {
          const before = blocks[i]!.block;
          expect(raw.block.type).toBe(before.type);
          if (raw.block.type === "paragraph" && before.type === "paragraph")
            expect(before.text.includes(raw.block.text)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
