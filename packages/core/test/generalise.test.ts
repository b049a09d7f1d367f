// Forms seen in real files outside the labelled corpus, written here as small synthetic inputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLabelledFields } from "../src/credits/labelled-fields.js";
import { hostedName, splitSiteSuffix } from "../src/credits/site-suffix.js";
import { detectInput, PACKS, parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { withRules } from "../src/rules/index.js";
import { loadSecurities } from "../src/securities/entry.js";
import { bodyToHtml } from "../src/stages/body.js";
import { LABELLED_DISCLAIMERS } from "../src/stages/boilerplate.js";

const front = (body: string, fields = "title: 标题\ndate: 2021-12-08 10:00:00") =>
  `---\n${fields}\n---\n${body}\n`;

/** A labelled set's file (`datasets/<set>/<name>`), parsed as `pnpm eval` parses it. */
const datasetFile = (set: string, name: string) =>
  parse(readFileSync(join(import.meta.dirname, "../../../datasets", set, name), "utf8"), { filename: name });

describe("datelines and credit lines", () => {
  it.each([
    ["虎扑5月22日讯 克罗斯的续约是皇马今夏的头等大事。", "虎扑"],
    ["新华网东京3月15日专电(记者蓝建中)日本研究人员发现了新方法。", "新华网"],
    ["本报北京５月９日讯 记者潘跃今天获悉。", null],
    ["公司12月8日讯 今日发布公告。", null],
  ])("%s → source %s", (lead, source) => {
    expect(parse(`${lead}\n第二段正文。`).source?.name ?? null).toBe(source);
  });

  it("reads the byline in parentheses after a dateline", () => {
    expect(parse("新华网东京3月15日专电(记者蓝建中)日本研究人员发现了新方法。\n第二段。").author).toBe(
      "蓝建中",
    );
  });

  it("reads 出自 credit lines and removes them", () => {
    const article = parse("标题\n正文第一段。\n(文章出自：前程无忧〈人力资本〉杂志)");
    expect(article.source?.name).toBe("前程无忧〈人力资本〉杂志");
    expect(article.text).toBe("正文第一段。");
  });

  it("reads the trailing outlet of a story followed by a sidebar", () => {
    const article = parse(
      "标题\n正文第一段。\n故事的最后一段。（新华每日电讯）\n新闻链接\n悉尼\n边栏的内容。",
    );
    expect(article.source?.name).toBe("新华每日电讯");
    expect(article.text).toContain("故事的最后一段。\n\n新闻链接");
  });

  it("reads a trailing outlet with only punctuation before it as a credit line, leaving nothing", () => {
    // Found by the Markdown round trip: the `。` left behind read back as a rule line and vanished.
    const article = parse("标题\n正文第一段。\n。（文章来源：北方网）");
    expect(article.source?.name).toBe("北方网");
    expect(article.text).toBe("正文第一段。");
    expect(article.blocks).toEqual([{ type: "paragraph", text: "正文第一段。" }]);
  });

  it("reads 文｜ bylines (kept) and 编辑｜ credits (removed)", () => {
    const article = parse(front("<p>文｜杜晨</p><p>编辑｜VickyXiao</p><p>正文。</p>"));
    expect(article.author).toBe("杜晨");
    expect(article.editor).toBe("VickyXiao");
    expect(article.text).toBe("文｜杜晨\n\n正文。");
  });
});

describe("credit boxes and spellings (datasets/fresh-10 simpread)", () => {
  it("names a source as the outlet writes itself: no typesetting gap where Latin meets Han", () => {
    // datasets/fresh-10/simpread/wechat__jwt.md: `> 来源：腾讯 IMWeb 团队` over the juejin address.
    const article = parse(
      "# JWT\n\n> 来源：腾讯 IMWeb 团队 \n> \n> https://juejin.cn/post/6873700061000237069\n\njwt 是 json web token 的全称，他解决了 session 以上的问题。\n",
    );
    expect(article.source).toEqual({ name: "腾讯IMWeb团队" });
    expect(article.text).toBe("jwt 是 json web token 的全称，他解决了 session 以上的问题。");
  });

  it("reads a closing box of labelled links: the original's address, and the box leaves with its promo", () => {
    // datasets/fresh-10/simpread/163__apt-cache.md: a bold quote closing a 网易号 story.
    const box = [
      "> **原文来自：https://os.51cto.com/art/202011/630899.htm**  ",
      "> **本文地址：https://www.linuxprobe.com/linux-apt-get.html**  ",
      "> **Linux 命令大全：https://www.linuxcool.com/**  ",
    ].join("\n");
    const article = parse(front(`我希望你觉得这个关于 APT 缓存的解释很有趣。\n\n${box}`));
    expect(article.originalUrl).toBe("https://os.51cto.com/art/202011/630899.htm");
    expect(article.text).toBe("我希望你觉得这个关于 APT 缓存的解释很有趣。");
    // Links alone, none saying where the story is, are a list the story gives: they stay.
    const list = "> 官网：https://www.linuxcool.com/\n> 文档：https://docs.linuxcool.com/";
    expect(parse(front(`正文一段。\n\n${list}`)).text).toContain("官网：https://www.linuxcool.com/");
  });
});

describe("an account's card closing the story (datasets/dev/tune scraper-text)", () => {
  // datasets/dev/tune/scraper-text/cutecrawlers__三个牛散操纵股市被刑拘: a sina page's text of a 中国基金报 story.
  const story = (card: string[]) =>
    [
      '三个牛散"操纵"股市被刑拘 顺威股份股今起跌停之旅',
      "",
      "　　中国基金报 泰勒",
      "",
      "　　和这一轮保证对应的是，牛散们大举进入顺威股份，尽管顺威股份的基本面没有盈利增长支撑，股价依然出现暴涨。",
      ...card,
      "",
    ].join("\n");
  const END = "尽管顺威股份的基本面没有盈利增长支撑，股价依然出现暴涨。";

  it("drops the card of the story's outlet — slogan, handle and the stray mark over them", () => {
    const article = parse(story(["　　“", "　　中国基金报：报道基金关注的一切", "　　Chinafundnews"]));
    expect(article.source).toEqual({ name: "中国基金报" });
    expect(article.text.endsWith(END)).toBe(true);
  });

  it("keeps a closing line naming an outlet the credits did not read", () => {
    const article = parse(story(["　　证券时报：报道基金关注的一切"]));
    expect(article.text.endsWith("证券时报：报道基金关注的一切")).toBe(true);
  });
});

describe("staff credits, bylines on their own line (datasets/dev scraper-text, md-html-mirror)", () => {
  it("reads an editor named only by a staff code and removes the line", () => {
    const article = parse(
      "标题\n\n\u3000\u3000正文第一段。\n\n                (责任编辑：DF358)\n            \n",
    );
    expect(article.editor).toBe("DF358");
    expect(article.text).toBe("正文第一段。");
  });

  it("reads a 路透-style staff line into author and editor and removes it", () => {
    const article = parse(
      "标题\n路透北京9月7日 - 中国证监会周五表示，将持续加强监管。\n发稿 张晓翀；审校 张喜良",
    );
    expect([article.author, article.editor, article.source?.name]).toEqual(["张晓翀", "张喜良", "路透"]);
    expect(article.text).toBe("路透北京9月7日 - 中国证监会周五表示，将持续加强监管。");
  });

  it("reads a byline on a short line of its own, with its outlet", () => {
    const article = parse(
      "标题\n\u3000\u3000证券时报记者 李树超\n\u3000\u3000中国基金业协会最新公示的数据显示，规模再创新高。\n第二段。",
    );
    expect([article.author, article.source?.name]).toEqual(["李树超", "证券时报"]);
    expect(article.text.startsWith("证券时报记者 李树超")).toBe(true);
  });
});

describe("credit lines naming several things", () => {
  it("reads 作者：A 来源：X and 来源：X 作者：A whole: source and author, and removes the line", () => {
    for (const line of ["作者：张三 来源：界面新闻", "来源：界面新闻 作者：张三"]) {
      const article = parse(`标题\n正文第一段。\n${line}`);
      expect([article.source?.name, article.author, article.text]).toEqual([
        "界面新闻",
        "张三",
        "正文第一段。",
      ]);
    }
  });

  it("never takes a role word between two names for a name (记者 A 实习生 B)", () => {
    expect(parse("标题\n本报讯（记者 张三 实习生 李四）昨日，市场回暖。\n第二段。").author).toBe("张三");
    expect(parse("标题\n正文第一段。\n（记者 张三 实习生 李四）").author).toBe("张三、李四");
  });
});

describe("a page's summary (datasets/dev scraper-text)", () => {
  it("reads the outlet closing a 摘要 summary as the story's and cuts it", () => {
    const article = parse(
      "标题\n\n摘要\n【标题】军工板块后市的空间依然可观。（天天基金网）\n\n\u3000\u3000军工板块后市的空间依然可观。\u3000\u3000长江证券继续看好。(来源：中国证券报)\u3000\u3000第三段。",
    );
    expect(article.source?.name).toBe("天天基金网");
    expect(article.text).not.toContain("（天天基金网）");
    expect(article.text).toContain("(来源：中国证券报)");
  });
});

describe("plain-text paragraphs", () => {
  it("never joins a line across a blank line or onto an indented line", () => {
    const promo = "美股行情中心：独家提供全美股行业板块、盘前盘后、ETF、权证实时行情的服务栏目说明文字";
    const article = parse(`标题\n\n${promo}\n\n\u3000\u3000欧洲股市周三收盘走低。\n第二段。`);
    expect(article.blocks.map((b) => ("text" in b ? b.text : "")).slice(0, 2)).toEqual([
      promo,
      "欧洲股市周三收盘走低。",
    ]);
  });

  it("drops a site's menu copied above the story, and keeps a list of short lines inside it", () => {
    const menu = parse(
      "标题\n\n热点栏目\n\n资金流向\n千股千评\n个股诊断\n最新评级\n模拟交易\n\n客户端\n\n\u3000\u3000新浪期货讯 三大期指涨跌不一。\n第二段。",
    );
    expect(menu.text.startsWith("新浪期货讯 三大期指涨跌不一。")).toBe(true);
    const names = parse("标题\n\n获奖名单如下。\n张三丰\n李四光\n王五常\n赵六合\n以上名单已公示。");
    expect(names.text).toContain("张三丰");
    expect(names.text).toContain("赵六合");
  });

  it("drops a channel's promo for its quote service", () => {
    const article = parse(
      "标题\n\n美股行情中心：独家提供全美股行业板块、盘前盘后、ETF、权证实时行情\n\n\u3000\u3000欧洲股市周三收盘走低。\n第二段。",
    );
    expect(article.text.startsWith("欧洲股市周三收盘走低。")).toBe(true);
  });
});

describe("boilerplate at the end of articles", () => {
  it("drops a mirror's footer of links after the story, but leaves a 返回… footer to the credits", () => {
    const mirror = parse(
      "### 标题\n\n正文第一段。\n\n------------------------\n#### [禁闻聚合首页](https://example.org/a) &nbsp;|&nbsp;  [一键翻墙软件](https://example.org/b)",
    );
    expect(mirror.text).toBe("正文第一段。");
    const back = parse(
      "# 标题\n\n正文第一段。\n\n[返回北方网新闻](http://example.org/n)｜[返回首页](http://example.org/)",
    );
    expect(back.source?.name).toBe("北方网");
    expect(back.text).toBe("正文第一段。");
  });

  it("drops end markers, reprint notices, tag lines, pagination and empty credits", () => {
    const body = [
      "<p>正文第一段。(文/)</p>",
      "<p>第二段。上一页 [1] [2] [3] 下一页</p>",
      '<p class="end"> - THE END -</p>',
      '<p class="zhuanzai">转载请注明出处：快科技</p>',
      '<p class="bqian"><a href="/tag/w.htm"><i>#</i>Windows 11</a><a href="/tag/m.htm"><i>#</i>微软</a></p>',
    ].join("");
    expect(parse(front(body)).text).toBe("正文第一段。\n\n第二段。");
  });

  it.each([
    "*更新于 2026-02-12 08:30:00*",
    "*生成时间: 2026-02-14 09:30:00 (Asia/Shanghai)*",
    "*Last updated: 2026-02-12*",
  ])("drops the blog stamp %s", (stamp) => {
    expect(parse(front(`正文。\n\n${stamp}`)).text).toBe("正文。");
  });
});

describe("plain text", () => {
  it("decodes HTML entities", () => {
    expect(parse("标题\n用3DMax软件制作完成。&nbsp;&nbsp;A&amp;B").text).toBe("用3DMax软件制作完成。 A&B");
  });

  it("reads a time-stamp line at the top as the publish date and removes it", () => {
    const article = parse(
      "http://www.sina.com.cn 2006年01月28日10:31\n大学生小袁网上投简历求职，很快就接到了电话。\n第二段。",
    );
    expect(article.publishedAt).toBe("2006-01-28T10:31:00+08:00");
    expect(article.text.startsWith("大学生小袁")).toBe(true);
  });

  it("joins lines hard-wrapped in the middle of a sentence", () => {
    const article = parse(
      "标题\n第一段。\n近年来，随着国家、省、市各级政府对职业教育的重视，沈阳市的职业教育\n有了较大发展。目前全市已有学校百余所。",
    );
    expect(article.blocks.map((b) => ("text" in b ? b.text : ""))).toEqual([
      "第一段。",
      "近年来，随着国家、省、市各级政府对职业教育的重视，沈阳市的职业教育有了较大发展。目前全市已有学校百余所。",
    ]);
  });

  it("takes short lines ending in a closing quote as headings", () => {
    const article = parse("标题\n第一段。\n狂妄症——“我就愿意让别人听我的”\n第二段。");
    expect(article.blocks[1]).toEqual({ type: "heading", level: 3, text: "狂妄症——“我就愿意让别人听我的”" });
  });

  it("skips a dateline with full-width digits when deriving a title", () => {
    expect(parse("本报北京５月９日讯 记者潘跃今天获悉：全国已有县。第二句。").title).toBe(
      "记者潘跃今天获悉：全国已有县",
    );
  });
});

describe("HTML details", () => {
  it("takes unrendered Markdown bold on a line of its own inside HTML as a heading (路透中文网 mirror)", () => {
    const article = parse(
      "### 标题\n\n<div>\n <p>\n  第一段正文。\n </p>\n <p>\n  **投资者保护**\n </p>\n <p>\n  第二段正文。\n </p>\n</div>\n",
    );
    expect(article.blocks).toContainEqual({ type: "heading", level: 2, text: "投资者保护" });
    expect(article.text).not.toContain("**");
  });

  it("keeps escaped Markdown stars as text: a paragraph Markdown rendered holds no unrendered bold", () => {
    const article = parse("### 标题\n\n第一段正文。\n\n\\*\\*投资者保护\\*\\*\n\n第二段正文。\n");
    expect(article.blocks).toEqual([
      { type: "paragraph", text: "第一段正文。" },
      { type: "paragraph", text: "**投资者保护**" },
      { type: "paragraph", text: "第二段正文。" },
    ]);
  });

  it("attaches a caption marked only by its class", () => {
    const article = parse(
      front(
        '<p class="image-wrapper"><img src="https://img.example.com/a.png"></p><p class="img-desc">漏洞攻击方式</p>',
      ),
    );
    expect(article.images).toEqual([
      { src: "https://img.example.com/a.png", alt: null, caption: "漏洞攻击方式" },
    ]);
  });

  it("keeps the lines of preformatted code", () => {
    expect(parse(front("<pre><code>FROM centos\nEXPOSE 80</code></pre>")).text).toBe(
      "FROM centos\n\nEXPOSE 80",
    );
  });

  it("does not take an undefined header image for an image", () => {
    const hexo =
      "---\ntitle: 'T'\ncategories:\n - 新媒体\n - 简书\nheadimg: 'https://www.jianshu.com/p/undefined'\ndate: Fri, 11 Feb 2022 11:15:43 GMT\n---\n<div><p>正文。</p></div>";
    expect(parse(hexo).images).toEqual([]);
  });

  it("splits a space-separated category string the way Jekyll does", () => {
    expect(parse(front("正文。", "title: T\ncategories: briefing finance")).categories).toEqual([
      "briefing",
      "finance",
    ]);
  });
});

describe("enrichment", () => {
  it("does not flag a planned future year", () => {
    const article = parse(
      front("<p>FF全球CEO表示，将在2022年7月推出旗舰车型，新规将于2023年1月1日起施行。</p>"),
    );
    expect(article.warnings).toEqual([]);
  });

  it("names a coded company from the dictionary, never from the words before the code", () => {
    expect(
      parse(front("<p>白酒股龙头贵州茅台(600519)上涨。</p>"), { securities: loadSecurities() }).securities,
    ).toEqual([{ code: "600519", market: "SH", name: "贵州茅台", how: "code-in-text", mentions: 1 }]);
  });
});

describe("security names", () => {
  it.each([
    ["摩通：维持渣打集团(2888.HK)增持评级", "渣打集团"],
    ["记者从中国石化（600028）获悉", "中国石化"],
    ["和而泰(002402)发布公告", "和而泰"],
    ["与欧菲光(002456)合作", "欧菲光"],
  ])("%s → %s", (text, name) => {
    expect(parse(front(`<p>${text}。</p>`), { securities: loadSecurities() }).securities[0]?.name).toBe(name);
  });
});

describe("a digest of sections from one outlet", () => {
  const digest = (second: string) =>
    [
      "# 《新闻联播》 (20260213)",
      "",
      "## 新闻摘要",
      "",
      "1.我国完成首次火箭一级箭体海上打捞回收任务；",
      "（《新闻联播》 20260213 19:00）",
      "",
      "### 我国完成首次火箭一级箭体海上打捞回收任务",
      "",
      "<p><strong>央视网消息</strong>（新闻联播）：据中国载人航天工程办公室消息，海上搜索回收分队完成打捞回收任务。</p>",
      "",
      "[查看原文](https://tv.cctv.com/2026/02/13/VIDEHY8svUgVz7cFugmssn6f260213.shtml)",
      "",
      "### 1月末社会融资规模同比增长8.2%",
      "",
      `<p><strong>${second}</strong>（新闻联播）：中国人民银行今天发布，1月末，社会融资规模同比增长8.2%。</p>`,
      "",
      "---",
      "",
      "(更新时间戳: 1770990198770)",
      "",
    ].join("\n");

  it("names the outlet every section's dateline names, keeps a bold dateline in its sentence, and drops the generator's time stamp", () => {
    // Shaped as datasets/dev/tune/md-bare/xwlb-somson__20260213.md (somson/xin-wen-lian-bo).
    const article = parse(digest("央视网消息"), { filename: "20260213.md" });
    expect(article.source).toEqual({ name: "央视网" });
    expect(article.publishedAt).toBe("2026-02-13T19:00:00+08:00");
    expect(article.blocks.filter((b) => b.type === "heading").map((b) => b.text)).toEqual([
      "新闻摘要",
      "我国完成首次火箭一级箭体海上打捞回收任务",
      "1月末社会融资规模同比增长8.2%",
    ]);
    expect(article.text).toContain("央视网消息（新闻联播）：据中国载人航天工程办公室消息");
    expect(article.text).not.toContain("更新时间戳");
  });

  it("names none when the sections' datelines disagree", () => {
    expect(parse(digest("新华社消息"), { filename: "20260213.md" }).source).toBeNull();
  });
});

describe("session 6 classes of the former held-out part (datasets/dev/holdout)", () => {
  it("reads a newsroom byline over a portal's story as the source, the portal going to via", () => {
    const article = parse(
      "---\ntitle: 标题\ndate: 2021-03-22 16:30:26\n---\n<p>每经记者 王海慜 陈晨 每经编辑 何剑岭</p><p>正文第一段。</p><p>责任编辑：王婷</p>\n",
      { channel: { name: "新浪财经", role: "outlet" } } as never,
    );
    expect(article.source?.name).toBe("每日经济新闻");
    expect(article.author).toBe("王海慜、陈晨");
    expect(article.editor).toBe("何剑岭");
  });

  it("takes the story's byline before a WeChat relay note's author", () => {
    const article = parse(
      front(
        "<p>文 | 刘建中 陈汐</p><p>正文第一段。</p><p>本文来自微信公众号“财经十一人”（ID：caijingEleven），作者：不止十一人，36氪经授权发布。</p>",
      ),
    );
    expect(article.author).toBe("刘建中、陈汐");
    expect(article.source?.name).toBe("财经十一人");
  });

  it("reads a byline closing a one-line story after its last sentence, and keeps it", () => {
    const article = parse("标题\n　　本报讯 神雾环保跌停。机构卖出神雾环保1.5亿元。 本报记者 刘芫信");
    expect(article.author).toBe("刘芫信");
    expect(article.text.endsWith("本报记者 刘芫信")).toBe(true);
  });

  it("cuts related-story lines above and below the story, and reads a publication note", () => {
    const article = parse(
      "标题\n相关新闻：社科院原副院长李扬：股市不是用来炒的是用来持有的\n\n第一段正文。\n\n最后一段正文。\n\n（本文刊发于《三联生活周刊》2018年第16期，点击文末封面图可一键下单。部分图片来自网络）\n\n相关报道：武汉研究生坠楼事件：他曾反抗过\n\n扫码订阅精选邮件，看到真实的世界",
    );
    expect(article.text).toBe("第一段正文。\n\n最后一段正文。");
    expect(article.source?.name).toBe("三联生活周刊");
  });

  it("keeps a related-story line inside the story, and a sentence that only mentions a journal", () => {
    const body = [
      "第一段。",
      "第二段。",
      "相关新闻：一条标题",
      ...Array.from({ length: 14 }, (_, i) => `第${i + 3}段。`),
    ];
    const article = parse(`标题\n${body.join("\n\n")}\n\n相关成果已在线发表于《自然》`);
    expect(article.text).toContain("相关新闻：一条标题");
    expect(article.text.endsWith("相关成果已在线发表于《自然》")).toBe(true);
    expect(article.source).toBeNull();
  });

  it("joins a credit split over two lines, drops page counters and badges, and cuts a forum link after a code", () => {
    const article = parse("标题\n图集\n\n首旅酒店(600258,股吧)发布公告。\n\n+1\n\n责任编辑：\n\n尹世杰", {
      securities: loadSecurities(),
    } as never);
    expect(article.text).toBe("首旅酒店(600258)发布公告。");
    expect(article.editor).toBe("尹世杰");
    expect(article.securities.map((s) => `${s.code}.${s.market}`)).toContain("600258.SH");
  });
});

describe("session 7 classes of the fresh sets (datasets/fresh-2, datasets/fresh-3)", () => {
  it("skips a mirror's navigation heading, reads a US-style stamp with the writer and a repost link under the title", () => {
    // Shaped as datasets/fresh-3/gnews-txt/ourhimalayas__gnews_1016993.md (ourhimalayas/txt).
    const article = parse(
      [
        "###  [:house:返回](README.md)",
        "---",
        "",
        "",
        "## 美国金融界和司法届早已不再公正",
        "`3/15/2023 6:00 PM UTC 吃瓜` [轉載自GNews](https://gnews.org/articles/1016993)",
        "",
        "仔细看了一下SEC和南区法院的网站，忍不住想说几句：",
        "",
        "郭文贵被带走，无疑是一个美国金融届和司法届的笑话。**",
      ].join("\n"),
    );
    expect(article.title).toBe("美国金融界和司法届早已不再公正");
    expect(article.publishedAt).toBe("2023-03-15T18:00:00Z");
    expect(article.author).toBe("吃瓜");
    // The repost credit links to the story's page: that outlet published it (the weakest evidence of a source).
    expect(article.source).toEqual({ name: "GNews" });
    expect(article.via).toEqual([]);
    expect(article.originalUrl).toBe("https://gnews.org/articles/1016993");
    expect(article.text).toBe(
      "仔细看了一下SEC和南区法院的网站，忍不住想说几句：\n\n郭文贵被带走，无疑是一个美国金融届和司法届的笑话。",
    );
  });

  it("reads a posting name before a repost credit, and drops a disclaimer that the views are the author's", () => {
    // Shaped as datasets/fresh-3/gnews-txt/ourhimalayas__gnews_25.md.
    const article = parse(
      [
        "###  [:house:返回首頁](https://github.com/ourhimalayas/txt)",
        "---",
        "",
        "## DC每日热点0104",
        "` 喜马拉雅-华盛顿DC农场` [轉載自GNews](https://gnews.org/zh-hans/1821726/)",
        "",
        "编辑：楚门门",
        "8、美中俄英法联合声明承诺防止核战",
        "",
        "免责声明：本文内容仅代表作者个人观点，平台不承担任何法律风险。",
      ].join("\n"),
    );
    expect(article.title).toBe("DC每日热点0104");
    expect(article.source).toEqual({ name: "GNews" });
    expect(article.originalUrl).toBe("https://gnews.org/zh-hans/1821726/");
    expect(article.editor).toBe("楚门门");
    expect(article.text).toBe("8、美中俄英法联合声明承诺防止核战");
  });

  it("drops related stories set one to a list, and reads a closing staff line of labelled roles", () => {
    // Shaped as datasets/fresh-3/news-mirror-md/dutymachine__rfa_1047480.md (自由亚洲电台).
    const article = parse(
      [
        "<!--1602536071000-->",
        "[香港金融机构或面临美国第二波制裁](https://www.rfa.org/mandarin/yataibaodao/gangtai/hj-10122020140616.html)",
        "------",
        "",
        '<p>由于周一是美国政府提交报告的最后期限。</p><ul><li><b><a class="external-link" href="http://www.rfa.org/a.html">美国制裁林郑月娥在内的多名中方官员</a></b></li></ul><ul><li><b><a href="http://www.rfa.org/b.html">美参议院通过加强版制裁法案</a></b></li></ul><p>他悲观表示，短期内无法改变。</p><p> </p><p>（记者：韩洁   责编：申铧   网编：洪伟）</p>',
      ].join("\n"),
    );
    expect(article.source).toEqual({ name: "自由亚洲电台" });
    expect(article.author).toBe("韩洁");
    expect(article.editor).toBe("申铧");
    expect(article.text).toBe("由于周一是美国政府提交报告的最后期限。\n\n他悲观表示，短期内无法改变。");
  });

  it("keeps a single list of one link: only a run of them is a related-stories block", () => {
    const article = parse(
      '<p>第一段。</p><ul><li><a href="https://example.com/a">一条链接</a></li></ul><p>第二段。</p>',
    );
    expect(article.text).toContain("一条链接");
  });

  it("reads an aggregator's `【column】writer｜headline` title: the writer is the source, the aggregator via", () => {
    // Shaped as datasets/fresh-3/news-mirror-md/dutymachine__cdt_392002.md (中国数字时代 carrying 新京报).
    const article = parse(
      [
        "<!--1601181289000-->",
        "[【异闻观止】新京报｜北京明年起实行煤气罐实名购买](https://chinadigitaltimes.net/chinese/2020/09/x/)",
        "------",
        "",
        "<p>新京报快讯（记者 李玉坤）明年起，北京将实行煤气罐“实名购买”。</p>",
      ].join("\n"),
    );
    expect(article.title).toBe("北京明年起实行煤气罐实名购买");
    expect(article.source).toEqual({ name: "新京报" });
    expect(article.via).toEqual(["中国数字时代"]);
    expect(article.author).toBe("李玉坤");
  });

  it("takes a site's name a rule pack learned off a title written in front matter", () => {
    const file = "---\ntitle: 央行开展逆回购操作 | 财经早参考\n---\n正文第一段。\n";
    expect(parse(file).title).toBe("央行开展逆回购操作 | 财经早参考");
    const rules = [{ name: "learned-1", titleSuffixes: ["| 财经早参考"] }];
    expect(parse(file, { packs: withRules(PACKS, rules) }).title).toBe("央行开展逆回购操作");
  });

  it("drops a linked title standing alone after the story, and keeps a short link or a linked sentence", () => {
    // Shaped as datasets/fresh-4/news-mirror-md/dutymachine__cdt_392028.md (a related 新华网 story closing it).
    const related = parse(
      '<p>习近平强调，必须长期坚持。</p><p><a href="http://www.xinhuanet.com/politics/2020-09/26/c_1126544371.htm">新华网｜习近平：坚持依法治疆团结稳疆文化润疆富民兴疆长期建疆</a></p>',
    );
    expect(related.text).toBe("习近平强调，必须长期坚持。");
    const kept = parse(
      '<p>第一段正文。</p><p><a href="https://example.com/a">报告全文</a></p><p><a href="https://example.com/b">这是一句带链接的完整句子，它属于正文。</a></p>',
    );
    expect(kept.text).toContain("报告全文");
    expect(kept.text).toContain("这是一句带链接的完整句子，它属于正文。");
  });

  it("reads `writer｜headline` off a page that is no aggregator's only when the body credits that writer", () => {
    const confirmed = parse(
      "---\ntitle: 红星新闻｜布病事件一年后的兰州盐场堡\n---\n<p>正文第一段。</p><p>红星新闻记者 潘俊文 甘肃兰州摄影报道</p>\n",
    );
    expect(confirmed.title).toBe("布病事件一年后的兰州盐场堡");
    expect(confirmed.source).toEqual({ name: "红星新闻" });
    expect(confirmed.author).toBe("潘俊文");
    // corpus:hexo-aggregator: a column's name before the headline, which the body does not credit.
    const column = parse(
      "---\ntitle: 新能源日报｜多重利空下 特拉斯市值冲击3万亿美元\n---\n<p>正文第一段。</p>\n",
    );
    expect(column.title).toBe("新能源日报｜多重利空下 特拉斯市值冲击3万亿美元");
  });
});

describe("a mirror's navigation heading", () => {
  it("is only a back or home link: a linked headline that starts with 返回 is the title", () => {
    const article = parse("## [返回故乡的路](https://news.mysite.cn/story)\n\n正文第一段。\n");
    expect(article.title).toBe("返回故乡的路");
    expect(article.originalUrl).toBe("https://news.mysite.cn/story");
  });
});

describe("session 8 classes of the fifth fresh set (datasets/fresh-5)", () => {
  const page = (body: string, title = "中国企业盯上东芝半导体人才") =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} – 外媒报道 – 镜像站</title>` +
    `<meta property="og:url" content="https://mirror.example.com/2017/09/14/story.html"></head><body>` +
    `<article class="post"><h1>${title}</h1><div><a href="https://cn.nikkei.com/industry/27038.html">原文</a></div>` +
    `<div class="entry">${body}</div></article></body></html>`;
  const paragraphs = [
    "东芝的半导体存储器业务依然没有确定买家，中国企业正在挖角其技术人员。",
    "据相关人士透露，多家企业开出了数倍于日本的薪酬，技术人员的流失每时每刻都在发生。",
    "如果继续这样轻视一线，将被给出优厚待遇的竞争对手夺走优秀技术人才。",
  ]
    .map((p) => `<p>${p}</p>`)
    .join("");

  it("takes the story's original from a mirror page's link labelled 原文, not the mirror's own address", () => {
    const article = parse(page(paragraphs));
    expect(article.originalUrl).toBe("https://cn.nikkei.com/industry/27038.html");
    expect(article.source).toEqual({ name: "日经中文网" });
  });

  it("drops a reprint prohibition, an unlabelled views disclaimer, a comment prompt and a subscribe prompt", () => {
    const article = parse(
      page(
        `${paragraphs}<p>版权声明：日本经济新闻社版权所有，未经授权不得转载或部分复制，违者必究。</p>` +
          "<p>本文仅代表个人观点，不代表日本经济新闻（中文版：日经中文网）。</p><p>网友如有评论，请用下表：</p>",
      ),
    );
    expect(article.text).toMatch(/夺走优秀技术人才。$/u);
    const weekly = parse(
      "# 科技爱好者周刊（第 198 期）\n\n这里记录每周值得分享的科技内容，周五发布。\n\n微信搜索“阮一峰的网络日志”或者扫描二维码，即可订阅。\n",
    );
    expect(weekly.text).not.toContain("即可订阅");
    // A sentence of the story that only mentions a comment stays.
    expect(parse("网友如有评论，请用下表填写后寄回编辑部，我们会在下周刊出。\n第二段。").text).toContain(
      "网友如有评论",
    );
  });

  it("reads a staff line naming one person for two roles before one colon, and removes it", () => {
    const article = parse(page(`${paragraphs}<p>(编写/责编：横路)</p>`));
    expect(article.editor).toBe("横路");
    expect(article.author).toBe("横路");
    expect(article.text).not.toContain("责编");
    const edited = parse(`${paragraphs.replace(/<\/?p>/g, "\n")}\n撰稿/编辑：张三\n`);
    expect(edited.author).toBe("张三");
    expect(edited.editor).toBe("张三");
  });

  it("drops a web page's repeats of the headline and a day line at the body's top; a Markdown post keeps its heading", () => {
    const title = "习近平两年来反腐令澳门赌博旅游萧条";
    const article = parse(
      page(
        `<p><a href="http://www.bbc.co.uk/zhongwen/simp/china/2014/09/140924_macau.shtml">${title}</a> ——</p>` +
          `<h1>${title}</h1><div><time datetime="2014-09-24">2014年9月24日</time></div>${paragraphs}`,
        title,
      ),
    );
    expect(article.title).toBe(title);
    expect(article.text).toMatch(/^东芝的半导体存储器业务/u);
    expect(article.publishedAt).toBe("2014-09-24T00:00:00+08:00");
    const post = parse(`---\ntitle: 供应链金融\n---\n\n# 供应链金融\n\n供应链金融是一种融资模式。\n`);
    expect(post.text).toMatch(/^供应链金融\n/u);
  });

  it("drops a box of a writer's other stories set inside the story, and keeps a paragraph that only names them", () => {
    const links = ["中美IT“双城记”", "从鸿海收购夏普看到的日本", "“技术革新”总在危机后"]
      .map((t, i) => `<a href="https://cn.nikkei.com/column/${i}.html">${t}</a>`)
      .join(" ");
    const box = `<table><tr><td><table><tr><td>中山淳史的其他文章 ${links}</td></tr></table></td></tr></table>`;
    const article = parse(page(`${paragraphs}${box}<p>情况在2010年之后发生了变化，二维码迅速普及。</p>`));
    expect(article.text).not.toContain("其他文章");
    expect(article.text).not.toContain("双城记");
    expect(article.text).toContain("情况在2010年之后发生了变化");
    const mention = parse(
      page(`${paragraphs}<p>中山淳史的其他文章 曾谈到 ${links} 这些话题，今天再谈一次。</p>`),
    );
    expect(mention.text).toContain("中山淳史的其他文章");
  });

  it.each([
    ["日本经济新闻（中文版：日经中文网）细川幸太郎", "细川幸太郎"],
    ["日本经济新闻（中文版：日经中文网） 松田直树 上海", "松田直树"],
    ["本文作者为日本经济新闻（中文版：日经中文网）评论员　中山淳史", "中山淳史"],
    ["中国基金报 泰勒 李四", null],
  ])("reads the closing byline %s (it stays in the text)", (line, author) => {
    const article = parse(page(`${paragraphs}<p><strong>${line}</strong></p>`));
    expect(article.author).toBe(author);
    expect(article.text).toContain(line.replace(/　/g, " ").slice(-4));
  });

  it("reads a columnist's byline opening the first paragraph only after an outlet", () => {
    const lead = "日经中文网特约撰稿人 青树明子：如果是中国人，或许100％知道华为的存在。";
    expect(parse(page(`<p>${lead}</p>${paragraphs}`)).author).toBe("青树明子");
    expect(parse(page(`<p>特约评论员 张三：我认为这件事值得讨论。</p>${paragraphs}`)).author).toBeNull();
  });
});

