// Whole saved pages: the story's container and the facts around it, found without a rule per site.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyNode } from "domhandler";
import { textContent as domutilsText } from "domutils";
import { describe, expect, it } from "vitest";
import { dayInFoldersOfUrl, PAGE_DAY_FOLDERS } from "../src/enrich/date-evidence.js";
import { agreed, cleanTitle, readLinkedData, readPage } from "../src/extract/page.js";
import type { Element } from "../src/html/dom.js";
import { parseDocument } from "../src/html/parser.js";
import { parse } from "../src/parse.js";
import { select } from "../src/stages/select.js";

/** domutils' text of an element: it reads core's nodes as domhandler's, whose shape they have. */
const textContent = (element: Element) => domutilsText(element as unknown as AnyNode);

const dev = (path: string) =>
  readFileSync(join(import.meta.dirname, "../../../datasets/dev/tune", path), "utf8");
const fresh6 = (path: string) =>
  readFileSync(join(import.meta.dirname, "../../../datasets/fresh-6/html-page", path), "utf8");

const PAGE = `<html><head><title>央行开展逆回购操作_财经频道_某某网</title>
<meta property="og:site_name" content="某某网"><meta property="article:published_time" content="2024-08-09T09:20:00+08:00">
</head><body>
<div class="nav"><a href="/">首页</a><a href="/finance">财经</a><a href="/stock">股票</a><a href="/fund">基金</a></div>
<div class="main"><h1>央行开展逆回购操作</h1><div class="info">2024-08-09 09:20 来源：某某网</div>
<div class="article-content">
<p>央行今日以固定利率、数量招标方式开展了200亿元7天期逆回购操作，操作利率1.70%，与此前持平。</p>
<p>分析人士认为，近期资金面整体平稳，央行操作以对冲到期为主，市场利率围绕政策利率波动。</p>
<p>展望后市，机构普遍预计，下半年货币政策仍将保持稳健，流动性合理充裕。</p>
</div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a href="/a">央行：保持流动性合理充裕，引导市场利率下行</a></li>
<li><a href="/b">多家银行下调存款利率，幅度在10到20个基点之间</a></li></ul></div></div>
<div class="footer">版权所有，未经许可不得转载。联系我们，广告服务，网站地图。</div>
</body></html>`;

describe("readPage", () => {
  it("finds the story, the headline, the line under it and the head's facts", () => {
    const parts = readPage(parseDocument(PAGE))!;
    expect(parts.content.attribs.class).toBe("article-content");
    expect(parts.title).toBe("央行开展逆回购操作");
    expect(parts.infoLines).toEqual(["2024-08-09 09:20 来源：某某网"]);
    expect(parts.meta).toMatchObject({ publishedAt: "2024-08-09T09:20:00+08:00", siteName: "某某网" });
  });

  it("names no site after a template's own name for it", () => {
    // The `<title>` of a PbootCMS template left unnamed (`新闻_我的网站`, `案例_我的网站`: index ids 44611593655 and
    // 37119039337), around a story.
    const page = (title: string) =>
      readPage(
        parseDocument(
          `<html><head><meta charset="utf-8"><title>${title}</title><meta name="keywords" content="" /></head><body><div class="article"><h1>复星财富管理：2025年家庭资产配置的三个要点</h1><p class="info">发布时间：2025-03-12 10:20</p><p>近日，多家财富管理机构发布年度资产配置展望，认为家庭资产应在稳健与成长之间取得平衡，在利率下行的背景下适度提高权益类资产的比例。</p><p>分析人士指出，投资者应当根据自身风险承受能力，合理配置现金、固收与权益类产品，并关注长期收益而非短期波动。</p></div></body></html>`,
        ),
      )!;
    expect(page("复星财富管理：2025年家庭资产配置的三个要点_我的网站").meta.siteName).toBeNull();
    expect(page("复星财富管理：2025年家庭资产配置的三个要点_第一财经").meta.siteName).toBe("第一财经");
  });

  it("is null for a fragment: a feed item's HTML or a rendered Markdown body", () => {
    expect(readPage(parseDocument("<div><p>央行今日开展逆回购操作，操作利率1.70%。</p></div>"))).toBeNull();
    expect(readPage(parseDocument("<h1>标题</h1><p>正文，第一段。</p>"))).toBeNull();
  });

  it.each([
    [
      "html-page/gne__stcn_1.html",
      "txt_con",
      "午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目",
      "2019-09-26 12:11来源：证券时报网 作者：李在山",
    ],
    [
      "html-page/gne__people_1.html",
      "box_con",
      "女儿出嫁，郑板桥画了几笔兰花当嫁妆",
      "2019年06月15日08:18 来源：人民网-文化频道",
    ],
  ])("reads the saved page %s", (file, contentClass, title, infoLine) => {
    const parts = readPage(parseDocument(dev(file)))!;
    expect(parts.content.attribs.class).toBe(contentClass);
    expect(parts.title).toBe(title);
    expect(parts.infoLines[0]).toBe(infoLine);
    expect(textContent(parts.content)).not.toContain("为你推荐");
  });
});

