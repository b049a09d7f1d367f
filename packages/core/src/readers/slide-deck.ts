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
  const covered = { ...data };
  let titled = false;
  for (const written of body.slice(0, separator?.index).split("\n")) {
    const line = written.trim();
    titled ||= line.startsWith("# ");
    if (!titled) continue;
    const presenter = PRESENTER.exec(line);
    if (presenter !== null) covered.author ??= presenter[1];
    if (DAY_LINE.test(line)) covered.date ??= line;
  }
  return { ...read, document: { ...read.document, data: covered } };
}
