import type { AnyNode, Document, Element } from "domhandler";
import { isTag, isText } from "domhandler";
import { isOriginalLinkLabel } from "../credits/grammar.js";
import { select, textContent } from "../stages/select.js";

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
  /** The headline: og:title, else the `<h1>`/`<h2>` before the story, else `<title>` without the site's name. */
  title: string | null;
  /** Text lines between the headline and the story (`2019-09-26 12:11来源：证券时报网作者：李在山`). */
  infoLines: string[];
  /** What the `<head>` states, as written. */
  meta: {
    publishedAt: string | null;
    source: string | null;
    author: string | null;
    url: string | null;
    siteName: string | null;
  };
}

/** Classes and ids of story containers, and of everything around a story. */
const POSITIVE = /article|content|text|txt|body|detail|main|post|entry|zw|正文/i;
const NEGATIVE =
  /nav|menu|footer|foot|header|sidebar|side|comment|pinglun|recommend|tuijian|rank|paihang|hot|related|xiangguan|share|fenxiang|copyright|shenming|ad[-_]|adv|banner|login|search|weizhi|path|crumb|tags?\b|list/i;
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
/** Sentence punctuation: a story is where most of it sits. */
const PUNCTUATION = /[，。！？；、,]/g;

/**
 * The parts of a whole page, or null when the document is not one: a fragment (a feed item's HTML,
 * a Markdown body) has no `<head>` with a `<title>` and no `<body>` around the story.
 */
export function readPage(root: Document): PageParts | null {
  const head = select("head", root)[0];
  const body = select("body", root)[0];
  if (head === undefined || body === undefined || select("title", head).length === 0) return null;
  const content = bestContainer(body);
  if (content === null) return null;
  const meta = readMeta(head);
  const pageTitle = cleanTitle(textContent(select("title", head)[0]!), meta.siteName);
  // A headline in a `<div class="h-title">` is the block whose text is the page's own title.
  const heading = headingBefore(content, body) ?? titleBlockBefore(content, meta.ogTitle ?? pageTitle);
  const title = meta.ogTitle ?? heading?.text ?? pageTitle;
  return {
    content,
    title: title || null,
    infoLines: heading ? linesBetween(heading.element, content) : [],
    meta: {
      publishedAt: meta.publishedAt,
      source: meta.source,
      author: meta.author,
      // A mirror's page links to the story it carries (`<a href="https://…">原文</a>`); its own
      // address (og:url, canonical) is only the mirror's.
      url: originalLinkOf(body) ?? meta.url,
      siteName: meta.siteName,
    },
  };
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
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number) => {
    if (el === null || !SCORED.has(el.name)) return;
    scores.set(el, (scores.get(el) ?? initialScore(el)) + score);
  };
  for (const unit of textUnits(body)) {
    const text = ownText(unit).replace(/\s+/g, "");
    if (text.length < 20) continue;
    const commas = text.match(PUNCTUATION)?.length ?? 0;
    if (commas === 0) continue;
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
  return best;
}

function initialScore(el: Element): number {
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
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  siteName: string | null;
}

/** Meta tags as the big CMSs write them (Open Graph, article:*, and the Chinese CMS names). */
function readMeta(head: Element): Meta {
  const values = new Map<string, string>();
  for (const el of select("meta", head)) {
    const key = (el.attribs.property ?? el.attribs.name ?? "").trim().toLowerCase();
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
  const source = first("source", "og:article:source", "mediaid", "article:source");
  return {
    ogTitle: first("og:title"),
    publishedAt: first(
      "article:published_time",
      "og:release_date",
      "publishdate",
      "pubdate",
      "publish_date",
      "weibo: article:create_at",
      "og:time",
    ),
    source: source === null ? null : source.replace(/^来源[:：]\s*/, "").trim() || null,
    author: first("article:author", "og:article:author"),
    url: first("og:url") ?? (canonical ? (canonical.attribs.href ?? null) : null),
    siteName: first("og:site_name") ?? siteFromCopyright(first("copyright")) ?? nonNumeric(first("author")),
  };
}

/** `人民网版权所有` → `人民网`. */
function siteFromCopyright(copyright: string | null): string | null {
  const site = copyright
    ?.replace(/(?:版权所有|all rights reserved).*$/i, "")
    .replace(/^(?:©|copyright)\s*/i, "")
    .trim();
  return site ? site : null;
}

/** CMSs put user ids in `author` (`104363`): not a name. */
function nonNumeric(value: string | null): string | null {
  return value !== null && /\D/.test(value) ? value : null;
}

/** The page title without the site's name and channel (`标题_新浪新闻`, `标题-股票频道-和讯网`, `标题--文化--人民网`). */
export function cleanTitle(title: string, siteName: string | null): string {
  const parts = title
    .trim()
    .split(/(?<!\s)\s*(?:_|\||--|(?<!\d)-(?!\d)|—)\s*/)
    .filter(Boolean);
  if (parts.length <= 1) return title.trim();
  const site = siteName?.replace(/版权所有$/, "");
  const kept = parts.filter((part) => !(site && (part.includes(site) || site.includes(part))));
  // The headline is the longest part; site and channel names are short.
  return (kept.length > 0 ? kept : parts).reduce((a, b) => (b.length > a.length ? b : a));
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
 * The last leaf block before the story whose whole text is the page's title: the headline of pages
 * that set it in a styled `<div>`, not an `<h1>`.
 */
function titleBlockBefore(content: Element, title: string): { element: Element; text: string } | null {
  const wanted = title.replace(/\s+/g, "");
  if (wanted.length < 4) return null;
  const blocks = leafBlocksBefore(content, HEADLINE_BLOCK).filter(
    (b) => b.text.replace(/\s+/g, "") === wanted,
  );
  return blocks.at(-1) ?? null;
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
  return leafBlocksBefore(to, BLOCK, from)
    .map((block) => block.text)
    .filter((text) => text !== "" && text.length <= 120);
}

/**
 * The leaf blocks (elements of `kinds` holding no `BLOCK`) before `to` in document order, after
 * `from` when given, with their text: one walk that reads each text once.
 */
function leafBlocksBefore(
  to: Element,
  kinds: ReadonlySet<string>,
  from: Element | null = null,
): Array<{ element: Element; text: string }> {
  const found: Array<{ element: Element; text: string }> = [];
  let inside = from === null;
  const walk = (node: AnyNode): boolean => {
    if (node === to) return true;
    if (node === from) {
      inside = true;
      return false;
    }
    if (!isTag(node) || UNLIKELY.has(node.name)) return false;
    if (inside && kinds.has(node.name) && !node.children.some((c) => isTag(c) && BLOCK.has(c.name))) {
      found.push({ element: node, text: textContent(node).replace(/\s+/g, " ").trim() });
      return false;
    }
    for (const child of node.children) if (walk(child)) return true;
    return false;
  };
  const root = ancestors(to)[0] as Document | undefined;
  for (const child of root?.children ?? []) if (walk(child)) break;
  return found;
}

const BLOCK = new Set(["div", "p", "li", "td", "h4", "h5", "h6", "section"]);
/** Blocks a headline may be set in when it is not an `<h1>`–`<h3>`. */
const HEADLINE_BLOCK = new Set(["div", "p", "td", "h4", "h5", "h6", "span", "strong", "b"]);
