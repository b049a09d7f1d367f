import { READERS_TAGGED_RECORDS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { setOwn } from "../assemble/own-property.js";
import { isElementName } from "../html/elements.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { childElements, elementText } from "./feed.js";
import { DEFAULT_MAPPING, isKnownKey, LABEL_KEYS } from "./mapping.js";

/**
 * Tagged record corpora: files of records one after another, each an element whose child elements
 * are its fields — the Sogou Lab news corpora's `<doc><url>…<docno>…<contenttitle>…<content>…</doc>`,
 * TREC/CLEF's `<DOC><DOCNO>…<HEADLINE>…<DATE>…<TEXT>…</DOC>`, other labs' `<title>/<time>/<source>/<article>`,
 * LCSTS's `<doc id=0><summary>…<short_text>…`, WikiExtractor's `<doc id=… url=… title=…>text</doc>`. The form
 * is told by its tag structure (`taggedRecordName`), not by a corpus's names: the record is the first element
 * (or the first inside one wrapper) whose fields, read through the record mapping, are a title or a text and
 * another field. Its fields go through the record mapping as a JSON, SQL or CSV record's keys do; a field
 * that groups fields (FBIS's `<H3><TI>…</TI></H3>`, a `<HEADER>` of `<DATE1>`…) gives the ones the mapping reads.
 */

/** One record of a tagged corpus, or one too long to keep. */
export type TaggedItem =
  | { record: Record<string, unknown>; line: number; raw: string }
  /** A record longer than the reader keeps: skipped to its closing tag. */
  | { oversized: { line: number } };

/** Names a record element never has: an HTML page's containers, whose `<title>` and `<body>` look like fields. */
const NOT_RECORDS: ReadonlySet<string> = new Set(["html", "head", "body"]);
/**
 * The patterns below are compiled from their literals (`READERS_TAGGED_RECORDS_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersTaggedRecordsPatternsCompiled = false;
/** An opening tag at the reading position: its name and the text of its attributes. Bounded, so a stray `<` costs little. */
let OPEN_TAG: RegExp;
/** An attribute: `name="value"`, `name='value'` or `name=value`. */
let ATTRIBUTE: RegExp;
/** How many child elements of its first record the form is told by: a record's fields come first, a page's elements do not end. */
const FIELDS_TO_TELL = 8;
/** A tag name in capitals (TREC's `DOCNO`, `HEADLINE`): read in lower case, as the mapping names fields. */
let CAPITALS: RegExp;

let textKeys: ReadonlySet<string> | null = null;
let contentKeys: ReadonlySet<string> | null = null;

/** The keys the mapping reads a record's text from (title, content, summary), and its body's (content, summary). */
function keysOfText(): { text: ReadonlySet<string>; content: ReadonlySet<string> } {
  if (textKeys === null || contentKeys === null) {
    const { fields } = DEFAULT_MAPPING;
    contentKeys = new Set([...fields.content!, ...fields.summary!]);
    textKeys = new Set([...fields.title!, ...contentKeys]);
  }
  return { text: textKeys, content: contentKeys };
}

/** A tag's or attribute's name as a record key: capitals in lower case, an export's name (`contenttitle`, `docno`) as the key it is. */
function fieldKey(name: string): string {
  if (!readersTaggedRecordsPatternsCompiled) compileReadersTaggedRecordsPatterns();
  const key = CAPITALS.test(name) ? name.toLowerCase() : name;
  return Object.hasOwn(LABEL_KEYS, key) ? LABEL_KEYS[key]! : key;
}

/** Where the first element starts: after white space, an XML declaration, comments and a doctype. */
function prologueEnd(text: string, from = 0): number {
  let at = from;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith("<!--", at)) {
      const end = text.indexOf("-->", at + 4);
      if (end < 0) return -1;
      at = end + 3;
    } else if (text.startsWith("<?", at) || text.startsWith("<!", at)) {
      const end = text.indexOf(">", at);
      if (end < 0) return -1;
      at = end + 1;
    } else return at;
  }
}

/** The attributes that style a page's elements. */
const PAGE_STYLING = ["class", "style"];

