import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { detectInput, MARKDOWN_THRESHOLD, markdownScore } from "../src/readers/detect.js";

// Session 48 (tune48), datasets/fresh-77: pages saved without their <html>/<head>/<body> tags or opened by a
// script, Markdown digests whose only Markdown is bold-led list items, a heading that holds the word 来源, a `注：`
// disclaimer, and the related-stories heading in Traditional characters.

// Excerpt of 財訊's article page saved from the browser's DOM (lostmypillow/dms-scrape, test/wealthtest.js; datasets/
// fresh-77 saved-outlet-page/dms-scrape__wealth.html): head elements first, no <html>, <head> or <body> tag.
const HEADLESS = `<title>低軌衛星10月底罩全台 金寶等8檔概念股可注意</title><meta charset="utf-8"><meta property="og:title" content="低軌衛星10月底罩全台 金寶等8檔概念股可注意" data-react-helmet="true"><meta property="og:type" content="article" data-react-helmet="true"><div id="root"><div class="stQA5"><a class="Vvwcb a0OGQ WCp5K xMdLv FAvSQ" style="width: auto;" href="https://www.wealthstore.com.tw/" target="_blank">財訊商城</a><a class="Vvwcb a0OGQ WCp5K xMdLv FAvSQ" style="width: auto;" href="/activities" target="_blank">講座｜課程</a></div><div class="Ibr0f"><div class="zF4y7"><h1 class="g4jRc RNwBm Z6TEj fgA51">低軌衛星10月底罩全台 金寶等8檔概念股可注意</h1></div><div class="A4RZC"><span class="g4jRc aDT8p t1DSN Z6TEj JQK4Q">2024/10/18 17:34</span></div></div><div class="JozKC"><div class="serializer__custom-elements"><p class="qdr-paragraph"><span><span style="white-space: pre-wrap;">中華電信董事長簡志誠13日表示，OneWeb原先出現一些狀況的泰國接收站，目前已排除問題，日本、關島及泰國三個地面站10月底即可24小時覆蓋，而數位部正在國內布建的700座地面接收站預定年底完成，地面端的使用者終端（UT）已進行安裝使用，只要頻寬夠用、即可進行商業推廣。</span></span></p><p class="qdr-paragraph"><span><span style="white-space: pre-wrap;">簡志誠強調，OneWeb未來商業推廣仍以企業用戶應用為主。目前跨國企業仍以採用大頻寬海纜居多，衛星頻寬少，企業通常會應用衛星於跨國企業備援使用。</span></span></p></div></div><div class="K8oWm"><a class="Vvwcb a0OGQ ar8mD xMdLv JWlmP" href="/footers/about" target="_blank">關於財訊</a><a class="Vvwcb a0OGQ ar8mD xMdLv JWlmP" href="/footers/privacy-policy" target="_blank">隱私權政策</a></div></div>`;

// Excerpt of 財訊快報's mobile page (lostmypillow/dms-scrape, test/investor.html; datasets/fresh-77
// saved-outlet-page/dms-scrape__investor.html): a script before the doctype, the site's name as <title>, a 相關新聞 list.
const SCRIPT_FIRST = `<script>//alert('==='+'');</script>


<!DOCTYPE HTML>
<html>
        <head>
                <title>財訊快報</title>
                <meta property="og:site_name" content="財訊快報">
<meta property="og:title" content="大摩報告指稱，供應鏈跡象顯示，蘋果iPhone SE4已開始備貨" />
                        </head>
        <body>
<div class="com">
    <h2 class="page-name" data-desc="文章內容">大摩報告指稱，供應鏈跡象顯示，蘋果iPhone SE4已開始備貨</h2>
    <div class="h2_else boxTitle" >
        <div class="time">2024/10/17　09:09</div>
    </div>
    <div class="boxTitle" data-desc="content">
             <p>【財訊快報／陳孟朔】摩根士丹利(大摩)最新發布的報告指出，供應鏈跡象顯示蘋果公司(美股代碼AAPL)iPhone SE4已經開始備貨，預計蘋果將在2025年3月發布這款新機，其出貨量預計將在1500萬至2000萬支之間。<br><br></p>
             <p>蘋果股價連續兩天急彈6.3美元或2.75%後，週三回吐2.07美元或0.89%至231.78美元，成交78.08億美元，在美個股排名第三。<br>
</p>
        </div>
    <section class="boxTitle" data-desc="相關新聞">
    <div class="tit">
        <p class="newstit page-name" data-desc="相關新聞">
            <span class="tWord">相關新聞</span>
        </p>
    </div>
        <ul class="news boxpadding noP">
                 <li ><a href="Content.asp?articleNo=14202410170109"><span>2024/10/17　16:05</span><p>小馬智行最快本週提交美國IPO申請，籌資3億美元</p></a></li>
            </ul>
</section>
</div>
        </body>
</html>
`;

// hicccx999/news-report's news-archive/stocks_2026-01-29.md (datasets/fresh-77 markdown-digest), its opener and two items.
const DIGEST = `根据北京时间 2026 年 1 月 29 日的市场动态，今日 A 股市场呈现显著的结构性轮动。

以下是今日 A 股市场核心要闻：

1. **三大指数表现分化**：截至收盘，上证指数报收 4130 点上方，微涨 0.16%；深证成指下跌 0.30%；创业板指下跌 0.57%。科创 50 指数受科技股回调影响大跌逾 3%。
2. **白酒板块上演“涨停潮”**：午后白酒板块绝地反击，行业龙头五粮液强势涨停，贵州茅台一度涨近 9%，酒鬼酒、舍得酒业等多股集体封板。`;

