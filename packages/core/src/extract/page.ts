import { EXTRACT_PAGE_PATTERNS } from "@caixun/core/text/rule-patterns";
import { isOriginalLinkLabel } from "../credits/grammar.js";
import { looksLikeOutlet } from "../credits/outlets.js";
import { isPersonalSiteName, isTemplateSiteName } from "../credits/site-suffix.js";
import {
  type CalendarDate,
  dayInFoldersOfUrl,
  PAGE_DAY_FOLDERS,
  readStampLine,
} from "../enrich/date-evidence.js";
import { normalizeDate } from "../enrich/dates.js";
import type { AnyNode, Document, Element } from "../html/dom.js";
import { Element as ElementNode, isDocument, isTag, isText, relinkChildren } from "../html/dom.js";
import { PAGE_CONTROLS } from "../stages/boilerplate.js";
import { isPublishKey } from "../stages/publish-date.js";
import { select, textContent } from "../stages/select.js";
import { halfWidthDigits, withoutWhitespace } from "../text/chars.js";
import { matchesIn } from "../text/matches.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`EXTRACT_PAGE_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let extractPagePatternsCompiled = false;
/** Classes and ids of story containers, and of everything around a story. */
let POSITIVE: RegExp;
let NEGATIVE: RegExp;
/** Sentence punctuation: a story is where most of it sits. */
let PUNCTUATION: RegExp;
let PUNCTUATION_ONE: RegExp;
/** A front page's name as a logo link labels it (`前往FT中文网首页`, `返回新浪财经首页`): the site's name before 首页. */
let FRONT_PAGE_LABEL: RegExp;
/** The schema.org types of an article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`…). */
let ARTICLE_TYPE: RegExp;
/** What parts a page's `<title>` (`标题_新浪新闻`, `标题 | 社會 | 中央社 CNA`, `标题｜財經焦點｜中時理財`). */
let TITLE_PARTS: RegExp;
/** A server template's slot saved unrendered (a JSP view's `${article.plateId}`, `{{ post.title }}`, `<%= title %>`). */
let TEMPLATE_SLOT: RegExp;
/** A month, day and time (`10-08 12:00`, `10月8日 12:00`), wherever a line writes it. */
let YEARLESS_STAMP: RegExp;
/** A share widget's class or id (`com-share-favor`, `fenxiang`). */
let SHARE_BOX: RegExp;
/** A script's share text: a string of the headline, then an absolute address with a path (`"标题   http://…?articleNo=…"`). */
let SHARE_TEXT: RegExp;

/** Compiles `EXTRACT_PAGE_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileExtractPagePatterns(): void {
  [
    POSITIVE,
    NEGATIVE,
    PUNCTUATION,
    PUNCTUATION_ONE,
    FRONT_PAGE_LABEL,
    ARTICLE_TYPE,
    TITLE_PARTS,
    TEMPLATE_SLOT,
    YEARLESS_STAMP,
    SHARE_BOX,
    SHARE_TEXT,
  ] = EXTRACT_PAGE_PATTERNS.map(regexFromLiteral) as RegExps<11>;
  extractPagePatternsCompiled = true;
}

/**
 * A whole saved web page (not an article fragment): the outlet's navigation, the title block, the
 * story, then recommendations, rankings and footers. This module finds the element holding the
 * story and reads what the page says about it in its `<head>` and title block, without any rule
 * per site: the story is the container where many sentences sit together (the readability idea,
 * scored on Chinese punctuation), and the facts are where every CMS puts them (meta tags, the
 * `<h1>`, the line under it).
 */
export interface PageParts {
  /** The element holding the story's paragraphs. */
  content: Element;
  /**
   * The headline most of the page's signals name — og:title, JSON-LD's headline, the block before the
   * story that agrees with them (`headlineBefore`), `<title>` without the site's name — the first of
   * them among equals.
   */
  title: string | null;
  /** Text lines between the headline and the story (`2019-09-26 12:11 来源：证券时报网 作者：李在山`). */
  infoLines: string[];
  /**
   * The first short lines after the story, where many CMSs set its date, source and editor
   * (`发布日期：2019-03-06 责任编辑：龙慧`, a copyright box's `来源：当代商报 时间：…`).
   */
  trailerLines: string[];
  /** What the `<head>` states, as written. */
  meta: {
    /** A published time the head states, or its update time where a visible stamp without a year agrees with it. */
    publishedAt: string | null;
    source: string | null;
    author: string | null;
    url: string | null;
    siteName: string | null;
    /** The day the page's own address names in its folders (`PageLines.addressDay`). */
    addressDay: CalendarDate | null;
  };
}

/** What a whole page says about its story outside it, as lines for the credits stage to read. */
export interface PageLines {
  /** The lines between the headline and the story. */
  above: string[];
  /** The first short lines after the story. */
  after: string[];
  /** The site's own name, for a credit that names the site itself (`来源：本站原创`). */
  site: string | null;
  /** The account platform the page is on (`百家号`): the account under the headline wrote the story. */
  platform: string | null;
  /**
   * The day the page's own address (og:url, canonical) names in its folders (`PAGE_DAY_FOLDERS`): the day the page was
   * filed under, weak evidence of the story's day (a `url` candidate, below any date the page states). Never the
   * address of a story the page links to as its original.
   */
  addressDay: CalendarDate | null;
}

/** Not a whole page, or nothing around the story. */
export const NO_PAGE_LINES: PageLines = {
  above: [],
  after: [],
  site: null,
  platform: null,
  addressDay: null,
};
const UNLIKELY = new Set([
  "script",
  "style",
  "noscript",
  "iframe",
  "form",
  "button",
  "select",
  "textarea",
  "nav",
  "footer",
  "header",
  "aside",
]);
const SCORED = new Set(["div", "article", "section", "main", "td", "body"]);

/**
 * The state field ASP.NET WebForms writes into the one `<form runat="server">` it wraps a whole page in (`<form
 * id="aspnetForm">` around menus, story and footer alike): a page that holds it holds its story inside that form.
 */
export const WEB_FORM_STATE = "__VIEWSTATE";

/**
 * A WebForms page's wrapping form read as the container it is (`WEB_FORM_STATE`): every form holding the state field
 * becomes a `<div>`, so the story inside it is scored and read as any page's (a form is otherwise never text).
 * Other forms (a search box, a mail-this-story table) stay forms.
 */
export function openWebForms(root: Document): void {
  for (const field of select(`input[name="${WEB_FORM_STATE}"]`, root)) {
    for (let node = field.parent; node !== null; node = node.parent) {
      if (isTag(node) && node.name === "form") node.name = "div";
    }
  }
}

/**
 * The parts of a whole page, or null when the document is not one: a fragment (a feed item's HTML,
 * a Markdown body) has no `<head>` with a `<title>` and no `<body>` around the story.
 */
