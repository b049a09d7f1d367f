import { READERS_CODE_RECORDS_PATTERNS } from "@caixun/core/text/rule-patterns";
import { setOwn } from "../assemble/own-property.js";
import { readDateline } from "../credits/grammar.js";
import type { ParseSettings } from "../settings.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { holdsHan } from "./field-roles.js";
import { literalAt } from "./python-literal.js";

/**
 * The patterns below are compiled from their literals (`READERS_CODE_RECORDS_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersCodeRecordsPatternsCompiled = false;
/** A javadoc line of a sample response as GsonFormat writes it: ` * key : value`. */
let COMMENT_FIELD: RegExp;
/** A comment's value bracketed as one object or list literal from its first character to its last (one line). */
let LITERAL_VALUE: RegExp;
/**
 * Column names closing a line (`爬取数据示例： id, title, time, source, text`), then, after blank lines, a row of as
 * many quoted values (`'20', '万科A…', …`), a tuple with or without its brackets.
 */
let NAMED_ROW: RegExp;
/**
 * A line comment holding a statement with a string literal (`// return "…"`, `// text = "…";`): its code. The code
 * opens at the first character after the comment's white space, so that a line of `//` and spaces alone is given up in
 * one pass over its spaces, not once for each of them. A comment with no closing quote up to its line feed is taken
 * whole by the second branch, group 1 unset: the lines a `\r` starts inside it could not close either, and are not
 * read again to the line feed one by one (10^5 characters of `\r//\r…` took 1.4 s).
 */
let COMMENTED_CODE_LINE: RegExp;
/** `return` right before a literal (`return "…"`), a statement's value as a `=` is. */
let RETURN_BEFORE: RegExp;

/** A setter's call up to its `(` (`news.setHtml(`): the object it sets, at the end of the text before a literal. */
let SETTER_CALL: RegExp;

/** Compiles `READERS_CODE_RECORDS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersCodeRecordsPatterns(): void {
  [COMMENT_FIELD, LITERAL_VALUE, NAMED_ROW, COMMENTED_CODE_LINE, RETURN_BEFORE, SETTER_CALL] =
    READERS_CODE_RECORDS_PATTERNS.map(regexFromLiteral) as RegExps<6>;
  readersCodeRecordsPatternsCompiled = true;
}

/**
 * Records a source file keeps in its code — a front end's mock data (a Vue component's `data()` returning
 * `tableData: [{ title: '…', summary: '…' }]`), a module exporting an API's response as a fixture
 * (`export default { data: { us: [{ "title": …, "content_short": … }] } }`), a generated bean's javadoc holding
 * the sample response as ` * key : value` lines, a README's sample row written as a tuple under its column names
 * (`id, title, time, source, text` over `'20', '万科A…', '2024年03月08日 19:37', …`), a class that holds one story in a
 * string literal, or in literals joined with `+` across lines (`textView.setText("5月13日，…" + "…")`, a test seed's
 * `setContent("<div>…</div>")`). Each is read as the record it is, for the record mapping to read as any dump's record; the code, templates and styles around them never
 * become text. One pass over the text for each form, every loop bounded by it; a literal that does not read
 * (a function, a template string inside it) is no record.
 */

/**
 * The keys a record in code writes its headline under, each also in PascalCase as .NET-style APIs write their fields
 * (今日头条's open platform: `{ Title: "…", PublishTime: 1678209093, Author: { AuthorName } }`, kept by a mock module),
 * which the record mapping reads as the camel-case key: a text holding none has no record to look for from them.
 */
const TITLE_KEYS = ["title", "headline", "news_title", "newsTitle", "headTit"].flatMap((key) => [
  key,
  key[0]!.toUpperCase() + key.slice(1),
]);

/**
 * A headline's key opening an object literal's entry, quoted or bare (`{ title: '…'`, `, "title": "…"`), maybe behind
 * a crawler's scope letter (`'m_title': '…'`, `SCOPE_PREFIX` of the record mapping): where a record in code is looked for. Template bindings (`:title="item.title"`) follow no `{` or `,`.
 */
const LITERAL_TITLE_KEY = new RegExp(`[{,]\\s*(["']?)(?:[a-z]_)?(?:${TITLE_KEYS.join("|")})\\1\\s*:`, "g");

/**
 * The records the code of a source file holds, in the order they are written (nested ones once), and the index of the
 * headline key where the search for object literals stopped (`settings.codeRecordMissChars`), or null when it read on
 * to the end: the records after it are not looked for, and the reader says so (`code-records-capped`).
 */
