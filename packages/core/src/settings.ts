import { DEFAULT_SETTINGS } from "@caixun/core/default-settings";
import { CaixunError } from "./errors.js";

/**
 * Every threshold of the parse in one object, with its default (the way trafilatura keeps its
 * settings). Lengths are in UTF-16 code units unless they say code points. Override any of them
 * per call: `parse(bytes, { settings: { plainHeadingMaxLength: 40 } })`.
 */
export interface ParseSettings {
  /** Largest input `parse` accepts, in bytes (UTF-16 code units for a string); over it, `input-too-large` is thrown. */
  maxInputBytes: number;
  /**
   * Milliseconds one document's parse may take before it is stopped with `parse-budget-exceeded`
   * (checked as each stage hands on); 0 turns the budget off. Wall-clock time, so it is set far
   * above any real file (the seeds parse in about a millisecond each) and above the slowest
   * hostile megabyte of the adversarial catalogue on a loaded machine (a few seconds).
   */
  parseBudgetMillis: number;
  /** Milliseconds the budget grows by for each megabyte of the document. */
  parseBudgetMillisPerMegabyte: number;
  /** Control characters above this share of the text make it `binary-content` rather than `control-characters`. */
  binaryControlShare: number;
  /** Bytes that are not UTF-8 are kept as GB18030 only when odd characters (U+FFFD, private use, astral) stay under this share of the Han characters. */
  gb18030OddShare: number;
  /**
   * A streamed input (a SQL dump) is judged UTF-8, GB18030 or Big5 on this many bytes from its first non-ASCII
   * byte (the sample `decode` weighs GB18030 against Big5 on); a shorter input, on all of them. Held in memory
   * until judged.
   */
  streamEncodingSampleBytes: number;
  /** DOM nesting deeper than this is flattened to text, so no later walk can overflow the stack. */
  maxDomDepth: number;
  /**
   * Levels a value of `extra` (a record's or front matter's keys no field models) may nest; a value nested deeper is
   * null (`nesting-capped`), so that `JSON.stringify`, which overflows its stack at about 4,000 levels, can write
   * every Article out. 200 is far past any real record.
   */
  maxExtraDepth: number;
  /**
   * Columns of container prefix (quote markers, list markers, indentation; a tab is four) a
   * Markdown line may have; deeper nesting is flattened before the Markdown is read
   * (`nesting-capped`). 64 is about thirty levels, far past any real article and inside
   * markdown-it's own nesting cap, past which it would drop the rest of the body.
   */
  maxMarkdownPrefixColumns: number;
  /**
   * How Markdown bodies are read (`markdown/dialect.ts`): 0 every one as CommonMark (as markdown-it reads it), 1 as
   * kramdown those Jekyll built by the evidence (a Jekyll mirror's pack, a `_posts/YYYY-MM-DD-` path, Jekyll's
   * front-matter keys, kramdown's `{: …}` or `markdown="1"`, Jekyll's Liquid tags), 2 every one as kramdown. kramdown
   * ends an HTML block with its element's end tag and reads a line opened by a span element's tag as Markdown.
   */
  kramdownMarkdown: number;
  /**
   * Elements an HTML body may have open at once (not counting those HTML closes by itself, such as
   * `p`, `li` and `td`); start tags deeper than that are dropped before the HTML is parsed
   * (`nesting-capped`), since the parser's cost grows with the square of the nesting. The DOM is
   * flattened below `maxDomDepth` after parsing anyway.
   */
  maxHtmlNesting: number;
  /** Longest standalone bold line of an HTML or Markdown body that is read as a heading. */
  boldHeadingMaxLength: number;
  /**
   * An HTML heading element that wraps block elements or line breaks and holds more text than this is a container,
   * not a heading (a page that set its whole story inside `<h1>`): its blocks are paragraphs, its own leading text
   * (up to `boldHeadingMaxLength`) the heading. One that wraps nothing and holds more text than this is a paragraph
   * (a Markdown paragraph a dashed rule follows, which the rule's Setext reading made a heading).
   */
  wrappingHeadingMinLength: number;
  /** Shortest bold run at the head of a paragraph that is split off as a run-in heading. */
  runInHeadingMinLength: number;
  /** Shortest text after such a bold run for the split to happen. */
  runInBodyMinLength: number;
  /** An image this many pixels wide or high, or less, is a tracking pixel. */
  trackingPixelMaxSize: number;
  /** Plain text: longest first line that can be the title. */
  plainTitleMaxLength: number;
  /**
   * Plain text: longest unpunctuated line read as a section heading. A longer line that does not
   * end a sentence was hard-wrapped and is joined to the next one.
   */
  plainHeadingMaxLength: number;
  /**
   * Plain text: how many lines must fill one width (`doubleByteWidth`) for the text to read as wrapped at that column
   * (a database's export cut every line at 124 bytes): a line filled to it was cut where the column fell, inside a
   * number or a Latin word as readily as between characters, so it joins the next with no space.
   */
  plainWrapColumnMinLines: number;
  /** Plain text: how many lines at the top may hold a time stamp. */
  plainStampLines: number;
  /**
   * How many lines at the top of a body may give a stated day-only date its time (a broadcast page's `date: "2026-06-18"`
   * over its `《新闻联播》 20260618 19:00`): a time further down is a note's own (`由墨白于 2026-02-15 22:20 整理`).
   */
  statedDayTimeLines: number;
  /**
   * Plain text copied from a whole page: how many lines at the top the site's menu, the headline and the page's
   * date-and-credit line under it may take (`2018年12月27日08:59  来源：河北新闻网`).
   */
  plainPageHeadLines: number;
  /** Plain text copied from a whole page: longest line over its headline read as a menu label (`登录注册`). */
  plainMenuLabelMaxLength: number;
  /**
   * Plain text copied from a whole page: fewest short lines ending no sentence that, running to the end under the
   * story, make the page's foot (plugs, headline lists, menus, the copyright line), cut with them.
   */
  plainPageFootMinLines: number;
  /**
   * Plain text of a whole page flattened under its `<title>` (a crawler's text of a research-report page): how many
   * lines at the top the site's menu and breadcrumbs may take before the line that restates the headline
   * (`stages/plain-head.ts`, `headUnderRestatedHeadline`; 东方财富网's data-centre menu takes 116).
   */
  plainRestatedHeadlineLines: number;
  /**
   * Plain text: longest line that can be a time stamp. The pattern is tried on such short lines
   * only (its URL part backtracks on a long line of `a.com.com…`).
   */
  plainStampMaxLength: number;
  /** Longest line after an image that can become its caption. */
  captionMaxLength: number;
  /** Longest block that is read as a credit line (`（文章来源：北方网）`, `(责任编辑:马欣)`). */
  creditLineMaxLength: number;
  /** Longest outlet name a `来源：` line may give; longer ones are not a name. */
  creditSourceMaxLength: number;
  /** How many leading paragraphs may hold a dateline (`中新网北京12月1日电`). */
  datelineParagraphs: number;
  /** How many characters at the start of a paragraph a dateline is looked for in. */
  datelineSearchLength: number;
  /**
   * Shortest text, in code points, of a paragraph that is one linked title and nothing else, read as a
   * related story when it stands after the story's last paragraph (shorter links may be a word of it).
   */
  relatedTitleMinLength: number;
  /** Bylines are looked for in this many paragraphs at the start… */
  bylineHeadParagraphs: number;
  /** …and this many at the end. */
  bylineTailParagraphs: number;
  /** Longest title derived from the first sentence, in code points; a longer sentence is cut and ends in `…`. */
  derivedTitleMaxLength: number;
  /**
   * Longest title from any source, in code points: stated in front matter or a record's field, a
   * file's name, a leading heading, a record's first sentence (kept whole up to here) or the first
   * line a failed parse keeps. A longer one is cut and ends in `…`, as a derived one is.
   */
  titleMaxLength: number;
  /**
   * Longest part after a spaced dash or bar at a title's end, in code points, taken off as a site's
   * or column's name by its shape alone (`标题 - 今日经济`); see `credits/site-suffix.ts`.
   */
  titleSuffixMaxLength: number;
  /**
   * Shortest headline, in code points, that a site's name may be taken off (`快讯 | 路透` stays whole); a first sentence
   * shorter than this is no derived title either (a snippet's `異常。` cut from the sentence before it), and the next
   * sentence runs on from it.
   */
  titleHeadlineMinLength: number;
  /**
   * Longest keyword, in code points, of those a portal glues to its pages' titles with `|` before its name
   * (`标题|贷款|中国建设银行_网易订阅`, `…|hugagentos_网易订阅`); a longer part is the headline's own.
   */
  titleKeywordMaxLength: number;
  /** A year more than this many years after the publish year is a typo even without a past-tense cue. */
  futureYearAbsurdDistance: number;
  /** Reading speed for `stats.readingMinutes`: CJK characters a minute. */
  readingCjkPerMinute: number;
  /** Reading speed for `stats.readingMinutes`: Latin words a minute. */
  readingWordsPerMinute: number;
  /**
   * Fewest Han characters a file's name must hold to be read as the story's headline when the file states no
   * title (`<date>/<headline>.txt`, as news data sets are unpacked); `新闻.txt` or `第1页.txt` names no story.
   */
  fileHeadlineMinHan: number;
  /**
   * Fewest Han characters a field of a scraper's record must hold (in one record of its array) to be read as the
   * record's text when no key's name says which is (`{d, t, s, x, h}`: `readers/field-roles.ts`); a feed label
   * (`新浪财经`, `中新网滚动`), a category or an index's name (`道琼斯`) is shorter, a headline (`一线城市房价涨了`) is not.
   */
  recordTextMinHan: number;
  /**
   * Fewest Han characters a text must hold to be the one story among what holds none: a SQL dump's row given to
   * `parse` among a rich-text editor's test rows (`斯蒂芬斯蒂芬`, a list, a smiley), a source file's string literal
   * (joined with `+`) among its code's labels and test values (`readers/code-records.ts`). Default 200: a paragraph of
   * news; a test value, a label or a message is shorter.
   */
  storyMinHan: number;
  /**
   * Fewest Han characters a source file's string literal must hold to be a story when it opens with a dispatch's lead
   * (`readDateline`: `每经AI快讯，…`, `财联社5月14日电，…`), below `storyMinHan` (`readers/code-records.ts`): a flash
   * is often shorter than a paragraph (a T5 summariser's `str = "每经AI快讯，…（央视财经）"`, 119), and a label, a
   * test value or a message opens with no outlet's lead. Default 60: two sentences of a flash.
   */
  storyLeadMinHan: number;
  /**
   * Most fields one record of a dump, an export or a feed keeps (a JSON object's keys, a CSV row's columns, a
   * SQL row's values). Past it the fields the record mapping reads (any mapping in force, a feed pack's, the
   * default's, and the column names exports write for them) are kept first, then the others in the record's
   * order up to this many, and the Article says how many were dropped (`fields-capped`). Real records hold tens
   * of fields (an API's wide record about 150); 200,000 keys cost 29 s and 460 MB for five records, each copied,
   * scrubbed and written into `extra`.
   */
  maxRecordFields: number;
  /**
   * Most characters before a record's repeated headline that are read as the page's navigation a scraper kept
   * (an e-paper's `第1版：新闻下一版返回栏目上一篇下一篇放大+缩小-默认o` before the headline and the story): within
   * them, with no sentence mark and two of a page's navigation words, they and the headline are no text.
   */
  pageNavigationMaxLength: number;
  /**
   * Most characters of a SQL dump's rows `parseAll` holds, reading the dump as a stream, while a row may yet be
   * joined: a CMS keeps an article's head (title, time) in one table and its text in another (EmpireCMS's
   * `phome_ecms_news` and `phome_ecms_news_data_1`), and a dump gives one table's rows, then the other's
   * (`readers/sql-join.ts`), in either order. Default 16 Mi, as much as a dump read whole holds (`maxInputBytes`).
   * Past it the rows held first are given out as they are, and a body row given out before its head came, or coming
   * after its head was given out, says so (`row-not-joined`): no row is lost, and none waits for ever.
   */
  sqlJoinHeldChars: number;
  /**
   * Characters back from a headline's key (`, title: '…'`) in a source file's code that the object literal holding it
   * is looked for (`readers/code-records.ts`): a mock's or a fixture's record is a few kilobytes.
   */
  codeRecordReach: number;
  /**
   * Characters looked at for headline keys in a source file's code that hold no record (a chart's `title`, a related
   * article's headline, a function's object): each costs its look back for the brace and its read forward from it.
   * Past this many the code is searched no further and the file says so (`code-records-capped`), so hostile keys cost
   * bounded work (linear in the file) and no record is lost silently. Default 1 Mi: a real file's misses cost a few
   * hundred characters each.
   */
  codeRecordMissChars: number;
  /** Lines of ` * key : value` in a row that make a javadoc's sample response a record (a title, a text and a fact). */
  codeCommentMinFields: number;
}

