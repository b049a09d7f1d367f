import { READERS_FEED_PATTERNS } from "@caixun/core/text/rule-patterns";
import { setOwn } from "../assemble/own-property.js";
import { outletOfUrl } from "../credits/domains.js";
import { decodeHtml } from "../text/entities.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { urlHost, WEB_ADDRESS } from "../text/url.js";
import { type FeedHead, feedHeadOf } from "./record.js";

/**
 * The patterns below are compiled from their literals (`READERS_FEED_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersFeedPatternsCompiled = false;
/** Atom's link to the entry's page (`rel` absent or `alternate`), and a category's `term`. */
let HREF: RegExp;
let REL: RegExp;
let TERM: RegExp;
/** CNBC's quote widget: the tickers are one bounded run of capitals, digits and spaces. */
let QUOTE_WIDGET: RegExp;
/** A closing tag without its `<` after a sentence's end, closing the text (escaped in CDATA, or as the markup). */
let BROKEN_CLOSING_TAG: RegExp;
let TITLE_OPEN: RegExp;
let BUILT_OPEN: RegExp;
/** A letter or a digit of any script. */
let WORD_CHARACTER: RegExp;
/** An item's opening tag; the item runs to the closing tag of its element's name. */
let ITEM_OPEN: RegExp;

/** Compiles `READERS_FEED_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersFeedPatterns(): void {
  [HREF, REL, TERM, QUOTE_WIDGET, BROKEN_CLOSING_TAG, TITLE_OPEN, BUILT_OPEN, WORD_CHARACTER, ITEM_OPEN] =
    READERS_FEED_PATTERNS.map(regexFromLiteral) as RegExps<9>;
  readersFeedPatternsCompiled = true;
}

/**
 * Elements whose facts the record mapping (`DEFAULT_MAPPING`) reads under another key: the content
 * module's `content:encoded` (the whole story, where `description` is its summary), Dublin Core's
 * `dc:creator` and `dc:date`, and Atom's `updated`, read as a `date` (after `published`). Every other
 * element keeps its own name: RSS 2.0's `title`, `link`, `pubDate`, `description`, `author`, `guid`,
 * Atom's `published`, `summary`, `content`, `id` are the mapping's own keys; the rest go to `extra`.
 */
const ELEMENT_KEYS: Readonly<Record<string, string>> = {
  "content:encoded": "content",
  "dc:creator": "author",
  "dc:date": "date",
  updated: "date",
};

/** The RSS content module's namespace, which `content:encoded` is in under whatever prefix declares it. */
const CONTENT_MODULE = "purl.org/rss/1.0/modules/content/";

/**
 * The record of one `<item>` or `<entry>` element (its XML, from the opening tag to the closing
 * one): each child element's text under the key the record mapping reads it by — CDATA as written,
 * character references decoded; a link is Atom's `href` when it has one, an author Atom's `<name>`,
 * categories a list (`childElements`: one pass).
 */
export function feedItemRecord(xml: string): Record<string, unknown> {
  if (!readersFeedPatternsCompiled) compileReadersFeedPatterns();
  const record: Record<string, unknown> = {};
  const categories: string[] = [];
  const rest = { text: "" };
  // A `<link/>` a translator emptied, its address left as loose text after it: the text before the next element.
  let emptiedLink = false;
  for (const { tag, name, inner, before } of childElements(xml, xml.lastIndexOf("</"), rest)) {
    if (emptiedLink) looseLink(record, before);
    emptiedLink = name === "link" && tag.endsWith("/") && !HREF.test(tag);
    const href = HREF.exec(tag)?.[1];
    if (name === "link" && href !== undefined) {
      if ((REL.exec(tag)?.[1] ?? "alternate") === "alternate") record.link ??= decodeHtml(href);
      continue;
    }
    const nameAt = name === "author" ? inner.indexOf("<name>") : -1;
    const nameEnd = inner.indexOf("</name>", nameAt);
    const value =
      nameAt >= 0 && nameEnd > nameAt
        ? elementText(inner.slice(nameAt + 6, nameEnd))
        : ((name === "category" ? TERM.exec(tag)?.[1] : undefined) ?? elementText(inner));
    if (value === "") continue;
    if (name === "category") categories.push(value);
    // The content module under a prefix a serializer made up for it (Python's ElementTree writes `ns0:encoded` with the
    // module's namespace declared on it, as morss's full-text feeds do): the whole story, as `content:encoded` is.
    const key = Object.hasOwn(ELEMENT_KEYS, name)
      ? ELEMENT_KEYS[name]!
      : name.endsWith(":encoded") && tag.includes(CONTENT_MODULE)
        ? "content"
        : name;
    // The first element of a key wins (an `author` before a `dc:creator`); a story's text loses its page's debris.
    if (!Object.hasOwn(record, key))
      setOwn(record, key, key === "description" || key === "content" ? withoutPageDebris(value) : value);
  }
  if (emptiedLink) looseLink(record, rest.text);
  if (categories.length > 0) record.category = categories;
  // A feed is its site's: the outlet whose site an item links to carried it (人民网 for its own stories and
  // for the 新华社 dispatches it runs), as a dump record's feed name says, unless the item names its source.
  const site =
    typeof record.link === "string" && record.source === undefined ? outletOfUrl(record.link) : null;
  if (site !== null) record.site_name = site;
  return record;
}

