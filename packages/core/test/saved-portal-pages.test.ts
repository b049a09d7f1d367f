import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCreditLine } from "../src/credits/grammar.js";
import { parse } from "../src/index.js";

// Excerpts of two 2011 article pages a crawler's content extractor keeps as test resources (datasets/fresh-80,
// jwfing/zebra src/test/resources/: 网易财经's 163_finance_7C2UD0IN00251LJJ.html and 和讯网's hexun_132675338.html).

/** 网易财经's page: the info bar's widgets after the source's link, the editor's span run into the bracketed source. */
const NETEASE = `<html><head><title>彩虹精化隐瞒20亿订单被查实 遭深交所公开谴责_网易财经</title></head><body>
<div class="endContent">
<h1 id="h1title">彩虹精化隐瞒20亿订单被查实 遭深交所公开谴责</h1>
<span class="info" style="display:block;">2011-08-22 16:34:23　来源: <a href=http://money.163.com target=_blank>网易财经</a>　<a href="#" id="endpageUrl1" class="cDRed">有<span class="tieTotalCount">0</span>人参与</a> <a href="http://help.3g.163.com/">手机看新闻</a>
</span>
<div id="endText">
<p><b>网易财经8月22日讯 </b><a href=http://quotes.money.163.com/1002256.html>彩虹精化</a>20亿“乌龙”订单一事今日终于被查实，深交所今日晚间发布公告称，经查明，彩虹精化存在违规行为。</p>
<p>今年3月2日，彩虹精化披露其子公司彩虹绿世界分别与2Degrees、嘉兴国际、浙江乘苏达以及<a href="http://hkquotes.money.163.com/html/000981.html">中芯国际</a>签订意向性合同，4家公司采购总额达到约20.75亿元人民币。</p>
<p>5个月后，彩虹精化终于公布其自查结果，正式承认，之前公告中披露的信息错误确实由于公司疏忽、信息披露审核把关不严，导致信息错误。</p>
<div class="clearfix"><span class="cDGray right f12px">责任编辑：NF018</span>(本文来源：网易财经  作者：耿俊)<a href="http://money.163.com/"><img src="http://img3.cache.netease.com/stock/2011/7/9/20110709222151be928.gif" alt="耿照俊" width="12" height="11" border="0" class="icon" /></a>
</div>
</div></div></body></html>`;

/** 和讯网's page: a 推荐阅读 box inside the story, a bracketed 免责声明 after it. */
const HEXUN = `<html><head><title>ST筑信拟向“海航系”定增募资7.9亿-股票频道-和讯网</title></head><body>
<div id="artibodyTitle"><h1>ST筑信拟向“海航系”定增募资7.9亿</h1></div>
<div class="txtcont" id="artibody">
<p>　　ST 筑信（600515.SH）昨日晚间宣布，海航国际旅游岛开发建设（集团）有限公司将以人民币现金注入方式，代替海航置业控股（集团）有限公司履行“股权分置改革资产注入承诺”。</p><div id=yued>
<div class=tit>推荐阅读</div>
<div class=yuebox><!--图区 -->
<div class=imgcon><a href="http://stock.hexun.com/2011-08-22/132665788.html" target=_blank><img height=90 alt="" src="http://i7.hexunimg.cn/2011-08-22/132671235.jpg" width=104 border=0></a><span><a href="http://stock.hexun.com/2011-08-22/132665788.html" target=_blank>8月以来全球股市蒸发超6万亿美元</a><br><a href="http://stock.hexun.com/2011-08-12/132372037.html" target=_blank></a><br></span>
<div class=clear></div></div><!--图区 结束-->
<div class=testlinh><a href="http://stock.hexun.com/2011-08-21/132663388.html" target=_blank>大跌后抄底两类股票</a></div>
<ul class=testlinhul>
<li><a href="http://funds.hexun.com/2011-08-22/132665090.html" target=_blank>7月来现10大牛股 王亚伟独中2只</a></li>
<li><a href="http://stock.hexun.com/2011-08-22/132666027.html" target=_blank>磷矿石涨价 15只概念股机会凸显</a></li>
</ul>
</div></div><!--新增加推荐阅读 结束--><p>　　海航置业曾承诺：海航置业作为天津大通的控股股东，继续促使天津大通履行在ST筑信股改时作出的承诺，以不低于5亿元的优质资产进行注入，提高ST筑信的盈利能力并增强持续经营能力。</p><p>　　本次非公开发行股票计划募集资金拟运用于以下项目：56000万元偿还银行贷款，23000万元补充营运资金，合计共募集79000万元。</p>
<P style="font-size:14px;color:#666;">　　【免责声明】本文仅代表作者本人观点，与和讯网无关。和讯网站对文中陈述、观点判断保持中立，不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。</P>
</div></body></html>`;

