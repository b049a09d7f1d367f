// News filed into the raw/ folder of an LLM-wiki Obsidian vault (datasets/fresh-71, session 45): WeChat pages the
// Obsidian Web Clipper copied whole, and 金十数据 flashes pasted from its app. Excerpts of the real files of
// Jackdream/Jlink (paths and commits in datasets/fresh-71/SOURCES.tsv), shortened where marked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTrailingOutlet } from "../src/credits/grammar.js";
import { parse } from "../src/index.js";

/** The placeholder picture WeChat's lazy loader leaves in a clipped page (the clip writes it as an SVG data address). */
const PLACEHOLDER =
  "![图片](data:image/svg+xml,%3C%3Fxml version='1.0' encoding='UTF-8'%3F%3E%3Csvg width='1px' height='1px' viewBox='0 0 1 1' version='1.1' xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E)";

/** raw/article/“库存即将归零，石油冲击正全面爆发！”摩根大通最新警告.md, its middle sections cut. */
const JPMORGAN_CLIP = `---
title: "“库存即将归零，石油冲击正全面爆发！”摩根大通最新警告"
source: "https://mp.weixin.qq.com/s/kGSPjeMJGKf9KPgfCOJWww"
author:
  - "[[赵颖]]"
published:
created: 2026-04-14
description:
tags:
  - "clippings"
---
*2026年4月14日 14:56*

全球石油供应危机正从预警阶段进入实质性冲击阶段。

Kaneva在报告中总结称，现货布伦特的强势走势，是市场在以价格信号表明"时间本身已成为稀缺商品"。对于投资者而言，这意味着短期内实物供应紧张程度可能远比期货曲线所呈现的更为严峻，而库存耗尽的时间节点正在快速逼近。

**⭐星标华尔街见闻，好内容不错过 **⭐****

本文不构成个人投资建议，不代表 平台 观点，市场有风险，投资需谨慎，请独立判断和决策。  

觉得好看，请点“在看”

继续滑动看下一个

华尔街见闻

向上滑动看下一个`;

/** raw/article/紫金矿业新目标：跻身锂资源巨头.md, cut to its head and its tail. */
const CAIJING_CLIP = `---
title: "紫金矿业新目标：跻身锂资源巨头"
source: "https://mp.weixin.qq.com/s/tpCZy2UrMs5Cw38rcslilA"
author:
  - "[[尹路]]"
published:
created: 2026-04-20
tags:
  - "clippings"
---
尹路 *2026年4月20日 15:26*

2026年一季度，全球锂资源供应链再次经历显著波动。受津巴布韦出口管制以及澳大利亚锂产区柴油短缺等综合影响，锂资源主产区的产能释放频频受阻，全球市场对锂资源供给增量高度关注。

${PLACEHOLDER}

责编 | 杨明慧

继续滑动看下一个

财经杂志

向上滑动看下一个`;

describe("a WeChat page clipped whole: WeChat's reading UI names the account (fresh-71 clipper-wechat)", () => {
  it("reads the account between 继续滑动看下一个 and 向上滑动看下一个 as the source when no line names it", () => {
    const article = parse(JPMORGAN_CLIP);
    expect(article.source?.name).toBe("华尔街见闻");
    expect(article.author).toBe("赵颖");
    expect(article.publishedAt).toBe("2026-04-14T14:56:00+08:00");
  });

  it("prefers the reading UI's account to a line over the story that names the writer alone", () => {
    const article = parse(CAIJING_CLIP);
    expect(article.source?.name).toBe("财经杂志");
    expect(article.author).toBe("尹路");
    expect(article.publishedAt).toBe("2026-04-20T15:26:00+08:00");
  });

  it("leaves a page without the reading UI to its other credits", () => {
    const article = parse(JPMORGAN_CLIP.replace(/继续滑动看下一个[\s\S]*$/u, ""));
    expect(article.source).toBeNull();
  });

  it("never throws and reads at most a short name from any tail", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const article = parse(
          `# 标题\n\n正文第一段，说了一件事。\n\n继续滑动看下一个\n\n${name}\n\n向上滑动看下一个`,
        );
        expect((article.source?.name ?? "").length).toBeLessThanOrEqual(30);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a closing note of clauses only, in bold or plain (fresh-71: 华尔街见闻's disclaimer and star prompt)", () => {
  it("drops the disclaimer and the unclosed-bold star prompt over it; the story's last sentence ends the text", () => {
    const article = parse(JPMORGAN_CLIP);
    expect(article.text.endsWith("而库存耗尽的时间节点正在快速逼近。")).toBe(true);
    expect(article.text).not.toContain("星标华尔街见闻");
    expect(article.text).not.toContain("本文不构成个人投资建议");
  });

  it("keeps one clause alone: a sentence of the story may say it", () => {
    const article = parse("# 标题\n\n正文第一段，说了一件事。\n\n分析师认为，投资需谨慎。\n");
    expect(article.text.endsWith("分析师认为，投资需谨慎。")).toBe(true);
  });
});

describe("a flash pasted from 金十数据's app, its share mark glued to the last sentence (fresh-71 pasted-text)", () => {
  // raw/黄金/一买一卖 法国央行在美国的黄金库存归零.md, its middle sentences cut.
  const FLASH =
    "一买一卖 法国央行在美国的黄金库存归零\n金十数据4月7日讯，据法国媒体日前报道，在2025年7月至2026年1月期间，法国央行通过出售放在美国的最后一批129吨黄金，获得了128亿欧元的资本收益。相反，这是基于欧洲市场上交易的是更高标准的黄金，而购买新黄金比提炼现有库存更容易。(金十数据APP)";

  it("cuts `(金十数据APP)` from the text and reads 金十数据 as the source", () => {
    const article = parse(FLASH);
    expect(article.title).toBe("一买一卖 法国央行在美国的黄金库存归零");
    expect(article.source?.name).toBe("金十数据");
    expect(article.text.endsWith("而购买新黄金比提炼现有库存更容易。")).toBe(true);
  });

  it("reads an outlet known by name in closing brackets whatever its words (`（金十数据）`: 据 names no report here)", () => {
    expect(readTrailingOutlet("黄金储备均存放在巴黎。（金十数据）")).toEqual({
      outlet: "金十数据",
      rest: "黄金储备均存放在巴黎。",
    });
    // A bracket that is a report's attribution stays: 据 opens it, and no outlet is known by those words.
    expect(readTrailingOutlet("黄金储备均存放在巴黎。（据法媒）")).toBeNull();
    // A writer's name alone stays too.
    expect(readTrailingOutlet("黄金储备均存放在巴黎。（张三）")).toBeNull();
  });

  it("never throws on any bracketed tail", () => {
    fc.assert(
      // A bracket inside the tail opens a tail of its own: what the property reads is one bracket's words.
      fc.property(fc.stringMatching(/^[^（）()\n]{0,40}$/u), (inside) => {
        const read = readTrailingOutlet(`前文一句。（${inside}）`);
        if (read !== null) expect(read.rest).toBe("前文一句。");
      }),
      { numRuns: 300 },
    );
  });
});
