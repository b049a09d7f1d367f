// Markdown that generators and crawlers write (datasets/fresh-45): a read-it-later app's export, a WeChat archiver's
// copy with its Unix `publish_time`, a bot's daily digest. Excerpts of the real files, shortened; repositories,
// paths and commits in datasets/fresh-45/SOURCES.tsv.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { epochInstant } from "../src/policy/zone.js";

describe("a Cubox export relayed by 虎嗅网 (askfanxiaojun/Cubox, 2022-Q4/为什么有些城市负债率特别高？-虎嗅网.md)", () => {
  const exported = [
    "为什么有些城市负债率特别高？-虎嗅网",
    "==================",
    "",
    "[m.huxiu.com](https://m.huxiu.com/article/742709.html?type=text)虎嗅网",
    "",
    "本文来自微信公众号：[真叫卢俊 （ID：zhenjiaolujun0426）](http://mp.weixin.qq.com/s?__biz=MzIxODgyOTA5NA==#rd)，作者：乔不丝，头图来自：视觉中国",
    "",
    "这两年，在资产方面，不管是企业、个人、或城市，都有一个热词，叫做负债率。",
    "",
    "尤其是三道红线政策出来之后，负债率好像就成为压在房企头上的最后一根稻草，也成为大家评判房企是否稳健的重要依据。",
    "",
    "此时此刻的高负债，可能也只是一种幸福的烦恼、甜蜜的压力。",
    "",
    "本文来自微信公众号：[真叫卢俊 （ID：zhenjiaolujun0426）](http://mp.weixin.qq.com/s?__biz=MzIxODgyOTA5NA==#rd)，作者：乔不丝",
    "",
    "本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系 hezuo@huxiu.com  ",
    "如对本稿件有异议或投诉，请联系tougao@huxiu.com",
    "",
    "[跳转到 Cubox 查看](https://cubox.pro/my/card?id=7003264569590154460)",
  ].join("\n");

  it("reads the app's Chinese link line as the export's frame: the host line goes, its link is the original", () => {
    const article = parse(exported, { filename: "为什么有些城市负债率特别高？-虎嗅网.md" });
    expect(article.originalUrl).toBe("https://m.huxiu.com/article/742709.html?type=text");
    expect(article.text.startsWith("这两年，在资产方面")).toBe(true);
    for (const word of ["m.huxiu.com", "跳转到 Cubox 查看", "cubox.pro"])
      expect(article.text).not.toContain(word);
  });

  it("takes the site's name glued to the headline off the title: the address's name grown by 网 (虎嗅 → 虎嗅网)", () => {
    const article = parse(exported, { filename: "为什么有些城市负债率特别高？-虎嗅网.md" });
    expect(article.title).toBe("为什么有些城市负债率特别高？");
    expect(article.source?.name).toBe("真叫卢俊");
    expect(article.author).toBe("乔不丝");
  });

  it("ends the story before the relaying site's views and rights notice, its complaint line after it", () => {
    const article = parse(exported, { filename: "为什么有些城市负债率特别高？-虎嗅网.md" });
    expect(article.text.endsWith("此时此刻的高负债，可能也只是一种幸福的烦恼、甜蜜的压力。")).toBe(true);
    for (const word of ["不代表虎嗅立场", "hezuo@huxiu.com", "tougao@huxiu.com"])
      expect(article.text).not.toContain(word);
  });
});

