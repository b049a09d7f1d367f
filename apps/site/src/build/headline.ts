/**
 * Headlines as readers see them. Aggregators often store a flash item's whole lead, cut off with an
 * ellipsis, as its title (`【标题】12月15日消息，……称此次漏洞事...`); shown as a headline that is a
 * paragraph ending mid-word. The reader's headline is the bracketed headline when there is one,
 * else the lead cut at the last sentence or clause that fits; the full lead stays in the body.
 */

/** Headlines longer than this (in characters) that end in an ellipsis are shortened. */
export const HEADLINE_LENGTH = 40;

const TRAILING_ELLIPSIS = /(?:…|\.{3,}|⋯|。。。)+\s*$/u;
const BRACKETED = /^\s*【([^【】]{4,})】\s*\S/u;
const SENTENCE_END = /[。！？；!?;]/gu;
const CLAUSE_END = /[，、：,:]/gu;

/** The headline to show for a stored title. */
export function headline(title: string): string {
  const bracketed = BRACKETED.exec(title);
  if (bracketed) return bracketed[1]!.trim();
  const chars = Array.from(title);
  if (chars.length <= HEADLINE_LENGTH || !TRAILING_ELLIPSIS.test(title)) return title;
  const head = chars.slice(0, HEADLINE_LENGTH).join("");
  const cut = lastEnd(head, SENTENCE_END) ?? lastEnd(head, CLAUSE_END);
  // A cut that leaves too little says nothing; then the first characters, marked as cut.
  if (cut !== null && cut >= HEADLINE_LENGTH / 3) return head.slice(0, cut).replace(/[，、：,:]$/u, "");
  return `${head}…`;
}

/** The index just past the last match of `pattern` in `text`, or null. */
function lastEnd(text: string, pattern: RegExp): number | null {
  let end: number | null = null;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

/** The title without its trailing ellipsis: what the body must start with to hold the lead. */
export function titleStem(title: string): string {
  return title.replace(TRAILING_ELLIPSIS, "");
}

/** Letters and digits only: compares a heading with the title whatever emoji or spacing it adds. */
export function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .toLowerCase();
}
