// The classes fresh-86's misses showed (issue 12, session 52), each read from real excerpts: a Markdown repost's
// one paragraph above a rule with only its credit below (devswork-glzx/aliver, `_posts/2022-04-27-news-2022-robot-
// contest.md`), a `阅读全文` button to the original, an account's kind after its quoted name, a paid outlet's
// subscription appeals and a columnist's author box below the last rule (hkarchivist/hkcnews-article-archive,
// `articles/…/article_11001.md`, `article_11480.md`, `article_11900.md`; the index's files 26440289489 and
// 26140646671 close the same way), a newsletter's appeal (the index's file 61639345835), Hong Kong outlets' hosts, and
// a whole element alone on a line over Markdown (zephrxx/news, `_posts/2025-03-03-hacker-news.md`, `2025-06-06-…`).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outletOfUrl } from "../src/credits/domains.js";
import { creditRegions } from "../src/credits/regions.js";
import { parse } from "../src/index.js";

const post = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;

const ROBOT_LEAD =
  "2022 年 4 月 17 日，2021 年世界机器人大赛总决赛因疫情原因在线上隆重举行,虽然没有到现场比赛，但并未降低比赛的激烈程度和选手的热情，来自全国各地的选手在线上进行角逐。经过激烈的角逐，来自桂林中学的刘馨泽和谢海晖同学表现出色，在“TAI 智能车挑战赛”项目中荣获一等奖，赵雨凡和蓝启河同学获得二等奖。";
const BUTTON =
  '<div style="text-align: center">\n  <p><a rel="nofollow noopener noreferrer" target="_blank" href="https://mp.weixin.qq.com/s/XXapHFTUQc_6v1i5-8g50w" class="button">阅读全文</a></p>\n</div>';
const ROBOT = post(
  'title: "桂林中学斩获世界机器人总决赛智能机挑战赛一等奖"\nauthor: glzx\n\ntags:\n- news',
  `${ROBOT_LEAD}\n\n${BUTTON}\n\n---\n\n**内容来源：** “桂林中学”微信公众号`,
);

describe("a repost's lead above a rule with only its credit below", () => {
  it("keeps the lead, reads the credit's account and the button's original", () => {
    const article = parse(ROBOT, { filename: "2022-04-27-news-2022-robot-contest.md" });
    expect(article.text).toBe(ROBOT_LEAD);
    expect(article.source?.name).toBe("桂林中学");
    expect(article.originalUrl).toBe("https://mp.weixin.qq.com/s/XXapHFTUQc_6v1i5-8g50w");
    expect(article.publishedAt).toBe("2022-04-27T00:00:00+08:00");
  });

  it("takes no head region when the lines below the rule are all credits", () => {
    const regions = creditRegions(`${ROBOT_LEAD}\n\n---\n\n**内容来源：** “桂林中学”微信公众号`);
    expect(regions.head).toBeNull();
    expect(regions.foot).toBe("内容来源：“桂林中学”微信公众号");
  });

  it("still takes a head of credits over a story that follows the rule", () => {
    const regions = creditRegions(
      "出自 [中国新闻周刊](http://mp.weixin.qq.com/s/g)\n\n作者：毛翊君 周甜\n\n---\n\n正文第一段，说了一件事。\n\n正文第二段。",
    );
    expect(regions.head).toBe("出自中国新闻周刊作者：毛翊君周甜");
  });
});