export function codeRecords(
  text: string,
  settings: Readonly<ParseSettings>,
): { records: Record<string, unknown>[]; stoppedAt: number | null } {
  // Each form is read only where the text holds what every one of its records holds: most Markdown and plain-text
  // inputs hold none of it (no headline key, no `*`, no quote), and their four scans of the whole text cost more than
  // these few native searches.
  const titled = TITLE_KEYS.some((key) => text.includes(key));
  const literals = titled ? literalRecords(text, settings) : { records: [], stoppedAt: null };
  // Keyword arguments and JSX props are read where no object literal held a record: a file's records are written one
  // way, and an object's entries read again as arguments would be a second copy of them.
  const keyed =
    titled && literals.records.length === 0 && holdsKeyedKey(text)
      ? keyedRecordsOrCommented(text, settings)
      : [];
  // Statements are read where neither form held a record, and their literals are no second story of their own.
  const stated =
    titled && literals.records.length === 0 && keyed.length === 0 && holdsStatedTitle(text)
      ? statedRecords(text, settings)
      : [];
  return {
    records: [
      ...literals.records,
      ...keyed,
      ...(text.includes("*") ? commentRecords(text, settings.codeCommentMinFields) : []),
      ...stated,
      ...(literals.records.length === 0 && keyed.length === 0 && text.includes("</p>")
        ? markupStories(text, settings)
        : []),
      // A row's values are quoted: a text without a quote has none.
      ...(text.includes("'") || text.includes('"') ? rowRecords(text) : []),
      ...(stated.length === 0 && (text.includes('"') || text.includes("'") || text.includes("`"))
        ? literalStoriesOrCommented(text, settings, literals.records.length === 0 && keyed.length === 0)
        : []),
    ],
    stoppedAt: literals.stoppedAt,
  };
}

/**
 * Object literals holding a headline's key (`LITERAL_TITLE_KEY`), each read whole from its opening brace. A key that
 * holds none costs the characters looked at back for its brace and read forward from it; past
 * `settings.codeRecordMissChars` of those the search stops (`stoppedAt`), so hostile keys cost a bounded amount of
 * work while a file's records after any number of cheap misses (a chart's `title`) are still found.
 */
function literalRecords(
  text: string,
  settings: Readonly<ParseSettings>,
): { records: Record<string, unknown>[]; stoppedAt: number | null } {
  const records: Record<string, unknown>[] = [];
  let readTo = 0;
  let missedChars = 0;
  LITERAL_TITLE_KEY.lastIndex = 0;
  for (let key = LITERAL_TITLE_KEY.exec(text); key !== null; key = LITERAL_TITLE_KEY.exec(text)) {
    if (key.index < readTo) continue;
    if (missedChars > settings.codeRecordMissChars) return { records, stoppedAt: key.index };
    const open =
      text[key.index] === "{" ? key.index : bracketBefore(text, key.index, settings.codeRecordReach);
    const read = open < readTo || text[open] !== "{" ? null : literalAt(text, open);
    const value = read?.value;
    if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) {
      missedChars += key.index - open + (read === null ? 0 : read.end - open);
      continue;
    }
    records.push(value as Record<string, unknown>);
    readTo = read!.end;
    LITERAL_TITLE_KEY.lastIndex = read!.end;
  }
  return { records, stoppedAt: null };
}

/**
 * Where the search back from an object's entry at `from` (a comma) stops: the bracket that opens the entry's object
 * or list, or the index before the `reach` characters looked at (-1 at the text's start).
 */
function bracketBefore(text: string, from: number, reach: number): number {
  let depth = 0;
  const stop = Math.max(0, from - reach);
  for (let at = from - 1; at >= stop; at--) {
    const char = text[at];
    if (char === "}" || char === "]") depth++;
    else if (char === "{" || char === "[") {
      if (depth === 0) return at;
      depth--;
    }
  }
  return stop - 1;
}

/**
 * Runs of ` * key : value` lines (`COMMENT_FIELD`), each a record of its keys; a value of digits is a number. A key
 * the run's record already has opens the next record: a comment that lists several sample items one after another
 * (` * title : …` ` * content : …` ` * title : …`) holds one record each, not one whose later values overwrite.
 * A run with no headline of its own and a value that is a whole object or list literal (` * code : 0`
 * ` * data : {"total":6,"articles":[{…}]}` ` * message : 成功`, GsonFormat's sample of a nested response) is the
 * response's envelope, not a record: the records in that literal are read by the object-literal search, which looks
 * through comments too, and the envelope would be a second copy of them whose headline is the literal's source text.
 * A run with a headline and a list beside it (` * title : …` ` * informationList : [{…}]`) is a record still.
 */
function commentRecords(text: string, minFields: number): Record<string, unknown>[] {
  if (!readersCodeRecordsPatternsCompiled) compileReadersCodeRecordsPatterns();
  const records: Record<string, unknown>[] = [];
  let record: Record<string, unknown> = {};
  let fields = 0;
  let envelope = false;
  let lastEnd = -1;
  const close = () => {
    if (fields >= minFields && !(envelope && !TITLE_KEYS.some((key) => Object.hasOwn(record, key))))
      records.push(record);
    record = {};
    fields = 0;
    envelope = false;
  };
  COMMENT_FIELD.lastIndex = 0;
  for (let line = COMMENT_FIELD.exec(text); line !== null; line = COMMENT_FIELD.exec(text)) {
    if ((lastEnd >= 0 && text.slice(lastEnd, line.index).trim() !== "") || Object.hasOwn(record, line[1]!))
      close();
    const value = line[2]!.trim();
    envelope ||= LITERAL_VALUE.test(value);
    setOwn(record, line[1]!, /^\d{1,16}$/.test(value) ? Number(value) : value);
    fields++;
    lastEnd = line.index + line[0].length;
  }
  close();
  return records;
}

/**
 * A row's values without the `)` that closes a tuple and the blanks after it. Walked back by hand: a pattern
 * anchored at the end (`/\)?[ \t\r]*$/`) retries from every blank of a long run, quadratic in the run.
 */
function withoutRowClose(values: string): string {
  let end = values.length;
  while (end > 0 && ROW_BLANK.has(values[end - 1]!)) end--;
  if (values[end - 1] === ")") end--;
  return values.slice(0, end);
}

