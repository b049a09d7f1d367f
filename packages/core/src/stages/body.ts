import { NOT_NESTING_ELEMENTS } from "@caixun/core/html/names";
import { STAGES_BODY_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Document } from "../html/dom.js";
import { parseDocument } from "../html/parser.js";
import { RAW_TEXT_ELEMENTS } from "../html/tokenizer.js";
import type { MarkdownDialect } from "../markdown/dialect.js";
import { type FencedLines, fencedLines } from "../markdown/fences.js";
import { isKramdownHtmlOnly, kramdownLineTag } from "../markdown/kramdown.js";
import { WORDS_LINE } from "../text/chars.js";
import { framedLabel, mayFrameLabels } from "../text/framed-label.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { RENDERED_MARK } from "./blocks.js";
import { renderDirect } from "./markdown-direct.js";
import { markdown } from "./markdown-parser.js";

/**
 * The patterns below are compiled from their literals (`STAGES_BODY_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let stagesBodyPatternsCompiled = false;
/**
 * An MDX import statement on a line of its own (`import useBaseUrl from '@docusaurus/useBaseUrl';`, `import { Tabs }
 * from "…"`, `import "./style.css"`): Docusaurus and Astro pages load components with them, and the page shows none.
 * @bounded: anchored, each run stops at a quote or the line's end.
 */
let MDX_IMPORT: RegExp;
let BLANK_LINE: RegExp;
/** CJK punctuation at either end of an emphasised run: `**重点：**`, `**“重点”**`. */
let CJK_EDGE: RegExp;
/** A list item's first line: a bullet or a number, then its text. */
let LIST_ITEM: RegExp;
/**
 * A figure a PDF-to-Markdown converter set as inline math, each glyph spaced (MinerU's `$7 . 4 4 \%$`, `$1 3 . 8 4 \%$`,
 * a lone `$+$`): a span of digits, `.`, `,`, signs and `\%` that opens with a digit or a sign and ends with a digit or
 * `\%`, or is a lone sign. @bounded: each `$` starts at most one bounded run.
 */
let NUMERIC_MATH: RegExp;
/** A line that ends a sentence (`…环比减少 6 亿港元。`, `…”`). */
let SENTENCE_END: RegExp;
/** A line of Chinese copy with no indent: it opens with a Han character or an opening bracket or quote. */
let UNINDENTED_CJK: RegExp;
/** An attribute block to the end of the line: an id or a class first, then classes and key-value pairs. */
let ATTRIBUTE_BLOCK: RegExp;
/** A heading's level and its text, of an ATX heading (`## B站`, an empty `#`). */
let ATX_LEVEL: RegExp;
/** The class that makes a heading a tab set (`# Tabs {.tabset}`, `## 结果 {.tabset .tabset-pills}`). */
let TABSET_ATTRIBUTES: RegExp;
let ATX_HEADING: RegExp;
let SETEXT_UNDERLINE: RegExp;
/** A chunk that opens with an HTML tag or comment (not an autolink such as `<http://…>`). */
let HTML_BLOCK_START: RegExp;
let RAW_TEXT_OPEN: RegExp;
let PLACEHOLDER: RegExp;
/**
 * A start or end tag. Linear: no `<` inside, so each `<` is tried once, and what follows the name
 * starts with a character a name cannot have, so the name is never given back a letter at a time.
 */
let TAG: RegExp;

/** Compiles `STAGES_BODY_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStagesBodyPatterns(): void {
  [
    MDX_IMPORT,
    BLANK_LINE,
    CJK_EDGE,
    LIST_ITEM,
    NUMERIC_MATH,
    SENTENCE_END,
    UNINDENTED_CJK,
    ATTRIBUTE_BLOCK,
    ATX_LEVEL,
    TABSET_ATTRIBUTES,
    ATX_HEADING,
    SETEXT_UNDERLINE,
    HTML_BLOCK_START,
    RAW_TEXT_OPEN,
    PLACEHOLDER,
    TAG,
    FENCE_DEBRIS,
    MARKDOWN_HINT,
  ] = STAGES_BODY_PATTERNS.map(regexFromLiteral) as RegExps<18>;
  stagesBodyPatternsCompiled = true;
}

/**
 * Markdown syntax that only matters outside HTML: headings, quotes, lists, links (`[text](`),
 * emphasis, rules, tables, autolinks, and backslash escapes of ASCII punctuation (`1\.`, `\_`),
 * which only the Markdown renderer takes away, and a PDF converter's figure in a math span (`$7 . 4 4 \%$`, read by
 * `withFiguresFromMath`); fenced code is found by the fence tracker (`fencedLines`).
 * A link's text may hold no `[`, so each scan ends at the next bracket: `\[[^\]\n]*\]\(…\)` rescanned
 * the rest of the line from every `[` of a `[[[[…` line.
 */
