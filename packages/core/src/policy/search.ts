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
/** Letters (Han among them), numbers and private-use characters make a word; a segment with none is a separator. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

let segmenter: Intl.Segmenter | null = null;

/** Case- and width-folded text, as every index stores it and every query is read. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** The Han runs and other words of a text, folded, in order. */
export function searchPieces(text: string): SearchPiece[] {
  // A line break always parts words and Han runs (UAX #29 breaks on both sides of it), so each
  // line is cut on its own: a rare character sends only its own line to the segmenter.
  const pieces: SearchPiece[] = [];
  for (const line of foldText(text).split("\n")) {
    for (const piece of commonPieces(line) ?? segmentedPieces(line)) pieces.push(piece);
  }
  return pieces;
}

/**
 * The longest span of a line the segmenter is given at once. V8's segment iterator pays for the whole text it was
 * given at every step, so a long line cost time in its square (80,000 characters 0.9 s, 120,000 past three minutes
 * in the static site's build of one Article: thirty-third round, docs/reliability.md).
 */
export const SEGMENT_SPAN = 2_000;

/**
 * Where a line may be cut for the segmenter without changing its pieces: after a space, an ideographic space or an
 * ideographic full stop before a unified ideograph, an ASCII letter or a digit (Unicode's word rules always break
 * there, and no rule looks across it), or between two unified ideographs (each is a word-like segment or part of one,
 * and a Han run is joined again across segments). Not other Han characters: `々` alone is no word-like segment, and
 * `々中` is one. The cut is made after the first character matched.
 */
const SEGMENT_CUT = /[ \u3000。\u3400-\u4dbf\u4e00-\u9fff](?=[\u3400-\u4dbf\u4e00-\u9fffa-z0-9])/g;

/** A line in spans of about `span` characters, each cut where `SEGMENT_CUT` allows (a span is longer when none does). */
function segmentSpans(folded: string, span: number): string[] {
  const spans: string[] = [];
  let start = 0;
  while (folded.length - start > span) {
    SEGMENT_CUT.lastIndex = start + span - 1;
    const cut = SEGMENT_CUT.exec(folded);
    if (!cut) break;
    const end = cut.index + cut[0].length;
    spans.push(folded.slice(start, end));
    start = end;
  }
  spans.push(folded.slice(start));
  return spans;
}

/**
 * The definition: word boundaries from `Intl.Segmenter` (Unicode's word rules, with a dictionary
 * for Chinese). Han runs are joined again across the dictionary's word boundaries. A long line is
 * given to the segmenter in spans (`SEGMENT_SPAN`), cut where the pieces are the same.
 */
