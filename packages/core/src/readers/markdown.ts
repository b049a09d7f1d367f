import { READERS_MARKDOWN_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Warning } from "../article.js";
import { fencedLines, mayHoldFence } from "../markdown/fences.js";
import { fileDocument, type SourceDocument } from "../pipeline/document.js";
import type { ParseSettings } from "../settings.js";
import { endsSentence, withoutLeadingIcons } from "../text/chars.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { fileNameHeadline, headsSectionOfNamedFile } from "./file-path.js";
import { headingText } from "./heading-text.js";
import { commentProperties, metadataList, styledHeader } from "./page-properties.js";

/**
 * The patterns below are compiled from their literals (`READERS_MARKDOWN_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let readersMarkdownPatternsCompiled = false;
/**
 * `# Title` (any level up to 3) on the first line; its closing `#`s are cut in code
 * (`withoutClosingSequence`): `(.+?)[ \t]*#*[ \t]*$` tried every split of a run of blanks, cubic
 * on a long line.
 */
let ATX_TITLE: RegExp;
/** A line of `===` or `---` under the first line: a Setext heading. */
let SETEXT_UNDERLINE: RegExp;
/** A sentence's end mark (`。！？`): a headline holds none, or one at most, and never over a whole line of prose. */
let SENTENCE_MARK: RegExp;
/** A line that is only an HTML comment (a generator's note above the title: `<!--1602251642000-->`). */
let COMMENT_LINE: RegExp;
/**
 * A heading that is one link, `[title](https://…)`: a mirror's headline linking to the story's
 * page. Link text holds no brackets and the address no blanks or brackets: one pass per line.
 */
let LINKED_TITLE: RegExp;
/**
 * A heading that is only a mirror's navigation link (`###  [:house:返回首頁](https://…)`,
 * `[返回](README.md)`): a back or home link, an emoji shortcode allowed before its word. Not the title.
 */
let NAVIGATION_HEADING: RegExp;
/** A thematic break (`---`, `***`) or a blank line: what may stand between a navigation line and the title. */
let RULE_OR_BLANK: RegExp;
/** A line of a listed company's announcement header: its codes and its number (`证券代码：002196 证券简称：方正电机`). */
let DISCLOSURE_HEADER: RegExp;
/** The kinds of document an official title ends with (`…的公告`, `…的通知`, `…的决定`, `…的回复`). */
let DOCUMENT_KIND: RegExp;
/**
 * The heading of a machine summary set over a report (`# AI 摘要`, `# TL;DR`): a bot's digest opens with the model's
 * summary of the day, then the report under its own heading.
 */
let SUMMARY_HEADING: RegExp;
/**
 * An ATX heading's marks and its text (with the blanks after the first one, which `withoutClosingSequence` and a trim
 * take off): one blank, not `[ \t]+`, before `(.*)$`, so a line that fails at its end is tried once, not once for
 * every split of its blanks (quadratic on a long run of them).
 */
let ATX_HEADING: RegExp;
/**
 * A section's number opening a heading (`1.`, `01 AI算力`, `一、`, `第一章`): a section of the report, not its title. A
 * day (`8月12日信息总结`) is no number of a section.
 */
let NUMBERED_HEADING: RegExp;
/** A link's address from its scheme to the line's end, with no space and no closing bracket in it. */
let OPEN_ADDRESS: RegExp;
/** A quote's line or an image alone on its line: what an archive sets between its heading and the page's. */
let QUOTE_OR_IMAGE: RegExp;

/** Compiles `READERS_MARKDOWN_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersMarkdownPatterns(): void {
  [
    ATX_TITLE,
    SETEXT_UNDERLINE,
    SENTENCE_MARK,
    COMMENT_LINE,
    LINKED_TITLE,
    NAVIGATION_HEADING,
    RULE_OR_BLANK,
    DISCLOSURE_HEADER,
    DOCUMENT_KIND,
    SUMMARY_HEADING,
    ATX_HEADING,
    NUMBERED_HEADING,
    OPEN_ADDRESS,
    QUOTE_OR_IMAGE,
    BACKSLASH_ESCAPE,
    STRUCTURE,
  ] = READERS_MARKDOWN_PATTERNS.map(regexFromLiteral) as RegExps<16>;
  readersMarkdownPatternsCompiled = true;
}

/**
 * Markdown without front matter: one document whose title is the heading at the top (ATX `# …` or
 * Setext `…` over `===`, after any comment lines), taken out of the body so it is not read twice.
 * A heading that is one link gives the title and the story's link.
 */