/**
 * The name of a tagged corpus's record element, from the input's first characters, or null when they are
 * no such corpus: the first element, or the first element inside it (a wrapper such as `<docs>`), whose
 * fields (attributes and child elements, empty or not, of as much of it as the text holds) are a title or a
 * text under the mapping's keys and one field more. An HTML page's `<html>`, `<head>`, `<body>` are never records.
 * `namedLikePage` is for an element an HTML page opens with too (`<article>`, `<section>`): it is a record
 * only when its fields are mostly ones the record mapping reads, its text among them (`<title>`, `<content>`),
 * as a record's are; a page's `<article>` holds page elements (`<h1>`, `<p>`), which it does not.
 */
export function taggedRecordName(text: string, namedLikePage = false): string | null {
  if (!readersTaggedRecordsPatternsCompiled) compileReadersTaggedRecordsPatterns();
  let at = prologueEnd(text);
  for (let depth = 0; depth < 2 && at >= 0; depth++) {
    OPEN_TAG.lastIndex = at;
    const open = OPEN_TAG.exec(text);
    if (open === null) return null;
    const name = open[1]!;
    if (NOT_RECORDS.has(name.toLowerCase())) return null;
    const close = text.indexOf(`</${name}>`, OPEN_TAG.lastIndex);
    const fields = new Set<string>();
    readRecord(text.slice(open.index, close < 0 ? text.length : close + name.length + 3), fields);
    // An element named like a page's is styled by its `class` and `style`, no record's fields: a template's `<div
    // class="…">` around an `<article>` of a post's markup is a page.
    if (namedLikePage) for (const styling of PAGE_STYLING) fields.delete(styling);
    if (isRecord(fields) && (!namedLikePage || mostlyMapped(fields))) return name;
    at = prologueEnd(text, OPEN_TAG.lastIndex);
  }
  return null;
}

/**
 * At least half of these fields are keys the record mapping reads, and one of them holds the text (`content`,
 * `summary`): a page's `<article>` of a `<title>` and `<p>` paragraphs holds its text in page elements.
 */
function mostlyMapped(fields: ReadonlySet<string>): boolean {
  const { content } = keysOfText();
  let mapped = 0;
  for (const key of fields) if (isKnownKey(key.toLowerCase())) mapped++;
  return mapped * 2 >= fields.size && [...fields].some((key) => content.has(key));
}

/** A record's fields (empty or not) are a title or a text under the mapping's keys, and one field more. */
function isRecord(fields: ReadonlySet<string>): boolean {
  const { text } = keysOfText();
  return fields.size >= 2 && [...fields].some((key) => text.has(key));
}

/**
 * The record of one element (its text from the opening tag to the closing one, or to where the text
 * stops): its attributes and each child element's text under the key it names (`fieldKey`) — a body's
 * markup kept (TREC's `<P>`), other fields' dropped, CDATA as written, character references decoded.
 * Text outside the children (WikiExtractor's) is the body when no child is. A key's first element wins,
 * but a body written in several elements is all kept. Every search moves forward: one pass.
 */
export function taggedRecord(xml: string): Record<string, unknown> {
  return readRecord(xml);
}

/** `taggedRecord`, the key of every field it holds (empty or not) added to `fields` when given. */
function readRecord(xml: string, fields?: Set<string>): Record<string, unknown> {
  if (!readersTaggedRecordsPatternsCompiled) compileReadersTaggedRecordsPatterns();
  const record: Record<string, unknown> = {};
  const { content } = keysOfText();
  const openEnd = xml.indexOf(">") + 1;
  const selfClosing = xml[openEnd - 2] === "/";
  const attributes = xml.slice(0, openEnd);
  for (const attribute of attributes.matchAll(ATTRIBUTE)) {
    const value = elementText(attribute[2] ?? attribute[3] ?? attribute[4] ?? "");
    const key = fieldKey(attribute[1]!);
    fields?.add(key);
    if (value !== "" && !Object.hasOwn(record, key)) setOwn(record, key, value);
  }
  if (selfClosing) return record;
  const stop = xml.endsWith(">") && xml.lastIndexOf("</") > 0 ? xml.lastIndexOf("</") : xml.length;
  let loose = "";
  let children = 0;
  const rest = { text: "" };
  for (const { tag, name, inner, before } of childElements(xml, stop, rest)) {
    loose += before;
    // Telling the form needs a record's first fields, not a page's every element.
    if (fields !== undefined && ++children > FIELDS_TO_TELL) break;
    const key = fieldKey(name);
    fields?.add(key);
    const isBody = content.has(key);
    addField(record, key, inner, isBody);
    if (!isBody && inner.includes("<")) addMembers(record, `<${tag}>${inner}`, fields);
  }
  loose += rest.text;
  const text = loose.trim();
  if (text !== "" && ![...content].some((key) => Object.hasOwn(record, key))) record.content = text;
  return record;
}

