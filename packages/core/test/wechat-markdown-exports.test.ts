import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

// Excerpts of datasets/fresh-48 (session 34; SOURCES.tsv names the index's file ids): a WeChat-article exporter's
// Markdown (wechat-exporter__internlm-launch.md), a WeChat-to-RSS fetch (wechat2rss-fetch__xiaomi-povey-isca.md) and
// an RSSHub-fed reader's archive item (rss-archive-wscn__happyhorse-video-model.md).

/** The exporter's first line: the page's `<title>`, then its inline style sheet (cut here to four rules). */
const STYLE_LINE =
  "     上海AI实验室与商汤科技等发布“书生·浦语”大语言模型 \\* { margin: 0; padding: 0; outline: 0; } body { font-family: " +
  '"PingFang SC", system-ui, sans-serif; line-height: 1.6; } .pay\\_subscribe\\_hint { font-size: 13px; color: ' +
  "rgba(0, 0, 0, 0.4); } .\\_\\_bottom-bar\\_\\_ .sns\\_opr\\_btn > img { margin-right: 4px; }";

const EXPORTED = `${STYLE_LINE}

上海AI实验室与商汤科技等发布“书生·浦语”大语言模型
===========================

原创 Shanghai AI Lab OpenDataLab 2023-06-07 13:53 上海

> 原文地址: [https://mp.weixin.qq.com/s/Pb-kFo49oxCCRwKX5NgGZw](https://mp.weixin.qq.com/s/Pb-kFo49oxCCRwKX5NgGZw)

随着AI大语言模型越来越多地表现出接近人类的智能，面向人类设计的高难度、综合性考试被越来越多地引入对语言模型的智能水平进行评测。

6月7日，上海人工智能实验室（上海AI实验室）、商汤科技联合香港中文大学、复旦大学及上海交通大学发布千亿级参数大语言模型“书生·浦语”（InternLM）。
`;

describe("a WeChat-article exporter's Markdown (datasets/fresh-48)", () => {
  it("drops the <title>-and-style-sheet line: the Setext title is the title, the story the text", () => {
    const article = parse(EXPORTED);
    expect(article.title).toBe("上海AI实验室与商汤科技等发布“书生·浦语”大语言模型");
    expect(article.text.startsWith("随着AI大语言模型越来越多地表现出接近人类的智能")).toBe(true);
    expect(article.text).not.toContain("margin");
  });

  it("reads the meta line whose writer is in Latin words: the account is the last name", () => {
    const article = parse(EXPORTED);
    expect(article.source?.name).toBe("OpenDataLab");
    expect(article.author).toBe("Shanghai AI Lab");
    expect(article.publishedAt).toBe("2023-06-07T13:53:00+08:00");
    expect(article.originalUrl).toBe("https://mp.weixin.qq.com/s/Pb-kFo49oxCCRwKX5NgGZw");
    expect(article.text).not.toMatch(/原创|原文地址/u);
  });

  it("keeps a paragraph with a brace or two of prose, and any text without braces", () => {
    const prose = "配置写作 {a: 1}，再写 {b: 2}，最后 {c: 3} 之后的句子。";
    expect(parse(`标题\n\n${prose}\n`).text).toContain(prose);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (words) => {
        const line = words.replace(/[{}\s\\`*_[\]<>#!|&-]/gu, "").trim();
        fc.pre(line.length > 0 && /\p{L}/u.test(line));
        const text = parse(`# 标题\n\n第一段。\n\n${line}\n`).text;
        expect(text).toContain("第一段。");
      }),
    );
  });
});

const FETCHED = `---
title: 小米科学家再获重磅荣誉！Daniel Povey 当选 ISCA Fellow
date: 2026-07-16
source: https://mp.weixin.qq.com/s?__biz=MzUxMDQxMDMyNg==&amp;mid=2247520148&amp;idx=2&amp;sn=05b2ac43ad39114acc0e862d77a0b7f5
account: 小米技术
fetched_at: 2026-07-31 12:38:25 CST
article_id: 05b2ac43ad39114acc0e862d77a0b7f5
---

小米技术 2026-07-16 11:43 北京

2019 年 11 月，Daniel 正式移居北京，加入小米集团AI实验室，出任语音首席科学家。
`;

describe("a WeChat-to-RSS fetch (datasets/fresh-48)", () => {
  it("reads the front matter's address with its `&amp;` as `&`", () => {
    expect(parse(FETCHED).originalUrl).toBe(
      "https://mp.weixin.qq.com/s?__biz=MzUxMDQxMDMyNg==&mid=2247520148&idx=2&sn=05b2ac43ad39114acc0e862d77a0b7f5",
    );
  });
});

