import { describe, expect, it } from "vitest";
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
