// A reader's notice glued to the page's head, and links around blocks, as turndown-based readers and
// clippers write them: undone before the Markdown is read (`src/extract/reader-copy.ts`).
import { describe, expect, it } from "vitest";
import { readerCopyMarkdown } from "../src/extract/reader-copy.js";

// The head of datasets/fresh-10/simpread/baijiahao__ubuntu-nodejs.md (a SimpRead copy of a 百家号 page),
// its avatar's and account's addresses shortened.
const GLUED_HEAD = [
  "> 本文由 [简悦 SimpRead](http://ksria.com/simpread/) 转码， 原文地址 [baijiahao.baidu.com](https://baijiahao.baidu.com/s?id=1714641263988021723&wfr=spider&for=pc) 如何在 Ubuntu 中安装 Node.js播报文章[![](https://gips0.baidu.com/it/u=2134610665)](https://author.baidu.com/home?app_id=1711489012880566)[",
  "",
  "苗子说全栈",
  "",
  "](https://author.baidu.com/home?app_id=1711489012880566)2021-10-26 08:49关注",
  "",
  "在上一章中， 我们说了 Mac 中安装 Node.js",
].join("\n");

describe("readerCopyMarkdown", () => {
  it("sets the page's headline glued to a reader's notice apart as a heading, and the account's link around a block as a line of its own", () => {
    expect(readerCopyMarkdown(GLUED_HEAD).split("\n")).toEqual([
      "> 本文由 [简悦 SimpRead](http://ksria.com/simpread/) 转码， 原文地址 [baijiahao.baidu.com](https://baijiahao.baidu.com/s?id=1714641263988021723&wfr=spider&for=pc)",
      "",
      "## 如何在 Ubuntu 中安装 Node.js播报文章[![](https://gips0.baidu.com/it/u=2134610665)](https://author.baidu.com/home?app_id=1711489012880566)",
      "",
      "",
      "",
      "[苗子说全栈](https://author.baidu.com/home?app_id=1711489012880566) 2021-10-26 08:49关注",
      "",
      "在上一章中， 我们说了 Mac 中安装 Node.js",
    ]);
  });

  it("sets a sentence glued to the notice apart as a paragraph, and leaves a notice ending its line alone", () => {
    const notice =
      "> 本文由 [简悦 SimpRead](http://ksria.com/simpread/) 转码， 原文地址 [www.163.com](https://www.163.com/dy/article/FRUPEE4R0511O6PE.html)";
    expect(readerCopyMarkdown(`${notice} 在本教程中，我将解释什么是 APT 缓存。`)).toBe(
      `${notice}\n\n在本教程中，我将解释什么是 APT 缓存。`,
    );
    const apart = `${notice}\n\n在本教程中，我将解释什么是 APT 缓存。`;
    expect(readerCopyMarkdown(apart)).toBe(apart);
  });

  it("takes the brackets off a link around several blocks, keeping the blocks", () => {
    // datasets/fresh-8/joplin-clipper/wechat__redisinsight.md: a WeChat repost's account card.
    const card = [
      "以下文章来源于macrozheng ，作者梦想de星空",
      "",
      "[",
      "",
      "![](http://wx.qlogo.cn/mmhead/Q3auHgzwzM6oiccxQhwhZWiazE7gqJOg1LLAEXmWYTqEkRsAmDPKnMdg/0)",
      "",
      "**macrozheng**.",
      "",
      "](https://mp.weixin.qq.com/s/1GxWMsK12rIa_be31VM7yg#)",
      "",
      "> 最近逛了一下Redis官方网站",
    ].join("\n");
    expect(readerCopyMarkdown(card).split("\n")).toEqual([
      "以下文章来源于macrozheng ，作者梦想de星空",
      "",
      "",
      "",
      "![](http://wx.qlogo.cn/mmhead/Q3auHgzwzM6oiccxQhwhZWiazE7gqJOg1LLAEXmWYTqEkRsAmDPKnMdg/0)",
      "",
      "**macrozheng**.",
      "",
      "",
      "",
      "> 最近逛了一下Redis官方网站",
    ]);
  });

  it("makes a card's headline a heading that is the link, its counter a line under it", () => {
    // The related stories under datasets/fresh-10/simpread/baijiahao__ubuntu-nodejs.md, the address shortened.
    const card =
      "![](https://t12.baidu.com/it/app=106)[\n\n### Gradle 构建 Spring Boot 项目\n\n](https://mbd.baidu.com/newspage/data/landingsuper?p_from=3)2 天前 86 阅读";
    expect(readerCopyMarkdown(card)).toBe(
      "![](https://t12.baidu.com/it/app=106)\n\n\n\n### [Gradle 构建 Spring Boot 项目](https://mbd.baidu.com/newspage/data/landingsuper?p_from=3)\n\n2 天前 86 阅读",
    );
  });

  it("leaves code alone, and a bracket no closing line answers", () => {
    const code = '```json\n{"items": [\n\n1\n\n](x)\n```';
    expect(readerCopyMarkdown(code)).toBe(code);
    // A close further down than a link around a card's few blocks reaches closes nothing it opened.
    const items = Array.from({ length: 14 }, (_, i) => `第${i + 1}项`).join("\n\n");
    const open = `列表如下 [\n\n${items}\n\n](https://example.com/)`;
    expect(readerCopyMarkdown(open)).toBe(open);
  });
});
