// Markdown that crawlers write of newspapers and broadcasts (datasets/fresh-39): an archiver's daily transcript digest
// and an e-paper's reading vault. Excerpts of the real files, shortened; repositories and commits in
// datasets/fresh-39/SOURCES.tsv.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCreditLine } from "../src/credits/grammar.js";
import { withoutNamePadding } from "../src/credits/outlets.js";
import { parse } from "../src/index.js";

describe("a transcript archiver's daily digest (FrederickPi1969/xinwenlianbo-transcripts, news/2025/20251020.md)", () => {
  const digest = (metadata: readonly string[]) =>
    [
      "# 新闻联播 2025-10-20",
      "",
      ...metadata,
      "",
      "## 本期节目主要内容",
      "",
      "本期节目主要内容：",
      "3.中国经济稳中有进 前三季度国内生产总值同比增长5.2%；",
      "（《新闻联播》 20251020 19:00）",
      "",
      "## 3. 中国经济稳中有进 前三季度国内生产总值同比增长5.2%",
      "",
      "央视网消息（新闻联播）：国家统计局今天（10月20日）公布前三季度主要经济指标。初步核算，前三季度国内生产总值1015036亿元，同比增长5.2%。",
      "",
      "> 原文：https://tv.cctv.com/2025/10/20/VIDEjZBCaIKJGJiV26H6XCKH251020.shtml",
      "",
      "## 16. 美将对墨番茄征收超17%“反倾销税” 墨称美做法损人害己",
      "",
      "央视网消息（新闻联播）：欧盟准备对价值720亿欧元的美国进口商品征收额外反制关税。",
      "",
      "> 原文：https://tv.cctv.com/2025/07/15/VIDEXjA178rmyGqxhoILBceG250715.shtml",
    ].join("\n");
  const metadata = [
    "- 数据源：央视网（CCTV 官方文字稿）",
    "- 目录页：https://tv.cctv.com/lm/xwlb/day/20251020.shtml",
    "- 新闻条数：10",
    "- 抓取时间：2026-09-04T10:37:01+08:00",
  ];

  it("reads the metadata list (its data source without the note after it) and leaves the list and the crawl time out", () => {
    const article = parse(digest(metadata), { filename: "20251020.md" });
    expect(article.title).toBe("新闻联播 2025-10-20");
    expect(article.source?.name).toBe("央视网");
    // The broadcast's stamp, never the crawl time.
    expect(article.publishedAt).toBe("2025-10-20T19:00:00+08:00");
    expect(article.text.startsWith("本期节目主要内容")).toBe(true);
    for (const word of ["数据源", "目录页", "新闻条数", "抓取时间", "2026-09-04"])
      expect(article.text).not.toContain(word);
  });

  it("leaves out each item's `> 原文：<url>` link line, so the text ends with the last item's last sentence", () => {
    const article = parse(digest(metadata), { filename: "20251020.md" });
    expect(article.text).not.toContain("原文：");
    expect(article.text.endsWith("欧盟准备对价值720亿欧元的美国进口商品征收额外反制关税。")).toBe(true);
    expect(article.text).toContain("3. 中国经济稳中有进 前三季度国内生产总值同比增长5.2%");
  });

  it("gives the digest no original: each `> 原文：` link is its item's, and there are two (stages/credits.ts digestItemLinks)", () => {
    const article = parse(digest(metadata), { filename: "20251020.md" });
    expect(article.originalUrl).toBeNull();
  });

  it("keeps the one original link of a digest of one item", () => {
    const one = digest(metadata).split("\n## 16.")[0]!;
    expect(parse(one, { filename: "20251020.md" }).originalUrl).toBe(
      "https://tv.cctv.com/2025/10/20/VIDEjZBCaIKJGJiV26H6XCKH251020.shtml",
    );
  });

  it("keeps a list whose labels are not all known as the story's", () => {
    const article = parse(digest(["- 数据源：央视网", "- 主持人：康辉"]), { filename: "20251020.md" });
    expect(article.text).toContain("主持人：康辉");
  });
});

describe("`原文` labelling an original's address (credits/grammar.ts ORIGINAL_LINK_LINE)", () => {
  it.each([
    ["原文：https://tv.cctv.com/2025/10/20/VIDEjZBCaIKJGJiV26H6XCKH251020.shtml", true],
    ["原文: https://example.com/a.html", true],
    ["原文如下：", false],
    ["原文", false],
    ["原文：见附件", false],
  ])("%s → an original link: %s", (line, isLink) => {
    expect(readCreditLine(line)?.kind === "original-link").toBe(isLink);
  });

  it("reads the address when it is the one link of a single story", () => {
    const article = parse("# 标题\n\n正文第一段。\n\n原文：https://news.mysite.cn/news/1.html\n");
    expect(article.originalUrl).toBe("https://news.mysite.cn/news/1.html");
    expect(article.text).toBe("正文第一段。");
  });
});

