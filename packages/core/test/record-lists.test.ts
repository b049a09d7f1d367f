// Hot-list archivers' snapshots and a spider's export of datasets/fresh-44 (session 33): a body that only holds the
// place of a story (a CMS's player token, a "see the link" note), a story's day in its address's year/month/day
// folders, a title's character references and its list's media badge, a site's badge after an author, and the
// promos a site sets after its story (its related headlines over a follow card, a rebate promo over an ad-link
// disclaimer).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayInFoldersOfUrl, PAGE_DAY_FOLDERS, STORY_DAY_FOLDERS } from "../src/enrich/date-evidence.js";
import { type Article, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";

const dataset = (name: string) => join(import.meta.dirname, "../../../datasets/fresh-44", name);

function articles(input: string, filename = "list.json"): Article[] {
  return [...parseAllSync(input, { filename })].flatMap((result) => (result.ok ? [result.article] : []));
}

/** One object of a hot-list archiver (brian007-ai/hot-search-data's layout) holding these records. */
const hotList = (...data: object[]) =>
  JSON.stringify({ success: true, platform: "site", update_time: "2026-09-03T07:12:54.708Z", data });

const codes = (article: Article) => article.warnings.map((w) => w.code);

describe("a body that only holds the place of a story", () => {
  it("is empty when it is a CMS's player token, and the story's address gives its day (央视网's list, brian007-ai/hot-search-data data/cctv.json)", () => {
    const read = articles(
      readFileSync(dataset("hot-search-json/hot-search-data__cctv-2026-09-03.json"), "utf8"),
    );
    expect(read.map((a) => [a.ref, a.text, a.publishedAt])).toEqual([
      ["item 1", "", "2026-09-03T00:00:00+08:00"],
      ["item 2", "", "2026-09-03T00:00:00+08:00"],
      ["item 3", "", "2026-09-03T00:00:00+08:00"],
    ]);
    expect(read.map(codes)).toEqual([["empty-body"], ["empty-body"], ["empty-body"]]);
  });

  it("keeps the story around a player token", () => {
    const [article] = articles(
      hotList({
        title: "国家医保局发布按病种付费3.0版分组方案",
        content:
          "[!--begin:htmlVideoCode--]ef87057dc23c44b09f6607ec189cc20f,0,1,16:9,newPlayer[!--end:htmlVideoCode--]\n\n国家医保局今天发布按病种付费3.0版分组方案。",
        url: "https://news.cctv.com/2026/09/03/ARTIS9piQA8his2DSLRoPE2V260903.shtml",
      }),
    );
    expect(article!.text).toBe("国家医保局今天发布按病种付费3.0版分组方案。");
  });

  it("is empty when it only sends the reader to the link (国家反诈中心's list, 1ztz/fraud-news-spider news_data.json)", () => {
    for (const note of ["详情请点击链接查看", "点击查看原文", "阅读原文", "详见链接。"]) {
      const [article] = articles(
        hotList({
          title: "涉及留学生 这几种诈骗手法要注意",
          content: note,
          url: "https://example.cn/a/1.html",
        }),
      );
      expect([article!.text, codes(article!).includes("empty-body")]).toEqual(["", true]);
    }
  });

  it("is empty when it only points to where the paper tells the story (another page, the paper's site)", () => {
    // 新民晚报's front-page teaser row (datasets/fresh-78, Chinese_newspaper_crawler's XinMin.csv) and the `>>>详见Axx版`
    // rows a newspaper crawler in the search index sets aside (file 29177635460), as CSV rows of one paper's edition.
    const csv = [
      "title,content,url,date",
      "查明事故原因性质　积极回应社会关切,    >>>详见新民网www.xinmin.cn,https://paper.xinmin.cn/html/xmwb/2022-04-01/1.htm,2022-04-01",
      "一季度经济数据出炉,>>>详见A3版,https://paper.example.cn/html/2022-04-01/1.htm,2022-04-01",
      "春运首日客流平稳,（详见第5版）,https://paper.example.cn/html/2022-04-01/2.htm,2022-04-01",
      "上海昨新增358+4144,今天上午10时，上海市召开疫情防控新闻发布会。详见新民网。,https://paper.xinmin.cn/html/xmwb/2022-04-01/2-3.htm,2022-04-01",
    ].join("\n");
    const rows = articles(csv, "XinMin.csv");
    expect(rows.map((row) => row.text)).toEqual([
      "",
      "",
      "",
      "今天上午10时，上海市召开疫情防控新闻发布会。详见新民网。",
    ]);
    expect(rows.slice(0, 3).every((row) => codes(row).includes("empty-body"))).toBe(true);
  });

  it("empties no body longer than a pointer, whatever follows `>>>详见` (fast-check)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."详见新民网第A3版（）>.w x。，今天") }), (tail) => {
        const content = `>>>详见${tail}`;
        const [article] = articles(hotList({ title: "标题", content, url: "https://example.cn/a/3.html" }));
        if (content.trim().length > 48) expect(article!.text).not.toBe("");
      }),
    );
  });

  it("reads a body's runs of four spaces as its paragraphs' joints, its opening byline then a line of its own", () => {
    // 新民晚报's page-8 row as a newspaper crawler's CSV keeps it (datasets/fresh-78, Chinese_newspaper_crawler's
    // XinMin.csv), paragraphs shortened: each `<p>`'s indent kept as four spaces, no line end.
    const csv = [
      "title,content,url,date",
      "“揽事民警”跨江配药,    首席记者  潘高峰    “实在是太感谢了，你帮了我们大忙，还要你垫钱。”这是家住东方路临沂大楼的董阿姨第三次向林为彬道谢。    林为彬是浦东新区公安分局南码头路派出所的社区民警。,https://paper.xinmin.cn/html/xmwb/2022-04-01/8.htm,2022-04-01",
      "一句话新闻,上海今天最高气温18度    明天转阴。,https://paper.example.cn/html/2022-04-01/9.htm,2022-04-01",
    ].join("\n");
    const [page, brief] = articles(csv, "XinMin.csv");
    expect(page!.author).toBe("潘高峰");
    expect(page!.text.split("\n\n").slice(-2)).toEqual([
      "“实在是太感谢了，你帮了我们大忙，还要你垫钱。”这是家住东方路临沂大楼的董阿姨第三次向林为彬道谢。",
      "林为彬是浦东新区公安分局南码头路派出所的社区民警。",
    ]);
    // One run is no joint pattern: the body stays one paragraph.
    expect(brief!.text).not.toContain("\n");
  });

  it("keeps a sentence that mentions the link", () => {
    const [article] = articles(
      hotList({
        title: "报名通道开启",
        content: "详情请点击链接查看报名须知。",
        url: "https://example.cn/a/2.html",
      }),
    );
    expect(article!.text).toBe("详情请点击链接查看报名须知。");
  });
});

