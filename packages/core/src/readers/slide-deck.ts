import type { SourceDocument } from "../pipeline/document.js";

/** A slide separator: `---` on a line of its own, between a Marp deck's slides. */
const SLIDE_SEPARATOR = /^---[ \t]*\r?$/m;
/** The presenter on a cover, in bold on a line of their own (`**向古月**`): a name, no sentence. */
const PRESENTER = /^\*\*([^*\s，。：:]{2,20})\*\*$/u;
/** The day a deck was presented, alone on a line (`2023-04-26`, `2023年4月26日`). */
const DAY_LINE = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$/u;

/**
 * A Marp slide deck (front matter `marp: true`, slides between `---` lines) states who presented it and when on its
 * cover, the first slide: under the title heading, the presenter's name in bold and the day on lines of their own
 * (their affiliation between). They are the deck's author and date, unless the front matter states them; the
 * cover's lines stay in the text, as a byline does.
 */
export function withDeckCover<T extends { document: SourceDocument }>(read: T): T {
  const { data, body } = read.document;
  if (data.marp !== true) return read;
  const separator = SLIDE_SEPARATOR.exec(body);
  const cover = separator === null ? body : body.slice(0, separator.index);
  let titled = false;
  let author: string | undefined;
  let date: string | undefined;
  for (const written of cover.split("\n")) {
    const line = written.trim();
    if (line.startsWith("# ")) titled = true;
    else if (titled) {
      author ??= PRESENTER.exec(line)?.[1];
      if (DAY_LINE.test(line)) date ??= line;
    }
  }
  if (author === undefined && date === undefined) return read;
  const covered = { ...data };
  if (author !== undefined) covered.author ??= author;
  if (date !== undefined) covered.date ??= date;
  return { ...read, document: { ...read.document, data: covered } };
}