// The close of jinyang756/GitHub-knowledge-base's docs/policy/实时金融市场分析（2025年8月20日）.md (datasets/fresh-77 docsify-page).
const DOCSIFY = `# 实时金融市场分析（2025年8月20日）

## 二、关键事件与政策

### 中国 LPR 维持不变

8 月 1 年期 LPR 为 3.00%，5 年期以上 LPR 为 3.50%，连续三个月持平。分析师认为，四季度初可能降息降准以应对经济下行压力。

## 数据来源与专家观点

- **数据来源**：华尔街见闻、界面新闻、金融界、金牛大华财经、抖音财经视频等。
- **专家观点**：东方金诚王青认为四季度可能降息降准；国泰海通证券指出特种集成电路行业拐点确立。

> **注**：以上分析基于公开信息，投资决策需结合个人风险偏好及专业建议。`;

describe("a page saved without its <html>, <head> and <body> tags (datasets/fresh-77)", () => {
  it("is read as a whole page with its head implied: the headline, the date beside it, the story's sentences only", () => {
    const article = parse(HEADLESS, { filename: "dms-scrape__wealth.html" });
    expect(article.format).toBe("html");
    expect(article.title).toBe("低軌衛星10月底罩全台 金寶等8檔概念股可注意");
    expect(article.publishedAt).toBe("2024-10-18T17:34:00+08:00");
    expect(article.text.startsWith("中華電信董事長簡志誠13日表示")).toBe(true);
    expect(article.text.endsWith("企業通常會應用衛星於跨國企業備援使用。")).toBe(true);
    expect(article.text).not.toMatch(/財訊商城|關於財訊|隱私權政策/u);
  });

  it("stays a fragment when its head elements hold no <title>", () => {
    const fragment = HEADLESS.replace(/<title>[^<]*<\/title>/u, "");
    expect(parse(fragment, { filename: "dms-scrape__wealth.html" }).text).toMatch(/^財訊商城/u);
  });
});

describe("a page whose source opens with a script block before its doctype (datasets/fresh-77)", () => {
  it("is an HTML page: og:title over the site's <title>, the shown time, the 相關新聞 list left out", () => {
    expect(detectInput(SCRIPT_FIRST)).toBe("html");
    const article = parse(SCRIPT_FIRST, { filename: "dms-scrape__investor.html" });
    expect(article.title).toBe("大摩報告指稱，供應鏈跡象顯示，蘋果iPhone SE4已開始備貨");
    expect(article.publishedAt).toBe("2024-10-17T09:09:00+08:00");
    expect(article.text.startsWith("【財訊快報／陳孟朔】摩根士丹利(大摩)最新發布的報告指出")).toBe(true);
    expect(article.text.endsWith("成交78.08億美元，在美個股排名第三。")).toBe(true);
    expect(article.text).not.toMatch(/相關新聞|小馬智行/u);
  });

  it("decides by what follows the script: a component file (`<script setup>` then `<template>`) is no page", () => {
    const component = `<script setup>\nconst title = "x";\n</script>\n<template>\n  <h1>{{ title }}</h1>\n</template>\n`;
    expect(detectInput(component)).not.toBe("html");
  });

  it("reads any script body before a page's first tag as prologue, and nothing when the script never closes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        const script = body.replace(/</gu, "‹");
        expect(detectInput(`<script>${script}</script>\n<div><p>正文</p></div>`)).toBe("html");
        expect(detectInput(`<script>${script}\n<div><p>正文</p></div>`)).not.toBe("html");
      }),
      { numRuns: 200 },
    );
  });
});

describe("a digest whose only Markdown is bold-led list items (datasets/fresh-77)", () => {
  it("is Markdown: the labels lose their asterisks, the opener stays the text's start", () => {
    expect(markdownScore(DIGEST)).toBeGreaterThanOrEqual(MARKDOWN_THRESHOLD);
    expect(detectInput(DIGEST, "stocks_2026-01-29.md")).toBe("markdown");
    const article = parse(DIGEST, { filename: "stocks_2026-01-29.md" });
    expect(article.text).not.toContain("**");
    expect(article.text).toContain("三大指数表现分化：截至收盘");
    expect(article.text.startsWith("根据北京时间 2026 年 1 月 29 日的市场动态")).toBe(true);
  });

  it("leaves numbered plain text without bold labels plain", () => {
    const plain = DIGEST.replace(/\*\*/gu, "");
    expect(detectInput(plain, "stocks.txt")).toBe("plain-text");
  });
});

describe("a knowledge-base page's closing sections (datasets/fresh-77)", () => {
  it("keeps a heading that holds the word 来源 as a heading, no credit, and drops the `注：` disclaimer", () => {
    const article = parse(DOCSIFY, { filename: "实时金融市场分析（2025年8月20日）.md" });
    expect(article.source).toBeNull();
    expect(article.text).toContain("数据来源与专家观点");
    expect(article.text.endsWith("国泰海通证券指出特种集成电路行业拐点确立。")).toBe(true);
    expect(article.text).not.toContain("投资决策需结合个人风险偏好");
  });

  it("still reads a source word with its name glued on or after a space", () => {
    expect(parse("正文第一段很长很长的内容。\n\n来源 新华社\n").source?.name).toBe("新华社");
    expect(parse("正文第一段很长很长的内容。\n\n来源：和讯网\n").source?.name).toBe("和讯网");
  });
});
