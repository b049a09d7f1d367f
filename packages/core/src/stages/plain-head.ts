import { STAGES_PLAIN_HEAD_PATTERNS } from "@caixun/core/text/rule-patterns";
import { looksLikeOutlet } from "../credits/outlets.js";
import type { PackFields } from "../packs/types.js";
import { holdsInOrder } from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`STAGES_PLAIN_HEAD_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesPlainHeadPatternsCompiled = false;
/** A line under a copied page's headline: its date and the outlet it credits (`2018年12月27日08:59  来源：河北新闻网`). */
let PAGE_META: RegExp;
/** Sentence punctuation: a line of the site's menu or header holds none, nor does a headline. */
let SENTENCE_MARK: RegExp;
/** How a page's `<title>` goes on after its headline: the separator before the site's section or name (`- 宏观研究报告 _ …`). */
let TITLE_SUFFIX_OPENING: RegExp;
/** A host on a line of its own (`www.eastmoney.com`): a research page's byline slot opens with the site's. */
let HOST_LINE: RegExp;
/** A name or a link's label (`开源证券`, `查看PDF原文`), or a list of names (`诸海滨,车欣航`): no digit, no other mark. */
let SLOT_LINE: RegExp;
/** A research house's name (`开源证券`, `中信期货`, `中金公司研究部`): the writer a research page's slot names first. */
let RESEARCH_HOUSE: RegExp;
/** What separates the names of a slot's list. */
let NAME_SEPARATOR: RegExp;
/** A city paper's own-story mark (`本报讯`) after its headline, deck and credits, the story right after it. */
let OWN_STORY: RegExp;
/**
 * A headline closed by a channel's tag (`…团伙54个【消息】 本报太原2月14日讯（记者 X）…`), the story opening
 * with its dateline right after: the tag is two to four Han letters in black brackets, the dateline a paper's
 * own (`本报`), an agency's or a place's day (`…2月14日电`, `…讯`). @bounded: the headline is at most 60 characters.
 */
let TAGGED_HEAD: RegExp;
/** Where a headline run into its deck or credits ends: a sentence mark or the credits' first role. */
let HEAD_END: RegExp;
/** A headline's speaker before its colon (`日驻华使馆：…`): two to ten Han letters. */
let SPEAKER: RegExp;

/** Compiles `STAGES_PLAIN_HEAD_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesPlainHeadPatterns(): void {
  [
    PAGE_META,
    SENTENCE_MARK,
    TITLE_SUFFIX_OPENING,
    HOST_LINE,
    SLOT_LINE,
    RESEARCH_HOUSE,
    NAME_SEPARATOR,
    OWN_STORY,
    TAGGED_HEAD,
    HEAD_END,
    SPEAKER,
    STAMPED_HEAD,
  ] = STAGES_PLAIN_HEAD_PATTERNS.map(regexFromLiteral) as RegExps<12>;
  stagesPlainHeadPatternsCompiled = true;
}

/**
 * The head and the frame of a plain-text export, read by their shape: what a crawler, a copy out of a browser
 * or a corpus that joined a story's lines puts around the story — its address line, its separators and empty
 * slots, the site's menu over the headline, the page under the editor's stamp, and a head (headline, byline,
 * credits) run into the body's first line.
 */

/** A crawler's separator (`----------`) or an empty slot it printed (`None`, `null`): never the story's. */
export const CRAWLER_SLOT = /^(?:[-=_*~]{3,}|None|null|NULL|undefined|NaN)$/u;
/** A field label a script wrote before the headline on the first line (`新闻:法国农民…`, `标题：…`, `Title: …`). */
export const HEADLINE_LABEL = /^(?:新闻|标题|题目|新闻标题|文章标题|title|headline)[ \t]*[:：][ \t]*/iu;

/**
 * The index of a copied page's headline, when the site's menu and header stand over it: the line over the
 * page's date-and-credit line, every line above it menu-shaped — no sentence punctuation, and a breadcrumb or
 * a bar of links, a label (`登录注册`, at most `labelMax` characters), or a run of channel names longer than
 * any heading (`网站首页时政国际财经…`, over `headingMax`); else -1.
 */
export function headlineUnderMenu(lines: readonly string[], labelMax: number, headingMax: number): number {
  if (!stagesPlainHeadPatternsCompiled) compileStagesPlainHeadPatterns();
  const meta = lines.findIndex((line) => PAGE_META.test(line));
  return meta > 1 &&
    lines
      .slice(0, meta - 1)
      .every(
        (line) =>
          !SENTENCE_MARK.test(line) &&
          (/[>|｜]/u.test(line) || line.length <= labelMax || line.length > headingMax),
      )
    ? meta - 1
    : -1;
}

