// Read-it-later apps' Markdown exports (credits/export-frame.ts): the app's card over the page (its title,
// tag, link line, a recap of its fields, the reader's highlights, a label over the page) and the host's line
// under the page's headline. Shortened from datasets/fresh-12 (Omnivore's three templates, Cubox's three).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readExportFrame } from "../src/credits/export-frame.js";
import { parse } from "../src/index.js";
import { type RawBlock, rawBlock } from "../src/stages/raw-block.js";

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
    // The `## Highlights` heading is Readwise's template (packs/readwise), not the reader's words.
    expect(article.text).toBe("第一条划线的句子。\n\n第二条划线的句子。");
  });
});

describe("WeChat's account line in an export", () => {
  const exported = (line: string, author = "") =>
    `---\ntitle: 标题\n${author === "" ? "" : `author: ${author}\n`}---\n\n[Read Original](https://mp.weixin.qq.com/s/x)\n\n${line}\n\n第一段正文在这里，讲了很多事情。\n`;

  it("splits the writer from an account whose name holds a space, after the original mark", () => {
    const article = parse(exported("原创  ProudBenzene  PKMer 知识社区 _2023-11-30 12:00_ _发表于陕西_"), {
      filename: "a.md",
    });
    // The account's name as the outlet spells itself: no typesetting gap where Latin meets Han (docs/architecture.md).
    expect(article.source?.name).toBe("PKMer知识社区");
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

  it("takes a card's tag line of any length, a description up to 300 characters once collapsed, and no longer one", () => {
    const link = paragraph("Read Original", [{ text: "Read Original", href: "https://example.com/a" }]);
    const frameOver = (card: RawBlock) =>
      readExportFrame(
        [rawBlock({ type: "heading", level: 1, text: "标题" }), card, link, paragraph("正文。")],
        new Set(),
        "标题",
      );
    const tags = Array.from({ length: 60 }, (_, i) => `#标签${i}`).join(" ");
    expect(tags.length).toBeGreaterThan(300);
    expect(frameOver(paragraph(` \u3000${tags}`))?.originalUrl).toBe("https://example.com/a");
    // 300 characters once its white space is collapsed (a run of it is one space): a description, however spaced.
    const spaced = (before: number) =>
      paragraph(`${"描".repeat(before)}${"\u3000".repeat(50)}${"描".repeat(150)}`);
    expect(frameOver(spaced(149))?.originalUrl).toBe("https://example.com/a");
    // 301: no card, so no export.
    expect(frameOver(spaced(150))).toBeNull();
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
          // An escaped heading comes back as a heading of the same words.
          const same = (raw: RawBlock) =>
            raw === kept ||
            (kept.block.type === "heading" &&
              raw.block.type === "paragraph" &&
              raw.block.text.endsWith(kept.block.text));
          while (at < blocks.length && !same(blocks[at]!)) at++;
          expect(at).toBeLessThan(blocks.length);
        }
      }),
    );
  });
});

describe("an export's dates", () => {
  it("takes the page's stamp line over a later stated date, which is when the page was saved", () => {
    const file = (date: string) =>
      `---\ntitle: VSCode中使用程序员专用字体 Fira Code\nauthor: 大卫老师\ndate: ${date}\n---\n\n# VSCode中使用程序员专用字体 Fira Code\n#Omnivore\n\n[Read on Omnivore](https://omnivore.app/me/x)\n[Read Original](https://mp.weixin.qq.com/s/qMJWYjOa_U3GmeynU497Cw)\n\n 大卫老师  大前端百科 _2021-08-24 16:49_ \n\n推荐一款号称程序员的字体 Fira Code，Fira 是 Mozilla 主推的字体系列。\n`;
    expect(parse(file("2024-03-16 19:42:15"), { filename: "a.md" }).publishedAt).toBe(
      "2021-08-24T16:49:00+08:00",
    );
    // A stated date before the stamp is no save time: it stays.
    expect(parse(file("2021-08-20 10:00:00"), { filename: "a.md" }).publishedAt).toBe(
      "2021-08-20T10:00:00+08:00",
    );
  });
});