const ROW_BLANK = new Set([" ", "\t", "\r"]);

/** A row of quoted values under as many column names (`NAMED_ROW`): a record of the names. */
function rowRecords(text: string): Record<string, unknown>[] {
  if (!readersCodeRecordsPatternsCompiled) compileReadersCodeRecordsPatterns();
  const records: Record<string, unknown>[] = [];
  NAMED_ROW.lastIndex = 0;
  for (let row = NAMED_ROW.exec(text); row !== null; row = NAMED_ROW.exec(text)) {
    const names = row[1]!.split(",").map((name) => name.trim());
    const values = literalAt(`(${withoutRowClose(row[2]!)})`, 0).value;
    if (!Array.isArray(values) || values.length !== names.length) continue;
    const record: Record<string, unknown> = {};
    for (let at = 0; at < names.length; at++) setOwn(record, names[at]!, values[at]);
    records.push(record);
  }
  return records;
}

/** What may stand before a string literal that is a value in code: a call's `(`, an assignment, a `+`, a list's `,` or `{`. */
const VALUE_BEFORE = new Set(["(", "=", "+", ",", "{"]);
/**
 * An object entry's `:` (`ArticlePreview: "…"`, a React component's state holding the story it shows): a value in code
 * too, read only in a file whose objects hold no record (`entries`), where an entry is no field of one.
 */
const ENTRY_BEFORE = ":";
/** What may follow one: the call's `)`, the statement's `;`, a list's `,` or `}`. */
const VALUE_AFTER = new Set([")", ";", ",", "}"]);
/** C-like escapes that stand for another character; any other escaped character is itself. */
const STRING_ESCAPES: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "", b: "", f: "", "0": "" };

/**
 * Stories a source file's code holds in double-quoted string literals (Java, C, C#, JavaScript, Go): a value of the code
 * (`VALUE_BEFORE`, `VALUE_AFTER`) whose literals, joined by `+` or written one after another across lines, hold
 * a story's Han characters (`isStory`) — a record of its text alone (`{ content }`). Comments are passed over (a commented-out test
 * value is no text), and a quote that does not close on its line opens no literal, so prose quoting in ASCII marks
 * (`他说"…"。`) is none. One pass over the text.
 */
function literalStories(
  text: string,
  settings: Readonly<ParseSettings>,
  entries: boolean,
): Record<string, unknown>[] {
  if (!readersCodeRecordsPatternsCompiled) compileReadersCodeRecordsPatterns();
  const records: Record<string, unknown>[] = [];
  // The end of a line on which a quote did not close: every later quote on it is one the failed read took as escaped
  // (`\"`), so it opens no literal either; not reading it again keeps a line of `\"` linear (it was quadratic).
  let unclosedTo = -1;
  let templatesUnclosed = false;
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === "/" && (text[at + 1] === "/" || text[at + 1] === "*")) {
      at = pastComment(text, at);
      continue;
    }
    // A run of backticks is a Markdown code fence or inline code's mark, no template literal: passed over whole.
    if (char === "`" && text[at + 1] === "`") {
      while (text[at] === "`") at++;
      continue;
    }
    if ((char !== '"' && char !== "'" && (char !== "`" || templatesUnclosed)) || at < unclosedTo) {
      at++;
      continue;
    }
    const previous = previousCode(text, at);
    const before = text[previous] ?? "";
    let value = "";
    let end = at;
    let lastEnd = at;
    for (let literal = stringLiteral(text, end); literal !== null; literal = stringLiteral(text, end)) {
      value += literal.value;
      lastEnd = literal.end;
      end = nextCode(text, literal.end);
      if (text[end] === "+") end = nextCode(text, end + 1);
    }
    if (end === at) {
      // A template literal runs over lines: one that does not close has no backtick after it that closes one.
      if (char === "`") templatesUnclosed = true;
      const lineEnd = text.indexOf("\n", at);
      unclosedTo = lineEnd < 0 ? text.length : lineEnd;
      at++;
      continue;
    }
    const opens =
      VALUE_BEFORE.has(before) ||
      (entries && before === ENTRY_BEFORE) ||
      RETURN_BEFORE.test(text.slice(Math.max(0, previous - 6), previous + 1));
    const closes = VALUE_AFTER.has(text[end] ?? "") || closesLine(text, lastEnd);
    if (opens && closes && isStory(value, settings)) {
      const url = before === "(" ? objectSetter(text, previous, LINK_SETTERS, isAddress) : null;
      const title = before === "(" ? objectSetter(text, previous, TITLE_SETTERS, isHeadline) : null;
      records.push({
        content: value,
        ...(url === null ? {} : { url }),
        ...(title === null ? {} : { title }),
      });
    }
    at = end;
  }
  return records;
}

/**
 * Whether a literal's value is a story: a paragraph's Han (`storyMinHan`), or a flash's (`storyLeadMinHan`) behind a
 * dispatch's lead (`readDateline`: `每经AI快讯，…`), which a label or a test message does not open with. The lead is read
 * only of a value holding the flash's Han and not the paragraph's.
 */
function isStory(value: string, settings: Readonly<ParseSettings>): boolean {
  if (holdsHan(value, settings.storyMinHan)) return true;
  return holdsHan(value, settings.storyLeadMinHan) && readDateline(value.trimStart()) !== null;
}