let MARKDOWN_HINT: RegExp;

/**
 * Body to HTML. Markdown is rendered by a real Markdown parser (HTML blocks pass through
 * untouched), or, when it is only plain one-line paragraphs, links and autolinks, written directly
 * as that parser writes it (`renderDirect`); an HTML body with no Markdown syntax skips the
 * renderer altogether.
 */
export function bodyToHtml(
  markdownBody: string,
  syntax: "html" | "markdown",
  dialect: MarkdownDialect = "commonmark",
): string {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  if (syntax === "html") return markdownBody;
  const body = markdownBody.includes(".tabset") ? withoutWordlessTabsets(markdownBody) : markdownBody;
  // Code is verbatim to Markdown: the lines of its fenced blocks, as CommonMark reads the whole body (in quotes and list
  // items too, blank lines and all), are left as written by every rewrite below and never split out as HTML. A fenced
  // block is Markdown of its own: a body whose only Markdown it is (code beside HTML) is rendered, not passed through.
  const fenced = fencedLines(body);
  if (fenced === null && !MARKDOWN_HINT.test(body)) return body;
  // An HTML block passes through Markdown untouched, so markdown-it is handed a placeholder comment in
  // its place and the block is put back afterwards: the renderer's work is then proportional to the
  // Markdown, not to the (often much larger) HTML it would only copy.
  const blocks: string[] = [];
  const chunks = body.split(BLANK_LINE);
  const source: string[] = [];
  // With fenced blocks, the body's line each chunk of `source` starts at.
  const firstLines: number[] = [];
  for (let i = 0, first = 0; i < chunks.length; i++) {
    let chunk = chunks[i]!;
    const chunkFirst = first;
    if (fenced !== null) first += lineBreaks(chunk) + 2;
    if (isMdxImports(chunk)) continue;
    if (fenced !== null) firstLines.push(chunkFirst);
    if (!HTML_BLOCK_START.test(chunk) || fenced?.meets(chunkFirst, first - 1)) {
      source.push(chunk);
      continue;
    }
    // <pre>, <script>, <style> and <textarea> blocks run to their closing tag, blank lines and all.
    const raw = RAW_TEXT_OPEN.exec(chunk)?.[1]?.toLowerCase();
    while (raw !== undefined && !chunk.toLowerCase().includes(`</${raw}>`) && i + 1 < chunks.length) {
      const next = chunks[++i]!;
      if (fenced !== null) first += lineBreaks(next) + 2;
      chunk += `\n\n${next}`;
    }
    // To kramdown, a chunk is HTML only when its lines are elements (not span elements, none holding Markdown) each
    // ending in the chunk; any other chunk (a span element's paragraph, Markdown under or inside an element, an element
    // whose end tag is in a later chunk) is the block reader's to read in kramdown's way.
    if (dialect === "kramdown" && !isOneKramdownBlock(chunk)) {
      source.push(chunk);
      continue;
    }
    source.push(`<!--caixun-html-block:${blocks.length}-->`);
    blocks.push(chunk);
  }
  // The CJK emphasis rewrite runs only in a body that writes `**` at all.
  const strong = body.includes("**");
  const markdownSource = source
    .map((chunk, k) => {
      // The chunk's place among the fenced blocks, when it holds lines of one.
      const at = fenced === null ? null : { fenced, first: firstLines[k]! };
      const code = fencedIn(at, 0, lineBreaks(chunk) + 1) ? at : null;
      const emphasised = strong ? strongCjk(chunk, code) : chunk;
      const attributed = withoutHeaderAttributes(
        code === null ? withFramedLabelsAsHeadings(emphasised) : emphasised,
        code,
      );
      // A paste's debris is looked for only outside code.
      return code === null ? withFiguresFromMath(withoutPasteDebris(attributed)) : attributed;
    })
    .join("\n\n");
  // Paragraphs the renderer writes are marked: `**…**` left in their text was escaped (`\*\*`) or is
  // no emphasis to Markdown, where the same text in an HTML block is bold nobody rendered (the block
  // reader reads only the latter as a heading).
  const html =
    renderDirect(markdownSource, markdown, RENDERED_PARAGRAPH) ??
    markdown.render(markdownSource, RENDERED_MARK, dialect);
  return blocks.length === 0 ? html : html.replace(PLACEHOLDER, (_, index: string) => blocks[Number(index)]!);
}