/** Where the story of a page flattened under its `<title>` starts, and the research house its byline slot names. */
export interface RestatedHead {
  /** The index of the story's first line. */
  story: number;
  /** The research house the byline slot under the site's host names (`开源证券`), when it names one. */
  house: string | null;
}

/**
 * A whole page flattened to text under its `<title>` (a crawler's `get_text("\n")` of a research-report page: the
 * `<title>` `标题- 宏观研究报告 _ 数据中心 _ 东方财富网`, the site's menu and breadcrumbs, then the headline on the page):
 * the line that restates the headline — the first line opens with it (at least `headlineMin` characters) and goes on
 * with a title's separator — within `maxLines`, no line between holding sentence punctuation (a menu's, a bar's, a
 * breadcrumb's). The byline slot right under it, when it opens with the site's host on a line of its own, is the
 * head's too: its short lines of names (each name at most `labelMax` characters, `slotMax` lines), the first
 * research house among them (`RESEARCH_HOUSE`) the page's writer. Null when the text does
 * not open so. Each line is compared once: linear.
 */
export function headUnderRestatedHeadline(
  lines: readonly string[],
  maxLines: number,
  headlineMin: number,
  labelMax: number,
  slotMax: number,
): RestatedHead | null {
  if (!stagesPlainHeadPatternsCompiled) compileStagesPlainHeadPatterns();
  const title = lines[0];
  if (title === undefined) return null;
  const end = Math.min(lines.length, maxLines);
  let headline = -1;
  for (let i = 1; i < end && headline < 0; i++) {
    const line = lines[i]!;
    if (
      line.length >= headlineMin &&
      line.length < title.length &&
      title.startsWith(line) &&
      TITLE_SUFFIX_OPENING.test(title.slice(line.length))
    )
      headline = i;
    else if (SENTENCE_MARK.test(line)) return null;
  }
  if (headline < 0) return null;
  let story = headline + 1;
  let house: string | null = null;
  if (HOST_LINE.test(lines[story] ?? "")) {
    const slotEnd = Math.min(lines.length, story + 1 + slotMax);
    for (story++; story < slotEnd; story++) {
      const line = lines[story]!;
      if (!SLOT_LINE.test(line) || line.split(NAME_SEPARATOR).some((name) => name.length > labelMax)) break;
      if (house === null && RESEARCH_HOUSE.test(line)) house = line;
    }
  }
  return { story, house };
}

/** What a head run into the first line of the body gives. */
export interface RunInHead {
  title: string;
  /** Where the story starts: the line without its head. */
  rest: string;
  /** What a run-in byline credits: the outlet (`source`) and the writer (`author`). */
  credits?: PackFields;
  /** The page's stamp run in after the headline (`2019/02/11 10:28`), as written. */
  stamp?: string;
}

/**
 * A page's head run together with its story, as a request body or a script keeps a page's text (`《半導體》Q1展望保守，世界
 * 垂淚2019/02/11 10:28時報資訊【時報記者沈培華台北報導】世界先進…`): the headline, the stamp, the outlet's name, then the
 * bracket that opens the story (its dateline or byline). @bounded: anchored, every run capped.
 */
let STAMPED_HEAD: RegExp;

/**
 * A headline (no sentence mark but commas) with a magazine's or paper's byline run in after it
 * (`…何去何从《投资者服务》吴微经过短暂的…`): the outlet in title marks, maybe 记者, then the writer's two or three
 * Han letters, and the story, which opens with a word a lede opens with (`LEDE_OPENINGS`): so the name ends
 * where that word starts (`吴微随着…` is 吴微), and title marks inside a sentence (`接受《中国日报》采访时表示`) are no
 * byline. Anchored, every run bounded.
 */
/** The words a news lede opens with: a time (`近日`, `今年`), a course (`随着`, `经过`), a stance (`作为`, `据`). */
const LEDE_OPENINGS = [
  ...["随着", "经过", "近日", "日前", "近期", "今年", "去年", "目前", "截至", "当前", "如今", "作为", "对于"],
  ...["在", "据", "昨日", "今日", "本周"],
];
const RUN_IN_BYLINE = new RegExp(
  `^([^。！？；!?;]{6,60}?)《([^《》\\s]{2,12})》(?:(?:特约|首席)?记者)?(\\p{Script=Han}{2,3}?)(?=${LEDE_OPENINGS.join("|")})`,
  "u",
);