const CARRIED = `---
title: HappyHorse实测：是否超越Seedance2.0黑马？
source: 华尔街见闻
link: 'https://wallstreetcn.com/articles/3769590'
author: 国联民生证券吕伟等
published: 'Thu, 09 Apr 2026 12:24:00 GMT'
---

综合来看，这匹“发布者身份成谜的黑马”是一款“画面和场景很强、音频也不错，但复杂动作和分镜控制还不如Seedance等玩家那么成熟”的高质量视频模型。

本文来源：[国联民生证券](https://mp.weixin.qq.com/s/gKrtlII2zvEpPfeRZhHcAA)
`;

describe("an RSSHub-fed reader's archive item carrying another's piece (datasets/fresh-48)", () => {
  it("keeps the item's own link; the credit's outlet is the source", () => {
    const article = parse(CARRIED);
    expect(article.originalUrl).toBe("https://wallstreetcn.com/articles/3769590");
    expect(article.source?.name).toBe("国联民生证券");
    expect(article.text).not.toContain("本文来源");
  });
});

// The close of wechat-exporter__fable-export-ban.md (datasets/fresh-48): the account's 星标 plea, a link to an earlier
// post, the account's avatar and name.
const CLOSED = `Fable 5被大神攻破，美国选择一刀切：非公民全禁
==========================

原创 阿竹 AI飞升录 2026-06-13 11:11 浙江

没想到啊，Anthropic最强的模型Fable 5，上线没多久就被一个安全研究者给突破了。

Fable 5什么时候恢复？不知道。目前只说"正在沟通"。

⭐如果你希望下次也能接受到此等质量的好文 请务必将我们星标，防止迷路！转给你的朋友一起变强！

[别再卷提示词了！Claude Fable 5发布后，顶级工程师都在搭循环](https://mp.weixin.qq.com/s?__biz=MzkzNjYyNzg4Mw==&mid=2247485891&idx=1&sn=80150fef7de5d8541ec66f19b2301653&scene=21#wechat_redirect)

![](http://mmbiz.qpic.cn/mmbiz_png/JYWVQlsu9zlF8zFXeqebcaibib9NT0KeTr2DoIEcmTzLZ4H3Joa7aiaLrbicuVAlI1MEjiaWe12HMJe6qroo2UPia7XSuCia2IaQyjoLhBrzsWIqLM/0?wx_fmt=png) AI飞升录
`;

describe("a WeChat account's closing furniture (datasets/fresh-48)", () => {
  it("ends the text with the story: no star plea, related-post link or avatar line", () => {
    const article = parse(CLOSED);
    expect(article.source?.name).toBe("AI飞升录");
    expect(article.author).toBe("阿竹");
    expect(article.text).toBe(
      '没想到啊，Anthropic最强的模型Fable 5，上线没多久就被一个安全研究者给突破了。\n\nFable 5什么时候恢复？不知道。目前只说"正在沟通"。',
    );
  });

  it("keeps a sentence that names a star", () => {
    const line = "这个项目在GitHub上获得了三万个星标，开发者社区反响热烈。";
    expect(parse(`# 标题\n\n${line}\n`).text).toBe(line);
  });
});

// wechat2rss-fetch__jeff-dean-gemini.md (datasets/fresh-48): picture placeholders, the story's reference links, the
// account's sign-off and the fetch's jump link.
const PLACEHOLDERS = `---
title: Jeff Dean离职创业，对Gemini有什么影响？
date: 2026-08-06
source: https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&amp;mid=2651048783&amp;idx=2&amp;sn=77f120b8174e08bd902a968a3d6040d4
account: 腾讯技术工程
---

原创 机器之心 2026-08-06 12:05 北京

  
*[图片]*

短期影响可能有限，但中长期影响会有点大。

*[图片]*

Gemini 4 会给出答案。只是这一次，交卷的人不再是当初设计考题的那批人。

参考链接

[https://blog.google/company-news/inside-google/message-ceo/next-chapter-ai-momentum/](https://blog.google/company-news/inside-google/message-ceo/next-chapter-ai-momentum/)

[https://www.discoveryloop.com/](https://www.discoveryloop.com/)

*[图片：图片]*

© THE END

转载请联系本公众号获得授权

[跳转微信打开](https://wechat2rss.xlab.app/link-proxy/?k=a4fd41f0&r=1&u=https%3A%2F%2Fmp.weixin.qq.com)
`;

describe("a WeChat-to-RSS fetch's placeholders and close (datasets/fresh-48)", () => {
  it("drops the picture placeholders and keeps the story's reference links", () => {
    const article = parse(PLACEHOLDERS);
    expect(article.source?.name).toBe("机器之心");
    expect(article.publishedAt).toBe("2026-08-06T12:05:00+08:00");
    expect(article.text).toBe(
      "短期影响可能有限，但中长期影响会有点大。\n\nGemini 4 会给出答案。只是这一次，交卷的人不再是当初设计考题的那批人。\n\n参考链接\n\nhttps://blog.google/company-news/inside-google/message-ceo/next-chapter-ai-momentum/\n\nhttps://www.discoveryloop.com/",
    );
  });
});
