// Fixture: bigcaibao/banned-news pages/chinaNews/idCNKCS1LO016.md at 1d40d580, whole (a mirror's
// Markdown: `### title`, a dashed rule, the 路透中文网 story's HTML, 原文链接 and the mirror's footer).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { PACKS, parse } from "../../index.js";
import { reuters } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.md", import.meta.url);

describe("reuters pack", () => {
  const { withPack, withoutPack } = parseFixture(reuters(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("removes the trust badge under the story", () => {
    expect(withPack.text).not.toContain("我们的标准");
    expect(withPack.text).not.toContain("汤森路透“信任原则”");
    // Without the pack the badge goes too since session 55 (fix93): its heading, a short line ending in a colon, is
    // read as introducing the links after the story's end, and goes with them — the pack still names it for pages
    // whose badge follows no end.
    expect(withoutPack.text).toBe(withPack.text);
    expect(
      withPack.text.endsWith("美国贸易代表办公室在截至周四晚的公众意见征询期内收到近6,000份意见。"),
    ).toBe(true);
  });

  it("leaves the credits to the grammar: dateline, staff line, original link", () => {
    expect(withPack.source).toEqual({ name: "路透" });
    expect(withPack.editor).toBe("母红");
    expect(withPack.author).toBe("李军");
    expect(withPack.originalUrl).toBe(
      "https://cn.reuters.com/article/us-trump-chinese-goods-tariff-0908-idCNKCS1LO016?feedType=RSS&feedName=chinaNews",
    );
    expect(withPack.text).toContain("REUTERS/Kevin Lamarque");
  });

  it("removes the 2021 markup's byline box (路透新闻部, N 分钟阅读), whose class names end in a build's hash", () => {
    // baooab/daily-news reuters.json at 0c5f4d74 (datasets/fresh-59): an RSSHub item's content, cut to its byline
    // box, first paragraph and staff line, as a page saved from the item's cn.reuters.com link holds it.
    const content =
      '<div class="ArticleBody-byline-container-3H6dy"><p class="Byline-byline-1sVmo ArticleBody-byline-10B7D"><span class="TextLabel__text-label___3oCVw Byline-author-2BSir" target="_blank">路透新闻部</span></p><div class="ArticleBody-read-time-and-social-2VOIr"><p class="TextLabel__text-label___3oCVw ReadTime-read-time-1s3CG ArticleBody-read-time-29pGN">2 分钟阅读</p></div></div><p class="Paragraph-paragraph-2Bgue ArticleBody-para-TD_9x">路透4月29日 - 要说有什么能够让美国联邦储备委员会(美联储/FED)主席鲍威尔开始考虑削减央行对美国经济的支撑，那就只有一样东西：就业、就业、更多的就业。(完)</p><div><div class="Attribution-attribution-Y5JpY"><p>编译 郑茵/蔡美珍/李婷仪；审校 戴素萍/张若琪/刘秀红/王兴亚</p></div></div>';
    const page = `<html><head><title>焦点：鲍威尔接下来考虑退出时重点看什么？</title><link rel="canonical" href="https://cn.reuters.com/article/us-fed-powell-qe-job-0429-idCNKBS2CG187"></head><body><article>${content}</article></body></html>`;
    const article = parse(page, { filename: "powell-qe.html" });
    expect(article.text).not.toContain("路透新闻部");
    expect(article.text).not.toContain("分钟阅读");
    expect(article.text.startsWith("路透4月29日 - 要说有什么能够让美国联邦储备委员会")).toBe(true);
  });

  it("matches a feed item by its cn.reuters.com link, its body naming no cn.reuters.com (match.anyOf)", () => {
    // fixture.feed.json: baooab/daily-news reuters.json at 0c5f4d74 (datasets/fresh-59/rss-parser-json/
    // daily-news__reuters-powell-qe.json), the JSON rss-parser wrote of RSSHub's 路透中文网 channel: its item, the
    // content cut to the byline box, first and last paragraphs, staff line and trust badge; the feed's head.
    const feed = readFileSync(new URL("./fixture.feed.json", import.meta.url), "utf8");
    const first =
      "路透4月29日 - 要说有什么能够让美国联邦储备委员会(美联储/FED)主席鲍威尔开始考虑削减央行对美国经济的支撑，那就只有一样东西：就业、就业、更多的就业。";
    const last = "不过，鲍威尔的“一连串”理论或许已经泄露了一些提示。";
    const article = parse(feed);
    expect(article.text).toBe(`${first}\n\n${last}`);
    expect([article.source, article.author, article.editor, article.originalUrl]).toEqual([
      { name: "路透" },
      "郑茵、蔡美珍、李婷仪",
      "戴素萍、张若琪、刘秀红、王兴亚",
      "https://cn.reuters.com/article/us-fed-powell-qe-job-0429-idCNKBS2CG187",
    ]);
    // Without the pack the byline box stays at the head of the text.
    const others = { ...PACKS, content: PACKS.content.filter((pack) => pack.name !== "reuters") };
    expect(parse(feed, { packs: others }).text).toBe(`路透新闻部\n\n2 分钟阅读\n\n${first}\n\n${last}`);
  });
});