describe("a story's day in its address", () => {
  it("is read from a year's, a month's and a day's folders", () => {
    expect(
      dayInFoldersOfUrl(
        "https://news.cctv.com/2026/09/03/ARTICYtCw92DSj9voYIpkdBG260903.shtml",
        STORY_DAY_FOLDERS,
      ),
    ).toEqual({
      year: 2026,
      month: 9,
      day: 3,
    });
    expect(dayInFoldersOfUrl("https://blog.example.com/2021/1/5/post-title/", STORY_DAY_FOLDERS)).toEqual({
      year: 2021,
      month: 1,
      day: 5,
    });
  });

  it("is none when the folders are no calendar day, or not three in a row", () => {
    expect(dayInFoldersOfUrl("https://example.com/2023/13/40/x.html", STORY_DAY_FOLDERS)).toBeNull();
    expect(dayInFoldersOfUrl("https://example.com/2023/09/x.html", STORY_DAY_FOLDERS)).toBeNull();
    expect(dayInFoldersOfUrl("https://m.ithome.com/html/997927.htm", STORY_DAY_FOLDERS)).toBeNull();
  });

  // One reader takes the forms it reads: a record's link reads 人民网's month-and-day folder, a page's own address
  // the month's English name after a section's folder (自由時報's old site); neither reads the other's form.
  it("is read in the forms its caller names", () => {
    const people = "http://finance.people.com.cn/n1/2022/0530/c1004-32433776.html";
    const liberty = "http://www.libertytimes.com.tw/2013/new/jun/29/today-t2.htm";
    expect(dayInFoldersOfUrl(people, STORY_DAY_FOLDERS)).toEqual({ year: 2022, month: 5, day: 30 });
    expect(dayInFoldersOfUrl(people, PAGE_DAY_FOLDERS)).toBeNull();
    expect(dayInFoldersOfUrl(liberty, PAGE_DAY_FOLDERS)).toEqual({ year: 2013, month: 6, day: 29 });
    expect(dayInFoldersOfUrl(liberty, STORY_DAY_FOLDERS)).toBeNull();
    // A form whose folders are no calendar day gives way to the next: `/2023/02/30/` then `/2023/0301/`.
    expect(dayInFoldersOfUrl("https://example.com/2023/02/30/2023/0301/x.html", STORY_DAY_FOLDERS)).toEqual({
      year: 2023,
      month: 3,
      day: 1,
    });
  });
});

