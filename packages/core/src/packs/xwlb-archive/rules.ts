import type { RulePackJson } from "../json.js";

/**
 * A site that republishes each day's 新闻联播 as a page of its own (a Hugo site's `daily` and `transcript` layouts): the
 * broadcast's items as `### [视频]<headline>` sections, each a `央视网消息（新闻联播）：` transcript. Around them the site
 * sets its own furniture, which is no text of the broadcast: the day's counts (`daystat`: `12条新闻`, `6条经济相关`), each
 * item's chips, intensity badge and key figure (`art-meta`: `强度 · 大力`, `关键数据`), the link to the day's transcript
 * page (`📖 完整文字稿 · 原文存档`) and the transcript page's note of how many items it keeps (`…全部 17 条文字稿，原文完整
 * 保留。`). With the item's furniture gone its heading stands over its transcript again, so the items' credits name
 * the outlet (`sectionsOutlet`). Written from the pages in `provenance`.
 */
export const rules: RulePackJson = {
  name: "xwlb-archive",
  match: { bodyIncludes: ["央视网消息（新闻联播）"] },
  removeSelectors: [".daystat", ".art-meta"],
  dropBlocks: [
    "^📖?\\s*完整文字稿\\s*·\\s*原文存档$",
    "^《新闻联播》\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*全部\\s*\\d+\\s*条文字稿，原文完整保留。$",
  ],
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "新闻联播 archive pages: the site's counts, chips, badges and archive notes left out of the broadcast's text.";

/** The pages the rules were written from: the document's `provenance`. */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "Ming-H/xwlb-daily",
    path: "site/content/daily/2026-06-20.md",
    commit: "86fd446373be6462cba222bc40d756ff311b46dc",
    note: "the fixture (an excerpt: the head, two of the AI commentary's blocks, the stamp and two of 15 items)",
  },
  {
    repo: "Ming-H/xwlb-daily",
    path: "site/content/daily/2026-06-19.md",
    commit: "899b98d65abe2b39e421271c68635de70803cf64",
    note: "the daily layout (datasets/fresh-85/hugo-broadcast-page)",
  },
  {
    repo: "Ming-H/xwlb-daily",
    path: "site/content/transcript/2026-06-18.md",
    commit: "c8a04a35fdd79c2301244b726c0f0b8129c53dda",
    note: "the transcript layout's lead note (datasets/fresh-85/hugo-broadcast-page)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
