import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

// What a portal's page left under a story that a text corpus copied: excerpts of eat-or-eat/tf-idf-calc
// data/财经.txt (datasets/fresh-43, provenance in its SOURCES.tsv), shortened where marked.

describe("a portal's comment bar under the story", () => {
  it("its prompts on one line (`欢迎发表评论  我要评论`) are not text", () => {
    // The file's third story (shortened).
    const article = parse(
      "美国最近一周原油库存增加220万桶\n　　API称，上周，位于NYMEX原油交割地--俄克拉荷马州库欣的原油库存减少21.9万桶。\n　　炼厂产能利用率下滑0.2%至85.4%。\n欢迎发表评论  我要评论\n",
    );
    expect(article.text).toBe(
      "API称，上周，位于NYMEX原油交割地--俄克拉荷马州库欣的原油库存减少21.9万桶。\n\n炼厂产能利用率下滑0.2%至85.4%。",
    );
  });

  it("a counter the template left unfilled (`已有_COUNT_条评论`) and its prompt are not text", () => {
    // The file's second story (shortened).
    const article = parse(
      "银行系基金新军崭露头角\n　　刚刚过去的2009年，基金市场为基民贡献了一份不错的成绩单。\n   已有_COUNT_条评论  我要评论\n",
    );
    expect(article.text).toBe("刚刚过去的2009年，基金市场为基民贡献了一份不错的成绩单。");
  });

  it("a sentence about comments stays", () => {
    const article = parse("标题在这里\n　　网友发表评论 我要评论的人很多。\n　　第二段正文。\n");
    expect(article.text).toContain("网友发表评论 我要评论的人很多。");
  });
});

describe("a related-stories block closing the story", () => {
  it("its heading and the headlines under it, links gone, are not text", () => {
    // The file's fourth story (shortened: four of its eight related headlines).
    const article = parse(
      [
        "商务部结束消费券发放调研 报告几易其稿",
        "　　为掌握更详细的情况，2月初商务部副部长蒋耀平曾率调研组赴深圳调研。相关人士透露，此次调研除了了解金融危机对实体经济的影响外，调研组还向深圳市有关部门作了针对该市发放消费券的可行性调研。",
        "    相关报道：",
        "    深圳社区居家养老补助金改发消费券",
        "    王自力：与其分发消费券 不如减税一万亿",
        "    广东：凭旅游消费券享受折扣旅游",
        "    长三角多城市派发超2亿元旅游消费券",
        "",
      ].join("\n"),
    );
    expect(article.text).toBe(
      "为掌握更详细的情况，2月初商务部副部长蒋耀平曾率调研组赴深圳调研。相关人士透露，此次调研除了了解金融危机对实体经济的影响外，调研组还向深圳市有关部门作了针对该市发放消费券的可行性调研。",
    );
  });

  it("a heading over sentences keeps them", () => {
    const article = parse(
      "标题在这里\n　　第一段正文，说明了事情的经过。\n相关报道：\n　　另一家媒体此前报道了同一件事。\n　　它的结论与本文相同。\n",
    );
    expect(article.text).toContain("另一家媒体此前报道了同一件事。");
  });
});

describe("a line closed by a link's call (点此查看详情) is not wrapped into the next", () => {
  // 华尔街见闻's live blog as a classifier's corpus saved it (datasets/fresh-70/classifier-corpus-text, yoocky/
  // qihuohub-classifier train_corpus/C2-Financial/338012.txt): a sale promo closed by its link's label, then the blog's
  // lead-in on the next line. The promo is dropped as the site's sale line it is; the lead-in stays.
  const text = [
    "华尔街见闻主办的“2018全球最佳投资机会”峰会今明两天在上海召开。",
    "",
    "华尔街见闻付费文章正在进行“双12”大促，你有机会用历史最低价买入2018整年的投资方向指南哦，点此查看详情",
    "以下是峰会首日的文字直播：",
    "17:45 李奇霖：明年是财政货币金融地产全部都很紧的一年，明年会出现资产荒和负债荒并存的局面。",
  ].join("\n");
  it("keeps the two lines apart", () => {
    const article = parse(text, { filename: "338012.txt" });
    expect(article.text).not.toContain("双12");
    expect(article.text).toContain("以下是峰会首日的文字直播：");
  });
  it("still joins a hard-wrapped line that only mentions a call mid-line", () => {
    const wrapped = [
      "标题行",
      "",
      "投资者可以点此查看详情页面了解本次发行的全部条款和风险提示，公司表示将于下周",
      "公布最终的发行价格。",
    ].join("\n");
    expect(parse(wrapped, { filename: "a.txt" }).text).toContain("公司表示将于下周公布最终的发行价格。");
  });
});
