import type { RulePackJson } from "../json.js";

/**
 * 36氪 (36kr.com) stories as its RSS carries them: a `文｜A` / `编辑｜B` byline over the story,
 * captions in `p.img-desc`, and a closing image of the writer's WeChat QR code captioned `欢迎交流！`
 * — an invitation, not the story. Its images sit on 36krcdn.com. Written from the item in
 * `provenance`.
 */
export const rules: RulePackJson = {
  name: "36kr",
  match: { bodyIncludes: ["36krcdn.com"] },
  dropBlocks: ["欢迎交流[！!]?", "欢迎(?:添加|加)(?:作者|编辑)?微信[^。]{0,20}交流[！!。]?"],
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description = "36氪 stories: the QR-code invitation that closes a story.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "qipeijun/FinancialReport",
    path: "docs/archive/2025-09/2025-09-29/news_content/36氪_3.txt",
    commit: "5b3f96b6ead46db20c50d0a0b671f3059eaaef7d",
    note: "the fixture (an excerpt; also datasets/fresh/rss-text)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
