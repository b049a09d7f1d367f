import { fileDocument } from "../pipeline/document.js";
import { CLIPPING_EXPORTS, type ClippingExport } from "../stages/plain-head.js";
import { decodeHtml } from "../text/entities.js";
import type { RecordMapper } from "./record.js";
import type { ReadItem } from "./types.js";

/** The first line of a text that is not blank, without its indent and trailing blanks. @bounded: one line's length. */
const FIRST_LINE = /^\s*([^\n]{0,200}?)[ \t\r]*(?:\n|$)/u;

/**
 * A clipping service's plain-text export of more than one story (a row of `CLIPPING_EXPORTS` whose count line opens the
 * file: `文章总数: 5 篇`): one plain-text document per story, from its header line (`2. 大公报 - (…) 2019-06-04 …`) to
 * the next story's, read as a file of that one story is (the plain-text reader's `clippingStory` reads the header, and
 * the id line closes the story, the service's notice and footer after it left out). Null for any other text, and for
 * an export of one story (the file is that story). @bounded: the count line is looked for on the first line that is not
 * blank alone; the story lines, one anchored test a line.
 */
export function clippingTextStories(text: string, filename: string | undefined): ReadItem[] | null {
  // Only the first line that is not blank is read before the count line is found: any other text costs that line.
  const opening = FIRST_LINE.exec(text)?.[1] ?? "";
  const row = CLIPPING_EXPORTS.find((candidate) => candidate.count.test(opening));
  if (row === undefined) return null;
  const lines = text.split("\n");
  const headers: number[] = [];
  for (let at = 0; at < lines.length; at++) if (row.story.test(lines[at]!.trim())) headers.push(at);
  if (headers.length < 2) return null;
  return headers.map((header, index) => {
    const body = lines.slice(header, headers[index + 1] ?? lines.length).join("\n");
    const document = fileDocument({
      data: {},
      hasFrontMatter: false,
      body,
      bodyLine: header + 1,
      raw: body,
      filename,
      syntax: "plain-text",
      format: "plain-text",
    });
    return { document: { ...document, ref: `story ${index + 1}` }, warnings: [] };
  });
}

/**
 * A clipping service's HTML export (WiseNews' `<title>WiseNews</title>` page of many stories, a row of
 * `CLIPPING_EXPORTS` with an `html` form): one document per story, its fields read from the story's block as the
 * plain-text export's are read from its lines — the outlet and the day from the header table's first line, the
 * headline from the next table, the text from the tables after it, up to the id line (`DOCUMENT ID: …`) that closes the
 * story; the service's notice and divider after it are no story's. A block that reads as no story (no header, no id
 * line) is left out, and a page of none is no export: null, and the page is read as a page. @bounded: every pattern
 * capped, one pass over the page for its anchors and one over each block.
 */
export function clippingHtmlStories(text: string, mapper: () => RecordMapper): ReadItem[] | null {
  for (const row of CLIPPING_EXPORTS) {
    const html = row.html;
    if (html === undefined) continue;
    // Every story opens at an anchor: a page of any other kind costs one scan of its markup for them.
    const starts = [...text.matchAll(html.story)].map((match) => match.index);
    if (starts.length === 0) continue;
    const items: ReadItem[] = [];
    let made: RecordMapper | undefined;
    let line = 1;
    let counted = 0;
    for (const [index, start] of starts.entries()) {
      const block = text.slice(start, starts[index + 1] ?? text.length);
      const story = readStory(block, row);
      if (story === null) continue;
      line += newlines(text, counted, start);
      counted = start;
      const ref = `story ${items.length + 1}`;
      made ??= mapper();
      const read = made.document(story, { ref, line, raw: block }, "html");
      items.push("document" in read ? { ...read, document: { ...read.document, ref } } : read);
    }
    if (items.length > 0) return items;
  }
  return null;
}

/** The number of line ends in `text` from `from` to `to`. */
function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** A table's opening tag: the blocks of a story's markup, each a part of the story (header, headline, text, id). */
const TABLE = /<table\b[^<>]{0,400}>/giu;
/** A tag that ends a line of the page's text (a break, a paragraph, a cell, a rule). */
const LINE_TAG = /<\/?(?:br|p|div|tr|td|th|table|tbody|hr|h[1-6]|li)\b[^<>]{0,400}>/giu;
/** Any other tag: an inline span (`<font class="highlight">`, `<b>`, `<nowrap>`), read as nothing. */
const TAG = /<[^<>]{0,400}>/gu;
const SPACES = /[\s\u00a0]+/gu;

/** The lines of text a piece of markup shows, each with its runs of spaces as one, blank lines left out. */
function textLines(markup: string): string[] {
  const lines: string[] = [];
  for (const line of decodeHtml(markup.replace(LINE_TAG, "\n").replace(TAG, "")).split("\n")) {
    const squeezed = line.replace(SPACES, " ").trim();
    if (squeezed !== "") lines.push(squeezed);
  }
  return lines;
}

/**
 * One story's block as a record (`title`, `content`, `source`, `date`, `id`): its tables' text in order — the header
 * (the first line the row's `header` reads), the headline (the next table's text), then the story's paragraphs until
 * the table whose line is the row's `id`. Null for a block that is no story.
 */
function readStory(block: string, row: ClippingExport): Record<string, string> | null {
  const tables = block.split(TABLE).map(textLines);
  let at = tables.findIndex((lines) => lines.length > 0);
  const header = at === -1 ? undefined : row.html!.header.exec(tables[at]![0]!)?.groups;
  if (header === undefined) return null;
  // The headline is the next table that shows any text.
  while (++at < tables.length && tables[at]!.length === 0);
  const headline = tables[at]?.join(" ");
  const paragraphs: string[] = [];
  for (at++; at < tables.length; at++) {
    const lines = tables[at]!;
    const id = lines.find((line) => row.id.test(line));
    if (id !== undefined)
      return headline === undefined || paragraphs.length === 0
        ? null
        : {
            title: headline,
            content: paragraphs.join("\n\n"),
            source: header.outlet!,
            date: header.day!,
            id: /\d+/u.exec(id)![0],
          };
    paragraphs.push(...lines);
  }
  return null;
}