export function readPage(root: Document): PageParts | null {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  const head = select("head", root)[0] ?? impliedHead(root);
  const headTitle = head === undefined ? undefined : select("title", head)[0];
  const body = select("body", root)[0] ?? (headTitle ? impliedBody(head!) : undefined);
  // A template that printed its `<title>` after `</head>` (inside an include's wrapper in the body) titles the page as well.
  const titleElement = headTitle ?? (body === undefined ? undefined : strayTitle(body));
  if (head === undefined || body === undefined || titleElement === undefined)
    return head === undefined ? readBodyInclude(root, body) : null;
  adoptNodesAfterHtml(root, body);
  const content = bestContainer(body);
  if (content === null) return null;
  withoutPlayers(content);
  const meta = withLinkedData(readMeta(head), readLinkedData(root));
  const fullTitle = textContent(titleElement).replace(/\s+/g, " ").trim();
  const pageTitle = cleanTitle(fullTitle, meta.siteName);
  if (meta.ogTitle !== null && isSiteOgTitle(meta.ogTitle, fullTitle, pageTitle)) meta.ogTitle = null;
  const titles = [meta.ogTitle, meta.headline, pageTitle];
  const heading = headlineBefore(content, body, titles, fullTitle);
  // The headline most of the page's signals name; among equals, og:title, then JSON-LD, then the page.
  // A template's slot saved unrendered stands where the headline was (its info line under it) but says none.
  const headingText =
    heading === null || TEMPLATE_SLOT.test(withoutWhitespace(heading.text)) ? null : heading.text;
  const headline = agreed([meta.ogTitle, meta.headline, headingText, pageTitle], sameText);
  const title = headline === null ? null : withoutTagOriginalLacks(headline, content);
  const header = heading === null ? headerWithin(content, titles) : null;
  const infoLines = heading
    ? withStampAbove(heading.element, linesBetween(heading.element, content))
    : (header?.lines ?? []);
  const trailerLines = linesAfter(content, TRAILER_LINES);
  return {
    content,
    title: header?.headline ?? (title || null),
    infoLines,
    trailerLines,
    meta: {
      publishedAt:
        shownDate(meta.publishedDates, infoLines) ??
        meta.publishedAt ??
        confirmedUpdate(meta.updatedAt, [...infoLines, ...trailerLines]),
      source: meta.source,
      author: meta.author,
      // A mirror's page links to the story it carries (`<a href="https://…">原文</a>`): that link,
      // else the page's own address (og:url, canonical, the headline's permalink, the address a saved
      // page notes first), the one the story was taken from.
      url:
        originalLinkOf(body) ??
        meta.basedOn ??
        meta.url ??
        (heading === null ? null : permalinkOf(heading.element)) ??
        savedFromUrl(root) ??
        sharedUrlOf(body, title || null),
      // The page's logo link to its front page names the site when nothing before it did (a template's `<title>`).
      // A template's own name for the site (`_我的网站`) names none.
      siteName: meta.siteName ?? siteOfTitle(fullTitle, title) ?? frontPageSite(body),
      addressDay: meta.url === null ? null : dayInFoldersOfUrl(meta.url, PAGE_DAY_FOLDERS),
    },
  };
}

/**
 * The story's container may hold the page's header too (`<article><header>` crumb, `<h1>`, info line `</header>
 * <section>` story): an `<h1>`–`<h3>` before the story's first sentence inside it whose text is one of the page's
 * titles is the headline (a bold line in the story's first paragraph is no header) — or, where the `<title>` names
 * only the site or its section (a JSP view's `<title>广发证券</title>`), the heading an info line follows
 * (`<h3>…</h3><h6>信息来源：广发证券 日期：2010-12-23 …</h6>`), which is then the headline the page states (`headline`).
 * The lines between it and the story are the info lines, and the container's child that holds the headline, with the
 * children before it, leaves the container: they are the page's, not the story's. Null when there is no such header.
 */
function headerWithin(
  content: Element,
  titles: ReadonlyArray<string | null>,
): { lines: string[]; headline: string | null } | null {
  const wanted = new Set(titles.filter((t) => t !== null).map(withoutWhitespace));
  const headings = select("h1, h2, h3", content);
  const titled = headings.find((h) => wanted.has(withoutWhitespace(textContent(h))));
  const headline = titled ?? headings.find(isOverInfoLine);
  if (headline === undefined) return null;
  const first = firstSentence(content);
  const chain = ancestors(headline);
  const holder = chain[chain.indexOf(content) + 1];
  if (
    first === undefined ||
    holder === undefined ||
    ancestors(first).includes(holder) ||
    !precedes(headline, first)
  )
    return null;
  const stated = titled === undefined ? visibleText(headline) : null;
  if (stated !== null && (stated.length < 4 || stated.length > HEADLINE_MAX_LENGTH)) return null;
  const lines = withStampAbove(headline, linesBetween(headline, first));
  // The info lines set as the headline's siblings before the story (EmpireCMS's story box: `<h2>…</h2><p class="time">
  // 2019-05-17 22:13:51</p><p>…`) are read above and leave with it; the first line that is none ends the header.
  let end = content.children.indexOf(holder) + 1;
  while (end < content.children.length && isHeaderInfo(content.children[end]!)) end++;
  content.children.splice(0, end);
  relinkChildren(content);
  return { lines, headline: stated };
}

/** Whether the element after a heading (blank text between) is an info line (`isInfoLine`): the heading is a headline. */
function isOverInfoLine(heading: Element): boolean {
  let next = heading.next;
  while (next !== null && !isTag(next) && isHeaderInfo(next)) next = next.next;
  return next !== null && isTag(next) && isHeaderInfo(next);
}

/** Blank text, or an element whose whole text is an info line (`isInfoLine`): part of a header inside the story's container. */
function isHeaderInfo(node: AnyNode): boolean {
  if (isText(node)) return node.data.trim() === "";
  if (!isTag(node)) return node.type === "comment";
  const text = visibleText(node);
  return text !== "" && isInfoLine(text);
}

/** The body's `<title>` outside an `<svg>` (whose `<title>` names a drawing, not the page). */
function strayTitle(body: Element): Element | undefined {
  return select("title", body).find(
    (title) => !ancestors(title).some((node) => isTag(node) && node.name === "svg"),
  );
}

/**
 * The headline without the tag in brackets a page set before it (`[诗婷露雅化妆品]江门七旬阿婆…`, a content farm's
 * unrelated advertiser) where the story opens with its `原标题：` line (hidden or not) stating the headline without it.
 */
function withoutTagOriginalLacks(headline: string, content: Element): string {
  const tag = /^[[【][^\]】]{1,20}[\]】]/u.exec(headline);
  const rest = tag === null ? "" : headline.slice(tag[0].length).trim();
  const opening = rest === "" ? "" : textContent(content).slice(0, 400);
  return opening.includes("原标题") && opening.includes(rest) && !opening.includes(headline)
    ? rest
    : headline;
}

/**
 * A media player a page embeds in the story's container (`<div class="pic-video">`: the video's own title, its
 * length and 来源, the player's ad, quality, speed and error overlays around a `<video>`) is the player's chrome, not
 * the story: each `<video>`'s outermost box inside the container that holds no sentence and no paragraph of it is
 * taken out.
 */
function withoutPlayers(content: Element): void {
  for (const video of select("video", content)) {
    let box: Element = video;
    for (let up = parentElement(box); up !== null && up !== content; up = parentElement(up)) {
      if (select("p", up).length > 0 || firstSentence(up) !== undefined) break;
      box = up;
    }
    const parent = box.parent;
    if (parent === null || !ancestors(box).includes(content)) continue;
    parent.children.splice(parent.children.indexOf(box), 1);
    relinkChildren(parent);
  }
}

/**
 * The site's name as its logo link to the front page labels it in its title or its picture's alt
 * (`<a href="/" title="前往FT中文网首页"><span>FT中文网</span></a>`), when the name is an outlet's; else null.
 */
function frontPageSite(body: Element): string | null {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  for (const link of select('a[href="/"]', body)) {
    const labels = [link.attribs.title, ...select("img[alt]", link).map((img) => img.attribs.alt)];
    for (const label of labels) {
      const name = label === undefined ? undefined : FRONT_PAGE_LABEL.exec(label.trim())?.[1];
      if (name !== undefined && looksLikeOutlet(name)) return name;
    }
  }
  return null;
}

/**
 * A page's body as a server template includes it, saved on its own (`new_detail_body.php`: no `<head>`
 * or `<title>`, the page's columns of ads and lists around the story): a page all the same when a
 * headline with an info line under it (`时间： 2011-05-06 09:29:45 | 文章来源： 第一财经日报`) stands
 * before the container where the sentences gather — a feed item's or a Markdown body's HTML has no
 * such block. Its top-level nodes are read as a `<body>`'s (when it has none), without moving them.
 */
