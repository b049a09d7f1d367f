import type { RulePackJson } from "../json.js";

/**
 * 每经网 (nbd.com.cn) article pages, the 2013 template: the story in `#articleContent`, the headline in
 * `h1.articleTitle` over a stamp line (the site's address, the minute, `来源: 每日经济新闻`), the digest
 * (`核心提示：`) apart above the story, and the column line (`归类于:`, `责任编辑:`) under it. The page also
 * closes `<body>` after a hidden sign-in box, before the article (the page reader reads what follows as the
 * body's, as browsers do). Written from the pages in `provenance`.
 */
export const rules: RulePackJson = {
  name: "nbd",
  match: { bodyIncludes: ["nbd.com.cn"] },
  content: ["#articleContent"],
  // The favourites banner, breadcrumb, print and font-size tools and related stories; the stamp and column lines
  // once their fields are read: a page whose story the generic reader cannot find is read whole without them.
  removeSelectors: [
    "#favoriteTip",
    ".subNavi",
    "#articleTools",
    "p.articleTime",
    "#articleInfo",
    "#relatedArticlesWrapper",
  ],
  fields: {
    publishedAt: { selector: "p.articleTime span" },
    source: { selector: "p.articleTime", pattern: "来源[:：]\\s*(\\S{2,20})" },
    editor: { selector: "#articleInfo", pattern: "责任编辑[:：]\\s*(\\S{2,20})" },
  },
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "每经网 pages: the story's element, the stamp line, the editor, the banner, breadcrumb, tools and related stories.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "jack-sun/MyNBD",
    path: "public/page_caches/www/articles/2013-03-07/720653.html",
    commit: "f601e6b8744956ff4e67680be6c7d642f01e9373",
    note: "the fixture (an excerpt): a page the site's own code cached, 2013-03-07",
  },
  {
    repo: "jack-sun/MyNBD",
    path: "public/page_caches/www/articles/2013-06-08/721843.html",
    commit: "f601e6b8744956ff4e67680be6c7d642f01e9373",
    note: "fixture.editor.html (an excerpt): the same template a release later, with the editor line (the story is the site's own test copy)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