describe("an e-paper's reading vault (leeperfect/PeopleDailyMaterial, data/vault/2025/04/17/12-经济/…md)", () => {
  const note = (stamp: string, author: string, tail = "") =>
    [
      "---",
      'title: "小企业这样出海闯商机（经济聚焦·稳外贸扩消费）"',
      "date: 2025-04-17",
      'section: "第12版"',
      `author: "${author}"`,
      'source_url: "https://paper.people.com.cn/rmrb/pc/content/202504/17/content_30068344.html"',
      "---",
      "",
      "### 透过湖北武汉国际贸易数字化平台看外贸韧性——",
      "",
      "# 小企业这样出海闯商机（经济聚焦·稳外贸扩消费）",
      "",
      `> ${stamp}`,
      "",
      "湖北武汉是我国重要的外贸城市之一。据武汉海关统计，一季度，武汉市进出口949.7亿元，同比增长17.8%。",
      "",
      "“我们已上线外贸服务80余项，深度服务外贸企业超1500家。”李尚松说。",
      ...(tail === "" ? [] : ["", tail]),
    ].join("\n");

  it("reads the stamp that runs the byline into the print edition, and leaves it out of the text", () => {
    const article = parse(note("本报记者  吴  君《人民日报》（2025年04月17日第 12 版）", "吴  君"));
    expect(article.source?.name).toBe("人民日报");
    // The blanks inside a two-character name give it a three-character name's width: typography, no part of it.
    expect(article.author).toBe("吴君");
    expect(article.publishedAt).toBe("2025-04-17T00:00:00+08:00");
    expect(article.originalUrl).toBe(
      "https://paper.people.com.cn/rmrb/pc/content/202504/17/content_30068344.html",
    );
    expect(article.text).not.toContain("第 12 版");
    expect(article.text).not.toContain("本报记者");
  });

  it("reads the stamp with the writer's name alone before the edition (an opinion column)", () => {
    const article = parse(note("罗珊珊《人民日报》（2025年07月16日第 19 版）", "罗珊珊"));
    expect(article.source?.name).toBe("人民日报");
    expect(article.author).toBe("罗珊珊");
    expect(article.text.startsWith("湖北武汉是我国重要的外贸城市之一。")).toBe(true);
  });

  it("reads a stamp's writers of a joint byline", () => {
    expect(readCreditLine("本报记者 王政、刘温馨《人民日报》（2025年06月19日第 03 版）")).toEqual({
      kind: "source",
      name: "人民日报",
      author: "王政、刘温馨",
    });
  });

  it("leaves out the page's layout credit closing the story", () => {
    const article = parse(
      note("本报记者  刘志强《人民日报》（2025年07月16日第 04 版）", "刘志强", "版式设计：蔡华伟"),
    );
    expect(article.author).toBe("刘志强");
    expect(article.text.endsWith("李尚松说。")).toBe(true);
    expect(article.text).not.toContain("蔡华伟");
  });
});

describe("a padded name (credits/outlets.ts withoutNamePadding)", () => {
  it.each([
    ["吴  君", "吴君"],
    ["王\u3000强", "王强"],
    ["欧 阳 明", "欧阳明"],
    ["刘志强", "刘志强"],
    ["王政 刘温馨", "王政 刘温馨"],
    ["Li Wei", "Li Wei"],
    // A list: datasets/fresh-16/rss-item/people-politics__31833332.xml (人民网's feed, `<author>`); a run of four
    // single characters says no name's bounds.
    ["本报记者 李 纵 周小苑", "本报记者 李纵 周小苑"],
    ["记者 周小苑  李 纵", "记者 周小苑  李纵"],
    ["王 强 李 明", "王 强 李 明"],
    // The e-paper vault's stamp (leeperfect/PeopleDailyMaterial, above): a label, then the padded name.
    ["本报记者  吴  君", "本报记者  吴君"],
    ["本报记者\u3000欧\u3000阳\u3000明", "本报记者\u3000欧阳明"],
    // A run is read from its first character, and a lone character after it, however far, says no name's bounds.
    ["记者 李 纵      周", "记者 李 纵      周"],
    ["周      李 纵 记者", "周      李纵 记者"],
    ["李 纵 周小苑 王 强", "李纵 周小苑 王强"],
  ])("%s → %s", (name, expected) => {
    expect(withoutNamePadding(name)).toBe(expected);
  });

  it("only ever takes blanks out, and out of a whole name only in a name of two or three characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        const read = withoutNamePadding(name);
        if (read === name) return;
        const blanks = /[ \t\u3000]/gu;
        expect(read.replace(blanks, "")).toBe(name.replace(blanks, ""));
        if (/[ \t\u3000]/u.test(read)) return;
        expect([...read].length).toBeGreaterThanOrEqual(2);
        expect([...read].length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it("reads a feed's byline stated as its author: the reporters, each name whole", () => {
    // datasets/fresh-16/rss-item/people-politics__31833332.xml (人民网's RSS 2.0 item, excerpt: its head and
    // first paragraph; fresh-16/SOURCES.tsv gives its repository)
    const item = parse(
      "<item>\n<title><![CDATA[增收致富门路宽（走向我们的小康生活）]]></title>\n<link>http://politics.people.com.cn/n1/2020/0824/c1001-31833332.html</link>\n<pubDate>2020-08-25</pubDate>\n<author>本报记者 李 纵 周小苑</author>\n<description><![CDATA[<p> 　　“这是两万元，表哥你点点。”农海忠把手里的钱递出去，神情轻松，“大前年，家里改建民宿时向亲戚借了18万元，没想到3年就能全部还清。”</p>]]></description>\n</item>\n",
      { filename: "people-politics__31833332.xml" },
    );
    expect(item.author).toBe("李纵、周小苑");
  });
});
