import type { Block, Stats } from "../article.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";
import { classOf, HAN, UNCOUNTED, WORD } from "../text/char-class.js";

/** Counts in one pass over the text: characters (code points without white space), Han, Latin words. */
export function measure(
  text: string,
  blocks: readonly Block[],
  settings: Readonly<ParseSettings> = DEFAULT_SETTINGS,
): Stats {
  let characters = 0;
  let cjkCharacters = 0;
  let latinWords = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = classOf(code);
    if ((kind & UNCOUNTED) !== 0) {
      inWord = false;
      continue;
    }
    characters++;
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one character; leads 0xD840–0xD8BF hold Han extensions B–H.
      if (code >= 0xd840 && code <= 0xd8bf) cjkCharacters++;
      i++;
      inWord = false;
    } else if ((kind & HAN) !== 0) {
      cjkCharacters++;
      inWord = false;
    } else if ((kind & WORD) !== 0) {
      if (!inWord) latinWords++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  let paragraphs = 0;
  for (const block of blocks) {
    if (block.type === "paragraph" || block.type === "heading" || block.type === "quote") paragraphs++;
  }
  const minutes = cjkCharacters / settings.readingCjkPerMinute + latinWords / settings.readingWordsPerMinute;
  return {
    characters,
    cjkCharacters,
    paragraphs,
    readingMinutes: characters === 0 ? 0 : Math.max(1, Math.round(minutes)),
  };
}