describe("a portal page's info bar and closing credits (datasets/fresh-80, 网易财经)", () => {
  it("reads the source's name without the comment count and the app's link the bar sets after it", () => {
    expect(readCreditLine("来源: 网易财经　有0人参与 手机看新闻")).toEqual({
      kind: "source",
      name: "网易财经",
    });
    expect(parse(NETEASE).source?.name).toBe("网易财经");
  });

  it("reads any outlet's name on such a bar, whatever its count", () => {
    // The domain: outlets' names as pages write them after `来源:`, the bar's count of readers, and its separators.
    const outlets = [
      "网易财经",
      "网易科技",
      "经济观察网",
      "证券时报网",
      "中国证券报",
      "第一财经日报",
      "21世纪经济报道",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...outlets),
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom(" ", "　", "  "),
        (outlet, count, gap) => {
          const line = `来源: ${outlet}${gap}有${count}人参与 手机看新闻`;
          expect(readCreditLine(line)).toEqual({ kind: "source", name: outlet });
        },
      ),
    );
  });

  it("reads an editor's credit run into the bracketed source credit as the two credits, and drops the line", () => {
    const article = parse(NETEASE);
    expect(article.editor).toBe("NF018");
    expect(article.author).toBe("耿俊");
    expect(article.text.endsWith("信息披露审核把关不严，导致信息错误。")).toBe(true);
    expect(article.text).not.toContain("本文来源");
  });

  it("keeps a line that only ends in a bracketed source credit after prose", () => {
    const page = NETEASE.replace(
      '<span class="cDGray right f12px">责任编辑：NF018</span>(本文来源：网易财经  作者：耿俊)',
      "深交所同时向其他上市公司提出警示(本文来源：网易财经  作者：耿俊)",
    );
    expect(parse(page).text).toContain("深交所同时向其他上市公司提出警示");
  });

  it("reads the Hong Kong code of 网易's 2011 quote links beside its A-share ones", () => {
    const codes = parse(NETEASE).securities.map((listing) => `${listing.code}.${listing.market}`);
    expect(codes).toEqual(["002256.SZ", "00981.HK"]);
  });
});

describe("a portal page's related box and repost disclaimer (datasets/fresh-80, 和讯网)", () => {
  it("drops the 推荐阅读 box set inside the story, and the bracketed 免责声明 after it", () => {
    const text = parse(HEXUN).text;
    expect(text).not.toContain("推荐阅读");
    expect(text).not.toContain("8月以来全球股市蒸发超6万亿美元");
    expect(text).not.toContain("大跌后抄底两类股票");
    expect(text).not.toContain("免责声明");
    expect(text).toContain("海航置业曾承诺：海航置业作为天津大通的控股股东");
    expect(text.endsWith("合计共募集79000万元。")).toBe(true);
  });

  it("keeps a bare label over one link line only: a box holds two", () => {
    const prose = HEXUN.replace(
      /<div class=testlinh>.*?<\/div>/u,
      "<p>　　市场人士认为，此次注资方案仍需经过股东大会审议，后续进展值得关注。</p>",
    );
    const text = parse(prose).text;
    expect(text).toContain("推荐阅读");
    expect(text).toContain("市场人士认为，此次注资方案仍需经过股东大会审议");
  });

  it("keeps a bracketed label that disclaims nothing", () => {
    const page = HEXUN.replace(
      "【免责声明】本文仅代表作者本人观点，与和讯网无关。和讯网站对文中陈述、观点判断保持中立，不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。",
      "【特别声明】公司董事会表示，本次发行完成后海航集团仍为公司实际控制人。",
    );
    expect(parse(page).text).toContain("【特别声明】公司董事会表示");
  });
});
