import type { RulePackJson } from "../json.js";

/**
 * 证券时报网 (stcn.com) article pages: the story in `div.txt_con`, the headline in the title block,
 * a share bar and the paper's investment disclaimer under the story. Written from the page in
 * `provenance`.
 */
export const rules: RulePackJson = {
  name: "stcn",
  match: { bodyIncludes: ["stcn.com"] },
  content: ["div.txt_con", "#ctrlfscont"],
  removeSelectors: [".fenxiang", ".shenming"],
  fields: { title: { selector: ".intal_tit h2" } },
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "证券时报网 pages: the story's element, the headline, the share bar and disclaimer.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "GeneralNewsExtractor/GeneralNewsExtractor",
    path: "tests/stcn/1.html",
    commit: "c04f5ac46d19bbcc9a5762f6a90500fd36b3638f",
    note: "the fixture (an excerpt; also datasets/dev/tune/html-page)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
