import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { clippingHtmlStories, clippingTextStories } from "../src/readers/clipping-exports.js";
import { RecordMapper } from "../src/readers/record.js";
import { DEFAULT_SETTINGS } from "../src/settings.js";

// A Wisers WiseNews HTML export (`<title>WiseNews</title>`), as a Wisers-export parser's JavaScript test keeps it
// (`var htmlText = \`…\``, search-index file 23652577491): the export's head through its document count and rule, then
// stories 6 and 7 of 7 through the export's footer, verbatim, but for story 7's closing disclaimer cut after its first
// sentence. The same export is datasets/fresh-79's (file 23193114876), cut there to one story a file.
const EXPORT = readFileSync(
  join(import.meta.dirname, "fixtures/clipping-html/wisenews-two-stories.html"),
  "utf8",
);

const none = { generators: [], content: [], feeds: [] };
const mapper = () => new RecordMapper(none, null, DEFAULT_SETTINGS);

describe("a clipping service's HTML export (Wisers WiseNews)", () => {
  it("gives one Article per story: the header's outlet (its English name mapped) and day, the bold headline, the text to the id line", () => {
    const results = [...parseAllSync(EXPORT, { filename: "wisenews.html" })];
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const [first, second] = results.map((result) => (result.ok ? result.article : null));
    expect(first).toMatchObject({
      ref: "story 1",
      title: "新盤周末谷貨尾沽75伙",
      publishedAt: "2019-04-15T00:00:00+08:00",
      source: { name: "信報" },
    });
    expect(first!.text.startsWith("新盤過去周末未有大規模推售，發展商主力銷售貨尾單位，")).toBe(true);
    expect(first!.text).toContain("\n\n深水灣徑8號周四再推一伙招標\n\n");
    expect(second).toMatchObject({
      ref: "story 2",
      title: "滬深股通成交創新高",
      publishedAt: "2019-04-15T00:00:00+08:00",
    });
    expect(second!.text.startsWith("港交所(388)上周於社交平台宣布，")).toBe(true);
    expect(
      second!.text.endsWith("作者為法國巴黎銀行上市衍生產品部執行董事、金管局持牌人，以上純為個人意見。"),
    ).toBe(true);
    for (const article of [first!, second!])
      for (const furniture of [
        "DOCUMENT ID",
        "Wisers",
        "Keyword Matched",
        "Word Count",
        "BACK TO MAIN MENU",
        "General Property",
      ])
        expect(article.text).not.toContain(furniture);
  });

  it("reads one story's export as that story, and says of a page of many that parseAll gives one each", () => {
    const cut = EXPORT.indexOf('<a name="body.201904150216940.7">');
    const footer = EXPORT.indexOf('<hr height="1" width="100%">\n<font size="1">');
    const one = parse(EXPORT.slice(0, cut) + EXPORT.slice(footer), { filename: "wisenews.html" });
    expect(one).toMatchObject({ title: "新盤周末谷貨尾沽75伙", source: { name: "信報" }, ref: null });
    expect(one.warnings.map((w) => w.code)).not.toContain("many-documents");
    const many = parse(EXPORT, { filename: "wisenews.html" });
    expect(many.warnings.map((w) => w.code)).toContain("many-documents");
  });

  it("leaves out a block with no id line (an export cut inside a story) and reads none when no block is a story", () => {
    const cut = EXPORT.slice(0, EXPORT.indexOf("DOCUMENT ID: 201904150216940"));
    const read = clippingHtmlStories(cut, mapper)?.map((item) =>
      "document" in item ? [item.document.ref, item.document.data.title, item.document.id] : null,
    );
    expect(read).toEqual([["story 1", "新盤周末谷貨尾沽75伙", "201904150283165"]]);
    // The anchors alone, without the header tables, are no export: the page is read as a page.
    const anchorsOnly = '<p>正文。</p><a name="body.1.1"></a><table><tr><td>DOCUMENT ID: 1</td></tr></table>';
    expect(clippingHtmlStories(anchorsOnly, mapper)).toBeNull();
  });

  it("reads no story in prose, Markdown or a page without the export's anchors", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "<p>",
            "</p>",
            "<table>",
            "</table>",
            "<b>",
            "|",
            " 2019-04-15",
            "DOCUMENT ID: 12",
            "正文。",
            "# 标题\n",
            "1 .Ta Kung Pao",
            "\n",
          ),
          {
            maxLength: 40,
          },
        ),
        (parts) => clippingHtmlStories(parts.join(""), mapper) === null,
      ),
      { numRuns: 500 },
    );
  });
});

