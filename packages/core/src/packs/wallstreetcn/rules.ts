import type { RulePackJson } from "../json.js";

/**
 * 华尔街见闻 (wallstreetcn.com) stories as its RSS carries them: images on awtmt.com, an app promo
 * closing every story (`本文来自华尔街见闻，欢迎下载APP查看更多`, dropped by the generic rules too),
 * and, on a story it reposts, a credit line naming the writer, the outlet and the original title
 * (`本文作者：李金磊，来源：中国新闻网，原文标题《…》`), read by the credit grammar: the outlet is the
 * source and 华尔街见闻 goes to `via`. Written from the item in `provenance`.
 */
export const rules: RulePackJson = {
  name: "wallstreetcn",
  match: { bodyIncludes: ["awtmt.com", "本文来自华尔街见闻"] },
  dropBlocks: ["本文来自华尔街见闻[，,]\\s*欢迎下载APP查看更多"],
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "华尔街见闻 stories: its app promo, its own name as the channel a repost travelled through.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "qipeijun/FinancialReport",
    path: "docs/archive/2025-09/2025-09-29/news_content/华尔街见闻_3.txt",
    commit: "a7ff3604e9888377f88599e31874e4c3b64bd021",
    note: "the fixture (an excerpt; also datasets/fresh/rss-text)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
