// Bodies kept where a site's tooling put them, on excerpts of the real files of datasets/fresh-76 (provenance in its
// SOURCES.tsv): a MySQL-Front dump of a ThinkCMF 5 site (search-index file 36396191024: `#` comments, `cmf_portal_post`
// with `post_title`, an epoch `published_time`, a body escaped once or pasted as escaped source), a Swift community's
// Markdown digest (SwiftCommunityRes/SwiftWeekly, SwiftWeekly/SwiftWeekly_94.md, commit
// fcbe44e435e4395a7d25b7c7ebf8a6b00686fac2: an italic `*day｜来源：X*` line), a JavaScript mock module (search-index file
// 16460883516: `headTit`, a labelled `headTime`, a backtick template body, `(责任编辑：admin)`), an iOS client's Swift
// source (search-index file 23228054952: a commented-out `return "<div …>"`) and an EmpireCMS page kept in a Go test
// (search-index file 31089681379: a credit over a bracketed repost notice).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectInput, parse } from "../src/index.js";
import { codeRecords } from "../src/readers/code-records.js";
import { holdsHan } from "../src/readers/field-roles.js";
import { literalAt } from "../src/readers/python-literal.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";
import { REPO } from "./helpers.js";

/** Stories of a line's length, so that an excerpt's short literals are read as stories are. */
const SHORT_STORIES = { ...DEFAULT_SETTINGS, storyMinHan: 10 };

const THINKCMF_DDL = `#
# Structure for table "cmf_portal_post"
#

DROP TABLE IF EXISTS \`cmf_portal_post\`;
CREATE TABLE \`cmf_portal_post\` (
  \`id\` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  \`post_type\` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '类型,1:文章;2:页面',
  \`post_status\` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态;1:已发布;0:未发布;',
  \`post_hits\` bigint(20) unsigned NOT NULL DEFAULT '0' COMMENT '查看数',
  \`create_time\` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '创建时间',
  \`update_time\` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '更新时间',
  \`published_time\` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '发布时间',
  \`delete_time\` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '删除时间',
  \`post_title\` varchar(100) NOT NULL DEFAULT '' COMMENT 'post标题',
  \`post_keywords\` varchar(150) NOT NULL DEFAULT '' COMMENT 'seo keywords',
  \`post_excerpt\` varchar(500) NOT NULL DEFAULT '' COMMENT 'post摘要',
  \`post_source\` varchar(150) NOT NULL DEFAULT '' COMMENT '转载文章的来源',
  \`thumbnail\` varchar(100) NOT NULL DEFAULT '' COMMENT '缩略图',
  \`post_content\` text COMMENT '文章内容',
  \`post_content_filtered\` text COMMENT '处理过的文章内容',
  \`more\` text COMMENT '扩展属性,如缩略图;格式为json',
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4 ROW_FORMAT=COMPACT COMMENT='portal应用 文章表';

#
# Data for table "cmf_portal_post"
#

`;

/** One row of the dump under the DDL above, its content as written in the file. */
function thinkCmfRow(times: string, title: string, content: string): string {
  return `${THINKCMF_DDL}INSERT INTO \`cmf_portal_post\` VALUES (3,1,1,13,${times},'${title}','','','财经综合','','${content}',NULL,'{\\"audio\\":\\"\\"}');\n`;
}

