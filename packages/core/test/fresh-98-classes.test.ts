// fresh-98's classes, read and fixed in session 59 (fix98): a news table whose only text is a teaser column
// (`introduction`, or any column its comment labels 新闻简介), a teaser that opens with an outlet's mark run onto a
// quotation (`新浪财经讯“…`) or an aggregator's `site  date time` stamp, and a WeChat article page as reader-mode
// converters and clippers render it — the byline block over the story (原创, the writer, the account) closed by the
// novel-reader toggles, the clipper's `Source:` line, the page's buttons. Real excerpts: the files of datasets/fresh-98
// (provenance in its SOURCES.tsv) and files from the search index (file ids noted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/index.js";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { REPO } from "./helpers.js";

const read = (path: string) => readFileSync(join(REPO, "datasets/fresh-98", path), "utf8");
const records = (input: string, filename: string): Article[] =>
  [...parseAllSync(input, { filename })].map((item) => {
    if (!("article" in item)) throw new Error(`no article in ${filename}`);
    return item.article;
  });
const fields = (article: Article) => [
  article.ref,
  article.title,
  article.source?.name ?? null,
  article.author,
  article.originalUrl,
];

describe("a news table whose text is a teaser column", () => {
  it("reads a news-list app's Navicat dump by its `introduction` column, the app's cut mark kept", () => {
    const file = "navicat-newslist-sql/news-demo-dump__newslist-rows-18-25.sql";
    const rows = records(read(file), file);
    expect(rows).toHaveLength(8);
    expect(rows.slice(0, 2).map((row) => [row.ref, row.title, row.text])).toEqual([
      [
        "row 1",
        "二孩政策正式落地 算算北京养个娃要花多少钱",
        "一般的孩子考上大学后，四年学费2万元左右；杂费、生活费一个月1000元左右，加上来回家和旅游的...",
      ],
      [
        "row 2",
        "一线楼市“调控风”来袭：北京广州或有调整",
        "一年半时间内，二套房首付比例从7成到4成再到5成，一线城市经历了从加杠杆到降杠杆的过程。",
      ],
    ]);
  });

  it("names the outlet a teaser opens with: a 讯 mark run onto a quotation, an aggregator's stamp line", () => {
    const file = "navicat-newslist-sql/news-demo-dump__newslist-rows-43-44.sql";
    const rows = records(read(file), file);
    expect(
      rows.map((row) => [row.ref, row.title, row.source?.name ?? null, row.publishedAt, row.text]),
    ).toEqual([
      [
        "row 1",
        "W3C中国媒体发言人贾雪远..",
        "新浪财经",
        null,
        "新浪财经讯“第十二届中国国际金融论坛”于2015年10月22-23日在上海召开。W3C中国媒体发言人贾雪远出席并演讲。",
      ],
      [
        "row 2",
        '天价鱼后又现天价马"骑马1元"按秒算 仅仅几分钟就被收了上百元(2)',
        "苏北网",
        "2016-03-15T09:00:00+08:00",
        "两个事件中的当事人都在第一时间报了警,有相应的出警记录和第一时间警察的...投稿删稿联系邮箱",
      ],
    ]);
  });

  it("reads a phpMyAdmin dump's `newsList` by the column its comment labels 新闻简介 (`outline`)", () => {
    // Search-index file 45362327214 (a developer-contest site's phpMyAdmin dump; the index named no repository): the
    // `newsList` table's structure and its first two rows, verbatim.
    const dump = [
      "CREATE TABLE IF NOT EXISTS `newsList` (",
      "  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '新闻id，自增',",
      "  `title` varchar(30) NOT NULL COMMENT '新闻标题',",
      "  `outline` varchar(255) NOT NULL COMMENT '新闻简介',",
      "  `image_name` varchar(20) NOT NULL COMMENT '新闻关联小图片',",
      "  `type` tinyint(2) NOT NULL DEFAULT '0' COMMENT '0-最新消息,1-大会首页,2-开发者大赛新闻报道',",
      "  `status` tinyint(2) NOT NULL DEFAULT '0' COMMENT '0-激活 1-屏蔽',",
      "  `update_time` int(11) NOT NULL COMMENT '更新时间',",
      "  `record_time` int(11) NOT NULL COMMENT '记录时间',",
      "  PRIMARY KEY (`id`),",
      "  KEY `title` (`title`)",
      ") ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=11 ;",
      "",
      "INSERT INTO `newsList` (`id`, `title`, `outline`, `image_name`, `type`, `status`, `update_time`, `record_time`) VALUES",
      "(1, '9COS发布会在京召开，各路豪杰相聚发布会，赞叹系统完美至极', '9COS发布会在京召开，各路豪杰相聚发布会，赞叹系统完美至极！9COS发布会在京召开，各路豪杰相聚发布会，赞叹系统完美至极！9COS发布会在京召开，各路豪杰相聚发布会，赞叹系统完美至极！', 'type_1_1.jpg', 0, 0, 1333333333, 1333333333),",
      "(9, '就发生设计的菲拉斯飓风路径是否', '阿斯顿法师就发啦健身房就阿拉斯加的发生就废了；撒酒疯啊手机飞达拉斯加弗利萨即发即收啊手机发生纠纷拉手积分； 啊手机菲拉斯解放路撒娇的弗拉所肩负的啊手机的弗拉是京东方', 'type_3_1.jpg', 2, 0, 1366094517, 1366094517);",
      "",
    ].join("\n");
    const rows = records(dump, "news.sql");
    expect(rows.map((row) => [row.title, row.text])).toEqual([
      [
        "9COS发布会在京召开，各路豪杰相聚发布会，赞叹系统完美至极",
        "9COS发布会在京召开，各路豪杰相聚发布会，赞叹系统完美至极！9COS发布会在京召开，各路豪杰相聚发布会，赞叹系统完美至极！9COS发布会在京召开，各路豪杰相聚发布会，赞叹系统完美至极！",
      ],
      [
        "就发生设计的菲拉斯飓风路径是否",
        "阿斯顿法师就发啦健身房就阿拉斯加的发生就废了；撒酒疯啊手机飞达拉斯加弗利萨即发即收啊手机发生纠纷拉手积分； 啊手机菲拉斯解放路撒娇的弗拉所肩负的啊手机的弗拉是京东方",
      ],
    ]);
  });
});

