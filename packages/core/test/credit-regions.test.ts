// Credit regions (a mirror's head and foot, fenced off by `---`), the original link's host as the
// weakest source evidence, and the related-articles list after a story. The inputs are shortened
// from the forms of Terminus2049/Terminus2049.github.io (a Jekyll archive of deleted articles) and
// of bigcaibao/banned-news (Markdown mirrors of 美国之音 and 大纪元 pages) in datasets/dev.
import { describe, expect, it } from "vitest";
import { outletOfUrl } from "../src/credits/domains.js";
import { creditRegions, inRegion } from "../src/credits/regions.js";
import { parse } from "../src/index.js";

const post = (body: string) =>
  `---\nlayout: post\ntitle: "标题"\ndate: 2018-01-30 10:00 +0800\ncategories: Archive\n---\n\n${body}\n`;

const STORY = "第一段正文，讲了一件事情的来龙去脉。\n\n第二段正文，写完了这件事情。";

describe("credit regions", () => {
  it("finds the head above the first rule when it holds a credit", () => {
    const regions = creditRegions(
      `原文链接：~~[标题](https://www.thepaper.cn/newsDetail_forward_1)~~\n\n作者：唐兰兰\n\n---\n\n${STORY}`,
    );
    expect(regions.head).toBe("原文链接：标题作者：唐兰兰");
    expect(regions.foot).toBeNull();
    expect(inRegion(regions.head, "作者： 唐兰兰")).toBe(true);
    expect(inRegion(regions.head, "第一段正文")).toBe(false);
  });

  it("finds the foot below the last rule", () => {
    const regions = creditRegions(`${STORY}\n\n---\n\n作者：张三，本报记者\n\n编辑：李四`);
    expect(regions.head).toBeNull();
    expect(regions.foot).toBe("作者：张三，本报记者编辑：李四");
  });

  it("keeps a story's first paragraph that sits above a rule without a credit word", () => {
    expect(creditRegions(`开头一段没有署名的话。\n\n---\n\n${STORY}`).head).toBeNull();
  });

  it("does not take a list or a heading for a credit region", () => {
    expect(creditRegions(`## 来源\n\n- 作者：张三\n\n---\n\n${STORY}`).head).toBeNull();
  });

  it("needs a story on the other side of the rule", () => {
    expect(creditRegions("作者：张三\n\n---\n\n").head).toBeNull();
    expect(creditRegions("---\n\n作者：张三").foot).toBeNull();
  });

  it("does not read long regions", () => {
    const long = Array.from({ length: 20 }, (_, i) => `作者：第${i}行`).join("\n");
    expect(creditRegions(`${long}\n\n---\n\n${STORY}`).head).toBeNull();
  });
});

describe("outlet of an original link", () => {
  it.each([
    ["https://www.voachinese.com/a/news-123.html", "美国之音"],
    ["https://cn.reuters.com/article/idCNKCS1LN17I", "路透"],
    ["http://www.epochtimes.com/gb/18/8/30/n10679101.htm", "大纪元"],
    ["https://m.thepaper.cn/newsDetail_forward_1", "澎湃新闻"],
    // Taiwan's outlets by their own names, in Traditional script (datasets/fresh-61's 自由時報 page and records).
    ["http://news.ltn.com.tw/news/life/breakingnews/2504351", "自由時報"],
    ["https://udn.com/news/story/124222/8243916", "聯合新聞網"],
    ["https://finance.sina.com.cn/a.shtml", null],
    ["https://mp.weixin.qq.com/s/abc", null],
    ["https://notvoachinese.com/a", null],
    ["not a url", null],
  ])("%s → %s", (url, outlet) => expect(outletOfUrl(url)).toBe(outlet));
});

describe("credits in a mirror's regions", () => {
  it("reads the head's author and source and keeps the head out of the text", () => {
    const article = parse(
      post(
        `原文链接：~~[标题](https://www.thepaper.cn/newsDetail_forward_1)~~\n\n作者：唐兰兰\n\n---\n\n${STORY}`,
      ),
    );
    expect(article.author).toBe("唐兰兰");
    expect(article.source?.name).toBe("澎湃新闻");
    expect(article.text.startsWith("第一段正文")).toBe(true);
    expect(article.text).not.toContain("唐兰兰");
  });

  it("reads the reporter an archivist's note names in passing, and keeps the note out of the text", () => {
    // datasets/dev/holdout/jekyll-archive/terminus__2018-01-19-nan-fang-zhou-mo-tang-lan-lan.md
    const note = "稿件被毙后，南方周末记者王瑞锋 1 月 19 日刊载在个人公众号 “南方粥沫”，两日后被删除。";
    const article = parse(post(`${note}\n---\n\n${STORY}`));
    expect(article.author).toBe("王瑞锋");
    expect(article.text.startsWith("第一段正文")).toBe(true);
    // A role word with no name after it, or a name running on into the sentence, names no one.
    expect(parse(post(`据记者了解，稿件被毙后两日后被删除。\n---\n\n${STORY}`)).author).toBeNull();
  });

  it("reads a linked site where the source goes as the original link, not as a person", () => {
    // datasets/dev/tune/jekyll-archive/terminus__2018-04-05-Gaoyandeath-Shenyang.md
    const article = parse(
      post(`来源：~~[豆瓣](https://www.douban.com/group/topic/1/)~~\n\n作者：李悠悠\n\n---\n\n${STORY}`),
    );
    expect(article.author).toBe("李悠悠");
    expect(article.originalUrl).toBe("https://www.douban.com/group/topic/1/");
  });

  it("does not take a headline's own colon for an outlet's", () => {
    // datasets/dev/tune/jekyll-archive/terminus__2018-01-15-ngocn-beijing-quzhu.md
    const headline = parse(
      post(`原文链接：~~[北京驱逐：民间自救实录](https://mp.weixin.qq.com/s/a)~~\n\n---\n\n${STORY}`),
    );
    expect(headline.source).toBeNull();
    const outlet = parse(
      post(`原文：~~[财新网:一女生实名指控](http://china.caixin.com/a.html)~~\n\n---\n\n${STORY}`),
    );
    expect(outlet.source?.name).toBe("财新网");
  });

  it("leaves the source empty when the link's host is a portal", () => {
    const article = parse(post(`原文链接：~~[标题](https://mp.weixin.qq.com/s/abc)~~\n\n---\n\n${STORY}`));
    expect(article.source).toBeNull();
  });

  it("ends the story at a related-articles list", () => {
    const article = parse(
      post(
        `${STORY}\n\n---\n\n相关文章：\n\n[另一篇文章](https://example.com/a)\n\n[又一篇](https://example.com/b)`,
      ),
    );
    expect(article.text.endsWith("写完了这件事情。")).toBe(true);
    expect(article.text).not.toContain("另一篇");
  });
});

describe("the seconds of an HTML time element", () => {
  // bigcaibao/banned-news pages of 美国之音: the element's text writes the minute, its datetime the second.
  const page = (datetime: string) =>
    `### 标题\n------------------------\n\n<div class="published">\n <span class="date">\n  <time datetime="${datetime}">\n   2018年9月1日 03:58\n  </time>\n </span>\n</div>\n\n第一段正文，讲了一件事情。\n\n第二段正文。\n`;

  it("takes the element's seconds when it names the same minute", () => {
    expect(parse(page("2018-09-01T03:58:28+08:00")).publishedAt).toBe("2018-09-01T03:58:28+08:00");
  });

  it("keeps the minute when the element names another one", () => {
    expect(parse(page("2018-09-01T04:58:28+08:00")).publishedAt).toBe("2018-09-01T03:58:00+08:00");
  });
});