/**
 * The head a corpus left run into the body's first line, when that line is no title; null when it has none:
 * - a headline then a run-in byline (`RUN_IN_BYLINE`): the title, the outlet and the writer;
 * - a headline closed by a channel's tag before the dateline (`TAGGED_HEAD`): the title, the tag no text;
 * - a headline, deck and credits before `本报讯`: the title up to the first sentence mark or role;
 * - a headline that quotes its speaker (`日驻华使馆：“…”报道不属实`) run into a lede that names the speaker again in
 *   full (`日本国驻华大使馆７月２３日…`): the headline ends where, within `headMax` characters and before any
 *   sentence mark, the speaker's letters start again in order within twice their length.
 */
export function runInHead(line: string, headMax: number): RunInHead | null {
  if (!stagesPlainHeadPatternsCompiled) compileStagesPlainHeadPatterns();
  const byline = RUN_IN_BYLINE.exec(line);
  if (byline !== null)
    return {
      title: byline[1]!.trim(),
      rest: line.slice(byline[0].length),
      credits: { source: byline[2]!, author: byline[3]! },
    };
  const tagged = TAGGED_HEAD.exec(line);
  if (tagged !== null) return { title: tagged[1]!.trim(), rest: line.slice(tagged[0].length) };
  const stamped = STAMPED_HEAD.exec(line);
  if (stamped !== null && looksLikeOutlet(stamped[3]!))
    return {
      title: stamped[1]!.trim(),
      rest: line.slice(stamped[0].length),
      credits: { source: stamped[3]! },
      stamp: stamped[2]!,
    };
  const own = OWN_STORY.exec(line);
  if (own !== null) {
    const title = own[1]!.split(HEAD_END)[0]!.trim();
    return title === "" ? null : { title, rest: line.slice(own[0].length) };
  }
  const speaker = SPEAKER.exec(line)?.[1];
  if (speaker === undefined) return null;
  const first = speaker[0]!;
  for (
    let at = line.indexOf(first, speaker.length + 5);
    at > 0 && at < headMax;
    at = line.indexOf(first, at + 1)
  ) {
    if (SENTENCE_MARK.test(line.slice(0, at))) return null;
    if (holdsInOrder(line.slice(at, at + 2 * speaker.length), speaker))
      return { title: line.slice(0, at), rest: line.slice(at) };
  }
  return null;
}

/** What a backslash escape of a printed string stands for, for the letters that are not themselves (`\n` a line end). */
const ESCAPED: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: " " };
/** How many hexadecimal digits an escape of a code takes after its letter (`\xa0`, `\u3000`, `\U0001f600`). */
const CODE_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * The lists a spider printed at a line's start, as a language prints a list of strings (Python's `str()`:
 * `['\r\n      headline\r\n      '][' 2018年08月09日 21:50\u3000来源：', ' ']`): the escapes are backslash text, a
 * list may be empty (`[]`) and the story runs on after the last. Each string is one line (its `\r\n`, `\n` escapes more),
 * read whole; `rest` is what follows the lists. Null when the line opens with no list of strings. One pass, no
 * pattern: a malformed list (an unclosed string, a word between items) gives null.
 */
export function printedLists(line: string): { lines: string[]; rest: string } | null {
  const lines: string[] = [];
  let at = 0;
  const skipSpaces = () => {
    while (line[at] === " ") at++;
  };
  while (line[at] === "[") {
    at++;
    skipSpaces();
    while (line[at] !== "]") {
      const quote = line[at];
      if (quote !== "'" && quote !== '"') return null;
      const read = readString(line, at + 1, quote);
      if (read === null) return null;
      lines.push(...read.text.split(/\r\n?|\n/u));
      at = read.end;
      skipSpaces();
      if (line[at] === ",") {
        at++;
        skipSpaces();
      } else if (line[at] !== "]") return null;
    }
    at++;
  }
  return at === 0 ? null : { lines, rest: line.slice(at) };
}

/** A printed string's text from `start` (after its opening quote) to its closing `quote`, escapes read; null if unclosed. */
function readString(line: string, start: number, quote: string): { text: string; end: number } | null {
  let text = "";
  for (let at = start; at < line.length; at++) {
    const ch = line[at]!;
    if (ch === quote) return { text, end: at + 1 };
    if (ch !== "\\") {
      text += ch;
      continue;
    }
    const letter = line[++at] ?? "";
    const digits = CODE_DIGITS[letter];
    const code = digits === undefined ? null : line.slice(at + 1, at + 1 + digits);
    if (code !== null && /^[0-9a-fA-F]+$/u.test(code) && code.length === digits) {
      text += String.fromCodePoint(Math.min(Number.parseInt(code, 16), 0x10ffff));
      at += digits!;
    } else text += ESCAPED[letter] ?? letter;
  }
  return null;
}