describe("staff lines, account credits and app prompts as portals write them (not from a collected file)", () => {
  const story = "第一段正文内容在这里，记录了一些事情的经过。\n\n第二段正文继续说明情况，数据显示增长明显。";
  const withLine = (line: string) => parse(`---\ntitle: 测试标题\n---\n${story}\n\n${line}\n`);

  it.each([
    // A proofreader's role word between the names was read as a third name (`李文静、审核、张三`).
    ["（编辑 李文静 审核 张三）", "李文静"],
    ["编辑/王琪 校对/李四", "王琪"],
    ["责编：陈思 | 审核：王五", "陈思"],
  ])("reads the editor of %s and removes the line", (line, editor) => {
    const article = withLine(line);
    expect(article.editor).toBe(editor);
    expect(article.text).toBe(story);
  });

  it("reads an account's name up to the sentence's end, not into the disclaimer after it", () => {
    const article = withLine("本文首发于微信公众号：华尔街见闻。文章内容属作者个人观点，不代表和讯网立场。");
    expect(article.source).toEqual({ name: "华尔街见闻" });
    expect(article.text).toBe(story);
  });

  it.each([
    "下载新浪财经APP，查看更多资讯",
    "打开APP阅读全文",
    "更多精彩内容，请下载澎湃新闻客户端",
    "点击下载“界面新闻”APP 不抓瞎，不装傻",
    "想了解更多精彩内容，快来关注财经网",
  ])("drops the app or follow prompt %s", (line) => {
    expect(withLine(line).text).toBe(story);
  });

  it.each([
    "下载APP后即可领取。",
    "打开APP后，用户可以看到首页推荐的商品和各种优惠活动信息。",
    "更多内容，请关注后续报道。",
    "下载量最高的APP是抖音。",
  ])("keeps the sentence %s", (line) => {
    expect(withLine(line).text).toBe(`${story}\n\n${line}`);
  });
});

describe("session 9 classes of the sixth fresh set (datasets/fresh-6, whole saved pages)", () => {
  const file = (set: string, name: string) =>
    readFileSync(join(import.meta.dirname, "../../../datasets", set, "html-page", name), "utf8");
  const page = (name: string) => parse(file("fresh-6", name), { filename: name });

  it("names the account under a platform page's headline as the source, the platform as a via", () => {
    const article = page("gne__baijiahao_1.html");
    expect(article.source).toEqual({ name: "加拿大必读" });
    expect(article.via).toEqual(["百家号"]);
    expect(article.publishedAt).toBe("2019-10-08T12:00:57+08:00");
  });

  it("reads the date, the source and the editor a page sets around the story, not in it", () => {
    const article = page("gne__zsnews_1.html");
    expect(article.source).toEqual({ name: "东区办事处" });
    expect(article.publishedAt).toBe("2019-03-06T00:00:00+08:00");
    expect(article.editor).toBe("龙慧");
    expect(article.text).not.toContain("责任编辑");
  });

  it("reads 本站原创 as the site the <title> names, and a staff line's picture credit as no editor", () => {
    const article = page("gne__zyyfy_1.html");
    expect(article.source).toEqual({ name: "湖南省中医药研究院附属医院" });
    expect(article.editor).toBe("苏芳");
    expect(article.text.endsWith("提高医院的药学服务水平。")).toBe(true);
  });

  it("takes a headline the page broke over lines out of the text, spelled as the story writes it", () => {
    const article = page("gne__other_1.html");
    expect(article.title).toBe(
      "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议",
    );
    expect(article.text.startsWith("（2007年6月29日")).toBe(true);
  });

  it("names the outlet of a dated dispatch over a credit that names the page's own site", () => {
    const article = parse(file("dev/holdout", "gne__xinhuanet_1.html"), {
      filename: "gne__xinhuanet_1.html",
    });
    expect(article.source).toEqual({ name: "新华社" });
  });
});

describe("session 9 classes of the seventh fresh set (datasets/fresh-7, Hexo channels no set held)", () => {
  const post = (name: string) =>
    parse(readFileSync(join(import.meta.dirname, "../../../datasets/fresh-7/hexo-rsshub", name), "utf8"), {
      filename: name,
    });

  it("spells a channel's outlet as the outlet does (`DT 财经` is DT财经)", () => {
    expect(post("dtcj__中美体育的差距可能就是一个数字化的NBA.md").source).toEqual({ name: "DT财经" });
  });

  it("spells a credit's relay that is the channel's outlet as the channel does (36氪经授权发布 on 36kr)", () => {
    const name = "36kr__A股医药公司两年换天地.md";
    const file = join(import.meta.dirname, "../../../datasets/dev/holdout/hexo-rsshub", name);
    const article = parse(readFileSync(file, "utf8"), { filename: name });
    expect(article.source).toEqual({ name: "财经十一人" });
    expect(article.via).toEqual(["36kr"]);
  });

  it("reads a broker's report carried by leave: the owner is the source, the relay a via, the lines go", () => {
    const article = post("gelonghui__30%，这是个神奇的数字！.md");
    expect(article.source).toEqual({ name: "天风证券" });
    expect(article.via).toEqual(["格隆汇"]);
    expect(article.publishedAt).toBe("2022-09-07T00:00:00Z");
    expect(article.text.endsWith("对应利润增速降低到30%附近或者降幅超过50%、股价大跌")).toBe(true);
    for (const line of ["报告来源", "报告发布时间", "授权发布", "免责声明"])
      expect(article.text).not.toContain(line);
  });
});

describe("session 10 classes of the eighth fresh set (datasets/fresh-8, clipped and archived WeChat and portal pages)", () => {
  const clip = (name: string) =>
    parse(readFileSync(join(import.meta.dirname, "../../../datasets/fresh-8", name), "utf8"), {
      filename: name,
    });

  it("reads a clipper's front matter: source as the page's address, published, an author as a [[wiki link]]", () => {
    const article = clip("obsidian-clipper/wallstreetcn__deepseek-v4.md");
    expect(article.originalUrl).toBe("https://wallstreetcn.com/articles/3770782#from=ios?ivk=1");
    expect(article.source).toEqual({ name: "华尔街见闻" });
    expect(article.author).toBe("鲍奕龙");
    expect(article.publishedAt).toBe("2026-04-24T00:00:00+08:00");
  });

  it("dates a clip by the account line under the headline, never by the clip's created day", () => {
    const article = clip("obsidian-clipper/wechat__karpathy-obsidian.md");
    expect(article.publishedAt).toBe("2026-04-19T08:00:00+08:00");
    expect(article.source).toEqual({ name: "学总笔记" });
    expect(article.via).toEqual([]);
    expect(article.text.startsWith("半年前我写过一篇文章")).toBe(true);
    expect(article.text.endsWith("包含 AGENTS.md 模板、四个脚本、一份示例 vault 结构。")).toBe(true);
    for (const ui of ["微信扫一扫赞赏作者", "继续滑动看下一个", "data:image"])
      expect(article.text).not.toContain(ui);
  });

  it("reads an account's repost: the origin account is the source, its writer the author, the carrier a via", () => {
    const article = clip("joplin-clipper/wechat__python-scripts.md");
    expect(article.publishedAt).toBe("2022-05-12T14:03:00+08:00");
    expect(article.source).toEqual({ name: "Python爱好者集中营" });
    expect(article.via).toEqual(["简说Python"]);
    expect(article.author).toBe("欣一");
    expect(article.text.startsWith("在日常的工作学习当中")).toBe(true);
    for (const card of ["号主老表", "218篇原创内容", "Official Account", "Scan to Follow", "不看的原因"])
      expect(article.text).not.toContain(card);
  });

  it("takes an archive's lone account name over a repost credit as the carrier, and cuts WeChat's page after the story", () => {
    const article = clip("wechat-feed/doonsec__interface-test.md");
    expect(article.source).toEqual({ name: "安全无界" });
    expect(article.via).toEqual(["迪哥讲事"]);
    expect(article.author).toBe("pippybear");
    expect(article.originalUrl).toBe("https://mp.weixin.qq.com/s/6wofdUWFUzWy8PN03KpBww");
    expect(article.text.startsWith("这是之前的一次授权渗透测试了")).toBe(true);
    expect(article.text.endsWith("赶紧写完报告，交差。")).toBe(true);
  });

  it("ends a story at a sign-off when nothing after it is prose (`**end**` over an account's promo blocks)", () => {
    const article = clip("wechat-feed/tansi__watchdog.md");
    expect(article.via).toEqual(["谈思实验室"]);
    expect(article.text.endsWith("这个假设的成立才能够在真实系统中满足对应的ASIL要求。")).toBe(true);
    expect(article.text).not.toContain("谈思汽车媒体门户");
  });

  it("cuts a portal's sidebars a clipper kept after the story", () => {
    const article = clip("obsidian-clipper/sina__memorylake.md");
    expect(article.text.endsWith("助力各行业客户实现从数据驱动到记忆驱动的智能化跃迁。")).toBe(true);
    for (const box of ["创事记", "新浪科技公众号", "华为路由X3"]) expect(article.text).not.toContain(box);
  });

  it("reads a page header a clipper fenced as code: the account line, the repost credit, the original's address", () => {
    const article = clip("joplin-clipper/wechat__css-i18n.md");
    expect(article.publishedAt).toBe("2022-05-09T09:01:00+08:00");
    expect(article.source).toEqual({ name: "奇舞精选" });
    expect(article.via).toEqual(["程序员成长指北"]);
    expect(article.originalUrl).toBe("https://chenhuijing.com/blog/css-for-i18n");
  });

  it("takes `published:` as the date only when it is one (Jekyll's `published: false` marks a draft)", () => {
    const draft = parse("---\ntitle: 草稿\npublished: false\n---\n正文。\n", {
      filename: "2023-05-06-draft.md",
    });
    expect(draft.publishedAt).toBe("2023-05-06T00:00:00+08:00");
    expect(draft.warnings.map((w) => w.code)).not.toContain("no-date");
  });

  it("reads a quoted block of credit fields over the story (公众号/作者/编辑)", () => {
    const article = clip("joplin-clipper/wechat__pandas-exercises.md");
    expect(article.source).toEqual({ name: "尤而小屋" });
    expect(article.author).toBe("Peter");
    expect(article.editor).toBe("Peter");
    expect(article.text.startsWith("大家好，我是Peter~")).toBe(true);
  });
});

describe("an outlet named alone under the byline", () => {
  it("reads a scraper's `作者 X` then `市值风云` as the writer and the outlet he wrote for", () => {
    const name = "cutecrawlers__A股蹭热点专业户贤丰控股";
    const file = join(import.meta.dirname, "../../../datasets/dev/holdout/scraper-text", name);
    const article = parse(readFileSync(file, "utf8"), { filename: name });
    expect(article.author).toBe("卖油翁");
    expect(article.source).toEqual({ name: "市值风云" });
    expect(article.text).toContain("作者 卖油翁");
  });
});

/** A file of the ninth fresh set, parsed as the CLI would. */
const copy = (name: string) =>
  parse(readFileSync(join(import.meta.dirname, "../../../datasets/fresh-9", name), "utf8"), {
    filename: name,
  });

describe("session 11 classes of the ninth fresh set (datasets/fresh-9, a reader service's Markdown copies of pages)", () => {
  it("reads the reader's header: title, the page's address and its time, the page as Markdown", () => {
    const article = copy("jina-reader/36kr__copilot-ads.md");
    expect(article.title).toBe("微软 Copilot，像个乱贴小广告的街溜子");
    expect(article.originalUrl).toBe("https://36kr.com/p/3750697076015878");
    expect(article.publishedAt).toBe("2026-06-17T18:10:29+08:00");
    expect(article.source).toEqual({ name: "爱范儿" });
    expect(article.via).toEqual(["36氪"]);
    expect(article.text.startsWith("绝了，真的绝了。")).toBe(true);
    for (const label of ["Title:", "URL Source:", "Published Time:", "Markdown Content:", "**"])
      expect(article.text).not.toContain(label);
  });

  it("keeps the page's own address over a reference link alone on a line of the body", () => {
    const article = copy("jina-reader/wechat__qbitai-deepseek.md");
    expect(article.originalUrl).toBe("https://mp.weixin.qq.com/s/GXIvj1omweDu3_DZjo6sVg");
    expect(article.publishedAt).toBeNull();
  });

  it("reads an RFC 2822 time of the header as the instant it names", () => {
    const article = copy("jina-reader/ithome__atm-backdoor.md");
    expect(article.publishedAt).toBe("2025-07-31T23:09:46Z");
    expect(article.text.startsWith("本週有多家資安業者公布資安事故的調查結果")).toBe(true);
  });

  it("drops the page's head above the headline's last repeat, and reads the stamp and byline under it", () => {
    const article = copy("jina-reader/cls__rbc-sp500.md");
    expect(article.source).toEqual({ name: "财联社" });
    expect(article.author).toBe("黄君芝");
    expect(article.text.startsWith("①加拿大皇家银行资本市场将标普500指数的年底目标价")).toBe(true);
    for (const ui of ["关于我们", "原创", "环球市场情报", "2026-05-08 09:27"])
      expect(article.text).not.toContain(ui);
  });

  it("cuts the page's tail after the story's last prose: counters, comment box, topic, copyright footer", () => {
    const article = copy("jina-reader/cls__rbc-sp500.md");
    expect(article.text.endsWith("这些因素共同支撑了市场估值。")).toBe(true);
    for (const ui of ["阅 6.96W", "我要评论", "15.46W 人关注", "版权所有"])
      expect(article.text).not.toContain(ui);
  });

  it("keeps an account's name under the headline of a WeChat archive (a name alone is no byline)", () => {
    const article = parse(
      readFileSync(
        join(import.meta.dirname, "../../../datasets/fresh-8/wechat-feed/doonsec__interface-test.md"),
        "utf8",
      ),
    );
    expect(article.via).toEqual(["迪哥讲事"]);
  });

  it("frames nothing when the headline does not open the copy again", () => {
    const article = copy("jina-reader/ithome__atm-backdoor.md");
    expect(article.text.endsWith("以107億美元併購Symantec的企業安全部門。")).toBe(true);
    expect(article.text).not.toContain("近期資安日報");
  });
});

