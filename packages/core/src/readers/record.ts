import { READERS_RECORD_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Format, Listing } from "../article.js";
import { hash64 } from "../assemble/hash.js";
import { setOwn } from "../assemble/own-property.js";
import { outletOfUrl } from "../credits/domains.js";
import {
  EDITOR_RANK,
  editorCredited,
  NO_EDITOR_RANK,
  outranksEditor,
  readCreditLine,
  readDateline,
  titledPaper,
  withoutStamp,
} from "../credits/grammar.js";
import { fieldKind, readLabelledFields } from "../credits/labelled-fields.js";
import { isKnownOutlet, isLonePersonName, looksLikeOutlet, outletOfFeedTitle } from "../credits/outlets.js";
import { withoutStatedSite } from "../credits/site-suffix.js";
import {
  dateFromUrl,
  dayInFoldersOfUrl,
  dayOfStoryUrl,
  dayStart,
  STORY_DAY_FOLDERS,
} from "../enrich/date-evidence.js";
import { normalizeDate } from "../enrich/dates.js";
import { listedSecurity, mergeSecurities } from "../enrich/securities.js";
import type { FeedPack, PackSet } from "../packs/index.js";
import { CHINA_OFFSET_MS, chinaTime, EPOCH_MS } from "../policy/zone.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { withoutWhitespace } from "../text/chars.js";
import { decodeHtml } from "../text/entities.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { WEB_ADDRESS } from "../text/url.js";
import { warning } from "../warnings.js";
import { HTML_START, MARKDOWN_THRESHOLD, markdownScore } from "./detect.js";
import { type FieldRoles, inferFieldRoles, withHeadline, withRoleNames, withRowTime } from "./field-roles.js";
import { isJsonObject } from "./json-lines.js";
import {
  LABEL_KEYS,
  mappingMatches,
  type RecordMapping,
  type ResolvedMapping,
  resolveMapping,
  valueAt,
} from "./mapping.js";
import type { ReadItem } from "./types.js";

/**
 * The patterns below are compiled from their literals (`READERS_RECORD_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersRecordPatternsCompiled = false;
/** A table's key column named after its entity (`art_id`, `news_id`): the entity's prefix (`art_`). */
let ENTITY_ID_KEY: RegExp;
/**
 * A field's scope letter before its name, as a crawler's item class writes its members (a public-opinion crawler's
 * HBase record: `m_title`, `m_content`, `g_publish_time`, `r_read_num`): one lower-case letter and `_`.
 */
let SCOPE_PREFIX: RegExp;
/**
 * An entity prefix every key of a record shares (`Art_` of 东方财富's `Art_Title`, `Art_Content`): a
 * letter, then letters or digits, and `_` before the next letter.
 */
let KEY_PREFIX: RegExp;
/**
 * A key that is a stock code: an exchange's digits, perhaps with the market before or after them (`2330`, `600000`,
 * `sh600000`, `00700.HK`, `2330.TW`). @bounded: anchored, fixed alternatives.
 */
let CODE_KEY: RegExp;
/** A year (`2024`): keys that are all years are an archive by year, not by stock. */
let YEAR_KEY: RegExp;
/** A key JavaScript lists before the others, in number order: an array index (`5007`, not `0700`). */
let INDEX_KEY: RegExp;
/** A label's colon: a field that holds one may hold a credit line, not a name. */
let CREDIT_LABEL: RegExp;
/**
 * A site's navigation scraped as an entry: a 更多 link (`查看更多 &gt;`), an ICP licence number (`粤ICP备2026012599号-4`),
 * a template's unfilled placeholder (`${title}`, `{{title}}`), a space entity alone (`&nbsp;`).
 * @bounded: one alternative per entry, each a fixed word or a bounded run.
 */
let NAVIGATION_ENTRY: RegExp;
/**
 * A link to a list of stories (`https://www.cs.com.cn/sylm/jsbd/list.html`, `http://stock.10jqka.com.cn/ggjj_list/`),
 * not to one story. @bounded: one run up to the path's last separator, then a fixed word.
 */
let LIST_PAGE: RegExp;
/** A flash's headline in 【】 opening a text. @bounded: one run of at most 200 characters, no bracket in it. */
let FLASH_HEADLINE: RegExp;
/** A Han character; ten in a row (with punctuation between), a Chinese text. */
let HAN: RegExp;
let HAN_RUN: RegExp;
/** A Weibo topic alone (`#北京防疫再入战时状态#`): a post's topic cell, not its headline. */
let WEIBO_TOPIC: RegExp;
/** A topic's marks inside a headline (`第93届#奥斯卡颁奖典礼推迟#`). @bounded: one run of at most 80 characters. */
let TOPIC_MARKS: RegExp;
/**
 * The mark an API joined a story's paragraphs with where a line end would be: `#&#` (太平洋证券's news API,
 * `"sum":"#\u0026#每经记者朱丹丹#\u0026#11月15日，…"`; a Java helper's `SPLIT_CHAR_KEYWORD = "#&#"`), never a
 * character reference after a `#` (`C#&#12290;`, its `;` closing). @bounded: a fixed mark, a look-ahead of eight.
 */
let PARAGRAPH_MARK: RegExp;
/**
 * A run of four spaces or more a scraper joined a story's paragraphs with where a line end would be (a newspaper
 * crawler's `    首席记者  潘高峰    “实在是太感谢了…”    林为彬是…`, each `<p>`'s indent kept as spaces, datasets/fresh-78):
 * read as a line end in a body that has none and holds two such runs between its words. @bounded: one class, no nesting.
 */
let SPACE_JOINT: RegExp;
let SENTENCE_END: RegExp;
/**
 * A cut body's last, unfinished sentence when it opens a disclaimer (`…的情形。免责声明：本文基于大数`):
 * the disclaimer's first words, not text. @bounded: at most 60 characters after the label, no sentence end.
 */
let CUT_DISCLAIMER: RegExp;
/**
 * A teaser's call to click through to the whole piece after its last sentence or its cut (金十数据's
 * `…甚至可能挤压农业用油。点击查看`, `…有助于偿还债务……点击查看...` once the cut mark is gone; a site's summaries'
 * `……点击查看全图，了解更多详情！`, `……点击查看完整报告。`): the link's label, no sentence of the story — the call alone or
 * with what it opens, and a call to learn more after it; a sentence that goes on (`点击查看次数超过3万次，…`) stays.
 * @bounded: anchored at the body's end; tried only right after a sentence's end, bounded runs after it.
 */
let TEASER_LINK: RegExp;
/**
 * A CMS's template token a list's scraper copied for an embedded player (央视网's
 * `[!--begin:htmlVideoCode--]<id>,0,1,16:9,newPlayer[!--end:htmlVideoCode--]`): a placeholder, never text.
 * @bounded: the token's name and value are capped, its value holds no `[`.
 */
let TEMPLATE_TOKEN: RegExp;
/**
 * A body that only sends the reader to the story's page (`详情请点击链接查看`, `点击查看原文`, `阅读原文`): a spider's
 * placeholder for the text it did not fetch. @bounded: anchored, a few optional words, no repeat but the closing stops.
 */
let LINK_PLACEHOLDER: RegExp;
/**
 * A body that only points to where the paper tells the story: another page of the edition (`>>>详见A3版`, as a newspaper
 * crawler in the search index names such rows, file 29177635460: "usually pointing to the article on other page") or
 * the paper's site (新民晚报's front page, `>>>详见新民网www.xinmin.cn`, datasets/fresh-78): a front-page teaser's
 * placeholder, never text. @bounded: anchored, each run capped.
 */
let POINTER_PLACEHOLDER: RegExp;
/** HTML tags in a record's content: its body is HTML, not plain text. A tag holds no `<` (so `<p<p<p…` is linear). */
let HTML_TAG: RegExp;
/** HTML whose first text, after its own tags, is an escaped tag (`<p>&lt;div class="…"&gt;</p>`): a page's source pasted as text. */
let PASTED_MARKUP: RegExp;
let SLUG: RegExp;
/**
 * A file's path (`images/logo.png`, an image's `src` where an outlet's key may be): ASCII with a slash, no name.
 * @bounded: the run before the first slash holds none, so the pattern is tried one way.
 */
let FILE_PATH: RegExp;
let DATE_ONLY: RegExp;
let TIME_ONLY: RegExp;
/** A site's address where a record's outlet key is (`website: "https://…"`): it names no outlet. */
let SITE_ADDRESS: RegExp;
/** A `来源：` label opening a text, then up to twelve Han characters: where a glued credit's outlet is looked for. */
let GLUED_SOURCE_CREDIT: RegExp;
/** What sets a credit off from the words after it: white space or punctuation. */
let CREDIT_SET_OFF: RegExp;
/**
 * A link to a person's or an account's page (今日头条's `https://www.toutiao.com/c/user/token/…/`, `…/user/123`,
 * `…/author/…`, `…/u/…`): a feed item's `url` may be its writer's page while another key (`source_url`) links the
 * story, so it is the story's link only when the record has none other (`storyLink`).
 */
let PROFILE_PAGE: RegExp;
/**
 * A key the mapping does not list whose name says it holds the story's link (`link_preview`, `detailUrl`,
 * `article_link`): a scraper's own name for it. Not a link to a picture, a sound, a video or an avatar.
 */
let LINK_KEY: RegExp;
let MEDIA_LINK_KEY: RegExp;
/**
 * A key the mapping does not list whose name says it holds a time (`articleTime`, `releaseDate`,
 * `post_time`, `issuedAt`, `createTimestamp`), perhaps as written text (`inner_date_text`, `pubTimeStr`): a news API's or a
 * collector's own name for its publish time, read when no listed key holds one. Case-sensitive, so that
 * `At` is a camel-case word and `format` is not a time.
 */
let TIME_KEY: RegExp;
/**
 * A time key naming another moment than the story's publication (an update, a crawl, an event's span), as Unix names
 * a file's times too: `mtime` and `utime` are when it was modified or updated (网易's list items: `mtime` beside
 * `ptime`, the publication).
 */
let OTHER_MOMENT: RegExp;
/** A date written out: a four-digit year, a separator, a month. */
let WRITTEN_DATE: RegExp;
/**
 * A key the mapping does not list whose name says it holds credits (`authorMonitor`, `editorInfo`,
 * `staff`): its lines are read by the credit grammar (`资讯编辑：刘思琪 021-26096532`).
 */
let CREDIT_KEY: RegExp;
/**
 * A list of names each closed by a semicolon (`孟群舒;`, `毛锦伟;栗思;`), no digits in it.
 * @bounded: anchored; each repetition ends at a semicolon its names cannot hold, so no split is tried twice.
 */
let CLOSED_NAME_LIST: RegExp;
/**
 * The time label a news app's feed shows for an item (`刚刚`, `3分钟前`, `今天 10:20`, `昨天 10:04`, a day without its
 * year `5月8日 18:56`), written beside the item's absolute time (新浪新闻's timeline entry titled `昨天 10:04`, its story's
 * `showTime` one object down): a label relative to the day the feed was fetched, never a headline.
 */
let TIME_LABEL: RegExp;
/**
 * A key of a list's paging state (`pageSize`, `pageMaxNum`, `totalNum`, `has_more`): an object holding one is the
 * list's or page's head (新浪新闻's timeline `meta`), not one of its entries, whatever title it carries.
 */
let PAGING_KEY: RegExp;

