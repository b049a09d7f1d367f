/**
 * The search tokenizer, one for every index (the store's full-text columns, the static site's
 * sharded index), so a query is cut exactly the way the text was, wherever it is searched.
 *
 * Text is folded first (NFKC and lower case: full-width `ＣＰＩＣ` is `cpic`). Chinese has no spaces
 * and word segmenters disagree about where words end (中国太保 may be one word or two), so each run
 * of Han characters is one piece, which an index cuts into overlapping character pairs
 * (`hanBigrams`): every query of two or more characters is then found wherever it occurs. Other
 * scripts (tickers, numbers, Latin words) are cut into words by `Intl.Segmenter`.
 */

/** A piece of text as an index sees it: a run of Han characters, or a word of any other script. */
export interface SearchPiece {
  han: boolean;
  text: string;
}

const HAN_RUN = /(\p{Script=Han}+)/u;
const HAN = /^\p{Script=Han}+$/u;
/** Letters, numbers and private-use characters make a word; a piece with none is a separator. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

let segmenter: Intl.Segmenter | null = null;

/** Case- and width-folded text, as every index stores it and every query is read. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** The Han runs and other words of a text, folded, in order. */
export function searchPieces(text: string): SearchPiece[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const pieces: SearchPiece[] = [];
  let run = "";
  const endRun = () => {
    if (run) pieces.push({ han: true, text: run });
    run = "";
  };
  for (const segment of segmenter.segment(foldText(text))) {
    if (!segment.isWordLike) {
      endRun();
      continue;
    }
    // Segmenter words can mix scripts (`a股`); Han parts continue the current run, others end it.
    for (const part of segment.segment.split(HAN_RUN)) {
      if (!part) continue;
      if (HAN.test(part)) {
        run += part;
      } else if (WORD_CHARACTER.test(part)) {
        endRun();
        pieces.push({ han: false, text: part });
      }
    }
  }
  endRun();
  return pieces;
}

/** Overlapping pairs of neighbouring characters of a Han run (none for a run of one). */
export function hanBigrams(run: string): string[] {
  const characters = Array.from(run);
  const grams: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) grams.push(characters[i]! + characters[i + 1]!);
  return grams;
}