describe("session 16 class of the ninth fresh set (datasets/fresh-9): a translation project's closing credits", () => {
  it("reads via / 作者…译者…校对 / 本文由…荣誉推出 under a Linux中国 translation copied to 知乎, and its title's site", () => {
    const article = copy("jina-reader/zhihu__linuxcn-ssg.md");
    expect(article.title).toBe("10 大静态网站生成工具");
    expect(article.source).toEqual({ name: "Linux中国" });
    expect(article.author).toBe("Ankush Das");
    expect(article.editor).toBe("wxy");
    expect(article.originalUrl).toBe("https://zhuanlan.zhihu.com/p/260957368");
    expect(article.text.endsWith("列表中没有你最喜欢的工具？在下面的评论中告诉我。")).toBe(true);
    for (const line of ["via:", "选题：", "译者：", "荣誉推出", "linux.cn/article"])
      expect(article.text).not.toContain(line);
  });

  it("takes a translation's via address as the original only when the file states no page of its own", () => {
    const body =
      "正文第一段，说明了这个工具。\n\nvia: https://itsfoss.com/a-story/\n\n本文由 LCTT 原创编译，Linux中国 荣誉推出\n";
    const article = parse(front(body));
    expect(article.originalUrl).toBe("https://itsfoss.com/a-story/");
    expect(article.source).toEqual({ name: "Linux中国" });
    expect(article.text).toBe("正文第一段，说明了这个工具。");
  });
});

describe("session 12 classes of the ninth fresh set (datasets/fresh-9, reader-service copies of pages)", () => {
  it("reads a translation's box of credits over the lead (作者 in bold, 编译) and ends at an ornate sign-off", () => {
    const article = copy("jina-reader/wechat__jiqizhixin-grpo.md");
    expect(article.author).toBe("Greg Schoeninger");
    expect(article.text.startsWith("RTX 3080 移动版能训练哪种大模型？")).toBe(true);
    expect(article.text.endsWith("这展示了 GRPO 的强大潜力。")).toBe(true);
    for (const line of ["编译：", "THE END", "转载请联系本公众号获得授权"])
      expect(article.text).not.toContain(line);
  });

  it("reads an account's byline and signature (`A B 发自 X`, `量子位 | 公众号 QbitAI`), and drops its promos after `— 完 —`", () => {
    const article = copy("jina-reader/wechat__qbitai-deepseek.md");
    expect(article.source).toEqual({ name: "量子位" });
    expect(article.author).toBe("衡宇、梦晨");
    expect(article.text.startsWith("按时整活！")).toBe(true);
    for (const line of ["公众号 QbitAI", "评选报名", "点亮星标", "欢迎在评论区留下你的想法"])
      expect(article.text).not.toContain(line);
  });

  it("reads a placeholder number where the editor belongs (`责任编辑：123`) as naming no one, out of the text", () => {
    const article = copy("jina-reader/eastmoney__duan-popmart.md");
    expect(article.editor).toBeNull();
    expect(article.text.endsWith("强化市场对消费龙头和IP经济的关注。")).toBe(true);
  });

  it("reads a reader copy under an archive's header of its own (`# title`, a list of labelled items, a rule)", () => {
    const article = copy("jina-archive/zhihu__llm-survey.md");
    expect(article.originalUrl).toBe("https://zhuanlan.zhihu.com/p/2016915071025034388");
    expect(article.text.startsWith("Arcee AI 的 Trinity Large (2026年1月27日)")).toBe(true);
    for (const label of ["URL Source:", "Markdown Content:", "来源平台", "Reader链接"])
      expect(article.text).not.toContain(label);
  });

  it("keeps a byline beside an ordinary credit, and the text after a plain `（完）` that prose follows", () => {
    const article = parse(
      "---\ntitle: 标题测试\n---\n文 | 刘建中\n\n编辑 | 张三\n\n正文第一段说了很多话。\n\n（完）\n\n下一条新闻的正文也说了很多很多的话。\n",
    );
    expect(article.text.startsWith("文 | 刘建中")).toBe(true);
    expect(article.author).toBe("刘建中");
    expect(article.text.endsWith("下一条新闻的正文也说了很多很多的话。")).toBe(true);
  });
});

describe("session 12 classes of the tenth fresh set (datasets/fresh-10, SimpRead reader-mode copies)", () => {
  const simpread = (name: string) =>
    parse(readFileSync(join(import.meta.dirname, "../../../datasets/fresh-10", name), "utf8"), {
      filename: name,
    });

  it("reads the reader tool's line over its copy as the page's address, out of the text", () => {
    const article = simpread("simpread/sohu__nwjs-desktop.md");
    expect(article.text).not.toContain("SimpRead");
    expect(simpread("simpread/163__excel-serial.md").originalUrl).toBe(
      "https://www.163.com/dy/article/FJCGUR5R0536A55Q.html",
    );
  });

  it("reads an account line with a badge before its stamp and the account after a dot (`原创 2021-02-26 09:00· 一灯架构`)", () => {
    const article = simpread("simpread/toutiao__java8-stream.md");
    expect(article.publishedAt).toBe("2021-02-26T09:00:00+08:00");
    expect(article.source).toEqual({ name: "一灯架构" });
    expect(article.title).toBe("Java8 stream 复杂使用场景，你遇到过吗？");
    expect(article.text.startsWith("Java8 stream 流在工作中很常用")).toBe(true);
  });
});

describe("self-publishing platforms' page furniture (datasets/fresh-10)", () => {
  const simpread = (host: string, path: string) =>
    `> 本文由 [简悦 SimpRead](http://ksria.com/simpread/) 转码， 原文地址 [${host}](https://${host}${path})`;

  it("reads a platform's notice under a post as the hop that carried it, and drops its English twin", () => {
    const article = parse(
      front(
        "正文第一段。\n\n特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n\nNotice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
      ),
    );
    expect(article.via).toEqual(["网易号"]);
    expect(article.text).toBe("正文第一段。");
  });

  it("takes the headline of a page description quoted as headline and keywords, and drops the quote", () => {
    const article = parse(
      `${simpread("www.163.com", "/dy/article/FJCGUR5R0536A55Q.html")}\n\n> Excel 如何快速填充序号？12 个技巧任你选, 序号, 双击, 序列\n\n用 Excel 制作表格时，经常要给表格内容添加序号。\n`,
    );
    expect(article.title).toBe("Excel 如何快速填充序号？12 个技巧任你选");
    expect(article.text).toBe("用 Excel 制作表格时，经常要给表格内容添加序号。");
  });

  it("reads an outlet's own-story statement as the source, without the portal's back link glued to it", () => {
    const article = parse(
      front(
        "正文第一段。\n\n本文为阿里云原创内容，未经允许不得转载。[返回搜狐，查看更多](https://www.sohu.com/)\n\n责任编辑：",
      ),
    );
    expect(article.source?.name).toBe("阿里云");
    expect(article.editor).toBeNull();
    expect(article.text).toBe("正文第一段。");
  });

  it("keeps a writer's own statement (本文系作者原创) and a filled editor line as they were", () => {
    const article = parse(front("正文第一段。\n\n本文系作者原创，未经允许不得转载。\n\n责任编辑：张三"));
    expect(article.source).toBeNull();
    expect(article.editor).toBe("张三");
    expect(article.text).toBe("正文第一段。\n\n本文系作者原创，未经允许不得转载。");
  });

  it("drops an account's reply-keyword follow prompt and a read-the-original prompt", () => {
    const article = parse(
      front(
        "关注 前端瓶子君，回复 “交流”\n\n正文第一段。\n\n欢迎关注「前端瓶子君」，回复「算法」自动加入，从 0 到 1 构建完整的数据结构与算法体系！\n\n点击 **“阅读原文”** 查看更多精彩内容",
      ),
    );
    expect(article.text).toBe("正文第一段。");
  });
});

describe("session 15 classes of the tenth fresh set (datasets/fresh-10, SimpRead reader-mode copies)", () => {
  const simpread = (name: string) =>
    parse(readFileSync(join(import.meta.dirname, "../../../datasets/fresh-10", name), "utf8"), {
      filename: name,
    });

  it("ends the story at an account's closing follow prompt, its heading and promos with it, and keeps the story after the one at its head", () => {
    const text = simpread("simpread/wechat__jwt.md").text;
    expect(
      text.endsWith("JWT 不仅可用于认证，还可用于信息交换。善用 JWT 有助于减少服务器请求数据库的次数。"),
    ).toBe(true);
    for (const promo of ["\n\n最后\n\n", "瓶子君也会解答", "面试官也在看的算法资料", "在看和转发"]) {
      expect(text).not.toContain(promo);
    }
    expect(text).toContain("jwt 是 json web token 的全称，他解决了 session 以上的问题");
  });

  it("keeps what follows a closing follow prompt when it is more than half a story", () => {
    const story = "正文第一段，说明事情的经过。";
    const after = "后面还有一大段正文，讲的是另一件事情，而且比前面长得多，长得多。";
    const article = parse(front(`${story}\n\n欢迎关注「前端瓶子君」，回复「算法」自动加入！\n\n${after}`));
    expect(article.text).toBe(`${story}\n\n${after}`);
  });

  it("cuts 百家号's report button glued to the story's last paragraph", () => {
    const text = simpread("simpread/baijiahao__excel-vlookup.md").text;
    expect(text).not.toContain("举报");
    expect(text.endsWith("匹配结果")).toBe(true);
  });

  it("names a portal's account platform that carried a copied page a hop, and a writing community's none", () => {
    expect(simpread("simpread/baijiahao__excel-vlookup.md").via).toEqual(["百家号"]);
    const zhihu = parse(
      readFileSync(
        join(import.meta.dirname, "../../../datasets/fresh-9/jina-reader/zhihu__linuxcn-ssg.md"),
        "utf8",
      ),
    );
    expect(zhihu.via).toEqual([]);
  });
});

describe("session 17 classes of the tenth fresh set (datasets/fresh-10, SimpRead reader-mode copies)", () => {
  it("reads a 百家号 page's head glued to SimpRead's notice: headline, account, stamp, original; its tail of boxes leaves", () => {
    const article = datasetFile("fresh-10", "simpread/baijiahao__ubuntu-nodejs.md");
    expect(article).toMatchObject({
      title: "如何在 Ubuntu 中安装 Node.js",
      publishedAt: "2021-10-26T08:49:00+08:00",
      source: { name: "苗子说全栈" },
      via: ["百家号"],
      originalUrl: "https://baijiahao.baidu.com/s?id=1714641263988021723&wfr=spider&for=pc",
    });
    expect(article.text.startsWith("在上一章中， 我们说了 Mac 中安装 Node.js")).toBe(true);
    expect(article.text.endsWith("安装结束。准备开始燥起来吧。继续学习。 关注我。后续更多内容呈现中。")).toBe(
      true,
    );
  });

  it("reads a translation's box of credits over the story: its translators, and the box leaves", () => {
    const text = datasetFile("fresh-10", "simpread/sohu__nwjs-desktop.md").text;
    expect(text.startsWith("NW.js 是一个使用 Web 技术创建本地应用的框架")).toBe(true);
    const box =
      "OSC 协作翻译\n\n**编译自：**_Building a Cross-platform Desktop App with NW.js_\n\n**链接：**_https://www.sitepoint.com/cross-platform-desktop-app-nw-js/_\n\n**译者：**_Viyi, 边城, spache, Tony_";
    const article = parse(front(`${box}\n\nNW.js 是一个使用 Web 技术创建本地应用的框架。`));
    expect(article).toMatchObject({
      author: "Viyi、边城、spache、Tony",
      originalUrl: "https://www.sitepoint.com/cross-platform-desktop-app-nw-js/",
      text: "NW.js 是一个使用 Web 技术创建本地应用的框架。",
    });
    // Without who translated it, the lines are not a translation's box.
    const unsigned = parse(front(`编译自：某篇文章\n\n正文第一段，说明事情的经过。`));
    expect(unsigned.text.startsWith("编译自：某篇文章")).toBe(true);
  });

  it("reads a repost's head on an account's page: the follow prompt's account a hop, its slogan out, a quoted credit over its address", () => {
    const article = datasetFile("fresh-10", "simpread/wechat__jwt.md");
    expect(article).toMatchObject({ source: { name: "腾讯IMWeb团队" }, via: ["前端瓶子君"] });
    expect(article.text.startsWith("jwt 是 json web token 的简称")).toBe(true);
    for (const line of ["关注 前端瓶子君", "加入我们一起学习", "来源：", "juejin.cn"])
      expect(article.text).not.toContain(line);
    // A prompt alone names the account whose page it is; the story under it stays whole.
    for (const opening of ["正文第一段，说明事情的经过。", "前言"]) {
      const own = parse(front(`关注 前端瓶子君，回复 “交流”\n\n${opening}\n\n第二段。`));
      expect(own).toMatchObject({ source: { name: "前端瓶子君" }, via: [], text: `${opening}\n\n第二段。` });
    }
    const quoted = parse(
      front("> 来源：腾讯 IMWeb 团队\n> \n> https://juejin.cn/post/6873700061000237069\n\n正文第一段。"),
    );
    expect(quoted).toMatchObject({
      source: { name: "腾讯IMWeb团队" },
      originalUrl: "https://juejin.cn/post/6873700061000237069",
      text: "正文第一段。",
    });
  });

  it("keeps a story's own section when a short heading over its text is followed later by links", () => {
    const body =
      "正文第一段，说明事情的经过。\n\n## 结构和原理\n\n作为一种模型，它主要由两个部分组成:\n\n- 稀疏层\n- 门控网络\n\n[阅读原文](https://example.com/a) [更多](https://example.com/b)\n";
    expect(parse(front(body)).text).toContain("它主要由两个部分组成");
  });
});

describe("session 17 classes of the thirteenth fresh set (datasets/fresh-13)", () => {
  it("takes a 重磅原创 page's header off the story: its fuller headline, and its stamp as the date over `date: Invalid Date`", () => {
    const article = datasetFile("fresh-13", "hexo-rsshub/nbd__天津首个A级车展开幕C位竟然是它们.md");
    expect(article).toMatchObject({
      title: "天津首个A级车展开幕！C位竟然是它们",
      publishedAt: "2021-09-29T20:45:17+08:00",
      source: { name: "每日经济新闻" },
    });
    expect(article.text.startsWith("每经记者 黄辛旭 李硕 每经编辑 孙磊\n\n哏儿都")).toBe(true);
  });

  it("keeps a heading that only shares the title's words, and gives no date for an invalid one without a stamp", () => {
    const file = (heading: string) =>
      `---\ntitle: '天津首个A级车展开幕！C位竟然是它们'\ndate: Invalid Date\n---\n\n<h1>${heading}</h1><p>9月29日，2021中国（天津）国际汽车展览会正式开幕。</p>\n`;
    // Twice as long and more: a heading of the story's, not the page's headline.
    const long =
      "天津首个A级车展开幕！豪车、老爷车、概念车齐聚津门，新能源车型、自主品牌与跨国品牌同台竞技，C位竟然是它们";
    const article = parse(file(long));
    expect(article.text.startsWith(long)).toBe(true);
    expect(article.publishedAt).toBeNull();
    // Opening with other words: not the headline the title shortens.
    expect(parse(file("C位竟然是它们！天津首个A级车展开幕，豪车齐聚C位竟然是它们")).text).toContain(
      "豪车齐聚",
    );
  });
});

describe("session 17 furniture of the twelfth fresh set (datasets/fresh-12, read-it-later exports)", () => {
  const fresh12 = (name: string) => datasetFile("fresh-12", name);

  it("drops a series' index of numbered links under its label", () => {
    const text = fresh12("omnivore/sspai__intel-amd-09.md").text;
    expect(text).not.toContain("本系列前文回顾");
    expect(text.startsWith("进入 64 位时代，尽管 AMD 产品性能领先")).toBe(true);
  });

  it("ends a digest at its related list's box: the section titles after it are the page's, its last list of sentences the story's", () => {
    const text = fresh12("omnivore/sspai__pai-zaobao.md").text;
    expect(text.endsWith("及特制徽章和权益奖励。进一步了解")).toBe(true);
    expect(text).not.toContain("你可能错过的好文章");
  });

  it("takes an account's lead box and a platform's note box off the top, and ends at a reply-keyword prompt", () => {
    const moe = fresh12("cubox/wechat__moe-mianjing.md").text;
    expect(moe.startsWith("Find something that you can benefit from scaling.")).toBe(true);
    expect(moe.endsWith("https://zhuanlan.zhihu.com/p/673048264")).toBe(true);
    for (const promo of ["极市导读", "加入极市CV技术交流群", "公众号后台回复", "极市干货"])
      expect(moe).not.toContain(promo);
    const linkding = fresh12("omnivore/sspai__linkding-trilium.md").text;
    expect(linkding.startsWith("前言\n\n目前各大主流浏览器都会自带书签同步功能")).toBe(true);
    expect(linkding).not.toContain("Matrix");
  });

  it("keeps a short line and a paragraph over a views disclaimer when more than a blurb stands between them", () => {
    const body =
      "作者：张三\n\n第一段正文，说明事情的经过。\n\n第二段正文，继续说明。\n\n本文仅代表作者个人观点，不代表本站立场。\n\n第三段正文。\n";
    const text = parse(front(body)).text;
    expect(text).toContain("第一段正文，说明事情的经过。");
    expect(text).not.toContain("本文仅代表作者个人观点");
    // A byline, or a short line over the story's first paragraph: not a box.
    for (const head of ["作者：张三", "张三"]) {
      const opening = parse(
        front(`${head}\n\n第一段正文，说明事情的经过。\n\n本文仅代表作者个人观点，不代表本站立场。\n`),
      );
      expect(opening.text).toContain("第一段正文，说明事情的经过。");
    }
  });

  it("ends a story at its related-reading heading when the account's promos after its links are less than half a story", () => {
    const text = fresh12("omnivore/wechat__obsidian-tuchuang.md").text;
    expect(text.endsWith("大家可以用这种方法慢慢缩减本地仓库中的图片。")).toBe(true);
    const story = "正文第一段，说明事情的经过。";
    const related = "## 相关阅读\n\n- [另一篇文章](https://example.com/a)";
    const after = "后面还有一大段正文，讲的是另一件事情，而且比前面长得多，长得多，长得多。";
    expect(parse(front(`${story}\n\n${related}\n\n${after}`)).text).toContain(after);
    expect(parse(front(`${after}\n\n${after}\n\n${related}\n\n${story}`)).text).toBe(`${after}\n\n${after}`);
  });
});

describe("agreeing source signals (SOURCE_WEIGHT)", () => {
  const body = "中新网北京12月1日电 正文第一段。\n\n第二段。\n\n来源：经济日报";

  it("lets a credit line outweigh a dateline that stands alone", () => {
    expect(parse(front(body)).source?.name).toBe("经济日报");
  });

  it("does not let a front-matter key (the carrier's own mark) add to a dateline against a credit line", () => {
    const article = parse(front(body, "title: 标题\ndate: 2021-12-08 10:00:00\npublisher: 中新网"));
    expect(article.source?.name).toBe("经济日报");
  });

  it("lets a credit line and a dateline naming one outlet outweigh a credit line naming another", () => {
    const article = parse(
      front("中新网北京12月1日电 正文第一段。\n\n来源：经济日报\n\n（文章来源：中新网）"),
    );
    expect(article.source?.name).toBe("中新网");
  });

  it("reads a front-matter key of any name whose value is an outlet, but not one naming the feed's channel", () => {
    expect(parse(front("正文第一段。", "title: 标题\n媒体: 证券时报")).source?.name).toBe("证券时报");
    expect(parse(front("正文第一段。", "title: 标题\nlayout: 证券时报")).source).toBeNull();
  });
});

describe("session 16 classes of the thirteenth fresh set (datasets/fresh-13)", () => {
  // Shaped as datasets/fresh-13/hexo-rsshub/nbd__… (每经网's page: the closing disclaimer and cover credit).
  const story = "盐湖股份10月12日晚间发布公告称，子公司涉嫌非法采矿。";

  it("drops a newsroom's unlabelled not-advice disclaimer, in brackets or not", () => {
    for (const disclaimer of [
      "（每经App登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容或者数据仅供参考，不构成投资建议。投资者据此操作，风险自担。）",
      "以上内容为每经APP出于传递信息的目的进行刊载，不构成任何投资建议。投资者据此操作，风险自担。",
    ]) {
      expect(parse(front(`<p>${story}</p>\n<p>${disclaimer}</p>`)).text).toBe(story);
    }
    // A sentence of the story that speaks of risk is no disclaimer.
    const risk = "公司提示，相关事项不构成重大资产重组，但投资者仍需注意风险。";
    expect(parse(front(`<p>${story}</p>\n<p>${risk}</p>`)).text).toBe(`${story}\n\n${risk}`);
  });

  it("drops the cover picture's credit and a chart maker's, and keeps a picture's caption", () => {
    for (const credit of [
      "封面图片来源：摄图网",
      "封面图片来源：每经记者 王帆 摄",
      "题图来自：视觉中国",
      "图表：张海彤",
    ]) {
      expect(parse(front(`<p>${story}</p>\n<p>${credit}</p>`)).text).toBe(story);
    }
    const captioned = parse(
      front(`<p>${story}</p>\n<p><img src="https://example.com/1.jpg"></p>\n<p>图片来源：企业供图</p>`),
    );
    expect(captioned.text).toContain("图片来源：企业供图");
  });

  it("reads a code with its exchange written first (雪球: `天齐锂业(SZ002466)`), and not a ticker without a market", () => {
    expect(parse(front("智利矿业化工(SQM)、天齐锂业(SZ002466)\n\n贵圈事真多。")).securities).toEqual([
      { code: "002466", market: "SZ", how: "code-in-text", mentions: 1 },
    ]);
  });
});