/** The tags and blanks before an HTML body's first words (`<p>`, `<div class="…"><p>`). @bounded: eight tags of 300. */
let LEADING_TAGS: RegExp;
/** A name in Latin letters: one at least, and no Han (`CNBC`, `Yahoo Finance`). */
let LATIN_NAME: RegExp;
/** What a feed's name adds after its outlet's: a space or a dash, then a short label (`CNBC 市场`, `36氪 - AI`). */
let CHANNEL_LABEL: RegExp;

/** Compiles `READERS_RECORD_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersRecordPatterns(): void {
  [
    ENTITY_ID_KEY,
    SCOPE_PREFIX,
    KEY_PREFIX,
    CODE_KEY,
    YEAR_KEY,
    INDEX_KEY,
    CREDIT_LABEL,
    NAVIGATION_ENTRY,
    LIST_PAGE,
    FLASH_HEADLINE,
    HAN,
    HAN_RUN,
    WEIBO_TOPIC,
    TOPIC_MARKS,
    PARAGRAPH_MARK,
    SPACE_JOINT,
    SENTENCE_END,
    CUT_DISCLAIMER,
    TEASER_LINK,
    TEMPLATE_TOKEN,
    LINK_PLACEHOLDER,
    POINTER_PLACEHOLDER,
    HTML_TAG,
    PASTED_MARKUP,
    SLUG,
    FILE_PATH,
    DATE_ONLY,
    TIME_ONLY,
    SITE_ADDRESS,
    GLUED_SOURCE_CREDIT,
    CREDIT_SET_OFF,
    PROFILE_PAGE,
    LINK_KEY,
    MEDIA_LINK_KEY,
    TIME_KEY,
    OTHER_MOMENT,
    WRITTEN_DATE,
    CREDIT_KEY,
    CLOSED_NAME_LIST,
    TIME_LABEL,
    PAGING_KEY,
    LEADING_TAGS,
    LATIN_NAME,
    CHANNEL_LABEL,
  ] = READERS_RECORD_PATTERNS.map(regexFromLiteral) as RegExps<44>;
  readersRecordPatternsCompiled = true;
}

/**
 * Where a record sits: its `ref`, the line of the input its body starts on, its text as read (`raw`), and whether
 * it is one of a list of records (an array inside a JSON object, a sheet's rows), where a title and a link alone
 * are a headline; a lone object with a title and no text is no news (a label file's `title` beside its `textStartsWith`).
 */
export interface RecordPlace {
  ref: string;
  line: number;
  raw: string;
  /**
   * The record's own text when `raw` is its file's, shared with the records beside it (a file's labelled blocks): its
   * id is this text's hash, so each record of the file has its own (the store keeps one record an id).
   */
  ownText?: string;
  inList?: boolean;
  /** Its keys are a table row's columns in order, named by nothing (`column1`, …): its headline is read by place too. */
  unnamedColumns?: boolean;
  /** Its times are when a user saved it (a row of a note-taking app's table), not when its story was published: no date. */
  savedByUser?: boolean;
  /** When the snapshot its list sits in was taken (`updated_at` beside a 快报 bot's category arrays): the day of a bare `HH:MM`. */
  snapshot?: string | null;
  /** The feed it is an item of (an RSS channel, a feed saved as JSON): its title and its build time. */
  feed?: FeedHead;
}

/**
 * A feed's own facts as its items are read: the outlet its title names (`路透社 深度分析`, `中国 |路透社`:
 * `outletOfFeedTitle`, read once for all its items, not again for each — a title may be as long as the file), an
 * item's when the item names none, and when it was built (RSS's `lastBuildDate`), which an item stamped with it does
 * not take for its own date when its link names another day (`feedBuildDate`).
 */
export interface FeedHead {
  outlet: string | null;
  built: string | null;
}

/** A feed's head of its title and build time, as its reader finds them. */
export function feedHeadOf(title: string | null, built: string | null): FeedHead {
  return { outlet: title ? outletOfFeedTitle(title) : null, built };
}

/**
 * The outlet a feed's title names for one of its items: none when the item is an issue of the feed's own digest, its
 * title the feed's name then a joint or a date (a digest bot's `决策情报日报｜先查暴露…`, `决策情报日报 · 2026-09-10`) —
 * the feed compiled that item, it did not report it — unless the name is an outlet caixun knows by name (`人民日报 ·
 * 2024-01-02`: a paper's edition is still the paper's).
 */
function feedOutlet(feed: FeedHead | undefined, title: string | null): string | null {
  const outlet = feed?.outlet ?? null;
  if (outlet === null || title === null || !title.startsWith(outlet) || isKnownOutlet(outlet)) return outlet;
  const rest = title.slice(outlet.length).trimStart();
  return rest === "" || ISSUE_JOINTS.includes(rest[0]!) || (rest[0]! >= "0" && rest[0]! <= "9")
    ? null
    : outlet;
}

/** What joins a digest's name to its issue's headline or date in the issue's title. */
const ISSUE_JOINTS = "|｜·・:：-—–_";

/** How the records of one input are mapped: a mapping given for the input, else the feed packs that match each record. */
export class RecordMapper {
  private readonly resolved = new Map<RecordMapping | null, ResolvedMapping>();
  /** Records of one input usually share a feed: the pack that matched last is tried first. */
  private lastFeed: FeedPack | null = null;

  /** The keys any mapping in force reads (see `readsKey`); built when a record first needs them. */
  private keysRead: ReadonlySet<string> | null = null;

  constructor(
    private readonly packs: PackSet,
    /** The mapping given for the input; null: the feed packs that match each record, else the default. */
    readonly mapping: RecordMapping | null,
    private readonly settings: Pick<
      ParseSettings,
      | "recordTextMinHan"
      | "maxRecordFields"
      | "pageNavigationMaxLength"
      | "plainTitleMaxLength"
      | "titleHeadlineMinLength"
    > = DEFAULT_SETTINGS,
  ) {}

  /** Most fields a record keeps (`settings.maxRecordFields`). */
  get maxFields(): number {
    return this.settings.maxRecordFields;
  }

  /**
   * Whether a record's key is one a mapping in force reads or matches on — the given mapping, the default, a feed
   * pack — or a column name exports write for one (`LABEL_KEYS`): the fields a record past `maxRecordFields` keeps first.
   */
  readsKey(key: string): boolean {
    if (this.keysRead === null) {
      const keys = new Set<string>(Object.keys(LABEL_KEYS));
      const mappings = [this.mapping, null, ...this.packs.feeds];
      for (const mapping of mappings) for (const known of this.resolve(mapping).known) keys.add(known);
      for (const feed of this.packs.feeds)
        for (const alternative of feed.match ?? [])
          for (const path in alternative) keys.add(path.split(".")[0]!);
      this.keysRead = keys;
    }
    return this.keysRead.has(key);
  }

  /**
   * The document of one record, or `not-a-news-record` when the mapping finds no text field in
   * it. `where` says where the record sits (`ref`), which line of the input its body starts on,
   * its text as read (`raw`), and how many of its fields its reader already left out (`dropped`: a CSV row's
   * columns past `maxRecordFields`). `arrayRoles` gives its array's field roles (`readers/field-roles.ts`), asked
   * only when no key's name says which field is the text; absent, they are inferred from the record alone. A
   * record of more than `maxRecordFields` fields keeps that many (`keptFields`), and its Article says so.
   */
  document(
    record: Record<string, unknown>,
    where: RecordPlace & { dropped?: number },
    format: Format,
    arrayRoles?: () => FieldRoles | null,
  ): ReadItem {
    const max = this.settings.maxRecordFields;
    const keys = Object.keys(record);
    const kept = keys.length > max ? keptFields(keys, (key) => this.readsKey(key), max) : null;
    const read = this.mapped(kept === null ? record : fieldsOf(record, kept), where, format, arrayRoles);
    const dropped = (where.dropped ?? 0) + (kept === null ? 0 : keys.length - kept.length);
    if (dropped === 0 || "failure" in read) return read;
    const fields = dropped + Math.min(keys.length, max);
    const message = `the record has ${fields} fields: ${Math.min(keys.length, max)} kept (settings.maxRecordFields; the ones the record mapping reads first, then the others in order), ${dropped} dropped`;
    return { ...read, warnings: [...read.warnings, warning("fields-capped", message, where.line)] };
  }

  /** The document of one record of at most `maxRecordFields` fields (see `document`). */
  private mapped(
    record: Record<string, unknown>,
    where: RecordPlace,
    format: Format,
    arrayRoles?: () => FieldRoles | null,
  ): ReadItem {
    const given = this.mapping ?? this.feedOf(record);
    const mapping = this.resolve(given);
    const { fields } = mapping;
    if (given === null) {
      // A table's columns named after its entity (`art_id`, `art_title`, `art_source`) and an extractor's result whose
      // facts sit in a metadata object and whose text is a list of paragraph items: read under the names they mean.
      record = withMetadata(withoutEntityPrefix(record, mapping.known));
      if (firstText(record, fields.content) === null) record = withParagraphText(record);
    }
    // A JSON document beside news (a label, a setting, a manifest) has fields, but no text.
    const textPaths = [...fields.content, ...fields.summary];
    if (!textPaths.some((path) => mayHoldText(valueAt(record, path)))) {
      // An API's keys that spell the mapping's names another way (`Art_Title`, `Title`, `TITLE`) are read
      // under the names they spell; a given mapping names its keys as they are.
      const named = this.mapping === null ? keysByMeaning(record) : null;
      if (named !== null && textPaths.some((path) => mayHoldText(valueAt(named, path))))
        return this.mapped(named, where, format);
      // A record whose text sits one object down (金十's flash `{"id", "time", "data": {"content", "source_link"}}`):
      // that object's fields, read beside the record's own.
      // Its fields are capped as a record's are: the object may be the wide one.
      const inner = withInnerFields(record, textPaths);
      if (inner !== null) return this.document(inner, { ...where, dropped: 0 }, format);
      // One of a list of headlines (a sheet's rows, a cache's items under a stock): a title and the story's link, no text;
      // or, with no link, a title with the outlet that ran it and when (a finance app's 要闻 response kept as a bean's
      // sample, `{"title", "source":"证券时报", "date":"2017-06-19 08:51:40"}`): the outlet and the time make it a story's
      // headline, not a label or a menu entry.
      // A list's or a page's paging state beside its title (a timeline's `meta`: `title`, `url`, `pageSize`, `totalNum`)
      // is the list's head, not one of its headlines.
      if (where.inList && !holdsPagingState(named ?? record)) {
        // An entry whose story sits further down, its own title none or a time label (`nestedHeadline`): the story's.
        const headline = nestedHeadline(named ?? record, mapping) ?? named ?? record;
        const link = storyLink(headline, mapping);
        const title = firstText(headline, fields.title);
        if (title !== null && link !== null && !isNavigationEntry(title, link))
          return this.read(headline, mapping, where, format);
        if (title !== null && link === null && isOutletHeadline(headline, fields))
          return this.read(headline, mapping, where, format);
      }
      // A row of a research-report listing (eastmoney's report API, akshare's and tushare's report tables, a trading
      // project's `标题,报告类型,发布日期,机构`): a report's title, its day and the broker that issued it, never a body.
      if (isReportListing(record, fields)) return this.read(record, mapping, where, format);
      // Keys whose names say nothing (`{d, t, s, x, h}`) under the default mapping: the fields' roles, read from
      // their values (a mapping given or a feed's pack names its keys as they are; a record with a title and no
      // text is a title alone, or no news: a label file's `title` beside its `textStartsWith`).
      const inferred =
        given === null && !fields.title.some((path) => valueAt(record, path) !== undefined)
          ? arrayRoles === undefined
            ? inferFieldRoles([record], this.settings, mapping.known)
            : arrayRoles()
          : null;
      const byRole =
        inferred === null
          ? null
          : withRoleNames(
              record,
              where.unnamedColumns ? withRowTime(record, withHeadline(record, inferred)) : inferred,
            );
      if (byRole !== null && typeof byRole.content === "string")
        return this.read(withCodedNotes(byRole), mapping, where, format);
      const keys = textPaths.slice(0, 4).join(", ");
      return {
        failure: {
          code: "not-a-news-record",
          message: `not a news record: no text field (${keys}, … — the keys the record mapping reads as content or summary)`,
          ref: where.ref,
        },
      };
    }
    return this.read(record, mapping, where, format);
  }

