// Markdown mirrors and archives of Chinese news (datasets/fresh-85, session 50): web clips of IT之家 pages in an
// Obsidian-style clippings repository, Wiki.js pages of the 睡前消息 archive, AI-written daily digests of 新闻联播 and
// 人民日报, and a Hugo site's 新闻联播 pages. Excerpts of the real files (repositories, paths and commits in
// datasets/fresh-85/SOURCES.tsv), shortened where marked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { framedLabel } from "../src/text/framed-label.js";

/** ustczzh/MyClippings, Clippings/GPT-4 发布，ChatGPT 大升级 - IT之家.md: its head and its close, the middle cut. */
const ITHOME_CLIP = `# GPT-4 发布，ChatGPT 大升级 - IT之家
[GPT-4 发布，ChatGPT 大升级 - IT之家](https://www.ithome.com/0/679/741.htm) 

 原文标题：《GPT-4 发布！ChatGPT 大升级！太太太太强了！》

一觉醒来，万众期待的 **GPT-4**，它来了！

OpenAI 老板 Sam Altman 直接开门见山地介绍说：

> 这是我们迄今为止功能最强大的模型！

公布技术论文 \\* 公开 System Card

但无论如何，这一次，我们离**真・人工智能**，更近了一步。

本文来自微信公众号：[量子位 （ID：QbitAI）](https://mp.weixin.qq.com/s/6u33Xnp4oEHq26WR4W1kdg)，作者：金磊 梦晨`;

/** bedtimenews/bedtimenews-archive-contents, business/10.md: the front matter, the player's tab set, two sections. */
const WIKIJS_PAGE = `---
title: 【产经破壁机010】九年时间，创造中国首富
description: 回顾2015年以来的中国零售环境变化，解读拼多多的成功。
published: true
date: 2024-08-27T14:46:58.466Z
tags: 
editor: markdown
dateCreated: 2024-08-26T06:40:02.880Z
---

# Tabs {.tabset}

## B站

<div style="position: relative; padding: 30% 45%;">
<iframe style="position: absolute; width: 100%; height: 100%; left: 0; top: 0;" src="//player.bilibili.com/player.html?&bvid=BV1QBWZeiExK&page=1&as_wide=1&high_quality=1&danmaku=1&autoplay=0" scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true"></iframe>
</div>

#

## 黄峥成了中国首富

拼多多2015年才上线，因为给几亿用户提供廉价商品，这才不到10年，拼多多的创始人黄峥就成了中国首富。

## 下一个十年由谁来主导中国电商

下一个十年由谁来主导中国电商，还要看谁能够发现中国正在发生的新变化。
`;

/** SXDGZ/RMRB-XWLB, news_20260801.md: the first two sections and the last, each section's text shortened. */
const DIGEST = `━━ 今日头条 ━━
今日最核心的两条新闻：一是《求是》杂志发表习近平总书记重要文章《加快建设健康中国》，将健康中国战略从民生工程上升为国家治理现代化的关键支撑。

━━ 要闻速览 ━━
经济: 现代化水网建设提速；超长期特别国债资金精准发力补齐民生短板；第十二批国家组织药品集采开标

━━ 一句话总结 ━━
今日新闻核心主线是：以党的领导为根本保证，在复杂国际变局中稳步推进高质量发展与国家安全。`;

/** Ming-H/xwlb-daily, site/content/transcript/2026-06-18.md: the head and the sixth item (of 17), its text shortened. */
const BROADCAST_PAGE = `---
title: "新闻联播完整文字稿 · 2026年6月18日"
date: "2026-06-18"
draft: false
layout: "transcript"
---
<p class="lead">《新闻联播》2026年6月18日 全部 17 条文字稿，原文完整保留。</p>

### 《新闻联播》 20260618 19:00

[查看视频 ↗](https://tv.cctv.com/2026/06/18/VIDECqvYWP6W8gh3Mz0hp3rX260618.shtml)

---

### [视频]加快下达“两新”项目资金 持续释放政策效能

[查看视频 ↗](https://tv.cctv.com/2026/06/18/VIDEeVaW4I6mzp2Pj1EvU2Ub260618.shtml)

央视网消息（新闻联播）：记者今天（6月18日）从国家发展改革委了解到，6月底前，国家将下达今年全部2000亿元设备更新项目清单和第三批625亿元消费品以旧换新资金。

---
`;

describe("a web clip: the page's title over a link to the page, a WeChat account's relay note closing it", () => {
  const article = parse(ITHOME_CLIP, { filename: "clipped-story-md/myclippings__gpt4-ithome.md" });

  it("reads the link under the title as the page's address, not as text", () => {
    expect(article.title).toBe("GPT-4 发布，ChatGPT 大升级");
    expect(article.originalUrl).toBe("https://www.ithome.com/0/679/741.htm");
    expect(article.text.startsWith("一觉醒来，万众期待的 GPT-4，它来了！")).toBe(true);
    expect(article.text).not.toContain("ithome.com");
    expect(article.text).toContain("公布技术论文 * 公开 System Card");
  });

  it("takes the account as the source, the site the title names as the hop, the note's writers as the authors", () => {
    expect(article.source?.name).toBe("量子位");
    expect(article.via).toEqual(["IT之家"]);
    expect(article.author).toBe("金磊、梦晨");
    expect(article.text).not.toContain("本文来自微信公众号");
  });

  it("keeps a link under the title whose text is not the title in the text", () => {
    const other = parse(ITHOME_CLIP.replace("[GPT-4 发布，ChatGPT 大升级 - IT之家]", "[IT之家首页]"), {
      filename: "clip.md",
    });
    expect(other.originalUrl).not.toBe("https://www.ithome.com/0/679/741.htm");
    expect(other.text).toContain("IT之家首页");
  });
});

