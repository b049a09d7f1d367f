import { describe, expect, it } from "vitest";
import { readCreditLine } from "../src/credits/grammar.js";
import { parse } from "../src/index.js";

// lift61 (issue 12): saved outlet pages — the page's own address in its share widget, and a Taiwanese magazine's
// closing `本文由「X」授權轉載` credit, kept through the related box under it and read as the source.

const STORY = [
  "摩根士丹利(大摩)最新發布的報告指出，供應鏈跡象顯示蘋果公司iPhone SE4已經開始備貨，預計蘋果將在2025年3月發布這款新機。",
  "與此同時，據知情人士透露，蘋果人資長Carol Surface即將離職，蘋果公司的員工在週三收到Surface的離職通知。",
  "蘋果股價連續兩天急彈6.3美元或2.75%後，週三回吐，成交78.08億美元，在美個股排名第三。",
];

/** A saved page: a `<title>` and og:title naming `headline`, `share` markup, then the story's paragraphs. */
function page(headline: string, share: string, story: readonly string[] = STORY): string {
  return `<html><head><title>${headline}</title><meta property="og:title" content="${headline}" /></head><body>
${share}
<div class="article"><h2 class="page-name">${headline}</h2>
${story.map((line) => `<p>${line}</p>`).join("\n")}
</div></body></html>`;
}

describe("the page's own address as its share widget holds it", () => {
  // datasets/fresh-83 saved-outlet-page/qdaily__52259.html (naiba-archived/readability-go test/1.html): 好奇心日报's
  // share box, its data-title the headline in 《》 with the outlet's handle.
  const QDAILY_HEADLINE = "WPP创始人兼CEO苏铭天辞职，4A广告业最后一个大佬的离场意味着什么？";
  const QDAILY_SHARE = `<div class="com-share-favor" data-id="52259" data-title="《${QDAILY_HEADLINE}》，来自@好奇心日报" data-url="http://www.qdaily.com/articles/52259.html" data-weiboappkey="2462590045"><div class="share-favor-bd clearfix"></div></div>`;

  it("reads a share box's data-url whose data-title names the headline (好奇心日报)", () => {
    expect(parse(page(QDAILY_HEADLINE, QDAILY_SHARE)).originalUrl).toBe(
      "http://www.qdaily.com/articles/52259.html",
    );
  });

  // The share link of 莫斯科回声's news page as a scraper's comment quotes it (search index file 27343417627, a Go
  // scraper of echo.msk.ru: `<a rel="nofollow" href="/likes/e1678230/" class="share" data-url=… data-title=…>`).
  it("reads a share link's data-url whose data-title is the headline (echo.msk.ru)", () => {
    const headline = "Новое уголовное дело о ремонте кораблей Северного флота поступило в суд";
    const share = `<a rel="nofollow" href="/likes/e1678230/" class="share" data-url="http://echo.msk.ru/news/1678230-echo.html" data-title="${headline}">`;
    expect(parse(page(headline, `${share}</a>`)).originalUrl).toBe(
      "http://echo.msk.ru/news/1678230-echo.html",
    );
  });

  // A video's share box inside a page (search index file 5665720572: `<div class="share"
  // data-url="http://www.youtube.com/watch?v=qu5VBQkXY3k" data-title="Robledo y Peláez - …">`) shares the video.
  it("leaves a share box that titles something else, and a site-wide one without a path", () => {
    const video = `<div class="share" data-url="http://www.youtube.com/watch?v=qu5VBQkXY3k" data-title="Robledo y Peláez - Homenaje al senador Robledo"></div>`;
    expect(parse(page(QDAILY_HEADLINE, video)).originalUrl).toBeNull();
    // search index file 25522862470: a tool site's footer `<div id="share" class="share" data-url="http://unminify.com">`.
    const site = `<div id="share" class="share" data-url="http://unminify.com" data-title="${QDAILY_HEADLINE}"></div>`;
    expect(parse(page(QDAILY_HEADLINE, site)).originalUrl).toBeNull();
  });

  // datasets/fresh-77 saved-outlet-page/dms-scrape__investor.html (lostmypillow/dms-scrape test/investor.html):
  // 財訊快報's mobile page names its address only in the text its LINE button shares.
  const INVESTOR_HEADLINE = "大摩報告指稱，供應鏈跡象顯示，蘋果iPhone SE4已開始備貨";
  const lineScript = (text: string) => `<script>
           function line(){
            str="${text}"
                str=encodeURI(str);
                       parent.location.href="http://line.naver.jp/R/msg/text/?"+str;
                }
        </script>`;

  it("reads the address a script's share text puts after the headline (財訊快報)", () => {
    const share = lineScript(
      `${INVESTOR_HEADLINE}   http://www.investor.com.tw/mobile/Content.asp?articleNo=14202410170042`,
    );
    expect(parse(page(INVESTOR_HEADLINE, share)).originalUrl).toBe(
      "http://www.investor.com.tw/mobile/Content.asp?articleNo=14202410170042",
    );
  });

  it("leaves share text that names another headline", () => {
    const share = lineScript(
      "小馬智行最快本週提交美國IPO申請   http://www.investor.com.tw/mobile/Content.asp?articleNo=14202410170109",
    );
    expect(parse(page(INVESTOR_HEADLINE, share)).originalUrl).toBeNull();
  });
});

