import { EXTRACT_READER_COPY_PATTERNS } from "@caixun/core/text/rule-patterns";
import { TRANSCODED_LABEL, TRANSCODED_OPENING, TRANSCODED_VERB } from "../credits/grammar-words.js";
import { type FencedLines, fencedLines } from "../markdown/fences.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * Two things the HTML-to-Markdown converters of reader-mode tools and web clippers (turndown and its
 * kin, inside SimpRead, MarkDownload, Joplin's clipper) do to a page, undone before the Markdown is read:
 *
 * - A reader's notice over its copy (`> 本文由 [简悦 SimpRead](…) 转码， 原文地址 [host](url)`) ends its
 *   own line; when the page opens with inline content (百家号's headline, which is no heading element),
 *   the converter writes that content on the notice's line, and the credits stage could read neither.
 *   What follows the notice's address link is set apart: a headline (a short line with no sentence
 *   end before its first markup) as a heading, anything else as a paragraph.
 * - A link around blocks (`<a><div>苗子说全栈</div></a>`, a related story's card) is written `[`,
 *   the blocks, then `](href)`, each on a line of its own; no Markdown link spans a blank line, so the
 *   brackets would stay in the text. The brackets leave; a link around one line of plain words becomes
 *   that line's link (the account name over a page's stamp), a block of its own as the link was.
 */
export function readerCopyMarkdown(source: string): string {
  const apart = noticeApart(source);
  return apart.includes("\n](") ? unwrapBlockLinks(apart) : apart;
}

/** A Markdown link written on one line: text, then an address without spaces or parentheses. @bounded */
const INLINE_LINK = String.raw`\[[^\]\n]{1,200}\]\([^()\s]{1,2000}\)`;
/**
 * The notice opening the copy, quoted or not, and the first character glued after it. @bounded:
 * anchored at the start, every run of bounded length.
 */
const GLUED_NOTICE = new RegExp(
  String.raw`^(\s{0,8}(?:>[ \t]{0,4})?${TRANSCODED_OPENING}[ \t]{0,4}${INLINE_LINK}[ \t]{0,4}${TRANSCODED_VERB}[ \t]{0,4}[，,]?[ \t]{0,4}${TRANSCODED_LABEL}[ \t]{0,4}[:：]?[ \t]{0,4}${INLINE_LINK})[ \t]*(?=[^\s>])`,
  "u",
);
/**
 * The patterns below are compiled from their literals (`EXTRACT_READER_COPY_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let extractReaderCopyPatternsCompiled = false;
/** A headline's words before the first markup glued after them: no sentence end. @bounded: 2–80 characters. */
let HEADLINE_WORDS: RegExp;

function noticeApart(source: string): string {
  if (!extractReaderCopyPatternsCompiled) compileExtractReaderCopyPatterns();
  if (!source.includes(TRANSCODED_OPENING)) return source;
  const notice = GLUED_NOTICE.exec(source);
  if (notice === null) return source;
  const rest = source.slice(notice[0].length);
  const mark = HEADLINE_WORDS.test(rest) ? "## " : "";
  return `${notice[1]}\n\n${mark}${rest}`;
}

/** The line closing a link around blocks: `](href)` and what the page had after the link. */
let BLOCK_LINK_CLOSE: RegExp;
/** Plain words a link around one block may be made an ordinary link of: no markup at all. */
let PLAIN_LINE: RegExp;
/** A heading of plain words: its marker, then the words. */
let HEADING_LINE: RegExp;
/** How many lines a link around blocks may hold before its closing line (an avatar, a name, a tagline). */
const BLOCK_LINK_MAX_LINES = 12;
let BLANK: RegExp;

/** Compiles `EXTRACT_READER_COPY_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileExtractReaderCopyPatterns(): void {
  [HEADLINE_WORDS, BLOCK_LINK_CLOSE, BLANK, PLAIN_LINE, HEADING_LINE] = EXTRACT_READER_COPY_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<5>;
  extractReaderCopyPatternsCompiled = true;
}

function unwrapBlockLinks(source: string): string {
  if (!extractReaderCopyPatternsCompiled) compileExtractReaderCopyPatterns();
  // Lines are rewritten in place (a line may become several, or blank): no splice, so linear in the lines.
  const lines = source.split("\n");
  const fenced = fencedLines(source);
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Code is verbatim: brackets on a fenced block's lines are its own.
    if (!line.endsWith("[") || line.endsWith("\\[") || !BLANK.test(lines[i + 1] ?? "x") || fenced?.has(i))
      continue;
    const close = closingLine(lines, i, fenced);
    if (close === -1) continue;
    const [, href, after] = BLOCK_LINK_CLOSE.exec(lines[close]!)!;
    const inner = lines.slice(i + 1, close).filter((l) => !BLANK.test(l));
    const rest = after!.trim();
    lines[i] = line.slice(0, -1);
    const heading = inner.length === 1 ? HEADING_LINE.exec(inner[0]!.trim()) : null;
    const plain = inner.length === 1 && PLAIN_LINE.test(inner[0]!.trim());
    if (heading !== null || plain) for (let j = i + 1; j < close; j++) lines[j] = "";
    // A card's headline (`### 标题` in a related story's link): a heading that is the link, as a
    // sidebar's is; what the card shows after it (`2 天前 86 阅读`) is a line of its own.
    if (heading !== null) lines[close] = `${heading[1]}[${heading[2]}](${href})\n\n${rest}`;
    else if (plain) lines[close] = `[${inner[0]!.trim()}](${href})${rest === "" ? "" : ` ${rest}`}`;
    else lines[close] = rest;
    changed = true;
    // The closing line may open another link around blocks (a row of cards): it is read next.
    i = close - 1;
  }
  return changed ? lines.join("\n") : source;
}

/**
 * The line that closes the link opened at the end of line `open`, after a blank line; -1 if none does, or if a fenced
 * code block stands between (`fenced`, the text's).
 */
function closingLine(lines: readonly string[], open: number, fenced: FencedLines | null): number {
  if (!extractReaderCopyPatternsCompiled) compileExtractReaderCopyPatterns();
  const last = Math.min(lines.length - 1, open + BLOCK_LINK_MAX_LINES + 1);
  for (let j = open + 2; j <= last; j++) {
    const line = lines[j]!;
    if (line.startsWith("](")) return BLANK.test(lines[j - 1]!) && BLOCK_LINK_CLOSE.test(line) ? j : -1;
    // Another link around blocks, or a fence, before a close: not one link's blocks.
    if (line.endsWith("[") || fenced?.has(j)) return -1;
  }
  return -1;
}