/**
 * A clipping or media-monitoring service's plain-text export, as a row of data: the line that counts the export's
 * stories (the export's head, never a story's), the story header that names the outlet, the headline and the day (its
 * named groups `outlet`, `headline`, `day`), and the id line that closes each story (the service's notice, the next
 * story or the export's footer follow). Another service's export is another row. @bounded: each pattern anchored at
 * both ends or closed by a fixed mark, every run capped.
 */
export interface ClippingExport {
  /** The service, for the reader of this table. */
  service: string;
  count: RegExp;
  story: RegExp;
  id: RegExp;
  /**
   * The export's HTML form, when it has one (`readers/clipping-exports.ts`): the anchor that opens each story's block
   * (searched for in the page's markup, so it carries no anchor of its own), and the header line of the block's first
   * table (its text, a line of its own) naming the outlet and the day (named groups `outlet`, `day`); the headline is
   * the next table's text, and the id line (`id`) closes the story as it closes the plain-text form's.
   */
  html?: { story: RegExp; header: RegExp };
}

export const CLIPPING_EXPORTS: readonly ClippingExport[] = [
  {
    // Wisers WiseNews (慧科) in its Simplified, Traditional and English words: `文章总数: 5 篇`,
    // `Total number of document(s): 7`; `2. 大公报 - (积极考虑并购湾区看好广深 领展拟回购6000万个基金单位) 2019-06-04 经济
    // A16 财经头条` (the number, the outlet, a dash, the headline in parentheses, the day, then the section, page,
    // column and byline, the clipping's filing and never text); `文章编号: [201906040183327]`,
    // `DOCUMENT ID: 201904150187376` (search-index file 23193114876; datasets/fresh-79).
    service: "Wisers WiseNews",
    count: /^(?:文章总数|文章總數|Total number of document\(s\))[ \t]*[:：][ \t]*\d+(?:[ \t]*篇)?$/u,
    story:
      /^\d{1,4}[ \t]?\.[ \t]?(?<outlet>[^()（）]{1,40}?)[ \t]+-[ \t]+\((?<headline>.{1,200}?)\)[ \t]+(?<day>\d{4}-\d{1,2}-\d{1,2})(?=[ \t]|$)/u,
    id: /^(?:文章编号|文章編號|DOCUMENT ID)[ \t]*[:：][ \t]*\[?\d+\]?$/u,
    // The HTML export: each story opens at `<a name="body.201904150226952.3"></a>` (its id, its number; the contents
    // list links to it), and its header table's first line is `3 .Ta Kung Pao | General Property in Hong Kong |
    // Circulation / Reach: 100,000 | 2019-04-15` (the number, the outlet as the service names it — in English in
    // the English interface, `KNOWN_OUTLETS` maps it —, the search's topic and the reach, the day last; search-index
    // files 23193114876 and 23652577491).
    html: {
      story: /<a name="body\.\d{1,24}\.\d{1,5}"/gu,
      header:
        /^\d{1,5}[ \t]?\.[ \t]?(?<outlet>[^|<>]{1,60}?)[ \t]*\|[^\n]{0,300}\|[ \t]*(?<day>\d{4}-\d{1,2}-\d{1,2})$/u,
    },
  },
];

/** What a clipping export's story header states. */
export interface ClippingStory {
  /** The index of the header line. */
  header: number;
  outlet: string;
  headline: string;
  day: string;
  /** The export's row of `CLIPPING_EXPORTS`, whose id line closes the story. */
  export: ClippingExport;
}

/**
 * The story header of a clipping service's export (a row of `CLIPPING_EXPORTS`), on the first line or under the
 * export's count line; null when the text opens as no row's export.
 */
export function clippingStory(lines: readonly string[]): ClippingStory | null {
  for (const row of CLIPPING_EXPORTS) {
    const header = lines[0] !== undefined && row.count.test(lines[0]) ? 1 : 0;
    const groups = row.story.exec(lines[header] ?? "")?.groups;
    if (groups !== undefined)
      return { header, outlet: groups.outlet!, headline: groups.headline!, day: groups.day!, export: row };
  }
  return null;
}

/** The index of the id line that closes a clipping's story (its export's `id`: the service's notice and footer follow), or -1. */
export function clippingStoryEnd(lines: readonly string[], story: ClippingStory): number {
  const id = story.export.id;
  return lines.findIndex((line) => id.test(line));
}