// The same service's plain-text export, as the same parser's test keeps it (`var txtText = \`…\``, search-index file
// 23193114876; datasets/fresh-79/wisers-clipping-text): the head, stories 3 and 5 of 5 with their paragraphs cut to the
// first and the signature, and the footer; the four-space indents and the blank-line runs shortened to one line.
const TEXT_EXPORT = [
  "    文章总数: 5 篇",
  "    ===========================================================================",
  "    3. 澳门日报 -  (巩固旅游业稳住经济基调) 2019-06-04 经济 A10 一家之言 春耕",
  "",
  "    -----------------------------------------------------------------------------",
  "",
  "    官方事先预告的GDP中止了升势，为外界做好管理预期。昨日公布数据一如早前所披露，主要因整体需求疲弱，尤以固定资产投资跌逾三成，直接拖低经济表现；且中美贸易战阴霾影响，服务出口现轻微收缩，基本在预期范围。",
  "",
  "    春  耕",
  "",
  "    文章编号: [201906040255762]",
  "    -----------------------------------------------------------------------------",
  "    本内容经慧科的电子服务提供。以上内容、商标和标记属慧科、相关机构或版权拥有人所有，并保留一切权利。使用者提供的任何内容由使用者自行负责，慧科不会对该等内容、版权许可或由此引起的任何损害 / 损失承担责任。",
  "",
  "    5. 香港商报 -  (经济挑战重重谨防楼市风险) 2019-06-04 商报头条 A01 社评 赵燕玲",
  "",
  "    -----------------------------------------------------------------------------",
  "",
  "    受累于中美贸易战及外围市场动荡，香港经济已面临很大下行压力，GDP 增速大幅放缓，惟本港楼市在整体经济环境都较疲弱之时却反而「升得劲」，自今年1 月至4 月香港楼价已连升4 个月，4 月整体楼价较去年底已反弹9%。",
  "",
  "    香港商报评论员赵燕玲",
  "",
  "    文章编号: [201906040183327]",
  "    -----------------------------------------------------------------------------",
  "    本内容经慧科的电子服务提供。以上内容、商标和标记属慧科、相关机构或版权拥有人所有，并保留一切权利。使用者提供的任何内容由使用者自行负责，慧科不会对该等内容、版权许可或由此引起的任何损害 / 损失承担责任。",
  "",
  "    =============================================================================",
  "    慧科讯业有限公司 查询请电: (852) 2948 3888 电邮速递: sales@wisers.com 网址: http://www.wisers.com",
  "    慧科讯业有限公司（2019）。版权所有，翻印必究。",
  "",
].join("\n");

describe("a clipping service's plain-text export of many stories (Wisers WiseNews)", () => {
  it("gives one Article per story, each read as a file of that story: header, text to the id line", () => {
    const results = [...parseAllSync(TEXT_EXPORT, { filename: "wisenews.txt" })];
    const articles = results.map((result) => (result.ok ? result.article : null));
    expect(
      articles.map((article) => [article?.ref, article?.title, article?.source?.name, article?.publishedAt]),
    ).toEqual([
      ["story 1", "巩固旅游业稳住经济基调", "澳门日报", "2019-06-04T00:00:00+08:00"],
      ["story 2", "经济挑战重重谨防楼市风险", "香港商报", "2019-06-04T00:00:00+08:00"],
    ]);
    expect(articles[0]!.text.startsWith("官方事先预告的GDP中止了升势")).toBe(true);
    expect(articles[1]!.text.endsWith("香港商报评论员赵燕玲")).toBe(true);
    for (const article of articles)
      for (const furniture of ["文章编号", "慧科", "wisers", "文章总数", "3. 澳门日报", "5. 香港商报"])
        expect(article!.text).not.toContain(furniture);
  });

  it("reads an export of one story as that story's file, and says of an export of many that parseAll gives one each", () => {
    const cut = TEXT_EXPORT.indexOf("    5. 香港商报");
    expect(clippingTextStories(TEXT_EXPORT.slice(0, cut), undefined)).toBeNull();
    const many = parse(TEXT_EXPORT);
    expect(many.title).toBe("巩固旅游业稳住经济基调");
    expect(many.warnings.map((w) => w.code)).toContain("many-documents");
  });

  it("reads no stories unless the export's count line opens the text", () => {
    const headless = TEXT_EXPORT.split("\n").slice(2).join("\n");
    expect(clippingTextStories(headless, undefined)).toBeNull();
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "正文。",
            "# 标题",
            "1. 大公报 - (标题) 2019-06-04",
            "文章编号: [1]",
            "",
            "- 列表",
            "文章总数 5",
          ),
          {
            maxLength: 30,
          },
        ),
        (lines) => clippingTextStories(lines.join("\n"), undefined) === null,
      ),
      { numRuns: 500 },
    );
  });
});
