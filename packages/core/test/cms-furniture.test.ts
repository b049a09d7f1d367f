/**
 * Pages a CMS or a JSP view generated and text a classifier's corpus saved (`datasets/fresh-70`, session 46), by class:
 * a story box that holds its own header (`<h2>` headline and a time line as siblings of the story's paragraphs), a
 * template's `此文章来源于X` credit under the story, a `<title>` naming only the site over a heading and its info line
 * (`信息来源：… 日期：… 作者：[…]`), an attachment box, links to the neighbouring story, a relay credit followed by the
 * carrier's prompt or the original's title, a WeChat column's list of earlier posts glued to the last sentence, a
 * one-line column a dashed rule closes, a site's call for submissions and its sale promos. Excerpts of the set's files,
 * cut to the lines each class needs (source named over each).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCreditLine } from "../src/credits/grammar.js";
import { readLabelledFields } from "../src/credits/labelled-fields.js";
import { parse } from "../src/index.js";

// phpbhqb/gucheng, caijing/95.html (EmpireCMS; CRLF as stored): the story box, the 猜你喜欢 list after it.
const EMPIRE_PAGE = [
  "<!DOCTYPE html>",
  '<html lang="en">',
  "<head>",
  '    <meta charset="UTF-8">',
  "    <title>住建部发预警提示 2019年买房需要注意啦！</title>",
  "</head> ",
  "<body>",
  '    <div class="nav"><div class="boxL Crumbs">全球证券_中国证券资讯门户网站  > <a href="/caijing/">财经</a> > <a href="/content/95.html">住建部发预警提示 2019年买房需要注意啦！</a></div></div>',
  '                     <div class="content">',
  '                        <div class="contentTxt">',
  "                            <h2>住建部发预警提示 2019年买房需要注意啦！</h2>",
  '                            <p class="time">2019-05-22 14:37:58</p>',
  "                            <p>今年楼市已经调整过百次以上了，这点大家都会知道了，毕竟关心房价也是我们最想要的。但是现在，消息指出住建部发预警提示了，这是怎么回事呢？不得不说，现在楼市将会再念紧箍咒了。</p>",
  '<p>住建部之所以发布预警提示，与近期房价走势密切相关。国家统计局5月16日发布的2019年4月份70个大中<a href="https://finance.gucheng.com/201809/3530768.shtml">城市</a>商品住宅销售价格变动情况统计数据显示，4月有67个城市新建商品住宅价格环比上涨，3月为65个城市。</p>',
  '<p>因此，住建部发预警提示，就是要提醒各地要时刻绷紧房地产调控这根弦，避免个别地区再次出现投机炒作现象。</p>                            <h3 class="source">此文章来源于牛津财金</h3>',
  "                        </div>",
  '                        <div class="GraspUserTitle box">',
  '                            <p class="boxL">猜你喜欢</p>',
  "                            <span>更多可能你喜欢的内容</span>",
  "                        </div>",
  '                        <div class="GraspUserCont clearfix"><ul>',
  '<li><a href="/e/action/ShowInfo.php?classid=1&id=14">瑞幸咖啡持续补贴3到5</a></li>',
  '<li><a href="/e/action/ShowInfo.php?classid=1&id=15">4月银行间货币成交86.</a></li>',
  "                        </ul></div>",
  "                     </div>",
  "</body>",
  "</html>",
].join("\r\n");

describe("an EmpireCMS story box: its header inside the container, its credit under the story", () => {
  it("reads the time line as the date and leaves it out of the text; the credit gives the source and leaves", () => {
    const article = parse(EMPIRE_PAGE);
    expect(article.title).toBe("住建部发预警提示 2019年买房需要注意啦！");
    expect(article.publishedAt).toBe("2019-05-22T14:37:58+08:00");
    expect(article.source?.name).toBe("牛津财金");
    expect(article.text.startsWith("今年楼市已经调整过百次以上了")).toBe(true);
    expect(article.text.endsWith("避免个别地区再次出现投机炒作现象。")).toBe(true);
    for (const furniture of ["2019-05-22 14:37:58", "此文章来源于", "猜你喜欢", "瑞幸咖啡"])
      expect(article.text).not.toContain(furniture);
  });

  it("reads a demonstrative before the source word as the credit's (`此文章来源于X`, `此文来源于X`)", () => {
    expect(readCreditLine("此文章来源于上海证券报")).toEqual({ kind: "source", name: "上海证券报" });
    expect(readCreditLine("此文来源于金融界")).toEqual({ kind: "source", name: "金融界" });
  });
});

// wplic/Test, frontsite/Subscribe/article2.jsp (a mock 广发证券 网上营业厅; CRLF as stored): the template's lines around the note.
const NOTE =
  "基金投资要点：上周市场大幅下跌，市场的大幅下跌使得前期市场上涨积累的风险获得了释放。我们认为此次调整是题材股、概念股过度炒作的修正，并不意味着股指继续上升的终结。尽管上周市场出现较大幅度调整，但我们认为中国经济复苏的趋势并没有改变，股市将继续维持宽裕的流动性，市场中期上涨的基础并没有发生变化。 短期来看，目前对明年的经济政策定调还没明朗，市场对此可能产生等待心态，回避政策风险；而年底的各种因素可能会使得市场短期出现出震荡格局。在基金的配置上，延续我们前期所强调的，关注选股能力突出的基金。同时，短期内可以从实际业绩增长和估值优势的角度关注行业配置侧重于内需和通胀受益的基金。目前传统偏股型封闭式基金平均折价率为22.13%，折价率的隐含年化收益率平均为5.64%，与上周相比有所上升，整体水平处于过去一年的相对低位。今年封基的四季度“分红”预期对封基市场价格推动明显，目前的折价水平已经能够反应分红预期，封基的吸引力已经在逐渐下降，将来的净值走势更多取决于股票市场的走势，建议根据对市场的判断谨慎参与。 基金市场动态：中国证券业协会正式发布了专门针对基金业的技术指引-《网上基金销售信息系统技术指引》，规范的主体包括基金管理公司、商业银行、证券公司、证券投资咨询机构、专业基金销售机构等，其网上基金系统建设和运行管理都将参照该指引的要求。上周有12只基金处于发行状态，11只为偏股型基金，4只为指数型型；上周有2只基金的基金经理发生变更，3只新基金成立，均为偏股型基金。成立规模约为122亿元。";
const BROKER_PAGE = [
  '<%@ page contentType="text/html; charset=utf-8" language="java" import="java.sql.*" errorPage="" %>',
  '<html xmlns="http://www.w3.org/1999/xhtml">',
  "<head>",
  '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
  "<title>广发证券</title>",
  "</head>",
  '<body class="body_bg">',
  '<div class="main">',
  '  <div class="dqwz">当前位置：首页 > 网上营业厅 > 我的理财中心 &gt; 我的咨询服务</div>',
  "</div>",
  '<div style="margin:0 auto; width:920px">',
  '    <div class="left_tit2"><span class="pjcp"><a href="#">我要评价此产品</a></span>金管家基金投资策略</div>',
  '    <div class="wzinfo">',
  "    \t<h3>12月23日广发金管家基金投资策略</h3>",
  "        <h6>信息来源：广发证券 日期：2010-12-23 作者：[李燕华] </h6>",
  `        <p>${NOTE}`,
  "</p>",
  '\t  <div style="height:30px"></div>',
  "        <div>【附件】</div>",
  '        <p><a href="#" class="font_czh">★★★广发证券-12月23日广发金管家基金投资策略-李燕华.pdf </a></p>',
  '        <div align="center"><input type="button" value="关闭窗口" /></div>',
  "    </div>",
  "  </div>",
  "</body>",
  "</html>",
].join("\r\n");

describe("a JSP view whose `<title>` names only the site, over a heading and its info line", () => {
  it("takes the heading an info line follows as the headline, and reads the line's source, day and writer", () => {
    const article = parse(BROKER_PAGE);
    expect(article.title).toBe("12月23日广发金管家基金投资策略");
    expect(article.publishedAt).toBe("2010-12-23T00:00:00+08:00");
    expect(article.source?.name).toBe("广发证券");
    expect(article.author).toBe("李燕华");
    expect(article.text).toBe(NOTE);
  });

  it("reads `信息来源` as a source's label", () => {
    expect(readLabelledFields("信息来源：广发证券 日期：2010-12-23 作者：[李燕华]")).toEqual([
      { kind: "source", label: "信息来源", value: "广发证券" },
      { kind: "date", label: "日期", value: "2010-12-23" },
      { kind: "author", label: "作者", value: "[李燕华]" },
    ]);
  });
});

// It-s-nameless/ElephantFund, eFund/WEB-INF/jsp/fundPaper.jsp: the view's closing rows (two of the story's paragraphs).
const FUND_VIEW = `<html><head><title>大象基金_基金要闻</title></head><body>
\t<div class="container">
\t\t<div class="row"><h3>A股三大指数缩量收跌：创业板指跌1% 可转债行情持续火爆</h3></div>
\t\t<div class="row"><p class="graytext">2020年10月22日 15:00 | 来源：东方财富研究中心</p></div>
\t\t<div class="row">
\t\t\t<p>　　10月22日，A股三大指数今日集体收跌，沪指跌0.29%，深成指跌0.21%，创业板指跌1%。</p>
\t\t\t<p>　　天风证券指出，国内政策和基本面偏暖，指数逐步振荡修复，继续维持市场反弹的判断。继续看好军工、光伏、新能源车、汽零、消费电子等。</p>
\t\t</div>
\t\t<div class="row">
\t\t\t<p>上一篇：<a href="#">可转债再现疯狂炒作 业内人士称行情或一周内结束</a></p>
\t\t\t<p>上一篇：<a href="#">【今日盘点】创业板指跌1%，白酒主题基金逆势上涨；市场金针探底，A股的十字路口该怎么走？</a></p>
\t\t</div>
\t</div>
</body></html>`;

describe("links to the neighbouring story and an attachment box", () => {
  it("drops `上一篇：…` lines after the story", () => {
    const article = parse(FUND_VIEW);
    expect(article.text.endsWith("继续看好军工、光伏、新能源车、汽零、消费电子等。")).toBe(true);
    expect(article.text).not.toContain("上一篇");
  });

  it("drops the attachment heading and a line that is a document's file name, keeps a notice's named attachment", () => {
    const text =
      "报告正文第一句。报告正文第二句。\n\n【附件】\n\n★★★广发证券-12月23日广发金管家基金投资策略-李燕华.pdf\n\n附件：供应链金融业务实施方案";
    expect(parse(text).text).toBe("报告正文第一句。报告正文第二句。\n\n附件：供应链金融业务实施方案");
  });
});

describe("a relay credit followed by the carrier's prompt or the original's title (yoocky/qihuohub-classifier)", () => {
  it("reads the outlet before the prompt or the title", () => {
    // train_corpus/C2-Financial/338017.txt and 338014.txt, their credit lines.
    expect(
      readCreditLine(
        "本文来自全天候科技，悦读更多请登录www.awtmt.com 或关注微信号“全天候科技（ID:iawtmt）” 、“新金融见闻（ID:AWFintech）。",
      ),
    ).toEqual({ kind: "source", name: "全天候科技" });
    expect(
      readCreditLine("本文来自新浪财经，原文标题《知情人士：中央经济工作会议将于18至20日召开》。"),
    ).toEqual({
      kind: "source",
      name: "新浪财经",
    });
    // A writer after the comma is no prompt: the line is not a credit of one outlet.
    expect(readCreditLine("来源：新华社，记者张三")).toBeNull();
  });

  it("gives the source and leaves the text, over a story with a subhead", () => {
    const article = parse(
      "本文来自全天候科技，悦读更多请登录www.awtmt.com 或关注微信号“全天候科技（ID:iawtmt）” 、“新金融见闻（ID:AWFintech）。\n为推动银行业移动支付业务的发展，中国银联和商业银行携手推出了移动支付的统一入口。\n移动支付市场：阿里、腾讯市场份额达94%\n高盛认为，这意味着第三方支付公司此前自己扮演清算所的角色的商业模式宣告终结。\n",
    );
    expect(article.source?.name).toBe("全天候科技");
    expect(article.text.startsWith("为推动银行业移动支付业务的发展")).toBe(true);
    expect(article.text).not.toContain("悦读更多");
  });

  it("never throws and stays a credit of the outlet whatever follows the prompt", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (tail) => {
        const line = readCreditLine(`本文来自新浪财经，原文标题${tail.replaceAll("\n", "")}`);
        expect(line).toEqual({ kind: "source", name: "新浪财经" });
      }),
    );
  });
});

describe("a WeChat column's list of earlier posts glued after its last sentence", () => {
  // train_corpus/C2-Financial/12.txt, its closing sentence and the list.
  it("cuts the label and its `☞` headlines", () => {
    const article = parse(
      "中国正在进入品牌为王的软价值时代，板块的轮动是行情深入发展的前提。那就是很久以后的事了，总之股市永远不缺题材和机会。▽ 更多精彩☞ 通货膨胀形势的再推演☞ 不要低估中美贸易战☞ 紧盯“双支柱”和两大市场悬疑☞ 美国税改的冲击和影响\n",
    );
    expect(article.text.endsWith("总之股市永远不缺题材和机会。")).toBe(true);
    expect(article.text).not.toContain("☞");
  });
});

describe("a one-line column that a dashed rule closes, then the site's call for submissions", () => {
  // train_corpus/C2-Financial/338002.txt, the column cut to its opening and its last sentences (still over 200 characters).
  const column = `感谢各位对招商宏观谢亚轩团队的关注！核心观点： 上周五中央政治局会议研究2018年经济工作，明确指出“推动高质量发展是当前和今后一个时期确定发展思路、制定经济政策、实施宏观调控的根本要求”。${"经济基本面保持稳定，宏观经济政策并无发力加码的必要性。".repeat(4)}因此，仅有高技术产业的快速增长仍不足以弥补五大耗能行业投资负增长对整体制造业投资增速的拖累。`;
  const text = `\n${column}\n-------------------------------------\n如果您有优质的、符合见闻调性的原创文章，欢迎以个人的名义投稿入驻华尔街见闻名家专栏。\n投稿方式 ：请将个人简介以及代表作品发送至 zhuanlan@wallstreetcn.com ，并附上电话和微信以便做进一步沟通，在主题中标明: 申请入驻见闻专栏 + 投稿人名字\n`;

  it("reads the long line as the text, not as a Setext headline, and drops the call", () => {
    expect(column.length).toBeGreaterThan(200);
    const article = parse(text);
    expect(article.warnings.map((w) => w.code)).toContain("title-derived");
    expect(article.text).toBe(column);
    expect(article.blocks.map((block) => block.type)).toEqual(["paragraph"]);
  });

  it("keeps a short line over a rule as the headline", () => {
    expect(parse("央行公开市场操作\n---\n\n央行今日开展逆回购操作。\n").title).toBe("央行公开市场操作");
  });
});

describe("a site's sale promo among a live blog's lines", () => {
  // train_corpus/C2-Financial/338012.txt: two of its promo lines, each a paragraph of its own, among entries.
  it("drops a sale's line that closes with a call to grab or follow, keeps an entry", () => {
    const article = parse(
      "17:45 李奇霖：明年是财政政策大年。\n\n【A股系列重磅秒杀】A股脱水研报、A股主题早知道现已开启超低特价，速抢！\n\n17:30 张明：人民币汇率将保持双向波动。\n\n华尔街见闻“双12”大促正在进行，欢迎关注\n",
    );
    expect(article.text).toBe("17:45 李奇霖：明年是财政政策大年。\n\n17:30 张明：人民币汇率将保持双向波动。");
  });
});