export function readMarkdown(
  text: string,
  filename: string | undefined,
  settings: Readonly<ParseSettings>,
): { document: SourceDocument; warnings: Warning[] } {
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  const lines = text.split("\n");
  let first = 0;
  while (first < lines.length && (lines[first]!.trim() === "" || COMMENT_LINE.test(lines[first]!))) first++;
  // A generator's properties in a comment above the title are front matter.
  const commented = commentProperties(lines, first);
  if (commented !== null) {
    first = commented.end;
    while (first < lines.length && lines[first]!.trim() === "") first++;
  }
  // A header typeset in styled spans instead of front matter (section, headline, standfirst, date).
  const styled = lines[first]?.trimStart().startsWith("<span") ? styledHeader(lines, first) : null;
  if (styled !== null) {
    first = styled.end;
    while (first < lines.length && lines[first]!.trim() === "") first++;
  }
  // A mirror's navigation heading and the rule under it come before the title.
  const navigation = ATX_TITLE.exec(lines[first] ?? "");
  if (navigation && NAVIGATION_HEADING.test(navigation[1]!.trim())) {
    first++;
    while (first < lines.length && RULE_OR_BLANK.test(lines[first]!)) first++;
  }
  // A listed company's announcement opens with its header lines (`证券简称：科蓝软件`, `债券代码：123157`) over the
  // title's heading: they stay the text's first lines (the codes are read there), the heading under them is the title.
  const header = disclosureHeaderEnd(lines, first);
  const headerLines = lines.slice(first, header);
  first = header;
  let title: string | null = null;
  let bodyStart = first;
  const atx = styled === null ? sectionOrTitle(ATX_TITLE.exec(lines[first] ?? ""), filename, settings) : null;
  // A generator's icon before its heading (`# 🌐 全景看板`) is no word of the title.
  const atxHeading = atx ? withoutClosingSequence(atx[1]!, lines[first]!) : null;
  const atxTitle = atxHeading === null ? null : withoutEscapes(withoutLeadingIcons(atxHeading) || atxHeading);
  if (styled !== null) title = styled.data.title as string;
  else if (atxTitle !== null) {
    title = atxTitle;
    bodyStart = first + 1;
    // A bot's summary over its report (`# AI 摘要`, a paragraph, a rule, `# 8月12日信息总结`): the report's heading.
    const report = SUMMARY_HEADING.test(atxTitle.trim()) ? summarisedReport(lines, first) : null;
    // An official document's title a PDF converter broke over headings: the headings joined.
    const broken = report === null ? brokenTitle(lines, first, atxTitle, settings.titleMaxLength) : null;
    if (report !== null) {
      title = report.title;
      bodyStart = report.at + 1;
    } else if (broken !== null) {
      title = broken.title;
      bodyStart = broken.at + 1;
    }
  } else if (
    lines[first] !== undefined &&
    SETEXT_UNDERLINE.test(lines[first + 1] ?? "") &&
    lines[first]!.trim() !== "" &&
    // A line of sentences longer than any title over a rule is a paragraph the rule closes (a corpus's column saved on
    // one line, then `-----` and the site's call for submissions), not a Setext headline; a headline's link to its
    // story may run longer (`[标题](https://www.dw.com/zh/%E4%B8%AD…)`) and stays one.
    !(lines[first]!.length > settings.titleMaxLength && SENTENCE_MARK.test(lines[first]!))
  ) {
    title = withoutEscapes(lines[first]!.trim());
    bodyStart = first + 2;
  }
  // A `## Metadata` list under the title (Obsidian's page properties) is stated fields, not text.
  const metadata = title === null ? null : metadataList(lines, bodyStart);
  if (metadata !== null) bodyStart = metadata.end;
  // A clipper's link to the page under the title is the page's address, not text.
  const pageLink = title === null || metadata !== null ? null : clippedPageLink(lines, bodyStart, title);
  if (pageLink !== null) bodyStart = pageLink.end;
  // Fenced lines are code, left as written: looked for only in a text that writes a fence's run.
  const mayFence = mayHoldFence(text);
  const bodyLines = withBrokenAddressesJoined(
    title === null ? lines : [...headerLines, ...withoutRepeatedHeading(lines.slice(bodyStart), title)],
    mayFence,
  );
  const body = separateProseLines(bodyLines, settings.plainHeadingMaxLength, mayFence);
  const data: Record<string, unknown> = {};
  const linked = title === null ? null : LINKED_TITLE.exec(title.trim());
  if (linked) {
    data.title = linked[1]!.trim();
    data.link = linked[2]!;
  } else if (title !== null) data.title = headingText(title);
  if (pageLink !== null) data.link ??= pageLink.url;
  // The list's full title is the page's, over a heading a sync tool may have shortened.
  if (metadata !== null) Object.assign(data, metadata.data);
  if (commented !== null) for (const [key, value] of Object.entries(commented.data)) data[key] ??= value;
  if (styled !== null) for (const [key, value] of Object.entries(styled.data)) data[key] ??= value;
  return {
    document: fileDocument({
      data,
      hasFrontMatter: metadata !== null || commented !== null || styled !== null,
      body,
      bodyLine: title === null ? 1 : bodyStart + 1,
      raw: text,
      filename,
      syntax: "markdown",
      format: "markdown",
    }),
    warnings: [],
  };
}

