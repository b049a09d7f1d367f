/**
 * HTML's element names. A start tag of any other name that nothing closes is no element but text
 * someone wrote (`List<User>`, `Map<String, Object>`, `a<Word>b`): the parser keeps it as text
 * (`parser.ts`).
 */

/** The names that open an HTML block of CommonMark's sixth kind (its list; the Markdown reader's too). */
export const BLOCK_NAMES =
  "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";

/**
 * Those and the rest of the WHATWG standard's elements, the obsolete ones scraped pages still carry
 * (`font`, `nobr`, `marquee` …), and the entry points of SVG and MathML (inside them every tag is an
 * element: `<path/>`, `<mi>`).
 */
const ELEMENT_NAMES = new Set(
  `${BLOCK_NAMES}|a|abbr|area|audio|b|bdi|bdo|br|button|canvas|cite|code|data|datalist|del|dfn|em|embed|hgroup|i|img|input|ins|kbd|label|map|mark|meta|meter|noscript|object|output|picture|pre|progress|q|rp|rt|ruby|s|samp|script|select|slot|small|source|span|strong|style|sub|sup|template|textarea|time|u|var|video|wbr|acronym|applet|bgsound|big|blink|command|font|image|isindex|keygen|listing|marquee|multicol|nextid|nobr|noembed|plaintext|rb|rtc|spacer|strike|tt|xmp|svg|math`.split(
    "|",
  ),
);

/**
 * Whether a lower-cased tag name is an element whatever follows it: HTML's own, a custom element
 * (`mp-style-type`, with a hyphen) or a namespaced one (`o:p`, `st1:chsdate` from Word).
 */
export function isElementName(name: string): boolean {
  return ELEMENT_NAMES.has(name) || name.includes("-") || name.includes(":");
}
