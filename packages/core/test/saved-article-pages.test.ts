import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

// Excerpts of saved article pages (datasets/fresh-83): BBC中文网's Topcat2 page kept by goose3's tests
// (tests/data/content/test_bbc_chinese.html), a 搜狐号 page kept inside a Python unittest (search-index file 4123148336)
// and 好奇心日报's page kept by a Go readability port (naiba-archived/readability-go test/1.html).

/** BBC中文网's page: Dublin Core metadata, the edition named in the `<title>`, quotes as windows-1252 references. */
const BBC = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-Hans" lang="zh-Hans">
   <head>
      <title>港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地</title>
      <meta name="dc.publisher" content="British Broadcasting Corporation" />
      <meta name="dc.identifier"
            content="http://www.bbc.co.uk/zhongwen/simp/chinese_news/2012/12/121210_hongkong_politics.shtml" />
      <meta name="dcterms.created" content="2012-12-10T09:24:01+00:00" />
      <meta name="dcterms.modified" content="2012-12-10T10:41:47+00:00" />
</head>
<body>
                  <h1>港特首梁振英就住宅违建事件道歉</h1>
                  <div class="datestamp"><span class="lastupdated">更新时间</span> 2012年12月10日, 格林尼治标准时间10:41
                  </div>
                  <div class="bodytext">
                     <p class="ingress">香港行政长官梁振英在各方压力下就其大宅的违章建筑（僭建）问题到立法会接受质询，并向香港民众道歉。</p>
                     <p>梁振英此前承认早在去年参选行政长官之前就已知悉其住宅的违建问题，引发诚信危机。</p>
                     <p>不过泛民主派议员们普遍指责梁振英&#0147;撒谎&#0148;，要求他马上辞职下台。</p>
                     <p>民主党此前计划在星期三（11日）对梁振英提出不信任动议。</p>
                  </div>
</body>
</html>`;

/** The 搜狐号 page's head: og:url without its scheme beside the canonical link. */
const SOHU = `<!doctype html>
<html>
 <head>
 <title>职场下午茶，如何把握？_领导_奶茶_方式</title>
 <meta name="mediaid" content="骑着小木马走天下">
 <meta property="og:url" content="www.sohu.com/a/749607511_121846184">
 <meta property="og:release_date" content="2024-01-04 22:46">
 <link rel="canonical" href="https://www.sohu.com/a/749607511_121846184">
 </head>
 <body class="article-page">
    <h1>职场下午茶，如何把握？ <span class="article-tag"> </span></h1>
    <article class="article" id="mp-editor">
    <p>身为一个员工，在单位里给领导点奶茶是一种常见的礼仪，也是一种表示尊重和关心的方式。不过，这并不意味着这种行为是必须的或者被要求的，而是出于个人的意愿和考虑。</p>
    <p>首先，给领导点奶茶是一种表达尊重和关心的方式。在中国的传统文化中，尊重和关心是相互关联的，而表达尊重和关心的方式也有很多种。</p>
    </article>
 </body>
</html>`;

/** 好奇心日报's story closing with its picture credit and its app-store prompt. */
const QDAILY = `<html><head><title>WPP创始人兼CEO苏铭天辞职，4A广告业最后一个大佬的离场意味着什么？_商业_好奇心日报</title></head><body>
<div class="detail">
    <p>苏铭天（Martin Sorrell）对于广告业的意义，从一个破坏者的形象开始，以另一种“破坏者”的形象结束。<br></p>
    <p>后者会不会像前者那样引发深刻的变化，现在还不好说。4 月 14 日晚间，全球最大广告集团 WPP 突然宣布，在针对其“个人不当行为”指控的内部调查结束后，苏铭天辞去集团 CEO 的职位。</p>
    <p>苏铭天在告别信的结尾写道：“作为创始人，我可以说 WPP 现在的问题不仅是生死攸关，它曾经、现在和将来都会是比生死更重要的问题。祝你们好运……现在‘回到未来’（Back to the Future）。”</p>
    <p>题图来自 <a href="http://www.arabianbusiness.com/" rel="nofollow">arabian business</a>，<a href="https://unbound.live/" rel="nofollow">unbound</a></p>
<p class="lazylood">喜欢这篇文章？去 App 商店搜 <a href="http://m.qdaily.com/mobile/downloads/empty/2">好奇心日报</a> ，每天看点不一样的。</p></div></body></html>`;

describe("a CMS page's Dublin Core metadata (datasets/fresh-83, BBC中文网)", () => {
  it("dates the story by dcterms.created and takes dc.identifier as its address", () => {
    const article = parse(BBC);
    expect(article.publishedAt).toBe("2012-12-10T09:24:01+00:00");
    expect(article.originalUrl).toBe(
      "http://www.bbc.co.uk/zhongwen/simp/chinese_news/2012/12/121210_hongkong_politics.shtml",
    );
  });

  it("names the outlet's Chinese edition the title states, not the bare outlet its host names, and no hop", () => {
    const article = parse(BBC);
    expect(article.source?.name).toBe("BBC中文网");
    expect(article.via).toEqual([]);
  });

  it("reads numeric references to windows-1252 bytes as the quotes they stand for", () => {
    expect(parse(BBC).text).toContain("不过泛民主派议员们普遍指责梁振英“撒谎”，要求他马上辞职下台。");
  });

  it("takes no identifier that is not a web address", () => {
    const isbn = BBC.replace(/content="http:\/\/www\.bbc\.co\.uk[^"]+"/u, 'content="urn:isbn:9787020002207"');
    expect(parse(isbn).originalUrl).toBeNull();
  });
});

describe("a page whose og:url lacks its scheme (datasets/fresh-83, 搜狐号)", () => {
  it("takes the canonical link, the address written whole", () => {
    const article = parse(SOHU);
    expect(article.originalUrl).toBe("https://www.sohu.com/a/749607511_121846184");
    expect(article.publishedAt).toBe("2024-01-04T22:46:00+08:00");
    expect(article.source?.name).toBe("骑着小木马走天下");
  });

  it("prefers an og:url written whole, and keeps a schemeless one when nothing else states the address", () => {
    const whole = SOHU.replace('content="www.sohu.com', 'content="https://www.sohu.com');
    expect(parse(whole).originalUrl).toBe("https://www.sohu.com/a/749607511_121846184");
    const alone = SOHU.replace(/ <link rel="canonical"[^>]*>\n/u, "");
    expect(parse(alone).originalUrl).toBe("www.sohu.com/a/749607511_121846184");
  });

  it("takes the whole address whatever host and path the schemeless og:url names", () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/u);
    const address = fc.tuple(label, label, fc.stringMatching(/^[a-z0-9_]{1,16}$/u));
    fc.assert(
      fc.property(address, ([host, tld, path]) => {
        const page = SOHU.replaceAll("www.sohu.com/a/749607511_121846184", `www.${host}.${tld}/a/${path}`);
        expect(parse(page).originalUrl).toBe(`https://www.${host}.${tld}/a/${path}`);
      }),
      { numRuns: 60 },
    );
  });
});

describe("an outlet's app-store prompt closing its story (datasets/fresh-83, 好奇心日报)", () => {
  it("ends the text with the story's last sentence", () => {
    const text = parse(QDAILY).text;
    expect(text.endsWith("现在‘回到未来’（Back to the Future）。”")).toBe(true);
    expect(text).not.toContain("去 App 商店搜");
    expect(text).not.toContain("题图来自");
  });
});
