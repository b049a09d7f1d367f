// A copy script's trailer (Tynt's `全文網址: <page title> <address>#ixzz…`, `Read more: …#ixzz…`) and placeholder
// addresses (`https://example.com/…`): the original's address and site read, the trailer out of the text, and a
// template's placeholder never taken for an original. Excerpts from files of the search index, ids beside each.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutShareTrailer, readShareTrailer } from "../src/credits/share-trailer.js";
import { parse } from "../src/index.js";
import { isPlaceholderLink } from "../src/text/url.js";

// 33961787727 (a Rails app's seeds, the copy of a 聯合新聞網 story in one record's HTML).
const UDN_STORY =
  "彭博說﹕「人們幾乎不敢相信，幼稚園竟會發生悲慘的槍擊案。但接下來發生了維州理工慘案，隨後又是土桑、奧羅拉和橡樹溪等地的槍案。」";
const UDN_TRAILER =
  "全文網址: 帶血的槍 管制槍枝聲再起 | 美小學血腥屠殺 | 全球觀察 | 聯合新聞網 http://udn.com/NEWS/WORLD/WORS1/7568368.shtml#ixzz2F6vjR6Df";
// 37173474658 (a Python script quoting an ETtoday story).
const ETTODAY_TRAILER =
  "原文網址: 國中會考／國文科文言文減少、白話文難懂　考生：題目充滿不確定性 | ETtoday生活 | ETtoday新聞雲 https://www.ettoday.net/news/20190518/1447544.htm#ixzz5oL32KK90";

describe("a copy script's trailer", () => {
  it("reads the address without the fragment and the site the page's title ends with", () => {
    expect(readShareTrailer(UDN_TRAILER)).toEqual({
      url: "http://udn.com/NEWS/WORLD/WORS1/7568368.shtml",
      site: "聯合新聞網",
    });
    expect(readShareTrailer(ETTODAY_TRAILER)).toEqual({
      url: "https://www.ettoday.net/news/20190518/1447544.htm",
      site: "ETtoday新聞雲",
    });
    // 7792923173 (notes under a Java interview question), 23501371073 (a comment over a MACD function: a title
    // without bars names no site), 43198432088 (`Read more at:`).
    expect(
      readShareTrailer(
        "Read more: https://javarevisited.blogspot.com/2012/10/10-java-string-interview-question-answers-top.html#ixzz6C1UktSXi",
      ),
    ).toEqual({
      url: "https://javarevisited.blogspot.com/2012/10/10-java-string-interview-question-answers-top.html",
      site: null,
    });
    expect(
      readShareTrailer(
        "Read more: Moving Average Convergence Divergence (MACD) https://www.investopedia.com/terms/m/macd.asp#ixzz5VfwX1yUA",
      ),
    ).toEqual({ url: "https://www.investopedia.com/terms/m/macd.asp", site: null });
    expect(
      readShareTrailer("Read more at: http://docs.nvidia.com/cuda/nvrtc/index.html#ixzz4ng9ZuEzf "),
    ).toEqual({ url: "http://docs.nvidia.com/cuda/nvrtc/index.html", site: null });
  });

  it("is no trailer without the fragment, or with words after it", () => {
    expect(readShareTrailer("全文網址: http://udn.com/NEWS/WORLD/WORS1/7568368.shtml")).toBeNull();
    expect(readShareTrailer(`${UDN_TRAILER} 更多報導`)).toBeNull();
    expect(cutShareTrailer(`${UDN_STORY} ${UDN_TRAILER} 更多報導`)).toBeNull();
    expect(cutShareTrailer(`${UDN_STORY} http://udn.com/a.shtml#ixzz2F6vjR6Df`)).toBeNull();
  });

  it("is cut off a paragraph it was run onto, with the script's attribution after it", () => {
    expect(cutShareTrailer(`${UDN_STORY} ${UDN_TRAILER} Power By udn.com `)).toEqual({
      rest: UDN_STORY,
      trailer: { url: "http://udn.com/NEWS/WORLD/WORS1/7568368.shtml", site: "聯合新聞網" },
    });
    expect(
      cutShareTrailer(`${ETTODAY_TRAILER} Follow us: @ETtodaynet on Twitter | ETtoday on Facebook`),
    ).toEqual({
      rest: "",
      trailer: { url: "https://www.ettoday.net/news/20190518/1447544.htm", site: "ETtoday新聞雲" },
    });
  });

  it("leaves the story's text and credits the original and the site, run on or on lines of its own", () => {
    const html = parse(`<p>\n${UDN_STORY}\n\n${UDN_TRAILER} \nPower By udn.com \n</p>`, {
      filename: "seed.html",
    });
    expect([html.text, html.originalUrl, html.source?.name]).toEqual([
      UDN_STORY,
      "http://udn.com/NEWS/WORLD/WORS1/7568368.shtml",
      "聯合新聞網",
    ]);
    const lines = parse(`# 美小學血腥屠殺\n\n${UDN_STORY}\n\n${UDN_TRAILER}\n\nPower By udn.com\n`, {
      filename: "quote.md",
    });
    expect([lines.text, lines.originalUrl, lines.source?.name]).toEqual([
      UDN_STORY,
      "http://udn.com/NEWS/WORLD/WORS1/7568368.shtml",
      "聯合新聞網",
    ]);
    // The script's attribution on a line of its own after the ETtoday trailer leaves with it.
    const ettoday = parse(
      `# 國中會考國文科\n\n${UDN_STORY}\n\n${ETTODAY_TRAILER}\n\nFollow us: @ETtodaynet on Twitter | ETtoday on Facebook\n`,
      { filename: "quote.md" },
    );
    expect([ettoday.text, ettoday.originalUrl]).toEqual([
      UDN_STORY,
      "https://www.ettoday.net/news/20190518/1447544.htm",
    ]);
  });

  it("leaves any paragraph without a trailer's label as it was, whatever follows the fragment", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (prose, after) => {
        const text = `${prose.replace(/[網网連链接]|ead/gu, "")} http://a.cn/1#ixzz${after}`;
        expect(cutShareTrailer(text)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe("a placeholder address", () => {
  it("is a reserved or loopback host, or test.com", () => {
    for (const link of [
      "https://example.com/news/1.html",
      "http://www.example.org/a",
      "https://blog.example.net/",
      "http://localhost:3000/posts/1",
      "http://127.0.0.1:8080/a",
      "https://news.site.test/a",
      "https://www.test.com/a",
    ])
      expect([link, isPlaceholderLink(link)]).toEqual([link, true]);
    for (const link of [
      "https://www.ettoday.net/news/20190518/1447544.htm",
      "https://examples.com/a",
      "https://contest.com/a",
      "https://www.investopedia.com/terms/m/macd.asp",
      "not a link",
    ])
      expect([link, isPlaceholderLink(link)]).toEqual([link, false]);
  });

  it("is no original: the credit's line leaves the text and no originalUrl is read", () => {
    const article = parse("# 标题\n\n正文第一段。\n\n原文链接：https://example.com/news/1.html\n");
    expect([article.originalUrl, article.text]).toEqual([null, "正文第一段。"]);
    const stated = parse(
      "---\ntitle: 标题\nurl: http://localhost:4000/2019/01/01/a.html\n---\n\n正文第一段。\n",
    );
    expect(stated.originalUrl).toBeNull();
  });
});