function readBodyInclude(root: Document, body: Element | undefined): PageParts | null {
  const content = bestContainer(body ?? new ElementNode("body", {}, root.children));
  if (content === null) return null;
  // The headline block may open the story's container itself: what comes before its first sentence.
  const first = firstSentence(content);
  const story = first ?? content;
  const heading = aboveInfoLine(blocksBefore(story, HEADLINE_CANDIDATE, HEADLINE_MAX_LENGTH));
  const headed = heading !== null && /^h[1-3]$/.test(heading.element.name);
  const infoLines = headed ? withStampAbove(heading.element, linesBetween(heading.element, story)) : [];
  const title = infoLines.some(isInfoLine) ? heading!.text : headed ? null : sharedHeadline(root);
  if (title === null) return null;
  return {
    content,
    title,
    infoLines,
    trailerLines: linesAfter(content, TRAILER_LINES),
    meta: { publishedAt: null, source: null, author: null, url: null, siteName: null, addressDay: null },
  };
}

/**
 * The headline a fragment of a page states only in its share button's box, for the post it writes (social-share.js,
 * bShare: `<div class="share-popup social-share" data-title="…">`, a flash page pasted without its `<h1>`): the box's
 * `data-title` when it reads as a headline; else null.
 */
function sharedHeadline(root: Document): string | null {
  const title = select('[class*="share"][data-title]', root)[0]?.attribs["data-title"]?.trim() ?? "";
  return title.length >= 4 && title.length <= HEADLINE_MAX_LENGTH ? title : null;
}

/** What a `<head>` may hold; any other element opens the body, as HTML's parser reads a page. */
const HEAD_CONTENT = new Set(["title", "meta", "link", "script", "style", "base", "noscript", "template"]);

/**
 * The `<head>` of a page saved without its `<html>`, `<head>` and `<body>` tags (a DOM's children copied out, a
 * scraper's fixture): the run of head elements the document opens with (`<title>`, `<meta>`, `<link>` …, with
 * white space and comments between them) when its `<title>` is among them, wrapped in a `<head>` with the rest in a
 * `<body>`, as a browser's parser reads such a page. Undefined (nothing moved) for a document with an `<html>` or
 * `<body>` element, or one that opens otherwise.
 */
function impliedHead(root: Document): Element | undefined {
  const nodes = root.children;
  if (nodes.some((node) => isTag(node) && (node.name === "html" || node.name === "body"))) return undefined;
  const end = nodes.findIndex(
    (node) => (isTag(node) && !HEAD_CONTENT.has(node.name)) || (isText(node) && node.data.trim() !== ""),
  );
  const leading = end < 0 ? nodes : nodes.slice(0, end);
  if (end < 0 || !leading.some((node) => isTag(node) && node.name === "title")) return undefined;
  const head = new ElementNode("head", {}, leading);
  const body = new ElementNode("body", {}, nodes.slice(end));
  nodes.splice(0, nodes.length, head, body);
  relinkChildren(head);
  relinkChildren(body);
  relinkChildren(root);
  return head;
}

/**
 * The `<body>` of a page that leaves its tag out, as HTML allows and a browser reads it: from the first
 * element no `<head>` holds (a `<div>` after the head's metadata, which a parser without HTML's
 * insertion modes keeps inside the unclosed head) through the end, with what follows the `<head>` beside
 * it. Undefined when the page has nothing but metadata.
 */
function impliedBody(head: Element): Element | undefined {
  const start = head.children.findIndex(
    (node) => (isTag(node) && !HEAD_CONTENT.has(node.name)) || (isText(node) && node.data.trim() !== ""),
  );
  const parent = head.parent;
  const at = parent === null ? -1 : parent.children.indexOf(head);
  const after = parent === null ? [] : parent.children.slice(at + 1);
  const inHead = start < 0 ? [] : head.children.slice(start);
  if (![...inHead, ...after].some((node) => isTag(node))) return undefined;
  if (start >= 0) head.children.splice(start);
  const body = new ElementNode("body", {}, [...inHead, ...after]);
  relinkChildren(head);
  relinkChildren(body);
  if (parent !== null) {
    parent.children.splice(at + 1, after.length, body);
    relinkChildren(parent);
  }
  return body;
}

/**
 * What follows `<body>` inside `<html>` (a template whose sign-in include closed `</body>` before the story) and
 * what follows the root `<html>` element at the top level (one that closed `</html>` after its header include) is
 * the body's, as a browser's parser makes it: moved into `<body>`.
 */
function adoptNodesAfterHtml(root: Document, body: Element): void {
  const parent = body.parent;
  if (parent !== null && isTag(parent) && parent.name === "html")
    adoptStray(parent.children, parent.children.indexOf(body) + 1, body);
  const htmlIndex = root.children.findIndex((node) => isTag(node) && node.name === "html");
  // A `<body>` that is itself after `</html>` holds its own nodes: nothing to move.
  if (htmlIndex >= 0 && ancestors(body).includes(root.children[htmlIndex]!))
    adoptStray(root.children, htmlIndex + 1, body);
}

/** Moves `siblings` from `from` on to the end of `body`, when one of them is an element (text alone stays). */
function adoptStray(siblings: AnyNode[], from: number, body: Element): void {
  if (!siblings.slice(from).some((node) => isTag(node))) return;
  const stray = siblings.splice(from);
  if (from > 0) siblings[from - 1]!.next = null;
  let last = body.children.at(-1) ?? null;
  for (const node of stray) {
    node.parent = body;
    node.prev = last;
    node.next = null;
    if (last !== null) last.next = node;
    body.children.push(node);
    last = node;
  }
}

/**
 * The address a saved page notes before its markup (`<!--http://…-->`, a browser's
 * `<!-- saved from url=(0043)http://… -->`), or null.
 */
function savedFromUrl(root: Document): string | null {
  for (const node of root.children) {
    if (isTag(node)) return null;
    if (node.type !== "comment") continue;
    const url = /^\s*(?:saved from url=\(\d+\))?(https?:\/\/\S+)\s*$/iu.exec(node.data)?.[1];
    if (url !== undefined) return url;
  }
  return null;
}

/**
 * The page's own address as its share widget holds it, when nothing in its head or markup stated it: the
 * `data-url` of an element whose class or id names a share box (好奇心日报's `<div class="com-share-favor"
 * data-url="http://www.qdaily.com/articles/52259.html">`), else the address a script's share text puts after the
 * headline (財訊快報's mobile page: `str="<headline>   http://www.investor.com.tw/mobile/Content.asp?articleNo=…"`
 * for LINE). Only an address with a path (a site-wide share bar shares the front page), and only for the headline.
 */
function sharedUrlOf(body: Element, headline: string | null): string | null {
  if (headline === null) return null;
  const wanted = withoutWhitespace(headline);
  for (const box of select("[data-url]", body)) {
    const url = box.attribs["data-url"]!.trim();
    // A box that titles what it shares names the headline (`data-title="《headline》，来自@好奇心日报"`): a video's
    // or a quote's share box in the story shares something else.
    const title = box.attribs["data-title"];
    if (
      SHARE_BOX.test(`${box.attribs.class ?? ""} ${box.attribs.id ?? ""}`) &&
      /^https?:\/\/[^\s/]+\/\S/iu.test(url) &&
      (title === undefined || withoutWhitespace(title).includes(wanted))
    )
      return url;
  }
  for (const script of select("script", body)) {
    for (const match of textContent(script).matchAll(SHARE_TEXT)) {
      if (withoutWhitespace(match[1]!) === wanted) return match[2]!;
    }
  }
  return null;
}

/**
 * The page's own address as its headline links it (`<h1><a href="http://www.kuqin.com/shuoit/20091101/72390.html">
 * headline</a></h1>`, an old CMS's permalink): the headline's whole text one absolute link's.
 */