describe("readPage on sites whose markup no rule names (datasets/fresh-6)", () => {
  it("takes the block the <title> holds as the headline, over a logo's <h1> and a site name without a separator", () => {
    expect(readPage(parseDocument(fresh6("gne__mingridapan_1.html")))!.title).toBe(
      "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%",
    );
    const zsnews = readPage(parseDocument(fresh6("gne__zsnews_1.html")))!;
    expect(zsnews.title).toBe("顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作");
    expect(zsnews.infoLines).toEqual(["来源于：东区办事处"]);
    expect(zsnews.trailerLines).toContain("发布日期：2019-03-06 责任编辑：龙慧");
  });

  it("takes the block above the info line when the <title> names only the column", () => {
    const parts = readPage(parseDocument(fresh6("gne__gsc_1.html")))!;
    expect(parts.title).toBe("2019年中国人文地理学术年会在重庆•西南大学成功举行！");
    expect(parts.infoLines).toEqual(["发布时间：2019-05-18 来源：中国地理学会"]);
  });

  it("reads the page's own site from the <title> after the headline, and the address it was saved from", () => {
    const parts = readPage(parseDocument(fresh6("gne__zyyfy_1.html")))!;
    expect(parts.meta.siteName).toBe("湖南省中医药研究院附属医院");
    expect(parts.meta.url).toBe("http://www.zyyfy.com/nets/zyyy/page/pc/index/article/article_15070_1.shtml");
    expect(parts.infoLines).toEqual([
      "来源：本站原创 作者：医技药剂党支部",
      "时间：2019年10月31日 23:00 浏览：33",
    ]);
  });

  it("takes the head's author as the site's name only when it reads as an outlet's, never a person's", () => {
    // The State Council bulletin's page: `<meta name='author' content="马娟">` (its editor), the site elsewhere.
    const page = fresh6("gne__other_1.html");
    expect(readPage(parseDocument(page))!.meta.siteName).toBe("中国政府网");
    expect(parse(page).source?.name).toBe("中国政府网");
    const bare = PAGE.replace("_财经频道_某某网", "").replace(
      '<meta property="og:site_name" content="某某网">',
      '<meta name="author" content="NAME">',
    );
    expect(readPage(parseDocument(bare.replace("NAME", "马娟")))?.meta.siteName ?? null).toBeNull();
    expect(readPage(parseDocument(bare.replace("NAME", "中国政府网")))?.meta.siteName ?? null).toBe(
      "中国政府网",
    );
  });

  it("takes the head's update time when a stamp without a year names the same minute", () => {
    const parts = readPage(parseDocument(fresh6("gne__baijiahao_2.html")))!;
    expect(parts.infoLines).toEqual(["IT之家", "发布时间：09-30 22:46 青岛软媒网络科技有限公司"]);
    expect(parts.meta.publishedAt).toBe("2019-09-30T22:46:13+08:00");
    const stale = fresh6("gne__baijiahao_2.html").replace("2019-09-30 22:46:13", "2019-10-02 09:00:00");
    expect(readPage(parseDocument(stale))!.meta.publishedAt).toBeNull();
  });

  it("dates a page by the tag instant its info line shows, the earliest of those in the shown minute (datasets/fresh-65)", () => {
    // 新浪新闻's template writes `weibo: article:create_at` (the box's time) and a later `article:published_time`.
    const sina = (name: string) =>
      readFileSync(join(import.meta.dirname, "../../../datasets/fresh-65/sina-news-page", name), "utf8");
    const permit = sina("htmlgtmk-python-scripts__5-residence-permit-deregistration.html");
    expect(readPage(parseDocument(permit))!.meta.publishedAt).toBe("2018-09-28T16:58:37+08:00");
    // Both tags fall in the shown minute 17:28: the earlier one (17:28:18, not 17:28:22).
    const briefing = sina("htmlgtmk-python-scripts__13-mfa-briefing-papua-new-guinea.html");
    expect(readPage(parseDocument(briefing))!.meta.publishedAt).toBe("2018-09-28T17:28:18+08:00");
    // One tag alone is read as before, shown or not.
    const single = permit.replace(/<meta name="weibo: article:create_at"[^>]*>/u, "");
    expect(readPage(parseDocument(single))!.meta.publishedAt).toBe("2018-09-28T16:59:57+08:00");
  });

  it("narrows a container a class name lifted to the child holding every sentence, when it leaves out links", () => {
    const parts = readPage(parseDocument(fresh6("gne__readhub.html")))!;
    expect(textContent(parts.content)).toContain("三大运营商的上级主管部门已下发通知，禁止终端补贴");
    expect(textContent(parts.content)).not.toContain("媒体报道");
    expect(textContent(parts.content)).not.toContain("昨天");
  });

  it("leaves a <body> that itself comes after </html> as it is", () => {
    const html =
      "<html><head><title>央行开展逆回购操作_某某网</title></head></html><body><div class='text'>" +
      "<p>央行今日以固定利率、数量招标方式开展了200亿元7天期逆回购操作，操作利率1.70%。</p></div></body>";
    expect(readPage(parseDocument(html))!.content.attribs.class).toBe("text");
  });

  it("reads the nodes a template left after </html> as the body's", () => {
    const parts = readPage(parseDocument(fresh6("gne__other_1.html")))!;
    expect(parts.content.attribs.class).toBe("pages_content");
    expect(textContent(parts.content)).toContain("会议决定：批准发行15500亿元特别国债购买外汇");
  });

  it("reads the nodes a template left after an include's </body> as the body's", () => {
    // 每经网's 2013 article template closes `</body>` after its hidden sign-in box, before the story (the page in
    // src/packs/nbd/fixture.html, from jack-sun/MyNBD): without the adoption the page has no story in its body.
    const page = readFileSync(join(import.meta.dirname, "../src/packs/nbd/fixture.html"), "utf8");
    const parts = readPage(parseDocument(page))!;
    expect(parts.title).toBe("《每日经济新闻》严正声明 将起诉奇虎360公司");
    expect(parts.infoLines).toEqual(["http://www.nbd.com.cn 2013-03-07 06:35 来源: 每日经济新闻"]);
    expect(textContent(parts.content)).toContain("本报严正声明如下");
  });
});