  /** The document of a record the mapping finds a text field in. */
  private read(
    record: Record<string, unknown>,
    mapping: ResolvedMapping,
    where: RecordPlace,
    format: Format,
  ): ReadItem {
    if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
    const { fields } = mapping;
    const text = (paths: readonly string[]) => firstText(record, paths);
    // A social platform's status (Weibo's, 雪球's, Twitter's APIs: its writer a `user` object with a `screen_name`)
    // names under `source` the app it was posted from (`雪球`, `Android`, `<a …>iPhone客户端</a>`), not an outlet.
    // A scraper's source field may hold the outlet and the page's time in one string (`中国经济网 2017-04-27 14:43:10`,
    // guapier/sina-financial's roll export): the outlet, and the time when no field states one.
    // The story's own link, read before its outlet and title: the outlet its host names may be the English name a
    // bilingual record gives, a feed's name may add a channel to it, and the site may close the title.
    const originalUrl = storyLink(record, mapping);
    const credit = withoutStamp(
      (isPlatformStatus(record)
        ? null
        : (englishOutletName(record, fields.feedName, text(fields.title), originalUrl) ??
          text(fields.feedName))) ?? "",
    );
    // A paper named in title marks after its country (a byline object's `英国《金融时报》`) is the paper.
    const creditName = credit.name === "" ? null : titledPaper(credit.name);
    // A source field holding one writer's name where no field names the writer (a 华尔街见闻 crawler's `source` column:
    // `叶桢`, the story's own credit naming the outlet) names the writer, never the outlet.
    const writer =
      creditName !== null && text(fields.author) === null && isLonePersonName(creditName) ? creditName : null;
    const feedName =
      writer !== null || creditName === null ? null : withoutChannelLabel(creditName, originalUrl);
    const feedKey = mapping.feed?.key ?? firstSlug(record, fields.feedKey);
    const statedChannel =
      mapping.feed?.name ??
      (feedName !== null && !isSlug(feedName) && !SITE_ADDRESS.test(feedName) && !FILE_PATH.test(feedName)
        ? feedName
        : null) ??
      feedOutlet(where.feed, text(fields.title)) ??
      null;

    let title = listTitle(text(fields.title) ?? "");
    // A title field holding its list item's whole text, a line each (a rail digest's `标题`: the headline, a download
    // link's label, the column, the item's day): the headline is the first line, and the day closing it the item's own
    // date — the record's date key is then the day the digest collected the item, not the day the list shows.
    const listedDay = listItemDay(title);
    if (listedDay !== null) title = title.slice(0, title.indexOf("\n")).trim();
    // A title closed by the name of the site the record names (Google News' and NewsAPI's `标题 - 华尔街见闻`): its outlet
    // field's, else its link's host's (NewsAPI's `source: {Name: "Wallstreetcn.com"}` beside a wallstreetcn.com link).
    const site = feedName ?? (originalUrl === null ? null : outletOfUrl(originalUrl));
    if (site !== null) title = withoutStatedSite(title, site, this.settings);
    const content =
      withPageMarkup(record, text(fields.content), fields.content) ?? paragraphList(record, fields.content);
    const summary = text(fields.summary);
    // A content that lost every Han character a Chinese summary has (a scrape that kept only ASCII:
    // `518(NASDAQ:DOYU)2021MAU()1.92MAU`) is no body: the summary is.
    const lost = content !== null && summary !== null && !HAN.test(content) && HAN_RUN.test(summary);
    // A body cut by an API loses its cut mark; a teaser the record gives for want of a body keeps it (a news-list app's
    // `introduction` cut at `...`): it is the record's whole text as stated, a dek that says the story goes on.
    const whole = lost ? null : content;
    const uncut =
      whole !== null ? withoutCutMark(withParagraphMarks(whole)) : withParagraphMarks(summary ?? "");
    // A teaser's link is looked for only where its call is (`点击`): the pattern is tried at every position.
    let body = withoutCommaPadding(
      withoutPlaceholders(uncut.includes("点击") ? uncut.replace(TEASER_LINK, "") : uncut),
    );
    // HTML a CMS stored escaped (`&lt;p&gt;…`, its own `&nbsp;` as written), unescaped once to be read as HTML; and a
    // page's source pasted into a rich editor as text, each of its lines a paragraph whose text is the escaped markup
    // (a ThinkCMF row's `&lt;p&gt;&amp;lt;div class=&quot;news-article&quot;&amp;gt;&lt;/p&gt;`), unescaped once more.
    if (body.includes("&lt;")) {
      let unescaped = HTML_TAG.test(body) ? body : decodeHtml(body);
      if (PASTED_MARKUP.test(unescaped)) unescaped = decodeHtml(unescaped);
      if (HTML_TAG.test(unescaped)) body = unescaped;
    }
    // A credit run into the text's first words (`来源：央视新闻9月5日，…`) set on its own line for the credit grammar.
    body = withGluedSourceCredit(body, feedName);
    // A flash opens with its headline in 【】: the title when none is stated, and not repeated in the text
    // (nor when the title is the headline with the spaces or the site's name an API wrote differently).
    // A post's topic for a title (a Weibo row's `#话题#`) gives way to the headline the post opens with, its topic marks
    // dropped (`【第93届#奥斯卡颁奖典礼推迟#】` is 第93届奥斯卡颁奖典礼推迟).
    // A feed that writes the flash itself as the item's title (an RSS bridge's `<title>` holding the whole flash,
    // or the flash cut at a length) states no headline: the flash's 【headline】 or its first sentence is the title.
    // A crawler's title that copies the flash but not the body's words (cut at a length, an older wording, without the
    // dateline) opens with the flash's 【headline】 over a text too long for a title that ends a sentence inside: that
    // headline is the title, and the body's own 【headline】 (the same flash's, however reworded since) is not text.
    let flashTitle = false;
    if (title !== "" && repeatsFlash(title, body)) title = "";
    else if (title.charCodeAt(0) === 0x3010) {
      const copied = FLASH_HEADLINE.exec(title);
      const rest = copied === null ? "" : title.slice(copied[0].length);
      // A headline a column's label brackets (`【盘中宝】…，这家公司…`) runs long too, but ends no sentence inside.
      if (
        copied !== null &&
        rest.length > this.settings.plainTitleMaxLength &&
        rest.slice(0, -1).includes("。")
      ) {
        title = copied[1]!.trim();
        flashTitle = true;
        // A feed that states the flash only as its title (新浪's 7x24 relayed with an empty `description`): the flash
        // after its headline is the text.
        if (body.trim() === "") body = rest.trim();
      }
    }
    const topic = title.charCodeAt(0) === 0x23 && WEIBO_TOPIC.test(title);
    const headline = FLASH_HEADLINE.exec(body);
    if (headline && (title === "" || topic || flashTitle || sameHeadline(headline[1]!, title))) {
      if (title === "") title = headline[1]!.trim();
      else if (topic) title = headline[1]!.replace(TOPIC_MARKS, "$1").trim();
      body = body.slice(headline[0].length).trimStart();
    }
    if (title !== "") body = withoutPageNavigation(body, title, this.settings.pageNavigationMaxLength);
    // A feed's description that only repeats the headline and names its outlet (Google News RSS: `<title> 财联社`,
    // `标题&nbsp;&nbsp; 华尔街见闻` as a job relays it under `description`) is no text: the record is a headline.
    if (feedName !== null && isHeadlineAndOutlet(body, title, feedName)) body = "";
    // A site's navigation scraped among its entries, untitled and untimed (`查看更多 &gt;`, an ICP number, an
    // unfilled `${title}`, a label mis-decoded past reading, a channel's name linking to its list page), is no article.
    const timeless = fields.publishedAt.some((path) => valueAt(record, path) === "");
    const stated = where.savedByUser
      ? null
      : recordDate(record, mapping, where.snapshot ?? null, originalUrl, timeless, credit.stamp);
    const built = stated !== null && feedBuildDate(stated, where.feed, originalUrl);
    const date = listedDay ?? (built ? null : stated);
    if (title === "" && date === null && isNavigationEntry(body, originalUrl)) {
      return {
        failure: {
          code: "not-a-news-record",
          message: `not a news record: a site's navigation entry (${JSON.stringify(body.slice(0, 40))}), not an article`,
          ref: where.ref,
        },
      };
    }

    const ownId = text(fields.id);
    const id = ownId === null ? null : feedKey === null ? ownId : `${feedKey}:${ownId}`;
    const data: Record<string, unknown> = {};
    const securities = this.securities(record, mapping, data);
    if (title !== "") data.title = title;
    if (date !== null) data.date = date;
    const categories = firstValue(record, fields.categories);
    if (categories !== undefined) data.categories = names(categories);
    const tags = firstValue(record, fields.tags);
    if (tags !== undefined) data.tags = names(tags);
    const credited: Credited = {
      author: text(fields.author) ?? bylineWriters(record.byline) ?? writer,
      editor: text(fields.editor),
      source: null,
    };
    // An export's writers each closed by a semicolon (CNKI's `毛锦伟;栗思;`, `NA;` for none): the names in a list.
    if (credited.author !== null && CLOSED_NAME_LIST.test(credited.author))
      credited.author = credited.author
        .split(/[;；]/)
        .map((name) => name.trim())
        .filter(Boolean)
        .join("、");
    // An author field holding its page's credit block (`记者：白金蕾    编辑：岳彩周`, a feed item's `creator`): the
    // writers it names, and the editor when no field names one.
    const block =
      credited.author !== null && CREDIT_LABEL.test(credited.author) ? readCreditLine(credited.author) : null;
    if (block?.kind === "staff" && block.authors.length > 0) {
      credited.author = block.authors.join("、");
      if (credited.editor === null && block.editors.length > 0) credited.editor = block.editors.join("、");
    }
    // An editor field whose value writes a writer's label (a crawler's `m_editor: '作者：老沉'`, the page's byline slot
    // copied whole): the label says whom it names, not the key.
    const labelled =
      credited.editor !== null && CREDIT_LABEL.test(credited.editor)
        ? readLabelledFields(credited.editor)
        : null;
    if (labelled?.length === 1 && labelled[0]!.kind === "author") {
      credited.author ??= labelled[0]!.value;
      credited.editor = null;
    }
    if (credited.author === null || credited.editor === null) creditFields(record, mapping, credited);
    // A credit key's 本文来源：X line names the outlet as a feed's name does.
    const channelName = statedChannel ?? credited.source;
    if (credited.author !== null) data.author = withoutBadge(credited.author);
    if (credited.editor !== null) data.editor = withoutBadge(credited.editor);
    for (const key in record) {
      if (Object.hasOwn(record, key) && !mapping.known.has(key) && !Object.hasOwn(data, key))
        setOwn(data, key, record[key]);
    }
    // The item's other stamps of its feed's build time (rss-parser's `isoDate` copy of `pubDate`) are no date either.
    if (built) {
      const instant = instantOf(stated);
      for (const key in data) if (instantOf(data[key]) === instant) delete data[key];
    }
    // A link that is no web address (a path without its host, `/22/0323/09/….html`) is no originalUrl: it is
    // kept under its key in `extra`, not lost.
    if (originalUrl === null) {
      const key = fields.url.find((path) => !path.includes(".") && typeof record[path] === "string");
      if (key !== undefined && (record[key] as string).trim() !== "") setOwn(data, key, record[key]);
    }
    return {
      document: {
        data,
        hasFrontMatter: false,
        body,
        bodyLine: where.line,
        syntax: bodySyntax(body, format),
        raw: where.raw,
        // A file name's number is the id of a one-document input, never of every record of a dump.
        filename: undefined,
        ref: where.ref,
        format,
        id: id ?? `h${hash64(where.ownText ?? where.raw)}`,
        originalUrl,
        channel: channelName === null ? null : { name: channelName, role: "outlet" },
        securities,
        // A summary beside the body is the page's 摘要 (the credits stage reads the outlet it may close with).
        ...(summary !== null && content !== null && !lost ? { summary } : {}),
        ...(date === null && timeless ? { timeless: true } : {}),
      },
      warnings: [],
    };
  }

