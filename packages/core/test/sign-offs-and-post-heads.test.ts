// Session 49 (gen49), the tuning sets' leftovers by class: an outlet's sign-off with its own web address after the story
// (Yahoo奇摩's syndicated `…沈重。三立新闻网 setn.com。`, datasets/fresh-78), a record's outlet under `site` (a translation
// service's `site: "路透社"`, datasets/fresh-75; 新浪's roll API's `site: "新浪网"`), Reuters' standards footer, and a WeChat
// post's head run together on a plain-text export's first line (`<title>2016-12-28 微信公开课`, datasets/fresh-78).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

const dataset = (set: string, name: string) => join(import.meta.dirname, "../../../datasets", set, name);

/** Every Article of a file. */
function articles(input: string, filename: string): Article[] {
  return [...parseAllSync(input, { filename })].flatMap((result) => (result.ok ? [result.article] : []));
}

const fields = (article: Article | undefined) => ({
  title: article?.title,
  source: article?.source?.name ?? null,
  publishedAt: article?.publishedAt,
  text: article?.text,
});

/** A scraped Yahoo奇摩 record whose snippet is `text`, as Addie77/AI_Stock_project's news_data.json writes them. */
const yahooRecord = (text: string) =>
  JSON.stringify([{ title: "记忆体狂飙！投信本周大买「这2档」", time: "2026/05/09 19:10", text, link: "" }]);

describe("an outlet's sign-off with its web address after the story's last sentence", () => {
  it("credits the outlet and leaves the text (Addie77/AI_Stock_project, news_data.json, fresh-78)", () => {
    const name = "scraped-json/ai-stock__news_data.json";
    const story = articles(readFileSync(dataset("fresh-78", name), "utf8"), "news_data.json")[1];
    expect(story?.source?.name).toBe("三立新闻网");
    expect(story?.text.endsWith("尤以台新新光金（2887）卖压最为沈重。")).toBe(true);
    expect(story?.text).not.toContain("setn.com");
  });

  it.each([
    // The Simplified copy's sign-off, with its full stop.
    ["三立新闻网 setn.com。", "三立新闻网"],
    // The publisher's name as Yahoo奇摩 writes it (the index's Yahoo records: `Publisher: "三立新聞網 setn.com"`,
    // `"author":"三立新聞網 Setn.com"`), no full stop.
    ["三立新聞網 Setn.com", "三立新聞網"],
  ])("reads `%s` as %s", (signOff, outlet) => {
    const prose = "台股今（8日）指数一度暴跌801点，终场收在41,603.94点，尤以台新新光金（2887）卖压最为沈重。";
    expect(fields(articles(yahooRecord(prose + signOff), "news_data.json")[0])).toEqual({
      title: "记忆体狂飙！投信本周大买「这2档」",
      source: outlet,
      publishedAt: "2026-05-09T19:10:00+08:00",
      text: prose,
    });
  });

  it("leaves a pointer to a site's address alone: no outlet signs off with a call to visit", () => {
    const text = "台股今（8日）指数一度暴跌801点，终场收在41,603.94点。详情请见官网 www.example.com";
    const story = articles(yahooRecord(text), "news_data.json")[0];
    expect(story?.source).toBeNull();
    expect(story?.text).toBe(text);
  });

  it("is read whatever the prose before it, and only the sign-off leaves", () => {
    const sentence = fc
      .array(fc.constantFrom(..."台股指数今日收盘上涨金融电子类股走强投资人"), {
        minLength: 4,
        maxLength: 40,
      })
      .map((chars) => `${chars.join("")}。`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const prose = sentences.join("");
        const story = articles(yahooRecord(`${prose}三立新闻网 setn.com。`), "news_data.json")[0];
        expect(story?.source?.name).toBe("三立新闻网");
        expect(story?.text).toBe(prose);
      }),
      { numRuns: 100 },
    );
  });
});

describe("a record's outlet under `site`", () => {
  it("is the source when it is a name (976638517/GitTestProject, A.java's translation record, fresh-75)", () => {
    const name = "java-doc-response/gittestproject__A-translation.java";
    const story = articles(readFileSync(dataset("fresh-75", name), "utf8"), "A.java")[0];
    expect(story?.source?.name).toBe("路透");
  });

  it("is the source in 新浪's roll API's items (`site: \"新浪网\"` beside `path`), and a slug there is none", () => {
    const record = (site: string) =>
      JSON.stringify({
        data: [
          {
            id: 9791513,
            time: "2026-02-04 16:58:43",
            site,
            path: "新浪夜间24小时滚动",
            title: "广东拓展无人驾驶公共交通运营区域",
            content: "广东：拓展无人驾驶公共交通运营区域，扩大智能网联汽车道路测试与示范应用范围。",
          },
        ],
      });
    expect(articles(record("新浪网"), "roll.json")[0]?.source?.name).toBe("新浪网");
    expect(articles(record("sina"), "roll.json")[0]?.source).toBeNull();
  });
});