/**
 * A UI component's source (`COMPONENT_OPENINGS`): a Vue single-file component opens with its `<template>`, a React or
 * Svelte module with its imports. Markdown, a page or a text opens with none of these, so its markup is never a
 * component's hard-coded story.
 */
const COMPONENT_OPENINGS = ["<template", "import ", "export ", "'use ", '"use '];

/**
 * A headline element and the paragraph right after it, as a component's markup hard-codes a story it shows (a Vue
 * dialog's `<h3 style="…">…</h3><p style="…">证券时报e公司讯，…</p>`, a React view's `<h4>…</h4><p>…</p>`): the
 * headline, the paragraph's text. Neither may hold a tag (a binding's `{{ item.title }}` is no story either: it holds
 * no Han). @bounded: each run stops at the next `<`, so no two tries read the same characters.
 */
const HEADED_PARAGRAPH =
  /<h([1-6])\b[^>\n]{0,200}>([^<]{1,300})<\/h\1>\s{0,200}<p\b[^>\n]{0,200}>([^<]{1,20000})<\/p>/g;

/**
 * The stories a component's source hard-codes in its markup (`HEADED_PARAGRAPH`), in a file that opens as one
 * (`COMPONENT_OPENINGS`): a record of the headline (`fileHeadlineMinHan`, no sentence's end) and the paragraph (a
 * story: `isStory`), its lines trimmed of the markup's indent and its blank lines kept as the paragraphs' breaks.
 */
function markupStories(text: string, settings: Readonly<ParseSettings>): Record<string, unknown>[] {
  const opening = text.trimStart();
  if (!COMPONENT_OPENINGS.some((start) => opening.startsWith(start))) return [];
  const records: Record<string, unknown>[] = [];
  HEADED_PARAGRAPH.lastIndex = 0;
  for (let found = HEADED_PARAGRAPH.exec(text); found !== null; found = HEADED_PARAGRAPH.exec(text)) {
    const title = found[2]!.trim();
    const content = found[3]!
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .trim();
    if (holdsHan(title, settings.fileHeadlineMinHan) && !title.includes("。") && isStory(content, settings))
      records.push({ title, content });
  }
  return records;
}

/**
 * A statement giving a name one value, at a line's start, maybe commented out with `#` (`title = '…'`, `# body = """…"""`,
 * a Ruby fabricator's or factory's `title { '…' }` and `source '…'`): the comment mark and the name, up to the value.
 * @bounded: anchored (sticky) at a line's start, every run capped.
 */
const STATED_LINE =
  /[ \t]{0,40}(#[ \t]{0,4})?([A-Za-z_]\w{0,40})[ \t]{0,8}(?:=(?![=>])|(?=[{'"]))[ \t]{0,8}/y;
/** A call that parses its one string (`Time.parse('2021-11-09 17:36:07')`, `Date.parse(…)`): the string is the value. */
const PARSE_CALL = /[A-Z]\w{0,30}(?:\.\w{1,30}){1,2}\([ \t]{0,8}/y;

/**
 * Whether a headline's name opens a statement at a line's start (`STATED_LINE`), found by native searches for each
 * name: a Markdown or plain text file holds none, and is not read line by line. A front matter (`+++` TOML's
 * `title = "…"`, YAML's `---`) is a page's own head, never a record in code.
 */
function holdsStatedTitle(text: string): boolean {
  if (text.startsWith("+++") || text.startsWith("---")) return false;
  for (const name of TITLE_KEYS) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      let before = at - 1;
      while (before >= 0 && (text[before] === " " || text[before] === "\t" || text[before] === "#")) before--;
      if (before >= 0 && text[before] !== "\n") continue;
      STATED_LINE.lastIndex = before + 1;
      const line = STATED_LINE.exec(text);
      if (line !== null && line[2] === name) return true;
    }
  }
  return false;
}

/**
 * Records written as runs of statements, one a line (`STATED_LINE`): a script's `title = '…'` over `body = """…"""`
 * (a langchain script's inputs, an earlier pair commented out beside them), a Ruby fabricator's block of
 * `title { '…' }`, `preview { '…' }`, `publish_time { Time.parse('…') }`. A run ends at a line that is no such statement
 * or changes from code to comment; each value is a string literal (`stringLiteral`, over lines when triple-quoted),
 * maybe in a block's braces or a parse call's brackets (`PARSE_CALL`), and a statement of any other value stays in
 * the run unread. A run with a headline's name and a story (`isStory`) is a record. One pass over the lines.
 */
function statedRecords(text: string, settings: Readonly<ParseSettings>): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  let run: Record<string, unknown> = {};
  let commented: string | undefined;
  const close = () => {
    const title = TITLE_KEYS.map((name) => run[name]).find((value) => typeof value === "string");
    if (
      typeof title === "string" &&
      holdsHan(title, settings.fileHeadlineMinHan) &&
      Object.values(run).some(
        (value) => value !== title && typeof value === "string" && isStatedText(value, settings),
      )
    )
      records.push(run);
    run = {};
  };
  let at = 0;
  while (at < text.length) {
    STATED_LINE.lastIndex = at;
    const line = STATED_LINE.exec(text);
    const lineEnd = text.indexOf("\n", at);
    const next = lineEnd < 0 ? text.length : lineEnd + 1;
    if (line === null || (Object.keys(run).length > 0 && line[1] !== commented)) close();
    if (line === null) {
      at = next;
      continue;
    }
    commented = line[1];
    const value = statedValue(text, STATED_LINE.lastIndex);
    if (value === null) setOwn(run, line[2]!, null);
    else setOwn(run, line[2]!, value.value);
    at = value === null || value.end < next ? next : text.indexOf("\n", value.end) + 1 || text.length;
  }
  close();
  return records;
}

