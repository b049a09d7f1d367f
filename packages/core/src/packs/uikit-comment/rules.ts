import type { RulePackJson } from "../json.js";

/**
 * A post laid out with UIkit's comment component (`article.uk-comment`: a `uk-comment-header` card of the poster's
 * avatar, name in `uk-comment-title`, a `uk-comment-meta` list — where the post came from, `来自雪球`, and when,
 * `发布于01-26 19:15` — and a follow button; the post in `uk-comment-body`), as community sites and their
 * look-alikes render one: the card is no text, its name is the post's author and its `来自` names the site. Written
 * from the page in `provenance`; this is the pack as JSON, the format `caixun learn` writes.
 */
export const rules: RulePackJson = {
  name: "uikit-comment",
  match: { bodyIncludes: ["uk-comment-header"] },
  removeSelectors: [".uk-comment-header"],
  fields: {
    author: { selector: ".uk-comment-header .uk-comment-title" },
    source: { selector: ".uk-comment-header .uk-comment-meta li", pattern: "^来自\\s*(\\S{2,20})$" },
  },
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "UIkit comment cards: a post's poster, its 来自 site, the card left out of the text.";

/** The page the rules were written from: the document's `provenance`. */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "newxiaoming/xueqiu",
    path: "application/views/home/content.php",
    commit: "29d8ecceb50150bd646f49dfdf644e1f0002562e",
    note: "the fixture (whole file; datasets/fresh-54/php-view-template): a 雪球 look-alike's CodeIgniter view",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