/**
 * The defaults, documented field by field on `ParseSettings`: data of their own (`default-settings.ts`, the entry
 * `@caixun/core/default-settings`, which a Worker reads from its static assets), read when a parse resolves its settings.
 */
export { DEFAULT_SETTINGS };

/**
 * How many answers a string memo (`text/string-memo.ts`) keeps before it starts again; default 4,096.
 * A run's credit lines name a few hundred outlets and people again and again (`新华社`, `每经`, a
 * site's own name on each of its pages), so a few thousand answers hold a run's names; the memo
 * is emptied past it, so it never holds more. Process-wide, not a `ParseSettings` field: a memo is
 * shared by every parse of a run, and its answers do not depend on the settings.
 */
export const STRING_MEMO_KEPT = 4096;

/**
 * The longest key (UTF-16 code units) a string memo keeps an answer for; default 64. A longer key is
 * most likely a sentence met once, computed each time rather than kept.
 */
export const STRING_MEMO_LONGEST_KEY = 64;

/** Settings that are shares (0–1); every other setting is a count. */
const SHARES: ReadonlySet<string> = new Set(["binaryControlShare", "gb18030OddShare"]);
/** Settings that choose among numbered ways (0 to the value given), not counts. */
const CHOICES: ReadonlyMap<string, number> = new Map([["kramdownMarkdown", 2]]);