describe("session 16 credits of the thirteenth fresh set (datasets/fresh-13)", () => {
  const hexo = (outlet: string, body: string) =>
    `---\ntitle: '标题'\ncategories: \n - 金融\n - ${outlet}\n - 分类\nheadimg: 'https://example.com/1.jpg'\nauthor: ${outlet}\ndate: Thu, 07 Oct 2021 06:25:50 GMT\n---\n\n<div>${body}</div>\n`;
  const story = "<p>10月7日，中国储备棉管理有限公司发布公告称，将投放中央储备棉。</p>";

  it("reads a paper's short name and 网 as the paper's own site: the source, and no hop", () => {
    // Shaped as datasets/fresh-13/hexo-rsshub/nbd__10月8日起投放2021年第一批中央储备棉.md.
    expect(parse(hexo("每经网", story))).toMatchObject({
      source: { name: "每日经济新闻" },
      via: [],
    });
  });

  it("reads an editor-only line under a newsroom's short name as the editor, and leaves it out of the text", () => {
    const article = parse(hexo("每经网", `<p>每经编辑 杜宇</p>${story}`));
    expect(article.editor).toBe("杜宇");
    expect(article.text).toBe("10月7日，中国储备棉管理有限公司发布公告称，将投放中央储备棉。");
    // A prefix that is no outlet's is no newsroom's editor line.
    expect(parse(hexo("每经网", `<p>图片编辑 杜宇</p>${story}`)).editor).toBeNull();
  });

  it("reads a compilation credit (`X综合…`) as the source and leaves it out of the text", () => {
    for (const credit of [
      "每日经济新闻综合上市公司公告、公开消息",
      "来源：每日经济新闻综合自上市公司公告、每经制图等公开消息",
    ]) {
      const article = parse(hexo("新浪财经", `${story}<p>${credit}</p>`));
      expect(article.source?.name).toBe("每日经济新闻");
      expect(article.text).toBe("10月7日，中国储备棉管理有限公司发布公告称，将投放中央储备棉。");
    }
    // A sentence of the story that speaks of 综合 is no credit.
    const sentence = "<p>中国经济综合实力显著提升，对外开放不断扩大</p>";
    expect(parse(hexo("新浪财经", `${story}${sentence}`)).source?.name).toBe("新浪财经");
  });

  it("reads an outlet's app named in a trailing credit as the outlet", () => {
    const article = parse(
      hexo("新浪财经", "<p>中新经纬客户端7月26日电 财政部网站26日公布数据。（中新经纬APP）</p>"),
    );
    expect(article).toMatchObject({
      source: { name: "中新经纬" },
      via: ["新浪财经"],
    });
  });

  it("reads the outlet of a closing bracketed byline as a trailing credit's, the byline staying", () => {
    const article = parse(hexo("新浪财经", `${story}<p>　　（深圳商报驻京记者 宋华）</p>`));
    expect(article).toMatchObject({
      source: { name: "深圳商报" },
      via: ["新浪财经"],
      author: "宋华",
    });
    expect(article.text.endsWith("（深圳商报驻京记者 宋华）")).toBe(true);
  });

  it("reads a dated sign-off closing a post (name, then date) as the writer's, and leaves it out", () => {
    // Shaped as datasets/fresh-13/jekyll-blog/zoustephen__2018-10-18-10billionorder.md.
    const post = (extra: string) =>
      `---\ntitle: 解读“百亿美元大单”中的超级电池厂\nlayout: post\n${extra}---\n李克强总理近日对荷兰进行了正式访问。\n\n![image.png](https://example.com/1.png)\n\n其中一项重大成果是设立新能源锂电池超级工程项目。\n\n这是又一则振奋人心的好消息。\n\n<br><br>\n刺猬偷腥<br>\n2018年10月18日\n`;
    const text =
      "李克强总理近日对荷兰进行了正式访问。\n\n其中一项重大成果是设立新能源锂电池超级工程项目。\n\n这是又一则振奋人心的好消息。";
    expect(parse(post(""))).toMatchObject({ author: "刺猬偷腥", text });
    expect(parse(post("author: 刺猬偷腥\n")).text).toBe(text);
    // A notice's closing signature and date are the notice's text.
    const notice = parse(
      hexo(
        "每经网",
        `${story}<p>一、投放时间：2021年10月8日起。</p><p>二、投放数量：视市场情况而定。</p><p>特此公告。</p><p>中国储备棉管理有限公司</p><p>2021年10月7日</p>`,
      ),
    );
    expect(notice.text.endsWith("中国储备棉管理有限公司\n\n2021年10月7日")).toBe(true);
    expect(notice.author).toBeNull();
  });
});

describe("session 17 classes of the fourteenth fresh set (datasets/fresh-14)", () => {
  // datasets/fresh-14/fuyao-md/fuyaonews__20251223-china-trade-surplus-2025-1-076-trillion-usd.md
  // (fuyaonews/fuyaonews-open-dataset): a site's articles converted from HTML with Pandoc's attributes.
  const post = [
    "---",
    'title: "中国外贸创历史纪录：前11个月贸易顺差首破万亿美元"',
    "date: 2025-12-14",
    'author: "扶摇资讯"',
    "---",
    "",
    "这一数据意味着，中国用不到一年的时间，便超越了2024年全年的顺差总规模，创造了新的年度纪录。",
    "",
    "核心数据概览 {#subheading-core-data}",
    "------------------------------",
    "",
    "2025年前11个月，中国货物贸易进出口总值**5.82万亿美元** ，同比增长2.9%。",
    "",
    "### 财务表现数据一览 {#financial-data}",
    "",
    "其中，**对美贸易额下降16.9%**，其在外贸总值中的占比已降至8.9%。",
    "",
    "{#table-trade-partners}",
    "",
    "展望未来，如此大规模的贸易顺差在展现中国经济韧性的同时，也可能带来新的挑战。",
    "",
  ].join("\n");

  it("drops Pandoc's header attributes from headings and the lines that hold only attributes", () => {
    expect(parse(post).text).toBe(
      [
        "这一数据意味着，中国用不到一年的时间，便超越了2024年全年的顺差总规模，创造了新的年度纪录。",
        "核心数据概览",
        "2025年前11个月，中国货物贸易进出口总值5.82万亿美元 ，同比增长2.9%。",
        "财务表现数据一览",
        "其中，对美贸易额下降16.9%，其在外贸总值中的占比已降至8.9%。",
        "展望未来，如此大规模的贸易顺差在展现中国经济韧性的同时，也可能带来新的挑战。",
      ].join("\n\n"),
    );
    // Braces in a paragraph's words, and in code, are the writer's.
    expect(
      parse("---\ntitle: 标题\n---\n\n模板写作 {#id} 即可。\n\n```\n## 代码 {#id}\n```\n").text,
    ).toContain("模板写作 {#id} 即可。");
  });
});

describe("session 17: a site's own dataset names the site as the author (datasets/fresh-14/fuyao-md)", () => {
  it("reads an author key naming an outlet as the source, and no writer", () => {
    const article = parse(
      '---\ntitle: "高盛报告：人民币被低估25%"\ndate: 2025-12-20\nauthor: "扶摇资讯"\n---\n\n高盛集团在12月初发布报告，指出人民币较其公允价值低估约25%。\n',
    );
    expect(article.source?.name).toBe("扶摇资讯");
    expect(article.author).toBeNull();
    // A person's name under the same key stays the writer.
    expect(parse("---\ntitle: 标题\nauthor: 刺猬偷腥\n---\n\n正文。\n").author).toBe("刺猬偷腥");
  });
});

describe("session 17: an e-paper's feed item (datasets/fresh-14/jsonfeed-item, 人民日报 through feedx)", () => {
  const item = (title: string) =>
    JSON.stringify({
      url: "http://paper.people.com.cn/rmrb/pc/content/202601/27/content_30135897.html",
      title,
      content_html:
        "本报湖北赤壁1月26日电  （记者郑轶）2025三国赤壁古战场杯中国围棋甲级联赛26日在湖北赤壁落幕。",
      date_published: "2026-01-27T00:26:04.000Z",
    });

  it("drops the print page before the headline", () => {
    expect(parse(item("15版 -  苏泊尔杭州队获得第八冠")).title).toBe("苏泊尔杭州队获得第八冠");
    expect(parse(item("第A05版：苏泊尔杭州队获得第八冠")).title).toBe("苏泊尔杭州队获得第八冠");
    // A headline about a page keeps its words.
    expect(parse(item("15版")).title).toBe("15版");
  });

  it("reads the e-paper's address as the paper's, not its portal's", () => {
    expect(parse(item("苏泊尔杭州队获得第八冠")).source?.name).toBe("人民日报");
  });
});

describe("session 17: an e-paper page's template around its story, flattened into a feed item (datasets/fresh-14)", () => {
  // datasets/fresh-14/jsonfeed-item/people-daily__content_30135897.json (exposir/RSS, feedx's 人民日报 channel): the
  // page's text run together — its print date, the story, the Founder e-paper property record with its tags
  // gone, the spaced-out copyright line and the page's script. Excerpt, the story shortened.
  const story = "本报湖北赤壁1月26日电  （记者郑轶）2025三国赤壁古战场杯中国围棋甲级联赛26日在湖北赤壁落幕。";
  const record =
    " 2026-01-27 00:00:00:0 中国围棋甲级联赛 3013589710http://paper.people.com.cn/rmrb/pc/content/202601/27/content_30135897.htmlhttp://paper.people.com.cn/rmrb/pad/content/202601/27/content_30135897.html11921 苏泊尔杭州队获得第八冠 /enpproperty--> \t\t 人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用 \tCopyright © 1997-2026 by www.people.com.cn all rights reserved \t document.write(\"\"); updateMetaRmrb(location.href); function updateMetaRmrb(webLastUrl) { var x = webLastUrl.indexOf('content_');";
  const item = (content: string) =>
    JSON.stringify({
      url: "http://paper.people.com.cn/rmrb/pc/content/202601/27/content_30135897.html",
      title: "15版 -  苏泊尔杭州队获得第八冠",
      content_html: content,
      date_published: "2026-01-27T00:26:04.000Z",
    });

  it("drops the page's print date over the dateline, and everything from the property record on", () => {
    expect(parse(item(`2026年01月27日 \t\t ${story}${record}`)).text).toBe(
      "本报湖北赤壁1月26日电 （记者郑轶）2025三国赤壁古战场杯中国围棋甲级联赛26日在湖北赤壁落幕。",
    );
  });

  it("keeps a date that opens a sentence, and a time stamp with no property record after it", () => {
    expect(parse(item("2026年01月27日，中国围棋甲级联赛在湖北赤壁落幕。")).text).toBe(
      "2026年01月27日，中国围棋甲级联赛在湖北赤壁落幕。",
    );
    expect(parse(item(`${story} 2026-01-27 00:00:00:0 中国围棋甲级联赛`)).text).toContain(
      "2026-01-27 00:00:00:0",
    );
  });
});

describe("session 17: a reporter's story on a news agency's own site (datasets/fresh-14/jsonfeed-item)", () => {
  // datasets/fresh-14/jsonfeed-item/xinhua__c748e7bece3542fa82a824386c9515bd.json (exposir/RSS, 新华网 through
  // RSSHub): only a closing （记者吴雨） credits the story; news.cn publishes 新华社's wire. Excerpt.
  const item = (url: string, content: string) =>
    JSON.stringify({
      url,
      title: "中国人民银行与斯里兰卡中央银行建立人民币清算安排",
      content_html: content,
      date_published: "2026-01-28T03:12:14.000Z",
    });
  const closing =
    "<p>  中国人民银行表示，斯里兰卡人民币清算安排的建立，将进一步促进双边贸易、投资便利化。（记者吴雨）</p>";

  it("names the agency, not its site, as the source", () => {
    const article = parse(
      item("http://www.news.cn/20260128/c748e7bece3542fa82a824386c9515bd/c.html", closing),
    );
    expect(article.source?.name).toBe("新华社");
    expect(article.text).toBe(
      "中国人民银行表示，斯里兰卡人民币清算安排的建立，将进一步促进双边贸易、投资便利化。（记者吴雨）",
    );
  });

  it("names the site for a story no reporter signs, and keeps a portal's reporter the portal's", () => {
    const unsigned = "<p>  中国人民银行表示，斯里兰卡人民币清算安排的建立，将进一步促进双边贸易。</p>";
    expect(
      parse(item("http://www.news.cn/20260128/c748e7bece3542fa82a824386c9515bd/c.html", unsigned)).source
        ?.name,
    ).toBe("新华网");
    expect(
      parse(item("http://finance.people.com.cn/n1/2026/0128/c1004-40000000.html", closing)).source?.name,
    ).toBe("人民网");
  });
});

describe("session 18: a feed job's items (datasets/fresh-15/hexun-feed-item)", () => {
  const item = (name: string) => datasetFile("fresh-15", `hexun-feed-item/${name}`);

  it("reads the job's header box over the story — source, original link, date — and leaves it out of the text", () => {
    // `推送自和讯保险的「行业」频道` over `来源：中国网财经 | 原文链接` and `发布时间：2026-06-08 09:23:01 | 推送时间：…（定时）`.
    const article = item("hexun__224285712.json");
    expect(article.source?.name).toBe("中国网财经");
    expect(article.publishedAt).toBe("2026-06-08T09:23:01+08:00");
    expect(article.originalUrl).toBe("https://insurance.hexun.com/2026-06-08/224285712.html");
    expect(article.text.startsWith("中国网财经6月8日讯 近日，国家金融监督管理总局上海监管局")).toBe(true);
    expect(article.text).not.toMatch(/推送自|推送时间|原文链接/u);
  });

  it("names the feed's hop as the outlet of its site names itself: `和讯` at hexun.com is 和讯网", () => {
    expect(item("hexun__224285712.json").via).toEqual(["和讯网"]);
    // A feed whose name its site's outlet does not spell out keeps its own.
    const record = (source: string, url: string) =>
      parse(
        JSON.stringify({ url, title: "标题", source, content: "<p>来源：中国网财经</p><p>正文第一段。</p>" }),
      );
    expect(record("和讯", "https://www.example.com/2026-06-08/1.html").via).toEqual(["和讯"]);
    expect(record("和讯保险", "https://insurance.hexun.com/2026-06-08/1.html").via).toEqual(["和讯保险"]);
  });

  it("splits the site that hosts an account off its name (`中国银行保险报 - 今天看啥`): the account wrote it, the site carried it", () => {
    const article = item("cbirc-news__2247747834.json");
    expect(article.source?.name).toBe("中国银行保险报");
    expect(article.via).toEqual(["今天看啥"]);
    // The header's day (`发布时间：2026-06-07`) yields to the record's same day with its time.
    expect(article.publishedAt).toBe("2026-06-07T12:00:00+08:00");
    expect(article.text.startsWith("金融管理部门公布的最新一期统计数据显示")).toBe(true);
  });

  it("reads a paper's staff credits run together at the end (`《中国银行保险报》记者 许予朋《中国银行保险报》编辑 徐宁`)", () => {
    const article = item("cbirc-news__2247747834.json");
    expect(article.author).toBe("许予朋");
    expect(article.editor).toBe("徐宁");
    expect(article.text.endsWith("为稳慎推进人民币国际化创造有利条件。")).toBe(true);
    expect(item("cbirc-news__2247747910-2.json").editor).toBe("李梦溪");
  });

  it("drops a copy's notes where it left pictures out (`【本处已删首图】`, `【此处有删掉的图片】`)", () => {
    const article = item("huibao__2650505792.json");
    expect(article.text.startsWith("本周要点")).toBe(true);
    expect(parse("【本处已删首图】\n\n正文第一段。\n\n【此处有删掉的图片】\n\n正文第二段。").text).toBe(
      "正文第一段。\n\n正文第二段。",
    );
    // A bracketed line about deleting something else is the story's.
    expect(parse("正文第一段。\n\n【此处有删节】\n\n正文第二段。").text).toContain("【此处有删节】");
  });
});

describe("session 18: labelled fields on one line, parted by bars (credits/labelled-fields.ts)", () => {
  it.each([
    ["来源：中国网财经 \u00a0|\u00a0 原文链接", [["source", "中国网财经"]]],
    [
      "发布时间：2026-06-08 09:23:01 \u00a0|\u00a0 推送时间：2026-06-08 13:00:35（定时）",
      [
        ["date", "2026-06-08 09:23:01"],
        ["collected", "2026-06-08 13:00:35（定时）"],
      ],
    ],
    [
      "来源：本站 | 作者：张三",
      [
        ["source", "本站"],
        ["author", "张三"],
      ],
    ],
    // A link's words closing a value's own words, with no bar before them, stay the value's.
    ["来源：请点击查看原文", [["source", "请点击查看原文"]]],
    // Every word the credit grammar reads as an original link's label is such a field (one list, `ORIGINAL_LINK_WORDS`).
    ["来源：中国网财经 | 原文网址", [["source", "中国网财经"]]],
    ["来源：中国网财经 ｜ 原文出处", [["source", "中国网财经"]]],
    ["来源：中国网财经 丨 阅读原文", [["source", "中国网财经"]]],
  ])("%s", (line, fields) => {
    expect(readLabelledFields(line)?.map((field) => [field.kind, field.value])).toEqual(fields);
  });
});

describe("session 18: a site that hosts accounts' writing, after an account's name (credits/site-suffix.ts)", () => {
  it.each([
    ["中国银行保险报 - 今天看啥", { name: "中国银行保险报", site: "今天看啥" }],
    ["慧保天下 - 今天看啥", { name: "慧保天下", site: "今天看啥" }],
    ["某某 | 知乎", { name: "某某", site: "知乎" }],
    ["华为发布新款手机 - 遥遥领先", null],
    ["今天看啥", null],
    ["21世纪经济报道", null],
  ])("%s", (name, hosted) => {
    expect(hostedName(name)).toEqual(hosted);
  });
});

describe("session 18: an app's header pasted into a post (datasets/fresh-15/wind-jekyll)", () => {
  it("drops a row of the app's buttons and its video note (`EnRA+A- 收藏到 AliceBox （本期视频由 Wind AI 提供技术支持）`)", () => {
    const article = datasetFile("fresh-15", "wind-jekyll/2024-8-2-wind-DailyFinanceNews.md");
    expect(article.text).not.toMatch(/EnRA|AliceBox|本期视频由/u);
    expect(article.text).toContain("比亚迪新能源汽车销量34.24万辆，继续大幅领跑。");
    expect(parse("正文第一段。\n\nA+ A- 收藏到 书签 分享到：\n\n正文第二段。").text).toBe(
      "正文第一段。\n\n正文第二段。",
    );
  });
});

describe("session 19: one list of the labels of an original's address (credits/grammar.ts ORIGINAL_ADDRESS_LABELS)", () => {
  const story = "最大的感受就是：应该在实现之前充分列举可能的应用场景。";

  it.each(["原文", "原文链接", "原文地址", "原文网址", "原文出处"])(
    "reads %s in a box of credits under its caption",
    (label) => {
      const article = parse(
        `---\ntitle: Webpack基本架构浅析\n---\n\n${story}\n\n关于本文  \n作者：@Gloria  \n${label}：http://blog.zxrcool.com/2018/04/19/webpack/\n`,
        { filename: "b.md" },
      );
      expect(article).toMatchObject({
        text: story,
        author: "Gloria",
        originalUrl: "http://blog.zxrcool.com/2018/04/19/webpack/",
      });
    },
  );

  it.each(["链接", "原文链接", "原文网址", "原文出处"])(
    "reads %s in a translation's box over the story",
    (label) => {
      const box = `OSC 协作翻译\n\n编译自：Building a Cross-platform Desktop App with NW.js\n\n${label}：https://www.sitepoint.com/cross-platform-desktop-app-nw-js/\n\n译者：Viyi, 边城`;
      expect(parse(front(`${box}\n\nNW.js 是一个使用 Web 技术创建本地应用的框架。`))).toMatchObject({
        author: "Viyi、边城",
        originalUrl: "https://www.sitepoint.com/cross-platform-desktop-app-nw-js/",
        text: "NW.js 是一个使用 Web 技术创建本地应用的框架。",
      });
    },
  );
});

describe("session 19: a reader mode's copy of a page (datasets/fresh-16/readability-page)", () => {
  // Mozilla Readability's expected output for 腾讯科技's page (test/test-pages/qq/expected.html of mozilla/readability),
  // shortened to its first and last paragraphs; the markup as the file has it.
  const qq = [
    '<div id="readability-page-1" class="page"><div id="C-Main-Article-QQ">',
    '<div bosszone="titleDown"><p><span><span bosszone="jgname">TNW中文站</span></span><span>2016年10月14日07:17</span></p></div>',
    '<div id="Cnt-Main-Article-QQ"><div><p><span>转播到腾讯微博</span></p><p><img alt="DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶" src="http://img1.gtimg.com/tech/pics/hv1/168/240/2140/139214868.jpg" /></p></div>',
    "<p>TNW中文站 10月14日报道</p>",
    "<p>DeepMind希望DNC可以推动计算行业实现更多突破。DeepMind已将其研究结果发表在科学刊物《自然》（Nature）上。（编译/林靖东）</p>",
    "<p><strong><strong>精彩视频推荐</strong></strong></p>",
    '<div id="rv-player"><p><span>转播到腾讯微博</span></p></div>',
    "<p><strong>【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】</strong></p></div>",
    '<div><p>[责任编辑：alonliu]</p><div id="vote"><p>您认为这篇文章与"<span id="test">新一网（08008.HK）</span>"相关度高吗？</p></div></div>',
    "</div></div>",
  ].join("\n");

  it("reads the outlet's source line, its name and time run together, and leaves the page's furniture out", () => {
    const article = parse(qq);
    expect(article).toMatchObject({
      source: { name: "TNW中文站" },
      publishedAt: "2016-10-14T07:17:00+08:00",
      editor: "alonliu",
      text: "TNW中文站 10月14日报道\n\nDeepMind希望DNC可以推动计算行业实现更多突破。DeepMind已将其研究结果发表在科学刊物《自然》（Nature）上。（编译/林靖东）",
    });
    expect(article.securities).toEqual([]);
  });

  it.each([
    // A share button naming where it shares to, alone or in a row of the page's buttons.
    ["转播到腾讯微博", ""],
    ["分享到微信 返回顶部", ""],
    // A rights notice, bracketed or not; one that names no use it forbids is the story's.
    ["【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】", ""],
    ["该作品的版权归原作者所有。", "该作品的版权归原作者所有。"],
    // A poll on the story; a question the story asks stays.
    ["你觉得这篇文章有用吗？", ""],
    ["您认为这项政策有用吗？", "您认为这项政策有用吗？"],
  ])("drops the page's line %s", (line, left) => {
    expect(parse(`正文第一段，说明事情的经过。\n\n${line}\n\n正文第二段。`).text).toBe(
      left === ""
        ? "正文第一段，说明事情的经过。\n\n正文第二段。"
        : `正文第一段，说明事情的经过。\n\n${left}\n\n正文第二段。`,
    );
  });

  it("reads the closing credits of 光明网's copy, set off by a vertical dash: the producing desk and the author", () => {
    // readability__gmw.html's last paragraphs (test/test-pages/gmw/expected.html of mozilla/readability).
    const gmw = [
      '<div id="readability-page-1" class="page"><div id="contentMain">',
      "<p>　　所以，当宇航员在地球轨道上时，将还不得不满足于通过欣赏外面的景色来振作精神，而不要指望沉溺于烈酒中。</p>",
      "<p>　　原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人</p>",
      "<p><strong>　　出品︱网易科学人栏目组 胖胖</strong></p>",
      '<p><strong>　　作者︱春春</strong><a href="http://www.gmw.cn/" target="_blank"><img src="https://img.gmw.cn/pic/content_logo.png" title="返回光明网首页" /></a></p>',
      "<p>[责任编辑:肖春芳]</p>",
      "</div></div>",
    ].join("\n");
    expect(parse(gmw)).toMatchObject({
      source: { name: "网易科学人栏目组" },
      author: "春春",
      editor: "肖春芳",
      text: "所以，当宇航员在地球轨道上时，将还不得不满足于通过欣赏外面的景色来振作精神，而不要指望沉溺于烈酒中。",
    });
    // `出品` before anything but a bar or a colon is prose.
    expect(parse("出品方表示，影片将于明年上映。\n\n第二段。").text).toBe(
      "出品方表示，影片将于明年上映。\n\n第二段。",
    );
  });
});

describe("session 20: a copy of a whole page whose headline names its site (datasets/fresh-9/jina-reader)", () => {
  // sina__guotai-fund.md's head (a Jina Reader copy of a 新浪财经 page carrying 面包财经), its story shortened.
  const copy = (heading: string, credit = "来源：面包财经") =>
    parse(
      [
        "Title: 国泰基金：投资运作违规被罚 多只产品大幅跑输基准仍高收费",
        "",
        "URL Source: https://finance.sina.com.cn/money/fund/2026-05-08/doc-inhxcusp2275828.shtml",
        "",
        "Published Time: 2026-05-08T07:41:18+08:00",
        "",
        "Markdown Content:",
        `# ${heading}`,
        "",
        "[基金](http://finance.sina.com.cn/fund/)>正文",
        "",
        "# 国泰基金：投资运作违规被罚 多只产品大幅跑输基准仍高收费",
        "",
        "2026年05月08日 07:31 市场资讯",
        "",
        credit,
        "",
        "据近期公告披露，2025年5月，国泰基金因投资运作违规被中国证监会上海监管局采取责令改正的行政监管措施。",
      ].join("\n"),
    );

  it("names the site after the headline — the part nearest it that reads as an outlet — as the hop that carried another's story", () => {
    const article = copy("国泰基金：投资运作违规被罚 多只产品大幅跑输基准仍高收费_新浪财经_新浪网");
    expect(article.source).toEqual({ name: "面包财经" });
    expect(article.via).toEqual(["新浪财经"]);
    expect(article.text).toBe(
      "据近期公告披露，2025年5月，国泰基金因投资运作违规被中国证监会上海监管局采取责令改正的行政监管措施。",
    );
  });

  it("adds no hop when the site wrote the story, or when the headline names no site", () => {
    const own = copy(
      "国泰基金：投资运作违规被罚 多只产品大幅跑输基准仍高收费_新浪财经_新浪网",
      "来源：新浪财经",
    );
    expect(own.source).toEqual({ name: "新浪财经" });
    expect(own.via).toEqual([]);
    const bare = copy("国泰基金：投资运作违规被罚 多只产品大幅跑输基准仍高收费");
    expect(bare.source).toEqual({ name: "面包财经" });
    expect(bare.via).toEqual([]);
  });
});