const fresh36 = (path: string) =>
  readFileSync(join(import.meta.dirname, "../../../datasets/fresh-36/html-page", path), "utf8");

describe("readPage on whole pages with their chrome (datasets/fresh-36)", () => {
  it("implies the <body> a page leaves out, as HTML's parser does, from the first element no <head> holds", () => {
    const parts = readPage(parseDocument(fresh36("gerapy__china-news-1.html")))!;
    expect(parts.content.attribs.class).toBe("left_zw");
    expect(parts.title).toBe("【中国稳健前行】坚定实施扩大内需战略");
    expect(parts.infoLines).toContain("2020年07月04日 12:10 来源：求是网参与互动");
    const html =
      "<html><head><title>央行开展逆回购操作_某某网</title><meta charset='utf-8'><div class='text'>" +
      "<p>央行今日以固定利率、数量招标方式开展了200亿元7天期逆回购操作，操作利率1.70%。</p></div></html>";
    expect(readPage(parseDocument(html))!.content.attribs.class).toBe("text");
    expect(parse(html).text).toBe(
      "央行今日以固定利率、数量招标方式开展了200亿元7天期逆回购操作，操作利率1.70%。",
    );
  });

  it("is no page when the <head> holds only metadata and nothing follows it", () => {
    expect(
      readPage(parseDocument("<html><head><title>标题</title><meta charset='utf-8'></head></html>")),
    ).toBeNull();
  });

  it("gathers a story its CMS split into containers of one id around widgets, the widgets left out", () => {
    const parts = readPage(parseDocument(fresh36("rcy17-newsextraction__2.html")))!;
    const story = textContent(parts.content);
    expect(story).toContain("网易汽车10月12日报道");
    expect(story).toContain("3.还将推出插电式混合动力车型");
    expect(story).toContain("上市后将和迈腾展开王者之争，这下中级车市场好看了！");
    expect(story).not.toContain("询底价");
    expect(story).not.toContain("参考成交价");
    expect(parts.trailerLines).toContain("本文来源：网易汽车 作者：柳絮 责任编辑：刘航_NA4919");
  });

  it("names no writer where the head's author is the site its copyright names", () => {
    const parts = readPage(parseDocument(fresh36("rcy17-newsextraction__2.html")))!;
    expect(parts.meta).toMatchObject({ author: null, siteName: "网易" });
  });

  it("reads the inline line right above the story (a blog's category and day)", () => {
    const parts = readPage(parseDocument(fresh36("cx-extractor__alibaba-ceo.html")))!;
    expect(parts.infoLines).toEqual(["其它内容 十一月 6th, 2009"]);
  });

  it("parses the four pages' facts and text", () => {
    const blog = parse(fresh36("cx-extractor__alibaba-ceo.html"));
    expect(blog).toMatchObject({
      publishedAt: "2009-11-06T00:00:00+08:00",
      source: { name: "中国企业家" },
      author: "林涛",
    });
    expect(blog.text.endsWith("有些情绪会影响学习效果。”彭蕾说。")).toBe(true);
    const car = parse(fresh36("rcy17-newsextraction__2.html"));
    expect(car).toMatchObject({ source: { name: "网易汽车" }, author: "柳絮" });
    expect(car.text).not.toContain("版权声明");
    expect(car.text).not.toContain("点击查看车型完整配置");
    const theory = parse(fresh36("gerapy__china-news-1.html"));
    expect(theory).toMatchObject({
      publishedAt: "2020-07-04T12:10:24+08:00",
      source: { name: "求是网" },
      editor: "陈海峰",
    });
    expect(theory.text.startsWith("编者按：突如其来的新冠肺炎疫情")).toBe(true);
  });
});

const fresh38 = (path: string) =>
  readFileSync(join(import.meta.dirname, "../../../datasets/fresh-38/html-page", path), "utf8");

