/**
 * Which Markdown a body is written in, as its generator reads it: the one place that decides (`kramdownMarkdown` in
 * the settings forces either). `commonmark` is core's reader as markdown-it reads (`render.ts`); `kramdown` is
 * Jekyll's (and GitHub Pages') converter, whose reading of HTML differs (`kramdown.ts`). A body is kramdown's on
 * evidence that Jekyll built it:
 *
 * - a generator pack that names the file a Jekyll mirror's (`finews-jekyll`);
 * - a file under `_posts/` named `YYYY-MM-DD-…`, as Jekyll requires its posts to be named (a Hexo site keeps its posts
 *   under `source/_posts/`: not the evidence);
 * - front-matter keys that only Jekyll and its themes read (`excerpt_separator`, `last_modified_at`, `redirect_from`,
 *   Minimal Mistakes' `author_profile` and `toc_sticky` …), or a post's `date` under a `layout` named bare (`post`,
 *   `page`: a file of Jekyll's `_layouts/`, where Hexo's scaffolds write none, and Astro's and Eleventy's name a
 *   path or a template file) — unless the front matter holds a key another generator reads and Jekyll does not
 *   (Hugo's `draft` and `url`, Hexo's `updated`, Gatsby's `path`, Eleventy's and VitePress' own keys): Hugo, Hexo,
 *   Gatsby and Eleventy sites write `layout: post` over a date too;
 * - kramdown's own syntax in the body: an attribute list or extension opening a line (`{: .notice}`, `{:toc}`,
 *   `{::comment}`), an element's `markdown="1"`; and Jekyll's Liquid tags (`{% highlight %}`, `{% include … %}`,
 *   `{% post_url … %}`, `{% raw %}`, `{{ site.… }}`, `{{ page.… }}`).
 */
import { MARKDOWN_DIALECT_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Format } from "../article.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

export type MarkdownDialect = "commonmark" | "kramdown";

/** `kramdownMarkdown`'s values: every body CommonMark, kramdown on evidence, every body kramdown. */
export const KRAMDOWN_NEVER = 0;
export const KRAMDOWN_ALWAYS = 2;

/** What the decision reads of a document. */
export interface DialectEvidence {
  /** The input family the generator pack decided, if any. */
  format: Format;
  /** The front matter. */
  data: Record<string, unknown>;
  /** The Markdown body. */
  body: string;
  /** The file's path, when the caller gave it. */
  filename: string | undefined;
}

/** Front-matter keys only Jekyll, its plugins (jekyll-redirect-from, jekyll-sitemap …) and its themes read. */
const JEKYLL_KEYS: readonly string[] = [
  "excerpt_separator",
  "last_modified_at",
  "redirect_from",
  "redirect_to",
  "render_with_liquid",
  "author_profile",
  "toc_sticky",
  "toc_label",
  "sitemap",
];

/**
 * Front-matter keys that generators other than Jekyll read and Jekyll does not, which such sites write beside a bare
 * `layout: post` and a date (real posts, file ids in `test/kramdown.test.ts`): Hugo's `draft`, `url` (as
 * wordpress-to-hugo-exporter writes it), `aliases`, `lastmod`, `publishDate`, `expiryDate` and `weight`; Hexo's
 * `updated` and hexo-abbrlink's `abbrlink`; Gatsby's `path`; Eleventy's `eleventyNavigation`,
 * `eleventyExcludeFromCollections` and `templateEngineOverride`; VitePress' `outline`, `aside`, `editLink` and
 * `lastUpdated`. They overrule only the weak evidence of a bare layout over a date, not a Jekyll key or path. Keys are
 * compared in lower case (Hugo's keys are case-insensitive: `URL`, `publishdate`).
 */
const OTHER_GENERATOR_KEYS: ReadonlySet<string> = new Set([
  "draft",
  "url",
  "aliases",
  "lastmod",
  "publishdate",
  "expirydate",
  "weight",
  "updated",
  "abbrlink",
  "path",
  "eleventynavigation",
  "eleventyexcludefromcollections",
  "templateengineoverride",
  "outline",
  "aside",
  "editlink",
  "lastupdated",
]);

/**
 * The patterns below are compiled from their literals (`MARKDOWN_DIALECT_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let markdownDialectPatternsCompiled = false;
/** A layout named as a file of Jekyll's `_layouts/` is (`post`, `page`, `single`): no path, no extension. @bounded: anchored, at most 40. */
let BARE_LAYOUT: RegExp;
/** A post's path as Jekyll names it: `_posts/` (not Hexo's `source/_posts/`), a date, a dash. @bounded: anchored at a `/` or the start, fixed runs. */
let JEKYLL_POST_PATH: RegExp;
/**
 * kramdown's syntax and Jekyll's Liquid in a body: an attribute list or extension opening a line, `markdown="1"`, a
 * Liquid tag only Jekyll defines, a Liquid object of the site or the page. @bounded: fixed runs, spaces capped at 8.
 */
let KRAMDOWN_BODY: RegExp;

/** Compiles `MARKDOWN_DIALECT_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileMarkdownDialectPatterns(): void {
  [BARE_LAYOUT, JEKYLL_POST_PATH, KRAMDOWN_BODY] = MARKDOWN_DIALECT_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<3>;
  markdownDialectPatternsCompiled = true;
}

/** The body's dialect, by `setting` (`kramdownMarkdown`) and, between its ends, by evidence. */
export function markdownDialect(evidence: DialectEvidence, setting: number): MarkdownDialect {
  if (setting === KRAMDOWN_NEVER) return "commonmark";
  if (setting === KRAMDOWN_ALWAYS) return "kramdown";
  return isJekyllBuilt(evidence) ? "kramdown" : "commonmark";
}

function isJekyllBuilt({ format, data, body, filename }: DialectEvidence): boolean {
  if (!markdownDialectPatternsCompiled) compileMarkdownDialectPatterns();
  if (format === "finews-jekyll") return true;
  if (format === "hexo-aggregator") return false;
  if (filename !== undefined && JEKYLL_POST_PATH.test(filename.replaceAll("\\", "/"))) return true;
  if (JEKYLL_KEYS.some((key) => Object.hasOwn(data, key))) return true;
  if (
    typeof data.layout === "string" &&
    BARE_LAYOUT.test(data.layout) &&
    Object.hasOwn(data, "date") &&
    !Object.keys(data).some((key) => OTHER_GENERATOR_KEYS.has(key.toLowerCase()))
  )
    return true;
  return KRAMDOWN_BODY.test(body);
}
