/** Character classes shared by the stages. */

/**
 * Punctuation that ends a sentence or clause, so a line ending in one is prose, not a heading. A
 * closing quote or bracket ends a sentence only after 。！？… (`“我就愿意让别人听我的”` can be a heading);
 * so does a parenthesised credit after one (`…休闲活动。（新华每日电讯）`).
 */
export const SENTENCE_END =
  /(?:[。！？!?；;…：:，,、]|[。！？!?…][”"’'」』）)】》]+|[。！？!?…]\s*[（(][^（）()]{1,30}[)）])$/u;

/** Punctuation that ends a sentence (used to split the first sentence off a text). */
export const SENTENCE_BREAK = /[。！？!?]/u;

/**
 * Collapses white space the way a browser renders text, but drops a line break that sits between
 * two CJK characters (a wrapped Chinese line has no space in it).
 */
export function collapseWhitespace(text: string): string {
  const joined = text.includes("\n") ? text.replace(CJK_LINE_BREAK, "$1") : text;
  return joined.replace(WHITESPACE_RUN, " ").trim();
}

const CJK_LINE_BREAK =
  /(\p{Script=Han}|[，。！？；：、“”‘’（）《》【】])[ \t]*\n[ \t\n]*(?=\p{Script=Han}|[，。！？；：、“”‘’（）《》【】])/gu;
const WHITESPACE_RUN = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/**
 * `text` without the characters `isTrimmed` accepts at its start and at its end. A loop, not
 * `/^[…]+|[…]+$/`: a regex ending in `+$` retries the whole run from every position of it, which is
 * quadratic in a long run that does not reach the end (100,000 `_` and one letter).
 */
export function trimWhere(
  text: string,
  isTrimmed: (code: number) => boolean,
  ends: "both" | "end" = "both",
): string {
  let start = 0;
  let end = text.length;
  if (ends === "both") while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** White space as `\s` sees it. */
export function isWhitespace(code: number): boolean {
  return WHITESPACE.test(String.fromCharCode(code));
}
const WHITESPACE = /\s/;

/** Full-width digits (０–９) as ASCII, one character for one, so positions stay the same. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
