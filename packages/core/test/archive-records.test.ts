// The classes of datasets/fresh-72 (session 47, fix72): records that carry a page — a crawler's typed paragraphs under
// `data`, an archive's `body_html` with its `original_url` beside the Wayback copy, writers listed with blanks between
// them, a translation queue's Markdown `body` — and view templates with an article pasted in: an info block of one
// span a field, a headline closed by its bracketed day. Each read on the set's real files (`datasets/fresh-72`, the
// repositories its SOURCES.tsv names) or on excerpts of real pages, with exact values.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCreditLine, readDateline } from "../src/credits/grammar.js";
import { parse } from "../src/index.js";
import { cleanTitle, headlineStamp } from "../src/stages/title.js";

const file = (path: string) => readFileSync(join(import.meta.dirname, "../../../datasets/fresh-72", path));
const read = (path: string) => parse(file(path), { filename: path });

describe("a crawler's record whose content is a list of typed paragraphs under `data`", () => {
  it('reads each `{data, type: "text"}` item as a paragraph (heqiang/news_data_push, serivce/util/test.json)', () => {
    const flash = read("crawler-jsonl-typed-paragraphs/heqiang__test-json-r2-chinanews-gold-demand.jsonl");
    expect(flash.text).toBe(
      "中新网1月31日电 据世界黄金协会网站1月31日消息，全球央行的巨额购买，加上散户投资者的积极购买和ETF流出的放缓，将2022年年度黄金需求推高到11年的高点。2022年年度黄金需求(不包括场外交易)跃升18%至4741吨，是自2011年以来的最高年度总需求量。其中，2022年全球央行年度购买量达到1136吨，为55年来的新高。",
    );
    // Its finance desk's closing `(中新财经)` is the dateline's outlet, not another.
    expect(flash.source?.name).toBe("中新网");
    const card = read("crawler-jsonl-typed-paragraphs/heqiang__test-json-r6-huanqiu-february-rules.jsonl");
    expect(card.blocks).toHaveLength(16);
    expect(card.text.startsWith("2月即将来临\n\n一批新规也即将实施\n\n")).toBe(true);
    expect(card.text.endsWith("06\n\n严打药品领域违法犯罪")).toBe(true);
  });

  it("reads a slash-labelled compiler's credit (`来源/中国经济网综合…`) as the source, the page's site as the via", () => {
    expect(readCreditLine("来源/中国经济网综合中国政府网、人民日报（制图/高珊珊）")).toEqual({
      kind: "source",
      name: "中国经济网",
    });
    const card = read("crawler-jsonl-typed-paragraphs/heqiang__test-json-r6-huanqiu-february-rules.jsonl");
    expect([card.source?.name, card.via]).toEqual(["中国经济网", ["环球网"]]);
  });
});

describe("an archive's record of a rebuilt page", () => {
  const path = "wayback-archive-jsonl/qdaily__extracted-2015q3-11480-wanda-top15.jsonl";

  it("reads `body_html`, the story's own `original_url` over the Wayback copy, and writers listed with blanks", () => {
    const story = read(path);
    expect([story.title, story.publishedAt, story.source?.name, story.originalUrl, story.author]).toEqual([
      "「Top 15 之万达」王健林这个最有钱的人，在为什么事发愁？",
      "2015-07-01T16:03:32+08:00",
      "好奇心日报",
      "https://www.qdaily.com/articles/11480.html",
      "俞斯译、韩方航",
    ]);
    expect(story.text.startsWith("王健林正在考虑的重要的事，紧急的事。\n\n")).toBe(true);
    expect(story.text).not.toContain("web.archive.org");
  });

  it("keeps a writer's name after an outlet's as stated: the list joins only names", () => {
    const record = (author: string) =>
      JSON.stringify({ title: "标题", author, body_html: "<p>正文第一段，说了一件事。</p>" });
    expect(parse(record("俞斯译 韩方航"), { filename: "a.jsonl" }).author).toBe("俞斯译、韩方航");
    expect(parse(record("财联社 史正丞"), { filename: "a.jsonl" }).author).toBe("财联社 史正丞");
  });

  it("drops a banner picture's credit whose verb stands for the colon (`题图来自 Today Online`)", () => {
    const story = read("wayback-archive-jsonl/qdaily__extracted-2015q3-11453-two-kinds-of-phones.jsonl");
    expect(story.text.endsWith("几年之后，或许我们要说的就是千元机和 iPhone 了。")).toBe(true);
    expect(story.text).not.toContain("题图来自");
    // 人人都是产品经理's closing line (woshipm.com pages in the index), with its full stop.
    const page = (credit: string) =>
      parse(`---\ntitle: 标题\n---\n<p>正文第一段，说了一件事。</p>\n<p>${credit}</p>`).text;
    expect(page("题图来自 Unsplash，基于CC0协议。")).toBe("正文第一段，说了一件事。");
    expect(page("题图来自于网络的一段话还在继续说下去的正文")).toBe(
      "正文第一段，说了一件事。\n\n题图来自于网络的一段话还在继续说下去的正文",
    );
  });
});