describe("a research house's legal notice under its post (askfanxiaojun/Cubox, 2022-Q4/中金：如何看待近期人民币汇率的贬值.md)", () => {
  const story = [
    "中金：如何看待近期人民币汇率的贬值",
    "=================",
    "",
    "**人民币汇率短期波动的原因**",
    "",
    "从图形上看，8月中旬以来人民币汇率的走弱与美元指数的上行相契合。从8月15日至26日，美元指数上涨了约2.6%，而人民币对美元双边汇率贬值了约1.8%，日内交易的契合度较高。不过，当贬值行情进入第三周后，虽然美元指数并未呈现明显的继续上攻的态势，但人民币汇率对美元的双边汇率却变得易跌难涨。",
    "",
    "总体来看，跨境收支方面我国整体保持资金净流入，这在中期会给人民币汇率带来企稳的力量。虽然短期汇率因经济预期的反复和外部环境的变化出现了阶段性的波动，但这也是汇率市场的常态。随着中国稳经济政策效果的逐步体现，我们相信人民币汇率或将逆转跌势。",
    "",
    "**法律声明**",
    "",
    "向上滑动参见完整法律声明及二维码",
    "",
    "特别提示",
    "",
    '本公众号不是中国国际金融股份有限公司（下称"中金公司"）研究报告的发布平台。本公众号只是转发中金公司已发布研究报告的部分观点。',
    "",
    "本订阅号是由中金公司研究部建立并维护的官方订阅号。本订阅号中所有资料的版权均为中金公司所有。",
  ].join("\n");

  it("cuts the page from a legal notice's heading when less than half a story follows it", () => {
    const article = parse(story, { filename: "中金：如何看待近期人民币汇率的贬值.md" });
    expect(article.text.endsWith("我们相信人民币汇率或将逆转跌势。")).toBe(true);
    for (const word of ["法律声明", "向上滑动", "本公众号不是", "版权均为中金公司所有"])
      expect(article.text).not.toContain(word);
  });

  it("keeps a story whose legal-notice heading has more than half a story after it: the heading may open a section", () => {
    const long = story.replace(
      "**法律声明**",
      "**法律声明**\n\n" + "本节讨论法律声明的写法与效力，并举例说明。".repeat(30),
    );
    expect(parse(long).text).toContain("本订阅号中所有资料的版权均为中金公司所有");
  });
});

describe("a WeChat archiver's copy (search-index files 57025868689 and 56671253568)", () => {
  const copy = (account: string, furniture: readonly string[]) =>
    [
      "---",
      "publish_time: 1782529200",
      "---",
      "",
      "# 大模型搜索总偷懒？IQuest等联合推出FORT，30B开源搜索Agent刷新同规模SOTA",
      "",
      "> 原文链接：https://mp.weixin.qq.com/s/2bE3HQOC-cbEl4OYsQntBQ",
      `> 公众号：${account}`,
      "",
      "当大模型从“回答问题”走向“自己搜索、验证、综合证据”，Deep Search Agent正在成为下一阶段智能体能力的重要方向。",
      "",
      "这类Agent不再满足于一次检索、一次回答。它需要在开放网络中多轮搜索，交叉验证，排除错误，并在足够证据支撑下给出最终答案。",
      "",
      "但真正训练这种能力，首先要解决一个基础问题：",
      "",
      "什么样的搜索数据，才是真的难、真的有用？",
      ...furniture,
    ].join("\n");
  const closing = [
    "",
    "一键三连",
    "",
    "「点赞」「转发」「小心心」",
    "",
    "欢迎在评论区留下你的想法！",
    "",
    "—",
    "",
    "完",
    "",
    "—",
    "",
    "【学术投稿】请在工作日发送邮件至：",
    "",
    "ai@qbitai.com",
    "",
    "🌟 点亮星标 🌟",
    "",
    "科技前沿进展每日见",
  ];

  it("reads `publish_time` in Unix seconds as the instant on China's clock", () => {
    expect(parse(copy("量子位", [])).publishedAt).toBe("2026-06-27T11:00:00+08:00");
  });

  it("reads the quote of 原文链接 and 公众号 under the headline into originalUrl and source, and leaves it out", () => {
    const article = parse(copy("机器之心", []));
    expect(article.originalUrl).toBe("https://mp.weixin.qq.com/s/2bE3HQOC-cbEl4OYsQntBQ");
    expect(article.source?.name).toBe("机器之心");
    expect(article.text.startsWith("当大模型从“回答问题”走向")).toBe(true);
    expect(article.text).not.toContain("原文链接");
  });

  it("ends the story at the engagement prompts and a `— 完 —` the converter broke into three lines", () => {
    const article = parse(copy("量子位", closing));
    expect(article.text.endsWith("什么样的搜索数据，才是真的难、真的有用？")).toBe(true);
    for (const word of [
      "一键三连",
      "「点赞」",
      "评论区",
      "学术投稿",
      "ai@qbitai.com",
      "点亮星标",
      "科技前沿进展每日见",
    ])
      expect(article.text).not.toContain(word);
  });
});

