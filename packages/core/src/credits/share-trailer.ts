/**
 * The trailer a page's copy script appends to whatever a reader copies off it: Tynt's (run by 聯合新聞網, ETtoday,
 * Investopedia, javarevisited and many more) writes a label, the page's `<title>` and its address with a tracking
 * fragment (`全文網址: 帶血的槍 管制槍枝聲再起 | 全球觀察 | 聯合新聞網 http://udn.com/NEWS/…/7568368.shtml#ixzz2F6vjR6Df`,
 * `原文網址: … | ETtoday新聞雲 https://www.ettoday.net/news/20190518/1447544.htm#ixzz5oL32KK90`, `Read more:
 * https://javarevisited.blogspot.com/…html#ixzz6C1UktSXi`). The address without the fragment is the story's original;
 * the title's last bar-separated part, when it has bars, is the site the page belongs to. The fragment (`#ixzz` and
 * the visit's id) marks the form: no story sentence ends on one.
 */

/** Tynt's tracking fragment: a line without it is no such trailer (a cheap test before the pattern). */
const TRACKING_MARK = "#ixzz";
/**
 * The trailer's line: the label (`全文網址`, `原文網址`, `本文網址` in either script, `Read more`, `Read more at`), the
 * page's title when the script wrote it, the address, the fragment. @bounded: anchored, the title at most 160
 * characters, the address 300, the fragment's id 20 (`#ixzz0IytrBILz&D` carries a second part).
 */
const TRAILER_LINE =
  /^(?:(?:全文|原文|本文)(?:網址|网址|連結|链接)|[Rr]ead [Mm]ore(?: at)?)\s{0,4}[:：]\s{0,4}(?:(\S.{0,160}?)\s{1,4})?(https?:\/\/[^\s#]{1,300})#ixzz[0-9A-Za-z&]{4,20}$/u;
/** The bar between the parts of a page's title (`headline | section | site`), with its spaces. */
const TITLE_BAR = /\s{1,4}[|｜]\s{1,4}/u;

/** What such a trailer says: the original's address and the site its page's title names (null for none). */
export interface ShareTrailer {
  url: string;
  site: string | null;
}

/** The trailer's labels, as `TRAILER_LINE` opens with them: where a trailer run on after the story begins. */
const TRAILER_LABEL = /(?:(?:全文|原文|本文)(?:網址|网址|連結|链接)|[Rr]ead [Mm]ore(?: at)?)\s{0,4}[:：]/gu;
/** How far before its fragment a trailer's label may stand: the label, a page's title and its address. */
const TRAILER_REACH = 480;
/** The fragment's id and the script's attribution after it (`Power By udn.com`, `Follow us: @X on Twitter | …`). */
const TRAILER_END =
  /^#ixzz[0-9A-Za-z&]{4,20}(?:\s{1,4}(?:Power(?:ed)? [Bb]y [a-z0-9.-]{3,60}|Follow us: @\w{1,30} on Twitter(?: \| [^|]{1,40} on Facebook)?))?\s{0,4}$/u;

/**
 * A paragraph that a copy script's trailer closes, run on after the story's last sentence once an HTML copy's line
 * breaks were read as spaces (`…槍案。」 全文網址: … 聯合新聞網 http://udn.com/…#ixzz2F6vjR6Df Power By udn.com`): the
 * prose before it (empty for a paragraph that is the trailer alone) and what the trailer says; null for any other.
 */
export function cutShareTrailer(text: string): { rest: string; trailer: ShareTrailer } | null {
  const mark = text.lastIndexOf(TRACKING_MARK);
  if (mark === -1 || !TRAILER_END.test(text.slice(mark))) return null;
  const from = Math.max(0, mark - TRAILER_REACH);
  let label = -1;
  TRAILER_LABEL.lastIndex = from;
  for (
    let found = TRAILER_LABEL.exec(text);
    found !== null && found.index < mark;
    found = TRAILER_LABEL.exec(text)
  )
    label = found.index;
  if (label === -1) return null;
  const end = text.slice(mark).search(/\s|$/u) + mark;
  const trailer = readShareTrailer(text.slice(label, end));
  return trailer === null ? null : { rest: text.slice(0, label).trimEnd(), trailer };
}

/**
 * The characters a trailer's line opens with (its labels' first: 全, 原, 本, R, r), maybe after spaces: a test of one
 * character before the fragment is looked for, as the credits read every line of every story through here.
 */
const LABEL_FIRST = new Set([..."全原本Rr \u3000"].map((c) => c.charCodeAt(0)));

/** Reads a line that is a copy script's trailer (`TRAILER_LINE`); null for any other line. */
export function readShareTrailer(line: string): ShareTrailer | null {
  if (!LABEL_FIRST.has(line.charCodeAt(0)) || !line.includes(TRACKING_MARK)) return null;
  const trailer = TRAILER_LINE.exec(line.trim());
  if (trailer === null) return null;
  const parts = trailer[1]?.split(TITLE_BAR) ?? [];
  return { url: trailer[2]!, site: parts.length > 1 ? parts.at(-1)!.trim() || null : null };
}