function permalinkOf(headline: Element): string | null {
  const links = select("a[href]", headline);
  if (links.length !== 1) return null;
  const href = links[0]!.attribs.href!.trim();
  const whole = withoutWhitespace(textContent(headline));
  return /^https?:\/\/[^\s/]+\/\S+$/iu.test(href) &&
    whole !== "" &&
    withoutWhitespace(textContent(links[0]!)) === whole
    ? href
    : null;
}

/** The first absolute link the page labels as the story's original (`原文`, `阅读原文`), or null. */
function originalLinkOf(body: Element): string | null {
  for (const link of select("a[href]", body)) {
    const href = (link.attribs.href ?? "").trim();
    if (/^https?:\/\//i.test(href) && isOriginalLinkLabel(textContent(link))) return href;
  }
  return null;
}

/** Scores every container by the sentences beneath it, nearest container counting most. */
function bestContainer(body: Element): Element | null {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number) => {
    if (el === null || !SCORED.has(el.name)) return;
    scores.set(el, (scores.get(el) ?? initialScore(el)) + score);
  };
  // Each unit's text without white space, read once: the sentences kept, with their text.
  const sentences = textUnits(body)
    .map((unit) => ({ unit, text: ownText(unit).replace(/\s+/g, "") }))
    .filter(({ text }) => isSentence(text));
  const units = sentences.map(({ unit }) => unit);
  for (const { unit, text } of sentences) {
    const commas = text.match(PUNCTUATION)?.length ?? 0;
    const score = 1 + commas + Math.min(Math.floor(text.length / 100), 3);
    const parent = unit.name === "p" ? parentElement(unit) : unit;
    add(parent, score);
    const grand = parent ? parentElement(parent) : null;
    add(grand, score / 2);
    add(grand ? parentElement(grand) : null, score / 3);
  }
  const lengths = textLengths(body);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const { text, links } = lengths.get(el) ?? { text: 0, links: 0 };
    const final = score * (1 - (text === 0 ? 1 : Math.min(links / text, 1)));
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  return best === null ? null : joinedSplitStory(tightened(best, units, lengths), units, lengths);
}

/**
 * A story its CMS split into sibling containers of one kind — `<div id="endText">` closed by a widget's
 * stray `</div>` and opened again after it, so the first paragraph and the closing summary sit beside the
 * container chosen — is gathered into one container in their place: the siblings sharing the chosen one's id
 * or class that hold sentences of their own, in order, with what stands between them unless it is mostly
 * links (a price widget, a gallery's buttons planted in the story). One container alone is returned as it is.
 */
function joinedSplitStory(
  chosen: Element,
  units: readonly Element[],
  lengths: ReadonlyMap<Element, { text: number; links: number }>,
): Element {
  // The container may be its wrapper's only element (財訊's `<div class="JozKC"><div class="serializer__custom-elements">`,
  // an editor's paragraphs split around an ad slot): the wrappers are the siblings.
  let content = chosen;
  let parent = parentElement(content);
  while (parent !== null && parent.children.filter(isTag).length === 1 && parentElement(parent) !== null) {
    content = parent;
    parent = parentElement(content);
  }
  if (parent === null) return chosen;
  const holdsSentences = (el: Element) => units.some((unit) => ancestors(unit).includes(el));
  const parts = parent.children.filter(
    (node): node is Element =>
      node === content || (isTag(node) && sameKind(node, content) && holdsSentences(node)),
  );
  if (parts.length < 2) return chosen;
  const first = parent.children.indexOf(parts[0]!);
  const last = parent.children.indexOf(parts.at(-1)!);
  const kept = parent.children.slice(first, last + 1).filter((node) => {
    if (!isTag(node) || parts.includes(node)) return true;
    const { text, links } = lengths.get(node) ?? { text: 0, links: 0 };
    return text === 0 || links < text * LEFT_OUT_LINKS;
  });
  const story = new ElementNode("div", {}, kept);
  relinkChildren(story);
  parent.children.splice(first, last - first + 1, story);
  relinkChildren(parent);
  return story;
}

/** Two containers of one kind: the same id, or the same class names. */
function sameKind(a: Element, b: Element): boolean {
  const same = (name: string) => {
    const value = a.attribs[name]?.trim();
    return value !== undefined && value !== "" && value === b.attribs[name]?.trim();
  };
  return same("id") || same("class");
}

/**
 * The container narrowed to the child that holds every sentence of it, while what the child leaves
 * out is mostly links (a topic page's list of the reports it groups, a box of related stories): a
 * class name can lift a container above the story it wraps.
 */
function tightened(
  container: Element,
  units: readonly Element[],
  lengths: ReadonlyMap<Element, { text: number; links: number }>,
): Element {
  const chains = units.map((unit) => ancestors(unit));
  let current = container;
  for (;;) {
    // The child of `current` each sentence lies in: one child for all, or no narrowing.
    let child: AnyNode | undefined;
    for (const chain of chains) {
      const at = chain.indexOf(current);
      if (at < 0) continue;
      const next = chain[at + 1];
      if (next === undefined || (child !== undefined && next !== child)) return current;
      child = next;
    }
    if (child === undefined || !isTag(child)) return current;
    const whole = lengths.get(current) ?? { text: 0, links: 0 };
    const kept = lengths.get(child) ?? { text: 0, links: 0 };
    const leftText = whole.text - kept.text;
    const leftLinks = whole.links - kept.links;
    // Nothing left out (an image, an empty box is not text) keeps the container whole.
    if (leftText === 0 || leftText < whole.text * LEFT_OUT_SHARE || leftLinks < leftText * LEFT_OUT_LINKS)
      return current;
    current = child;
  }
}

/** The first text unit under `root` whose own text reads as a story's sentences. */
function firstSentence(root: Element): Element | undefined {
  return textUnits(root).find((unit) => isSentence(withoutWhitespace(ownText(unit))));
}

/** Whether a unit's text (white space removed) reads as a story's sentences. */
function isSentence(text: string): boolean {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  return text.length >= 20 && PUNCTUATION_ONE.test(text);
}

/** A container is narrowed when the part its story's child leaves out is this share of its text … */
const LEFT_OUT_SHARE = 0.3;
/** … and that part is links at least this much. */
const LEFT_OUT_LINKS = 0.5;

function initialScore(el: Element): number {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  const names = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
  let score = 0;
  if (POSITIVE.test(names)) score += 25;
  if (NEGATIVE.test(names)) score -= 25;
  return score;
}

/** Paragraphs, and containers that hold sentences as their own text (`<div>text<br>text</div>`). */
function textUnits(root: Element): Element[] {
  const units: Element[] = [];
  const walk = (node: AnyNode) => {
    if (!isTag(node) || UNLIKELY.has(node.name)) return;
    if (node.name === "p" || (SCORED.has(node.name) && hasOwnText(node))) units.push(node);
    if (node.name !== "p") for (const child of node.children) walk(child);
  };
  walk(root);
  return units;
}

function hasOwnText(el: Element): boolean {
  return el.children.some((child) => isText(child) && child.data.trim().length >= 20);
}

/** A paragraph's whole text; a container's own text nodes and inline children only. */
function ownText(el: Element): string {
  if (el.name === "p") return textContent(el);
  return el.children
    .filter((child) => isText(child) || (isTag(child) && INLINE.has(child.name)))
    .map((child) => textContent(child))
    .join("");
}

const INLINE = new Set(["a", "span", "strong", "b", "em", "i", "font", "u", "br", "sup", "sub"]);

function parentElement(el: Element): Element | null {
  const parent = el.parent;
  return parent !== null && isTag(parent) ? parent : null;
}

/**
 * Every element's text length and the part of it inside links (white space not counted), in one
 * walk from the leaves up: link density for all candidates in linear time.
 */