  /**
   * The documents of a feed saved as JSON, the object a feed-to-JSON tool writes — `rss-parser`'s `{items: […], title,
   * feedUrl, lastBuildDate}`, JSON Feed's `{title, items}`, rss2json's `{feed: {title}, items}`, feedparser's `{feed,
   * entries}`: one document per item, the `index`th (from 0) at `refOf(index)`, each told its feed's title and build
   * time (`FeedHead`, from the object or its `feed`). Null when the object is no feed — it holds no item list, or a
   * text field of its own (a story with a list of related items) — or none of its items is news.
   */
  feedDocuments(
    container: Record<string, unknown>,
    line: number,
    refOf: (index: number) => string,
  ): ReadItem[] | null {
    const list = FEED_ITEM_KEYS.map((key) => container[key]).find(Array.isArray);
    if (list === undefined) return null;
    if (this.resolve(this.mapping).fields.content.some((path) => valueAt(container, path) !== undefined))
      return null;
    const head = isJsonObject(container.feed) ? container.feed : container;
    const feed = feedHeadOf(stringOrNull(head.title), stringOrNull(head.lastBuildDate));
    const items = list
      .filter(isJsonObject)
      .map((item, index) =>
        this.document(
          item,
          { ref: refOf(index), line, raw: recordJson(item), inList: true, feed },
          "dump-record",
        ),
      );
    return items.some((item) => "document" in item) ? items : null;
  }

  /**
   * The documents of the records a JSON object that is no news record holds in its arrays — an API response's
   * `{"data": {"items": […]}}`, a scraper's export of `{"全部": […], "A股": […]}` category arrays — in document
   * order, the `index`th (from 0) at `refOf(index)`; null when none of them is news (a manifest, a settings
   * file: the object stays one failure).
   */
  nestedDocuments(
    container: Record<string, unknown>,
    line: number,
    refOf: (index: number) => string,
    raw = "",
  ): ReadItem[] | null {
    const items: ReadItem[] = [];
    this.readArraysWithin(container, NESTED_RECORD_DEPTH, line, refOf, items, null, raw, null, null);
    return items.some((item) => "document" in item) ? items : null;
  }

  /**
   * Reads the objects in the arrays of a JSON object into `items`, in document order, looking through its nested
   * objects `depth` levels down; the roles of an array's fields are inferred from its records together. An object
   * that is no news record but holds arrays (a scraped site's `{name, items: […]}` among a snapshot's `sources`)
   * is a group: its records are read in its place, numbered on, and it is none itself. A group naming its outlet (a
   * dashboard's cache `{source: "东方财富 7x24", list: […]}`) names that of its records that name none, as a feed's
   * title does its items'.
   */
  private readArraysWithin(
    value: Record<string, unknown>,
    depth: number,
    line: number,
    refOf: (index: number) => string,
    items: ReadItem[],
    filedUnder: string | null,
    raw: string,
    snapshot: string | null,
    feed: FeedHead | null,
  ): void {
    // A group's own stamp (a scraper's `updated_at`, `fetched_at`) is when its lists were taken, not when a story was.
    const taken = snapshotStamp(value) ?? snapshot;
    const head = this.groupOutlet(value) ?? feed;
    // An object keyed by stock codes (`{"5007": {items: […]}, "2330": …}`): each key is the code its records are filed
    // under, read in the file's order (JavaScript lists number-like keys in number order).
    const byCode = isKeyedByCodes(value);
    for (const key of byCode ? inWrittenOrder(Object.keys(value), raw) : Object.keys(value)) {
      const field = value[key];
      const code = byCode ? key : filedUnder;
      if (Array.isArray(field)) {
        const records = field.filter(isJsonObject).map((record) => filedRecord(record, code));
        // Inferred once, and only when a record's keys name no text.
        let roles: FieldRoles | null | undefined;
        const arrayRoles = () => {
          if (roles === undefined)
            roles =
              this.mapping === null ? inferFieldRoles(records, this.settings, this.defaultKeys()) : null;
          return roles;
        };
        for (const record of records) {
          const where = {
            ref: refOf(items.length),
            line,
            raw: recordJson(record),
            inList: true,
            snapshot: taken,
            ...(head === null ? {} : { feed: head }),
          };
          const read = this.document(record, where, "dump-record", arrayRoles);
          if ("failure" in read && depth > 1 && holdsArray(record))
            this.readArraysWithin(record, depth - 1, line, refOf, items, code, raw, taken, head);
          else items.push(read);
        }
      } else if (isJsonObject(field) && depth > 1)
        this.readArraysWithin(field, depth - 1, line, refOf, items, code, raw, taken, head);
    }
  }

  /**
   * The outlet a group names under an outlet key of its own (`source`, `publisher`: the mapping's feed-name keys) as a
   * feed's title names one (`outletOfFeedTitle`: a known outlet or a publication's name, `东方财富 7x24` → 东方财富);
   * null where every such key holds a slug or a platform (`Jin10`, `weibo`) or a name too long for one.
   */
  private groupOutlet(group: Record<string, unknown>): FeedHead | null {
    for (const path of this.resolve(this.mapping).fields.feedName) {
      const name = group[path];
      // A dotted path names a nested object's field; an outlet's name is short (the cap bounds the split).
      if (typeof name !== "string" || name.length > GROUP_OUTLET_MAX_LENGTH || name.trim() === "") continue;
      const outlet = outletOfFeedTitle(name.trim());
      if (outlet !== null) return { outlet, built: null };
    }
    return null;
  }

  /** The keys the default mapping reads by name. */
  private defaultKeys(): ReadonlySet<string> {
    return this.resolve(null).known;
  }

  private feedOf(record: Record<string, unknown>): FeedPack | null {
    if (this.lastFeed !== null && mappingMatches(this.lastFeed, record)) return this.lastFeed;
    const feed = this.packs.feeds.find((pack) => mappingMatches(pack, record)) ?? null;
    if (feed !== null) this.lastFeed = feed;
    return feed;
  }

  private resolve(mapping: RecordMapping | null): ResolvedMapping {
    let resolved = this.resolved.get(mapping);
    if (resolved === undefined) {
      resolved = resolveMapping(mapping);
      this.resolved.set(mapping, resolved);
    }
    return resolved;
  }

  /** The record's stock lists' securities; a lone code no listing reads is put in `unread` under its key. */
  private securities(
    record: Record<string, unknown>,
    mapping: ResolvedMapping,
    unread: Record<string, unknown>,
  ): Listing[] {
    const found: Listing[] = [];
    let listed = false;
    for (const list of mapping.securities) {
      if (list.fallback && listed) continue;
      const value = valueAt(record, list.path);
      // A code alone (`code: "002855"`) is a list of one; a value that reads as no listed code (a status `code`, a
      // market the model has no name for) is kept under its key (`extra`), not lost.
      if (typeof value === "string") {
        const security = listedSecurity({ code: value }, list.markets);
        if (security !== null) found.push(security);
        else if (value.trim() !== "" && !list.path.includes(".")) setOwn(unread, list.path, value);
        continue;
      }
      const items = value;
      if (!Array.isArray(items)) continue;
      listed = true;
      for (const item of items) {
        const listing =
          typeof item === "string"
            ? { code: item }
            : item !== null && typeof item === "object"
              ? {
                  code: firstText(item as Record<string, unknown>, list.code ?? ["code"]) ?? "",
                  name: firstText(item as Record<string, unknown>, list.name ?? ["name"]) ?? undefined,
                  market: firstText(item as Record<string, unknown>, list.market ?? ["market"]) ?? undefined,
                }
              : null;
        const security = listing === null ? null : listedSecurity(listing, list.markets);
        if (security !== null) found.push(security);
      }
    }
    return mergeSecurities([found]);
  }
}

/**
 * The keys a record of more than `max` fields keeps, in the record's order: the ones `reads` (the record mapping
 * reads them) first, then the others as they come, `max` in all.
 */
export function keptFields(keys: readonly string[], reads: (key: string) => boolean, max: number): string[] {
  let read = 0;
  for (const key of keys) if (reads(key)) read++;
  let others = max - Math.min(read, max);
  let reading = max;
  const kept: string[] = [];
  for (const key of keys) {
    if (reads(key) ? reading-- > 0 : others-- > 0) kept.push(key);
    if (kept.length === max) break;
  }
  return kept;
}

/** A record's credits read from its fields: the writer, the editor, and the outlet a credit line names. */
interface Credited {
  author: string | null;
  editor: string | null;
  source: string | null;
}

/**
 * The record with its columns named after its entity read under the names they mean (`art_title` → `title`,
 * `art_source` → `source`, when the table's first column is `art_id`), and its fields behind a scope letter
 * (`SCOPE_PREFIX`: `m_title` → `title`): only a name the mapping reads and the record does not hold itself; the
 * record itself when nothing is renamed.
 */
function withoutEntityPrefix(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
): Record<string, unknown> {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  let prefix: string | undefined;
  for (const key in record) {
    prefix = ENTITY_ID_KEY.exec(key)?.[1];
    break;
  }
  const nameOf = (key: string): string => {
    const bare =
      prefix !== undefined && key.startsWith(prefix)
        ? key.slice(prefix.length)
        : key.charCodeAt(1) === UNDERSCORE && SCOPE_PREFIX.test(key)
          ? key.slice(2)
          : key;
    return bare !== key && known.has(bare) && !Object.hasOwn(record, bare) ? bare : key;
  };
  // Most records rename nothing: they are looked over first, and only one that renames is copied.
  let renames = false;
  for (const key in record) {
    if (nameOf(key) === key) continue;
    renames = true;
    break;
  }
  if (!renames) return record;
  const named: Record<string, unknown> = {};
  for (const key in record) setOwn(named, nameOf(key), record[key]);
  return named;
}

const UNDERSCORE = 0x5f;

