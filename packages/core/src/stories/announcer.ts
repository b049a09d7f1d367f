/**
 * Who makes the announcement a flash opens with: `华北制药公告，…`, `行云科技(300209.SZ)公告称，…`,
 * `广汽集团8月4日晚间公告，…`. Two companies' announcements are two stories however alike their
 * wording (both won a bid in one national tender, both report July sales), so copies must name the
 * same announcer, or one a short form of the other (`平安` in `中国平安`).
 */

/**
 * A name of up to 12 characters at the start of the text, then optionally a parenthesised code or
 * note, a date and a time of day, then `公告` (`发布公告`, `公告称`). A date may come first instead
 * (`8月3日，华北制药公告，…`, `7月29日晚间，兆日科技发布公告称，…`): one feed dates the announcement,
 * another does not.
 */
const ANNOUNCER =
  /^(?:\d{1,2}月\d{1,2}日(?:晚间|早间|午间|盘后|盘前)?[,，])?([\p{Script=Han}A-Za-z0-9*]{2,12}?)(?:[(（][^()（）]{1,24}[)）])?(?:\d{1,2}月\d{1,2}日)?(?:晚间|早间|午间|盘后|盘前)?(?:发布)?公告/u;

/** Openings that name no company of their own: `公司公告`, `该公司公告`, an exchange announcing about a listing. */
const GENERIC = /^(?:[该本某]?公司|[该本某]?集团|上市公司|[上深北港]交所)$/u;

/** The announcer the text opens with, or null when it opens otherwise or names no one in particular. */
export function leadingAnnouncer(text: string): string | null {
  const name = ANNOUNCER.exec(text)?.[1];
  if (name === undefined || GENERIC.test(name)) return null;
  // The comparison text is lower case: `*ST大立` reads `*st大立`, the company's name once its
  // delisting warning is lifted (`大立科技`) contains the rest.
  return name.replace(/^\*?st/iu, "");
}

/** `a vs b` when both texts open with an announcer and neither name contains the other, else null. */
export function announcerConflict(a: string | null, b: string | null): string | null {
  if (a === null || b === null || a.includes(b) || b.includes(a)) return null;
  return `${a} vs ${b}`;
}

/**
 * An institution whose view the text opens with: `中金指出，…`, `中金公司研报称，…`, `高盛预计，…`.
 * A broker's note on an event states the event's figures (a Fed decision's vote and range) within
 * the hour of the event's own report, yet it is another story: what the note adds is its author's
 * view. A name of up to 12 letters at the start, then a research note (`研报`, `研究报告`, `点评`)
 * saying, or a verb of judgement (`指出`, `认为`, `预计`) — not `表示`, `称` or `发布报告称` alone,
 * which open officials' statements and agencies' reports, the event itself (`日本气象厅7月28日发布报告称`).
 * Anchored, with a bounded lazy run.
 */
const COMMENTATOR =
  /^([\p{Script=Han}A-Za-z]{2,12}?)(?:公司)?(?:最新)?(?:(?:发布)?(?:研报|研究报告|点评)(?:称|指出|认为|预计|表示)|指出|认为|预计)[,，:：]/u;

/** The institution whose view the text opens with, as written, or null. */
export function leadingCommentator(text: string): string | null {
  return COMMENTATOR.exec(text)?.[1] ?? null;
}

/**
 * `X's view vs …` when one text opens with a commentator and the other opens with another one (neither
 * name containing the other: `银河证券` is `中国银河证券`), or with none and never names the first in
 * its title or text: every copy of a note names its author (`中金：…` in the title, `中金指出` in the
 * text), a report of the event it comments on does not. Null otherwise.
 */
export function commentaryConflict(a: Commented, b: Commented): string | null {
  const [x, y] = [a.commentator, b.commentator];
  if (x !== null && y !== null) return x.includes(y) || y.includes(x) ? null : `${x}'s view vs ${y}'s`;
  const [one, other] = x !== null ? [a, b] : [b, a];
  const name = one.commentator;
  if (name === null || other.key.text.includes(name) || other.key.headline.includes(name)) return null;
  return `${name}'s view vs a report not naming ${name}`;
}

/** What `commentaryConflict` reads of an item's features. */
interface Commented {
  commentator: string | null;
  key: { headline: string; text: string };
}
