import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { parseAllSync } from "../src/parse-all.js";
import { clippingHtmlStories } from "../src/readers/clipping-html.js";
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
