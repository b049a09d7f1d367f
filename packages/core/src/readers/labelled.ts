import { READERS_LABELLED_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Warning } from "../article.js";
import type { SourceDocument } from "../pipeline/document.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { WEB_ADDRESS } from "../text/url.js";
import { warning } from "../warnings.js";
import { DEFAULT_MAPPING, isKnownKey, LABEL_KEYS } from "./mapping.js";
import { RecordMapper } from "./record.js";
import type { ReadItem } from "./types.js";

/**
 * The patterns below are compiled from their literals (`READERS_LABELLED_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersLabelledPatternsCompiled = false;
/**
 * A text file that opens with labelled lines — `Title: …`, `Link: …`, `Source: …`, `Published: …`,
 * `Summary: …` — is one record written out as text (an RSS item a script saved, a scraper's record,
 * an export): its labels are read through the record mapping the dump readers use, so every key a
 * dump may carry (`url`, `pubDate`, `author`, `content`…) is understood here too, and the Chinese
 * labels such exports use (`标题：`, `来源：`, `发布时间：`, `正文：`) with them.
 *
 * A label's value runs on over the lines under it up to the next label or a rule line (`-----`).
 * Inside a body (content, summary) only a label the mapping knows opens a new field: a sentence of
 * the story that happens to hold a colon (`有记者问：…`) stays in it.
 */

/** A label, a colon and its value. A Han label is a word of two to six characters. */
let COLON_LABEL: RegExp;
/**
 * A label framed by lenticular brackets and its value, no colon: a database's text export (`【 标  题 】…`,
 * `【原文出处】《财贸经济》`, `【 正  文 】`, 复印报刊资料's and the 人民日报 corpus's header lines) spaces a short label's
 * characters out to the width of the longest. A Han word of two to six characters, at most four spaces around or
 * between them. @bounded: each repetition reads one Han character and a capped run of spaces.
 */
let BRACKET_LABEL: RegExp;
/** A text whose first line with text on it is quoted (`> …`), its blank lines before it. */
let QUOTED_FIRST_LINE: RegExp;
/** A blockquote's mark opening a line, with the space after it: taken off each line of a quoted record. */
let QUOTE_MARKS: RegExp;
/** A subtitle's line: a dash pair (`——`, `--`) then words. */
let SUBTITLE: RegExp;
/** A rule line between fields. */
let RULE: RegExp;
/** A thematic break (`---`): under a body, a rule between records as well as a longer one (`RULE`). */
let BREAK: RegExp;
/** A body a feed cut short: it ends in an ellipsis. */
let CUT_SHORT: RegExp;
/**
 * A header of its own an archive of such records sets over each (`# title`, a list of `- label: value`
 * items, a rule line), as a collector of a reader service's copies does. @bounded: each alternative of
 * the repeated group reads one line, told apart by its first character after the indent.
 */
let PREAMBLE: RegExp;
/**
 * An item of such a header: its label, its value. The rest is asked once to hold no line break (the lookahead) before
 * the blanks are counted, so that blanks before a `\r` are not split between `[ \t]+` and `.+` in every way.
 */
let PREAMBLE_ITEM: RegExp;
/** A value that says nothing: `-`, `无`, `N/A`. */
let EMPTY_VALUE: RegExp;

/** Compiles `READERS_LABELLED_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersLabelledPatterns(): void {
  [
    COLON_LABEL,
    BRACKET_LABEL,
    QUOTED_FIRST_LINE,
    QUOTE_MARKS,
    SUBTITLE,
    RULE,
    BREAK,
    CUT_SHORT,
    PREAMBLE,
    PREAMBLE_ITEM,
    EMPTY_VALUE,
  ] = READERS_LABELLED_PATTERNS.map(regexFromLiteral) as RegExps<11>;
  readersLabelledPatternsCompiled = true;
}

/** The label and value of a labelled line in either form (the bracketed label's spaces taken out), or null. */
function matchLabel(line: string): RegExpExecArray | null {
  if (!readersLabelledPatternsCompiled) compileReadersLabelledPatterns();
  const colon = COLON_LABEL.exec(line);
  if (colon !== null || !line.startsWith("【")) return colon;
  const bracket = BRACKET_LABEL.exec(line);
  if (bracket !== null) bracket[1] = `【${bracket[1]!.replace(/[ \t\u3000]/g, "")}】`;
  return bracket;
}
/**
 * The form a header's labels are written in — Latin words, Han words with a colon, Han words in brackets: one exporter
 * writes its labels one way, so inside a body a label of another form is the story's own line.
 */
function labelForm(label: string): "latin" | "han" | "bracket" {
  if (label.startsWith("【")) return "bracket";
  return /^\p{Script=Han}/u.test(label) ? "han" : "latin";
}
/** Keys the mapping reads as a story's text: made at first use, after a Worker has read the mapping's tables. */
let bodyKeys: ReadonlySet<string> | undefined;