describe("the head of a WeChat page in an export", () => {
  it("leaves a box of fields a byline opens, an account's tagline and escaped heading marks", () => {
    const article = parse(
      `---\ntitle: 彻底解放本地存储！Obsidian 图床搭建指南\n---\n\n[Read Original](https://mp.weixin.qq.com/s/t7)\n\n作者 | 致九\n\n发布 | 微信公众号：致九 THINKS\n\n日期 | 2024.02.28  \n提示 | 全文约 2000 字\n\n本公众号主要关注NLP、CV、LLM、RAG、Agent等AI前沿技术，免费分享业界实战案例与课程，助力您全面拥抱AIGC。\n\n\\## 一、Sparse Embedding（关键词式稀疏向量）\n\nObsidian 用户往往有一个问题：图片该怎么管理？\n`,
      { filename: "b.md" },
    );
    expect(article.author).toBe("致九");
    expect(article.blocks[0]).toEqual({
      type: "heading",
      level: 2,
      text: "一、Sparse Embedding（关键词式稀疏向量）",
    });
    expect(article.text).toBe(
      "一、Sparse Embedding（关键词式稀疏向量）\n\nObsidian 用户往往有一个问题：图片该怎么管理？",
    );
  });

  it("keeps a lead's label after a byline: it opens the story's words", () => {
    const article = parse(
      "---\ntitle: 标题\n---\n\n作者 | 致九\n\n导语：今天我们来谈谈图床。\n\n第一段正文在这里，讲了很多事情。\n",
      {
        filename: "c.md",
      },
    );
    expect(article.text.startsWith("导语：今天我们来谈谈图床。")).toBe(true);
  });
});

describe("a page's furniture in an export", () => {
  const story = "正如《三体》中所说，「主不在乎」。而 Sora 的入局仅仅只是个开始，远不是终点。";
  const end = (tail: string) =>
    parse(`---\ntitle: 标题\n---\n\n${story}\n\n${tail}\n`, { filename: "d.md" }).text;

  it("leaves the closing furniture of 少数派, 爱范儿 and WeChat pages", () => {
    expect(end("阅读信息\n\n全文字数 5931字\n\n阅读本文共需 10分钟\n\n字号选择 \n\n小\n\n中\n\n大")).toBe(
      story,
    );
    expect(end("2 个人收藏")).toBe(story);
    expect(end("© 本文著作权归作者所有，并授权少数派独家使用，未经少数派许可，不得转载使用。")).toBe(story);
    expect(
      end(
        '![](https://proxy-prod.omnivore-image-cache.app/0x0,szt/data:image/svg+xml,%3Csvg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"24\\"%3E%3C/svg%3E) 继续滑动看下一个',
      ),
    ).toBe(story);
    expect(
      end("每天一篇大模型Paper来锻炼我们的思维~已经读到这了，不妨点个👍、❤️、↗️三连，加个星标⭐，不迷路哦"),
    ).toBe(story);
    expect(end("好了，这就是我今天想分享的内容。如果你对大模型应用感兴趣，别忘了点赞、关注噢~")).toBe(story);
    expect(
      end(
        "如果对内容有什么疑问和建议可以私信和留言，也可以添加我加入大模型交流群，一起讨论大模型在创作、RAG和agent中的应用。",
      ),
    ).toBe(story);
    expect(
      end("**期待你的分享、点赞、在看**\n\n**QQ群｜**825255377\n\n**PKMer官网｜**https://pkmer.cn/"),
    ).toBe(story);
  });

  it("cuts a related section whose items are a list of links", () => {
    expect(
      end(
        "推荐阅读\n\n* •[挑战Transformer，谷歌全新架构Mixture-of-Recursions](https://mp.weixin.qq.com/s?__biz=Mzk0&mid=1)\n\n<!-- -->\n\n* •[快手开源多模态Keye-VL-1.5-8B，本地视觉Agent有救了](https://mp.weixin.qq.com/s?__biz=Mzk0&mid=2)",
      ),
    ).toBe(story);
  });

  it("leaves the head's follow prompt and a note pointing to the original, and keeps sentences that only mention them", () => {
    const head = (line: string) =>
      parse(`---\ntitle: 标题\n---\n\n${line}\n\n${story}\n`, { filename: "e.md" }).text;
    expect(head("↑ 点击**蓝字**关注极市平台")).toBe(story);
    expect(head("本文首发于PKMer网站，信息可能已经过时，点击文末左下角 **阅读原文** 获取最新信息")).toBe(
      story,
    );
    const kept = "本文首发于PKMer网站，随后被多家媒体转载。";
    expect(head(kept)).toBe(`${kept}\n\n${story}`);
    const group = "公司已经加入了行业交流群，每周分享一次运营数据。";
    expect(end(group)).toBe(`${story}\n\n${group}`);
  });
});