describe("a bot's daily digest (arobot001/news-daily, docs/daily/daily-news-20260206.md)", () => {
  const digest = [
    "# 📅 每日资讯日报",
    "",
    "**生成时间**: 2026-02-06 00:21:48",
    "**总新闻数**: 193 条",
    "",
    "---",
    "",
    "## 📰 澎湃新闻 (20 条)",
    "",
    "1. [宁波通报小洛熙事件调查结果：一级甲等医疗事故，吊销主刀医师执业证书](https://www.thepaper.cn/newsDetail_forward_32540700)",
    "",
    "2. [破除人才评价年龄“一刀切”，委员建议引入“学术年龄”](https://www.thepaper.cn/newsDetail_forward_32532754)",
    "",
    "---",
    "",
    "*本日报由 OpenClaw News Daily Skill 自动生成*",
    "",
  ].join("\n");

  it("reads the generation stamp into publishedAt and leaves the stamp lines out", () => {
    const article = parse(digest, { filename: "daily-news-20260206.md" });
    expect(article.publishedAt).toBe("2026-02-06T00:21:48+08:00");
    for (const word of ["生成时间", "总新闻数", "193 条"]) expect(article.text).not.toContain(word);
  });

  it("keeps the linked headlines, the digest itself, and leaves out the generator's footer", () => {
    const article = parse(digest, { filename: "daily-news-20260206.md" });
    expect(article.text).toContain("宁波通报小洛熙事件调查结果：一级甲等医疗事故，吊销主刀医师执业证书");
    expect(article.text).toContain("破除人才评价年龄“一刀切”，委员建议引入“学术年龄”");
    expect(article.text).not.toContain("thepaper.cn");
    expect(article.text).not.toContain("OpenClaw");
  });

  it("still drops a list of links under a story's prose: a related list, no digest", () => {
    const story = [
      "# 标题",
      "",
      "这是一篇报道的第一段，写了发生的事情。第二句话也在这里。",
      "",
      "## 相关",
      "",
      "- [另一篇报道](https://example.com/a)",
      "- [又一篇报道](https://example.com/b)",
    ].join("\n");
    expect(parse(story).text).toBe("这是一篇报道的第一段，写了发生的事情。第二句话也在这里。");
  });
});

describe("epochInstant", () => {
  it("reads ten digits as seconds and thirteen as milliseconds, as numbers or digits", () => {
    expect(epochInstant(1783156569)).toBe("2026-07-04T17:16:09+08:00");
    expect(epochInstant("1783156569000")).toBe("2026-07-04T17:16:09+08:00");
    expect(epochInstant(" 1782529200 ")).toBe("2026-06-27T11:00:00+08:00");
  });

  it("reads no other value as a time: a count, an id, a year, a date, a time before 2001", () => {
    for (const value of [
      193,
      "2026",
      "20260206",
      "2026-02-06",
      999999999,
      "12345678901",
      1.5e9 + 0.5,
      null,
      true,
    ])
      expect(epochInstant(value)).toBeNull();
  });

  it("gives null or an instant on China's clock for any value", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer(), fc.double(), fc.stringMatching(/^\d{9,14}$/)),
        (value) => {
          const instant = epochInstant(value);
          expect(instant === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(instant)).toBe(true);
        },
      ),
    );
  });
});