/**
 * The fields of a field of fields (FBIS's `<H3> <TI>headline</TI></H3>`, its `<HEADER>`) that the mapping
 * reads, where no field before them had the key: TREC's collections nest their headlines. Members that are
 * a record themselves (a wrapper's `<doc>` of a title and a text) are a record's, not the wrapper's.
 */
function addMembers(record: Record<string, unknown>, group: string, fields?: Set<string>): void {
  const { content } = keysOfText();
  const members = new Map<string, string>();
  for (const { name, inner } of childElements(group, group.length)) {
    const key = fieldKey(name);
    if (isKnownKey(key.toLowerCase()) && !members.has(key)) members.set(key, inner);
  }
  if (isRecord(new Set(members.keys()))) return;
  for (const [key, inner] of members) {
    if (content.has(key)) continue;
    fields?.add(key);
    if (!Object.hasOwn(record, key)) addField(record, key, inner, false);
  }
}

/**
 * A field's value kept under `key`: a body's markup kept (its corpus's own elements unwrapped) and each of its
 * elements added, other fields' markup dropped.
 */
function addField(record: Record<string, unknown>, key: string, inner: string, isBody: boolean): void {
  const value = elementText(
    isBody ? unwrapCorpusMarkup(inner) : inner.replace(/<[^<>]*>/g, " ").replace(/\s+/g, " "),
  );
  if (value === "") return;
  const previous = record[key];
  if (!Object.hasOwn(record, key)) setOwn(record, key, value);
  else if (isBody && typeof previous === "string") setOwn(record, key, `${previous}\n\n${value}`);
}

/** A closing tag at the reading position: its name. Bounded as `OPEN_TAG` is. */
let CLOSE_TAG: RegExp;

/** Compiles `READERS_TAGGED_RECORDS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersTaggedRecordsPatterns(): void {
  [OPEN_TAG, ATTRIBUTE, CAPITALS, CLOSE_TAG] = READERS_TAGGED_RECORDS_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<4>;
  readersTaggedRecordsPatternsCompiled = true;
}

/**
 * A body's markup with the corpus's own elements unwrapped: the tags of an element whose name is no HTML
 * element's go and its text stays (FBIS's field markers inside `<TEXT>`, `Language: <F P=105> English </F>`,
 * `<F P=106> [Report by P. Bulger] </F>`), so that the body is text with HTML's markup (TREC's `<P>`) or none.
 * Only an element that closes is one: a `<` in prose that opens nothing (`List<User>`) stays. Two passes forward.
 */
function unwrapCorpusMarkup(inner: string): string {
  if (!readersTaggedRecordsPatternsCompiled) compileReadersTaggedRecordsPatterns();
  const closed = new Set<string>();
  for (let at = inner.indexOf("</"); at >= 0; at = inner.indexOf("</", at + 2)) {
    CLOSE_TAG.lastIndex = at;
    const name = CLOSE_TAG.exec(inner)?.[1]?.toLowerCase();
    if (name !== undefined && !isElementName(name)) closed.add(name);
  }
  if (closed.size === 0) return inner;
  let out = "";
  let from = 0;
  for (let at = inner.indexOf("<"); at >= 0; at = inner.indexOf("<", at + 1)) {
    const tag = inner[at + 1] === "/" ? CLOSE_TAG : OPEN_TAG;
    tag.lastIndex = at;
    const match = tag.exec(inner);
    if (match === null || !closed.has(match[1]!.toLowerCase())) continue;
    out += inner.slice(from, at);
    from = tag.lastIndex;
  }
  return out + inner.slice(from);
}

/**
 * A tagged corpus read a piece of text at a time: `push` returns the records each piece completes, in
 * order. The record element's name is read from the input's start (`taggedRecordName`); text between
 * records is no record. What the reader holds is the record it is on, so its memory is bounded by the
 * longest record, not the input: a record longer than `maxChars` is reported (`oversized`) and skipped to
 * its closing tag, nothing kept. An input that ends inside a record is `cut`.
 */
