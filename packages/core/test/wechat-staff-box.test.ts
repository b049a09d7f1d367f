// A WeChat account's credits, as session 47 decided fresh-71's two gold conflicts and read its closing serial
// (datasets/fresh-71): a barred byline beside a barred editor (`文｜A` over `编辑｜B`) stays in the text as bylines do
// (dev/holdout's 36kr copy is labelled so); the responsible editor closing the story outranks the box's editor
// (dev/tune's 澎湃号 page is labelled so); an issue number closing the credits (`刊期 | 696期`) is the account's serial.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

/** An Obsidian Web Clipper note: its front matter, then the body. */
const clip = (title: string, body: string) =>
  parse(`---\ntitle: "${title}"\nsource: "https://mp.weixin.qq.com/s/tpCZy2UrMs5Cw38rcslilA"\n---\n${body}`);

const STORY = "2026年一季度，全球锂资源供应链再次经历显著波动。";

describe("a WeChat account's staff box", () => {
  it("keeps a barred byline beside a barred editor, reads the closing 责编 as the editor", () => {
    // datasets/fresh-71/clipper-wechat/jlink__caijing-zijin-lithium.md (财经杂志): its box, first paragraph and 责编.
    const article = clip(
      "紫金矿业新目标：跻身锂资源巨头",
      ["文｜ 《财经》研究员 尹路", "编辑｜黄凯茜", STORY, "责编 | 杨明慧"].join("\n\n"),
    );
    expect(article.editor).toBe("杨明慧");
    expect(article.text).toBe(`文｜ 《财经》研究员 尹路\n\n${STORY}`);
  });

  it("reads the box's editor when no one is named in charge", () => {
    // datasets/dev/holdout/hexo-rsshub/36kr__A股医药公司两年换天地.md: `文 | 刘建中 陈汐` over `编辑 | 马克`.
    const article = clip(
      "A股医药公司两年换天地，谁是大赢家",
      ["文 | 刘建中 陈汐", "编辑 | 马克", STORY].join("\n\n"),
    );
    expect(article.author).toBe("刘建中、陈汐");
    expect(article.editor).toBe("马克");
    expect(article.text).toBe(`文 | 刘建中 陈汐\n\n${STORY}`);
  });
});

describe("an account's issue number closing its credits", () => {
  it("leaves the text with the review chain", () => {
    // datasets/fresh-71/clipper-wechat/jlink__zijin-q1-results.md (紫金矿业's account).
    const last = "按照紫金矿业计划，2026年预计实现当量碳酸锂12万吨，锂板块将成为 新的核心盈利引擎。";
    const article = clip(
      "紫金矿业一季度归母净利201亿比增98%",
      [last, "作者 | 饶 恒", "编辑 | 林文波", "二审 | 林淑兰", "签发 | 邱志华", "刊期 | 696期"].join("\n\n"),
    );
    expect(article.editor).toBe("林文波");
    expect(article.text).toBe(last);
  });

  it.each([
    ["刊期 | 696期", ""],
    ["期数：第12期", ""],
    ["期数｜第 3 期", ""],
    ["本刊期数众多，第12期起改版。", "本刊期数众多，第12期起改版。"],
    ["刊期：696期以后改为双周刊。", "刊期：696期以后改为双周刊。"],
  ])("reads %s as the serial only when it is nothing else", (line, kept) => {
    const article = clip("标题", [STORY, line].join("\n\n"));
    expect(article.text).toBe(kept === "" ? STORY : `${STORY}\n\n${kept}`);
  });

  it("takes any issue number so written, and keeps the line when words follow it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("刊期", "期数"),
        fc.constantFrom(" | ", "｜", "：", ":", " "),
        fc.integer({ min: 1, max: 99999 }),
        fc.stringMatching(/^[\u4e00-\u9fa5]{2,8}。$/),
        (label, separator, issue, words) => {
          expect(clip("标题", [STORY, `${label}${separator}${issue}期`].join("\n\n")).text).toBe(STORY);
          const line = `${label}${separator}${issue}期${words}`;
          expect(clip("标题", [STORY, line].join("\n\n")).text).toContain(line);
        },
      ),
    );
  });
});