/** The keys of a record's object of facts about it (an extractor's `meta_info: {author_name, publish_time}`). */
const METADATA_KEYS = ["meta_info", "metaInfo", "meta", "metadata"];

/**
 * The record with the fields of its metadata object (`METADATA_KEYS`), one level down, read beside its own, its own
 * kept over the object's; the record itself when it has none.
 */
function withMetadata(record: Record<string, unknown>): Record<string, unknown> {
  const key = METADATA_KEYS.find((name) => isJsonObject(record[name]));
  if (key === undefined) return record;
  const { [key]: meta, ...own } = record;
  return { ...(meta as Record<string, unknown>), ...own };
}

/**
 * Keys of a story's text given as a list of paragraphs: strings, or items of a `type` with their `content` or `text`
 * (a news extractor's `contents: [{type: "text", content}, {type: "image", content: url}]`, its `texts` copy), and a
 * daily brief's items (a WeChat brief saved as `{title, news: ["…", "…"], sources, link, publish_date}`).
 */
const PARAGRAPH_KEYS = ["contents", "content", "paragraphs", "texts", "body", "text", "news"];
/** The item types of a paragraph list that are text; an image's, a video's item holds an address. */
const TEXT_ITEM_TYPES = ["text", "paragraph", "p", "heading"];
/** How long one of a list of strings is, at least, for the list to be paragraphs, not names or tags. */
const PARAGRAPH_MIN_LENGTH = 40;

/**
 * The record with its text read from its first list of paragraphs (`PARAGRAPH_KEYS`), one paragraph a block; every
 * such list is left out of it, as an extractor writes the same story into several (`contents`, `texts`). The record
 * itself when it holds no list of paragraphs.
 */
function withParagraphText(record: Record<string, unknown>): Record<string, unknown> {
  let text: string | undefined;
  const read = { ...record };
  for (const key of PARAGRAPH_KEYS) {
    const paragraphs = paragraphsOf(record[key]);
    if (paragraphs === null) continue;
    text ??= paragraphs.join("\n\n");
    delete read[key];
  }
  // A list item's summary given as paragraphs (`summary: ['…', '…']`, a news list's sample item) is the text of a
  // record that has no other, as a summary string is.
  if (text === undefined && !PARAGRAPH_KEYS.some((key) => typeof record[key] === "string")) {
    const summary = paragraphsOf(record[SUMMARY_KEY]);
    if (summary !== null) text = summary.join("\n\n");
    delete read[SUMMARY_KEY];
  }
  if (text === undefined) return record;
  read.content = text;
  return read;
}

/** The key of a record's summary, read as its text when it is a list of paragraphs and the record has no other text. */
const SUMMARY_KEY = "summary";

/**
 * The paragraphs of a list, told by what it holds: its strings, its items' text of a text type (`TEXT_ITEM_TYPES`, in
 * `content`, `text`, `value` or `data` — Baidu's feed API: `{type: "text", data: "…"}`), and the strings of a list nested in it (a spider that yields each section's `<p>`s as a
 * list), in order; null when it is no list of paragraphs — a list of records (items with a title or a link), of tags
 * (no string a sentence long), or with no text at all. `minLength` is how long one string must be (a key that may hold
 * tags needs a sentence). What holds no text is passed over, not taken for the list's kind: an item of another type (an
 * image's, its address in `src` or `content`), a null, a number (a page's or a figure's), a list nested deeper — any of
 * them made the whole list no paragraphs, and the story an empty body.
 */
function paragraphsOf(value: unknown, minLength = PARAGRAPH_MIN_LENGTH): string[] | null {
  if (!Array.isArray(value)) return null;
  const paragraphs: string[] = [];
  let long = false;
  for (const item of value)
    for (const piece of Array.isArray(item) ? item : [item]) {
      const text = paragraphText(piece);
      if (text === RECORD_ITEM) return null;
      // A typed item says the list is an extractor's blocks, however short its text.
      long ||= isJsonObject(piece);
      if (text === null) continue;
      if (text.trim() !== "") paragraphs.push(text.trim());
      long ||= text.length >= minLength;
    }
  return long && paragraphs.length > 0 ? paragraphs : null;
}

/**
 * Whether a field's value may be a record's text: anything present but a list of records — a wrapper's
 * `contents: [{type, title, content, url}]` (or `content: […]`) holds stories under a text key's name, to be read one
 * by one, not as its own body.
 */
function mayHoldText(value: unknown): boolean {
  return (
    value !== undefined &&
    !(Array.isArray(value) && value.some((item) => paragraphText(item) === RECORD_ITEM))
  );
}

/** An item that makes a list no paragraphs: a record (a title or a link of its own), or an object of no type. */
const RECORD_ITEM = Symbol("record item");

/** The text of one item of a paragraph list (see `paragraphsOf`): null for an item that holds none. */
function paragraphText(item: unknown): string | null | typeof RECORD_ITEM {
  if (typeof item === "string") return item;
  if (!isJsonObject(item)) return null;
  if (typeof item.type !== "string" || "title" in item || "url" in item) return RECORD_ITEM;
  if (!TEXT_ITEM_TYPES.includes(item.type)) return null;
  // A typed item's value under `data`: a news crawler's `content: [{data, type: "text"}]` (heqiang/news_data_push's
  // pushed records), the shape of a chat or print protocol's `{type: "text", data}` messages.
  const text = item.content ?? item.text ?? item.value ?? item.data;
  return typeof text === "string" ? text : null;
}

/** A record of only these of its keys. */
function fieldsOf(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of keys) setOwn(fields, key, record[key]);
  return fields;
}

/**
 * A record with the fields of the one object it holds that has a text field, the record's own non-empty values
 * kept over the object's; null when no object it holds has one.
 */
function withInnerFields(
  record: Record<string, unknown>,
  textPaths: readonly string[],
): Record<string, unknown> | null {
  for (const key in record) {
    const inner = record[key];
    if (!Object.hasOwn(record, key) || !isJsonObject(inner)) continue;
    if (!textPaths.some((path) => valueAt(inner, path) !== undefined)) continue;
    const merged: Record<string, unknown> = { ...inner };
    for (const own in record) {
      const value = record[own];
      if (own !== key && Object.hasOwn(record, own) && value !== null && value !== "")
        setOwn(merged, own, value);
    }
    return merged;
  }
  return null;
}

/**
 * The record under the names its keys spell, when they spell the mapping's another way: without an
 * entity prefix all its keys share (`Art_Title` → `Title`), a PascalCase key in camel case (`Title` →
 * `title`, `UniqueUrl` → `uniqueUrl`), a key in capitals in lower case (`PUBLISH_TIME` →
 * `publish_time`), a table's column name as the key it names (`新闻标题` → `title`, `LABEL_KEYS`). Null when
 * no key changes. The first key to spell a name keeps it.
 */
function keysByMeaning(record: Record<string, unknown>): Record<string, unknown> | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const keys = Object.keys(record);
  const prefix = keys.length >= 2 ? KEY_PREFIX.exec(keys[0]!)?.[1] : undefined;
  const shared = prefix !== undefined && keys.every((key) => key.startsWith(prefix));
  const named: Record<string, unknown> = {};
  let changed = false;
  for (const key of keys) {
    const bare = shared ? key.slice(prefix.length) : key;
    // A table's column names (`新闻标题`, `发布时间`: a DataFrame written as JSON records) read as the keys they name.
    const name = Object.hasOwn(LABEL_KEYS, bare)
      ? LABEL_KEYS[bare]!
      : /^[A-Z][A-Z0-9_]*$/.test(bare)
        ? bare.toLowerCase()
        : /^[A-Z][a-z]/.test(bare)
          ? bare[0]!.toLowerCase() + bare.slice(1)
          : bare;
    if (name !== key) changed = true;
    if (!Object.hasOwn(named, name)) setOwn(named, name, record[key]);
  }
  return changed ? named : null;
}

/**
 * How deep in a JSON object that is no news record its records are looked for: an export's
 * `{"全部": […], "A股": […]}` holds them one object down, an API response's `{"data": {"items": […]}}` two,
 * 新浪财经 7x24's `{"result": {"data": {"feed": {"list": […]}}}}` four.
 */
const NESTED_RECORD_DEPTH = 4;

/**
 * The story a list's entry holds further down when its own title is none or a time label (`TIME_LABEL`): 新浪新闻's
 * timeline entry `{title: "昨天 10:04", item: {base: {base: {url}}, info: {title, showTime, mediaInfo: {name}}}}`. The
 * nearest object (breadth first, `NESTED_RECORD_DEPTH` objects down, lists passed over: they hold covers and reasons,
 * not the story) holding a headline and a publish time is the story; when it states no link, the nearest story link
 * the entry holds (its own first) is its link. Null when the entry's own title is a headline, or no object down there holds one.
 */
function nestedHeadline(
  record: Record<string, unknown>,
  mapping: ResolvedMapping,
): Record<string, unknown> | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const { fields } = mapping;
  const own = firstText(record, fields.title);
  if (own !== null && !TIME_LABEL.test(own.trim())) return null;
  let story: Record<string, unknown> | null = null;
  let link = storyLink(record, mapping);
  let level = objectsIn(record);
  for (let depth = 1; depth <= NESTED_RECORD_DEPTH && level.length > 0; depth++) {
    const next: Record<string, unknown>[] = [];
    for (const object of level) {
      if (story === null) {
        const title = firstText(object, fields.title);
        if (
          title !== null &&
          !TIME_LABEL.test(title.trim()) &&
          publishDate(object, fields.publishedAt) !== null
        )
          story = object;
      }
      link ??= storyLink(object, mapping);
      next.push(...objectsIn(object));
    }
    if (story !== null && link !== null) break;
    level = next;
  }
  if (story === null || link === null || storyLink(story, mapping) !== null) return story;
  const linked = { ...story };
  setOwn(linked, "url", link);
  return linked;
}

/** The objects a record's own keys hold (not lists, not the record's own values). */
function objectsIn(record: Record<string, unknown>): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const key in record)
    if (Object.hasOwn(record, key) && isJsonObject(record[key]))
      objects.push(record[key] as Record<string, unknown>);
  return objects;
}

/** Whether a record holds a key of a list's paging state (`PAGING_KEY`). */
function holdsPagingState(record: Record<string, unknown>): boolean {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  for (const key in record) if (Object.hasOwn(record, key) && PAGING_KEY.test(key)) return true;
  return false;
}

/**
 * An object's keys in the order the JSON text writes them: number-like keys (`INDEX_KEY`) are listed by JavaScript in
 * number order, so they are put back where the text first names them as a key (`"5007":`); the others keep their
 * order. Without the text (or a key it does not name), the order is JavaScript's.
 */
function inWrittenOrder(keys: string[], raw: string): string[] {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  if (raw === "" || !keys.some((key) => INDEX_KEY.test(key))) return keys;
  const at = new Map<string, number>();
  for (const key of keys) {
    const found = keyPosition(raw, key);
    if (found < 0) return keys;
    at.set(key, found);
  }
  return [...keys].sort((a, b) => at.get(a)! - at.get(b)!);
}

/** Where a JSON text first names `key` as a key (`"key"` and then a colon), or -1. */
function keyPosition(raw: string, key: string): number {
  const quoted = `"${key}"`;
  for (let at = raw.indexOf(quoted); at >= 0; at = raw.indexOf(quoted, at + 1)) {
    let next = at + quoted.length;
    while (next < raw.length && raw.charCodeAt(next) <= 0x20) next++;
    if (raw[next] === ":") return at;
  }
  return -1;
}

