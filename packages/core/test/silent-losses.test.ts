// Lines a rule once removed though nothing they said was read into a field: the story's own text,
// which must stay. The inputs are shortened from datasets/fresh-11/markdownload/wechat__obsidian-tasks.md
// (a MarkDownload clip of a WeChat article; see datasets/fresh-11/SOURCES.tsv).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creditRegions } from "../src/credits/regions.js";
import { parse } from "../src/index.js";

const clip = (body: string) =>
  [
    "---",
    "created: 2024-10-10T18:07:05 (UTC +08:00)",
    "tags: []",
    "source: https://mp.weixin.qq.com/s/qDwBmwln_kvFQUS7RpkHgw",
    "author: 秦吉峰",
    "---",
    "",
    "# Obsidian新手41-Dataview和Tasks日历任务管理",
    "",
    body,
    "",
  ].join("\n");

const CLOSING_SECTION = [
  "实现思路",
  "",
  "Tasks插件地址:",
  "",
  "https://github.com/obsidian-tasks-group/obsidian-tasks",
  "",
  "本质上就是一个markdown文件,你需要加入双向链接一样可以实现链接.",
  "",
  "![图片](https://mmbiz.qpic.cn/sz_mmbiz_png/a/640)",
  "",
  "给大家都做了一次看看那个任务管理合适自己.",
].join("\n");

const OPENING = "如何将任务可以直观显示在日历视图里.如何实现?";
const CLOSING = "给大家都做了一次看看那个任务管理合适自己.";

describe("a story's closing section below a rule", () => {
  it("is no credit region when a credit's word only sits deep in a sentence", () => {
    expect(creditRegions(`${OPENING}\n\n___\n\n${CLOSING_SECTION}`).foot).toBeNull();
  });

  it("stays in the text, to its last paragraph", () => {
    const article = parse(clip(`${OPENING}\n\n___\n\n${CLOSING_SECTION}`), { filename: "clip.md" });
    expect(article.text).toBe(
      [
        OPENING,
        "实现思路",
        "Tasks插件地址:",
        "https://github.com/obsidian-tasks-group/obsidian-tasks",
        "本质上就是一个markdown文件,你需要加入双向链接一样可以实现链接.",
        "给大家都做了一次看看那个任务管理合适自己.",
      ].join("\n\n"),
    );
  });

  it("is still a credit region when a line opens with a credit's word", () => {
    expect(creditRegions(`${OPENING}\n\n---\n\n本文作者：秦吉峰\n\n（文章来源：少数派）`).foot).toBe(
      "本文作者：秦吉峰（文章来源：少数派）",
    );
  });

  it("never makes a region of lines whose credit word comes after their fifth character", () => {
    const han = fc.string({
      unit: fc.constantFrom(..."本质上就是一个文件你需要加入双向一样可以实现"),
      minLength: 5,
    });
    fc.assert(
      fc.property(han, fc.constantFrom("作者", "编辑", "相关", "原文", "来源", "链接"), (lead, word) => {
        expect(creditRegions(`${OPENING}\n\n---\n\n${lead}${word}。`).foot).toBeNull();
      }),
    );
  });
});

describe("a story's last lines between the rule and the credits under it", () => {
  // Shortened from datasets/fresh-11/markdownload/wechat__naive-admin.md (a WeChat repost of a 稀土掘金 post).
  const foot = [
    "前端源码: vue-naive-admin (github.com)",
    "",
    "最后，如果这个项目对您或者贵公司有帮助，请 Star 或者 捐助支持一下，开源不易，您的支持是作者最大的动力~",
    "",
    "作者：大脸怪  ",
    "链接：https://juejin.cn/post/7309921568493977637  ",
    "来源：稀土掘金",
  ].join("\n");

  it("stay in the text; the credits are read and leave it", () => {
    expect(creditRegions(`${OPENING}\n\n___\n\n${foot}`).foot).toBe(
      "作者：大脸怪链接：https://juejin.cn/post/7309921568493977637来源：稀土掘金",
    );
    const article = parse(clip(`${OPENING}\n\n___\n\n${foot}`), { filename: "clip.md" });
    expect(article.text).toBe(
      `${OPENING}\n\n前端源码: vue-naive-admin (github.com)\n\n最后，如果这个项目对您或者贵公司有帮助，请 Star 或者 捐助支持一下，开源不易，您的支持是作者最大的动力~`,
    );
    expect(article.author).toBe("大脸怪");
    expect(article.source).toEqual({ name: "稀土掘金" });
  });
});

describe("a bare address in the body", () => {
  it("is the story's when the front matter states another original link", () => {
    const body = `${OPENING}\n\nTasks插件地址:\n\nhttps://github.com/obsidian-tasks-group/obsidian-tasks\n\n${CLOSING}`;
    const article = parse(clip(body), { filename: "clip.md" });
    expect(article.originalUrl).toBe("https://mp.weixin.qq.com/s/qDwBmwln_kvFQUS7RpkHgw");
    expect(article.text).toBe(body);
  });

  it("is a share link, read and removed, when it is the stated link or none is stated", () => {
    const stated = parse(clip(`${OPENING}\n\nhttps://mp.weixin.qq.com/s/qDwBmwln_kvFQUS7RpkHgw`), {
      filename: "clip.md",
    });
    expect(stated.text).toBe(OPENING);
    const unstated = parse(`---\ntitle: 标题\n---\n\n${OPENING}\n\nhttps://news.mysite.cn/a_1.htm\n`, {
      filename: "post.md",
    });
    expect(unstated.originalUrl).toBe("https://news.mysite.cn/a_1.htm");
    expect(unstated.text).toBe(OPENING);
  });
});
