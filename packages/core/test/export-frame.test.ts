// Read-it-later apps' Markdown exports (credits/export-frame.ts): the app's card over the page (its title,
// tag, link line, a recap of its fields, the reader's highlights, a label over the page) and the host's line
// under the page's headline. Shortened from datasets/fresh-12 (Omnivore's three templates, Cubox's three).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readExportFrame } from "../src/credits/export-frame.js";
import { parse } from "../src/index.js";
import { type RawBlock, rawBlock } from "../src/stages/raw-block.js";
import { fcSeed } from "./helpers.js";

const IFANR = `---
id: 10b48cfa-ccf1-11ee-8679-9bfadd4442e0
title: |
  揭秘最强视频生成模型 Sora，OpenAI 是怎么实现 1 分钟一镜到底的？ | 爱范儿
author: |
  莫崇宇
date_saved: 2024-02-16 08:34:51
date_published: 2024-02-16 08:34:51
---

# 揭秘最强视频生成模型 Sora，OpenAI 是怎么实现 1 分钟一镜到底的？ | 爱范儿
#Omnivore

[Read on Omnivore](https://omnivore.app/me/sora-open-ai-1-18db2f8250e)

[Read Original](https://www.ifanr.com/1575461)

date_saved: 2024-02-16 08:34:51

date_published: 2024-02-16 08:34:51

--- 

# Full Content: 

![](https://proxy-prod.omnivore-image-cache.app/0x0,sdKDUk86/https://s3.ifanr.com/wp-content/uploads/2024/02/888.jpg!720) 

## 揭秘最强视频生成模型 Sora，OpenAI 是怎么实现 1 分钟一镜到底的？

今天凌晨，OpenAI 从「弹药库」里掏出了 AI 视频生成工具 Sora，瞬间占据了各大新闻头条。

就连一向和 OpenAI 不对付的马斯克也甘心承认 Sora 的强大。
`;

const SSPAI = `---
id: 354798d4-0bc0-4520-aeb9-701415f72fc3
title: |
  书签「上上千」：用 Linkding 和 Trilium 自建服务轻松管理 - 少数派
author: |
  炜智能
date_saved: 2024-10-11 11:32:58
date_published: 2024-10-11 11:32:58
---

# 书签「上上千」：用 Linkding 和 Trilium 自建服务轻松管理 - 少数派
[[Omnivore]]

[Read on Omnivore](https://omnivore.app/me/linkding-trilium-1927b40a1af)
[Read Original](https://sspai.com/post/92796)

![](https://proxy-prod.omnivore-image-cache.app/0x0,s1-4DLEy2rx/https://cdnfile.sspai.com//2020/07/15/03489f13d747077eafb9f844d842ed53.png)

书签「上上千」：用 Linkding 和 Trilium 自建服务轻松管理

## 前言

目前各大主流浏览器都会自带书签同步功能，无论是 PC 端还是移动端，只要登录一下账号就能轻松访问自己收藏的书签。
`;

const CUBOX = `---
id: "7249425525721008430"
cubox_url: https://cubox.pro/web/card/7249425525721008430
url: https://mp.weixin.qq.com/s/gUyFlIzToUT-fcs8t67j1Q
tags:
  - RAG
---
# RAG文本切分的第四个层次，基于向量模型的语义切分

本篇文章开始，我们将介绍第四层级的内容语义切分；本篇文章将介绍基于向量模型的语义切分。

[Read in Cubox](https://cubox.pro/web/card/7249425525721008430)  
[Read Original](https://mp.weixin.qq.com/s/gUyFlIzToUT-fcs8t67j1Q)  

---

\\## Annotations  

> 这个 切分器 的工作原理是确定何时分隔句子。  

[Link️](https://cubox.pro/web/annotations/cards/7249425525721008430?highlight=7249425525771340594)  

---

\\## 📖 正文全文

# RAG文本切分的第四个层次，基于向量模型的语义切分

[mp.weixin.qq.com](https://mp.weixin.qq.com/s/gUyFlIzToUT-fcs8t67j1Q)哎呀AIYA 哎呀AIYA


之前的文章提到，我们将文本切分划分为五个层级，并介绍了前三个层级的实现和一些基础知识。

这个 切分器 的工作原理是确定何时分隔句子。这是通过查找任意两个句子之间的向量差异来完成的。

[Read in Cubox](https://cubox.pro/web/card/7249425525721008430)
`;