describe("a MySQL-Front dump of a blog CMS's post table", () => {
  it("is a SQL dump by its `#` head, which a Markdown heading is not", () => {
    expect(detectInput(thinkCmfRow("1589018376,1589018506,1589020168,0", "标题", "正文"))).toBe("sql");
    expect(
      detectInput(
        "# Host: localhost  (Version: 5.5.53)\n# Date: 2020-02-28 08:38:37\n# Generator: MySQL-Front 5.3  (Build 4.234)\n\n/*!40101 SET NAMES utf8 */;\n",
      ),
    ).toBe("sql");
    expect(detectInput("# 数据表结构\n\n建表时先写 CREATE TABLE：\n\nCREATE TABLE t (id int);\n")).not.toBe(
      "sql",
    );
  });

  it("reads `post_title`, the epoch `published_time` and `post_content` escaped once, its 来源 paragraph the source", () => {
    const article = parse(
      thinkCmfRow(
        "1589018376,1589018506,1589020168,0",
        "一季度地方财政报告：28省收入负增长 仅西藏正增长",
        "&lt;article&gt;&lt;p&gt;原标题：一季度地方财政报告&lt;/p&gt;\\n&lt;p&gt;来源：21世纪经济报道&lt;/p&gt;\\n&lt;p&gt;截至5月8日，从官方披露数据来看，一季度有28个省份财政收入负增长，目前仅西藏正增长，河北、新疆尚未披露具体财政数据。&lt;/p&gt;\\n",
      ),
    );
    expect([article.title, article.publishedAt, article.source?.name, article.text]).toEqual([
      "一季度地方财政报告：28省收入负增长 仅西藏正增长",
      "2020-05-09T18:29:28+08:00",
      "21世纪经济报道",
      "截至5月8日，从官方披露数据来看，一季度有28个省份财政收入负增长，目前仅西藏正增长，河北、新疆尚未披露具体财政数据。",
    ]);
  });

  it("reads a page's source pasted as text (escaped twice) as the page, and drops the firm's labelled disclaimer", () => {
    const article = parse(
      thinkCmfRow(
        "1589016927,1589016982,1589019378,1589019445",
        "赛岳恒：1150亿！工行农行10%股权划转社保 对养老及股市有何影响",
        "\\n&lt;p&gt;&amp;lt;div class=&quot;news-article&quot;&amp;gt;&lt;/p&gt;\\n&lt;p&gt;            &amp;lt;div class=&quot;article-body&quot;&amp;gt;&lt;/p&gt;\\n&lt;p&gt;                &amp;lt;p&amp;gt;国资划转社保基金进入全速推进阶段。&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;赛岳恒官网声明：资讯仅代表作者个人观点。不保证该信息（包括但不限于文字，数据及图标）全部或者部分内容的准确性，真实性，完整性，有效性，及时性，原创性等，若有侵权，请第一时间告知删除。仅供投资者参考，并不构成投资建议。投资者据此操作，风险自担。&amp;lt;/p&amp;gt;&lt;/p&gt;\\n&lt;p&gt;&amp;lt;/div&amp;gt;&lt;/p&gt;\\n",
      ),
    );
    expect([article.title, article.text]).toEqual([
      "赛岳恒：1150亿！工行农行10%股权划转社保 对养老及股市有何影响",
      "国资划转社保基金进入全速推进阶段。",
    ]);
  });
});

describe("a digest story's italic day and credit line", () => {
  it("dates the story, credits its outlet, and is no text", () => {
    const article = parse(
      "### 苹果计划将 Siri 重塑为内置聊天机器人\n\n*2026 年 1 月 22 日｜来源：每日经济新闻*\n\n据外媒报道，苹果公司计划在今年晚些时候对 Siri 进行重大改造，将其升级为该公司的**首个 AI 聊天机器人**，从而与 OpenAI 和谷歌为主导的生成式 AI 竞争。\n",
      { filename: "swiftweekly__94-siri-chatbot-rebuild.md" },
    );
    expect([article.title, article.publishedAt, article.source?.name, article.text]).toEqual([
      "苹果计划将 Siri 重塑为内置聊天机器人",
      "2026-01-22T00:00:00+08:00",
      "每日经济新闻",
      "据外媒报道，苹果公司计划在今年晚些时候对 Siri 进行重大改造，将其升级为该公司的首个 AI 聊天机器人，从而与 OpenAI 和谷歌为主导的生成式 AI 竞争。",
    ]);
  });
});

describe("a JavaScript mock's record holding a pasted page", () => {
  it("reads a template literal over lines without substitutions as its text; one with them, or on one line, is code", () => {
    expect(literalAt("{ content: `<p>\n正文</p>` }", 0).value).toEqual({ content: "<p>\n正文</p>" });
    // A substitution, `$` then `{body}`.
    expect(literalAt("{ content: `<p>\n$" + "{body}</p>` }", 0).value).toBeUndefined();
    expect(literalAt("{ content: `<p>正文</p>` }", 0).value).toBeUndefined();
  });

  it("reads `headTit`, a labelled `headTime` and `detail.content`; a CMS's `admin` is no editor", () => {
    const text = `                                {
                                    id: 1,
                                    str: 'news',
                                    tagId: 'companyNews',
                                    picUrl: 'static/left.png',
                                    headTit: '在非洲卖手机：山寨退出品牌吃香',
                                    headTime: '日期：2013-08-21 14:09:53',
                                    intro: '在一些人奋力扎根北上广时，一些人却将视野投向了遥远的非洲。...',
                                    detail: {
                                        content: 
                                        \`<p>
                                            <p>&emsp;&emsp;在一些人奋力扎根北上广时，一些人却将视野投向了遥远的非洲。</p>
                                            <p>&nbsp;资料来源：第一财经日报</p>
                                            <p>(责任编辑：admin)</p>
                                        </p>\`
                                    }
                                },
`;
    const article = parse(text, { filename: "news-cat-list.js" });
    expect([article.title, article.publishedAt, article.source?.name, article.editor, article.text]).toEqual([
      "在非洲卖手机：山寨退出品牌吃香",
      "2013-08-21T14:09:53+08:00",
      "第一财经日报",
      null,
      "在一些人奋力扎根北上广时，一些人却将视野投向了遥远的非洲。",
    ]);
  });
});