/**
 * Whether a value beside a stated headline is its text: a flash's Han (`storyLeadMinHan`), or a teaser cut short behind
 * a dispatch's lead (`智通财经APP获悉，…`, `recordTextMinHan`). A headline's name already says the run is a record, so the
 * text need not be a paragraph's; a label or a message beside a title is shorter and opens with no lead.
 */
function isStatedText(value: string, settings: Readonly<ParseSettings>): boolean {
  if (holdsHan(value, settings.storyLeadMinHan)) return true;
  return holdsHan(value, settings.recordTextMinHan) && readDateline(value.trimStart()) !== null;
}

/** The string a statement's value at `at` holds (`STATED_LINE`), bare, in a block's braces or in a parse call; null for none. */
function statedValue(text: string, at: number): { value: string; end: number } | null {
  let pos = at;
  const braced = text[pos] === "{";
  if (braced) while (text[++pos] === " " || text[pos] === "\t");
  PARSE_CALL.lastIndex = pos;
  const call = braced && PARSE_CALL.exec(text) !== null;
  const literal = stringLiteral(text, call ? PARSE_CALL.lastIndex : pos);
  if (literal === null) return null;
  let end = literal.end;
  while (text[end] === " " || text[end] === "\t") end++;
  if (call && text[end++] !== ")") return null;
  while (text[end] === " " || text[end] === "\t") end++;
  return !braced || text[end] === "}" ? { value: literal.value, end } : null;
}

/** The setters of a story's address (`setUrl`, `setLink`, `setSourceUrl`), by their name's rest after `set`. */
const LINK_SETTERS = ["Url", "Link", "SourceUrl", "OriginalUrl", "ArticleUrl"];
/**
 * The setters of a story's headline (a mock DAO's `n.setTitle("台北商圈認證 寧夏西門獲3星")` after its `setContent`, an
 * Android demo's `news1.setTitle("习近平指挥“一带一路”交响乐之华彩篇")` before it), by their name's rest after `set`.
 */
const TITLE_SETTERS = ["Title", "Headline", "NewsTitle"];
/** How far back from a literal its setter's call is looked for: an object's name and a setter's. */
const SETTER_REACH = 80;

const isAddress = (value: string) => /^https?:\/\/\S{1,500}$/.test(value);
/** A headline is one line with something on it; the title stage trims and cuts it as any stated title. */
const isHeadline = (value: string) => /\S/.test(value) && !/[\r\n]/.test(value);

/**
 * What a story's object is given beside its text by another setter (a course demo's `news.setUrl("https://new.qq.com/…")`
 * over `news.setHtml("<!DOCTYPE html>…")`, a mock's `n.setTitle("…")` under `n.setContent("…")`), when the literal's call
 * at `open` (its `(`) is a setter of an object (`SETTER_CALL`): the first literal set on that object by one of `setters`
 * that `accepts`; null for none. Each call of the object's setters is read once from its name: linear in the text.
 */
function objectSetter(
  text: string,
  open: number,
  setters: readonly string[],
  accepts: (value: string) => boolean,
): string | null {
  if (!readersCodeRecordsPatternsCompiled) compileReadersCodeRecordsPatterns();
  const call = SETTER_CALL.exec(text.slice(Math.max(0, open - SETTER_REACH), open + 1));
  if (call === null) return null;
  const prefix = `${call[1]!}.set`;
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + prefix.length)) {
    const name = at + prefix.length;
    const setter = setters.find((rest) => text.startsWith(`${rest}(`, name));
    // Another object whose name ends in this one's (`oldNews.setUrl` for `News`'s `news`) is not it.
    if (setter === undefined || (at > 0 && /[\w$]/.test(text[at - 1]!))) continue;
    const literal = stringLiteral(text, name + setter.length + 1);
    if (literal !== null && accepts(literal.value)) return literal.value;
  }
  return null;
}

/**
 * `literalStories` of the code, or, when the code holds none, of its commented-out lines (`//        return "<div …>…"`,
 * an app's sample body kept beside the call that fetches it): a line comment read as the code it was. A file whose code
 * holds a story keeps its comments out of it. Each comment line is read once: linear in the text.
 */
function literalStoriesOrCommented(
  text: string,
  settings: Readonly<ParseSettings>,
  entries: boolean,
): Record<string, unknown>[] {
  if (!readersCodeRecordsPatternsCompiled) compileReadersCodeRecordsPatterns();
  const inCode = literalStories(text, settings, entries);
  if (inCode.length > 0 || !text.includes("//")) return inCode;
  const commented: Record<string, unknown>[] = [];
  // A comment line with no closing quote is taken whole with no group (the pattern's second branch), so the lines that
  // start after a `\r` on it are not scanned again to its end: linear where a run of `\r//` was quadratic.
  for (const line of text.matchAll(COMMENTED_CODE_LINE))
    if (line[1] !== undefined) commented.push(...literalStories(line[1], settings, entries));
  return commented;
}

/** Whether nothing but white space follows `at` on its line (or the text ends): a statement closed without `;`. */
function closesLine(text: string, at: number): boolean {
  for (let pos = at; pos < text.length; pos++) {
    const char = text[pos]!;
    if (char === "\n") return true;
    if (char !== " " && char !== "\t" && char !== "\r") return false;
  }
  return true;
}