describe("session 21: records of news APIs (datasets/fresh-18)", () => {
  const record = (name: string) => datasetFile("fresh-18", name);

  it("reads an API's keys by the names they spell: 东方财富's `Art_` prefix, PascalCase (`Art_UniqueUrl` before `Art_Url`)", () => {
    const article = record("eastmoney-search/eastmoney-search__202111032168834161.json");
    expect(article.title).toBe("国寿资产完成发行“中国人寿-翡翠1 号资产支持计划”");
    expect(article.publishedAt).toBe("2021-11-03T18:23:12+08:00");
    expect(article.originalUrl).toBe("http://finance.eastmoney.com/a/202111032168834161.html");
    expect(article.text.startsWith("证券时报网讯，11月3日，国寿资产发布消息称")).toBe(true);
    expect(article.text).not.toMatch(/Art_|"/u);
    // The same record's keys in capitals, and PascalCase without a prefix.
    const upper = parse(
      JSON.stringify({ TITLE: "标题", CONTENT: "正文第一段。", PUBLISH_TIME: "2021-11-03 18:23:12" }),
    );
    expect([upper.title, upper.text, upper.publishedAt]).toEqual([
      "标题",
      "正文第一段。",
      "2021-11-03T18:23:12+08:00",
    ]);
    const pascal = parse(
      JSON.stringify({ Title: "标题", Content: "正文第一段。", Url: "https://news.mysite.cn/a/1.html" }),
    );
    expect([pascal.title, pascal.text, pascal.originalUrl]).toEqual([
      "标题",
      "正文第一段。",
      "https://news.mysite.cn/a/1.html",
    ]);
    // Keys that share no prefix keep their names: `news_title` beside `content` is read as it stands.
    const mixed = parse(JSON.stringify({ news_title: "标题", content: "正文第一段。" }));
    expect(mixed.title).toBe("标题");
  });

  it("takes the API's cut mark `...` off the end of a body it cut, and the disclaimer the cut interrupted", () => {
    const cut = record("eastmoney-search/eastmoney-search__202111032168985690.json");
    expect(cut.text.endsWith("助力构建要素有序自由流动、主体功")).toBe(true);
    const disclaimer = record("eastmoney-search/eastmoney-search__202111092174151796.json");
    expect(disclaimer.text.endsWith("可能存在与港交所披露不一致的情形。")).toBe(true);
    expect(disclaimer.text).not.toMatch(/免责声明|\.\.\./u);
    // A body not cut keeps its ellipsis; so does one ending in a longer run of dots.
    expect(parse(JSON.stringify({ title: "标题", content: "他说……" })).text).toBe("他说……");
    expect(parse(JSON.stringify({ title: "标题", content: "未完待续...." })).text).toBe("未完待续....");
  });

  it("reads the summary when the content lost every Han character (NewsAPI's broken scrape)", () => {
    const article = record("newsapi-article/newsapi-cn__9479985.json");
    expect(article.text.startsWith("财报显示，该季度斗鱼持续增加对电竞内容的投入")).toBe(true);
    expect(article.text).not.toMatch(/NASDAQ:DOYU|UPUP/u);
    // An English content beside an English summary is the body.
    const english = parse(
      JSON.stringify({ title: "Title", description: "A summary.", content: "The whole story." }),
    );
    expect(english.text).toBe("The whole story.");
  });

  it("leaves a flash's 【headline】 out of the text when the title is it spaced otherwise, with the site after it", () => {
    const article = record("newsapi-article/newsapi-cn__1926754483.json");
    expect(article.title).toBe("韩正：继续加大水污染防治力度大力推进重点行业去产能工作");
    expect(article.text.startsWith("国务院副总理韩正18日在中国环境科学研究院主持召开座谈会")).toBe(true);
    // A 【】 that opens the body but is not the title stays.
    const other = parse(JSON.stringify({ title: "另一个标题", content: "【快讯】正文第一段。" }));
    expect(other.text.startsWith("【快讯】")).toBe(true);
  });

  it("takes a page's own name glued to the headline off under a carrier's spaced one (`标题-中新网 - 中国新闻网`, credits/site-suffix.ts)", () => {
    const article = record("newsapi-article/newsapi-cn__9480006.json");
    expect(article.title).toBe("京津冀协同发展交通一体化建设全国引领性劳动和技能竞赛表彰大会在雄安召开");
    const settings = { titleSuffixMaxLength: 8, titleHeadlineMinLength: 6, titleKeywordMaxLength: 12 };
    expect(splitSiteSuffix("斗鱼发布一季度财报：平均月活达1.92亿-中新网 - 中国新闻网", [], settings)).toEqual(
      {
        headline: "斗鱼发布一季度财报：平均月活达1.92亿",
        site: "中新网",
      },
    );
    // A glued phrase that names no outlet is the headline's own.
    expect(splitSiteSuffix("华为发布新款手机一季度销量-遥遥领先 - 新浪网", [], settings).headline).toBe(
      "华为发布新款手机一季度销量-遥遥领先",
    );
  });

  it("reads a record whose keys share an entity prefix as the record without it (property)", () => {
    const han = fc
      .array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 4, maxLength: 40 })
      .map((codes) => String.fromCodePoint(...codes));
    const prefix = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}_$/);
    fc.assert(
      fc.property(prefix, han, han, (p, title, content) => {
        const bare = parse(JSON.stringify({ title, content: `${content}。` }));
        const prefixed = parse(JSON.stringify({ [`${p}Title`]: title, [`${p}Content`]: `${content}。` }));
        expect([prefixed.title, prefixed.text]).toEqual([bare.title, bare.text]);
      }),
      { numRuns: 30 },
    );
  });
});

describe("session 22: credit leftovers of fresh-18 and fresh-17", () => {
  it("ends a 原标题 credit run into the dateline where the dateline begins; the story stays (fresh-18 tianapi)", () => {
    const article = datasetFile("fresh-18", "tianapi-news/tianapi-digiccy__c6dcc2a3.json");
    expect(article.source).toEqual({ name: "新华财经" });
    expect(article.text).toBe("新华财经北京3月26日电为稳妥推进数字货币研发，助力构建法定数字货币协同创新研");
  });

  it("names chinanews.com's stories 中新网 under either of its names (fresh-18 NewsAPI)", () => {
    const article = datasetFile("fresh-18", "newsapi-article/newsapi-cn__9479985.json");
    expect(article.source).toEqual({ name: "中新网" });
  });

  it("drops a weekly's standing jobs-thread promo; a story's sentence about posting jobs stays (fresh-5 ruanyf/weekly)", () => {
    const weekly = datasetFile("fresh-5", "md-weekly/ruanyf__weekly_198.md");
    expect(weekly.text).not.toContain("欢迎访问或发布工作/实习岗位");
    expect(weekly.text).toContain("本杂志开源");
    const story = parse("人社部就业服务\n\n人社部表示，欢迎用人单位发布岗位。\n\n第二段正文。");
    expect(story.text).toContain("欢迎用人单位发布岗位");
  });

  it("takes a headline reworded over the dateline out of the text; over any other paragraph it stays (fresh-17 Mezzanine)", () => {
    const article = datasetFile("fresh-17", "sql-row/mezzanine-blogpost__5.sql");
    expect(article.title).toBe("油价调价窗口今打开 汽油价格或下调0.15元/升");
    expect(article.text.startsWith("中新网8月4日电(能源频道 宋亚芬)根据现行成品油定价机制")).toBe(true);
    // The same row as a JSON record: the headline over its dateline leaves, over a plain paragraph it stays.
    const page = (second: string) =>
      parse(
        JSON.stringify({
          title: "油价调价窗口今打开 汽油价格或下调0.15元/升",
          content: `<p>国内油价调价窗口今日打开 汽油价格或下调0.15元/升</p>\n<p>${second}</p>\n<p>第三段。</p>`,
        }),
      ).text;
    expect(page("中新网8月4日电 根据现行成品油定价机制，国内油价新一轮调价窗口将于今日24时打开。")).toMatch(
      /^中新网/u,
    );
    expect(page("根据现行成品油定价机制，国内油价新一轮调价窗口将于今日24时打开。")).toMatch(
      /^国内油价调价窗口今日打开/u,
    );
  });
});

describe("session 23: a brief pasted from an app, its closing lines run into the last list item (datasets/fresh-15/wind-jekyll)", () => {
  it("reads the lines after the last item as paragraphs, drops the paste's fence debris and the heading its dropped disclaimer leaves", () => {
    const article = datasetFile("fresh-15", "wind-jekyll/2024-8-1-wind-DailyFinanceNews.md");
    expect(article.text.endsWith("外汇基金总资产为 39786 亿港元，环比减少 6 亿港元。")).toBe(true);
    expect(article.text).not.toMatch(/```|风险提示|重要经济日程/u);
    // The fence runs glued to a line's end went; the sentence they broke reads on.
    expect(article.text).toContain("其中电子和机械设备行业机构调研个股数量居前");
  });

  const body = (markdown: string) => bodyToHtml(markdown, "markdown");

  it("puts lines after an item that ends a sentence after the list, a short unpunctuated line on its own", () => {
    expect(
      body("1. 第一项说完了。\n2. 第二项说完了。\n重要经济日程\n风险提示：市场有风险，投资需谨慎。\n"),
    ).toBe(
      '<ol>\n<li>第一项说完了。</li>\n<li>第二项说完了。</li>\n</ol>\n<p data-caixun-markdown="">重要经济日程</p>\n<p data-caixun-markdown="">风险提示：市场有风险，投资需谨慎。</p>\n',
    );
  });

  it.each([
    // An item wrapped by hand: its line ends mid-sentence, and the next line goes on with it.
    "1. 第一项写到一半，\n接着写完。\n",
    // Lines the item indents are its own.
    "1. 第一项说完了。\n   补充一句。\n",
    // A Latin line after the item: not Chinese copy whose lines are unwrapped.
    "1. 第一项说完了。\nand a lazy English line\n",
    // Another item after the lines: they are inside the list.
    "1. 第一项说完了。\n补充一句。\n2. 第二项。\n",
  ])("leaves lazy lines in the item where the item goes on: %j", (markdown) => {
    expect(body(markdown)).not.toContain("<p");
  });

  it("drops a fence run glued to a line's end, and keeps a chunk with a real fence as written", () => {
    expect(body("- 同比降低```markdown\n19.7%，单月业绩规模继续保持在历史较低水平。")).toBe(
      "<ul>\n<li>同比降低\n19.7%，单月业绩规模继续保持在历史较低水平。</li>\n</ul>\n",
    );
    expect(body("- 示例```js\n```js\nconst a = 1;\n```")).toContain("示例```js");
  });

  it("loses no Han character of the Markdown, whatever its lines", () => {
    // Each line opens with text (a fence line's info string is no text to Markdown, whatever the rules do).
    const line = fc
      .tuple(
        fc.constantFrom("1. 说", "- 说", "   说", "说", "【说"),
        fc.array(fc.constantFrom(" ", "说", "完", "。", "，", "```", "js", "【", "a", "1. "), {
          maxLength: 12,
        }),
      )
      .map(([head, parts]) => head + parts.join(""));
    const han = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).join("");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const markdown = lines.join("\n");
        expect(han(body(markdown).replace(/<[^>]*>/gu, ""))).toBe(han(markdown));
      }),
    );
  });

  it("drops a closing heading only when the blocks after it were dropped, and never a credit", () => {
    const disclaimer = "风险提示：市场有风险，投资需谨慎。本文所提供内容仅供参考，不构成对任何人的投资建议。";
    expect(parse(`正文第一段说完了。\n\n重要经济日程\n\n${disclaimer}`).text).toBe("正文第一段说完了。");
    expect(parse("正文第一段说完了。\n\n重要经济日程").text).toBe("正文第一段说完了。\n\n重要经济日程");
    // A time stamp dropped after a list's last line is no disclaimer: the line stays (shared corpus, other-aibriefings).
    expect(parse("正文第一段说完了。\n\n投资策略建议\n\n(更新时间戳: 1770990198770)").text).toBe(
      "正文第一段说完了。\n\n投资策略建议",
    );
    const credited = parse(`正文第一段说完了。\n\n记者 张三\n\n${disclaimer}`);
    expect(credited.author).toBe("张三");
    expect(credited.text).toBe("正文第一段说完了。\n\n记者 张三");
  });
});

describe("session 25: a Scrapy spider's items of eastmoney pages (datasets/fresh-23/scrapy-jl)", () => {
  const item = (name: string) => datasetFile("fresh-23", `scrapy-jl/${name}`);

  it("reads the item's keys: the title, `post_time` at +08:00, the url, the summary's closing outlet", () => {
    const article = item("sample-07.json");
    expect(article.title).toBe("人工智能板块盘中发力 投资者不宜盲目追涨");
    expect(article.publishedAt).toBe("2016-03-17T00:26:00+08:00");
    expect(article.originalUrl).toBe("http://finance.eastmoney.com/news/1345,20160317604922713.html");
    expect(article.source?.name).toBe("北京商报");
    // The summary (`【智能板块发力 投资者不宜盲目追涨】…（北京商报）`) says what the body says: read, not kept.
    expect(Object.keys(article.extra)).toEqual(["mention_tickers_name", "mention_tickers_id", "sub_section"]);
  });

  it("reads a summary's closing outlet as the source only after a sentence; a summary without one names none", () => {
    const record = (summary: string) =>
      parse(JSON.stringify({ title: "标题", content: "正文第一段。", summary })).source?.name ?? null;
    expect(record("【标题】导语一句。（证券日报）")).toBe("证券日报");
    expect(record("【标题】导语一句，没有来源。")).toBeNull();
    expect(record("【标题】利润增长(30%)")).toBeNull();
  });

  it("reads eastmoney's staff code run onto the last paragraph as the editor, out of the text", () => {
    const article = item("sample-02.json");
    expect(article.editor).toBe("DF154");
    expect(article.text.endsWith("能在股东和管理层之间达成共识且不会侵害利益相关各方的解决方案。")).toBe(
      true,
    );
    // Twice over, both leave; after no prose (a link) the credit stays as it stands.
    const twice = parse("标题\n正文第一段。\n最后一段。(责任编辑：DF154)(责任编辑：DF154)");
    expect([twice.editor, twice.text]).toEqual(["DF154", "正文第一段。\n\n最后一段。"]);
    expect(parse("标题\n正文第一段。\n<http://example.com/a>(责任编辑：DF154)").text).toContain(
      "(责任编辑：DF154)",
    );
    // A bracket that credits no editor stays where it is.
    const kept = parse("标题\n正文第一段。\n总理放话深港通年内开通 机构看好反弹行情(附股)");
    expect(kept.editor).toBeNull();
    expect(kept.text.endsWith("机构看好反弹行情(附股)")).toBe(true);
  });

  it("cuts a related-stories run (`topic>>>` and headlines) off the story's end, the story's last paragraph kept", () => {
    const article = item("sample-01.json");
    expect(article.editor).toBe("DF118");
    expect(article.text.endsWith("3月半个月不到已达3.1亿元。")).toBe(true);
    expect(article.text).not.toMatch(/>>>|首付贷窘境|从台上转入地下/u);
    // A topic with no headline under it, or a run that does not reach the end, stays.
    expect(parse("标题\n正文第一段。\n更多精彩>>>").text).toBe("正文第一段。\n\n更多精彩>>>");
    expect(parse("标题\n正文第一段。\n投资机会>>>\n相关标题一则\n最后一段正文。").text).toContain(
      "投资机会>>>",
    );
  });
});

describe("session 25: closing credits and datelines of fresh-22's outlets", () => {
  it("reads an outlet and its writer closing the last paragraph in brackets; two names alone are no outlet", () => {
    const signed = parse("标题\n正文第一段。\n综上所述，旅游酒店调整。      （港澳资讯  徐波）");
    expect([signed.source?.name, signed.author, signed.text]).toEqual([
      "港澳资讯",
      "徐波",
      "正文第一段。\n\n综上所述，旅游酒店调整。",
    ]);
    const names = parse("标题\n正文第一段。\n最后一句。（张三 李四）");
    expect(names.source).toBeNull();
    expect(names.text.endsWith("（张三 李四）")).toBe(true);
  });

  it("reads a paper run together with its brand as the paper; its site is an outlet of its own name", () => {
    expect(parse("标题\n证券时报e公司讯，统计局表示，CPI仍处高位。\n第二段。").source?.name).toBe("证券时报");
    expect(parse("标题\n人民日报海外版讯，某地发布新规。\n第二段。").source?.name).toBe("人民日报");
    expect(parse("标题\n证券时报网讯，某公司发布公告。\n第二段。").source?.name).toBe("证券时报网");
  });
});

