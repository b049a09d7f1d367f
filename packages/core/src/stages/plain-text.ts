import { collapseWhitespace, SENTENCE_END } from "../text/chars.js";
import { type RawBlock, rawBlock } from "./raw-block.js";

export interface PlainText {
  /** The first line, when it reads as a title. */
  title: string | null;
  /** 1-based line of the title. */
  titleLine: number | null;
  blocks: RawBlock[];
}

/** Lines that open an article body rather than title it: bylines, datelines, summaries. */
const LEAD =
  /^(?:本报|记者|通讯员|简介|摘要|导语|编者按|【|\d{1,2}月\d{1,2}日|\S{0,12}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息))/u;
const MAX_TITLE_LENGTH = 50;
const MAX_HEADING_LENGTH = 30;
/** Two or more ideographic spaces inside a line: a paragraph break of text that lost its newlines. */
const INLINE_BREAK = /(?<=\S)[\u3000]{2,}/u;

/**
 * Stage 4 for plain text: each line is a paragraph; a first line without end punctuation is the
 * title; short unpunctuated lines are section headings.
 */
export function readPlainText(text: string): PlainText {
  const lines: Array<{ text: string; line: number }> = [];
  text.split("\n").forEach((raw, index) => {
    for (const piece of raw.split(INLINE_BREAK)) {
      const clean = collapseWhitespace(piece);
      if (clean !== "") lines.push({ text: clean, line: index + 1 });
    }
  });
  let title: string | null = null;
  let titleLine: number | null = null;
  const first = lines[0];
  if (first && lines.length > 1 && isTitleLine(first.text)) {
    title = first.text;
    titleLine = first.line;
    lines.shift();
  }
  const blocks = lines.map(({ text: line }, index) =>
    index < lines.length - 1 && isHeadingLine(line)
      ? rawBlock({ type: "heading", level: 3, text: line })
      : rawBlock({ type: "paragraph", text: line }),
  );
  return { title, titleLine, blocks };
}

function isTitleLine(line: string): boolean {
  return line.length <= MAX_TITLE_LENGTH && !SENTENCE_END.test(line) && !LEAD.test(line);
}

function isHeadingLine(line: string): boolean {
  return (
    line.length >= 2 && line.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(line) && !LEAD.test(line)
  );
}