/**
 * The value of the string literal at `at` and the index after it; null for none, or one its line does not close. A
 * literal is quoted in double or single quotes (JavaScript's and Python's `'…'` as well), or in three of either over
 * as many lines as it runs (Python's `"""…"""`, Java's and Kotlin's text blocks): a triple-quoted one is its lines as
 * written, up to the closing three.
 */
function stringLiteral(text: string, at: number): { value: string; end: number } | null {
  const quote = text[at];
  if (quote === "`") return templateLiteral(text, at);
  if (quote !== '"' && quote !== "'") return null;
  if (text[at + 1] === quote && text[at + 2] === quote) {
    const close = text.indexOf(quote.repeat(3), at + 3);
    return close < 0 ? null : { value: text.slice(at + 3, close).replace(/\r/g, ""), end: close + 3 };
  }
  let value = "";
  let from = at + 1;
  for (let pos = from; pos < text.length; pos++) {
    const char = text[pos]!;
    if (char === quote) return { value: value + text.slice(from, pos), end: pos + 1 };
    if (char === "\n") return null;
    if (char !== "\\") continue;
    const escaped = escapeAt(text, pos);
    value += text.slice(from, pos) + escaped.value;
    from = escaped.end;
    pos = from - 1;
  }
  return null;
}

/** The character a backslash escape at `pos` stands for (`\n`, `\u4e2d`, `\"`) and the index after the escape. */
function escapeAt(text: string, pos: number): { value: string; end: number } {
  const escaped = text[pos + 1] ?? "";
  const unicode = escaped === "u" ? /^[0-9A-Fa-f]{4}/.exec(text.slice(pos + 2, pos + 6)) : null;
  if (unicode !== null) return { value: String.fromCharCode(Number.parseInt(unicode[0], 16)), end: pos + 6 };
  return { value: Object.hasOwn(STRING_ESCAPES, escaped) ? STRING_ESCAPES[escaped]! : escaped, end: pos + 2 };
}

/**
 * A JavaScript template literal at `at` (`` `…` `` over as many lines as it runs: `const STORY = `…`;`) and the index
 * after it, escapes decoded and a substitution (`${name}`) kept as written. Three backticks open a Markdown code
 * fence, no literal (two are an empty one).
 */
function templateLiteral(text: string, at: number): { value: string; end: number } | null {
  return text[at + 1] === "`" && text[at + 2] === "`" ? null : delimited(text, at + 1, "", "`", text.length);
}

/**
 * The text from `from` up to its unescaped `close`, escapes decoded and carriage returns dropped, a nested `open` …
 * `close` kept whole (Ruby's `%{…{…}…}`), and the index after the close; null when it does not close within `reach`
 * characters.
 */
function delimited(
  text: string,
  from: number,
  open: string,
  close: string,
  reach: number,
): { value: string; end: number } | null {
  let value = "";
  let start = from;
  let depth = 0;
  const stop = Math.min(text.length, from + reach);
  for (let pos = from; pos < stop; pos++) {
    const char = text[pos]!;
    if (char === "\\") {
      const escaped = escapeAt(text, pos);
      value += text.slice(start, pos) + escaped.value;
      start = escaped.end;
      pos = start - 1;
    } else if (char === open) depth++;
    else if (char === close && depth-- === 0)
      return { value: (value + text.slice(start, pos)).replace(/\r/g, ""), end: pos + 1 };
  }
  return null;
}

/** The index after the comment at `at` (`// …` to its line's end, `/* … *\/`). */
function pastComment(text: string, at: number): number {
  const line = text[at + 1] === "/";
  const end = text.indexOf(line ? "\n" : "*/", at + 2);
  return end < 0 ? text.length : end + (line ? 1 : 2);
}

/** The first index from `at` that is neither white space nor inside a comment. */
function nextCode(text: string, at: number): number {
  let pos = at;
  while (pos < text.length) {
    if (/\s/.test(text[pos]!)) pos++;
    else if (text[pos] === "/" && (text[pos + 1] === "/" || text[pos + 1] === "*"))
      pos = pastComment(text, pos);
    else break;
  }
  return pos;
}

/** The last index before `at` that is no white space, or -1. */
function previousCode(text: string, at: number): number {
  let pos = at - 1;
  while (pos >= 0 && /\s/.test(text[pos]!)) pos--;
  return pos;
}

/**
 * A headline's key written as a keyword argument or a JSX prop, behind the white space, `(` or `,` before it: Ruby's
 * `:title => '…'` and `title: '…'`, Python's `title='…'`, JSX's `title={'…'}` and `title="…"` — a record no object
 * literal holds (`Product.create(:title => …, :description => %{…})`, `<NewsItem title={…} summary={[…]} />`).
 */
const KEYED_TITLE_KEY = new RegExp(
  `[\\s(,]:?(?:${TITLE_KEYS.join("|")})(?:[ \\t]{0,8}=>|=(?!=)|:(?=[ \\t]))`,
  "g",
);
/** Most keys one keyword list or element reads: a real call or element has tens. */
const KEYED_MAX_PAIRS = 64;
/** The characters of a key or a JSX element's name. */
const NAME_CHAR = /^[\w$.-]$/;
/** The marks a string literal opens with. */
const QUOTES = new Set(['"', "'", "`"]);
/** Ruby's percent literals' brackets, each closing its own kind (`%{…}`, `%q(…)`, `%Q[…]`, `%<…>`). */
const PERCENT_CLOSE: Readonly<Record<string, string>> = { "{": "}", "(": ")", "[": "]", "<": ">" };

