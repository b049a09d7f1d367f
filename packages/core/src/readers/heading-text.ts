/**
 * Link syntax in a heading, which Markdown renders as its label: an inline link (`[标题](#note-…)`, `[标题](https://…
 * "title")`), a reference link (`[标题][1]`, `[标题][]`), an autolink (`<https://…>`, `<a@b.cn>`, its address). Not an
 * image (`![…](…)`) nor an escaped bracket. Each part is a run of one character class: one pass per `[` or `<`.
 */
const HEADING_LINK =
  /(?<![!\\])\[([^[\]\n]*)\](?:\((?:<[^<>\n]*>|[^\s()]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)|\[[^[\]\n]*\])|<((?:[A-Za-z][\w+.-]{1,31}:|[\w.+-]+@)[^\s<>]*)>/g;

/**
 * A heading's text as Markdown renders it, its links reduced to their labels (`## 1. [标题](#note-…)` titles
 * `1. 标题`, its numbering kept as written): a heading that becomes a title has no link syntax left in it, a document's
 * or a digest's section's (`readers/digest.ts`).
 */
export function headingText(heading: string): string {
  return heading.includes("[") || heading.includes("<")
    ? heading.replace(
        HEADING_LINK,
        (link, label: string | undefined, address: string | undefined) => label ?? address ?? link,
      )
    : heading;
}
