import type { RulePackJson } from "../json.js";

/**
 * 新浪财经 article HTML (finance.sina.com.cn), as feed readers mirror it: after the story, a
 * brokerage-account widget with a stock-tip call to action and the app's QR promotion; the stock
 * names in the text are quote-link spans; the editor closes the page with a staff code. Written from
 * the pages in `provenance`; this is the pack as JSON, the format `caixun learn` writes and
 * `withRules` adds to the packs `parse` reads.
 */
export const rules: RulePackJson = {
  name: "sina-finance",
  match: { bodyIncludes: ["finance.sina.com.cn", "n.sinaimg.cn/finance", "新浪财经APP"] },
  removeSelectors: [".appendQr_wrap", ".app-kaihu-qr", 'span[id^="quote_"]'],
  dropLines: ["海量资讯、精准解读，尽在新浪财经APP"],
  // The app sign-off closes every story 新浪财经 carries; 市场资讯 is the byline it gives copy it takes from others
  // (`来源：格隆汇` under it).
  carrier: { name: "新浪财经", marks: ["尽在新浪财经APP"], bylines: ["市场资讯"] },
  // The topic page a story is filed under, linked over it (`专题：聚焦美股2023年第四季度财报`).
  dropBlocks: ["股民福利来了！.{0,60}点击查看>>", "专题[:：][^。！？]{1,40}"],
  fields: { editor: { selector: "p.article-editor", pattern: "责任编辑[:：]\\s*(\\S+)" } },
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description = "新浪财经 article pages: app promotion, account-opening widget, editor line.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "Rock-Candy-Tea/RSSHUB-PAGE",
    path: 'source/_posts/金融/新浪财经/新浪财经－国內/"券茅"业绩一枝独秀！东方财富证券净利逆市大增37%，经纪、两融、自营超预期.md',
    commit: "a49516f35de61f1169ec971e37e25d128c149ef5",
    note: "the fixture; the same widgets close the other 新浪财经 items of datasets/dev (hexo-rsshub/sina__*)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