/**
 * CommonMark's backslash escapes (`\\(`, `\\*`, `\\#`): the punctuation after the backslash is the heading's text, the
 * backslash only keeps it from being read as markup (GitBook's editor escapes every parenthesis it writes).
 */
let BACKSLASH_ESCAPE: RegExp;

/** A heading's text with its backslash escapes undone; one with a code span, where a backslash is itself, as written. */
function withoutEscapes(heading: string): string {
  if (!heading.includes("\\") || heading.includes("`")) return heading;
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  return heading.replace(BACKSLASH_ESCAPE, "$1");
}

/** A heading at the top (`ATX_TITLE`'s match), or null when it heads a section of a file its name titles. */
function sectionOrTitle(
  atx: RegExpExecArray | null,
  filename: string | undefined,
  settings: Readonly<ParseSettings>,
): RegExpExecArray | null {
  if (atx === null) return atx;
  const level = atx[0].trimStart().search(/[^#]/);
  const named = fileNameHeadline(filename, settings.fileHeadlineMinHan);
  return headsSectionOfNamedFile(level, atx[1]!, named) ? null : atx;
}
/** The most header lines an announcement opens with over its title (`disclosureHeaderEnd`). */
const DISCLOSURE_HEADER_LINES = 4;

/**
 * Where the lines from `at` stop being an announcement's header (`DISCLOSURE_HEADER` lines and blank lines, at most
 * `DISCLOSURE_HEADER_LINES` of them) when a heading follows them; `at` itself otherwise.
 */
function disclosureHeaderEnd(lines: readonly string[], at: number): number {
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  let line = at;
  let headers = 0;
  while (line < lines.length && headers <= DISCLOSURE_HEADER_LINES) {
    const text = lines[line]!.trim();
    if (DISCLOSURE_HEADER.test(text)) headers++;
    else if (text !== "") return headers > 0 && ATX_TITLE.test(lines[line]!) ? line : at;
    line++;
  }
  return at;
}

/** The most heading lines an official document's title is read from (`brokenTitle`). */
const TITLE_HEADING_LINES = 4;

/**
 * An official document's title a PDF converter broke over lines, each line of large type a heading of one level — the
 * issuer, then `关于` and the matter, then the document's kind (`# 内蒙古伊泰煤炭股份有限公司` / `# 关于公司及相关人员收到
 * 内蒙古证监局` / `# 监管谈话措施决定的公告`): the headings from `at` joined, and the line of the last, when the second
 * opens with 关于, only blank lines stand between them, none ends a sentence, and joined they end with a kind of
 * document (`DOCUMENT_KIND`) within `maxLength` and `TITLE_HEADING_LINES`; else null.
 */
function brokenTitle(
  lines: readonly string[],
  at: number,
  title: string,
  maxLength: number,
): { title: string; at: number } | null {
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  const marks = /^#+ /.exec(lines[at]!.trimStart())?.[0] ?? "#";
  let headings = 1;
  for (let line = at + 1; line < lines.length && headings < TITLE_HEADING_LINES; line++) {
    const text = lines[line]!.trim();
    if (text === "") continue;
    const part = text.slice(marks.length).trim();
    if (!text.startsWith(marks) || endsSentence(text) || (headings === 1 && !part.startsWith("关于")))
      return null;
    title += part;
    headings++;
    if (title.length > maxLength) return null;
    if (DOCUMENT_KIND.test(title)) return { title, at: line };
  }
  return null;
}
/** How many lines of prose (blank lines and rules aside) a summary section over a report may hold. */
const SUMMARY_SECTION_LINES = 3;

/**
 * The report's own heading when the summary's heading at `at` is followed by a few lines of prose (rules and blank
 * lines between) and then a heading as high, not a numbered section (`# 8月12日信息总结`): the summary is the bot's,
 * the heading under it the title. Null for any other body.
 */
function summarisedReport(lines: readonly string[], at: number): { title: string; at: number } | null {
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  const level = ATX_HEADING.exec(lines[at]!)![1]!.length;
  let prose = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (RULE_OR_BLANK.test(line)) continue;
    const heading = ATX_HEADING.exec(line);
    if (heading !== null) {
      const text = (withoutClosingSequence(heading[2]!, line) ?? "").trim();
      const fits = prose > 0 && heading[1]!.length <= level && text !== "" && !NUMBERED_HEADING.test(text);
      return fits ? { title: text, at: i } : null;
    }
    if (++prose > SUMMARY_SECTION_LINES) return null;
  }
  return null;
}

/**
 * The lines with a link's or a picture's address a converter broke over two joined back
 * (`****![](https://mmbiz.qpic.cn/…/640?wx_fmt=png` over `&from;=appmsg)****《繁花》剧照`, a WeChat backup's):
 * Markdown ends an address at a line break, so the picture would be text, its address and all. A line whose last
 * `](` opens an address that runs to its end is joined to the next when that one goes on, with no space, to a `)`.
 * Not inside a fenced code block (`mayFence`: the text writes a fence's run).
 */
function withBrokenAddressesJoined(lines: readonly string[], mayFence: boolean): readonly string[] {
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  const fenced = mayFence ? fencedLines(lines.join("\n")) : null;
  let out: string[] | null = null;
  // How many pairs of lines were joined so far: line `i` of `out` is line `i + joined` of `lines`.
  let joined = 0;
  for (let i = 0; i < (out ?? lines).length; i++) {
    const line = (out ?? lines)[i]!;
    const open = fenced?.meets(i + joined, i + joined + 2) ? -1 : line.lastIndexOf("](");
    if (open < 0 || !OPEN_ADDRESS.test(line.slice(open + 2))) continue;
    const next = (out ?? lines)[i + 1];
    const close = next?.indexOf(")") ?? -1;
    if (next === undefined || close <= 0 || /\s/u.test(next.slice(0, close))) continue;
    out ??= [...lines];
    out.splice(i, 2, line + next);
    joined++;
  }
  return out ?? lines;
}

/**
 * A web clipper's link to the page it saved, on the line under the page's title and with that title for its text
 * (`# GPT-4 发布，ChatGPT 大升级 - IT之家` over `[GPT-4 发布，ChatGPT 大升级 - IT之家](https://www.ithome.com/0/679/741.htm)`,
 * as an Obsidian clippings vault keeps every page): the page's address and where the story starts after it.
 */
function clippedPageLink(
  lines: readonly string[],
  at: number,
  title: string,
): { url: string; end: number } | null {
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  let line = at;
  while (line < lines.length && lines[line]!.trim() === "") line++;
  const linked = LINKED_TITLE.exec(lines[line]?.trim() ?? "");
  return linked !== null && linked[1]!.trim() === title.trim() ? { url: linked[2]!, end: line + 1 } : null;
}

/**
 * The body without the page's own heading when it repeats the title an archive set over it: a file that
 * opens with `# title` and the quote naming where it came from (`> 来源：[url](url)`), then the page as
 * converted, its first heading the same headline. Only a heading right under the title's quotes and
 * pictures: one further down is the writer's.
 */
function withoutRepeatedHeading(lines: readonly string[], title: string): readonly string[] {
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  const wanted = title.trim();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || QUOTE_OR_IMAGE.test(line)) continue;
    const heading = ATX_TITLE.exec(line);
    if (heading === null || withoutClosingSequence(heading[1]!, line)?.trim() !== wanted) return lines;
    return [...lines.slice(0, i), ...lines.slice(i + 1)];
  }
  return lines;
}

