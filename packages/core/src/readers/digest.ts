import { READERS_DIGEST_PATTERNS } from "@caixun/core/text/rule-patterns";
import { foldCreditLabels } from "../credits/traditional.js";
import { decode } from "../stages/decode.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { CREDIT_LINE_WITHIN, DIGEST_SECTION, linkedCredit, numberedSection } from "./detect.js";
import { headingText } from "./heading-text.js";
import { type Line, LineReader } from "./lines.js";
import type { ReadItem } from "./types.js";

/**
 * The patterns below are compiled from their literals (`READERS_DIGEST_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersDigestPatternsCompiled = false;
/** What a digest writes in place of a title a record does not have. */
let PLACEHOLDER_TITLE: RegExp;

/** `- key: value` (a digest's metadata bullets). */
let BULLET: RegExp;
/**
 * An item's own credit line among its fields (`**来源：澎湃新闻**`, `来源: 新华社`): the outlet that wrote the item, not
 * the feed that gathered it; its label in Traditional script (`來源：`) is read as the credit grammar reads one
 * (`foldCreditLabels`). A section's text is plain, so Markdown's bold would keep the credits stage from reading
 * it: it heads the item's text as the plain credit line it is (`来源：澎湃新闻`), which that stage reads as the item's
 * source (and so out of its text), the digest's feed then what relayed it (`via`).
 */
let ITEM_SOURCE: RegExp;
/** `# heading`: its text starts with a letter, so the blanks before it are taken once (linear). */
let HEADING: RegExp;
let DATE: RegExp;
/** `并行科技(920493)`, `(161027)`, `并行科技()`: a name and a code, either may be empty. */
let STOCK: RegExp;

/** Compiles `READERS_DIGEST_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersDigestPatterns(): void {
  [PLACEHOLDER_TITLE, BULLET, ITEM_SOURCE, HEADING, DATE, STOCK] = READERS_DIGEST_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<6>;
  readersDigestPatternsCompiled = true;
}

interface Section {
  number: number;
  line: number;
  /** The section's time of day; null in a digest of numbered stories (`## 1. headline`), which are of the digest's day. */
  time: string | null;
  title: string;
  fields: Record<string, string>;
  body: string[];
  /** Still reading the bullets under the heading. */
  inFields: boolean;
  bytes: number;
  raw: string[];
}

/**
 * A digest Markdown rendered from a dump: `# <feed> 2026-07-29`, bullets about the digest, then one
 * `## HH:MM:SS｜title` section per record with its own bullets (`- id: \`2439468\``, category,
 * subjects, stocks, url) and its text. Each section is read as the record it was rendered from —
 * its date is the digest's date at the section's time — and mapped like a record of the dump, so
 * the same story has the same id in both. A digest of numbered stories (`## 1. headline`, each closed by a
 * credit line that links it: `detect.ts`'s `linkedCredit`) is read the same way, each story on the digest's day.
 */
export class DigestReader extends LineReader {
  private date: string | null = null;
  private feedName: string | null = null;
  private section: Section | null = null;
  private count = 0;

  override end(): ReadItem[] {
    const items = super.end();
    if (this.section !== null) items.push(this.finish(this.section));
    this.section = null;
    return items;
  }