describe("readPage on portals' and health sites' pages (datasets/fresh-38)", () => {
  it("reads the times of Baidu's cambrian JSON-LD, never its title (the page's <title>) as the headline", () => {
    expect(readLinkedData(parseDocument(fresh38("magic-html__39-net-laba-porridge.html")))).toEqual({
      headline: null,
      datePublished: "2021-01-20 04:29:44",
      dateModified: "2023-12-27T17:36:02",
      authors: [],
      publisher: null,
      url: null,
      basedOn: null,
      source: null,
    });
    const page = (context: string) =>
      parseDocument(
        `<html><head><script type="application/ld+json">{"@context":"${context}","title":"标题_某某网","pubDate":"2024-04-23T12:27:25"}</script></head></html>`,
      );
    expect(readLinkedData(page("https://ziyuan.baidu.com/contexts/cambrian.jsonld"))?.datePublished).toBe(
      "2024-04-23T12:27:25",
    );
    // schema.org's context without an article's `@type` describes no article.
    expect(readLinkedData(page("https://schema.org"))).toBeNull();
  });

  it("names the site by the <title>'s part that reads as an outlet's, not the channel closing it", () => {
    // `<title>…_39健康网_资讯</title>`, `…_39健康网_饮食`: the site, then its channel.
    for (const file of ["magic-html__39-net-weight-loss.html", "magic-html__39-net-laba-porridge.html"])
      expect(readPage(parseDocument(fresh38(file)))!.meta.siteName).toBe("39健康网");
  });

  it("parses the site's own stories: the JSON-LD time, the site as source, the rights notice read and removed", () => {
    const diet = parse(fresh38("magic-html__39-net-weight-loss.html"));
    expect(diet).toMatchObject({ publishedAt: "2024-04-23T12:27:25+08:00", source: { name: "39健康网" } });
    expect(diet.text.endsWith("开启自己“热辣滚烫”的人生！")).toBe(true);
    const porridge = parse(fresh38("magic-html__39-net-laba-porridge.html"));
    expect(porridge).toMatchObject({
      publishedAt: "2021-01-20T04:29:44+08:00",
      source: { name: "39健康网" },
    });
    expect(porridge.text.endsWith("仔细品味各种食材本身的香味，更有乐趣。")).toBe(true);
    expect(porridge.text).not.toContain("专稿");
  });

  it("takes the seconds of the JSON-LD's instant for the minute the line under the headline shows", () => {
    // The meta line `2024-05-09 22:30`, the JSON-LD `"datePublished":"2024-05-09T14:30:07.000Z"`.
    expect(parse(fresh38("magic-html__toutiao-xinhua-trade.html")).publishedAt).toBe(
      "2024-05-09T22:30:07+08:00",
    );
  });
});

describe("cleanTitle", () => {
  it.each([
    [
      "中国人习以为常的地方 为何老外却说“了不得”？|公园_新浪新闻",
      null,
      "中国人习以为常的地方 为何老外却说“了不得”？",
    ],
    [
      "交通运输部：着力打造京津冀区域综合立体交通网络-股票频道-和讯网",
      null,
      "交通运输部：着力打造京津冀区域综合立体交通网络",
    ],
    ["女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网 ", "人民网", "女儿出嫁，郑板桥画了几笔兰花当嫁妆"],
    [
      "午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目_证券时报网",
      "证券时报网",
      "午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目",
    ],
    ["没有站名的标题", null, "没有站名的标题"],
    ["2025-2026年光伏装机预测_某某网", "某某网", "2025-2026年光伏装机预测"],
    // datasets/fresh-61's 中時理財 page: full-width bars part it.
    ["美罕見用要負責任批反服貿｜財經焦點｜理財新聞｜中時理財", null, "美罕見用要負責任批反服貿"],
  ])("%s", (title, site, expected) => expect(cleanTitle(title, site)).toBe(expected));
});

// test/fixtures/jsonld-fivethirtyeight.html: an excerpt of a saved FiveThirtyEight page from the team's
// search index (file id 8175210262, found with find_string `"@type":"NewsArticle","mainEntityOfPage"`;
// the index names no repository for it): the head's meta tags and its JSON-LD verbatim, the article's
// header and three of its paragraphs. No Chinese page with JSON-LD could be found in the stored
// repositories; the reading is the same whatever the page's language.
describe("the page's JSON-LD and meta tags as one family of signals", () => {
  const fixture = readFileSync(join(import.meta.dirname, "fixtures/jsonld-fivethirtyeight.html"), "utf8");

  it("reads the article of a page's JSON-LD: headline, dates, people as authors, publisher, address", () => {
    expect(readLinkedData(parseDocument(fixture))).toEqual({
      headline: "How Hatred Came To Dominate American Politics",
      datePublished: "2020-10-05T06:00:03-04:00",
      dateModified: "2020-10-05T20:09:34-04:00",
      authors: ["Lee Drutman"],
      publisher: "FiveThirtyEight",
      url: "https://fivethirtyeight.com/features/how-hatred-negative-partisanship-came-to-dominate-american-politics/",
      basedOn: null,
      source: null,
    });
  });

  it("takes the writer most signals name: not article:author's profile address, the name JSON-LD and <meta name=author> agree on", () => {
    const article = parse(fixture, { filename: "jsonld-fivethirtyeight.html" });
    expect(article.title).toBe("How Hatred Came To Dominate American Politics");
    expect(article.author).toBe("Lee Drutman");
    expect(article.publishedAt).toBe("2020-10-05T10:00:03+00:00");
    expect(article.originalUrl).toBe(
      "https://fivethirtyeight.com/features/how-hatred-negative-partisanship-came-to-dominate-american-politics/",
    );
  });

  it("finds the article in an @graph or an array, skips scripts that are not JSON, and names no organisation as a writer", () => {
    const page = (scripts: string) => parseDocument(`<html><head>${scripts}</head><body></body></html>`);
    const graph = page(
      '<script type="application/ld+json">{not json</script><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"某某网"},{"@type":["NewsArticle"],"headline":"央行开展逆回购操作","datePublished":"2024-08-09T09:20:00+08:00","author":[{"@type":"Person","name":"张三"},{"@type":"Organization","name":"某某网"}],"isBasedOn":"https://example.com/original"}]}</script>',
    );
    expect(readLinkedData(graph)).toMatchObject({
      headline: "央行开展逆回购操作",
      authors: ["张三"],
      basedOn: "https://example.com/original",
    });
    expect(
      readLinkedData(page('<script type="application/ld+json">[{"@type":"BreadcrumbList"}]</script>')),
    ).toBeNull();
  });

  it("agrees: the value most signals state, the first in order of trust among equals", () => {
    expect(agreed(["A", "B", "B"], (v) => v)).toBe("B");
    expect(agreed(["A", null, "B"], (v) => v)).toBe("A");
    expect(agreed([null, null], (v) => v)).toBeNull();
  });
});