/** Whether the mapping reads `key` as a story's text. */
function isBodyKey(key: string): boolean {
  bodyKeys ??= new Set([
    ...(DEFAULT_MAPPING.fields.content ?? []),
    ...(DEFAULT_MAPPING.fields.summary ?? []),
  ]);
  return bodyKeys.has(key);
}
/** How many known labels make a header: a title, a body and at least one more fact. */
const MIN_LABELS = 3;
/**
 * Whether a line names an address: a name, a colon and the URL that ends the line (`新闻1.jpg：http://…`,
 * `【材料·党建】…大会:http://…`). Read from the line's last `http`, so no pattern is tried at every colon.
 */
function isAddressItem(line: string): boolean {
  const url = line.lastIndexOf("http");
  if (url < 1 || !WEB_ADDRESS.test(line.slice(url))) return false;
  const before = line.slice(0, url).trimEnd();
  return before.endsWith(":") || before.endsWith("：");
}

/**
 * Whether the label alone on line `at` (`图片：`, `新闻：`) heads a list of addresses: one or more lines under it
 * that each end in a URL (`ADDRESS_ITEM`), up to a blank line, another label or the end. Such a list is a field
 * of the record the mapping has no key for (its pictures, other stories' links), never the story's words.
 */
function headsAddressList(lines: readonly string[], at: number): boolean {
  let end = at + 1;
  while (end < lines.length && isAddressItem(lines[end]!)) end++;
  return (
    end > at + 1 && (end === lines.length || lines[end]!.trim() === "" || matchLabel(lines[end]!) !== null)
  );
}

/**
 * Whether a label the mapping does not know opens a field of the header's own (`images:`, `fontSize:`): it is written
 * as the header's labels are (Latin or Han, as the first), under a field that is not the story's text, and its value
 * is no address's rest (`https://…` read as the label `https`).
 */
function isOtherField(label: RegExpExecArray | null, key: string | null, form: string | null): boolean {
  if (label === null || key === null || isBodyKey(key) || keyOf(label[1]!) !== null) return false;
  return labelForm(label[1]!) === form && !label[2]!.startsWith("//");
}

/** The most words a label read word by word may have (`URL Source`, `Markdown Content`). */
const MAX_LABEL_WORDS = 3;

/** The key a label's whole text names, or null. */
function exactKey(key: string): string | null {
  const alias = LABEL_KEYS[key];
  if (alias !== undefined) return alias;
  return isKnownKey(key) ? key : null;
}

/**
 * The key a label stands for, or null when the mapping does not know it. A label of a few words
 * the mapping does not know as a whole stands for its first word that is a key: exporters qualify
 * the keys they write (`URL Source:`, `Markdown Content:`, `Source URL:`), and the qualifier names
 * no other field.
 */
function keyOf(label: string): string | null {
  if (label.startsWith("【")) return exactKey(label.slice(1, -1));
  const key = label.trim().toLowerCase().replace(/[ -]+/g, "_");
  const exact = exactKey(key);
  if (exact !== null) return exact;
  const words = key.split("_");
  if (words.length < 2 || words.length > MAX_LABEL_WORDS) return null;
  for (const word of words) {
    const named = exactKey(word);
    if (named !== null) return named;
  }
  return null;
}

/**
 * The labelled fields of a text, and the line its first body value starts on; null when it opens
 * otherwise. Under an archive's header of its own (`PREAMBLE`), the record is the text after it, and
 * the header's items the record's mapping knows fill what the record does not state.
 */
export function readLabels(text: string): LabelledRecord | null {
  if (!readersLabelledPatternsCompiled) compileReadersLabelledPatterns();
  const direct = readLabelsHere(text);
  if (direct !== null) return direct;
  // A record quoted whole in a Markdown blockquote (a README's sample of its corpus: `>【 标  题 】…` and its lazy
  // continuation lines, each ended by a two-space hard break): the record the quote's lines hold. Its lines are
  // numbered as the file's, one for one.
  if (QUOTED_FIRST_LINE.test(text)) {
    const quoted = readLabelsHere(text.replace(QUOTE_MARKS, ""));
    if (quoted !== null) return quoted;
  }
  const preamble = PREAMBLE.exec(text);
  if (preamble === null) return null;
  const inner = readLabelsHere(text.slice(preamble[0].length));
  if (inner === null) return null;
  for (const line of preamble[0].split("\n")) {
    const item = PREAMBLE_ITEM.exec(line.trim());
    const label = item === null ? null : matchLabel(item[1]!.trim());
    const key = label === null ? null : keyOf(label[1]!);
    const value = label?.[2]?.trim().replace(/^<(.+)>$/u, "$1") ?? "";
    if (key !== null && value !== "" && !EMPTY_VALUE.test(value) && !isBodyKey(key))
      inner.record[key] ??= value;
  }
  const above = preamble[0].split("\n").length - 1;
  return {
    ...inner,
    bodyLine: inner.bodyLine + above,
    next: inner.next === null ? null : inner.next + above,
  };
}

