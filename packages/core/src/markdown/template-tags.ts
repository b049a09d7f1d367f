import { MARKDOWN_TEMPLATE_TAGS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { fencedLines } from "./fences.js";

/**
 * A site generator's template markup written in a post's Markdown, which the generator runs or reads before the
 * Markdown is rendered and which is never the story's text:
 *
 * - Liquid tags (Jekyll, and Hexo's Nunjucks spelt the same): `{% assign tags = '…' | split: ',' %}`,
 *   `{% if show_disclaimer %}`, `{% endif %}`; a line of tags alone leaves a blank line, so the paragraph it stood in
 *   ends there as the rendered page's did;
 * - Liquid output tags and Hugo shortcodes: `{{ site.baseurl }}`, `{{< figure src="…" >}}`;
 * - kramdown's attribute lists after a link or a block: `[标题](url){:target="_blank"}`, `{: .notice}`.
 *
 * A fenced code block keeps them: a post about the template shows them as code. What a conditional tag guards is
 * kept as written (whether the generator rendered it depends on the page's variables); the boilerplate stage
 * reads it as it reads any paragraph.
 */
export function withoutTemplateTags(markdown: string): string {
  if (!markdownTemplateTagsPatternsCompiled) compileMarkdownTemplateTagsPatterns();
  if (!markdown.includes("{%") && !markdown.includes("{{") && !markdown.includes("{:")) return markdown;
  const lines = markdown.split("\n");
  const fenced = fencedLines(markdown);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("{") || fenced?.has(i)) continue;
    const stripped = line.replace(TEMPLATE_TAG, "");
    if (stripped !== line) lines[i] = stripped.trim() === "" ? "" : stripped;
  }
  return lines.join("\n");
}

/**
 * The patterns below are compiled from their literals (`MARKDOWN_TEMPLATE_TAGS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let markdownTemplateTagsPatternsCompiled = false;
/**
 * A Liquid tag (`{% … %}`, `{%- … -%}`), an output tag or a Hugo shortcode (`{{ … }}`, `{{< … >}}`), or a kramdown
 * attribute list (`{:…}`), within one line. @bounded: each body is a run of at most 400 characters.
 */
let TEMPLATE_TAG: RegExp;

/** Compiles `MARKDOWN_TEMPLATE_TAGS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileMarkdownTemplateTagsPatterns(): void {
  [TEMPLATE_TAG] = MARKDOWN_TEMPLATE_TAGS_PATTERNS.map(regexFromLiteral) as RegExps<1>;
  markdownTemplateTagsPatternsCompiled = true;
}
