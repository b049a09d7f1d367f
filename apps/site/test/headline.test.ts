import type { Article } from "@caixun/core";
import { parse } from "@caixun/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HEADLINE_LENGTH, headline } from "../src/build/headline.js";
import { readerBlocks, standfirst } from "../src/build/reader-body.js";

// Titles as stored by the hexo-aggregator mirror in ../shared/corpus/hexo-aggregator (id12952692333.md
// and neighbours): the flash item's whole lead, cut off by the aggregator.
const SUDOSWAP =
  "【sudoswap发布漏洞事件分析：与0x合约无关，原因在于transferFrom函数漏洞】12月15日消息，NFT交易平台sudoswap针对昨日的漏洞事件发布故障分析，称此次漏洞事...";

describe("headline", () => {
  it("takes the bracketed headline of a flash item", () => {
    expect(headline(SUDOSWAP)).toBe("sudoswap发布漏洞事件分析：与0x合约无关，原因在于transferFrom函数漏洞");
  });

  it("cuts a long lead ending in an ellipsis at its last sentence or clause that fits", () => {
    const lead =
      "北京时间8月2日中午，成都链安监测显示，跨链通讯协议Nomad遭到攻击。目前损失金额仍在统计之中，项目方表示将尽快公布调查结果，并...";
    expect(headline(lead)).toBe("北京时间8月2日中午，成都链安监测显示，跨链通讯协议Nomad遭到攻击。");
    const noStops = "一".repeat(60) + "...";
    expect(headline(noStops)).toBe(`${"一".repeat(HEADLINE_LENGTH)}…`);
  });

  it("leaves real headlines alone, however long", () => {
    expect(headline("连续六年！中国太保产、寿险双膺经营评价A级")).toBe(
      "连续六年！中国太保产、寿险双膺经营评价A级",
    );
    const long =
      "平安产险多项服务获评2021中国银行业保险业年度服务创新案例，四川分公司两项入选，理赔时效再创新高";
    expect(headline(long)).toBe(long);
  });

  it("never returns an empty headline or one longer than the title", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const shown = headline(title);
        expect(shown.length).toBeLessThanOrEqual(title.length + 1);
        if (title.trim() !== "") expect(shown.trim()).not.toBe("");
      }),
    );
  });
});

describe("the body a reader sees", () => {
  const article = (text: string, title?: string): Article => {
    const parsed = parse(text, { filename: "a.md" });
    return title === undefined ? parsed : { ...parsed, title };
  };

  it("drops a first heading that repeats the title, whatever emoji it adds", () => {
    const parsed = article(
      "---\ntitle: 金融市场每日简报 2026\n---\n# 📈 金融市场每日简报 2026\n\n今日要闻。\n",
    );
    expect(parsed.blocks[0]).toMatchObject({ type: "heading" });
    expect(readerBlocks(parsed).map((block) => block.type)).toEqual(["paragraph"]);
  });

  it("drops a caption whose image is gone", () => {
    const parsed = article("正文第一段。");
    const withCaption = {
      ...parsed,
      blocks: [...parsed.blocks, { type: "image" as const, src: null, alt: null, caption: "相关奖牌。供图" }],
    };
    expect(readerBlocks(withCaption)).toEqual(parsed.blocks);
  });

  it("keeps the full lead once: as a standfirst only when the body does not open with it", () => {
    const body = SUDOSWAP.replace(/\.\.\.$/, "件与0x合约无关。");
    expect(standfirst(article(body, SUDOSWAP))).toBeNull();
    expect(standfirst(article("另一段正文。", SUDOSWAP))).toBe(SUDOSWAP);
    expect(standfirst(article("正文。", "短标题"))).toBeNull();
  });
});
