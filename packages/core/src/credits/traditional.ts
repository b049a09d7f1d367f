/**
 * Credit labels in Traditional characters (`來源：`, `責任編輯：`, `記者…報導`, a dateline's `15日電`), as Taiwan's and Hong Kong's outlets
 * and traditional-script copies write them: the credit grammar is written in Simplified forms, so a line's label words
 * are read in those. Only the labels are folded, not the names after them (`（來源：聯合報）` names 聯合報; a label word
 * inside a name is folded with the labels — a photo credit's lone `攝` is read wherever it stands), and
 * each character maps to one, so offsets in the folded line are offsets in the original. A line that writes a label in
 * Simplified characters is in Simplified script and read as written: a Traditional character there belongs to a name
 * (`二审 | 攝一一` names 攝一一).
 */

import { CREDITS_TRADITIONAL_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";

/** Each Traditional character of a label, then its Simplified form. */
const LABEL_CHARS = "來来責责編编輯辑記记報报導导轉转載载處处譯译攝摄審审對对圖图於于電电訊讯";
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < LABEL_CHARS.length; i += 2) SIMPLIFIED.set(LABEL_CHARS[i]!, LABEL_CHARS[i + 1]!);

/**
 * The patterns below are compiled from their literals (`CREDITS_TRADITIONAL_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let creditsTraditionalPatternsCompiled = false;
/**
 * The label words the grammar reads, in Traditional characters. A paper's bracketed dateline closes on 訊 with no date
 * (Hong Kong's `【香港商報訊】`, `【大公報訊】`), or runs on into its reporter's bracket (`香港文匯報訊（記者 張聰 北京報道）`):
 * the 訊 before the closing or the opening bracket; `本報` before it is the paper's own mark (`【本報訊】`, naming no
 * paper), as `本报` is.
 */
let LABEL_WORD: RegExp;
/** A character only Traditional script writes that every label holds: most lines have none, and are returned as they are. */
let LABEL_CHAR: RegExp;
/** A character only Simplified script writes that a label the grammar reads holds (`审` of `二审`, `签发`, `编辑`). */
let SIMPLIFIED_LABEL_CHAR: RegExp;

/** Compiles `CREDITS_TRADITIONAL_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileCreditsTraditionalPatterns(): void {
  [LABEL_WORD, LABEL_CHAR, SIMPLIFIED_LABEL_CHAR] = CREDITS_TRADITIONAL_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<3>;
  creditsTraditionalPatternsCompiled = true;
}
/**
 * The line with its Traditional label words in Simplified forms; the same string when it has none. `within`: how many
 * characters from the line's start are looked at for a Traditional label (a credit line's labels open it, or stand
 * within its first clause), so that a long paragraph is not scanned to its end.
 */
export function foldCreditLabels(line: string, within = line.length): string {
  if (!creditsTraditionalPatternsCompiled) compileCreditsTraditionalPatterns();
  const head = within < line.length ? line.slice(0, within) : line;
  if (!LABEL_CHAR.test(head) || SIMPLIFIED_LABEL_CHAR.test(head)) return line;
  return line.replace(LABEL_WORD, (word) => word.replace(/./gu, (c) => SIMPLIFIED.get(c) ?? c));
}
