import type { RulePackJson } from "../json.js";

/**
 * 路透中文网 (cn.reuters.com) story bodies, as mirrors and RSS archives keep them: the story in
 * `div.StandardArticleBody_body`, the staff line (`发稿 A；审校 B`) in its attribution box, which the
 * credit grammar reads, and the "我们的标准：汤森路透“信任原则”" trust badge under it, which is page
 * furniture. Written from the pages in `provenance`. A feed item's body (the 2021 markup) names no
 * cn.reuters.com: its link does. Matched on the link first, the body's strings asked of the packs' one pass.
 */
export const rules: RulePackJson = {
  name: "reuters",
  match: {
    anyOf: [
      { fields: { link: { matches: "^https?://cn\\.reuters\\.com/" } } },
      { bodyIncludes: ["StandardArticleBody", "cn.reuters.com"] },
    ],
  },
  // The 2021 markup's byline box (`路透新闻部`, `2 分钟阅读`): its class names end in a build's hash.
  removeSelectors: [".StandardArticleBody_trustBadgeContainer", '[class*="ArticleBody-byline-container"]'],
  dropBlocks: ["^我们的标准[:：]\\s*汤森路透“信任原则”$"],
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description = "路透中文网 story bodies: the trust badge under the story is page furniture.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "bigcaibao/banned-news",
    path: "pages/chinaNews/idCNKCS1LO016.md",
    commit: "1d40d5808c75b56091efedd5aa3d701dc613c219",
    note: "the fixture, whole (also datasets/dev/tune/md-html-mirror)",
  },
  {
    repo: "bigcaibao/banned-news",
    path: "pages/chinaNews/idCNKCS1LN17I.md",
    commit: "1d40d5808c75b56091efedd5aa3d701dc613c219",
    note: "the same markup (datasets/dev/tune/md-html-mirror)",
  },
  {
    repo: "baooab/daily-news",
    path: "reuters.json",
    commit: "0c5f4d744c4a2436cc92abb05d68c7ed7c17dbb2",
    note: "the 2021 markup (ArticleBody-byline-container) as RSSHub's 路透中文网 channel carries it (datasets/fresh-59)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