/**
 * `keyedRecords` of the code, or, when it holds none, of the code its line comments hold (`// <NewsItem` over
 * `//   title={'…'}` lines, a component commented out whole): each line's `//` taken off, the rest read as code.
 */
function keyedRecordsOrCommented(text: string, settings: Readonly<ParseSettings>): Record<string, unknown>[] {
  const inCode = keyedRecords(text, settings);
  // Only a line that opens with `//` is commented-out code: a URL's `://` is none, and a text with no such line (most
  // Markdown and plain text holding a link) is not read a second time.
  if (inCode.length > 0 || !holdsCommentLine(text)) return inCode;
  return keyedRecords(text.replace(/^([ \t]{0,200})\/\/ ?/gm, "$1"), settings);
}

/** Whether a line of the text opens with `//` behind blanks: native searches for `//`, each looked back from over its line's blanks. */
function holdsCommentLine(text: string): boolean {
  for (let at = text.indexOf("//"); at >= 0; at = text.indexOf("//", at + 2)) {
    let before = at - 1;
    while (before >= 0 && (text[before] === " " || text[before] === "\t")) before--;
    if (before < 0 || text[before] === "\n") return true;
  }
  return false;
}

/**
 * Whether the text holds a headline's key written as code's keyword argument or prop (`KEYED_TITLE_KEY`'s forms, the
 * colon form only where `keyedColonOpens`), found by native searches for each key: most Markdown and plain-text inputs
 * that write `title` (a front matter's `title: …` line, prose) hold none, and are not scanned by the pattern at all.
 */
function holdsKeyedKey(text: string): boolean {
  for (const name of TITLE_KEYS) {
    for (let at = text.indexOf(name, 1); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text[at - 1]!;
      if (!KEYED_BEFORE.has(before) && !/\s/.test(before)) continue;
      if (before === ":" && !KEYED_BEFORE.has(text[at - 2] ?? "") && !/\s/.test(text[at - 2] ?? "")) continue;
      let after = at + name.length;
      while (after - at - name.length < 8 && (text[after] === " " || text[after] === "\t")) after++;
      if (text.startsWith("=>", after)) return true;
      if (after !== at + name.length) continue;
      if (text[after] === "=" && text[after + 1] !== "=") return true;
      const colon = text[after] === ":" && (text[after + 1] === " " || text[after + 1] === "\t");
      if (colon && (before === ":" || keyedColonOpens(text, at))) return true;
    }
  }
  return false;
}

/** What may stand right before a keyed key besides white space: a call's `(`, a list's `,`, Ruby's symbol `:`. */
const KEYED_BEFORE = new Set(["(", ",", ":"]);

/**
 * Whether a `(` or a `<Name` opens before the key at `at` on its line (`Product.create(title: '…'`, `<Item title: …`):
 * a bare `title:` is also a front matter's or a labelled line's, read as a keyword argument only there. Looks back over
 * the line no further than 200 characters.
 */
function keyedColonOpens(text: string, at: number): boolean {
  const stop = Math.max(0, at - 200);
  for (let pos = at - 1; pos >= stop; pos--) {
    const char = text[pos]!;
    if (char === "\n") return false;
    if (char === "(" || (char === "<" && /^[A-Za-z]$/.test(text[pos + 1] ?? ""))) return true;
  }
  return false;
}

/**
 * Records written as a call's keyword arguments or an element's props (`KEYED_TITLE_KEY`), each read whole from the
 * `(` or `<Name` that opens it, found back from the headline's key within `settings.codeRecordReach`. A key whose list
 * reads no record costs what was looked at; past `settings.codeRecordMissChars` of those no more are looked for.
 */
function keyedRecords(text: string, settings: Readonly<ParseSettings>): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  let readTo = 0;
  let missedChars = 0;
  KEYED_TITLE_KEY.lastIndex = 0;
  for (let key = KEYED_TITLE_KEY.exec(text); key !== null; key = KEYED_TITLE_KEY.exec(text)) {
    if (key.index < readTo) continue;
    // A bare `title:` (no `:` before it, no `=` after) is a keyword argument only behind a `(` or `<Name` on its line.
    if (key[0].endsWith(":") && key[0][1] !== ":" && !keyedColonOpens(text, key.index + 1)) continue;
    if (missedChars > settings.codeRecordMissChars) break;
    const lookedTo = Math.max(readTo, key.index + 1 - settings.codeRecordReach);
    const open = keyedOpen(text, key.index + 1, lookedTo);
    const read = open < 0 ? null : keyedPairs(text, open, settings.codeRecordReach);
    if (read === null || !TITLE_KEYS.some((name) => Object.hasOwn(read.record, name))) {
      missedChars += open < 0 ? key.index + 1 - lookedTo : key.index - open + settings.codeRecordReach;
      continue;
    }
    records.push(read.record);
    readTo = read.end;
    KEYED_TITLE_KEY.lastIndex = read.end;
  }
  return records;
}

/**
 * The `(` of the call or the `<` of the element whose list holds the key at `from`, looked for back to `stop`, brackets
 * between them kept in balance (a prop's `{…}`, an argument's `[…]`); -1 when there is none. An element is a
 * component's (`<NewsItem`, capitalised as JSX requires): an HTML element's attributes (`<a title="Link: …">` in a
 * mirror's inline HTML) are no record.
 */