/** A record's labelled fields, the line its first body value starts on, and the line the next record opens on, if any. */
interface LabelledRecord {
  record: Record<string, string>;
  bodyLine: number;
  /** The line (0-based) where a record of the same labels opens after this one's rule line, or null. */
  next: number | null;
}

function readLabelsHere(text: string): LabelledRecord | null {
  // Most texts open otherwise: their first line says so before the text is cut into lines.
  return opensWithLabel(text) ? readLabelLines(text.split("\n"), 0, false) : null;
}

/**
 * The record whose labelled lines open at line `start` (lines are counted from the text's first). `inFile`: the record
 * is a later block of a file of blocks. A block is one whatever labels it holds: the first of a file when it has a title
 * and its rule line is followed by a label it already holds (the next block's), any later one as it stands. A block with no text field
 * is read with an empty one, so its Article says `empty-body` rather than the next block's text becoming its own.
 */
function readLabelLines(lines: readonly string[], start: number, inFile: boolean): LabelledRecord | null {
  if (!readersLabelledPatternsCompiled) compileReadersLabelledPatterns();
  let first = start;
  while (first < lines.length && lines[first]!.trim() === "") first++;
  const record: Record<string, string> = {};
  let key: string | null = null;
  let bodyLine = 0;
  let known = 0;
  // The form of the header's labels (`labelForm`): Han words (`标题：`), Latin ones (`Title:`) or bracketed ones
  // (`【 标  题 】`); inside a body a label in another is the story's own line (`来源：证券时报网` in a page under
  // `Markdown Content:`).
  let form: string | null = null;
  // A rule line under a field, with the blank lines after it: it closes the field when a label follows, and is the
  // field's own when text does (a body's Markdown heading underline or thematic break). Under a field that is not a
  // body, a long rule (`RULE`) closes the field at once, and is held only to tell where the next block opens.
  let heldRule: string | null = null;
  // Inside a field the mapping has no key for (`headsAddressList`): its lines are not read.
  let skipping = false;
  // The key the record opens with: after a body closed by a rule line, that label again opens the next record (a
  // generated file's blocks, `title:` … `content:` then `---`, one after another).
  let firstKey: string | null = null;
  let next: number | null = null;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    const inBody = key !== null && isBodyKey(key);
    if (RULE.test(line) || ((key !== null || skipping) && BREAK.test(line))) {
      if (inBody) heldRule = line;
      else {
        heldRule = heldRule === null ? line : `${heldRule}\n${line}`;
        if (RULE.test(line)) key = null;
      }
      continue;
    }
    const label = matchLabel(line);
    let labelled = label === null ? null : keyOf(label[1]!);
    if (labelled !== null && key !== null && isBodyKey(key) && heldRule === null) {
      if (labelForm(label![1]!) !== form) labelled = null;
    }
    // After a rule, the label the record opened with opens the next record; after a field that is not a body, so does
    // any label the record already holds (a block without the opening label). Inside a story, a rule then another
    // label may be the story's own line (a page's `---` then `Source: …`).
    if (
      labelled !== null &&
      heldRule !== null &&
      (labelled === firstKey || (!inBody && Object.hasOwn(record, labelled)))
    ) {
      next = i;
      break;
    }
    // The first line must be a label the mapping knows; after it, a line either opens a field or
    // continues the one before.
    if (labelled !== null && !Object.hasOwn(record, labelled)) {
      key = labelled;
      firstKey ??= labelled;
      skipping = false;
      record[key] = label![2]!;
      known++;
      form ??= labelForm(label![1]!);
      heldRule = null;
      if (isBodyKey(key) && bodyLine === 0) bodyLine = i + 1;
      continue;
    }
    if (label !== null && labelled === null && label[2]!.trim() === "" && headsAddressList(lines, i)) {
      // An address list under its own label: skipped to the next label.
      key = null;
      skipping = true;
      continue;
    }
    const bracketed = label !== null && labelForm(label[1]!) === "bracket";
    if (key === null && bracketed && labelled === null && (form ?? "bracket") === "bracket") {
      // A bracketed header opens with, or holds before its first known label, fields of the export's own (`【 文献号 】`,
      // `【原刊地名】`): the brackets say they are labels; they are not read.
      form = "bracket";
      skipping = true;
      continue;
    }
    if (isOtherField(label, key, form)) {
      // A field the mapping has no key for among the header's (`images: 258.jpg`, `fontSize: 16px` between a
      // generated block's `title:` and `date:`): no line of the value above it, and not read.
      key = null;
      skipping = true;
      continue;
    }
    if (key === null) {
      if (skipping) continue;
      if (i === first || line.trim() !== "") return null;
      continue;
    }
    if (heldRule !== null) {
      heldRule += `\n${line}`;
      if (line.trim() === "") continue;
      record[key] += `\n${heldRule}`;
      heldRule = null;
      continue;
    }
    // A headline's line under it opening with a dash pair (`——人民日报特邀经济学家纵论中国资本市场`) is its subtitle:
    // neither the title nor the story's text.
    if (key === "title" && SUBTITLE.test(line)) continue;
    record[key] += `\n${line}`;
  }
  const hasBody = Object.keys(record).some(isBodyKey);
  if (!inFile && (!Object.hasOwn(record, "title") || (next === null && (known < MIN_LABELS || !hasBody))))
    return null;
  if (!hasBody) record.content = "";
  for (const k of Object.keys(record)) record[k] = record[k]!.trim();
  // `Summary: <the story>` then `Full Content: <the story cut short>…`: the whole copy is the body.
  const { content, summary } = record;
  if (content !== undefined && summary !== undefined && CUT_SHORT.test(content)) {
    if (summary.length + 3 >= content.length) {
      record.content = summary;
      delete record.summary;
    }
  }
  return { record, bodyLine: bodyLine || first + 1, next };
}

