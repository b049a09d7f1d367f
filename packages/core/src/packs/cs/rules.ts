import type { RulePackJson } from "../json.js";

/**
 * 中国证券报·中证网 (cs.com.cn) article pages, the 2020 template: the story in the `<section>` of
 * `article.cont_article`, the headline in its `<header>` over a stamp line (`<em>` writer, `<em>` outlet,
 * `<time>`) and a share bar; under the story the site's copyright statement and a related-story list.
 * Written from the page in `provenance`.
 */
export const rules: RulePackJson = {
  name: "cs",
  match: { bodyIncludes: ["cs.com.cn"] },
  content: ["article.cont_article > section"],
  // The breadcrumb, the stamp line (read into fields first), the share bar and the related-story list: a scraper
  // that keeps the whole `<article>` hands them over with the story.
  removeSelectors: [".artc_route", ".artc_info", ".related_artlist"],
  fields: {
    title: { selector: ".cont_article h1" },
    publishedAt: { selector: ".artc_info time" },
    // The stamp's first `<em>` is the writer, the next the outlet: a writer is a name, not an outlet's (报, 网, 社).
    author: { selector: ".artc_info em", pattern: "^([^报网社·]{2,12})$" },
    source: { selector: ".artc_info em", pattern: "^(\\S{2,12}?[报网社](?:·\\S{2,12})?)$" },
  },
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "中国证券报·中证网 pages: the story's element, the headline, the stamp line, the breadcrumb and related stories.";

/**
 * The pages the rules were written from: the document's `provenance`, kept apart from `rules` so
 * that what the parser compiles (and a browser bundle carries) is the rules alone.
 */
export const provenance: NonNullable<RulePackJson["provenance"]> = [
  {
    repo: "arcsin4/spear",
    path: "core/crawler/crawl_cs.py",
    url: "http://www.cs.com.cn/sylm/jsbd/202012/t20201201_6116434.html",
    note: "the fixture (an excerpt): the article page saved in the crawler's trailing docstring, in the file's version of 44,343 characters (the index names no commit for it; later versions dropped the page)",
  },
];

/** The pack as a JSON document, description and provenance included: what `rules.schema.json` checks. */
export function rulesDocument(): RulePackJson {
  return { ...rules, description, provenance };
}
