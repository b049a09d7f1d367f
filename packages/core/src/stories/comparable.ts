/**
 * The text two copies of a story are compared on. Copies of one flash differ in what each feed
 * wraps around the same sentences: a leading `【headline】`, a dateline (`财联社7月29日电，`), a
 * trailing credit (`（央视新闻）`), full-width digits and punctuation. Those are removed; the words
 * and numbers stay, punctuation stays too (clauses tell which quantity a number measures).
 */

/** A leading `【…】` headline (feeds repeat the title there). */
const HEADLINE = /^【[^【】]{1,160}】/u;
/**
 * A leading dateline: an outlet and place of up to 20 characters, a day and `电` or `讯`, an
 * optional reporter in brackets (`新华社北京8月4日电（记者 王雪）`, `《科创板日报》4日讯`).
 */
const DATELINE =
  /^[^\s，,。：:；;]{0,20}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯)(?:[（(][^（）()]{0,20}[)）])?[，,：:\s]*/u;
/** A trailing credit in brackets: `（央视新闻）`, `(新华社)`, `（财联社记者 刘梦然）`. */
const TRAILING_CREDIT = /[（(][^（）()]{1,24}[)）]$/u;
/**
 * A first line that reads as a headline: no sentence end, and more text after it than in it.
 * Reposts put their own headline there (`重磅！…最新消息`); the story starts on the next line.
 */
const HEADLINE_LINE = /^[^\n]{1,80}(?<![。!?;…”"])\n(?=[^\n])/u;
/** A leading source line a repost puts first: `来源：经济参考网`. */
const SOURCE_LINE = /^(?:文章)?来源[:：][^\n]{1,30}\n/u;
/** White space within a line; a paragraph break stays one `\n` (it ends a sentence). */
const SPACES = /[^\S\n]+/gu;
const LINE_BREAKS = /(?<!\s)\s*\n\s*/gu;

/**
 * The comparison text of an item: its body (or title when it has none) in NFKC form (full-width
 * letters, digits and punctuation as ASCII), without a leading headline, source line or dateline
 * or trailing credits, white space collapsed (paragraphs become one `\n`), ASCII letters in lower
 * case, cut to `maxLength`.
 */
export function comparisonText(title: string, text: string, maxLength: number): string {
  let body = collapse(text.trim() === "" ? title : text);
  const headline = HEADLINE_LINE.exec(body);
  if (headline !== null && body.length > 2 * headline[0].length) body = body.slice(headline[0].length);
  body = body.replace(HEADLINE, "").trimStart();
  body = body.replace(SOURCE_LINE, "");
  body = body.replace(DATELINE, "");
  for (let i = 0; i < 2; i++) {
    const stripped = body.replace(TRAILING_CREDIT, "").trimEnd();
    if (stripped === body || stripped === "") break;
    body = stripped;
  }
  if (body === "") body = collapse(title);
  return body.slice(0, maxLength).toLowerCase();
}

function collapse(text: string): string {
  return text.normalize("NFKC").replace(SPACES, " ").replace(LINE_BREAKS, "\n").trim();
}

/** True for the characters that carry content: letters, digits and CJK ideographs. */
export function isContentCharacter(code: number): boolean {
  return CONTENT[code] === 1;
}

/** `isContentCharacter` for every UTF-16 code unit, computed once. */
const CONTENT = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const ch = String.fromCharCode(code);
  CONTENT[code] = /[\p{L}\p{N}]/u.test(ch) ? 1 : 0;
}

/** The content characters of a comparison text, in order (what shingles are taken from). */
export function contentCharacters(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (CONTENT[text.charCodeAt(i)] === 1) out += text[i];
  }
  return out;
}