describe("a paid outlet's subscription appeals and a columnist's box (眾新聞)", () => {
  const STORY = "中國與日本周一在東京舉行中日經濟高層對話，這是兩國七年半以來的首次經濟高層對話。";
  const FOOT =
    "---\n\n\n請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。\n\n月費訂戶 [網址：hkcnews.com/aboutus/#subscribe](/web/20210628173538/https://www.hkcnews.com/aboutus/#subscribe)";
  const FRONT =
    'title: "世界這一天　中日恢復經濟高層對話"\ndate: "2018-04-16"\nauthor: "眾新聞記者"\ncategory: "眾聞"\noriginal_url: "https://www.hkcnews.com/article/11480/x"';

  it("drops the appeal heading at the top and the appeal below the rule, and reads the outlet from the address", () => {
    const article = parse(
      post(
        FRONT,
        `# 世界這一天　中日恢復經濟高層對話\n\n#### [請支持《眾新聞》，成為訂戶](https://web.archive.org/web/20210628173538/https://www.hkcnews.com/aboutus/#subscribe)\n\n${STORY}\n\n\n${FOOT}`,
      ),
    );
    expect(article.text).toBe(STORY);
    expect(article.source?.name).toBe("眾新聞");
    expect(article.title).toBe("世界這一天 中日恢復經濟高層對話");
  });

  it("drops the author box (avatar, `主筆 | name`, bio) below the last rule", () => {
    const box =
      "---\n\n![主筆 | 楊健興](https://web.archive.org/web/20210703044613im_/https://www.hkcnews.com/uploads/avatars/1.png)\n\n**主筆 | 楊健興**\n\n資深新聞工作者、浸會傳理人。自80年代起專責報道和分析香港政治與政策，曾任職《南華早報》、《信報》，英文評論網站 Voice of Hong Kong (www.vohk.hk) 創辦人； 對新聞工作仍著迷，能走多遠走多遠。";
    const article = parse(post(FRONT.replace("眾新聞記者", "楊健興"), `${STORY}\n\n\n${FOOT}\n\n${box}`));
    expect(article.text).toBe(STORY);
    expect(article.author).toBe("楊健興");
    const blog =
      "---\n\n![博客 | 劉進圖](https://web.archive.org/web/20210712014520im_/https://www.hkcnews.com/uploads/avatars/4.png)\n\n**博客 | 劉進圖**\n\n【劉進圖・劉進圖感言】劉進圖生於香港，七零年代入讀善導小學和九龍華仁中學，學會追求良善、自由和責任。";
    expect(creditRegions(`${STORY}\n\n${blog}`).foot).toBe(
      "博客|劉進圖【劉進圖・劉進圖感言】劉進圖生於香港，七零年代入讀善導小學和九龍華仁中學，學會追求良善、自由和責任。",
    );
  });

  it("keeps a story's sentence that names a blog or a subscriber", () => {
    const kept = "他在博客中寫道，訂戶數目去年增加了一成。";
    expect(parse(post('title: "x"', `${STORY}\n\n${kept}`)).text).toBe(`${STORY}\n\n${kept}`);
    expect(creditRegions(`${STORY}\n\n---\n\n我的博客 | 很少更新\n\n${kept}`).foot).toBeNull();
  });

  it("drops a newsletter's appeal in a quote (index file 61639345835)", () => {
    const body =
      "接下來的對話，是我在幾乎每個專案中都經歷過的某種版本。\n\n> 感謝閱讀！免費訂閱以接收新文章並支持我們的工作。";
    expect(parse(post('title: "x"', body)).text).toBe(
      "接下來的對話，是我在幾乎每個專案中都經歷過的某種版本。",
    );
  });

  it("names Hong Kong outlets by their hosts", () => {
    expect(outletOfUrl("https://www.hkcnews.com/article/11480/x")).toBe("眾新聞");
    expect(outletOfUrl("https://www.thestandnews.com/politics/x")).toBe("立場新聞");
    expect(outletOfUrl("https://www.inmediahk.net/node/1")).toBe("香港獨立媒體");
  });
});

describe("a page's prompts left alone by their links (saved pages: luin/readability's test/fixtures/ifeng.html, test/test.html)", () => {
  it("drops `查看原文 >` under an app page's story and `查看最新行情` under a stock chart", () => {
    const html = (inner: string) =>
      `<html><head><title>t</title></head><body><article><h1>标题</h1>${inner}</article></body></html>`;
    const story =
      "<p>所谓鸡肋婚姻，它是迷恋婚姻又排拒婚姻的一种复杂婚姻情感心理状态，它让人进退两难，无所适从。</p>";
    const app = parse(
      html(`${story}<div class="n-ckyw"><a href="javascript:;" class="text">查看原文 &gt;</a></div>`),
    );
    expect(app.text).not.toContain("查看原文");
    const chart = parse(
      html(
        `<div class="to_page"><a href="http://stock.finance.sina.com.cn/usstock/quotes/GOOG.html">查看最新行情</a></div>${story}`,
      ),
    );
    expect(chart.text).not.toContain("行情");
  });

  it("keeps a sentence that asks to read the original or names the market", () => {
    const kept = "<p>投资者可以查看最新行情后再作决定，也可以阅读原文了解更多细节和背景。</p>";
    expect(parse(`<html><body><article>${kept}</article></body></html>`).text).toBe(
      "投资者可以查看最新行情后再作决定，也可以阅读原文了解更多细节和背景。",
    );
  });
});

describe("the regions on arbitrary bodies", () => {
  it("never throws and keeps a head only when a story follows its rule", () => {
    const line = fc.oneof(
      fc.constantFrom(
        "---",
        "",
        "**内容来源：** “某校”微信公众号",
        "**主筆 | 某人**",
        "来自全国的选手参加了比赛。",
        "正文。",
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const regions = creditRegions(lines.join("\n"));
        expect(regions.head === null || typeof regions.head === "string").toBe(true);
        expect(regions.foot === null || typeof regions.foot === "string").toBe(true);
      }),
    );
  });
});