describe("a translation queue's record whose `body` is Markdown", () => {
  it("reads the body as Markdown: no picture links or emphasis marks in the text", () => {
    const story = read("translation-queue-json/qdaily__translations-in-11478-xiaonanguo-brands.json");
    expect(
      story.text.startsWith("从单品牌、到多品牌，再到其它品牌；小南国走过的不仅仅是从中餐到西餐的转变。\n\n"),
    ).toBe(true);
    expect(story.text.endsWith("Q：会降到 50% 以下吗？\n\nL：早晚的。")).toBe(true);
    for (const mark of ["![](", "img.qdaily.com", "**"]) expect(story.text).not.toContain(mark);
    expect(story.images.length).toBeGreaterThan(0);
  });
});

describe("a view template with an article pasted in", () => {
  it("takes the headline above an info block of one span a field (iourt/dev, detail.php)", () => {
    const page = read("template-embedded-article/iourt-dev__detail-php-bank-wealth-products.php");
    expect([page.title, page.publishedAt, page.source?.name, page.author]).toEqual([
      "网贷平台收益回归理性：打新策略或模糊",
      "2014-01-17T13:38:26+08:00",
      "CCTV证券资讯",
      "石头",
    ]);
    expect(page.text.startsWith("2013年股市低迷，而银行理财产品高达5%~6%的收益率备受投资者青睐。")).toBe(
      true,
    );
    expect(page.text.endsWith("\n\n未实现预期收益均为结构性理财产品")).toBe(true);
    for (const furniture of ["理财圈资讯", "分享到", "新浪微博", "相关文章"])
      expect(page.text).not.toContain(furniture);
  });

  it("reads a name that ends in 资讯 as no dispatch's `X讯` dateline", () => {
    expect(readDateline("CCTV证券资讯")).toBeNull();
    expect(readDateline("南都讯 记者从市里获悉，新规下月施行。")?.outlet).toBe("南方都市报");
  });

  it("leaves a headline's bracketed day out of the title and dates the story by it (runningship/leshi, newCon.jsp)", () => {
    const page = read("template-embedded-article/leshi__newcon-jsp-beijing-april-housing.jsp");
    expect([page.title, page.publishedAt]).toEqual([
      '北京4月商品住宅成交呈现"双降"',
      "2014-05-04T00:00:00+08:00",
    ]);
    expect(cleanTitle("关于印发《朝阳区属国有企业房产出租管理专项规范 [2017-4-6]")).toBe(
      "关于印发《朝阳区属国有企业房产出租管理专项规范",
    );
    expect(cleanTitle("公告[2018.05.10]")).toBe("公告");
    // A bracket alone is no headline's day.
    expect(cleanTitle("[2014-05-04]")).toBe("[2014-05-04]");
  });

  it("finds a bracketed day only at a headline's end, after some headline (fast-check)", () => {
    const day = fc
      .tuple(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.option(day), (text, stamp) => {
        const title = stamp === null ? text : `${text}[${stamp}]`;
        const found = headlineStamp(title);
        if (found === null) return;
        expect(found.index).toBeGreaterThan(0);
        expect(title.slice(0, found.index) + found.stamp).toBe(title);
        expect(title.endsWith(found.stamp)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[一-龥A-Za-z]{1,30}$/u), day, (headline, stamp) => {
        expect(headlineStamp(`${headline}[${stamp}]`)?.index).toBe(headline.length);
      }),
    );
  });
});