const JUEJIN = `---
id: "7457087593541271674"
cubox_url: https://cubox.pro/web/card/7457087593541271674
url: https://juejin.cn/post/7621393797453365258
tags: []

---
# 基于AI的前端全链路开发工作流一、前言 1.开发需求背景 现在aiCoding对开发的帮助越来越大，我们也可以用ai对自 - 掘金



### 一、前言

#### 1.开发需求背景

当前，AI Coding 对开发工作的帮助日益显著，我们同样可以利用 AI 技术来提升各个工作环节的效率。

### 七、结语

本文通过将前端开发流程做拆解，将各个环节使用的ai工具进行介绍。


[Read in Cubox](https://cubox.pro/web/card/7457087593541271674)  
[Read Original](https://juejin.cn/post/7621393797453365258)  

---
`;

describe("a read-it-later export's card over the page", () => {
  it("leaves Omnivore's card, recap and label, and the page's repeated headline, keeping its lead image", () => {
    const article = parse(IFANR, { filename: "ifanr__sora.md" });
    expect(article.title).toBe("揭秘最强视频生成模型 Sora，OpenAI 是怎么实现 1 分钟一镜到底的？");
    expect(article.originalUrl).toBe("https://www.ifanr.com/1575461");
    expect(article.source?.name).toBe("爱范儿");
    expect(article.blocks[0]?.type).toBe("image");
    expect(article.text).toBe(
      "今天凌晨，OpenAI 从「弹药库」里掏出了 AI 视频生成工具 Sora，瞬间占据了各大新闻头条。\n\n就连一向和 OpenAI 不对付的马斯克也甘心承认 Sora 的强大。",
    );
  });

  it("reads the original link of the [[Omnivore]] template, and the site after the page's title", () => {
    const article = parse(SSPAI, { filename: "sspai__linkding-trilium.md" });
    expect(article.title).toBe("书签「上上千」：用 Linkding 和 Trilium 自建服务轻松管理");
    expect(article.originalUrl).toBe("https://sspai.com/post/92796");
    expect(article.source?.name).toBe("少数派");
    expect(article.author).toBe("炜智能");
    expect(article.text.startsWith("前言\n\n目前各大主流浏览器")).toBe(true);
  });

  it("leaves Cubox's description, highlights and label, and reads the host line's writer and account", () => {
    const article = parse(CUBOX, { filename: "wechat__rag-semantic-chunking.md" });
    expect(article.title).toBe("RAG文本切分的第四个层次，基于向量模型的语义切分");
    expect(article.source?.name).toBe("哎呀AIYA");
    expect(article.author).toBe("哎呀AIYA");
    expect(article.originalUrl).toBe("https://mp.weixin.qq.com/s/gUyFlIzToUT-fcs8t67j1Q");
    expect(article.text).toBe(
      "之前的文章提到，我们将文本切分划分为五个层级，并介绍了前三个层级的实现和一些基础知识。\n\n这个 切分器 的工作原理是确定何时分隔句子。这是通过查找任意两个句子之间的向量差异来完成的。",
    );
  });

  it("reads links set after the page, and cuts the description a page's title has glued on", () => {
    const article = parse(JUEJIN, { filename: "juejin__ai-frontend-workflow.md" });
    expect(article.title).toBe("基于AI的前端全链路开发工作流");
    expect(article.originalUrl).toBe("https://juejin.cn/post/7621393797453365258");
    expect(article.source).toBeNull();
    expect(article.text.startsWith("一、前言\n\n1.开发需求背景\n\n当前，AI Coding")).toBe(true);
    expect(article.text.endsWith("将各个环节使用的ai工具进行介绍。")).toBe(true);
  });

  it("keeps a title that only shares words with the story's opening", () => {
    const article = parse("# 前言与后记：写作的两端\n\n## 前言\n\n第一段正文在这里，讲了很多事情。", {
      filename: "post.md",
    });
    expect(article.title).toBe("前言与后记：写作的两端");
  });

  it("keeps highlights that no label over the page follows: they are all the export holds", () => {
    const body = `---\ntitle: 标题\n---\n\n[Read on Readwise](https://read.readwise.io/read/01)\n\n## Highlights\n\n> 第一条划线的句子。\n\n> 第二条划线的句子。\n`;
    const article = parse(body, { filename: "highlights.md" });
    expect(article.text).toBe("Highlights\n\n第一条划线的句子。\n\n第二条划线的句子。");
  });
});