describe("an owner's leave to reprint (`本文由「X」授權轉載`) names the source", () => {
  it("reads the owner of the closing credit, in either script and bracket", () => {
    // datasets/fresh-77 saved-outlet-page/dms-scrape__wealth.html: 財訊's closing credit.
    expect(readCreditLine("（本文由「工商時報」授權轉載）")).toStrictEqual({
      kind: "source",
      name: "工商時報",
    });
    // A blog scraper's cut list names 鉅亨網-style reposts' closing credit `（本文由 MoneyDJ新聞 授權轉載` (search
    // index file 60806289732): the owner between spaces.
    expect(readCreditLine("（本文由 MoneyDJ新聞 授權轉載）")).toStrictEqual({
      kind: "source",
      name: "MoneyDJ新聞",
    });
    expect(readCreditLine("本文经第一财经授权转载。")).toStrictEqual({ kind: "source", name: "第一财经" });
    // Leave a writer gave an outlet, and a relay's leave from an owner, stay their own lines' readings.
    expect(readCreditLine("本文为冀勇庆授权网易财经《亦观察》专栏发布，转载请注明出处。")).toMatchObject({
      kind: "source",
      name: "网易财经",
      author: "冀勇庆",
    });
    expect(readCreditLine("本文由作者授權轉載")).toBeNull();
  });

  // datasets/fresh-77 saved-outlet-page/dms-scrape__wealth.html, cut: the credit (its outlet a link) over the
  // 延伸閱讀 box of links.
  const WEALTH = `<html><head><title>低軌衛星10月底罩全台 金寶等8檔概念股可注意</title></head><body><div id="root">
<h1>低軌衛星10月底罩全台 金寶等8檔概念股可注意</h1>
<div class="JozKC"><div class="serializer__custom-elements">
<p class="qdr-paragraph"><span><span style="white-space: pre-wrap;">中華電信董事長簡志誠13日表示，OneWeb原先出現一些狀況的泰國接收站，目前已排除問題，日本、關島及泰國三個地面站10月底即可24小時覆蓋。</span></span></p>
<p class="qdr-paragraph"><span><span style="white-space: pre-wrap;">中華電信繼去年與低軌衛星業者OneWeb簽署獨家代理協議後，今年8月再與SES簽訂中軌衛星服務在台灣的獨家合作夥伴契約，推動國內衛星產業發展。</span></span></p>
<p class="qdr-paragraph">
<span>
<span style="white-space: pre-wrap;">（本文由「</span>
</span>
<a target="_blank" href="https://www.ctee.com.tw/news/20241014700061-430502" style="text-decoration: underline;">
<span>
<span style="white-space: pre-wrap;">工商時報</span>
</span>
</a>
<span>
<span style="white-space: pre-wrap;">」授權轉載）</span>
</span>
</p>
<h2 class="qdr-h2"><span><span style="white-space: pre-wrap;">延伸閱讀：</span></span></h2>
<p class="qdr-paragraph"><a target="_blank" href="https://www.ctee.com.tw/news/20241014700067-439901"><span>印度衝5G基建 台鏈跟著旺</span></a></p>
<p class="qdr-paragraph"><a target="_blank" href="https://www.ctee.com.tw/news/20241014700070-439901"><span>搭AI熱 OCP峰會 台廠新品齊發</span></a></p>
</div></div></div></body></html>`;

  it("keeps the credit over a related box for the credits stage, then drops it with the box", () => {
    const article = parse(WEALTH);
    expect(article.source?.name).toBe("工商時報");
    expect(article.text.endsWith("推動國內衛星產業發展。")).toBe(true);
    expect(article.text).not.toContain("授權轉載");
    expect(article.text).not.toContain("延伸閱讀");
  });
});

