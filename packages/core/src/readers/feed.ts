import { setOwn } from "../assemble/own-property.js";
import { outletOfUrl } from "../credits/domains.js";
import { decodeHtml } from "../text/entities.js";

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
/** Atom's link to the entry's page (`rel` absent or `alternate`), and a category's `term`. */
const HREF = /\shref\s*=\s*["']([^"']*)/;
const REL = /\srel\s*=\s*["']([^"']*)/;
const TERM = /\sterm\s*=\s*["']([^"']*)/;

/**
 * The record of one `<item>` or `<entry>` element (its XML, from the opening tag to the closing
 * one): each child element's text under the key the record mapping reads it by — CDATA as written,
 * character references decoded; a link is Atom's `href` when it has one, an author Atom's `<name>`,
 * categories a list. Every search moves forward (`indexOf`), so any input is read in one pass.
 */
export function feedItemRecord(xml: string): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const categories: string[] = [];
  const stop = xml.lastIndexOf("</");
  let at = xml.indexOf(">") + 1;
  while (at > 0 && at < stop) {
    const lt = xml.indexOf("<", at);
    const gt = lt < 0 ? -1 : xml.indexOf(">", lt);
    if (gt < 0 || lt >= stop) break;
    const tag = xml.slice(lt + 1, gt);
    at = gt + 1;
    // A comment, a declaration, a processing instruction or a stray closing tag between the elements.
    if ("!?/".includes(tag[0] ?? "/")) continue;
    const name = tag.split(/[\s/]/, 1)[0]!;
    let inner = "";
    if (!tag.endsWith("/")) {
      const close = xml.indexOf(`</${name}>`, at);
      const end = close < 0 || close > stop ? stop : close;
      inner = xml.slice(at, end);
      at = end + name.length + 3;
    }
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
    const key = Object.hasOwn(ELEMENT_KEYS, name) ? ELEMENT_KEYS[name]! : name;
    // The first element of a key wins (an `author` before a `dc:creator`).
    if (!Object.hasOwn(record, key)) setOwn(record, key, value);
  }
  if (categories.length > 0) record.category = categories;
  // A feed is its site's: the outlet whose site an item links to carried it (人民网 for its own stories and
  // for the 新华社 dispatches it runs), as a dump record's feed name says, unless the item names its source.
  const site =
    typeof record.link === "string" && record.source === undefined ? outletOfUrl(record.link) : null;
  if (site !== null) record.site_name = site;
  return record;
}

/** An element's text: CDATA sections as written, the rest with its character references decoded. */
export function elementText(inner: string): string {
  const [before, ...sections] = inner.split("<![CDATA[");
  let out = decodeHtml(before!);
  for (const section of sections) {
    const end = section.indexOf("]]>");
    out += end < 0 ? section : section.slice(0, end) + decodeHtml(section.slice(end + 3));
  }
  return out.trim();
}

/** An item's opening tag; the item runs to the closing tag of its element's name. */
const ITEM_OPEN = /<(item|entry)[\s>]/g;

/**
 * The `<item>` and `<entry>` elements of a feed, in order, each as its XML, and whether the input
 * ends inside one (cut short). Every search moves forward, so a feed is read in one pass.
 */
export function feedItems(text: string): { items: string[]; cut: boolean } {
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
