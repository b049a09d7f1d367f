import { READERS_HEADING_TEXT_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`READERS_HEADING_TEXT_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersHeadingTextPatternsCompiled = false;

/**
 * Link syntax in a heading, which Markdown renders as its label: an inline link (`[标题](#note-…)`, `[标题](https://…
 * "title")`), a reference link (`[标题][1]`, `[标题][]`), an autolink (`<https://…>`, `<a@b.cn>`, its address). Not an
 * image (`![…](…)`) nor an escaped bracket. Each part is a run of one character class: one pass per `[` or `<`.
 */

let HEADING_LINK: RegExp;

/** Compiles `READERS_HEADING_TEXT_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersHeadingTextPatterns(): void {
  [HEADING_LINK] = READERS_HEADING_TEXT_PATTERNS.map(regexFromLiteral) as RegExps<1>;
  readersHeadingTextPatternsCompiled = true;
}

/**
 * A heading's text as Markdown renders it, its links reduced to their labels (`## 1. [标题](#note-…)` titles
 * `1. 标题`, its numbering kept as written): a heading that becomes a title has no link syntax left in it, a document's
 * or a digest's section's (`readers/digest.ts`).
 */
export function headingText(heading: string): string {
  if (!readersHeadingTextPatternsCompiled) compileReadersHeadingTextPatterns();
  return heading.includes("[") || heading.includes("<")
    ? heading.replace(
        HEADING_LINK,
        (link, label: string | undefined, address: string | undefined) => label ?? address ?? link,
      )
    : heading;
}