/** Whether every key of an object is a stock code, and not every one a year (`isKeyedByCodes`). */
function isKeyedByCodes(value: Record<string, unknown>): boolean {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  let keys = 0;
  let years = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (!CODE_KEY.test(key)) return false;
    keys++;
    if (YEAR_KEY.test(key)) years++;
  }
  return keys > 0 && years < keys;
}

/**
 * A record read by its fields' roles with notes keyed by stock codes (a research card's `stockNotes: {"600183": "…",
 * "002463": "…"}`, `isKeyedByCodes`): the codes as its `symbols`, the companies it is about, unless it lists some.
 */
function withCodedNotes(record: Record<string, unknown>): Record<string, unknown> {
  if (Object.hasOwn(record, "symbols")) return record;
  for (const key in record) {
    const value = record[key];
    if (!Object.hasOwn(record, key) || !isJsonObject(value) || !isKeyedByCodes(value)) continue;
    const coded: Record<string, unknown> = {};
    for (const field in record) if (Object.hasOwn(record, field)) setOwn(coded, field, record[field]);
    setOwn(coded, "symbols", Object.keys(value));
    return coded;
  }
  return record;
}

/**
 * A record filed under a stock code (a key of an object keyed by codes), with the code as its `stock_code` — its stock
 * list of one, read as a security where the code names a listing the model knows, else kept — unless it states one.
 */
function filedRecord(record: Record<string, unknown>, code: string | null): Record<string, unknown> {
  if (code === null || Object.hasOwn(record, "stock_code")) return record;
  const filed: Record<string, unknown> = {};
  for (const key in record) if (Object.hasOwn(record, key)) setOwn(filed, key, record[key]);
  setOwn(filed, "stock_code", code);
  return filed;
}

/** The longest group outlet name read (`RecordMapper.groupOutlet`): `东方财富 7x24` is 10, a brand with its channel ~30. */
const GROUP_OUTLET_MAX_LENGTH = 40;

/** The keys under which a feed saved as JSON lists its items: RSS's and JSON Feed's `items`, Atom's `entries`. */
const FEED_ITEM_KEYS = ["items", "entries"];

/**
 * A record's own JSON, the raw text (and the id's hash) of a record read out of a list: `JSON.stringify`'s, or, for a
 * record nested deeper than its stack holds (some thousands of levels: a RangeError out of the whole read, its other
 * records lost), the same with every container past `maxExtraDepth` levels written as null, as `extra` keeps it.
 */