describe("session 26: the known Markdown families' leftovers (datasets/fresh-24)", () => {
  const file = (name: string) => datasetFile("fresh-24", name);

  it("reads a `<!--yml` comment over a translated page's title as its front matter, and its 来源 quote's host", () => {
    const cnbc = file(
      "translation-md/China-s-housing-minister--Property-developers-must-go-bankrupt-if-needed.md",
    );
    const head = (article: typeof cnbc) => [
      article.title,
      article.publishedAt,
      article.source?.name,
      article.originalUrl,
    ];
    expect(head(cnbc)).toEqual([
      "中国住房部长：房地产开发商必要时须破产",
      "2024-05-27T14:49:31+08:00",
      "CNBC",
      "https://www.cnbc.com/2024/03/11/chinas-housing-minister-property-developers-must-go-bankrupt-if-needed.html",
    ]);
    expect(cnbc.text).not.toMatch(/<!--yml|category:|来源：/u);
    const synthetic = parse(
      "<!--yml\ncategory: 未分类\ndate: 2024-05-27 14:33:56\n-->\n\n# 标题\n\n> 来源：[https://www.cnbc.com/2024/03/11/a.html](https://www.cnbc.com/2024/03/11/a.html)\n\n正文第一段，说明情况。",
    );
    expect(head(synthetic)).toEqual([
      "标题",
      "2024-05-27T14:33:56+08:00",
      "CNBC",
      "https://www.cnbc.com/2024/03/11/a.html",
    ]);
    expect(synthetic.text).toBe("正文第一段，说明情况。");
  });

  it("drops the page's own heading repeated under the title, and a related-story inset (a label over one link)", () => {
    const npr = file(
      "translation-md/-Everything-is-rising-at-a-scary-rate---Why-car-and-home-insurance-costs-are-surging.md",
    );
    expect([npr.source?.name, npr.author]).toEqual(["NPR", "Scott Horsley"]);
    // `撰写：` is a byline, read and kept as `撰文：` is.
    expect(npr.text.startsWith("撰写：Scott Horsley")).toBe(true);
    expect(npr.text).not.toMatch(/相关报道：|相关故事：|^# /mu);
    const md = (inset: string) =>
      parse(`# 标题\n\n正文第一段，说明情况。\n\n${inset}\n\n最后一段正文。`, { filename: "a.md" }).text;
    expect(md("相关报道：\n\n[另一个故事](/1199032000)\n\n* * *")).toBe(
      "正文第一段，说明情况。\n\n最后一段正文。",
    );
    // A label over words of its own stays.
    expect(md("相关报道：\n\n另一个故事的文字说明在这里。")).toContain("相关报道：");
  });

  it("drops a related list closing the story (a blog's `相关日志` heading, links with their comment counts), and a link's label alone", () => {
    const page = (tail: string) =>
      parse(`<h2>标题</h2><p>正文第一段，说明情况。</p><p>最后一段正文。</p>${tail}`, { filename: "a.html" })
        .text;
    expect(
      page('<h4>相关日志</h4><ul><li><a href="/528.html">邵晓锋 警界英豪执印支付宝</a> (4)</li></ul>'),
    ).toBe("正文第一段，说明情况。\n\n最后一段正文。");
    expect(page('<div><a href="/config.html">点击查看车型完整配置</a></div>')).toBe(
      "正文第一段，说明情况。\n\n最后一段正文。",
    );
    // With the story going on after it, the list is no closing one; nor is a list with words of its own.
    expect(
      page(
        '<h4>相关日志</h4><ul><li><a href="/528.html">另一篇</a></li></ul><p>后记：作者补充了一段说明。</p>',
      ),
    ).toContain("另一篇");
    expect(page("<h4>相关日志</h4><ul><li>另一篇日志的文字说明</li></ul>")).toContain("另一篇日志的文字说明");
  });

  it("reads a feed item's `© rthk.hk` as its outlet; its mail contact lines are no text", () => {
    const item = file("feed-md-item/hk_rthk_finance_ch__1798996.md");
    expect([item.source?.name, item.originalUrl]).toEqual([
      "香港电台",
      "https://news.rthk.hk/rthk/ch/component/k2/1798996-20250405.htm",
    ]);
    expect(item.text).toBe(
      "金價下跌，貿易戰加劇引發投資者對全球經濟衰退的擔憂，投資者拋售黃金，以填補股市大跌帶來的損失。",
    );
    const md = parse(
      "# 标题\n\n正文第一段，说明情况。\n\n最后一段正文。\n\n© rthk.hk\n\n電子郵件:\n\ncnews@rthk.hk",
      {
        filename: "a.md",
      },
    );
    expect([md.source?.name, md.text]).toEqual(["香港电台", "正文第一段，说明情况。\n\n最后一段正文。"]);
  });

  it("reads an account's own-story line, its byline run on, its 排版 / 审核 line and its rights line", () => {
    const post = file("hugo-repost/bbf9ae8e5d456b7eecc9bf3fd9ddd04d.md");
    expect([post.source?.name, post.author, post.editor]).toEqual(["三联生活周刊", "谢九", "杨逸"]);
    expect(post.text.startsWith("文 | 谢九")).toBe(true);
    // The recruiting notice after the story is the account's tail.
    expect(post.text.endsWith("顶多也就在楼市激起几片涟漪。")).toBe(true);
    const backup = file("wechat-backup-md/A股彻底爆了，现在进场还来得及吗？.md");
    expect([backup.source?.name, backup.author, backup.editor]).toEqual(["三联生活周刊", "谢九", "同同"]);
    // A clause broken inside `A股` by a soft line break is one paragraph; the bot's note and back link go.
    expect(backup.text.startsWith("9月24日以来，A 股市场引爆了一轮历史罕见的大牛市")).toBe(true);
    expect(backup.text).not.toMatch(/仅供查阅学习|返回列表页|招聘/u);
    const plain = (lines: string) => parse(`标题\n正文第一段，说明情况。\n最后一段正文。\n${lines}`);
    expect(plain("排版：城子 / 审核：杨逸").editor).toBe("杨逸");
    const rights = plain("本文为原创内容，版权归「三联生活周刊」所有。欢迎分享。转载请联系后台。");
    expect([rights.source?.name, rights.text]).toEqual([
      "三联生活周刊",
      "正文第一段，说明情况。\n\n最后一段正文。",
    ]);
    const own = parse("# 标题\n\n*本文为三联生活周刊原创内容*\n\n正文第一段，说明情况。\n\n最后一段正文。", {
      filename: "a.md",
    });
    expect([own.source?.name, own.text]).toEqual([
      "三联生活周刊",
      "正文第一段，说明情况。\n\n最后一段正文。",
    ]);
  });

  it("joins a picture's address a converter broke over two lines; a fence keeps its lines", () => {
    const backup = file("wechat-backup-md/A股彻底爆了，现在进场还来得及吗？.md");
    expect(backup.text).not.toMatch(/mmbiz\.qpic\.cn|\*\*|&from;/u);
    expect(backup.text).toContain("\n\n《繁花》剧照\n\n");
    const md = (body: string) =>
      parse(`# 标题\n\n[**返回列表页**](/gzh/x)\n\n正文第一段，说明情况。\n\n${body}\n\n最后一段正文。`, {
        filename: "a.md",
      }).text;
    expect(md("****![](https://mmbiz.qpic.cn/a/640?wx_fmt=png\n&from;=appmsg)****《繁花》剧照")).toBe(
      "正文第一段，说明情况。\n\n《繁花》剧照\n\n最后一段正文。",
    );
    expect(md("```\n[a](https://example.com/a\nb)\n```")).not.toContain("example.com/ab)");
    // Any lines: the reader ends and keeps every character that is no address's.
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("](https://a.b/c", ")", "x)", " y)", "```", "](", "正文。"), {
          maxLength: 12,
        }),
        (parts) => {
          const article = parse(`# 标题\n\n[**返回列表页**](/gzh/x)\n\n${parts.join("\n")}`, {
            filename: "a.md",
          });
          expect(article.warnings.map((w) => w.code)).not.toContain("parse-failed");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("cuts a recruiting notice's heading and all after it, but only after the story's first paragraph", () => {
    const tail = parse(
      "# 标题\n\n正文第一段，说明情况。\n\n最后一段正文。\n\n**招聘【新媒体运营】啦！**\n\n岗位要求：2年以上经验，执行能力强。",
      {
        filename: "a.md",
      },
    );
    expect(tail.text).toBe("正文第一段，说明情况。\n\n最后一段正文。");
  });
});

// The two closing credits eastmoney sets under a story — its source (`（文章来源：证券时报）`, as fresh-18's eastmoney
// records keep it) and its staff code (`(责任编辑：DF154)`, as fresh-23's sample-02 keeps it run onto its last
// paragraph) — written here together after that paragraph, run onto it and on a line of their own.
describe("session 26: a story's source and editor credits closing it together", () => {
  const last =
    "对于万科，我们期待一个能实现公司长远利益、能在股东和管理层之间达成共识且不会侵害利益相关各方的解决方案。";
  const story = (closing: string) => parse(`万科的解决方案\n万科股权之争仍在继续。\n${closing}`);

  it.each([
    [`${last}（文章来源：证券时报）(责任编辑：DF154)`],
    [`${last}(来源：证券时报)（责任编辑：DF154）`],
    [`${last}\n（文章来源：证券时报）(责任编辑：DF154)`],
  ])("%s: the source and the editor read, both out of the text", (closing) => {
    const article = story(closing);
    expect([article.source?.name ?? null, article.editor, article.text]).toEqual([
      "证券时报",
      "DF154",
      `万科股权之争仍在继续。\n\n${last}`,
    ]);
  });

  it("reads a bracket that credits no outlet before the editor as the prose's", () => {
    // `（试行）` closes the prose: no source, the editor's credit stays as it stands (no prose ends before it).
    const article = story("公司发布了股权激励计划（试行）(责任编辑：DF154)");
    expect(article.source).toBeNull();
    expect(article.text.endsWith("公司发布了股权激励计划（试行）(责任编辑：DF154)")).toBe(true);
  });
});

// datasets/fresh-25/jsp-page (likgjava/eb's generated pages of 阳光易购, an e-procurement portal relaying news):
// `<h1>` headline, then a box of `发布时间：2011-07-19` and `发布人：-财经网` (a dash, then the outlet the item
// came from, `网易科技报道` when it reports, nothing after the dash when the portal names none).
describe("session 26: a relaying portal's poster field under the headline", () => {
  const page = (headline: string, poster: string) =>
    parse(
      `<html><body><div class="frameNews"><h1>${headline}</h1><div class="source"><span>发布时间：2011-07-19</span>` +
        `<span>发布人：${poster}  </span></div><p><P>据《东方早报》报道，中国家具协会理事长朱长岭表示，其实不光是家具，现在很多其他商品都是如此。</P>` +
        "<P>他指出，这种情况叫负进口。负进口产品，即产地在中国，运出去重新进关。</P></p></div></body></html>",
    );

  it.each([
    ["-财经网", "财经网"],
    ["-网易科技报道", "网易科技"],
    ["-21世纪经济报道", "21世纪经济报道"],
    ["-", null],
  ])("发布人：%s names %s; a colon in the headline over the box", (poster, source) => {
    const article = page("家具协会为达芬奇开脱：出口再进口合法就行", poster);
    expect([article.source?.name ?? null, article.publishedAt, article.text.slice(0, 9)]).toEqual([
      source,
      "2011-07-19T00:00:00+08:00",
      "据《东方早报》报道",
    ]);
  });

  it("reads the fresh-25 pages' poster fields", () => {
    const sources = [
      "ff8080812fba4e32012fbdb704400164.jsp",
      "ff808081313c08ec01313fe5cfec021a.jsp",
      "ff80808131767356013187f2ed4c0b0a.jsp",
    ].map((name) => datasetFile("fresh-25", `jsp-page/${name}`).source?.name ?? null);
    expect(sources).toEqual(["网易科技", "财经网", "DJ财经知识库"]);
  });
});

// datasets/fresh-25/extracted-text (chrislinan/cx-extractor-python Text/N.txt: what a line-block extractor kept of
// saved 2015 news pages, one paragraph a line): a summary box over the story, the page's related stories after it.
describe("session 26: what a text extractor keeps of a page around the story", () => {
  const story =
    "有隔夜利好的7月2日，A股仍未能破解下跌魔咒。\n急跌之下，“博弈”仍在继续，民间也使出浑身解数护盘。";

  it("leaves out a related-stories list of three or more headlines with their days after the story", () => {
    const related =
      "收费公路亏在哪，要让公众看得清2015/07/01\nA股“端午劫”过后反弹出逃还是补仓抄底？2015/06/25\n5000点之上股民众生相 2015-06-06";
    expect(parse(`${story}\n${related}`).text).toBe(
      "有隔夜利好的7月2日，A股仍未能破解下跌魔咒。\n\n急跌之下，“博弈”仍在继续，民间也使出浑身解数护盘。",
    );
    // Two dated lines may be the story's own; a dated sentence is prose.
    const two = parse(`${story}\n收费公路亏在哪2015/07/01\n全国收费公路去年亏1571亿2015/07/01`).text;
    expect(two.endsWith("全国收费公路去年亏1571亿2015/07/01")).toBe(true);
    const sentences = parse(
      `${story}\n公告日为2015/07/01。\n停牌日为2015/07/02。\n复牌日为2015/07/03。`,
    ).text;
    expect(sentences.endsWith("复牌日为2015/07/03。")).toBe(true);
  });

  it("leaves out a summary box in brackets over the story, labelled or not", () => {
    const box =
      "[上市公司借停牌避免进一步下跌，大股东增持股票提升股民信心，甚至有一批机构喊要“为国接盘”，投资者们则更多通过发声来期盼股市上涨]";
    expect(parse(`${box}\n${story}`).text).toBe(story.replace("\n", "\n\n"));
    const labelled =
      "[摘要：前不久，由于中国区业绩不佳，联想集团移动业务集团总裁刘军卸任，杨元庆也放出重话。为什么是华为率先抵挡住了进攻？]";
    expect(parse(`${labelled}\n${story}`).text).toBe(story.replace("\n", "\n\n"));
    // A bracketed headline is short and no summary.
    expect(parse(`【重磅】央行宣布降准\n${story}`).text).toContain("央行宣布降准");
  });

  it("reads a column's closing credit, a writer giving the outlet leave, as the author and the source", () => {
    const article = datasetFile("fresh-25", "extracted-text/cxpython__5.txt");
    expect([article.source?.name ?? null, article.author, article.text.slice(0, 25)]).toEqual([
      "网易财经",
      "冀勇庆",
      "6月18日，笔者参加了京东618的手机战况发布会。",
    ]);
    expect(article.text).not.toContain("转载请注明出处");
  });

  it("reads the fresh-25 files' bodies from the story's first line to its last", () => {
    for (const [name, first, last] of [
      ["cxpython__10.txt", "高速公路超前发展有必要，", "运营管理占通行费收入的比例有高有低。"],
      ["cxpython__20.txt", "有隔夜利好的7月2日，", "希望可以帮助公司渡过难关。”"],
    ] as const) {
      const text = datasetFile("fresh-25", `extracted-text/${name}`).text;
      expect([text.slice(0, first.length), text.slice(-last.length)]).toEqual([first, last]);
    }
  });
});

// datasets/fresh-25/html-page (酷勤网, 2009, as amumu-dev/cx-extractor keeps it): `<p class=post_link>Tag:<b><a
// href='/tag.php?…'>甲骨文收购Sun</a></b> &nbsp; </p>` under the story.
describe("session 26: a tag line under the story", () => {
  const page = (tags: string) =>
    parse(
      `<html><body><div class="content"><p>甲骨文斥资74亿美元收购Sun的交易需要得到欧盟的批准，欧盟正在进行调查。</p>` +
        `<p>甲骨文可能会同意将MySQL授权给其他人，希望缓解欧盟委员会的担忧。</p>${tags}</div></body></html>`,
    ).text;

  it.each([
    ["<p class=post_link>Tag:<b><a href='/tag.php?/x/'>甲骨文收购Sun</a></b> &nbsp;  </p>"],
    ['<p>标签：<a href="/t/1">甲骨文</a> <a href="/t/2">Sun</a></p>'],
    ['<p>Tags: <a href="/t/1">Oracle</a></p>'],
  ])("%s leaves the text", (tags) => {
    expect(page(tags)).toBe(
      "甲骨文斥资74亿美元收购Sun的交易需要得到欧盟的批准，欧盟正在进行调查。\n\n甲骨文可能会同意将MySQL授权给其他人，希望缓解欧盟委员会的担忧。",
    );
  });

  it("keeps a line with words of its own besides the label and the links", () => {
    expect(page('<p>标签：<a href="/t/1">甲骨文</a>，另见本报昨日报道。</p>')).toContain("另见本报昨日报道");
  });
});

// datasets/fresh-25/html-page (酷勤网, 2009): `<p class=post_link>　来源：新浪科技\n</a>　 <a href="http://www.kuqin.com">酷勤网</a>收集
// 2009-11-01</p>` under the headline — the outlet, the site that collected it, the day, one label for all three.
describe("session 26: a source box's unlabelled collector and day", () => {
  const page = (box: string) =>
    parse(
      "<html><head><title>Sun股价持续回落 与甲骨文交易前景堪忧-业界-IT评论</title></head>" +
        `<body><div class="post"><h1>Sun股价持续回落 与甲骨文交易前景堪忧</h1><p class=post_link>${box}</p>` +
        "<div class=content><p>据国外媒体昨日报道，Sun目前股价较甲骨文每股9.50美元的收购报价低16%，表明一些投资者担心欧洲监管部门可能会阻碍这笔交易。</p>" +
        "<p>美东时间周五下午4时，Sun在纳斯达克市场下滑9美分，至8.18美元。</p></div></div></body></html>",
    );

  it.each([
    [
      '　来源：新浪科技\n</a>　 <a href="http://www.kuqin.com" target=_blank>酷勤网</a>收集　2009-11-01',
      "新浪科技",
      ["酷勤网"],
      "2009-11-01T00:00:00+08:00",
    ],
    ["来源：新浪科技 2009-11-01 08:30", "新浪科技", [], "2009-11-01T08:30:00+08:00"],
    ["来源：新浪科技 酷勤网收录", "新浪科技", ["酷勤网"], null],
  ])("%s", (box, source, via, publishedAt) => {
    const article = page(box);
    expect([article.source?.name ?? null, article.via, article.publishedAt]).toEqual([
      source,
      via,
      publishedAt,
    ]);
  });

  it("reads the fresh-25 page's box", () => {
    const article = datasetFile(
      "fresh-25",
      "html-page/Sun股价持续回落,与甲骨文交易前景堪忧-业界-IT评论.html",
    );
    expect([article.source?.name ?? null, article.via, article.publishedAt]).toEqual([
      "新浪科技",
      ["酷勤网"],
      "2009-11-01T00:00:00+08:00",
    ]);
  });
});

// datasets/fresh-25/html-page (酷勤网, 2009): `<h1><a href="http://www.kuqin.com/shuoit/20091101/72390.html"
// target=_blank>Sun股价持续回落 与甲骨文交易前景堪忧</a></h1>`, the page stating no og:url or canonical.
describe("session 26: a headline linking the page's own address", () => {
  const page = (headline: string) =>
    parse(
      "<html><head><title>Sun股价持续回落 与甲骨文交易前景堪忧-业界-IT评论</title></head><body><div class=post>" +
        `<h1>${headline}</h1><div class=content><p>据国外媒体昨日报道，Sun目前股价较甲骨文每股9.50美元的收购报价低16%，表明一些投资者担心欧洲监管部门可能会阻碍这笔交易。</p>` +
        "<p>美东时间周五下午4时，Sun在纳斯达克市场下滑9美分，至8.18美元。</p></div></div></body></html>",
    ).originalUrl;

  it.each([
    [
      '<a href="http://www.kuqin.com/shuoit/20091101/72390.html" target=_blank>Sun股价持续回落 与甲骨文交易前景堪忧</a>',
      "http://www.kuqin.com/shuoit/20091101/72390.html",
    ],
    // A relative link, a site's front page, or a link over part of the headline is no permalink.
    ['<a href="/shuoit/20091101/72390.html">Sun股价持续回落 与甲骨文交易前景堪忧</a>', null],
    ['<a href="http://www.kuqin.com/">Sun股价持续回落 与甲骨文交易前景堪忧</a>', null],
    ['<a href="http://www.kuqin.com/tag/sun">Sun</a>股价持续回落 与甲骨文交易前景堪忧', null],
  ])("%s → %s", (headline, url) => {
    expect(page(headline)).toBe(url);
  });
});

// datasets/fresh-26: Markdown and front-matter layouts from sources no set drew from (session 27).
describe("session 27: a typeset header, a feed archive's whole pages, spelled site names (datasets/fresh-26)", () => {
  const file = (name: string) => datasetFile("fresh-26", name);
  const head = (article: ReturnType<typeof parse>) => [
    article.title,
    article.publishedAt,
    article.source?.name ?? null,
    article.author,
  ];

  it("reads a header typeset in styled spans: the largest line is the title, a date line the date, none of it text", () => {
    const section = file(
      "styled-span-md/065_Why_American_bondholders_are_jumpy_about_inflation_58style_Chinese.md",
    );
    expect(head(section)).toEqual([
      "为什么美国债券持有人对通胀心惊肉跳",
      "2025-09-11T00:00:00+08:00",
      null,
      null,
    ]);
    expect(section.text.startsWith("【一｜表面顺人愿，内里是两难】")).toBe(true);
    expect(section.text).not.toMatch(/巴顿木|剪刀差|摘要：|<span|font-size/u);
    const span = (size: string, text: string) =>
      `<span style="color:#000; font-size:${size};">${text}</span>`;
    const typeset = (sizes: [string, string]) =>
      parse(
        `${span("14pt", "财经")} ${span("14pt", "| 专栏")}\n${span(sizes[0], "头条标题")}\n${span(sizes[1], "副标题一句")}\n${span("6pt", "2025年9月11日")}\n\n![](a.jpeg)\n\n正文第一段，说明情况。\n\n- 要点一\n- 要点二`,
        { filename: "a.md" },
      );
    expect([typeset(["21pt", "14pt"]).title, typeset(["21pt", "14pt"]).text]).toEqual([
      "头条标题",
      "正文第一段，说明情况。\n\n要点一\n要点二",
    ]);
    // Pixels weigh as three quarters of a point; two lines set equally large name no headline.
    expect(typeset(["30px", "14pt"]).title).toBe("头条标题");
    expect(typeset(["21pt", "21pt"]).title).not.toBe("头条标题");
  });

  it("reads a feed archive's copy of a whole page: the menu over the headline, the stamp, the footer from the rights notice", () => {
    const page = file("rss-archive-md/FreeBuf网络安全行业门户_投入不低于7%！中证协发布网安三年提升计划.md");
    expect(head(page)).toEqual([
      "投入不低于7%！中证协发布网安三年提升计划",
      "2023-02-01T00:00:00+08:00",
      "FreeBuf",
      null,
    ]);
    expect(page.text.startsWith("随着证券公司业务与技术加速融合")).toBe(true);
    expect(page.text.endsWith("牢牢守住不发生系统性网络和信息安全风险的底线。")).toBe(true);
    const md = (opening: string, closing: string) =>
      parse(
        `---\ntitle: 标题在此处\nsource: 某站点\n---\n\n${opening}\n\n正文第一段，说明情况。\n\n正文第二段，继续说明。\n\n${closing}`,
        { filename: "a.md" },
      ).text;
    const menu =
      "# 标题在此处\n\n主站\n\n分类\n\n* 资讯\n* 商城\n\n标题在此处\n\n* 关注\n\n标题在此处\n\n2023-01-31 10:11:45\n\n所属地 上海";
    const notice = "**扫码下载报告**\n\n本文为 独立观点，未经授权禁止转载。\n\n相关推荐\n\n* 关于我们";
    expect(md(menu, notice)).toBe("正文第一段，说明情况。\n\n正文第二段，继续说明。");
    // The headline once under the menu is no page's pair of them; a notice naming the story's owner is a credit.
    expect(md("主站\n\n分类\n\n标题在此处", "")).toContain("主站");
    expect(md("", "本文为某站原创内容，未经允许不得转载。")).not.toContain("本文为某站原创内容");
  });

  it("reads a WeChat digest: the writer and the account under the headline, the items' own credits no source", () => {
    const digest = file("rss-archive-md/极客公园_比亚迪去年营收超4200亿元_极客早知道.md");
    expect(head(digest).slice(2)).toEqual(["极客公园", "周永亮"]);
    expect(digest.text.startsWith("比亚迪预计去年营收超 4200 亿元")).toBe(true);
    expect(digest.text).toContain("（来源：新智元）");
    const story = (items: string) =>
      parse(`---\ntitle: 标题\nsource: 某某科技\n---\n\n王小明\n\n某某科技\n\n${items}`, {
        filename: "a.md",
      });
    const roundUp = story(
      "第一条消息。（来源：甲报）\n\n第二条消息。（来源：乙报）\n\n第三条消息。（来源：丙报）",
    );
    expect([roundUp.source?.name, roundUp.author, roundUp.text.startsWith("第一条消息。")]).toEqual([
      "某某科技",
      "王小明",
      true,
    ]);
    // One closing credit is the story's.
    expect(story("正文第一段，说明情况。\n\n最后一段正文。（来源：甲报）").source?.name).toBe("甲报");
  });

  it("names a blog by the words that spell its host, from the title or the file name", () => {
    const blog = file("translation-md/Humble-Student-of-the-Markets--What-I-meant-to-say-was---.md");
    expect([blog.source?.name, blog.originalUrl]).toEqual([
      "Humble Student of the Markets",
      "https://humblestudentofthemarkets.blogspot.com/2021/06/what-i-meant-to-say-was.html#0001-01-01",
    ]);
    const vix = file(
      "translation-md/VIX-and-More--Chart-of-the-Week--10-Year-Treasury-Note-Yields-From-1990.md",
    );
    expect(vix.source?.name).toBe("VIX and More");
    expect(vix.text).not.toContain("Related posts");
    const page = (title: string, name: string) =>
      parse(
        `# ${title}\n\n> 来源：[\`vixandmore.blogspot.com/2010/08/a.html\`](http://vixandmore.blogspot.com/2010/08/a.html)\n\n正文第一段，说明情况。`,
        {
          filename: name,
        },
      ).source?.name ?? null;
    expect(page("VIX and More: Chart", "a.md")).toBe("VIX and More");
    // One word in common is a collector's label, no name spelled out.
    expect(page("标题", "vixandmore__chart.md")).toBeNull();
  });

  it("reads a clipper's metadata list under the title and an account's recommended headlines as its tail", () => {
    const post = file("clipping-md/2026-04-21-让你变穷的最大陷阱是“生活方式通胀”.md");
    expect([post.author, post.originalUrl, post.publishedAt]).toEqual([
      "广屿Ocean",
      "https://m.okjike.com/originalPosts/69e6e32d8457fe30c70e3c77",
      "2026-04-21T00:00:00+08:00",
    ]);
    expect(post.text.startsWith("记得在我刚参加工作才几年的时候")).toBe(true);
    const clip = file("clipping-md/2026-05-31-ant-three-cto-ai-native.md");
    expect(head(clip)).toEqual([
      "蚂蚁三代CTO闭门对话：周期穿越、技术决策与AI-Native组织",
      "2026-05-31T10:15:00+08:00",
      "InfoQ",
      "霍太稳",
    ]);
    expect(clip.text.endsWith("愿意在不确定中寻找确定性的人，永远是最稀缺的。")).toBe(true);
    expect(clip.text).not.toMatch(/今日好文推荐|会议推荐|AICon/u);
  });
  it("fresh-24's leftovers: a newsletter named in its own prompts, a translated page's weekday dateline", () => {
    const newsletter = datasetFile(
      "fresh-24",
      "translation-md/-Your-pay-is-still---not---going-up-too-fast-.md",
    );
    expect(newsletter.source?.name).toBe("Nominal News");
    const npr = datasetFile(
      "fresh-24",
      "translation-md/-Everything-is-rising-at-a-scary-rate---Why-car-and-home-insurance-costs-are-surging.md",
    );
    expect(npr.text).not.toContain("上午6:00 EST");
    const text = (line: string) =>
      parse(`# 标题\n\n${line}\n\n正文第一段，说明情况。`, { filename: "a.md" }).text;
    expect(text("星期日，2024年3月3日 • 上午6:00 EST")).toBe("正文第一段，说明情况。");
    // A sentence that opens with a weekday and a date is the story's.
    expect(text("星期日，2024年3月3日，市场休市。")).toContain("星期日，2024年3月3日，市场休市。");
  });
});

describe("session 28: a collector's zones around the item it copied (datasets/fresh-29)", () => {
  const file = (name: string) => datasetFile("fresh-29", name);
  const archive = (body: string) => parse(`# 标题在此处，说明一件事...\n\n${body}`, { filename: "a.md" });
  const story = "正文第一段，说明情况。\n\n正文第二段，继续说明。";
  const machine =
    "## AI 摘要\n\n机器写的摘要，说明情况。\n\n## 元数据\n\n- **来源**: ArXiv\n- **类型**: 论文\n- **保存时间**: 2025-05-16T02:32:13Z\n- **目录日期**: 2025-05-16";

  it("reads an RSS-to-Markdown archive's page: the item's link line, the post, not the machine summary or the metadata", () => {
    const page = file("weibo-archive-md/ai_info__netease-2025q1-results.md");
    expect([page.originalUrl, page.publishedAt, page.source]).toEqual([
      "https://weibo.com/6105753431/Ps3U3iQ1o",
      null,
      null,
    ]);
    expect(page.text.startsWith("网易公布了2025年第一季度财报，财报发布后")).toBe(true);
    expect(page.text.endsWith("同时被S&P纳入2025年可持续年鉴。")).toBe(true);
    expect(page.text).not.toMatch(/原始摘要|AI 摘要|ArXiv|保存时间|目录日期|URL/u);
    const hugo = file("hugo-weibo-md/ai_info-hugo__2025-03-19__su7136.md");
    expect([hugo.originalUrl, hugo.publishedAt]).toEqual([
      "https://weibo.com/6105753431/Pjh3Hx0JF",
      "2025-03-19T23:03:00+00:00",
    ]);
    expect(hugo.text.endsWith("而市值的飙升正是资本市场对其前景的看好。")).toBe(true);
    expect(hugo.text).not.toMatch(/原始链接|查看原文|AI 摘要|保存时间/u);
  });

  it("takes a lone address field under the headline as the item's link, bare or linked", () => {
    const linked = archive(`**URL**: https://news.mysite.cn/a/1\n\n## 原始摘要\n\n${story}\n\n${machine}`);
    expect([linked.originalUrl, linked.text]).toEqual(["https://news.mysite.cn/a/1", story]);
    const labelled = archive(`**原始链接**: [查看原文](https://news.mysite.cn/a/2)\n\n${story}`);
    expect([labelled.originalUrl, labelled.text]).toEqual(["https://news.mysite.cn/a/2", story]);
    // Deeper in the story an address line may point anywhere: it stays, and is no original.
    const deep = archive(`${story}\n\nURL: https://example.com/tool`);
    expect([deep.originalUrl, deep.text.endsWith("URL: https://example.com/tool")]).toEqual([null, true]);
    // A value that is not the link's whole text is words, not an address field.
    expect(archive(`链接: 见[此处](https://example.com/a/3)的说明\n\n${story}`).text).toContain("链接");
  });

  it("leaves out machine summaries and metadata lists only as zones at the body's end or start", () => {
    expect(archive(`${story}\n\n${machine}`).text).toBe(story);
    expect(archive(`## AI 总结\n\n机器写的摘要。\n\n## 正文\n\n${story}`).text).toBe(story);
    expect(archive(`${story}\n\n## 摘要（AI生成）\n\n机器写的摘要。`).text).toBe(story);
    // A writer's section on metadata is prose, and stays; so does a summary heading the story goes on after.
    const prose = "## 元数据\n\n元数据是描述数据的数据，说明数据从哪里来。";
    expect(archive(`${story}\n\n${prose}`).text).toContain("元数据是描述数据的数据");
    expect(archive(`正文第一段。\n\n## AI 摘要\n\n一段话。\n\n## 第二节\n\n${story}`).text).toContain(
      "一段话。",
    );
    // Without a collector's sections, a heading over the story is the writer's.
    expect(archive(`## 原文\n\n${story}`).text.startsWith("原文")).toBe(true);
  });

  it("never keeps a closing machine summary or metadata list, whatever the story's paragraphs", () => {
    const paragraph = fc
      .stringMatching(/^[一-龥]{2,30}[。！？]$/u)
      .filter((line) => !/摘要|元数据|总结/u.test(line));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const body = paragraphs.join("\n\n");
        expect(archive(`${body}\n\n${machine}`).text).toBe(archive(body).text);
      }),
    );
  });
});