describe("a Wiki.js page: its editor's kind, its creation and last edit, a tab set holding only a player", () => {
  const article = parse(WIKIJS_PAGE, { filename: "wikijs-archive/bedtimenews__business-010.md" });

  it("dates the page by its creation, not its last edit, and reads `editor: markdown` as no one", () => {
    expect(article.publishedAt).toBe("2024-08-26T06:40:02Z");
    expect(article.editor).toBeNull();
    expect(article.title).toBe("【产经破壁机010】九年时间，创造中国首富");
  });

  it("drops the tab set whose tabs hold only the player, with the empty heading closing it", () => {
    expect(article.text.startsWith("黄峥成了中国首富")).toBe(true);
    expect(article.text).not.toMatch(/Tabs|tabset|B站/u);
    expect(article.text.endsWith("还要看谁能够发现中国正在发生的新变化。")).toBe(true);
  });

  it("keeps a tab set whose tabs hold words, its attributes gone", () => {
    const worded = parse(WIKIJS_PAGE.replace(/<div[\s\S]*?<\/div>/u, "拼多多的视频版本，字幕同步。"), {
      filename: "page.md",
    });
    expect(worded.text).toContain("B站");
    expect(worded.text).toContain("拼多多的视频版本，字幕同步。");
    expect(worded.text).not.toContain("{.tabset}");
  });

  it("dates a page without `editor:` by its `date` as before", () => {
    const hexo = parse(WIKIJS_PAGE.replace("editor: markdown\n", ""), { filename: "page.md" });
    expect(hexo.publishedAt).toBe("2024-08-27T14:46:58Z");
  });
});

describe("a digest's sections framed by box-drawing rules", () => {
  const article = parse(DIGEST, { filename: "ai-digest-md/rmrb-xwlb__news_20260801.md" });

  it("reads each framed label as its section's heading, never the title", () => {
    expect(article.title.startsWith("今日最核心的两条新闻")).toBe(true);
    expect(article.warnings.map((w) => w.code)).toContain("title-derived");
    expect(article.text.startsWith("今日头条\n\n今日最核心的两条新闻")).toBe(true);
    expect(article.text).toContain("要闻速览");
    expect(article.text).not.toContain("━━");
    expect(article.publishedAt).toBe("2026-08-01T00:00:00+08:00");
  });

  it("finds the label between rules of any length, heavy, light or double (lines from the index's reports)", () => {
    expect(framedLabel("━━ 今日头条 ━━")).toBe("今日头条");
    expect(framedLabel("━━━ 今日告警 ━━━")).toBe("今日告警");
    expect(framedLabel("━━ 今日态势 ━━━━━━━━━━")).toBe("今日态势");
    expect(framedLabel("    ── 大盤環境 ──")).toBe("大盤環境");
    expect(framedLabel("━ 一根 ━")).toBeNull();
    expect(framedLabel("━━━━━━━━")).toBeNull();
    expect(framedLabel("━━ 一段 ━━ 两段 ━━")).toBeNull();
    expect(framedLabel("今日头条")).toBeNull();
  });

  it("reads any label of a section's length between rules, and nothing else as one", () => {
    const rule = fc.stringMatching(/^[━─═]{2,6}$/u);
    const label = fc.stringMatching(/^[^━─═\s][^━─═\n]{0,28}[^━─═\s]$/u);
    fc.assert(
      fc.property(rule, label, rule, (open, name, close) => {
        expect(framedLabel(`${open} ${name} ${close}`)).toBe(name);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (line) => {
        const found = framedLabel(line);
        if (found !== null) {
          expect(found.length).toBeLessThanOrEqual(30);
          expect(found).not.toMatch(/[━─═]/u);
          expect(line).toContain(found);
        }
      }),
    );
  });
});

describe("a Hugo site's broadcast page: a day-only date, the broadcast's stamp, each item's video button", () => {
  const article = parse(BROADCAST_PAGE, {
    filename: "hugo-broadcast-page/xwlb-daily__transcript-2026-06-18.md",
  });

  it("takes the stated day's time from the body's line that writes that day with one", () => {
    expect(article.publishedAt).toBe("2026-06-18T19:00:00+08:00");
  });

  it("drops the video buttons and credits the items' outlet", () => {
    expect(article.text).not.toMatch(/查看视频|↗/u);
    expect(article.text).toContain("国家将下达今年全部2000亿元设备更新项目清单");
    expect(article.source?.name).toBe("央视网");
  });

  it("keeps the stated day when no line of the body writes it with a time", () => {
    const undated = parse(BROADCAST_PAGE.replace("20260618 19:00", "20260618"), { filename: "page.md" });
    expect(undated.publishedAt).toBe("2026-06-18T00:00:00+08:00");
  });
});