const fresh42 = (path: string) =>
  readFileSync(join(import.meta.dirname, "../../../datasets/fresh-42/html-page", path), "utf8");

describe("readPage on government portals', trade media's and content farms' pages (datasets/fresh-42)", () => {
  it("takes the minute a second meta tag states for the day the first one states (TRS: publishdate, PubDate)", () => {
    // mee-gov-cn__weekly-news.html's head: `publishdate` 2022-04-17 after `PubDate` 2022-04-17 14:46:00.
    const page = parseDocument(
      `<html><head><title>生态环境部一周要闻（4.10-4.16）_中华人民共和国生态环境部</title><meta name="SiteName" content="中华人民共和国生态环境部" /><meta name="PubDate" content="2022-04-17 14:46:00" /><meta name="publishdate" content="2022-04-17"><meta name="author" content="王丽平"></head><body><div class="content"><p>生态环境部近日印发了《尾矿污染环境防治管理办法》，将于2022年7月1日起实施。生态环境部固体司有关负责人回答了记者提问，介绍了出台的背景。</p></div></body></html>`,
    );
    // The CMS's SiteName names the site, not the editor its `author` names.
    expect(readPage(page)!.meta).toMatchObject({
      publishedAt: "2022-04-17 14:46:00",
      siteName: "中华人民共和国生态环境部",
    });
    expect(parse(fresh42("mee-gov-cn__weekly-news.html")).publishedAt).toBe("2022-04-17T14:46:00+08:00");
  });

  it("reads a stamp line that goes on in labelled fields (`2023年02月27日 09:15 | 作者:… | 来源：新华社`)", () => {
    expect(parse(fresh42("rmzxb__pomegranate-unity.html"))).toMatchObject({
      publishedAt: "2023-02-27T09:15:00+08:00",
      source: { name: "新华社" },
      author: "董博婷、王秋韵、周晔",
      editor: "朱建华",
    });
  });

  it("names the site by a Latin brand and its Chinese name in the <title> (`-EDN 电子技术设计`), a Latin editor whole", () => {
    const article = parse(fresh42("ednchina__alibaba-hanguang-800.html"));
    expect(article).toMatchObject({
      title: "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU",
      source: { name: "EDN电子技术设计" },
      editor: "Demi Xia",
    });
  });

  it("credits a closing credit to another body over the site's own 信息来源 (`省发改委` shortens 浙江省发展和改革委员会)", () => {
    const article = parse(fresh42("zjdpc__deqing-investment.html"));
    expect(article).toMatchObject({
      source: { name: "德清县发改局" },
      publishedAt: "2016-11-22T09:53:00+08:00",
    });
    expect(article.text.endsWith("总体全县投资结构趋稳趋优。")).toBe(true);
  });

  it("drops a bracketed tag the story's 原标题 lacks from the headline, and reads the farm's copy of a portal's foot", () => {
    const article = parse(fresh42("njxfhn__jiangmen-phone-fraud.html"));
    expect(article).toMatchObject({
      title: "江门七旬阿婆接来电称其涉黑被骗上百万！冒充公检法电诈团伙被端",
      source: { name: "南方都市报" },
    });
    expect(article.text).not.toContain("返回富达");
    expect(article.text).not.toContain("香港警方");
    // A tag the 原标题 keeps stays.
    const tagged = parseDocument(
      `<html><head><title>【独家】央行开展逆回购操作</title></head><body><div class="content"><p>原标题：【独家】央行开展逆回购操作</p><p>央行今日以固定利率、数量招标方式开展了200亿元7天期逆回购操作，操作利率1.70%，与此前持平。</p></div></body></html>`,
    );
    expect(readPage(tagged)!.title).toBe("【独家】央行开展逆回购操作");
  });
});

const fresh46 = (path: string) =>
  readFileSync(join(import.meta.dirname, "../../../datasets/fresh-46/html-page", path), "utf8");