function textLengths(root: Element): Map<Element, { text: number; links: number }> {
  const lengths = new Map<Element, { text: number; links: number }>();
  const measure = (node: AnyNode, inLink: boolean): { text: number; links: number } => {
    if (isText(node)) {
      const length = node.data.replace(/\s+/g, "").length;
      return { text: length, links: inLink ? length : 0 };
    }
    if (!isTag(node) || UNLIKELY.has(node.name)) return { text: 0, links: 0 };
    const here = { text: 0, links: 0 };
    const link = inLink || node.name === "a";
    for (const child of node.children) {
      const sub = measure(child, link);
      here.text += sub.text;
      here.links += sub.links;
    }
    lengths.set(node, here);
    return here;
  };
  measure(root, false);
  return lengths;
}

interface Meta {
  ogTitle: string | null;
  /** The article's headline in the page's JSON-LD. */
  headline: string | null;
  /** The work the article is based on (JSON-LD `isBasedOn`): the story it carries. */
  basedOn: string | null;
  publishedAt: string | null;
  /**
   * Every instant the publish-date tags state, in their order of trust: a CMS writes several (新浪's
   * `weibo: article:create_at` beside a later `article:published_time`), and the one the page shows is the story's.
   */
  publishedDates: string[];
  /** When the page was last updated (`dateModified`, `dateUpdate`): a publish time only where a visible stamp agrees. */
  updatedAt: string | null;
  source: string | null;
  author: string | null;
  /** `<meta name="author">`: a writer's name on some sites, the site's own on many Chinese ones. */
  namedAuthor: string | null;
  url: string | null;
  siteName: string | null;
}

/** Meta tags as the big CMSs write them (Open Graph, article:*, and the Chinese CMS names). */
function readMeta(head: Element): Meta {
  const values = new Map<string, string>();
  for (const el of select("meta", head)) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? "").trim().toLowerCase();
    const content = (el.attribs.content ?? "").trim();
    if (key !== "" && content !== "" && !values.has(key)) values.set(key, content);
  }
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const value = values.get(key);
      if (value !== undefined) return value;
    }
    return null;
  };
  const canonical = select('link[rel="canonical"]', head)[0];
  const stated = [first("og:url"), canonical?.attribs.href, first("dc.identifier")];
  const source = first("source", "og:article:source", "mediaid", "article:source");
  // `<meta name="SiteName">`: the government CMSs' (TRS, 大汉 JCMS) name of the site.
  const siteName = first("og:site_name", "sitename") ?? siteFromCopyright(first("copyright"));
  // A portal's pages name the portal as their writer (`<meta property="article:author" content="网易">` beside
  // `<meta name="Copyright" content="网易版权所有">`): the site, no person.
  const writer = (value: string | null) => (value === null || value === siteName ? null : personName(value));
  return {
    ogTitle: first("og:title"),
    headline: null,
    basedOn: null,
    publishedAt: timedOnSameDay(PUBLISHED_META.map((key) => values.get(key) ?? null)),
    publishedDates: PUBLISHED_META.flatMap((key) => values.get(key) ?? []),
    updatedAt: first("article:modified_time", "bytedance:updated_time", "datemodified", "dateupdate"),
    source: source === null ? null : source.replace(/^来源[:：]\s*/, "").trim() || null,
    // `article:author` often holds the writer's profile page, not a name.
    author: writer(first("article:author", "og:article:author")),
    namedAuthor: writer(nameValue(first("author"))),
    // The page's own address, the first written whole: a CMS may write og:url without its scheme (搜狐's
    // `www.sohu.com/a/…` beside the canonical `https://…`), and the CMSs that write Dublin Core (BBC's Topcat2,
    // government sites) name the page in `dc.identifier` — there only a web address, never an ISBN or a DOI.
    url: stated.find((url) => /^https?:\/\//i.test(url ?? "")) ?? stated[0] ?? stated[1] ?? null,
    siteName: siteName ?? siteOfAuthor(nameValue(first("author"))),
  };
}

/** The meta tags that state when the story was published, in order of trust. */
const PUBLISHED_META = [
  "article:published_time",
  "og:release_date",
  // 头条搜索's time tags, which Chinese CMSs write for ByteDance's crawler (新浪财经's pages, WordPress themes'
  // `<meta property="bytedance:published_time" content="2026-07-09T07:49:00+08:00">`).
  "bytedance:published_time",
  "publishdate",
  "pubdate",
  "publish_date",
  "weibo: article:create_at",
  "og:time",
  // schema.org's microdata names, as `<meta itemprop="…">`.
  "datepublished",
  "datecreated",
  "dc.date.issued",
  // Dublin Core's term as the CMSs that write it state the publication (BBC's Topcat2, government sites' AGLS
  // metadata: `<meta name="DCTERMS.created" content="2013-05-16T08:04:12+10:00">`).
  "dcterms.created",
];

/**
 * The first of the dates, or a later one that writes the same day with its time: a CMS may state the day in
 * one tag and the minute in another (TRS's `<meta name="publishdate" content="2022-04-17">` beside
 * `<meta name="PubDate" content="2022-04-17 14:46:00">`), the same date said more exactly.
 */
function timedOnSameDay(dates: ReadonlyArray<string | null>): string | null {
  const [first, ...others] = dates.filter((date) => date !== null);
  const day = (date: string) => normalizeDate(date)?.slice(0, 10);
  return (
    (first &&
      !/\d:\d/u.test(first) &&
      others.find((date) => /\d:\d/u.test(date) && day(date) === day(first))) ||
    (first ?? null)
  );
}

/** A name, not an address or a number. */
function personName(value: string | null): string | null {
  return value !== null && !/^(?:https?:)?\/\//iu.test(value) && /\D/u.test(value) ? value : null;
}

/** What a page's schema.org JSON-LD says about its article. */
interface LinkedData {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** The people the article names as its authors, in order. */
  authors: string[];
  publisher: string | null;
  url: string | null;
  basedOn: string | null;
  /** The account or outlet the page's own state object names as the story's (`window.DATA.media`); JSON-LD names none. */
  source: string | null;
}
/** A JSON-LD script longer than this is not read (a page's data dump, not its article's facts). */
const LINKED_DATA_MAX = 200_000;
/** How deep into a JSON-LD document (`@graph`, arrays) the article is looked for. */
const LINKED_DATA_DEPTH = 4;

/**
 * Baidu's page description (`"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld"`), which
 * Chinese CMSs write for its search in place of schema.org's: no `@type`, the page's `<title>` as `title`
 * (not a headline: not read) and its times as `pubDate` and `upDate`, read as an article's.
 */
function cambrianIn(data: unknown): JsonObject | null {
  const item = data as JsonObject | null;
  return String(item?.["@context"]).includes("cambrian.jsonld")
    ? { datePublished: item!.pubDate, dateModified: item!.upDate }
    : null;
}

/**
 * The article a page describes in `<script type="application/ld+json">` (schema.org's NewsArticle and
 * kin, alone, in an array or in an `@graph`, or Baidu's cambrian description): its headline, dates,
 * authors, publisher and address. A script that is not JSON is skipped; null when no script describes
 * an article.
 */
export function readLinkedData(root: Document): LinkedData | null {
  let state: LinkedData | null = null;
  for (const script of select("script", root)) {
    if (!/ld\+json/iu.test(script.attribs.type ?? "")) {
      state ??= pageStateOf(script);
      continue;
    }
    const text = textContent(script)
      .trim()
      .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/gu, "");
    if (text.length > LINKED_DATA_MAX) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const article = articleIn(data, 0) ?? cambrianIn(data);
    if (article !== null) return linkedFields(article);
  }
  return state;
}

