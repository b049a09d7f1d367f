/** Character classes shared by the stages. */

/** A CJK ideograph (Han script). */
export const HAN = /\p{Script=Han}/u;
/** Counts Han ideographs. */
export const HAN_GLOBAL = /\p{Script=Han}/gu;

/** Punctuation that ends a sentence or clause, so a line ending in one is prose, not a heading. */
export const SENTENCE_END = /[。！？!?；;…：:，,、”"’'」』）)】》]$/u;

/** Punctuation that ends a sentence (used to split the first sentence off a text). */
export const SENTENCE_BREAK = /[。！？!?]/u;

/**
 * Collapses white space the way a browser renders text, but drops a line break that sits between
 * two CJK characters (a wrapped Chinese line has no space in it).
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(
      /(\p{Script=Han}|[，。！？；：、“”‘’（）《》【】])[ \t]*\n[ \t\n]*(?=\p{Script=Han}|[，。！？；：、“”‘’（）《》【】])/gu,
      "$1",
    )
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, " ")
    .trim();
}

/** Trims white space, including ideographic spaces and NBSP, from both ends. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, "");
}