/**
 * Whether kramdown reads a chunk that opens with a tag as HTML and nothing else: one opened by a comment or a
 * declaration (read as CommonMark reads them), or HTML blocks to its last line (`isKramdownHtmlOnly`).
 */
function isOneKramdownBlock(chunk: string): boolean {
  return kramdownLineTag(chunk.trimStart()) === null || isKramdownHtmlOnly(chunk);
}

/** Whether a chunk between blank lines is only MDX import statements, one a line: no text of the page. */
function isMdxImports(chunk: string): boolean {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  const statements = chunk.trim();
  if (!statements.startsWith("import")) return false;
  return statements.split("\n").every((line) => MDX_IMPORT.test(line));
}

/**
 * Flattens Markdown nesting deeper than `maxColumns` of container prefix (quote markers `>`, list
 * markers, indentation; a tab is four): 20,000 nested `>` quotes, lists indented without end. Each
 * line's prefix is cut to the cap, its text kept; markdown-it would otherwise stop at its nesting
 * cap and drop the rest of the body. Returns the Markdown and how many lines were cut. One pass.
 */
export function capMarkdownNesting(
  markdown: string,
  maxColumns: number,
): { markdown: string; cutLines: number } {
  // Each line's prefix is read where it stands; the text is only cut into lines when one needs cutting.
  let cutLines = 0;
  let out = "";
  let copied = 0;
  for (let start = 0; start <= markdown.length; ) {
    let columns = 0;
    let end = start;
    let cut = -1;
    let code = markdown.charCodeAt(end);
    while (end < markdown.length && PREFIX_CHARACTER.has(code)) {
      columns += code === 9 ? 4 : 1;
      if (columns > maxColumns && cut === -1) cut = end;
      code = markdown.charCodeAt(++end);
    }
    if (cut !== -1) {
      out += markdown.slice(copied, cut);
      copied = end;
      cutLines++;
    }
    const feed = markdown.indexOf("\n", end);
    if (feed === -1) break;
    start = feed + 1;
  }
  return { markdown: cutLines === 0 ? markdown : out + markdown.slice(copied), cutLines };
}

/** Characters a container prefix is made of: space, tab, `>`, and list markers `-*+`. */
const PREFIX_CHARACTER = new Set([..." \t>-*+"].map((ch) => ch.charCodeAt(0)));