describe("session 29: closing notes, a model's note, spaced codes, Traditional credit labels (datasets/fresh-32)", () => {
  const file = (name: string) => datasetFile("fresh-32", name);
  const story = "正文第一段，说明情况。\n\n正文第二段，继续说明。";
  const post = (body: string) => parse(front(body), { filename: "a.md" });

  it("reads the set's reposts and reports to their last sentence, with the codes of a report's item heads", () => {
    const repost = file("astro-repost-md/us-trillion-ai-capex-china-share.md");
    expect(repost.text.endsWith("中国这轮科技牛，一定程度是由美国 AI 投资热潮推动的。")).toBe(true);
    const prompt = file("astro-repost-md/x-2065025166938448133.md");
    expect(prompt.text.endsWith("搭建起从芯片研发到临床验证的全链条生态。")).toBe(true);
    const taiwan = file("report-md/20251015-法人買賣超整理.md");
    expect(taiwan.text.endsWith("投信與自營商小幅支撐，整體市場偏震盪整理。")).toBe(true);
    const report = file("report-md/shaanxi-listed-company-morning-2026-05-07.md");
    expect(report.securities.map((s) => `${s.code}.${s.market}`)).toEqual([
      "600379.SH",
      "601015.SH",
      "000721.SZ",
      "688314.SH",
      "001231.SZ",
      "300103.SZ",
    ]);
  });

  it.each([
    "本文观点仅代表作者个人，不构成任何投资建议。投资有风险，决策需独立。",
    "*本文觀點僅代表作者個人，不構成任何投資建議。投資有風險，決策需獨立。*",
    "***若您觉得内容有帮助，建议收藏备用。您的收藏也是对我做内容的最大鼓励和支持，谢谢！***",
    "以上分析仅为个人见解，不构成投资建议和入市依据。",
    "本文仅作公告信息整理，不构成投资建议。",
    "本文由 OpenAI GPT-5 mini 語言模型產生",
    "*本文由AI生成，仅供参考。*",
  ])("leaves out a closing note: %s", (note) => {
    expect(post(`${story}\n\n${note}`).text).toBe(story);
  });

  // A note is looked for only in a block opening with a character a clause opens with: every kind of clause first.
  it.each([
    "文章仅代表作者观点，仅供参考。",
    "上述内容不构成投资建议，风险自担。",
    "信息不构成投资依据，投资需谨慎。",
    "均不构成投资建议，入市需谨慎。",
    "并不构成投资建议，谢谢。",
    "股市有风险，决策需谨慎。",
    "市场有风险，投资需谨慎。",
    "入市需谨慎，风险自担。",
    "决策需独立，风险自负。",
    "風險自擔，僅供參考。",
    "如果觉得有用，欢迎点赞。",
    "若觉得有帮助，请关注。",
    "记得收藏，谢谢阅读！",
    "收藏备用，感谢支持。",
    "点赞一下，谢谢。",
    "转发一下，谢谢。",
    "关注一下，谢谢。",
    "您的支持是我最大的动力，谢谢！",
    "你的收藏是对我的鼓励，谢谢！",
    "內容不構成投資建議，投資有風險。",
    "全文由模型撰写。",
    "以上内容由人工智能生成，仅供参考。",
    "\u3000\u3000本文仅供参考，不构成投资建议。",
  ])("leaves out a closing note whatever clause opens it: %s", (note) => {
    expect(post(`${story}\n\n${note}`).text).toBe(story);
  });

  it.each([
    // One clause is a sentence of the story; a clause with the story's words in it, too.
    "谢谢！",
    "投资有风险，但公司仍决定扩产。",
    "如果你觉得有帮助，公司还将推出第二期。",
    "本文由AI生成的新闻引发争议。",
  ])("keeps a sentence of the story: %s", (line) => {
    expect(post(`${story}\n\n${line}`).text).toBe(`${story}\n\n${line}`);
  });

  it("reads closing notes in the body's last blocks only: a note the story goes on after stays", () => {
    const note = "本文观点仅代表作者个人，不构成任何投资建议。";
    expect(post(`${note}\n\n${story}`).text).toBe(`${note}\n\n${story}`);
    // Two notes closing the body go together, the model's note last.
    expect(post(`${story}\n\n${note}\n\n本文由AI生成，仅供参考。`).text).toBe(story);
  });

  it("never keeps a closing note of such clauses, whatever the story's paragraphs", () => {
    const clause = fc.constantFrom(
      "本文观点仅代表作者个人",
      "不构成任何投资建议",
      "投资有风险",
      "入市需谨慎",
      "仅供参考",
      "建议收藏备用",
      "谢谢",
    );
    const paragraph = fc.stringMatching(/^[一-龥]{2,30}[。！？]$/u);
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 5 }),
        fc.array(clause, { minLength: 2, maxLength: 4 }),
        fc.constantFrom("，", "。", "；"),
        (paragraphs, clauses, separator) => {
          const body = paragraphs.join("\n\n");
          expect(post(`${body}\n\n${clauses.join(separator)}。`).text).toBe(post(body).text);
        },
      ),
    );
  });

  it.each([
    ["### 1. 宝光股份 600379｜连续涨停风险提示\n\n公司提示风险。", ["600379.SH"]],
    ["陕西黑猫 601015 | 控股股东新增股份质押。", ["601015.SH"]],
    ["达刚控股 300103：回购进展。", ["300103.SZ"]],
    // A figure, a postal code, a number too long or with a unit: no code.
    ["公司营收 600000 元，同比增长。", []],
    ["通讯地址：天津市，邮编 300070，电话 600123。", []],
    ["截至报告期末持有股份 600000｜", []],
    ["订单 6003791｜", []],
  ] as const)("reads a name and its code parted by a space: %s", (text, codes) => {
    expect(parse(`标题\n${text}`).securities.map((s) => `${s.code}.${s.market}`)).toEqual(codes);
  });

  it.each([
    ["（來源：聯合報）", { source: "聯合報" }],
    ["文章來源：經濟日報", { source: "經濟日報" }],
    ["（本文來源：中央社）", { source: "中央社" }],
    ["（責任編輯：王小明）", { editor: "王小明" }],
    ["編輯：王小明", { editor: "王小明" }],
  ] as const)(
    "reads a credit line in Traditional characters as its Simplified form: %s",
    (line, expected) => {
      const article = parse(`標題\n正文第一段。\n${line}`);
      expect({
        text: article.text,
        ...("source" in expected ? { source: article.source?.name } : { editor: article.editor }),
      }).toEqual({ text: "正文第一段。", ...expected });
    },
  );

  it("reads a trailing outlet and a dateline in Traditional characters, the story's characters kept", () => {
    const trailing = parse("標題\n正文第一段。（來源：聯合報）");
    expect([trailing.source?.name, trailing.text]).toEqual(["聯合報", "正文第一段。"]);
    const dated = parse("標題\n中央社台北15日電 本日電價上漲。");
    expect([dated.source?.name, dated.text]).toEqual(["中央社", "中央社台北15日電 本日電價上漲。"]);
    // Story text with a label's characters is never rewritten.
    expect(parse("標題\n記者會上，他說編輯工作很重要。").text).toBe("記者會上，他說編輯工作很重要。");
  });
});

describe("session 30: a portal's page copied as text (datasets/fresh-37)", () => {
  // ArtistScript/FastTextRank, W2VTextRank/test/text1.txt, text5.txt and text10.txt (commit in
  // datasets/fresh-37/SOURCES.tsv): the headline, the outlet run into the page's stamp, the story, the page's furniture.
  it.each([
    ["腾讯科技07-2617:11", "腾讯科技"],
    ["腾讯游戏07-3115:14", "腾讯游戏"],
    ["新浪财经07-2616:45", "新浪财经"],
  ])("reads the outlet run into a stamp without a year as the source: %s", (line, source) => {
    const article = parse(
      `亚马逊依然行进在快车道\n${line}\n\n华尔街预计，亚马逊的统治地位可能仍然不会动摇。`,
    );
    expect(article).toMatchObject({
      source: { name: source },
      publishedAt: null,
      text: "华尔街预计，亚马逊的统治地位可能仍然不会动摇。",
    });
  });

  it("weighs the stamp's outlet under the dateline's agency, and reads neither line as the story", () => {
    const article = parse(
      [
        "上半年全国规模以上文化及相关产业企业营收增长9.9%",
        "新浪新闻07-3115:19",
        "原标题：上半年全国规模以上文化及相关产业企业营收增长9.9%",
        "",
        "人民网北京7月31日电 据统计局网站消息，2018年上半年，上述企业实现营业收入42227亿元，比上年同期增长9.9%。",
        "",
        "分区域看，东部地区增长9.7%；东北地区增长2.4%，与上年同期下降2.5%相比，实现了正增长。",
        "",
        "(责编：赵爽、仝宗莉)",
        "",
        "相关专题 新闻",
        "",
        "图说财经",
        "",
        "东风本田召回近30万辆思域汽车",
        "",
        "下月起电信企业主动向用户推送账单",
      ].join("\n"),
    );
    expect(article.source?.name).toBe("人民网");
    expect(article.editor).toBe("赵爽、仝宗莉");
    expect(article.text).toBe(
      "人民网北京7月31日电 据统计局网站消息，2018年上半年，上述企业实现营业收入42227亿元，比上年同期增长9.9%。\n\n分区域看，东部地区增长9.7%；东北地区增长2.4%，与上年同期下降2.5%相比，实现了正增长。",
    );
  });

  it("leaves out 新浪's promotion over the story and the page's keywords, comment box and related headlines under it", () => {
    const article = parse(
      [
        "沪铜振荡走高 但短期需警惕技术回调",
        "新浪财经07-2616:45",
        "【金融曝光台315特别活动正式启动】近年来，银行卡被盗刷、买理财遇飞单的案例屡见不鲜，金融消费者维权举步维艰，新浪金融曝光台将履行媒体监督职责，帮助消费者解决金融纠纷。【在线投诉】",
        "",
        "内盘走势：今日沪铜主力合约1809振荡反弹，尾盘收于50140元/吨，日涨0.46%，为连续第四日上涨。",
        "",
        "行情研判：建议沪铜1809合约可于49500-50200元/吨间高抛低吸，止损各450元/吨。",
        "",
        "文章关键词：期货铜",
        "",
        "我要反馈",
        "",
        "0条评论|0人参与网友评论",
        "",
        "登录|注册",
        "",
        "长生所老员工谈高俊芳案：举报人因工资下调心生不满",
        "",
        "2018年07月26日",
        "",
        "12:14",
        "",
        "APP专享",
      ].join("\n"),
    );
    expect(article.source?.name).toBe("新浪财经");
    expect(article.text).toBe(
      "内盘走势：今日沪铜主力合约1809振荡反弹，尾盘收于50140元/吨，日涨0.46%，为连续第四日上涨。\n\n行情研判：建议沪铜1809合约可于49500-50200元/吨间高抛低吸，止损各450元/吨。",
    );
  });

  it("keeps a keyword line that prose follows, and a line that only looks like a stamp", () => {
    const paper = parse(
      "论文标题\n摘要：本文研究期货市场。\n关键词：期货铜\n\n正文第一段写得很长，说明了研究的方法。",
    );
    expect(paper.text).toContain("关键词：期货铜");
    // A clause with a stamp after it is a sentence of the story, not a source line.
    const sentence = parse("标题\n会议定于07-2617:11\n\n正文第一段。");
    expect(sentence.source).toBeNull();
  });
});

describe("session 30: clipping notes, a Hugo page's Markdown copy, a bot's summary over its report (datasets/fresh-34)", () => {
  // Rayxtz123/openclaw_gz, content/finance/长飞先进完成超10亿元A轮融资惟景三维糖智药业获亿级融资.md and
  // content/ai/智能报告生成系统后续来了代码已开源欢迎品鉴.md (commits in datasets/fresh-34/SOURCES.tsv), shortened.
  const note = (block: string) =>
    front(
      [
        "# 💰 长飞先进完成超10亿元A+轮融资",
        "",
        block,
        "",
        "## 🏭 产业背景",
        "",
        "光谷已聚集化合物半导体领域企业50多家，形成覆盖材料、器件到封装检测的完整产业链。",
        "",
        "---",
        "",
        "*📌 由墨白于 2026-02-15 20:44 整理*",
      ].join("\n"),
      'title: "长飞先进完成超10亿元A+轮融资"\ndate: "2026-02-15"',
    );

  it("reads a clipper's emoji-labelled metadata block, a line each, into the source and leaves it and the filing stamp out", () => {
    const article = parse(
      note(
        [
          "📍 **来源**: [中国光谷](https://mp.weixin.qq.com/s/J7Jy7opz5fh2UYPMPyuyrQ)  ",
          "🏷️ **分类**: 金融  ",
          "👤 **作者**: 中国光谷  ",
          "📅 **收集时间**: 2026-02-15",
        ].join("\n"),
      ),
    );
    expect(article.source?.name).toBe("中国光谷");
    expect(article.publishedAt).toBe("2026-02-15T00:00:00+08:00");
    // The heading over the block repeats the title, and goes with the block, as a page's headline over its fields does.
    expect(article.text).toBe(
      "🏭 产业背景\n\n光谷已聚集化合物半导体领域企业50多家，形成覆盖材料、器件到封装检测的完整产业链。",
    );
  });

  it("reads the block when its lines run together, and an account named in its brackets", () => {
    const article = parse(
      note(
        [
          "📍 **来源**: 微信公众号「探索的 AI」",
          "🏷️ **分类**: AI",
          "👤 **作者**: 探索的 AI",
          "📅 **收集时间**: 2026-02-15",
        ].join("\n"),
      ),
    );
    expect(article.source?.name).toBe("探索的AI");
    expect(article.text).not.toContain("收集时间");
  });

  it("keeps a line of fields in the story when it says neither when nor from where", () => {
    const article = parse(note("👤 **作者**: 中国光谷  \n🏷️ **分类**: 金融"));
    expect(article.text).toContain("作者: 中国光谷");
  });

  // BitChronicle/bitchronicle.github.io, posts/20260312qmt记录/index.md: the Markdown a Hugo theme writes beside a page.
  it("reads a Hugo page's closing quote of its writer and address, and a generator's stamp in China's time", () => {
    const article = parse(
      [
        "# 量化持仓日志 - 2026-03-12",
        "",
        "## 资金状况",
        "",
        "- **总资产**: 39,703.56 元",
        "- **初始资金**: 40,000.00 元",
        "",
        "---",
        "",
        "*数据更新时间: 2026-03-12 17:20:10 (北京时间)*",
        "",
        "---",
        "",
        "> 作者: Mavelsate  ",
        "> URL: https://blog.yeliya.site/posts/20260312qmt%E8%AE%B0%E5%BD%95/  ",
        "",
      ].join("\n"),
    );
    expect(article).toMatchObject({
      title: "量化持仓日志 - 2026-03-12",
      author: "Mavelsate",
      originalUrl: "https://blog.yeliya.site/posts/20260312qmt%E8%AE%B0%E5%BD%95/",
      text: "资金状况\n\n总资产: 39,703.56 元\n初始资金: 40,000.00 元",
    });
  });

  // mizid0402-ops/finance-daily, backup/2026-08-12.md, shortened.
  it("takes the report's heading under a bot's summary section as the title, the summary left out", () => {
    const digest = [
      "# AI 摘要",
      "",
      "本期日报聚焦四条主线：AI算力向电力基础设施传导，数据中心能耗成为算力扩张硬约束。",
      "",
      "---",
      "",
      "# 8月12日信息总结",
      "",
      "**阶段重点**：AI算力融资与电力瓶颈共振",
      "",
      "## 01 AI算力与电力——数据中心瓶颈下的价值重估",
      "",
      "- CoreWeave公布Q2财报，收入同比翻倍。",
    ].join("\n");
    const article = parse(digest, { filename: "2026-08-12.md" });
    expect(article.title).toBe("8月12日信息总结");
    expect(article.publishedAt).toBe("2026-08-12T00:00:00+08:00");
    expect(article.text.startsWith("阶段重点：AI算力融资与电力瓶颈共振")).toBe(true);
    expect(article.text).not.toContain("本期日报");
    // A summary heading over a numbered section is the file's own title: nothing is taken away.
    const paper = parse("# 摘要\n\n本文研究期货市场的定价。\n\n# 1 引言\n\n期货市场是重要的。");
    expect(paper.title).toBe("摘要");
    expect(paper.text).toContain("本文研究期货市场的定价。");
  });
});