function keyedOpen(text: string, from: number, stop: number): number {
  let depth = 0;
  for (let at = from - 1; at >= stop; at--) {
    const char = text[at]!;
    if (char === ")" || char === "]" || char === "}") depth++;
    else if (char === "(" || char === "[" || char === "{") {
      if (depth === 0) return char === "(" ? at : -1;
      depth--;
    } else if (char === "<" && depth === 0 && /^[A-Z]$/.test(text[at + 1] ?? "")) return at;
  }
  return -1;
}

/**
 * The keys and values of the list opened at `open` (a call's `(`, an element's `<Name`), up to its close (`)`, `/>`,
 * `>`) and the index after it: `key => value`, `:key => value`, `key: value`, `key=value`, `key={value}` apart by `,`
 * or white space, comments passed over. A value that is no literal (`{data.items}`, a variable) is passed over to its
 * list's next key, and kept out. At most `KEYED_MAX_PAIRS` keys, and the list within `reach` characters; null past them
 * or for a list that is not one.
 */
function keyedPairs(
  text: string,
  open: number,
  reach: number,
): { record: Record<string, unknown>; end: number } | null {
  const element = text[open] === "<";
  let at = open + 1;
  while (element && at < text.length && NAME_CHAR.test(text[at]!)) at++;
  const stop = Math.min(text.length, open + reach);
  const record: Record<string, unknown> = {};
  for (let pairs = 0; pairs < KEYED_MAX_PAIRS; pairs++) {
    at = nextCode(text, at);
    if (text[at] === ",") at = nextCode(text, at + 1);
    if (at >= stop) return null;
    if (text[at] === ")" || text[at] === ">") return { record, end: at + 1 };
    if (text[at] === "/" && text[at + 1] === ">") return { record, end: at + 2 };
    const keyStart = text[at] === ":" ? at + 1 : at;
    let keyEnd = keyStart;
    while (keyEnd < stop && NAME_CHAR.test(text[keyEnd]!)) keyEnd++;
    if (keyEnd === keyStart) return null;
    at = keyEnd;
    while (text[at] === " " || text[at] === "\t") at++;
    const separator = text.startsWith("=>", at) ? 2 : text[at] === "=" || text[at] === ":" ? 1 : 0;
    // A JSX prop without a value (`<Item disabled />`) is true; a call's argument without a key ends the list.
    if (separator === 0 && !element) return null;
    if (separator === 0) continue;
    const value = keyedValue(text, nextCode(text, at + separator), element, stop);
    if (value === null) return null;
    if (value.value !== undefined) setOwn(record, text.slice(keyStart, keyEnd), value.value);
    at = value.end;
  }
  return null;
}

/**
 * The value at `at` of a keyword list (`keyedPairs`) and the index after it: a string literal of any of the code's
 * forms (`stringLiteral`, Ruby's `%{…}` and `%q(…)`), a JSX prop's `{…}` holding one, or a list, dict, number or name
 * literal (`literalAt`); `value` undefined for an expression that is none, passed over to the list's next `,`, or its
 * close, outside brackets and strings. Null when nothing ends it before `stop`.
 */
function keyedValue(
  text: string,
  at: number,
  element: boolean,
  stop: number,
): { value: unknown; end: number } | null {
  if (element && text[at] === "{") {
    const inner = keyedValue(text, nextCode(text, at + 1), false, stop);
    if (inner === null) return null;
    const close = nextCode(text, inner.end);
    return text[close] === "}"
      ? { value: inner.value, end: close + 1 }
      : pastExpression(text, at, stop, element);
  }
  const percent = text[at] === "%" ? at + (text[at + 1] === "q" || text[at + 1] === "Q" ? 2 : 1) : -1;
  if (percent > 0 && Object.hasOwn(PERCENT_CLOSE, text[percent] ?? "")) {
    const opener = text[percent]!;
    return delimited(text, percent + 1, opener, PERCENT_CLOSE[opener]!, stop - percent) ?? null;
  }
  const literal = stringLiteral(text, at) ?? literalAt(text, at);
  // A bare name reads as its own string (`literalAt`), but in an argument or a prop it is a variable: no value.
  const variable = typeof literal.value === "string" && !QUOTES.has(text[at]!);
  return literal.value === undefined || variable ? pastExpression(text, at, stop, element) : literal;
}

/**
 * Where the expression at `at` ends, its value unread: the `,` or the list's close outside brackets and string
 * literals, or, in an element, the white space after it; null when none does before `stop`.
 */
function pastExpression(
  text: string,
  at: number,
  stop: number,
  element: boolean,
): { value: undefined; end: number } | null {
  let depth = 0;
  for (let pos = at; pos < stop; pos++) {
    const char = text[pos]!;
    if (char === "(" || char === "[" || char === "{") depth++;
    else if (char === ")" || char === "]" || char === "}") {
      if (depth-- === 0) return { value: undefined, end: pos };
    } else if (depth === 0 && (char === "," || (element && /\s/.test(char)) || (element && char === ">")))
      return { value: undefined, end: pos };
    else if (char === '"' || char === "'" || char === "`") {
      const literal = stringLiteral(text, pos);
      if (literal !== null) pos = literal.end - 1;
    }
  }
  return null;
}