/**
 * A script that sets the page's state as one JSON object on a global (腾讯新闻's `<script>window.DATA = {"title": …,
 * "media": "较真", "pubtime": "2020-11-30 21:48:28", …}</script>`, a CMS's `var ARTICLE = {…};`): what it states of the
 * story, read as JSON-LD's facts are where a page has none — the headline under `title`, the publish time under a key
 * that names one (`isPublishKey`: `pubtime`, `publish_time`), the account under a media key. Only a script that is the
 * assignment alone is read (`PAGE_STATE`, anchored, on its first characters; the object closes the script): a
 * script of code around an object says nothing reliably. Null for none, or a state with no title or time.
 */
function pageStateOf(script: Element): LinkedData | null {
  // Its first characters first: most scripts are code, told apart without reading their text whole.
  const first = script.children[0];
  if (script.attribs.src !== undefined || first === undefined || !isText(first)) return null;
  if (!PAGE_STATE.test(first.data.trimStart().slice(0, PAGE_STATE_HEAD))) return null;
  const text = textContent(script).trim();
  const opening = PAGE_STATE.exec(text.slice(0, PAGE_STATE_HEAD));
  if (opening === null || text.length > LINKED_DATA_MAX) return null;
  const end = text.endsWith(";") ? text.length - 1 : text.length;
  if (text[end - 1] !== "}") return null;
  let data: unknown;
  try {
    data = JSON.parse(text.slice(opening[0].length - 1, end));
  } catch {
    return null;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const state = data as JsonObject;
  const textOf = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
  const timeKey = Object.keys(state).find((key) => isPublishKey(key) && textOf(state[key]) !== null);
  const headline = textOf(state.title);
  const datePublished = timeKey === undefined ? null : textOf(state[timeKey]);
  if (headline === null && datePublished === null) return null;
  const media = PAGE_STATE_MEDIA_KEYS.map((key) => textOf(state[key])).find((name) => name !== null);
  return {
    headline,
    datePublished,
    dateModified: null,
    authors: [],
    publisher: null,
    url: null,
    basedOn: null,
    source: media === undefined ? null : personName(media),
  };
}

/** A script's opening that assigns an object to a global (`window.DATA = {`, `var ARTICLE = {`): its state, maybe. */
const PAGE_STATE =
  /^(?:window\.|var\s+|let\s+|const\s+)?[A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){0,2}\s*=\s*\{/u;
/** How far into a script its state assignment's opening (`PAGE_STATE`) is looked for. */
const PAGE_STATE_HEAD = 80;
/** The keys a page's state names the story's account or outlet under (腾讯新闻's `media`, as its `mediaid` meta). */
const PAGE_STATE_MEDIA_KEYS = ["media", "media_name", "mediaName"];

type JsonObject = Record<string, unknown>;

function articleIn(data: unknown, depth: number): JsonObject | null {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  if (depth > LINKED_DATA_DEPTH || data === null || typeof data !== "object") return null;
  const items = Array.isArray(data) ? data : [data, ...arrayOf((data as JsonObject)["@graph"])];
  for (const item of items) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) continue;
    if (
      arrayOf((item as JsonObject)["@type"]).some(
        (type) => typeof type === "string" && ARTICLE_TYPE.test(type),
      )
    )
      return item as JsonObject;
  }
  for (const item of items) {
    if (item === data) continue;
    const found = articleIn(item, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function linkedFields(article: JsonObject): LinkedData {
  const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
  const nameOf = (value: unknown) =>
    text(value) ?? (value && typeof value === "object" ? text((value as JsonObject).name) : null);
  const addressOf = (value: unknown) => {
    const address =
      text(value) ??
      (value && typeof value === "object"
        ? (text((value as JsonObject)["@id"]) ?? text((value as JsonObject).url))
        : null);
    return address !== null && /^https?:\/\//iu.test(address) ? address : null;
  };
  // Authors that are people: an organisation named as author is the outlet, not a writer.
  const authors = arrayOf(article.author).flatMap((author) => {
    const type = author && typeof author === "object" ? arrayOf((author as JsonObject)["@type"]) : [];
    const name = personName(nameOf(author));
    return name !== null && !type.includes("Organization") ? [name] : [];
  });
  return {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    dateModified: text(article.dateModified),
    authors,
    publisher: nameOf(article.publisher),
    url: addressOf(article.url) ?? addressOf(article.mainEntityOfPage),
    basedOn: addressOf(article.isBasedOn),
    source: null,
  };
}

/**
 * The head's meta tags and the JSON-LD together, each fact the one most of them state (`agreed`):
 * the published time by instant, the author by name. A site's `<meta name="author">` counts only where
 * another signal names the same writer, for many Chinese sites put their own name there.
 */
function withLinkedData(meta: Meta, linked: LinkedData | null): Meta {
  if (linked === null) return meta;
  const author = linked.authors.length > 0 ? linked.authors.join("、") : null;
  const byInstant = (date: string) => {
    const time = Date.parse(normalizeDate(date) ?? "");
    return Number.isNaN(time) ? date : String(time);
  };
  return {
    ...meta,
    headline: linked.headline,
    basedOn: linked.basedOn,
    publishedAt: agreed([meta.publishedAt, linked.datePublished], byInstant),
    updatedAt: meta.updatedAt ?? linked.dateModified,
    author: agreed([meta.author, author, agreeing(meta.namedAuthor, [meta.author, author])], sameText),
    source: meta.source ?? linked.source,
    url: meta.url ?? linked.url,
    siteName:
      meta.siteName === null || meta.siteName === meta.namedAuthor
        ? (linked.publisher ?? meta.siteName)
        : meta.siteName,
  };
}

/** `value` when one of `others` names the same, else null. */
function agreeing(value: string | null, others: ReadonlyArray<string | null>): string | null {
  return value !== null && others.some((other) => other !== null && sameText(other) === sameText(value))
    ? value
    : null;
}

/** Text compared without its white space runs. */
function sameText(value: string): string {
  return value.replace(/\s+/gu, " ").trim();
}

/**
 * The value most of the signals state, compared by `key` (in order of trust: among equals the first
 * wins); null when none states one.
 */
export function agreed(values: ReadonlyArray<string | null>, key: (value: string) => string): string | null {
  const keys = values.map((value) => (value === null ? null : key(value)));
  let best: number | null = null;
  let bestVotes = 0;
  for (const [i, k] of keys.entries()) {
    if (k === null) continue;
    const votes = keys.filter((other) => other === k).length;
    if (votes > bestVotes) {
      best = i;
      bestVotes = votes;
    }
  }
  return best === null ? null : values[best]!;
}

/** `人民网版权所有` → `人民网`. */
function siteFromCopyright(copyright: string | null): string | null {
  const site = copyright
    ?.replace(/(?:版权所有|all rights reserved).*$/i, "")
    .replace(/^(?:©|copyright)\s*/i, "")
    .trim();
  return site ? site : null;
}

/**
 * A page's `<meta name="author">` as its site's name, which many Chinese sites put there: when it reads as an outlet's
 * (`中国政府网`), not a person's (`马娟`, the editor on the State Council's bulletin pages).
 */
function siteOfAuthor(value: string | null): string | null {
  return value !== null && looksLikeOutlet(value) ? value : null;
}

/**
 * CMSs put user ids in `author` (`104363`), and a page template its placeholder (`name, email@gmail.com`, a
 * boilerplate's head left as it came): a number or a mail address is no name.
 */
function nameValue(value: string | null): string | null {
  return value !== null && /\D/.test(value) && !value.includes("@") ? value : null;
}

/**
 * Whether og:title is the site's name a template fills in on every page (`中時理財 - 中時電子報`): one of its parts is the
 * `<title>`'s last part, where the site's name stands (`美罕見用要負責任批反服貿｜財經焦點｜理財新聞｜中時理財`), and it
 * holds nothing of the `<title>`'s headline.
 */
function isSiteOgTitle(ogTitle: string, fullTitle: string, pageTitle: string): boolean {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  const site = fullTitle.split(TITLE_PARTS).at(-1)?.trim() ?? "";
  return (
    site !== "" &&
    site !== pageTitle &&
    !ogTitle.includes(pageTitle) &&
    ogTitle.split(TITLE_PARTS).some((part) => part.trim() === site)
  );
}

/** The page title without the site's name and channel (`标题_新浪新闻`, `标题-股票频道-和讯网`, `标题--文化--人民网`). */
export function cleanTitle(title: string, siteName: string | null): string {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  const parts = title.trim().split(TITLE_PARTS).filter(Boolean);
  if (parts.length <= 1) return title.trim();
  const site = siteName?.replace(/版权所有$/, "");
  const kept = parts.filter((part) => !(site && (part.includes(site) || site.includes(part))));
  // The headline is the longest part; site and channel names are short.
  return (kept.length > 0 ? kept : parts).reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * The headline before the story, by what agrees with the page's own title, in this order of trust:
 * a block whose whole text is og:title or the `<title>` without the site's name; else the longest
 * block of `HEADLINE_CONTAINED_MIN` characters or more that the `<title>` contains (a title that
 * adds a column or the site without a separator: `标题 东区办事处_中山网`); else the block right above
 * the last dated or labelled line before the story (`发布时间：… 来源：…`), since a headline's info line
 * sits under it whatever element either is set in; else the last `<h1>`–`<h3>` before the story.
 */
function headlineBefore(
  content: Element,
  body: Element,
  titles: ReadonlyArray<string | null>,
  fullTitle: string,
): { element: Element; text: string } | null {
  const blocks = blocksBefore(content, HEADLINE_CANDIDATE, HEADLINE_MAX_LENGTH);
  for (const wanted of titles) {
    const squeezed = wanted === null ? "" : withoutWhitespace(wanted);
    if (squeezed.length < 4) continue;
    const equal = blocks.findLast((block) => withoutWhitespace(block.text) === squeezed);
    if (equal !== undefined) return equal;
  }
  const whole = withoutWhitespace(fullTitle);
  let contained: { element: Element; text: string } | null = null;
  // A crumb or a column's name the `<title>` also holds is shorter than half the headline it gives.
  const least = Math.max(HEADLINE_CONTAINED_MIN, withoutWhitespace(titles.at(-1) ?? "").length / 2);
  for (const block of blocks) {
    const text = withoutWhitespace(block.text);
    if (text.length < least || !whole.includes(text)) continue;
    if (contained === null || text.length >= withoutWhitespace(contained.text).length) contained = block;
  }
  return contained ?? aboveInfoLine(blocks) ?? headingBefore(content, body);
}

/** Blocks of `HEADLINE_CONTAINED_MIN` characters or more are matched inside the `<title>`. */
const HEADLINE_CONTAINED_MIN = 8;
/** A headline is a line: a block of more text is a paragraph or a list. */
const HEADLINE_MAX_LENGTH = 100;
/** Elements a headline is set in: headings, and the styled blocks of pages that do not use them. */
const HEADLINE_CANDIDATE = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "div",
  "p",
  "td",
  "span",
  "strong",
  "b",
]);

/**
 * The headline above a page's info line: the nearest block with text before the last info line
 * (`发布时间：2019-05-18 来源：中国地理学会`), when it reads as a headline — a line of its own, not a
 * menu's links. The info lines before the last are passed over: a template sets each field in a span of its own
 * (`<span>作者: 石头</span><span>来源: CCTV证券资讯</span><span>2014-01-17 13:38:26</span>`, iourt/dev's detail.php).
 */
function aboveInfoLine(
  blocks: ReadonlyArray<{ element: Element; text: string }>,
): { element: Element; text: string } | null {
  const info = blocks.findLastIndex((block) => isInfoLine(block.text));
  if (info < 0) return null;
  const infoChain = ancestors(blocks[info]!.element);
  for (let i = info - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (infoChain.includes(block.element) || withoutWhitespace(block.text) === "") continue;
    if (isInfoLine(block.text)) continue;
    const text = withoutWhitespace(block.text);
    const linked = select("a", block.element).reduce(
      (n, a) => n + withoutWhitespace(textContent(a)).length,
      0,
    );
    return text.length >= 6 && linked < text.length ? block : null;
  }
  return null;
}

/** A line that states when or by whom a story was published: a time stamp, or a labelled field. */
function isInfoLine(text: string): boolean {
  return (
    withoutWhitespace(text).length <= 120 &&
    (/(?:来源|作者|发布时间|发布日期|时间|日期)\s*[:：]/u.test(text) || readStampLine(text) !== null)
  );
}

/**
 * The elements of `kinds` before `content` in document order that do not contain it, with their
 * text, when it is short: one walk measures every element, and only short ones are read.
 */
function blocksBefore(
  content: Element,
  kinds: ReadonlySet<string>,
  maxLength: number,
): Array<{ element: Element; text: string }> {
  const root = ancestors(content)[0] as Document | undefined;
  if (root === undefined) return [];
  const lengths = new Map<Element, number>();
  const measure = (node: AnyNode): number => {
    if (isText(node)) return withoutWhitespace(node.data).length;
    if (!isTag(node) || SCRIPTING.has(node.name)) return 0;
    let length = 0;
    for (const child of node.children) length += measure(child);
    lengths.set(node, length);
    return length;
  };
  for (const child of root.children) measure(child);
  const contentChain = ancestors(content);
  const found: Array<{ element: Element; text: string }> = [];
  const walk = (node: AnyNode): boolean => {
    if (node === content) return true;
    if (!isTag(node) || SCRIPTING.has(node.name)) return false;
    const length = lengths.get(node) ?? 0;
    if (kinds.has(node.name) && length > 0 && length <= maxLength && !contentChain.includes(node))
      found.push({ element: node, text: visibleText(node) });
    for (const child of node.children) if (walk(child)) return true;
    return false;
  };
  for (const child of root.children) if (walk(child)) break;
  return found;
}

/** Text of `node` with its scripts aside, white space collapsed. */
function visibleText(node: AnyNode): string {
  return textLinesIn(node, null, null, Number.POSITIVE_INFINITY).join(" ");
}

/** The last `<h1>`–`<h3>` before the story (in document order), with its text. */
function headingBefore(content: Element, body: Element): { element: Element; text: string } | null {
  let found: { element: Element; text: string } | null = null;
  for (const el of select("h1, h2, h3", body)) {
    if (!precedes(el, content)) break;
    const text = textContent(el).replace(/\s+/g, " ").trim();
    if (text.length >= 4) found = { element: el, text };
  }
  return found;
}

/**
 * The lines under a headline, and after them a time stamp set right above it (`<a class=storytime>2015年05月15日
 * 17:35 PM</a><h1>…`, a stamp and nothing else as the headline's previous sibling): a page that dates its story
 * over the headline. The lines under it come first, so that a stamp there is read before this one.
 */
function withStampAbove(headline: Element, lines: string[]): string[] {
  let previous = headline.prev;
  while (
    previous !== null &&
    (previous.type === "comment" || (isText(previous) && previous.data.trim() === ""))
  )
    previous = previous.prev;
  if (previous === null || !(isText(previous) || isTag(previous))) return lines;
  const text = visibleText(previous);
  return text.length <= 40 && readStampLine(text)?.rest === "" ? [...lines, text] : lines;
}

/** Whether `a` comes before `b` in document order and does not contain it. */
function precedes(a: AnyNode, b: AnyNode): boolean {
  const chainA = ancestors(a);
  const chainB = ancestors(b);
  if (chainB.includes(a as Element)) return false;
  let i = 0;
  while (i < chainA.length && i < chainB.length && chainA[i] === chainB[i]) i++;
  if (i === 0) return false;
  const parent = chainA[i - 1]!;
  const childA = chainA[i] ?? a;
  const childB = chainB[i] ?? b;
  const siblings = (parent as Element).children;
  return siblings.indexOf(childA as AnyNode) < siblings.indexOf(childB as AnyNode);
}

function ancestors(node: AnyNode): AnyNode[] {
  const chain: AnyNode[] = [];
  for (let n: AnyNode | null = node; n !== null; n = n.parent as AnyNode | null) chain.unshift(n);
  return chain;
}

/** Short text lines after `from` and before `to` in document order (the info line under a headline). */
function linesBetween(from: Element, to: Element): string[] {
  const root = ancestors(to)[0] ?? to;
  return textLinesIn(root, from, to, INFO_LINES, true).filter((text) => text.length <= 120);
}

/** The first short lines after the story. */
function linesAfter(content: Element, count: number): string[] {
  const root = ancestors(content)[0] ?? content;
  return textLinesIn(root, content, null, count, true).filter((text) => text.length <= 120);
}

/**
 * Whether an inline element among a page's info fields is one of its controls (`<span>字号：<a>A-</a><a>A</a>
 * <a>A+</a></span>` between the time and `来源：`, `<q>分享到：</q>` after the author): no field, and set on the
 * field's line it would be read as part of the value beside it.
 */
function isPageControl(node: Element): boolean {
  // A file's download button (`<a class="pdf" href="….pdf" download>⬇ 下载 PDF</a>`) and the post's tags set beside its day
  // (`<span class="date">2026-07-20</span><span class="tag">融资余额</span>…`, a notes site's head) are no field either.
  if (node.name === "a" && node.attribs.download !== undefined) return true;
  if (TAG_CLASS.test(node.attribs.class ?? "")) return true;
  const text = textContent(node).replace(/\s+/g, " ").trim();
  // A script's link showing a count (`<a href="javascript:;" class="cy_comment">1</a>`, the comments' button) is one too.
  if (node.name === "a" && /^\d+$/.test(text) && /^\s*javascript:/i.test(node.attribs.href ?? ""))
    return true;
  return PAGE_CONTROLS.test(text);
}

/** An inline element's class naming it a tag (`tag`, `post-tag`, `tags`): a tag chip, one word of the post's tags. */
const TAG_CLASS = /(?:^|[\s_-])tags?(?:$|[\s_-])/iu;

/** Lines read between a headline and its story: a page's info block is a few lines. */
const INFO_LINES = 40;
/** Lines read after the story for its date and credits: the page's furniture comes right after. */
const TRAILER_LINES = 12;

/**
 * The text of `root` as lines, after `from`'s subtree (from the start when null) and before `to`
 * (to the end when null), at most `limit` of them: blocks and line breaks end a line, and inline
 * elements side by side are kept apart by a space (`<span>09-30</span><span>22:46</span>`); scripts
 * and form controls are not text, nor (`withoutControls`) a page's inline controls (`isPageControl`).
 */
function textLinesIn(
  root: AnyNode,
  from: AnyNode | null,
  to: AnyNode | null,
  limit: number,
  withoutControls = false,
): string[] {
  const lines: string[] = [];
  let line = "";
  let reading = from === null;
  let done = false;
  // Whether the line so far ends with an element: the next element's text is a separate item.
  let afterElement = false;
  const flush = () => {
    const text = line.replace(/\s+/g, " ").trim();
    line = "";
    if (text !== "") lines.push(text);
    if (lines.length >= limit) done = true;
  };
  const walk = (node: AnyNode): void => {
    if (done) return;
    if (node === to) {
      // Inline text right before the story (`<span>其它内容</span> <span>十一月 6th, 2009</span><div class="post-content">`)
      // is a line too.
      if (reading) flush();
      done = true;
      return;
    }
    if (isText(node)) {
      if (reading) line += node.data;
      if (node.data.trim() !== "") afterElement = false;
      return;
    }
    if (isDocument(node)) {
      for (const child of node.children) walk(child);
      return;
    }
    if (!isTag(node) || SCRIPTING.has(node.name)) return;
    const breaks = LINE_BREAK.has(node.name);
    if (reading && withoutControls && !breaks && isPageControl(node)) return;
    if (reading && breaks) flush();
    else if (reading && afterElement) line += " ";
    for (const child of node.children) walk(child);
    if (node === from) {
      reading = true;
      line = "";
      return;
    }
    if (reading && !done && breaks) flush();
    afterElement = !breaks;
  };
  walk(root);
  if (reading && !done) flush();
  return lines;
}

/** Elements whose text is never the page's: scripts, styles and form controls. */
const SCRIPTING = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "select",
  "textarea",
  "button",
]);
/** Elements that end a line of text. */
const LINE_BREAK = new Set([
  "br",
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "table",
  "tbody",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "nav",
  "center",
  "blockquote",
  "pre",
  "hr",
  "form",
  "figure",
  "figcaption",
]);