describe("WeChat's account line in an export", () => {
  const exported = (line: string, author = "") =>
    `---\ntitle: 标题\n${author === "" ? "" : `author: ${author}\n`}---\n\n[Read Original](https://mp.weixin.qq.com/s/x)\n\n${line}\n\n第一段正文在这里，讲了很多事情。\n`;

  it("splits the writer from an account whose name holds a space, after the original mark", () => {
    const article = parse(exported("原创  ProudBenzene  PKMer 知识社区 _2023-11-30 12:00_ _发表于陕西_"), {
      filename: "a.md",
    });
    expect(article.source?.name).toBe("PKMer 知识社区");
    expect(article.author).toBe("ProudBenzene");
    expect(article.text).toBe("第一段正文在这里，讲了很多事情。");
  });

  it("splits the writer the file names from the account, and reads a bare place after the time", () => {
    const named = parse(exported(" 大卫老师  大前端百科 _2021-08-24 16:49_ _广东_", "大卫老师"), {
      filename: "b.md",
    });
    expect(named.source?.name).toBe("大前端百科");
    expect(named.text).toBe("第一段正文在这里，讲了很多事情。");
    const unnamed = parse(exported(" 大卫老师  大前端百科 _2021-08-24 16:49_"), { filename: "c.md" });
    expect(unnamed.source?.name).toBe("大卫老师 大前端百科");
  });
});

describe("a credit set off by 丨", () => {
  it("reads 来源丨X as 来源｜X, and the account that carried it as a hop", () => {
    const article = parse(
      "---\ntitle: 大模型面试面经：简单透彻理解MoE\nurl: https://mp.weixin.qq.com/s/y\n---\n\n# 大模型面试面经：简单透彻理解MoE\n\n[Read in Cubox](https://cubox.pro/web/card/1)\n[Read Original](https://mp.weixin.qq.com/s/y)\n\n## 📖 正文全文\n\n# 大模型面试面经：简单透彻理解MoE\n\n[mp.weixin.qq.com](https://mp.weixin.qq.com/s/y)每日智能 极市平台\n\n作者丨每日智能\n\n来源丨每日智能\n\n编辑丨极市平台\n\n第一段正文在这里，讲了很多事情。\n\n[Read in Cubox](https://cubox.pro/web/card/1)\n",
      { filename: "d.md" },
    );
    expect(article.source?.name).toBe("每日智能");
    expect(article.via).toEqual(["极市平台"]);
    expect(article.editor).toBe("极市平台");
  });
});

const paragraph = (text: string, links: RawBlock["links"] = []) =>
  rawBlock({ type: "paragraph", text }, links);

describe("readExportFrame", () => {
  it("finds no export where no app's link line stands", () => {
    const blocks = [
      rawBlock({ type: "heading", level: 1, text: "标题" }),
      paragraph("Read more", [{ text: "Read more", href: "https://example.com/a" }]),
      paragraph("正文。"),
    ];
    expect(readExportFrame(blocks, new Set(), null)).toBeNull();
  });

  it("leaves the card alone when nothing stands under it", () => {
    const blocks = [
      rawBlock({ type: "heading", level: 1, text: "标题" }),
      paragraph("Read Original", [{ text: "Read Original", href: "https://example.com/a" }]),
    ];
    expect(readExportFrame(blocks, new Set(), "标题")).toBeNull();
  });

  it("keeps every page block in order, whatever the blocks (property)", () => {
    const block = fc.oneof(
      fc.constantFrom(
        paragraph("Read Original", [{ text: "Read Original", href: "https://example.com/a" }]),
        paragraph("Read in Cubox", [{ text: "Read in Cubox", href: "https://cubox.pro/c/1" }]),
        paragraph("## 📖 正文全文"),
        paragraph("## Annotations"),
        paragraph("#Omnivore"),
        paragraph("date_saved: 2024-01-01"),
        rawBlock({ type: "heading", level: 1, text: "标题" }),
      ),
      fc.string({ maxLength: 40 }).map((text) => paragraph(text)),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.option(fc.constant("标题")), (blocks, title) => {
        const frame = readExportFrame(blocks, new Set(["date_saved"]), title);
        if (frame === null) return;
        expect(frame.blocks.length).toBeGreaterThan(0);
        let at = 0;
        for (const kept of frame.blocks) {
          while (at < blocks.length && blocks[at] !== kept) at++;
          expect(at).toBeLessThan(blocks.length);
        }
      }),
      fcSeed(),
    );
  });
});