describe("Reuters' standards footer", () => {
  it.each([
    // The English line under every story (the index's spiders strip it: `Our Standards: The Thomson Reuters Trust
    // Principles.`), a page's link label after it, and the Chinese rendering a translation gives (fresh-75).
    ["Our Standards: The Thomson Reuters Trust Principles."],
    ["Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
    ["我们的标准：汤森路透信托原则。"],
  ])("`%s` is no text", (footer) => {
    const body =
      "恒生指数收盘上涨253.86点，或0.96%，报26568.49点。阿里巴巴周日宣布了一项100亿美元的大规模回购计划。";
    const story = articles(`香港股市收盘走强\n\n${body}\n\n${footer}`, "story.txt")[0];
    expect(story?.text).toBe(body);
  });
});

describe("a WeChat post's head run together on a plain-text export's first line", () => {
  it("gives the title, the day and the account (youbingchenyoubing/news_spider, preprocess/2.txt, fresh-78)", () => {
    const name = "plain-text-story/spider-preprocess__2.txt";
    const story = articles(readFileSync(dataset("fresh-78", name), "utf8"), "2.txt")[0];
    expect(fields(story).title).toBe("张小龙首次全面阐述小程序，定档1月9日上线（内附演讲全文）");
    expect(fields(story).source).toBe("微信公开课");
    expect(fields(story).publishedAt).toBe("2016-12-28T00:00:00+08:00");
    expect(story?.text.startsWith("各位朋友，大家早上好！我是张小龙。")).toBe(true);
  });

  it.each([
    // WeChat's page head as its spans give it (`rich_media_title`, `post-date`, `post-user`), from pages in the index.
    [
      "豪车车主打砸农村小伙车上物品2017-10-09 热门劲爆视频",
      "豪车车主打砸农村小伙车上物品",
      "2017-10-09",
      "热门劲爆视频",
    ],
    ["备孕，别忘了补充叶酸2016-07-01 衢州妇保", "备孕，别忘了补充叶酸", "2016-07-01", "衢州妇保"],
  ])("reads `%s`", (line, title, day, account) => {
    const story = articles(`${line}\n\n第一段正文，讲述事情的经过。\n\n第二段正文。`, "post.txt")[0];
    expect(fields(story)).toEqual({
      title,
      source: account,
      publishedAt: `${day}T00:00:00+08:00`,
      text: "第一段正文，讲述事情的经过。\n\n第二段正文。",
    });
  });

  it("splits any headline, day and account so run together", () => {
    const headline = fc
      .array(fc.constantFrom(..."张小龙首次全面阐述程序定档上线内附演讲全文，（）！"), {
        minLength: 6,
        maxLength: 30,
      })
      .map((chars) => `张${chars.join("")}`);
    // Accounts' names as WeChat pages in the index give them (`post-user`); how a name is read as an outlet is not this rule's.
    const account = fc.constantFrom(
      "微信公开课",
      "热门劲爆视频",
      "衢州妇保",
      "呆呆日记",
      "Bomoda摩登系",
      "中筝琴行",
    );
    const day = fc
      .record({
        year: fc.integer({ min: 2012, max: 2025 }),
        month: fc.integer({ min: 1, max: 12 }),
        date: fc.integer({ min: 1, max: 28 }),
      })
      .map(
        ({ year, month, date }) =>
          `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`,
      );
    const body = "\n\n第一段正文，讲述事情的经过。\n\n第二段正文。";
    fc.assert(
      fc.property(headline, day, account, (title, posted, name) => {
        const story = articles(`${title}${posted} ${name}${body}`, "post.txt")[0];
        expect(fields(story)).toEqual({
          title,
          source: name,
          publishedAt: `${posted}T00:00:00+08:00`,
          text: "第一段正文，讲述事情的经过。\n\n第二段正文。",
        });
      }),
      { numRuns: 100 },
    );
  });

  it("leaves a headline with a date inside its words whole (`将于 2017-10-09 复牌`: a space before the day)", () => {
    const story = articles(
      "公司公告称将于 2017-10-09 复牌\n\n第一段正文，讲述事情的经过。\n\n第二段正文。",
      "post.txt",
    )[0];
    expect(story?.title).toBe("公司公告称将于 2017-10-09 复牌");
    expect(story?.source).toBeNull();
  });
});