// A Jekyll Minimal Mistakes post of a personal investing blog (datasets/fresh-60, session 40: zhurong2020/youxinyanzhe,
// _posts/2025-10-12-market-crash-long-term-investor-guide.md at 2a68e797d25ee3f4472c96de46972a102486a1a4), shortened:
// kramdown attribute lists after links, a 免责声明 line with a marker emoji, and the tail every post carries — a
// Liquid block choosing a disclaimer by the post's tags, a tip jar's line and badge, a comment box's sign-in note.
describe("a Jekyll post's template tags and tail (zhurong2020/youxinyanzhe)", () => {
  const post = `---
date: 2025-10-12 09:00:00 +0800
layout: single
title: 市场暴跌时的长期投资者指南：坚守还是离场？
---

10月10日美股单日蒸发1.56万亿美元，标普500创4月以来最大跌幅。

<!-- more -->

## 昨天发生了什么？

2025年10月10日，美股三大指数集体大跌。坚持下去，时间会给你答案——这不是鸡汤，是百年数据验证的事实。

---

**相关阅读**：
- [TQQQ定投深度剖析：为什么周投能赢日投？](https://zhurong2020.github.io/post/2025-nian-tqqq-ding-tou-hui-ce-fen-xi-cong-60hui-che-dao-ying-li-de-ni-xi-zhi-lu/){:target="_blank"}
- [开源定投策略改造指南：从使用者到创造者](https://zhurong2020.github.io/post/kai-yuan-ding-tou-ce-lue-gai-zao-zhi-nan-cong-shi-yong-zhe-dao-chuang-zao-zhe/){:target="_blank"}

---

> 💡 **免责声明**：本文仅供教育和信息分享，不构成投资建议。投资有风险，入市需谨慎。请根据自身情况做出独立判断。


{% assign investment_tags = 'QDII基金,指数投资,标普500' | split: ',' %}
{% assign show_investment_disclaimer = false %}
{% for tag in page.tags %}
  {% if investment_tags contains tag %}
    {% assign show_investment_disclaimer = true %}
    {% break %}
  {% endif %}
{% endfor %}

{% if show_investment_disclaimer %}
---

**💭 学习分享声明**：这里记录的是我在投资理财学习路上的个人思考和实践心得。本文仅供学习交流，不构成投资建议，请保持独立思考，持续学习。

{% endif %}

如果你觉得我的文章对你有帮助，可以[请我喝咖啡](https://www.buymeacoffee.com/zhurong052Q)

<a href="https://www.buymeacoffee.com/zhurong052Q" target="_blank"><img src="https://cdn.buymeacoffee.com/buttons/v2/default-yellow.png" alt="Buy Me A Coffee" style="height: 60px !important;width: 217px !important;" ></a>

> 💬 **发表评论**: 您需要有一个 GitHub 账号来发表评论。`;

  it("keeps the post and leaves out the template's tags, the related links, the disclaimers, the tip jar and the comment note", () => {
    const article = parse(post, { filename: "2025-10-12-market-crash-long-term-investor-guide.md" });
    expect(article.text).toBe(
      "10月10日美股单日蒸发1.56万亿美元，标普500创4月以来最大跌幅。\n\n昨天发生了什么？\n\n2025年10月10日，美股三大指数集体大跌。坚持下去，时间会给你答案——这不是鸡汤，是百年数据验证的事实。",
    );
    expect(article.publishedAt).toBe("2025-10-12T09:00:00+08:00");
  });

  it("keeps template tags a fenced code block shows, and a post's own braces", () => {
    const article = parse(
      `---\ntitle: Liquid 入门\n---\n\n用大括号写出集合 {1, 2}。\n\n\`\`\`liquid\n{% if page.tags %}{{ page.title }}{% endif %}\n\`\`\`\n`,
      { filename: "liquid.md" },
    );
    expect(article.text).toContain("{1, 2}");
    expect(article.text).toContain("{% if page.tags %}{{ page.title }}{% endif %}");
  });
});