/**
 * Settings resolved from a frozen overrides object: a caller parsing many files passes one object every
 * time, and copying the 31 defaults for each parse cost about 2 µs of it. Only a frozen one, which cannot
 * change between parses; held weakly, so a dropped overrides object takes its settings with it.
 */
const RESOLVED = new WeakMap<object, Readonly<ParseSettings>>();

/**
 * The defaults with `overrides` applied. Throws `CaixunError` (`invalid-settings`) for an unknown
 * name or a value that is not a non-negative integer (a share between 0 and 1 for the shares).
 * A frozen overrides object is resolved once: every later call gives the same settings.
 */
export function resolveSettings(overrides: Partial<ParseSettings> | undefined): Readonly<ParseSettings> {
  const cached = overrides && RESOLVED.get(overrides);
  if (cached) return cached;
  const settings = overrideNumbers(
    DEFAULT_SETTINGS,
    overrides,
    { setting: "setting", type: "ParseSettings" },
    (name, value) =>
      SHARES.has(name)
        ? typeof value === "number" && value >= 0 && value <= 1
          ? null
          : "a share between 0 and 1"
        : CHOICES.has(name)
          ? Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= CHOICES.get(name)!
            ? null
            : `one of 0 to ${CHOICES.get(name)}`
          : Number.isSafeInteger(value) && (value as number) >= 0
            ? null
            : "a non-negative integer",
  );
  // Past `overrideNumbers`, overrides that are not undefined are an object.
  if (overrides !== undefined && Object.isFrozen(overrides)) RESOLVED.set(overrides, settings);
  return settings;
}

/**
 * `defaults` (an object of numbers) with `overrides` applied, each value checked by `expected`,
 * which says what the value must be, or returns null when it is valid. Throws `CaixunError`
 * (`invalid-settings`) for overrides that are not an object, an unknown name or an invalid value;
 * `names.setting` is what one setting is called in those messages, `names.type` the object's type.
 */
export function overrideNumbers<T extends object>(
  defaults: Readonly<T>,
  overrides: Partial<T> | undefined,
  names: { setting: string; type: string },
  expected: (name: string, value: unknown) => string | null,
): Readonly<T> {
  if (overrides === undefined) return defaults;
  if (overrides === null || typeof overrides !== "object") {
    throw new CaixunError("invalid-settings", `${names.setting}s must be an object of ${names.type} values`);
  }
  const settings: Record<string, number> = { ...(defaults as Record<string, number>) };
  for (const [name, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(defaults, name)) {
      throw new CaixunError("invalid-settings", `unknown ${names.setting} “${name}”`);
    }
    const must = expected(name, value);
    if (must !== null) throw new CaixunError("invalid-settings", `${names.setting} ${name} must be ${must}`);
    settings[name] = value as number;
  }
  return Object.freeze(settings) as Readonly<T>;
}
