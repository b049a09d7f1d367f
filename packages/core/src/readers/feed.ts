import { setOwn } from "../assemble/own-property.js";
import { outletOfUrl } from "../credits/domains.js";
import { decode } from "../stages/decode.js";
import { concat } from "./lines.js";
import type { RecordMapper } from "./record.js";
import type { DocumentReader, ReadItem } from "./types.js";
import type { ReaderOptions } from "./whole-file.js";

/**
 * Where each item's facts sit, by element name, as record keys the record mapping reads
 * (`DEFAULT_MAPPING`): RSS 2.0's `pubDate`, `description` and `link`, the content module's
 * `content:encoded` (the whole story, where `description` is its summary), Dublin Core's `dc:creator`
 * and `dc:date`, and Atom's `published`, `summary` and `content`. Any other element with text is kept
 * under its own name (the Article's `extra`).
 */
const ELEMENT_KEYS: Readonly<Record<string, string>> = {
  "content:encoded": "content",
  "dc:creator": "author",
  "dc:date": "date",
  "dc:subject": "tags",
};

/** An item element's opening tag: `<item>`, `<item rdf:about="…">`, `<entry>`. */
const ITEM_OPEN = [encode("<item"), encode("<entry")];
const ITEM_CLOSE = [encode("</item>"), encode("</entry>")];

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** One child element of an item: its name, attributes and what is inside it (markup kept). */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  inner: string;
}

/**
 * The record of one `<item>` or `<entry>` element (its XML, from the opening tag to the closing
 * one): each child element's value under the key the record mapping reads it by. A value is the
 * element's text — CDATA as written, entities decoded — or the markup inside it (Atom's XHTML
 * content); a link is Atom's `href`; an author is Atom's `<name>` inside it; categories are a list.
 */
export function feedItemRecord(xml: string): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const open = xml.indexOf(">");
  const close = xml.lastIndexOf("</");
  if (open < 0) return record;
  const categories: string[] = [];
  for (const element of childElements(xml, open + 1, close > open ? close : xml.length)) {
    const name = element.name;
    if (name === "link") {
      const href = element.attributes.href;
      const rel = element.attributes.rel;
      const value =
        href !== undefined ? (rel === undefined || rel === "alternate" ? href : "") : text(element.inner);
      if (value !== "" && record.link === undefined) record.link = value;
      continue;
    }
    if (name === "category") {
      const value = element.attributes.term ?? text(element.inner);
      if (value !== "") categories.push(value);
      continue;
    }
    const value =
      name === "author" || name === "source"
        ? nestedText(element.inner, name === "author" ? "name" : "title")
        : text(element.inner);
    if (value === "") continue;
    // Atom's `updated` is the entry's only time when it states no `published`: read as a `date`, which the
    // mapping takes after `published`.
    const key = Object.hasOwn(ELEMENT_KEYS, name) ? ELEMENT_KEYS[name]! : name === "updated" ? "date" : name;
    // The first element of a key wins (an `author` before a `dc:creator`).
    if (!Object.hasOwn(record, key)) setOwn(record, key, value);
  }
  if (categories.length > 0) record.categories = categories;
  // A feed is its site's: the outlet whose site an item links to carried it (人民网 for its own stories and
  // for the 新华社 dispatches it runs), as a dump record's feed name says, unless the item names its source.
  if (typeof record.link === "string" && record.source === undefined) {
    const site = outletOfUrl(record.link);
    if (site !== null) record.site_name = site;
  }
  return record;
}

/** The text of an element's content: CDATA sections as written, the rest with its entities decoded. */
function text(inner: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const start = inner.indexOf("<![CDATA[", at);
    if (start < 0) break;
    const end = inner.indexOf("]]>", start + 9);
    out += decodeEntities(inner.slice(at, start)) + inner.slice(start + 9, end < 0 ? inner.length : end);
    if (end < 0) return out.trim();
    at = end + 3;
  }
  return (out + decodeEntities(inner.slice(at))).trim();
}

/** The text of the child element `name` (Atom's `<author><name>`), or the whole content when it has none. */
function nestedText(inner: string, name: string): string {
  for (const child of childElements(inner, 0, inner.length))
    if (child.name === name) return text(child.inner);
  return inner.includes("<") && !inner.includes("<![CDATA[") ? "" : text(inner);
}

const XML_ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML's five named entities and numeric character references (HTML's other names are the HTML reader's). */
function decodeEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(XML_ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name]!;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The elements directly inside `xml[from, to)`, in order. Comments, processing instructions and
 * stray closing tags between them are skipped; an element whose closing tag is missing runs to `to`.
 * Every search moves forward (`indexOf`), so a hostile input costs a pass per nesting level of a
 * name repeated inside itself.
 */
