import { DomUtils, parseDocument } from "htmlparser2";

/** Block ends that separate paragraphs in a contender's HTML output. */
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|tr|blockquote|section|figure)>|<br\s*\/?>/gi;

/**
 * Plain text of the HTML a contender returned, with a line break after each block so paragraphs
 * do not run together when text starts and ends are compared.
 */
export function htmlToText(html: string): string {
  return DomUtils.textContent(parseDocument(html.replace(BLOCK_END, "$&\n")));
}
