import type { Block, Stats } from "../article.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../settings.js";

/** Han ideographs in the Basic Multilingual Plane (URO, Extension A, compatibility ideographs, 〇). */
function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x85 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680
  );
}

function isWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

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
    if (isSpace(code)) {
      inWord = false;
      continue;
    }
    characters++;
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one character; leads 0xD840–0xD8BF hold Han extensions B–H.
      if (code >= 0xd840 && code <= 0xd8bf) cjkCharacters++;
      i++;
      inWord = false;
    } else if (isHan(code)) {
      cjkCharacters++;
      inWord = false;
    } else if (isWordCharacter(code)) {
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