/** A line that Markdown reads as structure (a heading, list item, quote, table row, fence, HTML), not prose. */
let STRUCTURE: RegExp;

/**
 * Chinese Markdown puts one paragraph on each line, where Markdown would join lines into one
 * paragraph: two prose lines in a row are kept apart by a blank line, unless the first was
 * hard-wrapped (too long for a heading and not ending a sentence, the rule plain text follows). The lines of a fenced
 * code block are kept as written (`mayFence`: the text writes a fence's run).
 */
function separateProseLines(lines: readonly string[], headingMaxLength: number, mayFence: boolean): string {
  if (!readersMarkdownPatternsCompiled) compileReadersMarkdownPatterns();
  const fenced = mayFence ? fencedLines(lines.join("\n")) : null;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    const next = lines[i + 1];
    if (fenced?.meets(i, i + 2) || next === undefined || line.trim() === "" || next.trim() === "") continue;
    if (STRUCTURE.test(line) || STRUCTURE.test(next) || /^\s{4}/.test(next)) continue;
    const trimmed = line.trim();
    const hardWrapped =
      (trimmed.length > headingMaxLength && !endsSentence(trimmed)) || isSplitWord(trimmed, next);
    if (!hardWrapped) out.push("");
  }
  return out.join("\n");
}

/**
 * A clause broken inside a word by a converter's soft line break (`9月24日以来，A` over `股市场引爆了…`): the
 * line runs on from a clause mark to a Latin letter or digit and the next line goes on in Han — one
 * paragraph, however short the line. A heading holds no clause cut off this way.
 */
function isSplitWord(line: string, next: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  const latin =
    (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a);
  return latin && /^\p{Script=Han}/u.test(next.trimStart()) && /[，、；：]/u.test(line);
}

const isBlank = (ch: string | undefined) => ch === " " || ch === "\t";

/**
 * The heading's text without its closing sequence: trailing blanks, `#`s and blanks, keeping at
 * least one character (the heading's text is never empty). `rest` is what follows the opening
 * `#`s and blanks; when the blanks took the whole line, the text is the last of them, if there are
 * two or more (null: no heading). The same titles as `(.+?)[ \t]*#*[ \t]*$`, checked on every
 * line of up to eight characters of blanks, `#`, letters and Han.
 */
function withoutClosingSequence(rest: string, line: string): string | null {
  if (rest === "") return /[ \t]{2}$/.test(line) ? line.slice(-1) : null;
  let end = rest.length;
  while (end > 1 && isBlank(rest[end - 1])) end--;
  while (end > 1 && rest[end - 1] === "#") end--;
  while (end > 1 && isBlank(rest[end - 1])) end--;
  return rest.slice(0, end);
}