describe("session 36: a news board, a mirrored column, a CMS's default site name, a Traditional disclaimer (datasets/fresh-51)", () => {
  // sun868988-stack/finance-news-daily, 202609每日财经新闻/2026-09-15_0934.md @ f7dcd778f9c6efb675d428edc25a236ff34a9fcf, shortened.
  const board = [
    "# 🌐 全球宏观财经与顶级报纸全景看板",
    "> 🕒 自动巡检时间：`2026-09-15 09:34:00` (北京时间)",
    "> 🔍 已自动去重（对比最近7天数据）+ 时效性标记",
    "",
    "---",
    "### 📌 界面新闻-财经频道  [未知]",
    "1. 金融人·事｜城商行“双雄”十年竞速：宁波银行能否超越江苏银行？",
    "2. 结束两个月加量！央行等量续作5000亿元买断式逆回购，有何考量？",
    "",
    "### 📌 WSJ (华尔街日报-世界新闻)  [N/A]",
    "> 🔄 今日无新更新（所有头条与前日重复）",
    "",
    "### 📌 经济观察报  [失败]",
    "> ⏳今日该时段暂未获取到数据",
  ].join("\n");

  it("titles a generated board by its heading without the icon, dates it by its run, and keeps its headlines only", () => {
    const article = parse(board, { filename: "2026-09-15_0934.md" });
    expect(article.title).toBe("全球宏观财经与顶级报纸全景看板");
    expect(article.publishedAt).toBe("2026-09-15T09:34:00+08:00");
    expect(article.text).toContain("结束两个月加量！央行等量续作5000亿元买断式逆回购，有何考量？");
    for (const word of ["自动巡检时间", "已自动去重", "今日无新更新", "暂未获取到数据"])
      expect(article.text).not.toContain(word);
  });

  // frankinvest/caijing-daily, 2026/05/12/index.html @ 02e05c306380067c05dd8c668ebfb4e85d94db01, shortened.
  const column = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>财经早餐 2026年5月12日</title></head><body>
<h1>📰 财经早餐 · 2026年5月12日</h1>
<div class="section">
<p>今天的头条是懂王访问已经官宣（其实是在昨天开盘前宣布的）：</p>
<p>时间是5月13日到15日。</p>
</div>
<div class="section">
<p>——————</p>
<p class="section-title">统计局公布了4月的CPI：同比增长1.2%小超预期</p>
<p class="caveat">⚠️ 图片2-4（统计局CPI/PPI数据图）因服务器访问限制暂无法直接获取，见下方说明。</p>
<p>数据比较好看的只有蛋类和能源，其他消费品的环比数据都一般。</p>
<p>由于语言原因，以上观点转述可能不是百分百准确，还是推荐大家看原文，很详尽的一份研报，除了铝还有其他金属分析。</p>
</div>
<div class="section">
<p>一个喜欢保护韭菜的博主，希望大家少少踩坑，多多赚钱！！！</p>
<p><img src="https://frankinvest.github.io/caijing-daily/caijing_20260512_img_01.jpg" alt="二维码"></p>
</div>
<div class="footer">
<p>来源：小红圈 · 红运Dang投 · 2026年5月12日</p>
<p>注：文中图表（CPI、PPI、两融余额、央行报告、大宗商品等图片）因小红圈服务器访问限制暂无法直接嵌入，完整图文版请访问小红圈原帖。</p>
<p>原文链接：https://www.red-ring.cn/post/27593-2120574</p>
</div>
</body></html>`;

  it("reads a mirrored column's post: the dressed heading, the copier's notes, the sign-off and the footer out, the column as source", () => {
    const article = parse(column);
    expect(article).toMatchObject({
      title: "财经早餐 2026年5月12日",
      publishedAt: "2026-05-12T00:00:00+08:00",
      source: { name: "红运Dang投" },
      via: ["小红圈"],
      originalUrl: "https://www.red-ring.cn/post/27593-2120574",
    });
    expect(article.text.startsWith("今天的头条是懂王访问已经官宣（其实是在昨天开盘前宣布的）：")).toBe(true);
    expect(article.text.endsWith("很详尽的一份研报，除了铝还有其他金属分析。")).toBe(true);
    for (const word of ["暂无法直接获取", "暂无法直接嵌入", "一个喜欢保护韭菜的博主", "——————"])
      expect(article.text).not.toContain(word);
  });

  // ctyhm/fuxing, src/main/webapp/a/zixun_center/caifuanli/26.jsp @ 1494e00825b2712c7614ec98dc6f36acfe7b19b1, shortened.
  it("reads no site from a CMS's default site name after the headline, nor a source from 来源：未知", () => {
    const page = `<html><head><title>万能险最新结算利率出炉 最高的2款达到8%_我的网站</title></head><body>
<div class="position">当前位置：<a href="/">主页</a> > 资讯中心 > 财富案例</div>
<div class="article"><div class="articleTitle">万能险最新结算利率出炉 最高的2款达到8%</div>
<div class="articleAuthor"><span>来源：未知</span><span>作者：admin</span><span>日期：2017-12-20</span></div>
<div class="articleContent"><p>针对万能险，通知明确提到，&ldquo;万能单独账户资产应单独管理、独立核算，同一万能单独账户管理的保单应采用同一结算利率。&rdquo;</p>
<p>海通证券分析报告也指出，中小险企保费主要来源是万能险等中短存续期业务，保监会持续强化万能险监管。</p></div></div>
</body></html>`;
    const article = parse(page);
    expect(article.title).toBe("万能险最新结算利率出炉 最高的2款达到8%");
    expect(article.publishedAt).toBe("2017-12-20T00:00:00+08:00");
    expect(article.source).toBeNull();
  });

  // travishsu/stock-news-daily, reports/2026-05-22.md @ e7414a64f2f27da91d757e8bd4ca3f0bf970979c, shortened.
  it("leaves a report's quoted disclaimer in Traditional characters out", () => {
    const report = [
      "# 市場日報 2026-05-22",
      "",
      "## 總覽",
      "",
      "台股今日大漲 899 點，收盤站上 42,000 點創收盤歷史新高。",
      "",
      "- **市場情緒判斷**：偏多｜AI 與國家資本主義趨勢明確向上，但通膨、波動率升高需留意估值風險",
      "",
      "---",
      "",
      "> **免責聲明**：本報告內容僅供資訊參考，不構成任何投資建議或勸誘。投資涉及風險，過去表現不代表未來結果，請自行評估風險並諮詢合格專業人士意見。",
      "",
    ].join("\n");
    const article = parse(report);
    expect(article.text.endsWith("但通膨、波動率升高需留意估值風險")).toBe(true);
    expect(article.text).not.toContain("免責聲明");
  });

  // One rule, written in Simplified and read in both scripts (boilerplate.ts `LABELLED_DISCLAIMERS`): the Simplified form
  // from ourhimalayas/txt, content/gnews/25/README.md @ 00580745a2be08a4be36eb3e419305ef6be3ef37; the Traditional one from
  // travishsu/stock-news-daily, reports/2026-05-22.md @ e7414a64f2f27da91d757e8bd4ca3f0bf970979c.
  it.each([
    ["免责声明：本文内容仅代表作者个人观点，平台不承担任何法律风险。", true],
    [
      "免責聲明：本報告內容僅供資訊參考，不構成任何投資建議或勸誘。投資涉及風險，過去表現不代表未來結果，請自行評估風險並諮詢合格專業人士意見。",
      true,
    ],
    ["免責聲明：本文內容僅代表作者個人觀點。", true],
    ["免责声明：本报告内容仅供资讯参考。", true],
    ["声明：公司将于下周召开股东大会。", false],
    ["聲明：公司將於下週召開股東大會。", false],
  ])("a labelled disclaimer in either script: %s → %s", (line, dropped) => {
    expect(LABELLED_DISCLAIMERS.some((rule) => rule.test(line))).toBe(dropped);
  });
});

describe("session 37: documentation sites and a notebook (datasets/fresh-53)", () => {
  // hjyssg/stock_mindmap, notes/markets/2025年4月闪崩笔记.md @ a38b5f0fac1dc4e1f1e2ff731b62be2d01ee9c73, the head.
  const firstLineNote = [
    "2025年4月闪崩笔记",
    "",
    "每次大跌时反复出现的典型吓人噪音：",
    "- 巴菲特都在大量持有现金，聪明钱早就离场了",
    "- 高盛预测即将衰退",
    "",
    "核心结论：",
    "",
    "这些声音基本在每一轮大跌、尤其是抄底点位附近都会重复出现。",
  ].join("\n");

  it("titles an MkDocs note by the file's name it opens with, and the name's line leaves the text", () => {
    const article = parse(firstLineNote, { filename: "notes/markets/2025年4月闪崩笔记.md" });
    expect(article.title).toBe("2025年4月闪崩笔记");
    expect(article.text.startsWith("每次大跌时反复出现的典型吓人噪音：")).toBe(true);
  });

  // hjyssg/stock_mindmap, notes/china/人民币汇率为什么还是坚挺.md @ 95b6ea3436507a8e4b6d3681e50b16e748ca89fa, the head.
  const sectionNote = [
    "### 序言：现代法币制度下的“生产力锚定”逻辑",
    "在讨论汇率波动时，常有“无锚印钞”的质疑。然而，从现代宏观经济学的**国际收支平衡（BOP）**模型来看，法币的价值锚点已从实物黄金转向了**一国在全球贸易中的清偿能力**。",
    "",
    "#### 一、 历史对照：日本 1990s 的汇率韧性",
    "1990 年日本资产泡沫破裂后，日本进入了长期的经济停滞期（BSR）。",
  ].join("\n");

  it("titles a note that opens with a section's heading by its file's name, and keeps the heading", () => {
    const article = parse(sectionNote, { filename: "notes/china/人民币汇率为什么还是坚挺.md" });
    expect(article.title).toBe("人民币汇率为什么还是坚挺");
    expect(article.text.startsWith("序言：现代法币制度下的“生产力锚定”逻辑\n\n在讨论汇率波动时")).toBe(true);
    // Without a name that reads as a headline, the heading is the title, as before.
    expect(parse(sectionNote, { filename: "notes/china/rmb.md" }).title).toBe(
      "序言：现代法币制度下的“生产力锚定”逻辑",
    );
  });

  // gavfu/chzhshch-blog, docs/economics/20070814.md @ 0a8b07b7c4b0d2b2700d0bad55b13a409aeca7c1, shortened.
  const docusaurus = [
    "---",
    "id: 20070814 ",
    "title: ''",
    "hide_table_of_contents: true",
    "---",
    "",
    "import useBaseUrl from '@docusaurus/useBaseUrl';",
    "",
    "# 热点蔓延，阳光下没有新鲜事。",
    "",
    "> 2007/8/14 15:49:37",
    "",
    "<div style={{color: '#FF0000', fontWeight: 'bold'}}>",
    "",
    "当然，没有阳光下也同样没有新鲜事。今天的走势，唯一的特点，就是没有新鲜事。",
    " ",
    "今天，能在49下买到002149的，可要感谢本ID，某人脑子进水，竟然企图让本ID在50下出来。",
    " ",
    "今天可以回答问题到4点半。",
    "",
    "</div>",
    "",
    "<div style={{textAlign: 'left'}}>",
    "<img src={useBaseUrl('/img/economics/20070814/20070814.jpg')} /><br/><br/>",
    "</div>",
    "",
    "### 回复",
    "",
    "<div class='blog-comment'>",
    "<span class='blog-comment-chan'>缠中说禅</span> 2007/8/14 15:53:05<br/>",
    "新浪这版改得真没法说了，各位将就用，本ID已经有点将就不住了。不过，没法子，本ID念旧，新地方一样有新问题，那就继续吧。",
    "</div>",
    "",
    "<div class='blog-comment'>",
    "<span class='blog-comment-chan'>缠中说禅</span> 2007/8/14 15:58:20<br/>",
    "[匿名] 新浪网友 删除此人所有评论 <br/><br/>",
    "能谈谈对600635的看法吗?",
    "</div>",
  ].join("\n");

  it("reads a Docusaurus MDX page: no import, the H1 over an empty title, the post without its comment thread", () => {
    const article = parse(docusaurus, { filename: "docs/economics/20070814.md" });
    expect(article.title).toBe("热点蔓延，阳光下没有新鲜事。");
    expect(article.publishedAt).toBe("2007-08-14T15:49:37+08:00");
    expect(article.text.startsWith("当然，没有阳光下也同样没有新鲜事。")).toBe(true);
    expect(article.text.endsWith("今天可以回答问题到4点半。")).toBe(true);
    for (const word of ["import", "回复", "新浪网友", "blog-comment"])
      expect(article.text).not.toContain(word);
    // The code the post says was bought is its security; the comment's is not the post's.
    expect(article.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["002149.SZ"]);
  });

  it("keeps a writer's own commentary under a bare 评论 heading, and an import sentence in prose", () => {
    const body =
      "# 标题\n\n第一段正文，公司公告了业绩。\n\n## 评论\n\n我们认为业绩超预期。\n\nimport 关税上调后，进口商品价格上涨。";
    const article = parse(body);
    expect(article.text).toContain("我们认为业绩超预期。");
    expect(article.text).toContain("import 关税上调后");
  });

  it("reads no figure after a trading verb as a code", () => {
    expect(parse("# 标题\n\n他买入100000股，卖出2000手。").securities).toEqual([]);
  });

  // YiyaoZhang9527/ML_Example, 新闻爬虫.ipynb @ 6e5309a52bda457a56f3911601cc4a8d40674dea: the last cell's outputs, shortened.
  const poll =
    "http://zhibo.sina.com.cn/api/zhibo/feed?callback=jQuery0&page=1&page_size=1&zhibo_id=152%20Request%20Method:GET\n";
  const notebook = JSON.stringify(
    {
      cells: [
        {
          cell_type: "code",
          execution_count: 29,
          metadata: {},
          outputs: [
            {
              name: "stdout",
              output_type: "stream",
              text: [
                poll,
                "时间: 2020-07-09 00:07:43\n",
                "内容:   【17家券商6月净利翻倍，国君、建投大赚超10亿】截至8日晚7点，共有35家A股上市券商披露了6月月报。（券商中国）\n",
                poll,
                "此次刷新没有获得数据，等待5s后将继续刷新 0\n",
                poll,
                "此次刷新没有获得数据，等待5s后将继续刷新 1\n",
              ],
            },
            {
              ename: "KeyboardInterrupt",
              evalue: "",
              output_type: "error",
              traceback: [
                "\u001b[0;31mKeyboardInterrupt\u001b[0m                         Traceback (most recent call last)",
              ],
            },
          ],
          source: ["import requests\n", "print('时间:', t)"],
        },
      ],
      metadata: { language_info: { name: "python" } },
      nbformat: 4,
      nbformat_minor: 2,
    },
    null,
    1,
  );

  it("detects a notebook by its content and reads the one flash its code printed as a record", () => {
    expect(detectInput(notebook)).toBe("notebook");
    const article = parse(notebook, { filename: "新闻爬虫.ipynb" });
    expect(article.title).toBe("17家券商6月净利翻倍，国君、建投大赚超10亿");
    expect(article.publishedAt).toBe("2020-07-09T00:07:43+08:00");
    expect(article.source?.name).toBe("券商中国");
    expect(article.text).toBe("截至8日晚7点，共有35家A股上市券商披露了6月月报。");
    const all = parseAllSync(notebook, { filename: "新闻爬虫.ipynb" });
    expect([...all].map((result) => (result.ok ? result.article.title : null))).toEqual([article.title]);
  });

  // test/fixtures/notebook/sina-7x24-loop.ipynb: the same crawler (its list_dic_display, which prints `时间:` and
  // `内容:`) and its printed output with a second round that fetched a flash: the first record and the poll lines are
  // the notebook's; the second record is a flash of the same feed (1998x-stack/7x24,
  // example_sina_7x24_news_20260303_000706.json @ ff486c506b2dc642d7586467715abc9154028022, id 4710768, datasets/fresh-28)
  // printed as the crawler prints one. No notebook with many printed records was found with the search tools.
  it("reads each record a crawler's loop printed as an Article (parseAll); parse reads the notebook and says so", () => {
    const looped = readFileSync(join(import.meta.dirname, "fixtures/notebook/sina-7x24-loop.ipynb"), "utf8");
    const all = [...parseAllSync(looped, { filename: "新闻爬虫.ipynb" })];
    expect(
      all.map((result) =>
        result.ok
          ? [
              result.article.ref,
              result.article.title,
              result.article.publishedAt,
              result.article.source?.name,
            ]
          : result.failure,
      ),
    ).toEqual([
      ["item 1", "17家券商6月净利翻倍，国君、建投大赚超10亿", "2020-07-09T00:07:43+08:00", "券商中国"],
      ["item 2", "美防长宣称对伊朗军事行动“不会持续太久”", "2026-03-03T00:03:21+08:00", "新华社"],
    ]);
    const article = parse(looped, { filename: "新闻爬虫.ipynb" });
    expect(article.warnings.map((warning) => warning.code)).toContain("many-documents");
  });

  it("reads a notebook of notes as its Markdown cells and printed text, without code, errors or a loop's log", () => {
    const notes = JSON.stringify({
      cells: [
        {
          cell_type: "markdown",
          metadata: {},
          source: ["# 央行降准点评\n", "\n", "央行宣布下调存款准备金率0.5个百分点。"],
        },
        {
          cell_type: "code",
          metadata: {},
          outputs: [
            {
              name: "stdout",
              output_type: "stream",
              text: "等待 1 秒\n释放长期资金约1万亿元。\n等待 2 秒\n",
            },
            {
              output_type: "error",
              ename: "ValueError",
              evalue: "x",
              traceback: ["\u001b[0;31mValueError\u001b[0m"],
            },
          ],
          source: "print(summary)",
        },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    });
    const article = parse(notes, { filename: "notes.ipynb" });
    expect(article.title).toBe("央行降准点评");
    expect(article.text).toBe("央行宣布下调存款准备金率0.5个百分点。\n\n释放长期资金约1万亿元。");
  });
});

describe("session 38: a dated file's name beside the heading that opens its body (headsSectionOfNamedFile)", () => {
  // Jst-Well-Dan/finance-daily-digest, daily/20260914/20260914_解读君视频总结.md @ a5a80a7613e052bec66c72806d4aab59e6e88cf5
  // (datasets/fresh-34/daily-digest-md): a bot's daily digest named by its day, titled by its H1.
  const name = "20260914_解读君视频总结.md";
  const digest = readFileSync(
    join(import.meta.dirname, "../../../datasets/fresh-34/daily-digest-md", name),
    "utf8",
  );
  const sections = digest.slice(digest.indexOf("## 1."));

  it("leaves a top-level heading the title: the name is read only beside a section's heading", () => {
    expect(parse(digest, { filename: name }).title).toBe("解读君视频摘要");
  });

  it("titles a body that opens with a section's heading by the name less its date, the heading the text's first", () => {
    const article = parse(sections, { filename: name });
    expect(article.title).toBe("解读君视频总结");
    expect(
      article.text.startsWith("1. 【对于AI的调研】付鹏详谈自己对于调研AI漫剧的深度解析和心得\n\n一句话："),
    ).toBe(true);
  });

  // reigadegr/daily-news, 2026-01-31-新闻汇总.md @ 83588a6c2c34fcabce977905bb178b265d454ea3 (datasets/fresh-26/daily-digest-md).
  it("leaves the section's heading the title when the name less its date is too short a headline (`fileHeadlineMinHan`)", () => {
    const roundUp = readFileSync(
      join(import.meta.dirname, "../../../datasets/fresh-26/daily-digest-md/2026-01-31-新闻汇总.md"),
      "utf8",
    );
    expect(parse(roundUp.slice(roundUp.indexOf("## ")), { filename: "2026-01-31-新闻汇总.md" }).title).toBe(
      "时政新闻",
    );
  });
});

describe("session 39: GitBook titles, podcast notes, a generated article's template (datasets/fresh-57)", () => {
  // stasischen/books, ch.5-last-step/gong-si-memo/6277.md @ 63b5b54a0564c84f0b549c2a8e0c789b585d228c: GitBook's
  // editor escapes every parenthesis it writes.
  it("undoes CommonMark's backslash escapes in a Markdown title, and keeps a code span's as written", () => {
    const memo =
      "# 6277 宏正 \\(1909 update\\)\n\n### MEMO \\(1909\\)\n\nKVM全球產值7e美 pro AV規模再大10倍\n";
    expect(parse(memo).title).toBe("6277 宏正 (1909 update)");
    expect(parse("标题\\_一\n===\n\n正文。\n").title).toBe("标题_一");
    expect(parse("# 用 `a\\*b` 写\n\n正文。\n").title).toBe("用 `a\\*b` 写");
  });

  // LIUXVuse/TWpodcast, site/summaries/Money DJEP465_summary.md @ ed912d562209ed7223b24d959ed229c95fcc452a and
  // M平方EP301_summary.md @ d801e31081f438ef45b1779525d84a067ac08732: a summary titled by its programme and episode.
  it("reads the programme an episode's title opens with as the source", () => {
    const summary = (h1: string) =>
      parse(`# ${h1}\n\n## 📌 一句話摘要\n美股財報季將開跑，大方向偏多，但短線需留意地緣政治風險。\n`);
    const moneyDj = summary(
      "Money DJ EP465 - DJ有事嗎 | Ep.235 財報季撐盤偏多不變？掌握類股輪動風向（2026-01-15）",
    );
    expect(moneyDj.source?.name).toBe("MoneyDJ");
    expect(moneyDj.publishedAt).toBe("2026-01-15T00:00:00+08:00");
    expect(
      summary("M平方 EP301 - 【MM Podcast】After Meeting EP. 184｜破兆營收的神山（2026-01-17）").source?.name,
    ).toBe("M平方");
  });

  // LIUXVuse/TWpodcast, site/transcripts/財報狗EP585_transcript.md @ 0d8b916aa5114f4ad271f6b28a3b38b046cabcc8.
  it("reads a `節目：` line as the programme's credit, and it leaves the text", () => {
    const transcript = [
      "---",
      "title: 財報狗EP585 - 逐字稿",
      "podcast: 財報狗",
      "",
      "---",
      "# 📝 財報狗EP585",
      "",
      "> 📻 節目：財報狗",
      "",
      "---",
      "",
      "**主持人：** 大家好，歡迎大家來到「產業深度探訪」節目。",
      "",
      "**Steve：** 松川精密，其實我們是做電源供應器的。",
    ].join("\n");
    const article = parse(transcript);
    expect(article.source?.name).toBe("財報狗");
    expect(article.text).not.toContain("節目：");
    expect(article.text).toContain("松川精密，其實我們是做電源供應器的。");
  });

  // stockcorp/stockcorp.github.io, content.txt @ 0033eba903a2dd9718d91c115f2ef3ce242ea4c9 (the block of image 258,
  // its content cut to the first paragraph and the template's two closing ones).
  it("reads a generated article's `原始連結：點此查看` link as its original, and its `注意：` disclaimer as boilerplate", () => {
    const block = [
      "title: 金融服務精華速遞：市場熱議解析",
      "images: 258.jpg,258-1.jpg",
      "fontSize: 16px",
      "date: 2026-03-18",
      'content: <h2>金融服務業觀察：市場談話中的洞見與分析</h2><p>在全球市場不斷變化的背景下，金融服務行業的動態發展成為投資者關注的焦點。</p><img src="/img/content/258.jpg"><p><strong>注意</strong>：本文僅提供分析和資訊，不構成投資建議。投資者應根據自身風險偏好和市場條件進行決策。</p><p>原始連結：<a href="https://www.wsj.com/articles/financial-services-roundup-market-talk-94f52cba?mod=rss_markets_main">點此查看</a></p>',
      "",
      "---",
      "",
    ].join("\n");
    const article = parse(block, { filename: "content.txt" });
    expect(article.title).toBe("金融服務精華速遞：市場熱議解析");
    expect(article.publishedAt).toBe("2026-03-18T00:00:00+08:00");
    expect(article.originalUrl).toBe(
      "https://www.wsj.com/articles/financial-services-roundup-market-talk-94f52cba?mod=rss_markets_main",
    );
    expect(article.text).toBe(
      "金融服務業觀察：市場談話中的洞見與分析\n\n在全球市場不斷變化的背景下，金融服務行業的動態發展成為投資者關注的焦點。",
    );
  });
});

describe("session 40: Markdown's code is verbatim to the CJK emphasis rewrite (strongCjk)", () => {
  // LIUXVuse/TWpodcast, site/transcripts/財報狗EP585_transcript.md @ 0d8b916aa5114f4ad271f6b28a3b38b046cabcc8
  // (datasets/fresh-57/podcast-ai-notes): the transcript wrapped in a ```markdown fence, its turns `**主持人：**`.
  const fenced = [
    "```markdown",
    "## 完整逐字稿",
    "",
    "**主持人：** 大家好，歡迎大家來到「產業深度探訪」節目。",
    "",
    "**Steve：** 大家好。",
    "```",
  ];
  const body = (markdown: string) => bodyToHtml(markdown, "markdown");

  it("leaves a fenced block's lines as written, blank lines and all, and rewrites the prose around it", () => {
    const article = parse(
      ["# 📝 財報狗EP585", "", "**節目：**財報狗", "", ...fenced, "", "**Steve：**不客氣。"].join("\n"),
    );
    expect(article.text).toBe(
      "## 完整逐字稿\n\n**主持人：** 大家好，歡迎大家來到「產業深度探訪」節目。\n\n**Steve：** 大家好。\n\nSteve：不客氣。",
    );
    expect(article.source?.name).toBe("財報狗");
  });

  it("closes a fence only with a run of its own character at least as long; `~~~` and indented fences too", () => {
    const lines = fenced.slice(1, -1);
    expect(
      body(["~~~~", ...lines, "~~~", "**Steve：** 大家好。", "~~~~", "", "**Steve：**不客氣。"].join("\n")),
    ).toBe(
      "<pre><code>## 完整逐字稿\n\n**主持人：** 大家好，歡迎大家來到「產業深度探訪」節目。\n\n**Steve：** 大家好。\n~~~\n**Steve：** 大家好。\n</code></pre>\n" +
        '<p data-caixun-markdown=""><strong>Steve：</strong>不客氣。</p>\n',
    );
    expect(body(["   ```", "**主持人：**大家好", "   ```", "**主持人：**大家好"].join("\n"))).toBe(
      '<pre><code>**主持人：**大家好\n</code></pre>\n<p data-caixun-markdown=""><strong>主持人：</strong>大家好</p>\n',
    );
    // A backtick fence's info string holds no backtick: `` ```js `x` `` opens no fence.
    expect(body("```js `x`\n**主持人：**大家好")).toBe(
      '<p data-caixun-markdown="">```js <code>x</code>\n<strong>主持人：</strong>大家好</p>\n',
    );
  });

  it("leaves a code span's delimiters as written, a run closed only by one as long, and indented lines as prose", () => {
    expect(body("寫作 `**主持人：**` 與 ``a ` **Steve：** `` 之後 **主持人：**大家好")).toBe(
      '<p data-caixun-markdown="">寫作 <code>**主持人：**</code> 與 <code>a ` **Steve：** </code> 之後 <strong>主持人：</strong>大家好</p>\n',
    );
    // Core's Markdown has no indented code: scraped Chinese prose indents its paragraphs.
    expect(body("前文\n\n    **主持人：**大家好")).toBe(
      '<p data-caixun-markdown="">前文</p>\n<p data-caixun-markdown=""><strong>主持人：</strong>大家好</p>\n',
    );
  });
});

describe("session 39: a headline written as a heading over an item's credit fields is the item's, not the box's", () => {
  // reigadegr/daily-news, 2026-01-31-新闻汇总.md @ 83588a6c2c34fcabce977905bb178b265d454ea3 (datasets/fresh-26/daily-digest-md):
  // `## 时政新闻`, then `### 长三角…` over `**来源：澎湃新闻**` and `**时间：2026年1月31日**`, then the story.
  const digest = readFileSync(
    join(import.meta.dirname, "../../../datasets/fresh-26/daily-digest-md/2026-01-31-新闻汇总.md"),
    "utf8",
  );
  const section = digest.slice(digest.indexOf("## 时政新闻"), digest.indexOf("### 英国"));
  const headline = "长三角三省一市增速均跑赢全国 GDP突破34.66万亿元";
  const story = "近日，各省区市2025年的经济发展数据陆续出炉，长三角地区再次交出令人惊艳的成绩单。";

  it("keeps the headline in the text under the section's title, the fields read as its credits", () => {
    const article = parse(section, { filename: "2026-01-31-新闻汇总.md" });
    expect([article.title, article.source?.name]).toEqual(["时政新闻", "澎湃新闻"]);
    expect(article.text.startsWith(`${headline}\n\n${story}`)).toBe(true);
  });

  it("reads a top-level heading over a clipper's box as the page's header: the title again, out of the text", () => {
    // Rayxtz123/openclaw_gz, content/ai/智能报告生成系统后续来了代码已开源欢迎品鉴.md @ f6011d6e361723bbf4162fb237f810fb6cadac91
    // (datasets/fresh-34/clipping-notes-md), a reading-list bot's note:
    // `# 🤖 <the front matter's title>` over `📍 **来源**: …` / `📅 **收集时间**: …`.
    const note = "智能报告生成系统后续来了代码已开源欢迎品鉴.md";
    const article = parse(
      readFileSync(join(import.meta.dirname, "../../../datasets/fresh-34/clipping-notes-md", note), "utf8"),
      { filename: note },
    );
    expect(article.title).toBe("智能报告生成系统：后续来了，代码已开源，欢迎品鉴！");
    expect(article.text.startsWith("💡 一句话总结\n\n本文介绍了基于 LangGraph")).toBe(true);
  });

  it("titles the document that is the one item by its headline", () => {
    const article = parse(section.slice(section.indexOf("### ")), { filename: "2026-01-31-新闻汇总.md" });
    expect([article.title, article.source?.name]).toEqual([headline, "澎湃新闻"]);
    expect(article.text.startsWith(story)).toBe(true);
  });
});

describe("session 39: a heading that becomes a title is its text, its link syntax reduced to the label", () => {
  // Jst-Well-Dan/finance-daily-digest, daily/20260914/20260914_解读君视频总结.md @ a5a80a7613e052bec66c72806d4aab59e6e88cf5
  // (datasets/fresh-34/daily-digest-md): each item's heading links to its note in the page, `## 1. [标题](#note-…)`.
  const digest = readFileSync(
    join(import.meta.dirname, "../../../datasets/fresh-34/daily-digest-md/20260914_解读君视频总结.md"),
    "utf8",
  );
  const item = digest.slice(digest.indexOf("## 1."), digest.indexOf("## 2."));
  const headline = "【对于AI的调研】付鹏详谈自己对于调研AI漫剧的深度解析和心得";
  const story = "一句话：AI漫剧三四天产200集却九成亏损，流量定价不变制作端难逃为平台打工。";

  it("titles an item opening with an in-page anchor link by the link's label", () => {
    const article = parse(item, { filename: "notes.md" });
    expect(article.title).toBe(`1. ${headline}`);
    expect(article.text.startsWith(story)).toBe(true);
  });

  it("reduces a top anchor, a reference link, a titled link and an autolink alike; an image stays", () => {
    const body = item.slice(item.indexOf("\n"));
    const titleOf = (heading: string) => parse(`${heading}\n${body}`, { filename: "notes.md" }).title;
    expect(titleOf(`# [${headline}](#top)`)).toBe(headline);
    expect(titleOf(`# [${headline}][1]`)).toBe(headline);
    expect(titleOf(`# [${headline}](<#note-8Ce1XqKSXNo> "笔记")`)).toBe(headline);
    expect(titleOf(`# ${headline} <https://www.youtube.com/watch?v=8Ce1XqKSXNo>`)).toBe(
      `${headline} https://www.youtube.com/watch?v=8Ce1XqKSXNo`,
    );
    expect(titleOf(`# ${headline}![封面](cover.png)`)).toBe(`${headline}![封面](cover.png)`);
  });
});
