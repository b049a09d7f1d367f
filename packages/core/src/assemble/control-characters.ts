import { ASSEMBLE_CONTROL_CHARACTERS_PATTERNS } from "@caixun/core/text/rule-patterns";
import type { Article } from "../article.js";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { setOwn } from "./own-property.js";

/**
 * The patterns below are compiled from their literals (`ASSEMBLE_CONTROL_CHARACTERS_PATTERNS`, `text/rule-patterns.ts`) when a function that reads
 * one is first called: a Worker reads the literals from its static assets before any parse instead of carrying them in
 * its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag once per call.
 */
let assembleControlCharactersPatternsCompiled = false;
/**
 * Control characters no text field of an Article carries: C0 except tab and line feed, DEL and C1.
 * Decoding drops them from the file, but entities (`&#27;`, `&#x9b;`) and front-matter escapes
 * (`"\e"`) bring them back; in a terminal, `ESC ] … BEL` or a CSI sequence in a title would
 * rewrite the screen. The bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) go too: no Chinese story needs them, and one in a title or a file name shows its
 * characters in another order than they are stored (`‮txt.exe` reads `exe.txt`).
 */
let CONTROL: RegExp;
let CONTROL_ALL: RegExp;
/**
 * A run of direction marks (LRM U+200E, RLM U+200F, ALM U+061C) and what stands either side of it. A
 * mark is needed only beside right-to-left letters (Hebrew, Arabic and their kin, `RIGHT_TO_LEFT`);
 * elsewhere it only hides a difference between two strings that read the same. The decision looks at
 * the run's neighbours alone, so a block and the `text` and `html` that join blocks with separators
 * and markup (none of them a mark or a right-to-left letter) keep the same marks.
 */
let MARKS: RegExp;
let RIGHT_TO_LEFT: RegExp;
let HAS_MARK: RegExp;
/** Either a control character, a direction mark or a surrogate (paired or not): the one test most text passes. */
let SUSPECT: RegExp;

/** Compiles `ASSEMBLE_CONTROL_CHARACTERS_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileAssembleControlCharactersPatterns(): void {
  [CONTROL, CONTROL_ALL, MARKS, RIGHT_TO_LEFT, HAS_MARK, SUSPECT] = ASSEMBLE_CONTROL_CHARACTERS_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<6>;
  assembleControlCharactersPatternsCompiled = true;
}

/**
 * The text without control characters, bidirectional controls and direction marks not beside a
 * right-to-left letter, and with U+FFFD for each lone surrogate (as a UTF-8 encoder writes it).
 */
export function withoutControlCharacters(text: string): string {
  if (!assembleControlCharactersPatternsCompiled) compileAssembleControlCharactersPatterns();
  if (!SUSPECT.test(text)) return text;
  const clean = CONTROL.test(text) ? text.replace(CONTROL_ALL, "") : text;
  const unmarked = HAS_MARK.test(clean) ? withoutIdleMarks(clean) : clean;
  return withoutLoneSurrogates(unmarked);
}

/** Direction marks kept only where a right-to-left letter stands next to their run. */
function withoutIdleMarks(text: string): string {
  if (!assembleControlCharactersPatternsCompiled) compileAssembleControlCharactersPatterns();
  return text.replace(MARKS, (_run, before: string, marks: string, after: string) =>
    RIGHT_TO_LEFT.test(before) || RIGHT_TO_LEFT.test(after) ? before + marks : before,
  );
}

/**
 * A surrogate without its pair becomes U+FFFD. JSON and YAML escapes (`"\ud800"`) bring them in; a
 * string holding one has no UTF-8 form, so written out it would be invalid UTF-8 or silently changed.
 */
function withoutLoneSurrogates(text: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += `${text.slice(copied, i)}\uFFFD`;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Keys found clean: every Article repeats the same few dozen (`id`, `text`, a block's `type`), and
 * looking one up costs less than testing it again. Bounded, so that the keys of `extra` in a long
 * run cannot grow it without end.
 */
const CLEAN_KEYS = new Set<string>();
const CLEAN_KEYS_KEPT = 4096;

function cleanKeyOf(key: string): string {
  if (CLEAN_KEYS.has(key)) return key;
  const clean = withoutControlCharacters(key);
  if (clean === key && CLEAN_KEYS.size < CLEAN_KEYS_KEPT) CLEAN_KEYS.add(key);
  return clean;
}

/**
 * Removes control characters and lone surrogates from every string of an Article made by `assemble` or
 * `salvage` (object keys included, `extra`'s too), in place, and returns it; iterative, so a deep `extra`
 * cannot overflow the stack. Its body is read once, not three times (blocks, `text`, `html`): both
 * renderings hold nothing but the blocks' strings between separators and markup that are neither a
 * control character nor a surrogate (`text` is `plainText(blocks)`; `html` is `renderHtml(blocks)`, whose
 * escapes replace only `&<>"'` and whose image URLs `safeUrl` scrubs itself), so when no other string of
 * the Article changes, no block's string held one, and neither rendering does. Else they are scrubbed too.
 */
export function scrubArticle(article: Article): Article {
  if (scrubAllButRenderings(article)) {
    article.text = withoutControlCharacters(article.text);
    article.html = withoutControlCharacters(article.html);
  }
  return article;
}

/** Scrubs the Article in place but for its `text` and `html`; true when any string or key changed. */
function scrubAllButRenderings(article: Article): boolean {
  let changed = false;
  const stack: unknown[] = [article];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === "string") {
          // Nearly every string is clean: only a changed one is written back.
          const clean = withoutControlCharacters(item);
          if (clean !== item) {
            node[i] = clean;
            changed = true;
          }
        } else if (item !== null && typeof item === "object") stack.push(item);
      }
    } else if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (node === article && (key === "text" || key === "html")) continue;
        const item = record[key];
        const cleanKey = cleanKeyOf(key);
        if (cleanKey !== key) {
          changed = true;
          delete record[key];
          // Two keys that differ only by control characters: the first one stays.
          if (Object.hasOwn(record, cleanKey)) continue;
        }
        if (typeof item === "string") {
          const clean = withoutControlCharacters(item);
          if (clean !== item) changed = true;
          if (clean !== item || cleanKey !== key) setOwn(record, cleanKey, clean);
        } else {
          if (cleanKey !== key) setOwn(record, cleanKey, item);
          if (item !== null && typeof item === "object") stack.push(item);
        }
      }
    }
  }
  return changed;
}