describe("a story kept as a commented-out return in an app's source", () => {
  it("reads the commented-out literal as the story when the code holds none", () => {
    const file = "app-source-html-string/home-view-controller__get-news-content-broker-views.swift";
    const article = parse(readFileSync(join(REPO, "datasets/fresh-76", file), "utf8"), { filename: file });
    expect([
      article.title,
      article.source?.name,
      article.securities.map((s) => `${s.code}.${s.market}`).sort(),
      article.warnings.map((w) => w.code),
    ]).toEqual([
      "沪指本周累计涨0.13%，深证成指跌0.58%，创业板指跌1.25%",
      "第一财经",
      ["002670.SZ", "300024.SZ", "600030.SH", "601059.SH", "601788.SH", "601881.SH"],
      ["title-derived", "no-date"],
    ]);
    expect(
      article.text.startsWith(
        "沪指本周累计涨0.13%，深证成指跌0.58%，创业板指跌1.25%。A股后市怎么走？看看机构怎么说：\n\n①中信证券：开年后市场震荡向上的概率更高",
      ),
    ).toBe(true);
    expect(article.text.endsWith("后续需关注政策落地力度及消费数据改善情况。")).toBe(true);
  });

  it("keeps comments out when the code holds a story of its own", () => {
    const code = `let story = "这是代码中的正文，一段足够长的中文故事文本，写在字符串里。"\n// let old = "这是注释掉的旧正文，也是一段足够长的中文故事文本。"\n`;
    expect(codeRecords(code, SHORT_STORIES).records).toEqual([
      { content: "这是代码中的正文，一段足够长的中文故事文本，写在字符串里。" },
    ]);
  });

  it("reads each commented-out literal of a line's text as it is written, a story when it holds enough Han", () => {
    // The domain: a literal's text on one line, without a quote or a backslash (each would end or escape it).
    const lineText = fc
      .oneof(
        fc.string({ unit: "grapheme" }),
        fc.string({ unit: fc.constantFrom("沪", "指", "涨", "，", "。", " ") }),
      )
      .filter((line) => !/["\\\n\r]/.test(line));
    fc.assert(
      fc.property(fc.array(lineText, { maxLength: 6 }), (lines) => {
        const text = lines.map((line) => `//    return "${line}"`).join("\n");
        expect(codeRecords(text, SHORT_STORIES).records).toEqual(
          lines.filter((line) => holdsHan(line, SHORT_STORIES.storyMinHan)).map((content) => ({ content })),
        );
      }),
    );
  });
});

describe("a credit over a repost notice that ends the page's story", () => {
  it("cuts the bracketed notice and its tag box, and reads the credit over it", () => {
    const page = `<html><head><title>“水氢发动机”下  地方招商引资痛点何在_中国科技网</title></head><body>
<div class="art_top"><h1>“水氢发动机”下  地方招商引资痛点何在</h1></div>
<div class="art_ext"> <span>时间：2019-06-01</span> <span>作者：佚名</span></div>
<div class="body">
<p>　　近日，南阳“水氢发动机”事件成为了社会关注的热点。招商引资是个技术活儿，并不是每个地方政府都会招商，也不是都能成功。</p>
<p>　　三要提高政府官员素质。充实一批科技人才到招商队伍中来，形成招商引资“智力”支撑。</p><p class="em_media">（文章来源：中国经营报）</p>
<br />【本文为网友上传或转载其它网站，文章版权归原作者及原出处所有。文章系作者个人观点，不代表本网站立场，转载请联系原作者及原出处获得授权。有任何疑问都请联系（125021638@qq.com）】		<div class="art_tag"> 相关标签 
<a href='/e/tags/?tagname=招商引资' target='_blank'>招商引资</a>		 </div>
</div></body></html>
`;
    const article = parse(page, { filename: "lztsh-36709.html" });
    expect([article.source?.name, article.publishedAt, article.author]).toEqual([
      "中国经营报",
      "2019-06-01T00:00:00+08:00",
      null,
    ]);
    expect(article.text.endsWith("形成招商引资“智力”支撑。")).toBe(true);
  });
});
