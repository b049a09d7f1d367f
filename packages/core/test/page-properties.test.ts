// Page properties read as front matter (readers/page-properties.ts): Logseq's `key:: value` lines and
// bullets, Obsidian's `## Metadata` list. Inputs are real files:
// - PAXOS: a Logseq page of Readwise highlights, whole (search-index file 2561719533, found with
//   find_string "author:: [[", repository not shown by the index);
// - GARDEN: the head of a Logseq page that is no export (search-index file 65725397268, same search):
//   its properties and first two blocks;
// - the headers of datasets/fresh-19's readwise-markdown files (provenance in its SOURCES.tsv).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { logseqProperties, opensWithProperty, readLogseqPage } from "../src/readers/page-properties.js";

const PAXOS = [
  "title:: Readwise/Highlights/06 | Paxos算法（二）：Multi-Paxos不是一个算法，而是统称 - 分布式协议与算法实战 (65)",
  "author:: [[韩健]]",
  "full-title:: 06 | Paxos算法（二）：Multi-Paxos不是一个算法，而是统称 - 分布式协议与算法实战",
  "category:: #articles",
  "url:: https://time.geekbang.org/column/article/202772",
  "",
  "- 兰伯特提到的 Multi-Paxos 是一种思想，不是算法，而且还缺少算法过程的细节和编程所必须的细节，比如如何选举领导者等，这也就导致了每个人实现的 Multi-Paxos 都不一样。而 Multi-Paxos 算法是一个统称，它是指基于 Multi-Paxos 思想，通过多个 Basic Paxos 实例实现一系列数据的共识的算法（比如 Chubby 的 Multi-Paxos 实现、Raft 算法等）。 #Highlight #[[2022-09-08]]",
  "- 我想补充一点：在 Chubby 中，为了实现了强一致性，读操作也只能在主节点上执行。 也就是说，只要数据写入成功，之后所有的客户端读到的数据都是一致的。 #Highlight #[[2022-09-08]]",
].join("\n");

const GARDEN = [
  "author:: [[Anthropic/Model/Claude/Fable/5.1]]",
  "see-also:: [[Person/codekiln/GitHub/logseq-gardener/Project/Goals]], [[Person/codekiln/GitHub/logseq-gardener/Project/Brief]], [[Person/codekiln/GitHub/logseq-gardener/Project/Proposal/Codex]]",
  "",
  "- # One Logseq engine that agents, Neovim, git, and a website all call",
  "\t- I would build logseq-gardener as one library that reads a Logseq file graph the way Logseq does, and a set of thin clients that all call it.",
].join("\n");

