import { holdsInOrder } from "../text/chars.js";

/**
 * The head and the frame of a plain-text export, read by their shape: what a crawler, a copy out of a browser
 * or a corpus that joined a story's lines puts around the story — its address line, its separators and empty
 * slots, the site's menu over the headline, the page under the editor's stamp, and a head (headline, byline,
 * credits) run into the body's first line.
 */

/** A crawler's separator (`----------`) or an empty slot it printed (`None`, `null`): never the story's. */
export const CRAWLER_SLOT = /^(?:[-=_*~]{3,}|None|null|NULL|undefined|NaN)$/u;
/** A line that is only the page's address, as a crawler writes it over what it read. */
export const ADDRESS_LINE = /^https?:\/\/\S+$/u;

/** A line under a copied page's headline: its date and the outlet it credits (`2018年12月27日08:59  来源：河北新闻网`). */
const PAGE_META = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?.{0,24}来源[:：]/u;
/** Sentence punctuation: a line of the site's menu or header holds none. */
const SENTENCE_MARK = /[。！？，；!?,;]/u;
/**
 * A line of a site's menu or header over a copied page's headline: a breadcrumb or a bar of links, a short
 * label (`登录注册`), or a run of channel names (`网站首页时政国际财经…`), with no sentence punctuation.
 */
function isMenuLine(line: string, labelMax: number, runMin: number): boolean {
  if (SENTENCE_MARK.test(line)) return false;
  return />|[|｜]/u.test(line) || line.length <= labelMax || line.length >= runMin;
}

/**
 * The index of a copied page's headline, when the site's menu and header stand over it: the line over the
 * page's date-and-credit line, within the first `maxLines`, every line above it menu-shaped; else -1.
 */
export function headlineUnderMenu(
  lines: readonly string[],
  maxLines: number,
  labelMax: number,
  runMin: number,
): number {
  const meta = lines.slice(0, maxLines).findIndex((line) => line.length <= 80 && PAGE_META.test(line));
  if (meta < 2) return -1;
  const above = lines.slice(0, meta - 1);
  return above.every((line) => isMenuLine(line, labelMax, runMin)) ? meta - 1 : -1;
}

/** The editor's stamp closing a page's story (`(责编：唐心怡、王浩)`): what a copy holds after it is the page's. */
export const PAGE_EDITOR_STAMP = /^[（(]\s*(?:责编|责任编辑)\s*[:：][^()（）]{1,30}[)）]$/u;

/** A headline's speaker before its colon (`日驻华使馆：…`): two to ten Han letters. */
const SPEAKER = /^(\p{Script=Han}{2,10})[:：]/u;

/**
 * A headline that quotes its speaker (`日驻华使馆：“…”报道不属实`) run into a lede that names the speaker again in
 * full (`日本国驻华大使馆７月２３日…`): the headline ends where, within `headMax` characters and before any sentence
 * mark, the speaker's letters start again in order within twice their length. Null when they do not.
 */
function speakerRestated(line: string, headMax: number): RunInHead | null {
  const speaker = SPEAKER.exec(line)?.[1];
  if (speaker === undefined) return null;
  const end = Math.min(line.length, headMax);
  for (
    let at = line.indexOf(speaker[0]!, speaker.length + 4);
    at > 0 && at < end;
    at = line.indexOf(speaker[0]!, at + 1)
  ) {
    if (SENTENCE_MARK.test(line.slice(0, at))) return null;
    if (holdsInOrder(line.slice(at, at + 2 * speaker.length), speaker))
      return { title: line.slice(0, at).trim(), rest: line.slice(at) };
  }
  return null;
}

/** What a head run into the first line of the body gives. */
export interface RunInHead {
  title: string;
  source?: string;
  author?: string;
  /** The line without its head: where the story starts. */
  rest: string;
}

/**
 * A magazine's or paper's byline run in after the headline (`…何去何从《投资者服务》吴微经过短暂的…`): the outlet
 * in title marks, maybe 记者, then the writer's two or three Han letters.
 */
const RUN_IN_BYLINE = /《([^《》\s]{2,12})》(?:(?:特约|首席)?记者)?(\p{Script=Han}{2,3})(?=\p{Script=Han})/u;
/** A city paper's own-story mark (`本报讯`) after its headline, deck and credits, the story right after it. */
const OWN_STORY = /本报讯(?![（(\s])/u;
/** Where a headline run into its deck or credits ends: a sentence mark or the credits' first role. */
const HEAD_END = /[。！？]|记者|通讯员/u;
/**
 * Words a story's first sentence opens with (`随着…`, `经过…`, `近日…`): after a run-in byline, where the writer's
 * name ends (`吴微随着…` is 吴微, then the story).
 */
const LEDE_OPENERS = [
  "随着",
  "经过",
  "近日",
  "日前",
  "近期",
  "今年",
  "去年",
  "目前",
  "截至",
  "当前",
  "如今",
  "作为",
  "对于",
  "在",
  "据",
  "昨日",
  "今日",
  "本周",
];

/**
 * The head a corpus left run into the body's first line, when that line is no title: a headline then a
 * run-in byline (title, source and author; the story after the name), or a headline, deck and credits before
 * `本报讯` (the title up to the first sentence mark or role; the story after the mark). Null otherwise. The
 * byline is looked for within `headMax` characters, the own-story mark within twice that.
 */
export function runInHead(line: string, headMax: number): RunInHead | null {
  const byline = RUN_IN_BYLINE.exec(line.slice(0, headMax + 20));
  // The name is two letters when the story opens after two, three when it opens after three; a story that opens
  // with no word a lede opens with is no run-in byline's (`接受《中国日报》采访时表示`).
  const nameStart = byline === null ? -1 : byline.index + byline[0].length - byline[2]!.length;
  const opens = (at: number) => LEDE_OPENERS.some((word) => line.startsWith(word, at));
  const nameEnd = opens(nameStart + 2)
    ? nameStart + 2
    : byline?.[2]?.length === 3 && opens(nameStart + 3)
      ? nameStart + 3
      : -1;
  if (
    byline !== null &&
    nameEnd > 0 &&
    byline.index >= 6 &&
    !SENTENCE_MARK.test(line.slice(0, byline.index).replace(/，/gu, ""))
  ) {
    return {
      title: line.slice(0, byline.index).trim(),
      source: byline[1]!,
      author: line.slice(nameStart, nameEnd),
      rest: line.slice(nameEnd).trim(),
    };
  }
  const own = OWN_STORY.exec(line.slice(0, headMax * 2));
  if (own === null || own.index < 6) return speakerRestated(line, headMax);
  const head = line.slice(0, own.index);
  const title = head.slice(0, HEAD_END.exec(head)?.index ?? head.length).trim();
  return title === "" ? null : { title, rest: line.slice(own.index + own[0].length).trim() };
}