// datasets/fresh-11/markdownload: MarkDownload's clips of WeChat and Medium pages.
describe("a clip's description, credit box and sign-off", () => {
  const clip = (body: string) =>
    `---\ncreated: 2025-01-01T22:42:03 (UTC +08:00)\nsource: https://mp.weixin.qq.com/s?__biz=MzI3\nauthor: 小墨\n---\n\n# 程序员必备：Web 应用 Token 无感刷新实战指南\n\n${body}\n`;

  it("leaves the page's description quoted again over the story, and keeps another quote", () => {
    const tagline =
      "「小墨是前端」致力于分享实用前端技术、挖掘优秀的开源项目，带你探索前端的奇妙世界，共同学习进步";
    const story = "作为程序员，我们都希望自己的应用能够提供流畅的用户体验。";
    expect(
      parse(clip(`> ## Excerpt\n> ${tagline}\n\n---\n> ${tagline}\n\n${story}`), { filename: "a.md" }).text,
    ).toBe(story);
    expect(
      parse(clip(`> ## Excerpt\n> ${tagline}\n\n---\n> 别的引语。\n\n${story}`), { filename: "a.md" }).text,
    ).toBe(`别的引语。\n\n${story}`);
  });

  it("reads a box of credits under its caption after the story, and cuts the related section above it", () => {
    const story = "最大的感受就是：应该在实现之前充分列举可能的应用场景。";
    const article = parse(
      `---\ntitle: Webpack基本架构浅析\n---\n\n${story}\n\n最后，为你推荐\n\n[【第1206期】看清楚真正的 Webpack 插件](http://mp.weixin.qq.com/s?__biz=MjM5&mid=1)\n\n关于本文  \n作者：@Gloria  \n原文：http://blog.zxrcool.com/2018/04/19/Webpack基本架构浅析/\n`,
      { filename: "b.md" },
    );
    expect(article.text).toBe(story);
    expect(article.author).toBe("Gloria");
    expect(article.originalUrl).toBe("http://blog.zxrcool.com/2018/04/19/Webpack基本架构浅析/");
  });

  it("leaves the writer's name signing off the story and their profile link, and keeps a name no one states", () => {
    const medium = (name: string) =>
      parse(
        `---\nauthor: KASATA\n---\n\n# Homebrew on ARM\n\nI hope that this article will be of some help to you!\n\n**Happy Developing!**\n\n${name}\n\n[https://twitter.com/IT\\_makesUsHappy](https://twitter.com/IT_makesUsHappy)\n`,
        { filename: "c.md" },
      ).text;
    expect(medium("KASATA")).toBe(
      "I hope that this article will be of some help to you!\n\nHappy Developing!",
    );
    expect(medium("Someone Else").endsWith("Happy Developing!\n\nSomeone Else")).toBe(true);
  });

  it("leaves a paid group's promo that asks for a keyword by private message", () => {
    expect(
      parse(
        clip(
          "**想一群人搭建个人知识库的私信“1”联系你加入obsidian共创云股东。  \n**\n\n**实际碰到的问题**\n\n如何实现?",
        ),
        {
          filename: "d.md",
        },
      ).text,
    ).toBe("实际碰到的问题\n\n如何实现?");
  });
});
