import type { RulePackJson } from "../json.js";

/**
 * 金十数据 (jin10.com) flashes as relays and apps copy them: the app's plugs glued to a flash's last sentence — the
 * invitation to its database's live board (`…后市情绪如何？欢迎前往“数据库-嘉盛市场晴雨表”查看并订阅（数据每10分钟更新1次）`)
 * and a push notification's closing marker, after the flash's link (`… https://news.jin10.com/detail/1
 * 来自金十数据APP重要推送`). Neither is the flash's words. Written from the records in `provenance`.
 */
export const rules: RulePackJson = {
  name: "jin10",
  match: { bodyIncludes: ["查看并订阅", "来自金十数据APP"] },
  cutFragments: [
    "欢迎前往“数据库-[^”\\n]{1,20}”查看并订阅(?:（数据每\\d{1,2}分钟更新\\d{1,2}次）)?$",
    "(?: https?://\\S{1,60})? 来自金十数据APP重要推送$",
  ],
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "金十数据 flashes: its app's database plug and push marker glued to a flash's end.";

/**
 * The records the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "cc5207597-hash/daily-stock-news",
    path: "history/日报_20260820.json",
    commit: "646b73b73f1a8816636dd01709b133a14c0e246c",
    note: "the fixture (analyzed[15], verbatim; also datasets/fresh-96/daily-report-json)",
  },
  {
    note: "the push marker: a Feishu relay's test messages of 金十's pushes (the search index's file 55826546346, its repository not named)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