/** Backtick runs: a code span opens at one and closes at the next run of as many. */
const BACKTICKS = /`+/gu;

/**
 * Where a chunk of the body stands among its fenced code blocks: the body's blocks (`markdown/fences.ts`) and the
 * body's line the chunk starts at; `null` when the chunk holds no line of one.
 */
type ChunkFences = { readonly fenced: FencedLines; readonly first: number } | null;

/** Whether any of a chunk's lines from `from` to before `to` (counted in the chunk) is fenced code. */
function fencedIn(code: ChunkFences, from: number, to: number): boolean {
  return code?.fenced.meets(code.first + from, code.first + to) === true;
}

/**
 * CommonMark does not close `**重点：**正文` or open `前文**“重点”**` (a delimiter run next to
 * punctuation and a letter is not flanking), and Chinese copy writes emphasis that way all the time:
 * such a pair on one line becomes `<strong>` before Markdown sees it. Code is verbatim to Markdown: the pairs are
 * looked for in the chunk with the asterisks of code blanked (`codeMasked`), so a fenced block's lines and a code
 * span are left as written. One pass with `indexOf`, so a line of unclosed `**` costs no more than its length.
 */
function strongCjk(chunk: string, code: ChunkFences): string {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  if (!chunk.includes("**")) return chunk;
  const masked = codeMasked(chunk, code);
  let out = "";
  let from = 0;
  for (let open = masked.indexOf("**"); open !== -1; open = masked.indexOf("**", from)) {
    const close = masked.indexOf("**", open + 2);
    if (close === -1) break;
    const inner = chunk.slice(open + 2, close);
    if (inner !== "" && !/[*\n]/u.test(inner) && !/^\s/u.test(inner) && CJK_EDGE.test(inner)) {
      out += `${chunk.slice(from, open)}<strong>${inner}</strong>`;
      from = close + 2;
    } else {
      out += chunk.slice(from, open + 2);
      from = open + 2;
    }
  }
  return out + chunk.slice(from);
}

/**
 * The chunk with the asterisks of its code made spaces (its length kept): the lines of its fenced blocks and its code
 * spans (`` `**a：**` ``). Indented lines are prose: core's Markdown has no indented code.
 */
function codeMasked(chunk: string, code: ChunkFences): string {
  if (code === null && !chunk.includes("`")) return chunk;
  return chunk
    .split("\n")
    .map((line, k) => {
      if (fencedIn(code, k, k + 1)) return line.replace(/\*/gu, " ");
      return line.includes("`") ? spansMasked(line) : line;
    })
    .join("\n");
}

/**
 * A line with the asterisks of its code spans made spaces: a run of backticks opens one where a later run is as long,
 * and the next such run closes it. Linear: the runs are read twice.
 */
function spansMasked(line: string): string {
  const lastOfLength = new Map<number, number>();
  for (const run of line.matchAll(BACKTICKS)) lastOfLength.set(run[0].length, run.index);
  let open = 0;
  let out = "";
  let from = 0;
  for (const run of line.matchAll(BACKTICKS)) {
    const length = run[0].length;
    if (open === 0 && run.index < lastOfLength.get(length)!) {
      open = length;
      out += line.slice(from, run.index);
      from = run.index;
    } else if (length === open) {
      out += line.slice(from, run.index).replace(/\*/gu, " ");
      from = run.index;
      open = 0;
    }
  }
  return out + line.slice(from);
}

/**
 * Header attributes as Pandoc, kramdown and Hugo write them — `## 标题 {#id}`, a Setext heading's
 * `标题 {#id .class}`, a class list alone (`# Tabs {.tabset}`, Wiki.js's and R Markdown's tab sets), and a block of
 * them on a line of its own (`{#table-1}`, what a converted div or table leaves) — are markup CommonMark does not
 * know and would print as words: they go before it sees the chunk. The lines of a fenced code block are left as
 * written.
 */
function withoutHeaderAttributes(chunk: string, code: ChunkFences): string {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  if (!chunk.includes("{#") && !chunk.includes("{.")) return chunk;
  const lines = chunk.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.lastIndexOf("{");
    if (at < 0 || !ATTRIBUTE_BLOCK.test(line.slice(at)) || fencedIn(code, i, i + 1)) {
      kept.push(line);
      continue;
    }
    const before = line.slice(0, at);
    if (before.trim() === "") continue;
    const heading = ATX_HEADING.test(line) || SETEXT_UNDERLINE.test(lines[i + 1] ?? "");
    kept.push(heading && /[ \t]$/.test(before) ? before.trimEnd() : line);
  }
  return kept.join("\n");
}
/**
 * A fence's opening run and language glued to the end of a line of prose (`其中电子```markdown`): what a paste from
 * an app or a chat leaves mid-sentence, never closed. Not a fence — one must open its line — and nothing a reader
 * sees as text. @bounded: anchored at a line's end after a non-space character; the run and the word hold no space.
 */
let FENCE_DEBRIS: RegExp;