export function segmentedPieces(folded: string, span = SEGMENT_SPAN): SearchPiece[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const pieces: SearchPiece[] = [];
  let run = "";
  const endRun = () => {
    if (run) pieces.push({ han: true, text: run });
    run = "";
  };
  // Span by span, each span's segments as the segmenter yields them (no array of them made): a Han run goes on
  // across a span's cut as it does across the dictionary's word boundaries.
  for (const spanText of segmentSpans(folded, span))
    for (const segment of segmenter.segment(spanText)) {
      // A segment the segmenter calls no word is a separator, unless it holds a letter, number or Han: ICU gives a
      // whole dictionary run (Han and kana) the word status of its last segment, so an emoji sequence or a combining
      // mark after `中国银行` made 中国 and 银行 no words, and whether they were depended on where a span was cut
      // (CI, session 56: `中中‍©`; `ア中中々̈`). A word of connectors alone (`__`) stays a word that parts nothing.
      if (!segment.isWordLike && !WORD_CHARACTER.test(segment.segment)) {
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

/*
 * The same pieces without the segmenter, for text made only of the characters news is written in:
 * common Han, ASCII letters and digits, spaces and punctuation. The segmenter's dictionary work on
 * Han is thrown away here (a run is joined whole), and for these characters Unicode's word rules
 * (UAX #29) come down to a few: letters, digits and `_` stick together; `.` `'` `‘` `’` join two
 * letters or two digits, `:` `·` two letters, `,` `;` two digits; everything else stands alone and
 * is no word. A text with any other character (kana, accented letters, combining marks, emoji,
 * rare Han such as 々) is left to the segmenter. Tested against it character class by class.
 */
const OTHER = 0;
const HAN_CHAR = 1;
const LETTER = 2;
const DIGIT = 3;
const CONNECTOR = 4; // `_` (ExtendNumLet)
const MID_LETTER = 5; // `:` `·`
const MID_NUMBER = 6; // `,` `;`
const MID_EITHER = 7; // `.` `'` `‘` `’` (MidNumLet, Single_Quote)
const UNCOMMON = 8;

let classes: Uint8Array | null = null;

function characterClasses(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(UNCOMMON);
  const set = (characters: string, value: number) => {
    for (const character of characters) table[character.charCodeAt(0)] = value;
  };
  // Spaces and the punctuation and symbols of Chinese news after folding, none part of a word.
  set(' \t\n\r\f\v!"#$%&()*+-/<=>?@[\\]^`{|}~', OTHER);
  set("¢£¥§©«¬®°±¶»×÷", OTHER);
  set("‐‒–—―‖“”„‟†‡•‰′‹›※€", OTHER);
  set("←↑→↓√∞∶≈≠≤≥■□▲△▼▽◆◇○◎●★☆", OTHER);
  set("、。〃〈〉《》「」『』【】〒〓〔〕〖〗〘〙〚〛〜〝〞〟", OTHER);
  for (let c = 0x61; c <= 0x7a; c++) table[c] = LETTER;
  for (let c = 0x30; c <= 0x39; c++) table[c] = DIGIT;
  set("_", CONNECTOR);
  set(":·", MID_LETTER);
  set(",;", MID_NUMBER);
  set(".'‘’", MID_EITHER);
  // CJK Unified Ideographs and Extension A: every one is a dictionary word character.
  table.fill(HAN_CHAR, 0x3400, 0x4dc0);
  table.fill(HAN_CHAR, 0x4e00, 0xa000);
  return table;
}

/** Whether `middle` between characters of classes `before` and `after` keeps them in one word. */
function joins(before: number, middle: number, after: number): boolean {
  if (before === LETTER && after === LETTER) return middle === MID_LETTER || middle === MID_EITHER;
  if (before === DIGIT && after === DIGIT) return middle === MID_NUMBER || middle === MID_EITHER;
  return false;
}

const inWord = (type: number) => type === LETTER || type === DIGIT || type === CONNECTOR;

/** `segmentedPieces` for common text, or null when the text has a character it does not cover. */
function commonPieces(folded: string): SearchPiece[] | null {
  classes ??= characterClasses();
  const table = classes;
  const pieces: SearchPiece[] = [];
  // The current Han run: `run` holds what came before a word that parts nothing, `runStart` where
  // its latest stretch of Han began.
  let run = "";
  let runStart = -1;
  const pauseRun = (at: number) => {
    if (runStart >= 0) run += folded.slice(runStart, at);
    runStart = -1;
  };
  const endRun = (at: number) => {
    pauseRun(at);
    if (run) pieces.push({ han: true, text: run });
    run = "";
  };
  const length = folded.length;
  let i = 0;
  while (i < length) {
    const type = table[folded.charCodeAt(i)]!;
    if (type === HAN_CHAR) {
      if (runStart < 0) runStart = i;
      i++;
    } else if (inWord(type)) {
      const start = i;
      let wordly = type !== CONNECTOR;
      let previous = type;
      i++;
      while (i < length) {
        const next = table[folded.charCodeAt(i)]!;
        if (inWord(next)) {
          if (next !== CONNECTOR) wordly = true;
          previous = next;
          i++;
        } else if (next >= MID_LETTER && next <= MID_EITHER && i + 1 < length) {
          const after = table[folded.charCodeAt(i + 1)]!;
          if (!joins(previous, next, after)) break;
          previous = after;
          i += 2;
        } else {
          break;
        }
      }
      if (wordly) {
        endRun(start);
        pieces.push({ han: false, text: folded.slice(start, i) });
      } else if (i - start === 1) {
        // A lone `_` is no word and parts Han runs; `__` is a word of no letters and parts nothing.
        endRun(start);
      } else {
        pauseRun(start);
      }
    } else if (type === UNCOMMON) {
      return null;
    } else {
      endRun(i);
      i++;
    }
  }
  endRun(length);
  return pieces;
}

/** Overlapping pairs of neighbouring characters of a Han run (none for a run of one). */
export function hanBigrams(run: string): string[] {
  const grams: string[] = [];
  if (!SURROGATE.test(run)) {
    for (let i = 0; i + 1 < run.length; i++) grams.push(run.slice(i, i + 2));
    return grams;
  }
  const characters = Array.from(run);
  for (let i = 0; i + 1 < characters.length; i++) grams.push(characters[i]! + characters[i + 1]!);
  return grams;
}

const SURROGATE = /[\ud800-\udfff]/;