export function recordJson(record: object): string {
  try {
    return JSON.stringify(record);
  } catch {
    const depths = new Map<unknown, number>();
    return JSON.stringify(record, function (this: unknown, _key, value: unknown) {
      const depth = (depths.get(this) ?? 0) + 1;
      if (value === null || typeof value !== "object") return value;
      if (depth > DEFAULT_SETTINGS.maxExtraDepth) return null;
      depths.set(value, depth);
      return value;
    });
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/**
 * Whether an item's stated date is its feed's build time, not its story's: the same instant as the feed's
 * `lastBuildDate` (a route that stamps every item with the time it built the feed) while the item's link names
 * another day (`/2019/0906/365181.shtml`). A feed's newest item may be as new as the feed: its link's day agrees.
 */
function feedBuildDate(date: string, feed: FeedHead | undefined, link: string | null): boolean {
  if (feed?.built == null || link === null) return false;
  const instant = instantOf(date);
  if (Number.isNaN(instant) || instantOf(feed.built) !== instant) return false;
  const day = dayOfStoryUrl(link);
  if (day === null) return false;
  const named = Date.UTC(day.year, day.month - 1, day.day);
  // The link's day against the date's on either clock (UTC, China's): a story of that day is not contradicted.
  return Math.abs(instant - named) > 2 * DAY_MS;
}

/** The instant a value states as a date, NaN when it is no date (NaN equals nothing, itself included). */
function instantOf(value: unknown): number {
  return typeof value === "string" ? Date.parse(normalizeDate(value) ?? "") : Number.NaN;
}

/** Whether a JSON object has an array among its fields (a group of records, not a record). */
function holdsArray(value: Record<string, unknown>): boolean {
  for (const key in value) if (Object.hasOwn(value, key) && Array.isArray(value[key])) return true;
  return false;
}

/** How long a record's text may be and still be a navigation entry: a link's label, not a headline and its story. */
const NAVIGATION_MAX_LENGTH = 40;

/**
 * Whether a list's record without text or link is a headline by what it states beside its title: an outlet under a
 * source key (`looksLikeOutlet`: `证券时报`, `中国证券网`) and a publish time its date keys read (`publishDate`). A label's
 * or a setting's `title` states neither; the cheap string test on the source runs before the date's patterns.
 */
function isOutletHeadline(record: Record<string, unknown>, fields: ResolvedMapping["fields"]): boolean {
  const source = firstText(record, fields.feedName);
  return source !== null && looksLikeOutlet(source) && publishDate(record, fields.publishedAt) !== null;
}

/**
 * The keys a research-report listing names its issuer under: eastmoney's report API (`orgSName` 中邮证券, `orgName` its
 * company name), tushare's `research_report` (`inst_csname`); `机构` / `研究机构` are read as `orgName` (`LABEL_KEYS`).
 * A news table's `source` names an outlet; these name a broker or a research house, and only a report has one.
 */
const REPORT_ISSUER_KEYS = ["orgSName", "orgName", "inst_csname"] as const;

/** Whether a record with no text is a research-report listing's row: a title, a day and the report's issuer. */
function isReportListing(record: Record<string, unknown>, fields: ResolvedMapping["fields"]): boolean {
  return (
    firstText(record, REPORT_ISSUER_KEYS) !== null &&
    firstText(record, fields.title) !== null &&
    publishDate(record, fields.publishedAt) !== null
  );
}

/**
 * Whether a record's text is a navigation entry (`NAVIGATION_ENTRY`), a label linking to a list page, or mostly
 * replacement characters (a label mis-decoded past reading).
 */
function isNavigationEntry(body: string, link: string | null): boolean {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const text = body.trim();
  if (text.length > NAVIGATION_MAX_LENGTH) return false;
  if (NAVIGATION_ENTRY.test(text) || (link !== null && LIST_PAGE.test(link))) return true;
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  return replaced > 0 && replaced * 2 >= withoutWhitespace(text).length;
}

/**
 * Whether a flash's 【headline】 is its record's title: equal once white space is dropped, the title
 * perhaps followed by a separator and a site's name (`标题 - 东方财富网`).
 */
function sameHeadline(headline: string, title: string): boolean {
  const squeezedHeadline = withoutWhitespace(headline);
  const squeezedTitle = withoutWhitespace(title);
  if (squeezedHeadline === "" || !squeezedTitle.startsWith(squeezedHeadline)) return false;
  const rest = squeezedTitle.slice(squeezedHeadline.length);
  return rest === "" || /^[-–—|｜_]/u.test(rest);
}

/**
 * Whether a record's title only repeats its flash's opening: the body starts with it (white space dropped), and it
 * reads as the flash, not a headline over it — it opens with the flash's 【headline】, runs past a sentence's full
 * stop (the flash cut or whole: `…继续加息。中东、AI需求…`), or opens with the flash's dateline (`财联社9月18日电，…需求。`).
 * A one-sentence flash a feed states as its title (同花顺's `…交付车辆30468辆。`) is the feed's own title.
 */
function repeatsFlash(title: string, body: string): boolean {
  const squeezedTitle = withoutWhitespace(title);
  const stop = squeezedTitle.indexOf("。");
  const flash =
    squeezedTitle.startsWith("【") ||
    (stop !== -1 && (stop < squeezedTitle.length - 1 || readDateline(title)?.outlet != null));
  return flash && withoutWhitespace(body.slice(0, title.length * 2)).startsWith(squeezedTitle);
}

/**
 * A body without the comma runs a scraper padded it with, or left where it turned a line's end or punctuation into
 * commas (`,,新华社北京5月30日电,…,免去…职务,,,,…,`): two commas or more at its start or end are no text.
 */
function withoutCommaPadding(body: string): string {
  if (!body.startsWith(",") && !body.endsWith(",")) return body;
  let start = 0;
  while (start < body.length && (body[start] === "," || body[start] === " ")) start++;
  let end = body.length;
  while (end > start && (body[end - 1] === "," || body[end - 1] === " ")) end--;
  const opened = body.slice(0, start).split(",").length - 1;
  const closed = body.slice(end).split(",").length - 1;
  return body.slice(opened >= 2 ? start : 0, closed >= 2 ? end : body.length);
}
/** How many space joints (`SPACE_JOINT`) between its words make a body's paragraphs joined so. */
const SPACE_JOINTS_MIN = 2;

/** A record's body with its paragraph marks (`PARAGRAPH_MARK`) and its space joints (`SPACE_JOINT`) as line ends. */
function withParagraphMarks(body: string): string {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const marked = body.includes("#&#") ? body.replace(PARAGRAPH_MARK, "\n") : body;
  if (marked.includes("\n") || !marked.includes("    ")) return marked;
  const inner = marked.trim().match(SPACE_JOINT);
  return inner !== null && inner.length >= SPACE_JOINTS_MIN ? marked.replace(SPACE_JOINT, "\n") : marked;
}

/** Words of a page's navigation (an e-paper's `下一版返回栏目上一篇下一篇放大+缩小`): two name a run as navigation. */
const PAGE_NAVIGATION_WORDS = [
  "上一版",
  "下一版",
  "上一篇",
  "下一篇",
  "返回栏目",
  "返回目录",
  "放大",
  "缩小",
];

/**
 * A body without the page's navigation a scraper kept before it and the headline repeated after that
 * (`第1版：新闻下一版返回栏目上一篇下一篇放大+缩小-默认o联合国教科文组织确认北京\n为2029年…新华社巴黎8月5日电…`): the
 * body from the headline's end, when the headline (its white space passed over) starts within `maxLength`
 * characters after a run with no sentence end that names two navigation words. A dateline before a headline
 * names none and stays. Bounded: the navigation words are looked for in the first `maxLength` characters only.
 */
function withoutPageNavigation(body: string, title: string, maxLength: number): string {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  // Gated on the headline's first letter in the head first, a bounded look every record takes; then its words.
  const head = body.slice(0, maxLength);
  if (head.indexOf(title[0]!, 1) < 0) return body;
  if (PAGE_NAVIGATION_WORDS.filter((word) => head.includes(word)).length < 2) return body;
  const headline = withoutWhitespace(title);
  for (let at = head.indexOf(headline[0]!); at >= 0; at = head.indexOf(headline[0]!, at + 1)) {
    const end = lettersEnd(body, at, headline);
    if (end < 0) continue;
    const before = body.slice(0, at);
    return SENTENCE_END.test(before) ||
      PAGE_NAVIGATION_WORDS.filter((word) => before.includes(word)).length < 2
      ? body
      : body.slice(end).trimStart();
  }
  return body;
}

/** Where `letters` (a text without white space) end in `text` when they start at `at`, white space between them passed over; -1 when they do not. */
function lettersEnd(text: string, at: number, letters: string): number {
  let index = at;
  for (let k = 0; k < letters.length; k++) {
    while (index < text.length && /\s/u.test(text[index]!)) index++;
    if (text[index] !== letters[k]) return -1;
    index++;
  }
  return index;
}

/**
 * A record's body without the cut mark an API put where it cut it (`…主体功...`), and without the
 * disclaimer that cut interrupted; a body not cut is returned as it is.
 */
function withoutCutMark(body: string): string {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  // An API's cut mark: three full stops at the end, after a character that is none (`....` is the writer's).
  const end = body.trimEnd();
  if (!end.endsWith("...") || end.endsWith("....")) return body;
  const cut = end.slice(0, -3).trimEnd();
  return cut.replace(CUT_DISCLAIMER, "");
}

/**
 * A record's body without what only holds the place of a story: a player's template token, a "see the link" note
 * or a pointer to the story elsewhere standing for the whole body. A body of nothing else is empty (the Article says
 * `empty-body`).
 */
function withoutPlaceholders(body: string): string {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const text = body.includes("[!--") ? body.replace(TEMPLATE_TOKEN, "") : body;
  const trimmed = text.trim();
  if (trimmed.length > PLACEHOLDER_MAX) return text;
  return LINK_PLACEHOLDER.test(trimmed) || POINTER_PLACEHOLDER.test(trimmed) ? "" : text;
}

/** The longest placeholder (`LINK_PLACEHOLDER`, `POINTER_PLACEHOLDER`): a longer body is checked no further. */
const PLACEHOLDER_MAX = 48;

/**
 * A list's media badges a scraper copied after its headline (`…突破 157 亿人民币 视频`): the mark of the entry's
 * kind, not the title's words. Read as a word after a space that ends a title longer than `BADGED_TITLE_MIN`.
 */
const MEDIA_BADGES = ["视频", "图集", "组图", "直播", "音频"];
const BADGED_TITLE_MIN = 8;

/** The day closing a title that holds its list item's lines (`…（2025年2月）\n下载详细：…\n\n行业监测\n2025-03-10`), else null. */
function listItemDay(title: string): string | null {
  const end = title.lastIndexOf("\n");
  if (end < 0) return null;
  const last = title.slice(end + 1).trim();
  return last.length === 10 && last[4] === "-" && last[7] === "-" ? normalizeDate(last) : null;
}

/** A record's title as a reader sees it: its character references decoded (`80&#176;` → `80°`), its list's badge gone. */
function listTitle(stated: string): string {
  const title = stated.includes("&") ? decodeHtml(stated) : stated;
  const space = title.lastIndexOf(" ");
  const badge = title.slice(space + 1);
  return space >= BADGED_TITLE_MIN && MEDIA_BADGES.includes(badge) ? title.slice(0, space).trimEnd() : title;
}

/**
 * A site's badges after a name (虎嗅's `数字生命卡兹克©`, a verified account's `✓`): a mark of its standing, not the
 * name's.
 */
const NAME_BADGES = new Set([..."©®™✓✔"].map((ch) => ch.charCodeAt(0)));

function withoutBadge(name: string): string {
  let end = name.length;
  while (end > 1 && NAME_BADGES.has(name.charCodeAt(end - 1))) end--;
  return end === name.length ? name : name.slice(0, end).trimEnd();
}

function isPlatformStatus(record: Record<string, unknown>): boolean {
  return typeof valueAt(record, "user.screen_name") === "string";
}

function isSlug(value: string): boolean {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  return SLUG.test(value);
}

function firstValue(record: Record<string, unknown>, paths: readonly string[]): unknown {
  for (const path of paths) {
    const value = valueAt(record, path);
    if (
      value !== undefined &&
      value !== null &&
      value !== "" &&
      !(Array.isArray(value) && value.length === 0)
    ) {
      return value;
    }
  }
  return undefined;
}

/**
 * A row's page HTML beside its text flattened to one run (a 华尔街见闻 crawler's `src_content`, the page's `<p>`
 * paragraphs, beside `content`, their text joined by spaces around the pictures' bare `<img>` tags): the HTML, whose
 * paragraphs and captions the flattened copy lost. Only the same story: the HTML's first words, its opening tags left
 * out, are the text's first. A text with paragraphs of its own is read as it is, and so is a record whose mapping names
 * both keys (JSON Feed's `content_text` before its `content_html`): the mapping's order says which is read.
 */
function withPageMarkup(
  record: Record<string, unknown>,
  content: string | null,
  contentKeys: readonly string[],
): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  // Cheap first: a short text, or one with paragraphs, is no flattened page.
  if (
    content === null ||
    content.length < FLATTENED_MIN ||
    content.includes("</p>") ||
    content.includes("\n\n")
  )
    return content;
  const opening = content.slice(0, FLATTENED_OPENING);
  for (const key in record) {
    const value = record[key];
    if (typeof value !== "string" || value.length < content.length / 2 || !value.includes("</p>")) continue;
    if (contentKeys.includes(key)) continue;
    const start = LEADING_TAGS.exec(value)![0].length;
    if (value.startsWith(opening, start) && value.indexOf("</p>") !== value.lastIndexOf("</p>")) return value;
  }
  return content;
}

/** How long a text must be to be taken for a page flattened (shorter, a flash has no paragraphs to lose). */
const FLATTENED_MIN = 200;
/** How many of a flattened text's first characters the page's HTML must open with. */
const FLATTENED_OPENING = 16;

/** The first value at `paths` that is a non-empty string or a number, as trimmed text. */
function firstText(record: Record<string, unknown>, paths: readonly string[]): string | null {
  for (const path of paths) {
    const value = valueAt(record, path);
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return null;
}

/**
 * A feed's name that a job wrote as the outlet and a channel label of its own (`CNBC 市场` beside a cnbc.com link,
 * hkmb-yxz/quant-live; `36氪 - AI` beside a 36kr.com link, a digest's cards): the outlet its story's link is on, when the
 * name opens with that outlet's and goes on after a space or a dash with a short label; else the name as given.
 */
function withoutChannelLabel(name: string, link: string | null): string {
  const outlet = link === null ? null : outletOfUrl(link);
  if (outlet === null || !name.startsWith(outlet)) return name;
  return CHANNEL_LABEL.test(name.slice(outlet.length)) ? outlet : name;
}

/**
 * The outlet's own name where a bilingual record gives it in Chinese and in English (`source: "美国消费者新闻与商业频道"`,
 * `source_en: "CNBC"`: a digest job's translation of an English-language outlet's name, glenman/daily-finance-news) and
 * the story is written in English (a title of no Han): the name the outlet prints. A Chinese story keeps the name as
 * given (`source: "IT之家"`, `source_en: null`), and so does a record whose English twin is one word that no host of
 * its link names (`source_en: "YahooFinance"` beside a 247wallst.com link: an identifier, as the feed's slug test reads
 * it); one that the link's host names is the outlet (`CNBC` beside a cnbc.com link). Null when the first outlet field holding a name has no English twin.
 */
function englishOutletName(
  record: Record<string, unknown>,
  paths: readonly string[],
  title: string | null,
  link: string | null,
): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  if (title === null || HAN.test(title)) return null;
  const path = paths.find((key) => firstText(record, [key]) !== null);
  const english = path === undefined ? null : firstText(record, [`${path}_en`]);
  return english !== null &&
    LATIN_NAME.test(english) &&
    (!isSlug(english) || (link !== null && outletOfUrl(link) === english))
    ? english
    : null;
}

/**
 * A content key holding the story's paragraphs as a list (a spider that yields each `<p>`'s text:
 * `"content": ["（原标题：…）", "11月26日消息，…", "", …]`), read as `paragraphsOf` reads one, however short its strings (the
 * mapping names the key as the text's), one blank line apart, as a body written out has them. Null when no such list
 * holds text.
 */
/**
 * How a record's body is written: HTML (a tag), Markdown when it shows Markdown's syntax as a file without labels must
 * (a translation queue's `body` of `![](…)` pictures and `**bold**` lines, a reader service's copy of a page), else
 * plain lines. A digest's section is a dump's record written out by a bot as it was: its lines are read as written.
 */
function bodySyntax(body: string, format: Format): "html" | "markdown" | "plain-text" {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  if (HTML_START.test(body) || HTML_TAG.test(body)) return "html";
  return format === "dump-record" && markdownScore(body) >= MARKDOWN_THRESHOLD ? "markdown" : "plain-text";
}

function paragraphList(record: Record<string, unknown>, paths: readonly string[]): string | null {
  for (const path of paths) {
    const paragraphs = paragraphsOf(valueAt(record, path), 0);
    if (paragraphs !== null) return paragraphs.join("\n\n");
  }
  return null;
}

function firstSlug(record: Record<string, unknown>, paths: readonly string[]): string | null {
  for (const path of paths) {
    const value = valueAt(record, path);
    if (typeof value === "string" && isSlug(value.trim())) return value.trim();
  }
  return null;
}

function firstUrl(record: Record<string, unknown>, paths: readonly string[]): string | null {
  for (const path of paths) {
    const link = storyAddress(valueAt(record, path));
    if (link !== null) return link;
  }
  return null;
}

/** A value that is a whole web address and no person's page (`PROFILE_PAGE`), trimmed; else null. */
function storyAddress(value: unknown): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const link = webAddress(value);
  return link === null || PROFILE_PAGE.test(link) ? null : link;
}

/**
 * A value that is a whole web address, trimmed; else null. A feed item's link saved with the CDATA section its feed
 * wrapped it in (`<![CDATA[https://36kr.com/newsflashes/…?f=rss]]>`: a job that copied an RSS item's element text as
 * written) is the address inside.
 */
function webAddress(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let link = value.trim();
  if (link.startsWith("<![CDATA[") && link.endsWith("]]>")) link = link.slice(9, -3).trim();
  return WEB_ADDRESS.test(link) ? link : null;
}

/**
 * A source credit a feed ran into its digest's first words (网易's list digests, cut from the page's text: `来源：央视新闻9月5日，
 * 在广东…`, `来源：深圳天气深圳市气象台于…`): the credit set on its own line, for the credit grammar to read as the
 * story's source and take out, where the outlet's name ends — the record's own stated source when the run opens with
 * it, else the longest run of Han after the label that reads as an outlet's name (`looksLikeOutlet`). A credit set off already (a space, a stop, the end) is as it is.
 */
function withGluedSourceCredit(body: string, stated: string | null): string {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const credit = GLUED_SOURCE_CREDIT.exec(body);
  if (credit === null) return body;
  const label = credit[1]!.length;
  const run = credit[2]!;
  const split = (end: number) => `${body.slice(0, label + end)}\n\n${body.slice(label + end)}`;
  const glued = (end: number) => end < body.length - label && !CREDIT_SET_OFF.test(body[label + end]!);
  // The Han run ends at a stop or a space (`来源：证券时报网,国金证券指出…`): the credit is set off already.
  if (!glued(run.length)) return body;
  if (stated !== null && stated.length >= 2 && run.startsWith(stated) && glued(stated.length))
    return split(stated.length);
  for (let end = run.length; end >= 2; end--)
    if (glued(end) && looksLikeOutlet(run.slice(0, end))) return split(end);
  return body;
}

/**
 * The story's link: the first of the mapping's link keys (`firstUrl`), else a key whose name says it is one
 * (`namedUrl`), else a person's page under a link key when the record links nothing else (`PROFILE_PAGE`).
 */
function storyLink(record: Record<string, unknown>, mapping: ResolvedMapping): string | null {
  const link = firstUrl(record, mapping.fields.url) ?? namedUrl(record, mapping);
  if (link !== null) return link;
  for (const path of mapping.fields.url) {
    const profile = webAddress(valueAt(record, path));
    if (profile !== null) return profile;
  }
  return null;
}