/**
 * The chunk with each `NUMERIC_MATH` span read as the figure it prints (`7.44%`, `+`): its blanks out, `\%` as `%`. Only
 * a span with a `\%` or spaced digits, or a lone sign, is a converter's: a price's `$5$` stays as written, and so
 * does an English `$5 - $10` (no span ends in a blank).
 */
function withFiguresFromMath(chunk: string): string {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  if (!chunk.includes("$")) return chunk;
  return chunk.replace(NUMERIC_MATH, (span, figure: string) =>
    figure.length === 1 || figure.includes("\\%") || /\d \d/.test(figure)
      ? figure.replace(/ /g, "").replace("\\%", "%")
      : span,
  );
}

/**
 * What a paste leaves in a chunk with no fenced code block: fence runs glued to the ends of its lines (`FENCE_DEBRIS`), and
 * lines of Chinese copy after a list's last item, not indented, the item ending a sentence (`3. …环比减少 6 亿港元。`
 * then `重要经济日程` and `风险提示：…`). CommonMark reads those into the item as a lazy continuation, but copy whose
 * lines the writer did not wrap puts them after the list, and so they go: a blank line between the item and them,
 * and after a line of a few words among them (`WORDS_LINE`, a heading's). Lines the item indents are its own.
 */
function withoutPasteDebris(chunk: string): string {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  const text = chunk.includes("```") ? chunk.replace(FENCE_DEBRIS, "") : chunk;
  if (!text.includes("\n") || !LIST_ITEM.test(text)) return text;
  const lines = text.split("\n");
  let end = lines.length;
  while (--end >= 0 && !LIST_ITEM.test(lines[end]!));
  // Past the last item's first line and the lines it indents.
  while (/^[ \t]/u.test(lines[++end] ?? ""));
  // The body's last chunk may end with a line break: its empty last line is no line of the run.
  let stop = lines.length;
  while (stop > end && lines[stop - 1]!.trim() === "") stop--;
  const run = lines.slice(end, stop);
  if (
    end < 1 ||
    run.length === 0 ||
    !SENTENCE_END.test(lines[end - 1]!) ||
    !run.every((line) => UNINDENTED_CJK.test(line))
  )
    return text;
  const tail = run.map((line, k) =>
    k < run.length - 1 && WORDS_LINE.test(line.trim()) ? `${line}\n` : line,
  );
  return [...lines.slice(0, end), "", ...tail, ...lines.slice(stop)].join("\n");
}

/**
 * A section's label framed by box-drawing rules on a line of its own (`━━ 今日头条 ━━`, `text/framed-label.ts`): a
 * heading, without its rules, set at the fourth level, where a file's title is never taken from.
 */
function withFramedLabelsAsHeadings(chunk: string): string {
  if (!mayFrameLabels(chunk)) return chunk;
  return chunk
    .split("\n")
    .map((line) => {
      const label = framedLabel(line);
      return label === null ? line : `#### ${label}`;
    })
    .join("\n");
}
/** An ATX heading's level, or undefined for any other line. */
function atxLevel(line: string): number | undefined {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  const marks = ATX_LEVEL.exec(line);
  return marks === null ? undefined : marks[1]!.length;
}

/**
 * Tab sets as Wiki.js and R Markdown write them: a heading whose attributes hold `.tabset`, its tabs the deeper
 * headings under it, up to the next heading of its level or above (Wiki.js closes a set with an empty `#`). A set
 * whose tabs hold no words, only blank lines and HTML (a video page's `# Tabs {.tabset}` over `## B站` and
 * `## YouTube`, each a player's iframe), is the page's player: it goes, with an empty heading closing it. A set with
 * words stays (its attributes go as every heading's do). One pass over the lines.
 */
function withoutWordlessTabsets(body: string): string {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  const lines = body.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const level = atxLevel(line);
    const attributes = line.slice(line.lastIndexOf("{"));
    if (level === undefined || !TABSET_ATTRIBUTES.test(attributes)) {
      kept.push(line);
      continue;
    }
    let end = i + 1;
    let wordless = true;
    for (; end < lines.length; end++) {
      const inner = lines[end]!;
      const innerLevel = atxLevel(inner);
      if (innerLevel !== undefined && innerLevel <= level) break;
      if (innerLevel === undefined && inner.trim() !== "" && !inner.trimStart().startsWith("<")) {
        wordless = false;
        break;
      }
    }
    if (!wordless) {
      kept.push(line);
      continue;
    }
    // The empty heading that closes the set closes nothing else.
    const closing = lines[end];
    i = closing !== undefined && closing.replace(/#/gu, "").trim() === "" ? end : end - 1;
  }
  return kept.join("\n");
}
/** The opening tag of a paragraph the Markdown renderer wrote (see `bodyToHtml`). */
const RENDERED_PARAGRAPH = `<p ${RENDERED_MARK}="">`;