function childElements(xml: string, from: number, to: number): XmlElement[] {
  const elements: XmlElement[] = [];
  let at = from;
  while (at < to) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= to) break;
    const skip = skipNonElement(xml, lt);
    if (skip !== null) {
      at = skip;
      continue;
    }
    const tag = readTag(xml, lt, to);
    if (tag.selfClosing) {
      elements.push({ name: tag.name, attributes: tag.attributes, inner: "" });
      at = tag.end;
      continue;
    }
    const closing = closingTag(xml, tag.name, tag.end, to);
    elements.push({ name: tag.name, attributes: tag.attributes, inner: xml.slice(tag.end, closing.start) });
    at = closing.end;
  }
  return elements;
}

/** Past a comment, CDATA section, processing instruction, declaration or closing tag at `lt`; null at an element. */
function skipNonElement(xml: string, lt: number): number | null {
  const pairs: ReadonlyArray<[string, string]> = [
    ["<!--", "-->"],
    ["<![CDATA[", "]]>"],
    ["<?", "?>"],
    ["<!", ">"],
    ["</", ">"],
  ];
  for (const [open, close] of pairs) {
    if (!xml.startsWith(open, lt)) continue;
    const end = xml.indexOf(close, lt + open.length);
    return end < 0 ? xml.length : end + close.length;
  }
  return null;
}

/** The opening tag at `lt`: its name, attributes, whether it closes itself, and where it ends. */
function readTag(
  xml: string,
  lt: number,
  to: number,
): { name: string; attributes: Record<string, string>; selfClosing: boolean; end: number } {
  let at = lt + 1;
  while (at < to && !isTagBreak(xml.charCodeAt(at))) at++;
  const name = xml.slice(lt + 1, at);
  const attributes: Record<string, string> = {};
  for (;;) {
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    if (at >= to) return { name, attributes, selfClosing: false, end: to };
    const c = xml[at];
    if (c === ">") return { name, attributes, selfClosing: false, end: at + 1 };
    if (c === "/") {
      if (xml[at + 1] === ">") return { name, attributes, selfClosing: true, end: at + 2 };
      at++;
      continue;
    }
    const nameStart = at;
    while (at < to && !isTagBreak(xml.charCodeAt(at)) && xml[at] !== "=") at++;
    const attribute = xml.slice(nameStart, at);
    if (xml[at] !== "=") {
      if (at === nameStart) at++;
      continue;
    }
    at++;
    const quote = xml[at];
    if (quote === '"' || quote === "'") {
      const end = xml.indexOf(quote, at + 1);
      const stop = end < 0 || end > to ? to : end;
      attributes[attribute] = decodeEntities(xml.slice(at + 1, stop));
      at = stop + 1;
    } else {
      const start = at;
      while (at < to && !isTagBreak(xml.charCodeAt(at))) at++;
      attributes[attribute] = xml.slice(start, at);
    }
    if (xml[at - 1] === "/" && xml[at] === ">") return { name, attributes, selfClosing: true, end: at + 1 };
  }
}

/** Where the element `name` opened before `from` closes: nested elements of the same name are counted. */
function closingTag(xml: string, name: string, from: number, to: number): { start: number; end: number } {
  let depth = 1;
  let at = from;
  while (at < to) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= to) break;
    if (xml.startsWith("<![CDATA[", lt) || xml.startsWith("<!--", lt)) {
      at = skipNonElement(xml, lt)!;
      continue;
    }
    const closes = xml.startsWith("/", lt + 1);
    const nameAt = closes ? lt + 2 : lt + 1;
    if (xml.startsWith(name, nameAt) && isTagBreak(xml.charCodeAt(nameAt + name.length))) {
      const end = xml.indexOf(">", nameAt);
      const tagEnd = end < 0 || end >= to ? to : end + 1;
      if (closes) {
        depth--;
        if (depth === 0) return { start: lt, end: tagEnd };
      } else if (xml[tagEnd - 2] !== "/") depth++;
      at = tagEnd;
      continue;
    }
    at = lt + 1;
  }
  return { start: to, end: to };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** White space, `>`, `/` or the end: what ends a tag or attribute name. */
function isTagBreak(code: number): boolean {
  return Number.isNaN(code) || isSpace(code) || code === 0x3e || code === 0x2f;
}

/**
 * An RSS or Atom feed, or items cut out of one: one document per `<item>` or `<entry>` (`item 3`),
 * its facts read by the record mapping as a dump record's are (`feedItemRecord`). The input is cut at
 * each item's closing tag as it streams, so a feed of any length is read with memory for one item;
 * the channel's own elements before the first item are not news and are passed over.
 */
export class FeedReader implements DocumentReader {
  /** The input not yet read: from the open item's start, or a few bytes that may begin the next one. */
  private pending: Uint8Array = new Uint8Array(0);
  /** Whether `pending` starts with an open item, and which element it is (`ITEM_OPEN`'s index). */
  private itemOpen = false;
  private itemKind = 0;
  private itemLine = 0;
  /** The number of the line `pending` starts on. */
  private line: number;
  private count = 0;
  private itemTooLarge = false;