describe("a list's title and author", () => {
  it("are read as a reader sees them: a reference decoded, the video badge gone (IT之家's list, brian007-ai/hot-search-data data/ithome.json)", () => {
    const read = articles(
      readFileSync(dataset("hot-search-json/hot-search-data__ithome-2026-09-03.json"), "utf8"),
    );
    expect([read[0]!.title, read[4]!.title]).toEqual([
      "小米米家石墨烯暖风机 C 开启众筹：80° 广角摆头送风、2000W 大功率，179 元",
      "影史票房榜 TOP3 + 2026 年冠：漫威索尼《蜘蛛侠：崭新之日》全球票房突破 157 亿人民币",
    ]);
  });

  it("keeps a badge's word that is the whole title or glued to it", () => {
    const titled = (title: string) => articles(hotList({ title, content: "正文第一句。" }))[0]!.title;
    expect(titled("央视 直播")).toBe("央视 直播");
    expect(titled("一图看懂新能源车购置税减免政策图集")).toBe("一图看懂新能源车购置税减免政策图集");
    expect(titled("AT&T 第三季度营收增长 组图")).toBe("AT&T 第三季度营收增长");
  });

  it("takes an author without the site's badge (虎嗅's board, Snow-Domain-Smart-Fox/hotboard data/huxiu.json)", () => {
    const read = articles(readFileSync(dataset("hotboard-json/hotboard__huxiu-2026-03-18.json"), "utf8"));
    expect(read.map((a) => a.author)).toEqual([
      "远川投资评论",
      "AppSo",
      "正解局",
      "数字生命卡兹克",
      "旅界",
      "地球知识局",
      "六镇",
      null,
      null,
      null,
    ]);
  });

  it("never throws on any title and author, and never leaves a badge or an empty name (fast-check)", () => {
    const piece = fc.constantFrom(" ", "视频", "©", "®", "&#176;", "&amp;", "新闻", "✓", "a");
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (title, author) => {
        const read = articles(
          JSON.stringify({ data: [{ title, content: "正文第一句。", extra: { author } }] }),
        );
        for (const article of read)
          if (article.author !== null) expect(article.author).not.toMatch(/^$|[©®✓]$/u);
      }),
    );
  });
});

describe("the promos a site sets after its story", () => {
  it("go: its related headlines over its follow card, its rebate promo over its ad-link disclaimer (IT之家's list)", () => {
    const read = articles(
      readFileSync(dataset("hot-search-json/hot-search-data__ithome-2026-09-03.json"), "utf8"),
    );
    const ends = [
      "10 分钟即可实现快速升温。",
      "正式进入了具体的监管审批流程。",
      "系统画图工具和 Photoshop / GIMP 之间的软件。",
      "保障全国用户骑行安全与合法权益。",
      "饰演蝎子人（Mac Gargan / Scorpion）。",
    ];
    expect(read.map((a, i) => a.text.endsWith(ends[i]!))).toEqual([true, true, true, true, true]);
  });

  const story = [
    "IT之家 9 月 3 日消息，米家石墨烯暖风机 C 今日在小米有品开启众筹。",
    "该暖风机延续米家白色家族式简洁设计，尺寸为 175 x 175 x 472 mm。",
  ];

  it("go in a plain-text copy of the same page", () => {
    const text = [
      ...story,
      "微软向更多 Win11 预览版用户推送新版画图、截图工具和记事本",
      "索尼 WH-CH730N 和 WH-CH530 耳机爆料：9 月 7 日推出",
      "长按关注 IT之家 公众号 阅读更多精彩文章",
    ].join("\n\n");
    expect(parse(`暖风机开启众筹\n\n${text}\n`, { filename: "a.txt" }).text).toBe(story.join("\n\n"));
  });

  it("leave a story's own short lines when no prose stands over them", () => {
    const lines = ["第一项议程审议年度报告草案", "第二项议程选举新一届理事会成员", "扫码关注 本会公众号"];
    const article = parse(`会议议程\n\n${lines.join("\n\n")}\n`, { filename: "b.txt" });
    expect(article.text).toBe(lines.slice(0, 2).join("\n\n"));
  });

  it("leave a story's sale over an ad-link disclaimer: only a rebate or a coupon is a promo", () => {
    const disclaimer =
      "广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，IT之家包含外链的文章均包含本声明。";
    const sale = "该暖风机将于 9 月 5 日开售，可在小米有品下单购买。";
    const rebate =
      "IT之家小伙伴记得用 最会买购买电影票 ，享受折扣价的同时还可以获得返利，预计每张票可以节省 5~15 元！";
    expect(parse(`暖风机开售\n\n${story[0]}\n\n${sale}\n\n${disclaimer}\n`, { filename: "c.txt" }).text).toBe(
      `${story[0]}\n\n${sale}`,
    );
    expect(parse(`电影票房\n\n${story[0]}\n\n${rebate}\n\n${disclaimer}\n`, { filename: "d.txt" }).text).toBe(
      story[0],
    );
  });
});