/** `NOT_NESTING_ELEMENTS` as a set, made at its first use, not when the module loads (a Worker reads the list after). */
let notNesting: ReadonlySet<string> | undefined;

/**
 * Drops start tags nested deeper than `maxNesting` (their end tags then close outer elements
 * early; the text stays), before the HTML is parsed: the parser (htmlparser2's) keeps its stack of open elements
 * with `unshift`, so its cost grows with the square of the nesting (200,000 `<div>`s took minutes).
 * Elements HTML closes by itself (`p`, `li`, `td`…) and empty ones (`br`, `img`) do not count.
 */
export function capHtmlNesting(html: string, maxNesting: number): { html: string; cutTags: number } {
  if (!stagesBodyPatternsCompiled) compileStagesBodyPatterns();
  // Nesting deeper than the cap needs more start tags than the cap, so more `<` than that.
  if (fewerThan(html, "<", maxNesting + 1)) return { html, cutTags: 0 };
  let depth = 0;
  let cutTags = 0;
  notNesting ??= new Set(NOT_NESTING_ELEMENTS);
  const neverNesting = notNesting;
  const capped = html.replace(TAG, (tag, slash: string, name: string) => {
    if (neverNesting.has(name.toLowerCase()) || tag.endsWith("/>")) return tag;
    if (slash === "/") {
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth >= maxNesting) {
      cutTags++;
      return "";
    }
    depth++;
    return tag;
  });
  return { html: cutTags === 0 ? html : capped, cutTags };
}

/**
 * An element HTML reads raw text in, written self-closing as an XML writer serialises a page (`<p><script
 * src="…/echarts.min.js"/>证券时报e公司讯，…</p>`): HTML's parser ignores the `/`, leaves it open and puts the text
 * after it inside it, where it is no page text. It holds nothing, so it is closed where it stands.
 */
const RAW_TEXT_TAG = new RegExp(`^<(${RAW_TEXT_ELEMENTS.join("|")})(?:\\s|$)`, "i");
/** The lower-case first letters of those names (`s`, `t`, `x`). */
const RAW_TEXT_FIRST_LETTERS = new Set(RAW_TEXT_ELEMENTS.map((name) => name.charCodeAt(0)));

/**
 * The HTML with every self-closed raw-text element (`RAW_TEXT_TAG`) closed by its end tag. Each `/>` is found by a
 * plain search and only a tag opening with one of their first letters is read further: a page's `<br/>`s cost a
 * look each.
 */
export function withRawTextClosed(html: string): string {
  let out = "";
  let copied = 0;
  for (let end = html.indexOf("/>"); end !== -1; end = html.indexOf("/>", end + 2)) {
    const start = html.lastIndexOf("<", end);
    const letter = html.charCodeAt(start + 1) | 0x20;
    if (start < copied || !RAW_TEXT_FIRST_LETTERS.has(letter)) continue;
    const tag = html.slice(start, end);
    const name = RAW_TEXT_TAG.exec(tag)?.[1];
    if (name === undefined || tag.includes(">")) continue;
    out += `${html.slice(copied, end)}></${name}>`;
    copied = end + 2;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** How many line breaks `text` holds. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** Whether `text` holds fewer than `count` copies of `character` (stops counting at `count`). */
function fewerThan(text: string, character: string, count: number): boolean {
  let seen = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) {
    if (++seen >= count) return false;
  }
  return true;
}

/**
 * The one DOM parse of the body (core's HTML parser, htmlparser2's port); the packs' compiled selectors then query this
 * tree (`stages/select.ts`).
 */
export function parseHtml(html: string): Document {
  return parseDocument(html);
}
