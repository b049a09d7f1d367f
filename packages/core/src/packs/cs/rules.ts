import type { RulePackJson } from "../json.js";

/**
 * 中国证券报·中证网 (cs.com.cn) article pages, the 2020 template: `article.cont_article` holds a breadcrumb, the
 * headline and a stamp line (`<em>` writer, `<em>` outlet, `<time>`) in its `<header>`, the story in a `<section>`,
 * the site's copyright statement and a related-story list. Written from the page in `provenance`.
 */
export const rules: RulePackJson = {
  name: "cs",
  match: { bodyIncludes: ["cs.com.cn"] },
  // The breadcrumb and the stamp line (read into fields first): a scraper that keeps the page's `<article>` hands them
  // over with the story, and the breadcrumb then reads as the headline. (On the whole page the generic reader finds
  // the story, headline and stamp line itself.)
  removeSelectors: [".artc_route", ".artc_info"],
  fields: {
    publishedAt: { selector: ".artc_info time" },
    // The stamp's `<em>`s: the writer, then the outlet (`中国证券报·中证网`), told by its 报, 网 or 社.
    source: { selector: ".artc_info em", pattern: "^\\S{1,12}[报网社]\\S{0,12}$" },
  },
};

/** What the pack is for: the document's `description`, kept apart from `rules` as `provenance` is. */
export const description =
  "中国证券报·中证网 pages: the stamp line's minute and outlet, the breadcrumb a copy of the page's <article> keeps.";

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