/**
 * What a feed that flattens its pages into its items leaves in an item's text: CNBC's quote widget run into the first
 * sentence, in English or as a translator writes it (`在本文中TSLA 关注您最喜爱的股票创建免费帐户挪威有…`: In this article,
 * the tickers, Follow your favorite stocks, CREATE FREE ACCOUNT), and a closing tag whose `<` a translator lost, left
 * after the text's last sentence (`…“明显放缓”。 div&gt;`).
 */
function withoutPageDebris(text: string): string {
  if (!readersFeedPatternsCompiled) compileReadersFeedPatterns();
  const cut = text.includes("关注您最喜爱的股票") || text.includes("Follow your favorite stocks");
  return (cut ? text.replace(QUOTE_WIDGET, "") : text).replace(BROKEN_CLOSING_TAG, "");
}

/** The link of an item whose `<link/>` is empty: the web address written alone after it, when the item has no link. */
function looseLink(record: Record<string, unknown>, text: string): void {
  const address = text.trim();
  if (record.link === undefined && WEB_ADDRESS.test(address)) record.link = decodeHtml(address);
}

/**
 * The feed's own title and build time (`FeedHead`) from its head, the XML before its first item: RSS's channel
 * `<title>` (Atom's feed `<title>`) and `<lastBuildDate>` (a translator's lower-cased `<lastbuilddate>` too).
 */
export function feedHead(head: string): SiteFeedHead {
  if (!readersFeedPatternsCompiled) compileReadersFeedPatterns();
  const title = headElement(head, TITLE_OPEN, "</title>");
  const feed = feedHeadOf(title, headElement(head, BUILT_OPEN, "</lastbuilddate>"));
  // Only a title that names no outlet by the credits' rules, and is one short name (no joint of parts), may be a site's.
  if (
    feed.outlet !== null ||
    title === null ||
    title.length > SITE_TITLE_MAX ||
    FEED_TITLE_JOINTS.some((joint) => title.includes(joint))
  )
    return { ...feed, site: null };
  const link = head.indexOf("<link>");
  const end = link < 0 ? -1 : head.indexOf("</link>", link);
  const home = end < 0 ? null : elementText(head.slice(link + 6, end));
  const host = home !== null && isHomePage(home) ? urlHost(home) : null;
  return { ...feed, site: host === null ? null : { name: title, host: withoutWww(host) } };
}

/**
 * A feed's head, with the site whose own feed it is: the channel's title when it is one short name that no credit rule
 * reads as an outlet (`Channel C HK`, `獨立媒體`) and the channel's `<link>` is that site's home page. Its items that link
 * to the same host are that site's stories (`feedDocuments`); an item linking elsewhere (a reading list's) is not.
 */
export interface SiteFeedHead extends FeedHead {
  site: { name: string; host: string } | null;
}

/** Longest channel title read as a site's name: a name, not a sentence describing the feed. */
const SITE_TITLE_MAX = 24;
/** What joins a feed title's parts (`outlets.ts`' joint, less plain spaces, which a name like `Channel C HK` holds). */
const FEED_TITLE_JOINTS = ["|", "｜", "_", "—", "–", " - "];