/**
 * The head's update time, as the publish time, where a stamp the page shows without a year
 * (`发布时间：10-08 12:00`) names the same day and minute: the head then states the stamp in full.
 */
function confirmedUpdate(updatedAt: string | null, lines: readonly string[]): string | null {
  const updated = updatedAt === null ? null : normalizeDate(updatedAt);
  return updated !== null && shownIn(updated, lines) ? updated : null;
}

/**
 * Of the instants a page's publish-date tags state, the earliest the lines under its headline show to the minute
 * (新浪's box `2018年09月28日 16:58` is its `weibo: article:create_at` 16:58:37, not the `article:published_time`
 * 16:59:57 of the page's publishing); null when the lines show none of them, or the tags state one instant only.
 */
function shownDate(dates: readonly string[], lines: readonly string[]): string | null {
  if (dates.length < 2 || lines.length === 0) return null;
  let shown: string | null = null;
  for (const date of dates) {
    const instant = normalizeDate(date);
    if (
      instant !== null &&
      shownIn(instant, lines) &&
      (shown === null || Date.parse(instant) < Date.parse(shown))
    )
      shown = instant;
  }
  return shown;
}

/** Whether one of the lines writes the instant's month, day, hour and minute (its own day and time, as written). */
function shownIn(instant: string, lines: readonly string[]): boolean {
  if (!extractPagePatternsCompiled) compileExtractPagePatterns();
  const [month, day, hour, minute] = [5, 8, 11, 14].map((at) => Number(instant.slice(at, at + 2)));
  for (const line of lines) {
    for (const stamp of matchesIn(YEARLESS_STAMP, halfWidthDigits(line))) {
      const [m, d, h, mi] = stamp.slice(1, 5).map(Number);
      if (m === month && d === day && h === hour && mi === minute) return true;
    }
  }
  return false;
}