describe("a story its editor split around an ad slot, each part in a wrapper of one kind", () => {
  // datasets/fresh-77 saved-outlet-page/dms-scrape__wealth.html (lostmypillow/dms-scrape test/wealthtest.js), cut:
  // 財訊's Quadrats editor output, `<div class="JozKC"><div class="serializer__custom-elements">` twice around an
  // empty ad box. A wealth.com.tw scraper reads every `p.qdr-paragraph` of the page for the same reason (search index
  // file 46526415609).
  const part = (lines: readonly string[]) =>
    `<div class="JozKC"><div class="serializer__custom-elements">${lines
      .map(
        (line) =>
          `<p class="qdr-paragraph"><span><span style="white-space: pre-wrap;">${line}</span></span></p>`,
      )
      .join("\n")}</div></div>`;
  const FIRST = [
    "我國低軌衛星布局進入收割期，中華電信去年與全球低軌衛星市占排名第二的Eutelsat OneWeb簽署台灣低軌衛星獨家代理合約之後，預定10月底完成全台覆蓋，年底提供商業服務。",
    "受惠SpaceX 2018年首度將小型實驗通訊衛星送入軌道，開啟低軌衛星新時代。外資摩根士丹利預估，2040年全球衛星市場規模上看1兆530億美元，相關供應鏈將蓬勃發展。",
  ];
  const SECOND = [
    "中華電信董事長簡志誠13日表示，OneWeb原先出現一些狀況的泰國接收站，目前已排除問題，日本、關島及泰國三個地面站10月底即可24小時覆蓋，而數位部正在國內布建的700座地面接收站預定年底完成。",
    "簡志誠強調，OneWeb未來商業推廣仍以企業用戶應用為主。目前跨國企業仍以採用大頻寬海纜居多，衛星頻寬少，企業通常會應用衛星於跨國企業備援使用。",
    "國科會預計2027年發射第一顆B5G低軌通訊衛星，簡志誠強調，中華電信會全力配合政策，B5G低軌通訊衛星通常用於補足B5G通訊不足之處為主。",
  ];
  const PAGE = `<html><head><title>低軌衛星10月底罩全台 金寶等8檔概念股可注意</title></head><body><div id="root">
<h1 class="g4jRc RNwBm Z6TEj fgA51">低軌衛星10月底罩全台 金寶等8檔概念股可注意</h1>
<div class="_Eqmk">${part(FIRST)}
<div class="S4jYS"><div class="_FcTD"><div class="wx1B0"></div></div></div>
${part(SECOND)}</div>
<div class="footer"><a href="/about">關於財訊</a> <a href="/privacy">隱私權政策</a></div>
</div></body></html>`;

  it("joins the wrappers, so the story opens with its first paragraph", () => {
    const text = parse(PAGE).text;
    expect(text.split("\n\n")).toStrictEqual([...FIRST, ...SECOND]);
  });
});

describe("a social platform's button in an info line is no writer", () => {
  // datasets/fresh-86 saved-outlet-page/luin-readability__sina-tech-9100515.html (luin/readability test/test.html):
  // 新浪科技's 2014 info line, the channel's link, then its 微博 card's link.
  it("reads the channel and no author from `新浪科技 微博` after the stamp", () => {
    const page = `<html><head><title>谷歌两年花170亿美元并购 超五大公司总和_业界_新浪科技_新浪网</title></head><body>
<div class="blkContainerSblk"><h1 id="artibodyTitle">谷歌两年花170亿美元并购 超五大公司总和</h1>
<div class="artInfo"><div data-sudaclick="pub_date"><span id="pub_date">2014年01月16日&nbsp;04:04</span>&nbsp;&nbsp; <span id="media_name"><a href="http://tech.sina.com.cn/" target="_blank" data-sudaclick="media_name">新浪科技</a> <a id="media_weibo" class="weibo-card-dropdown" href="http://weibo.com/sinatech?zwm=tech" data-sudaclick="media_weibo">微博</a>
</span></div></div>
<div class="blkContainerSblkCon" id="artibody">
<p>　　新浪科技讯 北京时间1月16日上午消息，据彭博社报道，谷歌在过去两年中共斥资约170亿美元进行收购，超过了苹果、微软、亚马逊、Facebook和雅虎五大科技公司的收购总和。</p>
<p>　　谷歌近期收购了智能恒温器生产商Nest和机器人公司波士顿动力公司(Boston Dynamics)，将公司业务拓展到在线搜索以外的其他领域中去。</p>
</div></div></body></html>`;
    const article = parse(page);
    expect(article.source?.name).toBe("新浪科技");
    expect(article.author).toBeNull();
  });
});