/** Whether an address is a site's home page: scheme, host, then at most a slash. */
function isHomePage(address: string): boolean {
  if (!address.startsWith("http://") && !address.startsWith("https://")) return false;
  const path = address.indexOf("/", address.indexOf("//") + 2);
  return path < 0 || path === address.length - 1;
}

/** A host without its leading `www.`: a site's home page and its stories' links may write it either way. */
export function withoutWww(host: string): string {
  return host.startsWith("www.") ? host.slice(4) : host;
}

/** The text of the first element `open` finds in a feed's head, to its closing tag (compared ignoring case), or null. */
function headElement(head: string, open: RegExp, close: string): string | null {
  const tag = open.exec(head);
  if (tag === null) return null;
  const start = tag.index + tag[0].length;
  const end = head.slice(start).toLowerCase().indexOf(close);
  const text = end < 0 ? "" : elementText(head.slice(start, start + end));
  return text === "" ? null : text;
}

/** A child element: its opening tag's text, its name, its inner XML, and the text between it and the element before. */
export interface ChildElement {
  tag: string;
  name: string;
  inner: string;
  before: string;
}

/**
 * The child elements of an element's XML (from its opening tag), in order, up to `stop` (where its closing tag
 * is): comments, declarations, processing instructions and stray closing tags between them are passed over, an
 * element runs to the first closing tag of its name (or to `stop`). Every search moves forward: one pass. The
 * text after the last child is `rest.text` once the walk is done.
 */
export function* childElements(
  xml: string,
  stop: number,
  rest: { text: string } = { text: "" },
): Generator<ChildElement> {
  let at = xml.indexOf(">") + 1;
  let before = "";
  while (at > 0 && at < stop) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= stop) {
      before += xml.slice(at, stop);
      break;
    }
    before += xml.slice(at, lt);
    const gt = xml.indexOf(">", lt);
    if (gt < 0) break;
    const tag = xml.slice(lt + 1, gt);
    at = gt + 1;
    if ("!?/".includes(tag[0] ?? "/")) continue;
    const name = tag.split(/[\s/]/, 1)[0]!;
    let inner = "";
    if (!tag.endsWith("/")) {
      const close = xml.indexOf(`</${name}>`, at);
      const end = close < 0 || close > stop ? stop : close;
      inner = xml.slice(at, end);
      at = end + name.length + 3;
    }
    yield { tag, name, inner, before };
    before = "";
  }
  rest.text = before;
}

/**
 * An element's text: CDATA sections as written, the rest with its character references decoded. Text after a
 * section that holds no letter or digit (the `;` a translator leaves after each `]]>`) is debris, not the element's.
 */
export function elementText(inner: string): string {
  if (!readersFeedPatternsCompiled) compileReadersFeedPatterns();
  const [before, ...sections] = inner.split("<![CDATA[");
  let out = decodeHtml(before!);
  for (const section of sections) {
    const end = section.indexOf("]]>");
    if (end < 0) {
      out += section;
      continue;
    }
    const after = decodeHtml(section.slice(end + 3));
    out += section.slice(0, end) + (WORD_CHARACTER.test(after) ? after : "");
  }
  return out.trim();
}

/**
 * The `<item>` and `<entry>` elements of a feed, in order, each as its XML, and whether the input
 * ends inside one (cut short). Every search moves forward, so a feed is read in one pass.
 */
export function feedItems(text: string): { items: string[]; cut: boolean } {
  if (!readersFeedPatternsCompiled) compileReadersFeedPatterns();
  const items: string[] = [];
  ITEM_OPEN.lastIndex = 0;
  for (let open = ITEM_OPEN.exec(text); open !== null; open = ITEM_OPEN.exec(text)) {
    const closing = `</${open[1]}>`;
    const close = text.indexOf(closing, open.index);
    if (close < 0) return { items, cut: true };
    ITEM_OPEN.lastIndex = close + closing.length;
    items.push(text.slice(open.index, ITEM_OPEN.lastIndex));
  }
  return { items, cut: false };
}