/**
 * The site's name the `<title>` gives after the headline (`标题  湖南省中医药研究院附属医院`,
 * `标题--当代商报`): its last part that reads as an outlet's name, for a site may close with its channel
 * (`标题_39健康网_资讯`), else its last part, when short.
 */
function siteOfTitle(fullTitle: string, headline: string | null): string | null {
  if (headline === null) return null;
  const at = fullTitle.indexOf(headline.trim());
  if (at !== 0 || headline.trim() === "") return null;
  // A space parts the title's pieces, except after a Latin brand before its Chinese name (`EDN 电子技术设计`, `FT 中文网`).
  const parts = fullTitle
    .slice(headline.trim().length)
    .split(/(?<![A-Za-z])\s+|\s+(?!\p{Script=Han})|_|\||--|—|(?<!\d)-(?!\d)/u)
    .map((part) => part.replace(/\s+/gu, ""))
    // A site template's placeholder name (`标题_我的网站`) names no site, and a person's own site (`标题 · 烟囱的美股学习笔记`)
    // no outlet.
    .filter((part) => part !== "" && !isTemplateSiteName(part) && !isPersonalSiteName(part));
  const site = parts.findLast((part) => looksLikeOutlet(part)) ?? parts.at(-1);
  return site !== undefined && site.length >= 2 && site.length <= 20 ? site : null;
}