// A post a Jekyll site exports from the SiYuan note app (datasets/fresh-62, session 41: neilChenXie/neilChenXie.github.io,
// _posts/2024-07-09-wanhua-chemistry-27fbpy.md at 25cde215320fd7ca13deeaa3797cfc0b2cf8835b), shortened: a checklist as
// GitHub task items (`- [X]`), at the top level and nested under a summary item.
describe("a note app's checklist as GitHub task items (neilChenXie/neilChenXie.github.io)", () => {
  const post = `---
title: 万华化学
date: '2024-07-09 15:22:52'
layout: post
---

# 摘要

- 趋势

  20250812：业绩“持续下降预期”打破，股价企稳回弹？待观察。
- ToDo

  - [X] 解读财报

## ToDo

- [X] 解读财报
- [ ] 跟踪MDI价格
- [x] 对比中报`;

  it("reads an item's box as no words of it, checked (x, X) or not", () => {
    const lists = parse(post).blocks.filter((block) => block.type === "list");
    expect(lists.map((list) => (list.type === "list" ? list.items : []))).toEqual([
      // A nested item is an item of its own, after the item it is nested in.
      ["趋势 20250812：业绩“持续下降预期”打破，股价企稳回弹？待观察。", "ToDo", "解读财报"],
      ["解读财报", "跟踪MDI价格", "对比中报"],
    ]);
  });

  it("keeps nested items each its own line, never run into each other or the item over them", () => {
    // The same post's 影响因素 item and its two nested items, verbatim: its text read `影响因素 MDI价格：参考链接财报预告、…`.
    const article = parse(
      "---\ntitle: 万华化学\n---\n\n# 摘要\n\n- 影响因素\n\n  - MDI价格：[参考链接](https://mdi.100ppi.com/)\n  - 财报预告、财报：业绩影响。\n- 趋势\n\n  20250812：业绩“持续下降预期”打破，股价企稳回弹？待观察。\n",
    );
    expect(article.blocks[1]).toEqual({
      type: "list",
      ordered: false,
      items: [
        "影响因素",
        "MDI价格：参考链接",
        "财报预告、财报：业绩影响。",
        "趋势 20250812：业绩“持续下降预期”打破，股价企稳回弹？待观察。",
      ],
    });
    expect(article.text).toBe(
      "摘要\n\n影响因素\nMDI价格：参考链接\n财报预告、财报：业绩影响。\n趋势 20250812：业绩“持续下降预期”打破，股价企稳回弹？待观察。",
    );
  });

  it("keeps brackets that are not a box: a link's text, a box with no space after it", () => {
    const items = (markdown: string) => parse(`---\ntitle: t\n---\n\n${markdown}`).blocks[0];
    expect(items("- [x]解读\n- [见附件] 报告")).toEqual({
      type: "list",
      ordered: false,
      items: ["[x]解读", "[见附件] 报告"],
    });
  });
});

describe("a line of bold items joined by ` | ` is one paragraph, not a run-in heading over a stray table row", () => {
  // zhurong2020/youxinyanzhe, _posts/2025-07-30-youtube-president-trump-tours-the-federal-reserve.md
  // @ 33460123f359089c1a417427c36ca8e3cae52729 (datasets/fresh-60/jekyll-mm-post): a video guide's word lists.
  const post = `---
date: 2025-07-30
title: 【英语学习】特朗普参观美联储：掌握政治经济英语
---

### 🔤 关键词汇
**Federal Reserve (美联储)** | **monetary policy (货币政策)** | **interest rates (利率)** | **inflation (通货膨胀)** | **economic stability (经济稳定)** | **Chairman (主席)** | **oversight (监管)**

### 💬 常用表达
**It's a tremendous honor to be here. (能来到这里是莫大的荣幸。)** | **I want to commend you on your work. (我要赞扬你们的工作。)** | **We are committed to ensuring... (我们致力于确保…)** | **on behalf of... (代表…)** | **crucial role (关键作用)**
`;

  it("keeps each list as one paragraph (a GFM table needs its delimiter row)", () => {
    expect(parse(post).blocks).toEqual([
      { type: "heading", level: 3, text: "🔤 关键词汇" },
      {
        type: "paragraph",
        text: "Federal Reserve (美联储) | monetary policy (货币政策) | interest rates (利率) | inflation (通货膨胀) | economic stability (经济稳定) | Chairman (主席) | oversight (监管)",
      },
      { type: "heading", level: 3, text: "💬 常用表达" },
      {
        type: "paragraph",
        text: "It's a tremendous honor to be here. (能来到这里是莫大的荣幸。) | I want to commend you on your work. (我要赞扬你们的工作。) | We are committed to ensuring... (我们致力于确保…) | on behalf of... (代表…) | crucial role (关键作用)",
      },
    ]);
  });
});
