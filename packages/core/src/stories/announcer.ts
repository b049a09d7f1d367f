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