/** Whether the first line with text on it is a label the mapping knows. */
function opensWithLabel(text: string): boolean {
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf("\n", at);
    const line = (end < 0 ? text.slice(at) : text.slice(at, end)).replace(/\r$/, "");
    if (line.trim() !== "") {
      const label = matchLabel(line);
      return label !== null && (keyOf(label[1]!) !== null || labelForm(label[1]!) === "bracket");
    }
    if (end < 0) break;
    at = end + 1;
  }
  return false;
}

// Marked pure so that a bundle that reads labels alone (the browser build's `parse`) drops the record mapper.
const MAPPER = /* @__PURE__ */ new RecordMapper({ generators: [], content: [], feeds: [] }, null);

/** The one document of a labelled text file, or null when the file does not open with labels. */
export function readLabelledFile(
  text: string,
  filename: string | undefined,
): { document: SourceDocument; warnings: Warning[] } | null {
  const labels = readLabels(text);
  if (labels === null) return null;
  const item = MAPPER.document(labels.record, { ref: "", line: labels.bodyLine, raw: text }, "dump-record");
  if (!("document" in item)) return null;
  // A file of several records: the first is the Article `parse` reads, and the file says it holds more.
  if (labels.next !== null)
    item.warnings.push(
      warning(
        "many-documents",
        "the input holds many documents (a file's labelled records); parseAll gives one Article each",
      ),
    );
  const stated = Object.hasOwn(labels.record, "id") ? item.document.id : null;
  // One document per file: no place in it to name, and the file name's number is its id when it has one (its body's
  // syntax is the record mapper's: Markdown when it shows Markdown's syntax, a web page a reader service wrote out).
  return { document: { ...item.document, ref: null, filename, id: stated }, warnings: item.warnings };
}

/**
 * Every record of a file of labelled records one after another (`title:` … `content:`, a rule line, `title:` …), one
 * document each (`block 2`), as `parseAll` reads them; null for a file of one record or none.
 */
export function readLabelledRecords(text: string): ReadItem[] | null {
  const opening = readLabels(text);
  if (opening === null || opening.next === null) return null;
  const lines = text.split("\n");
  const items: ReadItem[] = [];
  // Each record opens further on than the one before (`next` is past its first line), so the loop ends.
  for (let labels: LabelledRecord | null = opening, start = 0; labels !== null; ) {
    const ref = `block ${items.length + 1}`;
    const next: number | null = labels.next;
    // Every block's raw text is the file's (its lines are numbered in it); a block without an id of its own is known
    // by its own lines' hash: by the file's, every block had one id and a store kept the last alone (hashing the
    // file for each, 21,739 blocks in 1 MB took 137 s).
    const ownText = lines.slice(start, next ?? lines.length).join("\n");
    const where = { ref, line: labels.bodyLine, raw: text, ownText };
    const item = MAPPER.document(labels.record, where, "dump-record");
    items.push("document" in item ? { ...item, document: { ...item.document, ref } } : item);
    if (next !== null) start = next;
    labels = next === null ? null : readLabelLines(lines, next, true);
    // A block that reads as no record (a long rule under a field, then words no label opens) ends the read: it and the
    // blocks after it are reported, not dropped in silence.
    if (next !== null && labels === null)
      items.push({
        failure: {
          code: "not-a-news-record",
          message: `the labelled lines from line ${next + 1} on read as no record: they are not read`,
          ref: `block ${items.length + 1}`,
        },
      });
  }
  return items;
}
