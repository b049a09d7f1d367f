/**
 * Whole article pages of outlets the project was not built from (`datasets/fresh-27`), by class: a
 * template's body include saved on its own, a translated paper's byline, a relative time before it, a
 * stamp set over the headline, a translator's slash credit, a table's caption, a link styled as a button.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readByline, readCreditLine } from "../src/credits/grammar.js";
import { readLabelledFields } from "../src/credits/labelled-fields.js";
import { readStampLine } from "../src/enrich/date-evidence.js";
import { detectInput, parse } from "../src/index.js";
import { isClosingMarksOnly } from "../src/text/chars.js";

const SIDEBAR = `<div class="rightBox"><div class="title">行业热卖</div><ul>${Array.from(
  { length: 12 },
  (_, i) => `<li><a href="/deal/${i}">[报名] 春装新款上市第${i}期 火热招商中</a></li>`,
).join("")}</ul></div>`;

const INCLUDE = `<link href="./res/end.css" rel="stylesheet" type="text/css">
<div class="wrap"><div class="conBox"><div class="leftBox"><div class="border">
<div class="divCon">
<h1>经济增速回落通胀依然高企 紧缩政策面临两难</h1>
<div>时间： 2011-05-06 09:29:45  | 文章来源： 第一财经日报  </div>
<p>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;各种迹象显示，中国经济增速开始回落。调研显示，经济学家对未来一段时间的增长预期有所下调。
<br>&nbsp;&nbsp;&nbsp;&nbsp;
<br>&nbsp;&nbsp;&nbsp;&nbsp;总之，维持现有政策紧缩力度是可能性最大的情形，通胀压力将逐步下降。
</p></div></div></div>
${SIDEBAR}
</div></div>`;

describe("a page's body as a template includes it", () => {
  it("is HTML though it opens with a head element (`<link rel=stylesheet>`)", () => {
    expect(detectInput(INCLUDE)).toBe("html");
    expect(detectInput('<meta charset="utf-8">\n<div><p>正文。</p></div>')).toBe("html");
  });

  it("is read as a page: the headline, the info line's date and source, the story without the columns", () => {
    const article = parse(INCLUDE);
    expect(article.title).toBe("经济增速回落通胀依然高企 紧缩政策面临两难");
    expect(article.publishedAt).toBe("2011-05-06T09:29:45+08:00");
    expect(article.source?.name).toBe("第一财经日报");
    expect(article.text.startsWith("各种迹象显示，中国经济增速开始回落。")).toBe(true);
    expect(article.text.endsWith("通胀压力将逐步下降。")).toBe(true);
    expect(article.text).not.toMatch(/行业热卖|报名|时间：|文章来源/u);
  });

  it("stays a fragment without a headline over an info line (a feed item's HTML)", () => {
    const item = `<div><h2>小标题</h2><p>正文第一段，说了一些事情，内容很长很长。</p>${SIDEBAR}</div>`;
    expect(parse(item).text).toContain("行业热卖");
  });
});

describe("labelled fields and credit lines", () => {
  it("reads a source label that names what it is the source of (`文章来源：`) beside a date", () => {
    expect(readLabelledFields("时间： 2011-05-06 09:29:45  | 文章来源： 第一财经日报")).toEqual([
      { kind: "date", label: "时间", value: "2011-05-06 09:29:45" },
      { kind: "source", label: "文章来源", value: "第一财经日报" },
    ]);
  });

  it("reads a translator's credit with a slash (`译者/何黎`)", () => {
    expect(readCreditLine("译者/何黎")).toEqual({ kind: "translator", names: ["何黎"] });
    expect(readCreditLine("编译／张三")).toEqual({ kind: "translator", names: ["张三"] });
  });

  it("reads a translated paper's byline: its country, the paper in title marks, the writer, where from", () => {
    expect(readByline("英国《金融时报》 白杰明  香港报道")).toEqual({
      authors: ["白杰明"],
      outlet: "金融时报",
      editors: [],
    });
    expect(readByline("英国《金融时报》 吉密欧 报道")?.authors).toEqual(["吉密欧"]);
    expect(readByline("《华尔街日报》 张三")?.outlet).toBe("华尔街日报");
    // A title in marks that is no outlet's name is no byline.
    expect(readByline("《三体》 刘慈欣")).toBeNull();
  });
});

describe("stamps", () => {
  it("reads a clock with AM or PM after it: twelve-hour below 13, a 24-hour clock's stray marker above", () => {
    expect(readStampLine("2015年05月15日 17:35 PM")).toMatchObject({ hour: 17, minute: 35, rest: "" });
    expect(readStampLine("2015年05月15日 5:35 PM")).toMatchObject({ hour: 17, rest: "" });
    expect(readStampLine("2015-05-15 12:10 am")).toMatchObject({ hour: 0, rest: "" });
    // `PM2.5` is no clock's marker.
    expect(readStampLine("2015-05-15 10:30 PM2.5指数")).toMatchObject({ hour: 10, rest: "PM2.5指数" });
  });
});

const page = (
  story: string,
) => `<!DOCTYPE html><html><head><title>一个中国农民工的故事 - 头版 - 某网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div>
<div class="topic">
<a class=storytime href="/archiver/2015-05-15">2015年05月15日 17:35 PM</a>
<h1 id="topictitle">一个中国农民工的故事</h1>
<div class="byline"><span class="story-time">更新于2分钟前</span>
<span class="story-author">英国《金融时报》 <a href="/search/x">吉密欧</a>  香港报道</span></div>
</div>
<div class="content-text">${story}</div>
<div class="related"><a href="/s/1">相关文章一</a><a href="/s/2">相关文章二</a></div>
</body></html>`;

const STORY = `<p>还有一周就是中国农历新年了，向菊正在打点行装。她住在北京东五环路外一间又小又冷的出租屋里。</p>
<p>为了取暖，她一边搓手，一边跺着自己那条健康的腿，准备踏上1500公里的旅程，回到家乡。</p>
<table><caption>生活成本最高的城市</caption><tr><th>排名</th><th>城市</th></tr><tr><td>1</td><td>香港</td></tr></table>
<p>他们已经厌倦了在城市寻找更美好的生活，许多人开始考虑回到家乡。</p>
<p>译者/何黎</p>
<a href="/report.pdf" class="download-button red-bg">下载完整报告</a>`;

describe("a story page's furniture", () => {
  it("reads the stamp over the headline, the byline after a relative time, and leaves the credits", () => {
    const article = parse(page(STORY));
    expect(article.title).toBe("一个中国农民工的故事");
    expect(article.publishedAt).toBe("2015-05-15T17:35:00+08:00");
    expect(article.author).toBe("吉密欧");
    expect(article.text.startsWith("还有一周就是中国农历新年了")).toBe(true);
    expect(article.text.endsWith("许多人开始考虑回到家乡。")).toBe(true);
    expect(article.text).toContain("生活成本最高的城市");
    expect(article.text).not.toMatch(/译者|下载完整报告|更新于|英国《金融时报》/u);
  });

  it("keeps a link in the text that is no button", () => {
    const article = parse(
      page(`${STORY}<p>详见<a href="/r" class="buttonless">完整报告全文链接</a>，共十页。</p>`),
    );
    expect(article.text).toContain("完整报告全文链接");
  });
});

describe("the site a page's title names after the headline", () => {
  const portal = (
    credit: string,
  ) => `<!DOCTYPE html><html><head><title>宏达电签订采购计划 - 【阳光易购】</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zx">供应商资讯</a></div>
<h1>宏达电签订采购计划</h1><div>发布时间：2011-05-05 发布人：${credit}</div>
<div class="content"><p>5月5日消息，经由台湾运营商远传电信牵线，宏达电与亚太移动联盟签订采购计划，双方将进一步合作。</p>
<p>双方除合作联合采购外，未来将进一步发展深入的定制化手机，扩大市场份额。</p></div></body></html>`;

  it("is the source of a story the page credits to no one (the weakest evidence)", () => {
    const article = parse(portal("-"));
    expect(article.source?.name).toBe("阳光易购");
    expect(article.via).toEqual([]);
  });

  it("set off in brackets, is the hop of a story the page credits to another outlet", () => {
    const article = parse(portal("-网易科技报道"));
    expect(article.source?.name).toBe("网易科技");
    expect(article.via).toEqual(["阳光易购"]);
  });

  it("as a plain suffix, names no hop (the outlet's own page as often)", () => {
    const article = parse(portal("-网易科技报道").replace("【阳光易购】", "阳光易购"));
    expect(article.source?.name).toBe("网易科技");
    expect(article.via).toEqual([]);
  });
});

/**
 * 新华网's detail page sets its editor's credit in a loose `<span>` with the closing bracket on a line of its own
 * (`datasets/fresh-31`, from `AndyTheFactory/newspaper4k` tests/data/html/chinese_article_002.html at 9e3b34f,
 * shortened): the bracket ends the credit's line, so the credit is read and leaves the text.
 */
