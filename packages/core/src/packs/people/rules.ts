import type { RulePackJson } from "../json.js";

/**
 * 人民网 (people.com.cn) article pages: the story in `#rwb_zw`, the channel's source link under the
 * headline (`人民网-文化频道`: the outlet is 人民网), the page-number bar under the story and the
 * editors' line. Written from the page in `provenance`.
 */
export const rules: RulePackJson = {
  name: "people",
  match: { bodyIncludes: ["people.com.cn"] },
  content: ["#rwb_zw", "div.box_con"],
  removeSelectors: [".zdfy"],
  fields: {
    title: { selector: ".text_title h1" },
    source: { selector: ".box01 .fl a", pattern: "^([^-—－]+)" },
  },
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description = "人民网 pages: the story's element, headline and source, the page-number bar.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "GeneralNewsExtractor/GeneralNewsExtractor",
    path: "tests/people/1.html",
    commit: "90d282c821786a00ec3b00a89542d6af3e2dd7e6",
    note: "the fixture (an excerpt; also datasets/dev/tune/html-page)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