  protected read(lines: readonly Line[]): ReadItem[] {
    if (!readersDigestPatternsCompiled) compileReadersDigestPatterns();
    const items: ReadItem[] = [];
    for (const line of lines) {
      const text = line.bytes === null ? "" : decode(line.bytes, this.options.settings).text;
      const heading = DIGEST_SECTION.exec(text);
      const headline = heading === null ? numberedSection(text) : null;
      if (heading !== null || headline !== null) {
        if (this.section !== null) items.push(this.finish(this.section));
        this.section = {
          number: ++this.count,
          line: line.number,
          time: heading === null ? null : heading[1]!,
          // The section's heading as Markdown renders it, as a document's title is.
          title: headingText(heading === null ? headline! : heading[2]!.trim()),
          fields: {},
          body: [],
          inFields: true,
          bytes: text.length,
          raw: [text],
        };
        continue;
      }
      const section = this.section;
      if (section === null) {
        this.readHeader(text);
        continue;
      }
      section.bytes += text.length + 1;
      if (section.bytes <= this.options.settings.maxInputBytes) section.raw.push(text);
      const bullet = section.inFields ? BULLET.exec(text) : null;
      const linking = bullet === null && text.includes("http");
      // Folded once for both credit lines a section's line may be (`CREDIT_LINE_WITHIN`).
      const folded =
        bullet === null && (section.inFields || linking) ? foldCreditLabels(text, CREDIT_LINE_WITHIN) : null;
      const credit = section.inFields && folded !== null ? ITEM_SOURCE.exec(folded) : null;
      // A credit that links the story (`來源：[中央社](https://…)`): its link is the story's, its outlet a plain credit
      // line for the credits stage, as an item's own credit is (a Markdown link in plain text would stay as written).
      const linked = linking && credit === null ? linkedCredit(folded!) : null;
      if (linked) {
        section.fields.url ??= linked[2] ?? linked[3]!;
        const outlet = linked[1]?.trim();
        if (outlet) section.body.push(`来源：${outlet}`);
      } else if (bullet) {
        section.fields[bullet[1]!] = bullet[2]!.trim();
      } else if (credit) {
        section.body.push(`来源：${credit[1]!.trim()}`);
      } else if (text.trim() !== "" || !section.inFields) {
        section.inFields = false;
        if (section.bytes <= this.options.settings.maxInputBytes) section.body.push(text);
      }
    }
    return items;
  }

  private readHeader(text: string): void {
    if (!readersDigestPatternsCompiled) compileReadersDigestPatterns();
    const heading = HEADING.exec(text);
    if (heading && this.date === null) {
      const date = DATE.exec(heading[1]!);
      if (date) this.date = `${date[1]}-${date[2]!.padStart(2, "0")}-${date[3]!.padStart(2, "0")}`;
      return;
    }
    const bullet = BULLET.exec(text);
    // `- source: 财联社 Web roll API`: the feed is the outlet named first.
    if (bullet && bullet[1] === "source") this.feedName = bullet[2]!.trim().split(/\s+/)[0] || null;
  }

  private finish(section: Section): ReadItem {
    if (!readersDigestPatternsCompiled) compileReadersDigestPatterns();
    const ref = `section ${section.number}`;
    if (section.bytes > this.options.settings.maxInputBytes) {
      return {
        failure: {
          code: "record-too-large",
          message: `the section is over ${this.options.settings.maxInputBytes} bytes (maxInputBytes)`,
          ref,
        },
      };
    }
    const { id, stocks, subjects, ...rest } = section.fields;
    const record: Record<string, unknown> = {
      ...rest,
      // A record without a title is rendered `## 00:18:33｜无标题`: the title is derived, as the record's is.
      title: PLACEHOLDER_TITLE.test(section.title) ? "" : section.title,
      content: section.body.join("\n").trim(),
    };
    if (id !== undefined) record.id = id.replace(/^`|`$/g, "");
    if (this.date !== null)
      record.datetime = section.time === null ? this.date : `${this.date} ${section.time}`;
    if (this.feedName !== null) record.source_name = this.feedName;
    if (subjects !== undefined) record.subjects = list(subjects);
    if (stocks !== undefined) {
      record.stocks = list(stocks).map((item) => {
        const stock = STOCK.exec(item);
        return stock ? { name: stock[1]!.trim(), code: stock[2]!.trim() } : { name: item, code: "" };
      });
    }
    return this.mapper.document(
      record,
      { ref, line: section.line, raw: section.raw.join("\n") },
      "digest-section",
    );
  }
}

/** `a，b, c` as a list. */
function list(value: string): string[] {
  return value
    .split(/[，,、]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
