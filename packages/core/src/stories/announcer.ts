import { STORIES_ANNOUNCER_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`STORIES_ANNOUNCER_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let storiesAnnouncerPatternsCompiled = false;

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

let ANNOUNCER: RegExp;

/** Openings that name no company of their own: `公司公告`, `该公司公告`, an exchange announcing about a listing. */
let GENERIC: RegExp;

/** The announcer the text opens with, or null when it opens otherwise or names no one in particular. */
export function leadingAnnouncer(text: string): string | null {
  if (!storiesAnnouncerPatternsCompiled) compileStoriesAnnouncerPatterns();
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
let COMMENTATOR: RegExp;

/** Compiles `STORIES_ANNOUNCER_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStoriesAnnouncerPatterns(): void {
  [ANNOUNCER, GENERIC, COMMENTATOR] = STORIES_ANNOUNCER_PATTERNS.map(regexFromLiteral) as RegExps<3>;
  storiesAnnouncerPatternsCompiled = true;
}

/** The institution whose view the text opens with, as written, or null. */
export function leadingCommentator(text: string): string | null {
  if (!storiesAnnouncerPatternsCompiled) compileStoriesAnnouncerPatterns();
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