describe("a WeChat article page's byline block, as converters render it over the story", () => {
  it("reads a feed collector's page: the account under the repeated H1 is the source, not the feed", () => {
    const file = "wechat-feed-md/doonsec-feed__2026-04-03-react2shell-nextjs.md";
    const article = parse(read(file), { filename: file });
    expect(fields(article)).toEqual([
      null,
      "React2Shell漏洞被批量利用：超700台Next.js服务器凭证大规模失窃",
      "看雪学苑",
      null,
      "https://mp.weixin.qq.com/s/Sl224HcVcNLF5Ou9LTCMMQ",
    ]);
    expect(
      article.text.startsWith("近期，思科Talos团队披露一起大规模自动化凭证窃取事件。黑客组织UAT-10608"),
    ).toBe(true);
    expect(article.text).not.toMatch(/在小说阅读器|球分享|球点赞|球在看|看雪学苑看雪学苑/u);
  });

  it("reads a clipped page: `Source:` is the article's address, the name after 原创 its writer", () => {
    const file = "wechat-clip-md/ai-diguo__wikiskill-agent-experience.md";
    const article = parse(read(file), { filename: file });
    expect(fields(article)).toEqual([
      null,
      "WikiSkill：把Agent的执行历史从日志，变成可验证的能力资产",
      "AI帝国",
      "无影寺",
      "https://mp.weixin.qq.com/s/DA30oyXZlWgn3jpmn5GViA",
    ]);
    expect(
      article.text.startsWith("同一组五项 benchmark 里，Qwen-3.5-9B 加上 WikiSkill 后的平均成绩是 47.4%"),
    ).toBe(true);
    expect(article.text).not.toMatch(/原创|在小说阅读器|去阅读|在公众号小说中沉浸阅读|Source:/u);
  });

  it("reads another collector's page whose writer stands over the account (`道玄安全` twice, then `道玄网安驿站`)", () => {
    // Search-index file 66555732653, its head verbatim (the same feed collector's page of another account).
    const page = [
      "---",
      "title: APP脱壳机制作体验",
      "url: https://mp.weixin.qq.com/s/HyYKqUk8PYcdH1x6sQW2ww",
      "source: Doonsec's feed",
      "date: 2026-07-03",
      "fetch_date: 2026-07-04T05:38:44.585582",
      "---",
      "",
      "# APP脱壳机制作体验",
      "",
      "![cover_image](https://mmbiz.qpic.cn/sz_mmbiz_jpg/nkIjNNuAP7OBZrIjqQxibY5mSfaV56511RTgGBR64yhz76y7V3Bp922BOlcDOJT0aYb1M8L7KmECv8dibQ9Gk6NzLoBgv1OmOGuo67pWQetO8/0?wx_fmt=jpeg)",
      "",
      "# APP脱壳机制作体验",
      "",
      "原创",
      "",
      "道玄安全",
      "道玄安全",
      "",
      "道玄网安驿站",
      "",
      "![]()",
      "",
      "在小说阅读器读本章",
      "",
      "去阅读",
      "",
      "![]()",
      "",
      "在小说阅读器中沉浸阅读",
      "",
      "PS：有内网web自动化需求可以B站私信，公众号私信回复不及时",
      "",
      "最近一直苦恼于脱壳，浏览了很多脱壳的方案，看到了肉丝大佬的fart脱壳机的方案，决定尝试制作一台FART脱壳机练练手",
      "",
    ].join("\n");
    const article = parse(page, { filename: "doonsec__app-unpacker.md" });
    expect([article.source?.name, article.author, article.publishedAt]).toEqual([
      "道玄网安驿站",
      "道玄安全",
      "2026-07-03T00:00:00+08:00",
    ]);
    expect(article.text).toBe(
      "PS：有内网web自动化需求可以B站私信，公众号私信回复不及时\n\n最近一直苦恼于脱壳，浏览了很多脱壳的方案，看到了肉丝大佬的fart脱壳机的方案，决定尝试制作一台FART脱壳机练练手",
    );
  });

  it("reads html2text's one-line byline, the account the page's `javascript:void(0)` link", () => {
    // Search-index file 28488457360 (a WeChat article converted with its links kept; the index named no repository):
    // its head verbatim, then its first paragraph.
    const page = [
      "#  基于DoH的无特征shellcode加载器实现",
      "",
      "原创 hunter  [ 认知独省 ](javascript:void\\(0\\);)",
      "",
      "在小说阅读器中沉浸阅读",
      "",
      "在红队项目密集或同时进攻多个目标的场景下，钓鱼马批量发出去后很容易有样本被360上传，那么同一批马就会迅速在其他项目中就无法使用，被落地杀。",
      "",
    ].join("\n");
    const article = parse(page, { filename: "doh-loader.md" });
    expect([article.title, article.source?.name, article.author]).toEqual([
      "基于DoH的无特征shellcode加载器实现",
      "认知独省",
      "hunter",
    ]);
    expect(article.text).toBe(
      "在红队项目密集或同时进攻多个目标的场景下，钓鱼马批量发出去后很容易有样本被360上传，那么同一批马就会迅速在其他项目中就无法使用，被落地杀。",
    );
  });

  it("drops the page's follow prompt over the story, bulleted and with its arrow after the call", () => {
    const file = "wechat-feed-md/doonsec-feed__2026-02-11-qianxin-cert-qvd-2026-7687.md";
    const article = parse(read(file), { filename: file });
    expect(article.source?.name).toBe("奇安信CERT");
    expect(article.text).not.toMatch(/点击↑蓝字|在小说阅读器|微信扫一扫|轻点两下取消赞/u);
    expect(article.text).toContain("2026年02月11日，奇安信 CERT发布安全风险通告。");
  });
});