const WRAPPED_CREDIT_PAGE = `<html><head><title>\r\n短缺药品保供稳价 全力保障临床用药需求-新华网\r\n</title></head><body>\r
<div class="header-time left">\r
<span class="year"><em> 2023</em></span><span class="day"><em> 11</em>/<em> 17</em></span><span class="time"> 20:52:15</span>\r
</div>\r
<div class="source">\r\n来源：新华网\r\n</div>\r
<h1>\r\n<span class="title">\r\n短缺药品保供稳价 全力保障临床用药需求\r\n</span>\r\n</h1>\r
<div id="detail">\r
<p>　　新华社北京11月17日电 记者17日从国家卫生健康委获悉，近阶段，相关部门持续依托短缺药品供应保障工作会商联动机制，深入优化短缺药品实时监测预警与分级应对体系，全力保障人民群众临床用药需求。</p>\r
<p>　　此外，多层次提升短缺药品应对处置水平。国家中医药局积极协调相关部门、行业协会等，推动中药材供需总体平衡。</p>\r
<div id="articleEdit">\r
<span class="editor">\r
【责任编辑:张樵苏\r
】 \r
</span>\r
</div>\r
</div>\r
</body></html>`;

describe("a credit a template wrapped over two lines (datasets/fresh-31)", () => {
  it("joins a line of closing marks alone to the line before it: the editor is read and leaves the text", () => {
    const article = parse(WRAPPED_CREDIT_PAGE);
    expect(article.editor).toBe("张樵苏");
    expect(article.text.endsWith("推动中药材供需总体平衡。")).toBe(true);
    expect(article.text).not.toContain("】");
  });

  it("keeps lines that hold words as lines of their own", () => {
    const article = parse(
      "<html><body><div>央行今日开展逆回购操作，规模为500亿元。\n市场利率小幅下行。\n资金面保持平稳。</div></body></html>",
    );
    expect(article.text).toBe(
      "央行今日开展逆回购操作，规模为500亿元。\n\n市场利率小幅下行。\n\n资金面保持平稳。",
    );
  });
});

