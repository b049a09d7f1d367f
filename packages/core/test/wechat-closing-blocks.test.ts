// What a WeChat article clipped to Markdown closes and opens with, class by class (session 46, datasets/fresh-71):
// the account's closing credits behind a bar (`二审 | A`, `签发 | B`), a name set letter by letter
// (`作者 | 饶 恒`), the lead picture's alt repeated under it when a site named the picture after the story, and an
// account's picks under a label in corner brackets (`【往期推荐】`, `【视频精选】…`).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCreditLine } from "../src/credits/grammar.js";
import { parse } from "../src/index.js";
import { attachCaptions } from "../src/stages/captions.js";
import { rawBlock } from "../src/stages/raw-block.js";

/** An Obsidian Web Clipper note: its front matter, then the body. */
const clip = (title: string, body: string) =>
  parse(`---\ntitle: "${title}"\nsource: "https://mp.weixin.qq.com/s/FN95ntYx_T09mA9nAqk1ow"\n---\n${body}`);

describe("a WeChat account's closing credits behind a bar", () => {
  it("reads the writer, the editor and the review chain", () => {
    // datasets/fresh-71/clipper-wechat/jlink__zijin-q1-results.md (紫金矿业's account), its last paragraph and credits.
    const article = clip(
      "紫金矿业一季度归母净利201亿比增98%",
      [
        "按照紫金矿业计划，2026年预计实现当量碳酸锂12万吨，锂板块将成为 新的核心盈利引擎。",
        "作者 | 饶 恒",
        "编辑 | 林文波",
        "二审 | 林淑兰",
        "签发 | 邱志华",
        "",
      ].join("\n\n"),
    );
    expect(article.author).toBe("饶恒");
    expect(article.editor).toBe("林文波");
    expect(article.text).toBe(
      "按照紫金矿业计划，2026年预计实现当量碳酸锂12万吨，锂板块将成为 新的核心盈利引擎。",
    );
  });

  it("reads the review chain's roles only before a separator", () => {
    expect(readCreditLine("三审｜王晓")).toEqual({ kind: "editor", names: ["王晓"], role: "review" });
    // A court's words (`二审判决`, `终审裁定`) open many a line of a legal story: no credit without the separator.
    expect(readCreditLine("二审判决")).toBeNull();
    expect(readCreditLine("终审裁定维持原判")).toBeNull();
    // A line whose label is written in Simplified script keeps its names as written (fast-check's counterexample
    // in CI: `攝` is also a Traditional label character).
    expect(readCreditLine("初审 | 攝一一")).toEqual({ kind: "editor", names: ["攝一一"], role: "review" });
  });

  it("never reads a line whose review word has no separator after it as a reviewer's credit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("初审", "一审", "二审", "三审", "终审", "签发"),
        fc.stringMatching(/^[\u4e00-\u9fa5]{2,4}$/),
        (role, name) => {
          const credit = readCreditLine(`${role}${name}`);
          expect(credit?.kind === "editor" && credit.role === "review").toBe(false);
          expect(readCreditLine(`${role} | ${name}`)).toEqual({
            kind: "editor",
            names: [name],
            role: "review",
          });
        },
      ),
    );
  });
});

describe("a picture named after the story, its alt repeated under it", () => {
  const SPUTNIK_TITLE = "中国海关：2026年一季度俄罗斯对华石油出口增长31%";
  const SPUTNIK_ALT = `${SPUTNIK_TITLE} - 俄罗斯卫星通讯社, 1920, 21.04.2026`;

  it("drops the repeat: the site's name for its lead picture, not the story's words", () => {
    // datasets/fresh-71/clipper-wechat/jlink__sputnik-russia-oil-q1.md (俄罗斯卫星通讯社's account).
    const article = clip(
      SPUTNIK_TITLE,
      [
        `![${SPUTNIK_ALT}](https://mmbiz.qpic.cn/mmbiz_jpg/ctmakfyoDNzx0TibUqX7vASrjOAQ/640?wx_fmt=other)`,
        SPUTNIK_ALT,
        "【据卫星通讯社对中国海关总署4月20日发布的数据进行计算显示，2026年1月至3月，俄罗斯向中国供应了3186万吨石油，较2025年同期增长31.06%。】",
        "",
      ].join("\n\n"),
    );
    expect(article.text).toBe(
      "【据卫星通讯社对中国海关总署4月20日发布的数据进行计算显示，2026年1月至3月，俄罗斯向中国供应了3186万吨石油，较2025年同期增长31.06%。】",
    );
  });

  it("keeps a caption that says an alt of other words again", () => {
    // datasets/fresh-65/sina-news-page/htmlgtmk-python-scripts__5-residence-permit-deregistration.html: the page
    // shows `民进党大佬林丰喜` under his picture, whose alt is the same.
    const blocks = [
      rawBlock({ type: "image", src: "https://n.sinaimg.cn/x.jpg", alt: "民进党大佬林丰喜", caption: null }),
      rawBlock({ type: "paragraph", text: "民进党大佬林丰喜" }),
    ];
    expect(attachCaptions(blocks, undefined, "申领大陆居住证或被除籍 绿营大佬批“不顾民众利益”")).toEqual(
      blocks,
    );
  });

  it("only ever drops a line equal to the alt of the picture over it", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 8 }),
        (alt, text, title) => {
          const blocks = [
            rawBlock({ type: "image", src: "https://example.com/a.jpg", alt, caption: null }),
            rawBlock({ type: "paragraph", text }),
          ];
          const kept = attachCaptions(blocks, undefined, title === "" ? null : title);
          if (kept.length === 1)
            expect(alt.replace(/\s+/gu, " ").trim()).toBe(text.replace(/\s+/gu, " ").trim());
        },
      ),
    );
  });
});

describe("an account's picks under a label in corner brackets", () => {
  it("cuts the picks when the label runs on into the first pick's headline", () => {
    // datasets/fresh-71/clipper-wechat/jlink__sputnik-russia-oil-q1.md: the account's picks and WeChat's button.
    const article = clip(
      "中国海关：2026年一季度俄罗斯对华石油出口增长31%",
      [
        "从金额看，2026年前三个月中国进口俄罗斯石油花费143.69亿美元，较2025年同期增长8.86%。",
        "多年来，俄罗斯一直是中国主要原油供应国。根据官方统计数据，2025年中国从俄罗斯进口了1.00723亿吨石油，较2024年下降7.14%。",
        "************【视频精选】俄罗斯波罗的海啤酒走向国际市场************",
        "****\\- 日本地震的直观画面****",
        "********\\- 俄罗斯卫星通讯社小程序上线啦，欢迎使用！********",
        "阅读原文",
        "",
      ].join("\n\n"),
    );
    expect(article.text).toBe(
      "从金额看，2026年前三个月中国进口俄罗斯石油花费143.69亿美元，较2025年同期增长8.86%。\n\n多年来，俄罗斯一直是中国主要原油供应国。根据官方统计数据，2025年中国从俄罗斯进口了1.00723亿吨石油，较2024年下降7.14%。",
    );
  });
});
