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
  return oneName(body.slice(0, maxLength).toLowerCase());
}

/**
 * Names feeds write two ways, one of them taken for both (`英伟达首席执行官黄仁勋` / `英伟达CEO黄仁勋`).
 * This is data: add a pair here, not a special case elsewhere.
 */
export const EQUIVALENT_NAMES: Readonly<Record<string, string>> = {
  首席执行官: "ceo",
  首席财务官: "cfo",
  首席运营官: "coo",
  首席技术官: "cto",
  人工智能: "ai",
  国际货币基金组织: "imf",
  石油输出国组织: "欧佩克",
  美国联邦储备委员会: "美联储",
  经济合作与发展组织: "经合组织",
  世界贸易组织: "世贸组织",
};
const NAMES = new RegExp(Object.keys(EQUIVALENT_NAMES).join("|"), "gu");

function oneName(text: string): string {
  return text.replace(NAMES, (name) => EQUIVALENT_NAMES[name]!);
}

function collapse(text: string): string {
  return normaliseNumbers(text.normalize("NFKC").replace(SPACES, " ").replace(LINE_BREAKS, "\n").trim());
}

/** Thousands separators between digits (`123,184`). */
const THOUSANDS = /(?<=\d),(?=\d{3}(?!\d))/gu;
/** Zeros that end a decimal fraction (`1.50%`, `110.50元`, `4.00美元`). */
const TRAILING_DECIMAL_ZEROS = /(\d)\.(\d*?)0+(?!\d)/gu;

/**
 * One way to write a number: feeds copy a figure as `123,184` or `123184`. Different magnitudes
 * (`12.32万` vs `123,184`) stay as written: the number guard compares values.
 */
function normaliseNumbers(text: string): string {
  return text.replace(THOUSANDS, "");
}

/**
 * A comparison text with its decimal fractions' trailing zeros dropped (`1.50%` → `1.5%`), for
 * comparing wording: copies write one figure either way. The key keeps them, since `11.00%` is
 * more precise than `11%` when numbers are compared.
 */
export function withoutTrailingZeros(text: string): string {
  return text.replace(TRAILING_DECIMAL_ZEROS, (_, unit: string, fraction: string) =>
    fraction === "" ? unit : `${unit}.${fraction}`,
  );
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