describe("isClosingMarksOnly", () => {
  it("is true for closing brackets and end marks alone, false once a word or an opening mark is there", () => {
    expect(isClosingMarksOnly("】 ")).toBe(true);
    expect(isClosingMarksOnly("）。")).toBe(true);
    expect(isClosingMarksOnly("  ")).toBe(false);
    expect(isClosingMarksOnly("（完）")).toBe(false);
    expect(isClosingMarksOnly("】张")).toBe(false);
  });

  it("is false for any text holding a letter or a Han character", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("张", "a", "5"), fc.string(), (before, word, after) => {
        expect(isClosingMarksOnly(before + word + after)).toBe(false);
      }),
    );
  });
});

/**
 * FT中文网's NEXT story page (`datasets/fresh-27`, from `FTChinese/NEXT` app/story.html at 001451b, shortened): a
 * template's `<title>`, no site meta, a byline naming the parent paper; only the logo link to the front page names
 * the site it is on.
 */
const LOGO_LINKED_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>文章页</title></head><body>
<div class="o-header__masthead-mobile">
<a href="/" title="前往FT中文网首页"><span>FT中文网</span></a>
</div>
<h1 class="story-headline">香港再度成为全球外派成本最高的城市</h1>
<div class="story-byline">
<span class="story-time">更新于2分钟前</span>
<span class="story-author">英国《金融时报》 <a href='/search/%E7%99%BD%E6%9D%B0%E6%98%8E/relative_byline' target=_blank>白杰明</a>  香港报道</span>
</div>
<div class="story-body">
<p>香港再度成为全球外派成本最高的城市，尽管这块中国领地的经济正面临越来越大的阻力、而且企业还削减了曾经很丰厚的外派津贴。</p>
<p>香港拥有全球最难以负担的居住成本，高昂的房租帮助这座金融中心在咨询公司美世(Mercer)最新发布的生活成本年度排行榜上回到榜首位置。</p>
<p>原先排在榜首的是罗安达，即石油资源丰富的安哥拉的首都。货币走软加上大宗商品价格暴跌，导致罗安达的生活成本下降。</p>
</div>
</body></html>`;

describe("a page's logo link to its front page (datasets/fresh-27)", () => {
  it("names the site when nothing else does: the weakest evidence of the source", () => {
    const article = parse(LOGO_LINKED_PAGE);
    expect(article.title).toBe("香港再度成为全球外派成本最高的城市");
    expect(article.author).toBe("白杰明");
    expect(article.source?.name).toBe("FT中文网");
  });

  it("names nothing when its label is no outlet's (`返回首页`) or the page states its site otherwise", () => {
    const plain = LOGO_LINKED_PAGE.replace('title="前往FT中文网首页"', 'title="返回首页"');
    expect(parse(plain).source).toBeNull();
    const credited = LOGO_LINKED_PAGE.replace("</p>\n</div>", "</p>\n<p>（来源：第一财经日报）</p>\n</div>");
    expect(parse(credited).source?.name).toBe("第一财经日报");
  });
});
