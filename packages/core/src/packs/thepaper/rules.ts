import type { RulePackJson } from "../json.js";

/**
 * 澎湃新闻 (thepaper.cn) article pages. The story sits in `div.news_txt`; a 澎湃号 page (an
 * account's self-published story) names the account beside the headline, and that account — not
 * 澎湃新闻, which only carried it — is the source. Written from the page in `provenance`.
 */
export const rules: RulePackJson = {
  name: "thepaper",
  match: { bodyIncludes: ["thepaper.cn"] },
  content: ["div.news_txt"],
  removeSelectors: [".news_editor", ".disclaimer", ".news_love"],
  fields: {
    title: { selector: "h1.news_title" },
    source: { selector: ".news_paike_author .name" },
  },
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "澎湃新闻 pages: the story's element, the 澎湃号 account as source, the platform's notices.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "GeneralNewsExtractor/GeneralNewsExtractor",
    path: "tests/thepaper/4.html",
    commit: "cff0fdab051aab0b6a26b294360e0cc66bcc6fa6",
    note: "the fixture (an excerpt: head, navigation and sidebars shortened; also datasets/dev/tune/html-page)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