  constructor(
    private readonly options: ReaderOptions,
    private readonly mapper: RecordMapper,
  ) {
    this.line = options.firstLine;
  }

  push(chunk: Uint8Array): ReadItem[] {
    const items: ReadItem[] = [];
    // An open item's closing tag is looked for only where it can be: in the new bytes, or across their seam.
    let closeFrom = this.itemOpen ? Math.max(0, this.pending.length - ITEM_CLOSE[this.itemKind]!.length) : 0;
    this.pending = concat([this.pending, chunk], this.pending.length + chunk.length);
    for (;;) {
      if (!this.itemOpen) {
        const opening = this.nextOpening();
        if (opening === null) {
          // Keep a tail that could be the start of an opening tag cut by the chunk's end.
          this.drop(Math.max(0, this.pending.length - 8));
          return items;
        }
        this.drop(opening.at);
        this.itemOpen = true;
        this.itemKind = opening.kind;
        this.itemLine = this.line;
      }
      const closing = ITEM_CLOSE[this.itemKind]!;
      const close = indexOfBytes(this.pending, closing, closeFrom);
      closeFrom = 0;
      if (close < 0) {
        if (this.pending.length > this.options.settings.maxInputBytes) {
          this.itemTooLarge = true;
          // Only the closing tag is still looked for: keep what could hold its first bytes.
          this.drop(this.pending.length - closing.length);
        }
        return items;
      }
      const end = close + closing.length;
      items.push(this.finish(this.pending.subarray(0, end)));
      this.itemOpen = false;
      this.drop(end);
    }
  }

  /** Passes over the first `bytes` of `pending`, counting their lines. */
  private drop(bytes: number): void {
    for (let at = this.pending.indexOf(0x0a); at >= 0 && at < bytes; at = this.pending.indexOf(0x0a, at + 1))
      this.line++;
    this.pending = this.pending.slice(bytes);
  }

  end(): ReadItem[] {
    if (!this.itemOpen) return [];
    return [
      {
        failure: {
          code: "corrupt-input",
          message: `the feed ends inside item ${this.count + 1}: the input is cut short`,
          ref: `item ${this.count + 1}`,
        },
      },
    ];
  }

  /** The next item's opening tag at or after `from`: `<item` or `<entry` followed by `>` or white space. */
  private nextOpening(): { at: number; kind: number } | null {
    let best: { at: number; kind: number } | null = null;
    for (const [kind, tag] of ITEM_OPEN.entries()) {
      let at = indexOfBytes(this.pending, tag, 0);
      while (at >= 0) {
        const next = this.pending[at + tag.length];
        if (next === undefined) break;
        if (next === 0x3e || isSpace(next)) break;
        at = indexOfBytes(this.pending, tag, at + 1);
      }
      if (at >= 0 && this.pending[at + tag.length] !== undefined && (best === null || at < best.at))
        best = { at, kind };
    }
    return best;
  }

  private finish(bytes: Uint8Array): ReadItem {
    this.count++;
    const ref = `item ${this.count}`;
    if (this.itemTooLarge) {
      this.itemTooLarge = false;
      return {
        failure: {
          code: "record-too-large",
          message: `the record is over ${this.options.settings.maxInputBytes} bytes (maxInputBytes)`,
          ref,
        },
      };
    }
    const decoded = decode(bytes.slice(), this.options.settings);
    const read = this.mapper.document(
      feedItemRecord(decoded.text),
      { ref, line: this.itemLine, raw: decoded.text },
      "dump-record",
    );
    if ("failure" in read) return read;
    return { document: read.document, warnings: [...decoded.warnings, ...read.warnings] };
  }
}

/** The first index of `needle` in `haystack` at or after `from`, or -1. */
function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  let at = haystack.indexOf(first, from);
  while (at >= 0 && at + needle.length <= haystack.length) {
    let match = true;
    for (let k = 1; k < needle.length; k++) {
      if (haystack[at + k] !== needle[k]) {
        match = false;
        break;
      }
    }
    if (match) return at;
    at = haystack.indexOf(first, at + 1);
  }
  return -1;
}

/** The items of a feed held in memory, each as the XML of its element (for `parse`, one document). */
export function feedItems(text: string): string[] {
  const items: string[] = [];
  const open = /<(item|entry)[\s>]/g;
  let at = 0;
  for (;;) {
    open.lastIndex = at;
    const match = open.exec(text);
    if (match === null) return items;
    const closeTag = `</${match[1]}>`;
    const close = text.indexOf(closeTag, match.index);
    if (close < 0) return items;
    items.push(text.slice(match.index, close + closeTag.length));
    at = close + closeTag.length;
  }
}