describe("Logseq page properties", () => {
  it("reads a page's properties as front matter: the full title over the page's name, references as names", () => {
    const read = readLogseqPage(PAXOS, "paxos.md");
    expect(read?.document.data).toEqual({
      title: "06 | Paxos算法（二）：Multi-Paxos不是一个算法，而是统称 - 分布式协议与算法实战",
      author: ["韩健"],
      category: ["articles"],
      url: "https://time.geekbang.org/column/article/202772",
    });
    // The body starts at the first bullet, line 7.
    expect(read?.document.bodyLine).toBe(7);
    const article = parse(PAXOS, { filename: "paxos.md" });
    expect(article.title).toBe(
      "06 | Paxos算法（二）：Multi-Paxos不是一个算法，而是统称 - 分布式协议与算法实战",
    );
    expect(article.author).toBe("韩健");
    expect(article.originalUrl).toBe("https://time.geekbang.org/column/article/202772");
    expect(article.text).toBe(
      "兰伯特提到的 Multi-Paxos 是一种思想，不是算法，而且还缺少算法过程的细节和编程所必须的细节，比如如何选举领导者等，这也就导致了每个人实现的 Multi-Paxos 都不一样。而 Multi-Paxos 算法是一个统称，它是指基于 Multi-Paxos 思想，通过多个 Basic Paxos 实例实现一系列数据的共识的算法（比如 Chubby 的 Multi-Paxos 实现、Raft 算法等）。\n我想补充一点：在 Chubby 中，为了实现了强一致性，读操作也只能在主节点上执行。 也就是说，只要数据写入成功，之后所有的客户端读到的数据都是一致的。",
    );
  });

  it("reads any Logseq page's properties, not only an export's", () => {
    expect(readLogseqPage(GARDEN, undefined)?.document.data).toEqual({
      author: ["Anthropic/Model/Claude/Fable/5.1"],
      "see-also": [
        "Person/codekiln/GitHub/logseq-gardener/Project/Goals",
        "Person/codekiln/GitHub/logseq-gardener/Project/Brief",
        "Person/codekiln/GitHub/logseq-gardener/Project/Proposal/Codex",
      ],
    });
    const article = parse(GARDEN);
    expect(article.author).toBe("Anthropic/Model/Claude/Fable/5.1");
    expect(article.text).not.toContain("see-also");
    expect(article.text).toContain("I would build logseq-gardener as one library");
  });

  it("takes the prose of a page's first block under its properties as the page's description, not its text", () => {
    const page = [
      "title:: Readwise/Highlights/分布式系统设计中的通用方法",
      "full-title:: 分布式系统设计中的通用方法",
      "",
      "![](http://lichuanyang.top/img/lamport.png)",
      "分布式系统设计中的通用方法主要讨论了分布式系统的概念和常见目标。",
      "- 首先我们需要明确本文要讨论的分布式系统是什么。",
    ];
    expect(logseqProperties(page, 0)).toEqual({
      data: {
        title: "分布式系统设计中的通用方法",
        description: "分布式系统设计中的通用方法主要讨论了分布式系统的概念和常见目标。",
      },
      end: 5,
    });
    expect(parse(page.join("\n")).text).toBe("首先我们需要明确本文要讨论的分布式系统是什么。");
  });

  it("reads bulleted properties under YAML front matter over the YAML's keys (Readwise's Markdown export)", () => {
    const file = [
      "---",
      "title: Go 1.13 中值得关注的几个变化 (highlights)",
      "---",
      "",
      "- Author:: [[简悦]]",
      "",
      "- Full Title:: Go 1.13 中值得关注的几个变化",
      "",
      "- Category:: #articles",
      "",
      "- URL:: https://mp.weixin.qq.com/s/Txqvanb17LYQYgohNiUHig",
      "",
      "- Highlights first synced by #Readwise [[May 31st, 2021]]",
      "\t - go 会在 go module 启用时在本地建立一个 go.sum 文件，用来存储依赖包特定版本的加密校验和",
    ].join("\n");
    const article = parse(file);
    expect(article.title).toBe("Go 1.13 中值得关注的几个变化");
    expect(article.originalUrl).toBe("https://mp.weixin.qq.com/s/Txqvanb17LYQYgohNiUHig");
    expect(article.text).toBe(
      "go 会在 go module 启用时在本地建立一个 go.sum 文件，用来存储依赖包特定版本的加密校验和",
    );
  });

  it("leaves text whose first line is no property alone", () => {
    for (const text of [
      "注意:: 这不是属性",
      "Note: one colon\n- a",
      "# Title\n\nkey:: value",
      "- item\nkey:: value",
    ]) {
      expect(readLogseqPage(text, undefined)).toBeNull();
    }
  });

  it("asks no pattern of a text the first-line test turns away, and turns away no page of properties", () => {
    const line = fc
      .tuple(
        fc.constantFrom("", "- ", "* ", " ", "\t- ", "注"),
        fc.stringMatching(/^[a-zA-Z_][\w -]{0,10}$/),
        fc.constantFrom("::", ":: ", ":", "：："),
        fc.string({ maxLength: 12 }),
      )
      .map((parts) => parts.join(""));
    const page = fc
      .array(fc.oneof(line, fc.string({ maxLength: 12 })), { maxLength: 4 })
      .map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(page, (text) => {
        if (logseqProperties(text.split("\n"), 0) !== null) expect(opensWithProperty(text)).toBe(true);
      }),
    );
  });
});

describe("Obsidian metadata lists", () => {
  it("reads `## Metadata` under the title as front matter (Readwise's Obsidian export)", () => {
    const note = [
      "# Java为什么不支持泛型数组？",
      "",
      "![rw-book-cover](https://readwise-assets.s3.amazonaws.com/static/images/article1.be68295a7e40.png)",
      "",
      "## Metadata",
      "- Author: [[zhihu.com]]",
      "- Full Title: Java为什么不支持泛型数组？",
      "- Category: #articles",
      "- URL: https://www.zhihu.com/question/20928981/answer/117521433",
      "",
      "## Highlights",
      "- 所以数组小鸭子遇到泛型狼外婆就要吃苦头了。 ([View Highlight](https://read.readwise.io/read/01gyeb24a1bfyndb7y2xefsejh))",
      "    - Note: java不能创建泛型数组的原因。",
    ].join("\n");
    const article = parse(note);
    expect(article.title).toBe("Java为什么不支持泛型数组？");
    expect(article.originalUrl).toBe("https://www.zhihu.com/question/20928981/answer/117521433");
    expect(article.images).toEqual([]);
    expect(article.text).toBe("所以数组小鸭子遇到泛型狼外婆就要吃苦头了。");
  });
});