/** The story's link under a key the mapping does not list but whose name says it is one (`LINK_KEY`). */
function namedUrl(record: Record<string, unknown>, mapping: ResolvedMapping): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  for (const key in record) {
    if (!Object.hasOwn(record, key) || mapping.known.has(key) || MEDIA_LINK_KEY.test(key)) continue;
    if (!LINK_KEY.test(key)) continue;
    const link = storyAddress(record[key]);
    if (link !== null) return link;
  }
  return null;
}

/** Names of a list of strings or `{ name }` objects, or a comma-separated string. */
function names(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value
    .map((item) =>
      item !== null && typeof item === "object" ? (item as Record<string, unknown>).name : item,
    )
    .filter((item) => typeof item === "string" || typeof item === "number");
}

/**
 * The record's publish date: its date keys' (`publishDate`), else a key's whose name says it holds a time
 * (`namedTime`), else the stamp its source field closes with (`creditStamp`: `中国经济网 2017-04-27 14:43:10`); a bare time
 * of day is on its snapshot's day (`onSnapshotDay`). A record with none and no empty date
 * key (`timeless`) takes the day its own web `address` names in its folders (`STORY_DAY_FOLDERS`: day folders,
 * `news.cctv.com/2026/09/03/…`, or a year's folder and a month-and-day one, 人民网's `/n1/2022/0530/c1001-…`; the
 * pipeline reads a file name's day, after any time the text states), else, with no web address, the day its site-relative link names
 * (`/realtime/china/story20230316-1373066`): a site's story paths carry their day.
 */
function recordDate(
  record: Record<string, unknown>,
  mapping: ResolvedMapping,
  snapshot: string | null,
  address: string | null,
  timeless: boolean,
  creditStamp?: string,
): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const date =
    publishDate(record, mapping.fields.publishedAt) ?? namedTime(record, mapping) ?? creditStamp ?? null;
  if (date !== null)
    return snapshot !== null && TIME_ONLY.test(date) ? (onSnapshotDay(date, snapshot) ?? date) : date;
  if (timeless) return null;
  if (address !== null) {
    const day = dayInFoldersOfUrl(address, STORY_DAY_FOLDERS);
    return day === null ? null : dayStart(day);
  }
  for (const path of mapping.fields.url) {
    const link = valueAt(record, path);
    const day = typeof link === "string" && link[0] === "/" ? dateFromUrl(link) : null;
    if (day !== null) return dayStart(day);
  }
  return null;
}

/**
 * A time of day (`21:31`) on the day of the snapshot it was listed in (`2026-08-18T21:42:26+08:00`), on China's clock;
 * a time later than the snapshot's own is the day before's (a list taken at 00:10 shows the flash of 23:50).
 */
function onSnapshotDay(time: string, snapshot: string): string | null {
  const instant = Date.parse(normalizeDate(snapshot) ?? "");
  if (Number.isNaN(instant)) return null;
  const clock = /^\d:/.test(time) ? `0${time}` : time;
  const taken = new Date(instant + CHINA_OFFSET_MS).toISOString();
  const day =
    clock.slice(0, 5) > taken.slice(11, 16)
      ? new Date(instant + CHINA_OFFSET_MS - DAY_MS).toISOString()
      : taken;
  return `${day.slice(0, 10)} ${clock}`;
}

/** When the object holding a list was taken: a key whose name says it holds a time, with a written date and time. */
function snapshotStamp(group: Record<string, unknown>): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  for (const key in group) {
    const value = group[key];
    if (typeof value === "string" && TIME_KEY.test(key) && WRITTEN_DATE.test(value) && /\d:\d\d/.test(value))
      return value;
  }
  return null;
}

/** A day, in milliseconds. */
const DAY_MS = 24 * 3600 * 1000;

/**
 * The publish date as the pipeline reads dates: a string as written (a date alone is joined with the time of
 * day a field beside it gives: `date` + `time`, a table's `发布日期` + `发布时间`), Unix seconds or milliseconds as
 * the instant on China's clock; a time of day alone when nothing else is given.
 */
function publishDate(record: Record<string, unknown>, paths: readonly string[]): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  // The keys are read once: the time of day, a day's same-day stamp and the stamp itself are taken from these values.
  const values = paths.map((path) => valueAt(record, path));
  let timeOfDay = timeOfDayIn(valueAt(record, "time"));
  for (let at = 0; timeOfDay === null && at < values.length; at++) timeOfDay = timeOfDayIn(values[at]);
  for (const value of values) {
    let stamp: string | null = null;
    if (typeof value === "number" && Number.isFinite(value) && value > 0) stamp = fromEpoch(value);
    else if (typeof value === "string" && value.trim() !== "") {
      const text = value.trim();
      if (TIME_ONLY.test(text)) continue;
      if (DATE_ONLY.test(text) && timeOfDay !== null) return `${text} ${timeOfDay}`;
      // A day beside a whole stamp on that day (a crawler's `date: 2020-03-18` and `time: 2020-03-18 10:18:10`): the stamp.
      if (DATE_ONLY.test(text)) stamp = stampOnDay(values, text) ?? text;
      else stamp = /^\d{9,13}$/.test(text) ? fromEpoch(Number(text)) : text;
    }
    // The record's own time of day (`time: "00:03:21"`) beside a whole stamp at another time (`timestamp`
    // 16:06:02Z, the same for every record a scraper fetched at once): the stamp is the fetch's, not the story's.
    if (stamp !== null && (timeOfDay === null || atTimeOfDay(stamp, timeOfDay))) return stamp;
  }
  return timeOfDay;
}

/** A value that is a time of day alone (`00:03:21`), trimmed, or null. */
function timeOfDayIn(value: unknown): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  if (typeof value !== "string") return null;
  const text = value.trim();
  return TIME_ONLY.test(text) ? text : null;
}

/** The first publish-date key's value that is the written `day` with a time of day after it, or null. */
function stampOnDay(values: readonly unknown[], day: string): string | null {
  for (const value of values) {
    const written = typeof value === "string" ? value.trim() : "";
    if (written.startsWith(day) && /^[ T]\d{1,2}:\d\d/.test(written.slice(day.length))) return written;
  }
  return null;
}

/**
 * Whether a stamp is at a time of day (`HH:MM` or `HH:MM:SS`), on its own clock or Beijing's; a stamp that is
 * no date, or a day without a time, cannot say otherwise.
 */
function atTimeOfDay(stamp: string, timeOfDay: string): boolean {
  const iso = /\d:\d\d/.test(stamp) ? normalizeDate(stamp) : null;
  if (iso === null) return true;
  const [hours, minutes, seconds] = timeOfDay.split(":");
  const wanted = `${hours!.padStart(2, "0")}:${minutes}${seconds === undefined ? "" : `:${seconds}`}`;
  const beijing = new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(11, 19);
  return [iso.slice(11, 19), beijing].some((clock) => clock.startsWith(wanted));
}

/** The publish date under a key the mapping does not list but whose name and value are a time's. */
function namedTime(record: Record<string, unknown>, mapping: ResolvedMapping): string | null {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  for (const key in record) {
    if (
      !Object.hasOwn(record, key) ||
      mapping.known.has(key) ||
      !TIME_KEY.test(key) ||
      OTHER_MOMENT.test(key)
    )
      continue;
    const value = record[key];
    const epoch =
      typeof value === "number"
        ? value
        : typeof value === "string" && /^\d{10}$|^\d{13}$/.test(value.trim())
          ? Number(value)
          : null;
    if (epoch !== null) {
      const ms = epochMilliseconds(epoch);
      if (ms >= EPOCH_MS.min && ms < EPOCH_MS.max) return fromEpoch(epoch);
      continue;
    }
    if (typeof value === "string" && WRITTEN_DATE.test(value.trim())) return value.trim();
  }
  return null;
}

/**
 * The writers a record's byline object lists, joined as a credit line's are: FT中文网's content API writes
 * `byline: {organization: "英国《金融时报》", authors: [{names: ["爱德华•怀特"], place: "台北报道"}]}` (the form its
 * Go models document, `names: ["阿利斯泰尔•格雷", "理查德•亨德森"]` for two); its organization is a feed name's key.
 * Null for any other value, or one that names no one.
 */
function bylineWriters(byline: unknown): string | null {
  if (!isJsonObject(byline) || !Array.isArray(byline.authors)) return null;
  const names = byline.authors.flatMap((entry) =>
    isJsonObject(entry) && Array.isArray(entry.names)
      ? entry.names.flatMap((name) => (typeof name === "string" && name.trim() !== "" ? [name.trim()] : []))
      : [],
  );
  return names.length > 0 ? names.join("、") : null;
}

/** How far into a value a field's label may end (`本文来源：`): the longest label of `FIELD_LABELS` is shorter. */
const LABEL_REACH = 8;

/**
 * Whether a value is a labelled source credit (`来源：华夏时报`, under a key that names no credit: a crawler's
 * `m_relation`), read by its label (`FIELD_LABELS`'s source labels).
 */
function statesSource(value: string): boolean {
  const colon = value.slice(0, LABEL_REACH).search(/[:：]/u);
  return colon > 0 && fieldKind(value.slice(0, colon).trim()) === "source";
}

/**
 * Fills in `credited`'s missing author and editor from the credit lines of the record's credit keys, and its source
 * from those and from values that are a labelled source credit (`statesSource`).
 */
function creditFields(record: Record<string, unknown>, mapping: ResolvedMapping, credited: Credited): void {
  if (!readersRecordPatternsCompiled) compileReadersRecordPatterns();
  const readsEditor = credited.editor === null;
  let editorRank = NO_EDITOR_RANK;
  for (const key in record) {
    const value = record[key];
    if (
      !Object.hasOwn(record, key) ||
      mapping.known.has(key) ||
      typeof value !== "string" ||
      !(CREDIT_KEY.test(key) || statesSource(value))
    )
      continue;
    for (const line of value.split(/\r?\n/)) {
      const credit = readCreditLine(line);
      if (credit?.kind === "source" && credited.source === null) credited.source = credit.name;
      if (credit?.kind === "staff" && credited.author === null && credit.authors.length > 0)
        credited.author = credit.authors.join("、");
      // Which role is the editor, and which of several holds, is the grammar's one policy (`EDITOR_RANK`).
      const editor = editorCredited(credit);
      if (readsEditor && editor !== null && outranksEditor(editor.role, editorRank)) {
        credited.editor = editor.names.join("、");
        editorRank = EDITOR_RANK[editor.role];
      }
    }
  }
}

/** Unix seconds, or milliseconds for 12 digits and more, in milliseconds. */
function epochMilliseconds(value: number): number {
  return value >= 1e11 ? value : value * 1000;
}

/** Unix seconds (or milliseconds, for 12 digits and more) as an ISO time on China's clock. */
function fromEpoch(value: number): string | null {
  return chinaTime(epochMilliseconds(value));
}

/**
 * Whether `body` is `title` and then `outlet` alone (white space aside, its entities read: `&nbsp;`), as a news
 * aggregator's description is.
 */
function isHeadlineAndOutlet(body: string, title: string, outlet: string): boolean {
  if (title === "" || !body.startsWith(title)) return false;
  const rest = body.slice(title.length);
  return (rest.includes("&") ? decodeHtml(rest) : rest).trim() === outlet;
}