export class TaggedRecordReader {
  private text = "";
  /** Where the search for the next record, or for its closing tag, goes on. */
  private pos = 0;
  /** Whether a record has opened and not closed yet. */
  private inRecord = false;
  /** Where that record opens in `text` (unless it is being skipped: its start is gone). */
  private openAt = 0;
  /** The line it opens on. */
  private openLine = 1;
  /** Lines counted up to `countedTo`: the line `countedTo` is on. */
  private lineAt = 1;
  private countedTo = 0;
  private name: string | null = null;
  private skipping = false;
  private endedInside = false;

  constructor(private readonly maxChars: number) {}

  /** Whether the input ended inside a record. */
  get cut(): boolean {
    return this.endedInside;
  }

  /** The records this piece of text completes; `final` when it is the end of the input. */
  push(piece: string, final = false): TaggedItem[] {
    this.text += piece;
    if (this.name === null) {
      this.name = taggedRecordName(this.text);
      if (this.name === null) {
        // No record element in the input's start (the input was judged by a larger sample): nothing to keep.
        if (final || this.text.length > this.maxChars) this.text = "";
        return [];
      }
    }
    const items: TaggedItem[] = [];
    const opening = `<${this.name}`;
    const closing = `</${this.name}>`;
    for (;;) {
      if (!this.inRecord) {
        const open = this.findOpen(opening);
        const gt = open < 0 ? -1 : this.text.indexOf(">", open);
        if (gt < 0) {
          // No whole opening tag in the text read: only a tail that may begin one is kept.
          this.pos = open >= 0 ? open : Math.max(this.pos, this.text.length - opening.length);
          this.forget(this.pos);
          if (final && open >= 0) this.endedInside = true;
          break;
        }
        const line = this.lineOf(open);
        if (this.text[gt - 1] === "/") {
          // `<doc … />`: a record of attributes only.
          const raw = this.text.slice(open, gt + 1);
          items.push({ record: taggedRecord(raw), line, raw });
          this.pos = gt + 1;
          this.forget(this.pos);
          continue;
        }
        this.inRecord = true;
        this.openAt = open;
        this.openLine = line;
        this.pos = gt + 1;
      }
      const close = this.text.indexOf(closing, this.pos);
      if (close < 0) {
        this.pos = Math.max(this.pos, this.text.length - closing.length + 1);
        if (!this.skipping && this.text.length - this.openAt > this.maxChars) {
          items.push({ oversized: { line: this.openLine } });
          this.skipping = true;
        }
        if (this.skipping) this.forget(this.pos);
        if (final) this.endedInside ||= !this.skipping;
        break;
      }
      const end = close + closing.length;
      if (this.skipping) this.skipping = false;
      else if (end - this.openAt > this.maxChars) items.push({ oversized: { line: this.openLine } });
      else {
        const raw = this.text.slice(this.openAt, end);
        items.push({ record: taggedRecord(raw), line: this.openLine, raw });
      }
      this.inRecord = false;
      this.pos = end;
      this.forget(end);
    }
    return items;
  }

  /** Where the next record opens at or after `pos`: its name, then a space, `>` or `/`; -1 for none yet. */
  private findOpen(opening: string): number {
    for (let at = this.text.indexOf(opening, this.pos); at >= 0; at = this.text.indexOf(opening, at + 1)) {
      const next = this.text[at + opening.length];
      if (next === undefined) return -1;
      if (next === ">" || next === "/" || /\s/.test(next)) return at;
    }
    return -1;
  }

  /** The line `at` is on (at or after the last position counted). */
  private lineOf(at: number): number {
    for (
      let i = this.text.indexOf("\n", this.countedTo);
      i >= 0 && i < at;
      i = this.text.indexOf("\n", i + 1)
    )
      this.lineAt++;
    this.countedTo = Math.max(this.countedTo, at);
    return this.lineAt;
  }

  /** The text before `at` is read: its lines are counted, and it goes (an open record's start is kept). */
  private forget(at: number): void {
    const cut = this.inRecord && !this.skipping ? Math.min(at, this.openAt) : at;
    if (cut <= 0) return;
    this.lineOf(cut);
    this.text = this.text.slice(cut);
    this.pos -= cut;
    this.countedTo -= cut;
    if (this.inRecord && !this.skipping) this.openAt -= cut;
  }
}
