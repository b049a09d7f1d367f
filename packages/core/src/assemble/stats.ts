import type { Block, Stats } from "../article.js";
import { HAN_GLOBAL } from "../text/chars.js";

const CJK_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 200;

export function measure(text: string, blocks: readonly Block[]): Stats {
  const cjkCharacters = text.match(HAN_GLOBAL)?.length ?? 0;
  const characters = text.replace(/\s+/g, "").length - countSurrogatePairs(text);
  const latinWords = text.replace(HAN_GLOBAL, " ").match(/[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g)?.length ?? 0;
  const paragraphs = blocks.filter(
    (b) => b.type === "paragraph" || b.type === "heading" || b.type === "quote",
  ).length;
  const minutes = cjkCharacters / CJK_PER_MINUTE + latinWords / WORDS_PER_MINUTE;
  return {
    characters,
    cjkCharacters,
    paragraphs,
    readingMinutes: characters === 0 ? 0 : Math.max(1, Math.round(minutes)),
  };
}

function countSurrogatePairs(text: string): number {
  return text.match(/[\ud800-\udbff][\udc00-\udfff]/g)?.length ?? 0;
}
