import { READERS_SLIDE_DECK_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { SourceDocument } from "../pipeline/document.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/**
 * The patterns below are compiled from their literals (`READERS_SLIDE_DECK_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let readersSlideDeckPatternsCompiled = false;
/** A slide separator: `---` on a line of its own, between a Marp deck's slides. */
let SLIDE_SEPARATOR: RegExp;
/** The presenter on a cover, in bold on a line of their own (`**向古月**`): a name, no sentence. */
let PRESENTER: RegExp;
/** The day a deck was presented, alone on a line (`2023-04-26`, `2023年4月26日`). */
let DAY_LINE: RegExp;

/** Compiles `READERS_SLIDE_DECK_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileReadersSlideDeckPatterns(): void {
  [SLIDE_SEPARATOR, PRESENTER, DAY_LINE] = READERS_SLIDE_DECK_PATTERNS.map(regexFromLiteral) as RegExps<3>;
  readersSlideDeckPatternsCompiled = true;
}

/**
 * A Marp slide deck (front matter `marp: true`, slides between `---` lines) states who presented it and when on its
 * cover, the first slide: under the title heading, the presenter's name in bold and the day on lines of their own
 * (their affiliation between). They are the deck's author and date, unless the front matter states them; the
 * cover's lines stay in the text, as a byline does.
 */
export function withDeckCover<T extends { document: SourceDocument }>(read: T): T {
  if (!readersSlideDeckPatternsCompiled) compileReadersSlideDeckPatterns();
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