describe("readPage on news sites' pages with controls among the info fields (datasets/fresh-46)", () => {
  it("leaves a font-size control and a share button out of the info line (`字号：A- A A+`, `分享到：`)", () => {
    // 观察者网's time line (guancha__apple-labour-law.html): the control's span between the time and 来源.
    const guancha = parseDocument(
      `<html><head><title>苹果回应“违反中国劳动法”：大多数指控错误</title></head><body><h3>苹果回应“违反中国劳动法”：大多数指控错误</h3><div class="time fix">
	<span>2019-09-09 19:32:27</span>
	<span>字号：<a fsize="14px" class="current ft-s" href="javascript:void(0);">A-</a>
	           <a fsize="18px" class="ft-zc" href="javascript:void(0);">A</a>
               <a fsize="22px" class="ft-b" href="javascript:void(0);">A+</a></span>
	<span>来源：中新网</span>
</div><div class="content all-txt"><p>据中新网9月9日报道，针对外媒“苹果公司违反中国劳动法”的报道，苹果公司9日对记者表示，“我们调查了中国劳工观察的说法，大多数指控都是错误的。”</p></div></body></html>`,
    );
    expect(readPage(guancha)!.infoLines).toEqual(["2019-09-09 19:32:27 来源：中新网"]);
    // 1905电影网's info line (1905__gmrb-short-video-essay.html): the share button closes it.
    const film = parseDocument(
      `<html><head><title>短视频与大众文化生产_电影网_1905.com</title></head><body><h1 class="title">短视频与大众文化生产</h1><div class="pic-base clear">
<span>时间：2024.05.11</span>
<span class="pic-source">来源：光明日报</span> <span class="autor-name fr">作者：南帆</span>
<span class="share clear hidden-xs hidden-sm"><q class="fl">分享到：</q><div class="bshare-custom"><a title="分享到微信" class="bshare-weixin" href="javascript:;"></a></div></span>
</div><div class="pic-content"><p>短短几分钟甚至数十秒的视频，捕捉着日常色彩斑斓的瞬间，是市井烟火的一瞥，是人文风情的剪影。</p></div></body></html>`,
    );
    expect(readPage(film)!.infoLines).toEqual(["时间：2024.05.11 来源：光明日报 作者：南帆"]);
    expect(parse(fresh46("guancha__ic-imports.html"))).toMatchObject({
      publishedAt: "2019-09-07T15:10:53+08:00",
      source: { name: "EETOP" },
      editor: "刘响",
    });
    expect(parse(fresh46("1905__gmrb-short-video-essay.html"))).toMatchObject({
      publishedAt: "2024-05-11T00:00:00+08:00",
      source: { name: "光明日报" },
      author: "南帆",
    });
    expect(parse(fresh46("1905__blue-feather-beijing-filmmakers.html")).source).toEqual({
      name: "1905电影网",
    });
  });

  it("names no site by a page template's placeholder in <meta name=author> (`name, email@gmail.com`)", () => {
    const page = (author: string) =>
      parseDocument(
        `<html><head><meta name="author" content="${author}"><title>苹果回应“违反中国劳动法”：大多数指控错误</title></head><body><div class="content"><p>苹果公司9日对记者表示，“我们调查了中国劳工观察的说法，大多数指控都是错误的。”</p></div></body></html>`,
      );
    expect(readPage(page("name, email@gmail.com"))!.meta.siteName).toBeNull();
    expect(readPage(page("104363"))!.meta.siteName).toBeNull();
    expect(readPage(page("观察者网"))!.meta.siteName).toBe("观察者网");
  });

  it("takes a video player's box out of the story's container (its title, length, ad and error overlays), its paragraphs kept", () => {
    // 1905电影网's video box (1905__blue-feather-beijing-filmmakers.html), shortened: a thumbnail, the video's title and
    // 时长 / 来源, the player's overlays around the <video>, a reminder line; then the story's paragraph.
    const page = parseDocument(
      `<html><head><title>《蓝羽会客厅》之《北京影人》5月20日起播出_华语_电影网_1905.com</title></head><body><h1 class="title">《蓝羽会客厅》之《北京影人》5月20日起播出</h1><div class="pic-content"><div class="pic-video clear unfold"><div class="video-fold clear"><a href="http://www.1905.com/video/play/1676284.shtml" class="pic-url"><img src="https://image11.m1905.cn/uploadfile/2024/0520/thumb_1_118_74_20240520093013343867.jpg"></a><div class="pic-info"><span class="video-title">《蓝羽会客厅》之《北京影人》5月20日起电影频道22:00播出</span><span>时长：01:45</span> <span>来源：电影网</span></div></div><div class="video-unfold"><div class="video-player"><div class="mplayer"><div class="playerContainer"><video class="currentVideo" preload="auto"></video><div class="publicTime"><span class="cdTime"></span>秒<a class="publicVip" href="javascript:;"><span class="publicVipText">会员跳过广告</span></a></div></div><div class="hintInfo qualityTip"><div class="hintTip">正在为您切换到<font color="#0D9BFF">高清 480P</font>,请稍候...</div></div><div class="errorInfoWrap"><div class="errorInfoMsg">很抱歉，当前视频播放失败</div></div></div></div><div class="reminder"><span>时长：01:45</span><span>建议WIFI下打开</span></div></div></div><p style="text-indent: 2em;"><strong>1905电影网讯 </strong>以光影之名，探寻首都文化魅力。5月20日22点起，《中国电影报道》栏目将推出系列访谈节目《蓝羽会客厅》之《北京影人》。</p></div></body></html>`,
    );
    const content = readPage(page)!.content;
    expect(content.attribs.class).toBe("pic-content");
    expect(textContent(content).trim()).toBe(
      "1905电影网讯 以光影之名，探寻首都文化魅力。5月20日22点起，《中国电影报道》栏目将推出系列访谈节目《蓝羽会客厅》之《北京影人》。",
    );
    // A player beside a paragraph in one box: the box holds the story's words, only the player goes.
    const beside = parseDocument(
      `<html><head><title>央行开展逆回购操作</title></head><body><div class="content"><div class="media"><video src="/v.mp4"></video><p>央行今日以固定利率、数量招标方式开展了200亿元7天期逆回购操作，操作利率1.70%，与此前持平。</p></div></div></body></html>`,
    );
    const kept = readPage(beside)!.content;
    expect(textContent(kept)).toContain("央行今日以固定利率");
    expect(select("video", kept)).toEqual([]);
    expect(select("p", kept)).toHaveLength(1);
    expect(parse(fresh46("1905__blue-feather-beijing-filmmakers.html")).text).not.toMatch(
      /时长|会员跳过广告|循环播放|播放失败/u,
    );
  });

  it("takes a column's writer from its bracketed byline paragraph (`【文/观察者网专栏作者 王文】`)", () => {
    expect(parse(fresh46("guancha__wangwen-trade-war.html"))).toMatchObject({
      title: "王文：中美贸易“持久战”，中国人的斗志被激发",
      publishedAt: "2019-09-07T09:25:09+08:00",
      source: { name: "观察者网" },
      author: "王文",
    });
  });
});

