import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RAW_TEXT_ELEMENTS } from "../src/html/tokenizer.js";
import { parse } from "../src/index.js";
import { withRawTextClosed } from "../src/stages/body.js";

// Excerpt of 中证网's TRS article page (datasets/fresh-49, cs__nanfeng-bid.html, kept as a crawler's docstring
// sample): the story's `<article>` holds its own `<header>` — crumb, `<h1>`, an info line of reporter, outlet and minute.
const CS_PAGE = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>南风股份：中标5870万元项目_中证网</title></head><body>
<div class="top-swiper fix"><a href="http://www.cs.com.cn/" class="nav_yw">返回首页</a></div>
<article class="cont_article"><header>
<div class="artc_route"><div><a href="http://www.cs.com.cn/">首页</a>><a href="../" title="中证快讯">中证快讯</a></div></div>
<h1>南风股份：中标5870万元项目</h1><h4></h4>
<div class="artc_info"><div><em>王博</em><em>中国证券报·中证网</em><time>2020-12-01 18:59</time></div></div>
</header>
<section><p>　　中证网讯（记者 王博）南风股份（300004）12月1日晚间公告，公司于近日收到上海中核浦原有限公司发出的中标通知书，公司被确认为“田湾核电站7、8号机组核岛余压阀、控制阀、止回阀、电加热阀设备采购”的中标方，中标金额5870万元。</p></section>
<footer>中证网声明：凡本网注明“来源：中国证券报·中证网”的所有作品，版权均属于中国证券报、中证网。中国证券报·中证网与作品作者联合声明，任何组织未经中国证券报、中证网以及作者书面授权不得转载、摘编或利用其它方式使用上述作品。凡本网注明来源非中国证券报·中证网的作品，均转载自其它媒体，转载目的在于更好服务读者、传递信息之需，并不代表本网赞同其观点，本网亦不对其真实性负责，持异议者应与原出处单位主张权利。</footer>
</article></body></html>`;

describe("a page whose story container holds its header (datasets/fresh-49)", () => {
  it("reads the headline and the info line inside the container, and leaves them and the crumb out of the text", () => {
    const article = parse(CS_PAGE);
    expect(article.title).toBe("南风股份：中标5870万元项目");
    expect(article.publishedAt).toBe("2020-12-01T18:59:00+08:00");
    expect(article.source?.name).toBe("中国证券报");
    expect(article.author).toBe("王博");
    expect(article.text).toBe(
      "中证网讯（记者 王博）南风股份（300004）12月1日晚间公告，公司于近日收到上海中核浦原有限公司发出的中标通知书，公司被确认为“田湾核电站7、8号机组核岛余压阀、控制阀、止回阀、电加热阀设备采购”的中标方，中标金额5870万元。",
    );
  });

  it("keeps a bold headline in the story's first paragraph: only an <h1>–<h3> is a header", () => {
    const page = CS_PAGE.replace(
      "<h1>南风股份：中标5870万元项目</h1>",
      "<p><strong>南风股份：中标5870万元项目</strong><br>（2020年12月1日公告）</p>",
    );
    expect(parse(page).text).toContain("（2020年12月1日公告）");
  });
});

// Excerpt of 证券时报网's flash page pasted into a crawler's test script (datasets/fresh-49,
// stcn__yisheng-grandparent-stock.html; LinBaoChao/spider2 Src/STCN.Spider.API/public/test.php): no <head>, no <h1>,
// the headline only in the share popup's data-title, an echarts <script/> inside the story's paragraph, a stock tag.
const STCN_FRAGMENT = `<div class="social-bar"><div class="tt">点赞</div>
<div class="share-popup social-share" data-title="益生股份：总体预判，明年祖代肉种鸡的引种量不会太多" data-url="https://h5.stcn.com/pages/detail/detail?id=757276">
<a class="social-share-icon icon-wechat wx"/></div></div>
<div class="detail-content"><p style="text-indent:0"><script src="https://static-web.stcn.com/static/scripts/echarts.min.js"/>证券时报e公司讯，益生股份在机构调研时表示，1-11月份，我国祖代肉种鸡的更新量同比下降30%多，总体预判，明年的引种量不会太多。</p></div>
<div class="detail-content-editor">责任编辑： 郑灶金</div>
<div class="stock-tags"><div><a href="/quotes/index/sz002458.html" target="_blank"><span>SZ</span>
<span>益生股份</span><span class="red fetch-stock-tag-data" data-code="002458"/></a></div></div>
<div class="comment" id="comment"><div class="comment-tt">网友评论</div><div class="empty comment">暂无评论</div></div>
<div class="list-page-tab black"><div class="active">为你推荐</div></div>
<ul class="list"><li><div class="tt"><a href="/article/detail/757239.html">重磅会议召开，A股如何应对？</a></div>
<div class="info"><span>券商中国</span><span>詹晨</span><span>2022-12-18 14:55</span></div></li></ul>`;

describe("a page fragment titled by its share button (datasets/fresh-49)", () => {
  it("reads the share box's headline, the story past its self-closed script, the editor and the stock tag", () => {
    const article = parse(STCN_FRAGMENT);
    expect(article.title).toBe("益生股份：总体预判，明年祖代肉种鸡的引种量不会太多");
    expect(article.publishedAt).toBeNull();
    expect(article.source?.name).toBe("证券时报");
    expect(article.editor).toBe("郑灶金");
    expect(article.securities.map((s) => [s.code, s.market, s.name])).toEqual([["002458", "SZ", "益生股份"]]);
    expect(article.text).toBe(
      "证券时报e公司讯，益生股份在机构调研时表示，1-11月份，我国祖代肉种鸡的更新量同比下降30%多，总体预判，明年的引种量不会太多。",
    );
  });

  it("closes a self-closed raw-text element where it stands, and leaves everything else as it is", () => {
    expect(withRawTextClosed('<p><script src="a.js"/>正文</p>')).toBe(
      '<p><script src="a.js"></script>正文</p>',
    );
    expect(withRawTextClosed("<TEXTAREA name=x />留言")).toBe("<TEXTAREA name=x ></TEXTAREA>留言");
    // Every element the tokenizer reads raw text in, and no other (`RAW_TEXT_ELEMENTS`, the one list).
    for (const name of RAW_TEXT_ELEMENTS) {
      expect(withRawTextClosed(`<${name}/>正文`)).toBe(`<${name}></${name}>正文`);
    }
    expect(withRawTextClosed("<span/>正文<textareas/><sup/>")).toBe("<span/>正文<textareas/><sup/>");
    expect(withRawTextClosed("<br/><img src=a.png/><script>var a = 1 / 2;</script>")).toBe(
      "<br/><img src=a.png/><script>var a = 1 / 2;</script>",
    );
    fc.assert(
      fc.property(fc.string(), (html) => {
        const closed = withRawTextClosed(html);
        // Nothing is taken away: only end tags are added.
        expect(closed.length).toBeGreaterThanOrEqual(html.length);
        expect(withRawTextClosed(closed)).toBe(closed);
      }),
    );
  });
});

// One item of a saved feed of 新浪 mobile articles carrying a 澎湃 story (datasets/fresh-49, kdsina__su7-chengdu-fire.json,
// search-index file 6974637038): a bare array of one record, content HTML with a credit paragraph and a 发布于 line.
const SINA_FEED = `[
  {
    "title": "成都一辆小米SU7超速失控自燃：路人施救未果，原因在调查中",
    "time": "2025-10-13",
    "src": "澎湃新闻",
    "url": "https:\\/\\/k.sina.cn\\/article_5044281310_v12ca99fde02002fmnk.html?from=news",
    "content": "<p>来源：澎湃新闻记者 吕新文<\\/p><p cms-style=\\"font-L\\">2025年10月13日凌晨3时16分左右，成都天府大道仁寿视高段发生一起严重交通事故，涉事车辆为小米SU7。<\\/p><p style=\\"font-size: .24rem;color: #888;\\">发布于：上海<\\/p>"
  }
]`;

describe("a JSON array of one record (datasets/fresh-49)", () => {
  it("is read as that record by parse, its posted-from line out of the text", () => {
    const article = parse(SINA_FEED);
    expect(article.format).toBe("dump-record");
    expect(article.title).toBe("成都一辆小米SU7超速失控自燃：路人施救未果，原因在调查中");
    expect(article.publishedAt).toBe("2025-10-13T00:00:00+08:00");
    expect(article.source?.name).toBe("澎湃新闻");
    expect(article.author).toBe("吕新文");
    expect(article.text).toBe(
      "2025年10月13日凌晨3时16分左右，成都天府大道仁寿视高段发生一起严重交通事故，涉事车辆为小米SU7。",
    );
  });

  it("reads an array of two records as many documents still", () => {
    const two = SINA_FEED.replace(/\}\s*\]$/u, `}, ${SINA_FEED.slice(SINA_FEED.indexOf("{"), -1)}]`);
    expect(parse(two).warnings.map((w) => w.code)).toContain("many-documents");
  });
});

// A finance app's news-detail record carrying a 每经 story (datasets/fresh-49, hooview__land-minister.json): the
// writer known from the credit paragraph, whose editor is the story's.
const APP_RECORD = JSON.stringify({
  id: 4369,
  author: { id: 0, name: "每日经济新闻" },
  time: "2017-03-09 11:21:31",
  title: "国土部部长姜大明：居民住房财产一定会受到法律保护",
  source: "每日经济新闻",
  content:
    "<p>每经记者 冯彪 全国两会现场报道 每经编辑 陈星</p>\r\n<p>&ldquo;有恒产者有恒心。&rdquo;对于住房、土地等热点问题，3月8日，在全国两会的&ldquo;部长通道&rdquo;上，国土资源部部长姜大明表示：&ldquo;请大家放心，居民购买住房，其财产一定会受到法律的充分保护。&rdquo;</p>",
});

describe("a news app's record with a newsroom byline (datasets/fresh-49)", () => {
  it("reads the byline's writer and editor", () => {
    const article = parse(APP_RECORD);
    expect(article.source?.name).toBe("每日经济新闻");
    expect(article.author).toBe("冯彪");
    expect(article.editor).toBe("陈星");
    expect(article.publishedAt).toBe("2017-03-09T11:21:31+08:00");
  });
});