describe("a saved page turned into a server template's view (datasets/fresh-52/jsp-saved-page)", () => {
  it("takes no unrendered slot above the info line for the headline, and reads the info line under it", () => {
    // iwjw__baike-2110.jsp: IWJWlike/ywwuyi iwjw/web/WEB-INF/jsp/baike_article.jsp at 07e3e9a242e4c442d007066e988e337d7649499b.
    const article = parse(
      readFileSync(
        join(import.meta.dirname, "../../../datasets/fresh-52/jsp-saved-page/iwjw__baike-2110.jsp"),
      ),
    );
    expect(article.title).toBe("热点城市房价持续降温：很多人等降价");
    expect(article.source).toEqual({ name: "经济参考报" });
  });
});

const fresh61 = (path: string) => readFileSync(join(import.meta.dirname, "../../../datasets/fresh-61", path));

describe("saved pages of Taiwan's outlets, 2013–2018 templates (datasets/fresh-61)", () => {
  it("reads the story inside a WebForms page's wrapping form, under the <h1> over a site-wide og:title", () => {
    // lulalala/taiwanese_news_parser spec/taiwanese_news_parser/parser/china_times_money_s1.html at
    // bdb12bfbdce410739a58e9f1a8b3d6542744211e: `<form id="aspnetForm">` (its __VIEWSTATE field) holds menus and story,
    // og:title is `中時理財 - 中時電子報` on every page.
    const article = parse(
      fresh61("parser-fixture-html/taiwanese-news-parser__chinatimes-money-trade-pact.html"),
    );
    expect(article.title).toBe("美罕見用要負責任批反服貿");
    expect(article.publishedAt).toBe("2014-04-05T01:28:00+08:00");
    expect(article.text).toContain("反服貿背後有綠影");
    expect(article.text.endsWith("先進國家對民主必須遵守體制常軌的標準是一樣的。")).toBe(true);
    expect(article.text).not.toMatch(/財經焦點最新五則新聞|理財新聞搜尋/u);
    // The info bar's fields: the paper (`<!--source begin-->中國時報`) and the writer's filed byline.
    expect([article.source?.name, article.author]).toEqual(["中國時報", "劉屏"]);
  });

  it("reads a filed byline in an info bar's lines, as written or after a relative time (each line's read once)", () => {
    // The china_times_money_s1.html info bar above (`2014-04-05 01:28`, `中國時報`, `劉屏／華盛頓4日電`), its fields set as
    // lines of their own; then the byline after FT中文网's `更新于2分钟前` (datasets/fresh-27), which the line's reading
    // takes off first: the bar's test reads the lines as written, the line's end reads what is left.
    const page = (bar: string) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>文章页</title></head><body>
<h1 class="story-headline">美罕見用要負責任批反服貿</h1><div class="story-byline">${bar}</div>
<div class="story-body"><p>反服貿背後有綠影，美國國務院罕見地以要負責任的措辭批評佔領立法院的學生，並要求各方以和平方式表達意見。</p>
<p>美方官員表示，先進國家對民主必須遵守體制常軌的標準是一樣的，台灣也不例外，這是華府一貫的立場。</p></div></body></html>`;
    const credits = (bar: string) => {
      const article = parse(page(bar));
      return [article.source?.name ?? null, article.author, article.publishedAt];
    };
    const stamp = "2014-04-05T01:28:00+08:00";
    expect(credits("<p>2014-04-05 01:28</p><p>中國時報</p><p>劉屏／華盛頓4日電</p>")).toEqual([
      "中國時報",
      "劉屏",
      stamp,
    ]);
    expect(credits("<p>更新于2分钟前 劉屏／華盛頓4日電</p>")).toEqual([null, "劉屏", null]);
    // The bar holds no filed byline as written, so its outlet's name alone is not read as the paper's.
    expect(credits("<p>2014-04-05 01:28</p><p>中國時報</p><p>更新于2分钟前 劉屏／華盛頓4日電</p>")).toEqual([
      null,
      "劉屏",
      stamp,
    ]);
  });

  it("names 自由時報 by its older site's address (自由電子報, libertytimes.com.tw)", () => {
    // lulalala/taiwanese_news_parser spec/taiwanese_news_parser/parser/liberty_times_big5_s1.html at
    // aab350a5cf25fb11d3ed2c723cca6079a25e12ab: a charset=big5 meta on UTF-8 bytes, which decide.
    const article = parse(
      fresh61("parser-fixture-html/taiwanese-news-parser__liberty-times-fruit-beer.html"),
    );
    expect([article.title, article.source?.name]).toEqual(["果汁？啤酒？難分 「飲誘」青少年", "自由時報"]);
  });

  it("dates a page that states no date by the day its own address names in its folders, a month by its name", () => {
    // The liberty_times_big5_s1.html page above: its canonical link `…/2013/new/jun/29/today-t2.htm` (the fixture's
    // spec fetches it from the same address), no date in its meta tags or info lines.
    const article = parse(
      fresh61("parser-fixture-html/taiwanese-news-parser__liberty-times-fruit-beer.html"),
    );
    expect(article.publishedAt).toBe("2013-06-29T00:00:00+08:00");
    expect(article.warnings.map((w) => w.code)).not.toContain("no-date");
    // The Guardian's form (search-index file 54197528553 lists `…/business/2022/sep/06/go-ahead-cyberattack-…`), numeric
    // day folders, and no day: a month's name that is none, a day past the month's end, a year's and a month's folders.
    expect(
      dayInFoldersOfUrl(
        "https://www.theguardian.com/business/2022/sep/06/go-ahead-cyberattack",
        PAGE_DAY_FOLDERS,
      ),
    ).toEqual({
      year: 2022,
      month: 9,
      day: 6,
    });
    expect(dayInFoldersOfUrl("https://news.cctv.com/2026/09/03/ARTI.shtml", PAGE_DAY_FOLDERS)).toEqual({
      year: 2026,
      month: 9,
      day: 3,
    });
    expect(
      dayInFoldersOfUrl("http://www.libertytimes.com.tw/2013/new/jux/29/today-t2.htm", PAGE_DAY_FOLDERS),
    ).toBeNull();
    expect(
      dayInFoldersOfUrl("http://www.libertytimes.com.tw/2013/new/feb/30/today-t2.htm", PAGE_DAY_FOLDERS),
    ).toBeNull();
    expect(dayInFoldersOfUrl("https://example.com/2023/09/x.html", PAGE_DAY_FOLDERS)).toBeNull();
    // Only the page's own address: a page with a date keeps it, and a link to its original is not read.
    const page = (head: string, body: string) =>
      parse(
        `<html><head><title>央行开展逆回购操作</title>${head}</head><body><h1>央行开展逆回购操作</h1><div class="content"><p>央行今日以固定利率、数量招标方式开展了逆回购操作，中标利率与上次持平，市场流动性保持合理充裕。</p>${body}</div></body></html>`,
      ).publishedAt;
    const canonical = '<link rel="canonical" href="https://www.theguardian.com/business/2022/sep/06/x">';
    expect(page(canonical, "")).toBe("2022-09-06T00:00:00+08:00");
    expect(
      page(`${canonical}<meta property="article:published_time" content="2022-09-07T10:00:00+08:00">`, ""),
    ).toBe("2022-09-07T10:00:00+08:00");
    expect(
      page("", '<p><a href="https://www.theguardian.com/business/2022/sep/06/x">原文</a></p>'),
    ).toBeNull();
  });

  it("keeps an ordinary form out of the text", () => {
    const page = parseDocument(
      `<html><head><title>央行开展逆回购操作_某某网</title></head><body><form><p>订阅我们的新闻简报，每天早上收到最新的财经新闻和分析文章。</p><input name="q"></form><div class="content"><p>央行今日以固定利率、数量招标方式开展了逆回购操作，中标利率与上次持平，市场流动性保持合理充裕。</p></div></body></html>`,
    );
    expect(textContent(readPage(page)!.content)).not.toContain("订阅");
  });

  it("drops a paywall's notice where an archived story's text was", () => {
    // virus-warnning/twnews twnews/samples/cna.html at 0abbd9dbbecfbdc946ff0c71e211425dc570e148 (cut).
    const article = parse(fresh61("html-page-excerpt/twnews-samples__cna-expired-story.html"));
    expect(article.text.endsWith("一名62歲女子逃生不及，命喪火窟。")).toBe(true);
    expect(article.text).not.toContain("付費會員");
  });
});
