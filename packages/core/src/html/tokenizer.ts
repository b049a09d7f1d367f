/**
 * HTML's tokens — text, tags and their attributes, comments, declarations — from one string:
 * htmlparser2 10's tokenizer (MIT, © Chris Winberry, Felix Böhm), ported for HTML alone and one
 * input at a time, with character references read by core's table (`text/entities.ts`) instead of
 * the `entities` package's trie. A state machine that looks at each character once (a reference
 * reads at most 32 ahead); callbacks get offsets into the input.
 */
import { readReference } from "../text/entities.js";
import {
  AFTER_ATTRIBUTE_NAME,
  AFTER_CLOSING_TAG_NAME,
  AMP,
  BEFORE_ATTRIBUTE_NAME,
  BEFORE_ATTRIBUTE_VALUE,
  BEFORE_CLOSING_TAG_NAME,
  BEFORE_COMMENT,
  BEFORE_DECLARATION,
  BEFORE_SPECIAL_S,
  BEFORE_SPECIAL_T,
  BEFORE_TAG_NAME,
  CARRIAGE_RETURN,
  CDATA_SEQUENCE,
  DASH,
  DOUBLE_QUOTE,
  EQ,
  EXCLAMATION_MARK,
  FORM_FEED,
  GT,
  IN_ATTRIBUTE_NAME,
  IN_ATTRIBUTE_VALUE_DQ,
  IN_ATTRIBUTE_VALUE_NQ,
  IN_ATTRIBUTE_VALUE_SQ,
  IN_CLOSING_TAG_NAME,
  IN_COMMENT_LIKE,
  IN_DECLARATION,
  IN_PROCESSING_INSTRUCTION,
  IN_SELF_CLOSING_TAG,
  IN_SPECIAL_COMMENT,
  IN_SPECIAL_TAG,
  IN_TAG_NAME,
  IN_TEXT,
  LOWER_A,
  LOWER_Z,
  LT,
  NEW_LINE,
  OPENING_SQUARE_BRACKET,
  QUESTION_MARK,
  SINGLE_QUOTE,
  SLASH,
  SPACE,
  SPECIAL_START_SEQUENCE,
  TAB,
  UPPER_A,
  UPPER_Z,
} from "./tokenizer-codes.js";

function isWhitespace(c: number): boolean {
  return c === SPACE || c === NEW_LINE || c === TAB || c === FORM_FEED || c === CARRIAGE_RETURN;
}

function isEndOfTagSection(c: number): boolean {
  return c === SLASH || c === GT || isWhitespace(c);
}

function isASCIIAlpha(c: number): boolean {
  return (c >= LOWER_A && c <= LOWER_Z) || (c >= UPPER_A && c <= UPPER_Z);
}

export interface Callbacks {
  onattribdata(start: number, endIndex: number): void;
  onattribentity(value: string): void;
  onattribend(): void;
  onattribname(start: number, endIndex: number): void;
  oncdata(start: number, endIndex: number, endOffset: number): void;
  onclosetag(start: number, endIndex: number): void;
  oncomment(start: number, endIndex: number, endOffset: number): void;
  ondeclaration(start: number, endIndex: number): void;
  onend(): void;
  /** `endIndex` is the start tag's `>`. */
  onopentagend(endIndex: number): void;
  onopentagname(start: number, endIndex: number): void;
  onprocessinginstruction(start: number, endIndex: number): void;
  onselfclosingtag(endIndex: number): void;
  ontext(start: number, endIndex: number): void;
  ontextentity(value: string): void;
}

/**
 * The elements HTML reads raw text in, up to their end tag: the one list (the body stage closes their
 * self-closed forms by it, `withRawTextClosed`).
 */
export const RAW_TEXT_ELEMENTS = ["script", "style", "title", "textarea", "xmp"] as const;

/** A string's characters as the bytes a sequence is matched by (every sequence is ASCII). */
function asciiSequence(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** Each raw-text element's end sequence, `</script` …; `<script` … reuse theirs from the third character. */
const rawTextEnd = Object.fromEntries(
  RAW_TEXT_ELEMENTS.map((name) => [name, asciiSequence(`</${name}`)]),
) as Record<(typeof RAW_TEXT_ELEMENTS)[number], Uint8Array>;

/** Sequences matched a character at a time. */
const Sequences = {
  Cdata: asciiSequence("CDATA["),
  CdataEnd: asciiSequence("]]>"),
  CommentEnd: asciiSequence("-->"),
  ScriptEnd: rawTextEnd.script,
  StyleEnd: rawTextEnd.style,
  TitleEnd: rawTextEnd.title,
  TextareaEnd: rawTextEnd.textarea,
  XmpEnd: rawTextEnd.xmp,
};

/** The characters `lastBefore` stops at, each in its slot (`stopSlot`). */
const STOPS = ["<", "&", '"', "'"] as const;

/** The slot in `STOPS` of a stop's code: `<`, `&`, `"` or `'`. */
function stopSlot(code: number): number {
  return code === LT ? 0 : code === AMP ? 1 : code === DOUBLE_QUOTE ? 2 : 3;
}

export class Tokenizer {
  private state = IN_TEXT;
  private buffer = "";
  /** The beginning of the section that is currently being read. */
  private sectionStart = 0;
  private index = 0;
  /** Inside `<script>`, `<style>`, `<title>`, `<textarea>` or `<xmp>`: raw text up to its end tag. */
  private isSpecial = false;
  private currentSequence: Uint8Array = Sequences.CommentEnd;
  private sequenceIndex = 0;
  /**
   * For each character `lastBefore` stops at (`stopSlot`), the index it was last searched for from and
   * the index it was found at (the buffer's length when it was not, -1 before any search): a search
   * from between the two has the same answer. So the buffer is read for each stop about once, by
   * `indexOf`'s native search, where reading every character of text and attribute values with
   * `charCodeAt` cost some ten instructions each; and the next `&`, often far off or absent, is not
   * searched for again at every text.
   */
  private readonly searchedFrom = new Int32Array(STOPS.length);
  private readonly foundAt = new Int32Array(STOPS.length).fill(-1);

  constructor(private readonly cbs: Callbacks) {}

  /** Reads all of `html`, then ends (whatever is left open is text, or an unfinished tag dropped). */
  run(html: string): void {
    this.buffer = html;
    this.searchedFrom.fill(0);
    this.foundAt.fill(-1);
    this.parse();
    this.handleTrailingData();
    this.cbs.onend();
  }

  private stateText(c: number): void {
    if (c === LT) {
      if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index);
      this.state = BEFORE_TAG_NAME;
      this.sectionStart = this.index;
    } else if (c === AMP) {
      this.readReference(false);
    } else {
      this.index = this.lastBefore(LT, AMP);
    }
  }

  /**
   * The index of the last character before the next `stop` or `alsoStop` (or before the end): the
   * characters a state ignores, skipped in one step rather than one state call each (text and
   * attribute values are most of a page), found by `nextStop`. `parse` goes on from the one after.
   */
  private lastBefore(stop: number, alsoStop: number): number {
    const from = this.index + 1;
    return Math.min(this.nextStop(stopSlot(stop), from), this.nextStop(stopSlot(alsoStop), from)) - 1;
  }

  /** The index of the first of the stop `STOPS[slot]` at or after `from`; the buffer's length when there is none. */
  private nextStop(slot: number, from: number): number {
    const found = this.foundAt[slot]!;
    if (this.searchedFrom[slot]! <= from && from <= found) return found;
    const at = this.buffer.indexOf(STOPS[slot]!, from);
    const next = at === -1 ? this.buffer.length : at;
    this.searchedFrom[slot] = from;
    this.foundAt[slot] = next;
    return next;
  }

  private stateSpecialStartSequence(c: number): void {
    const isEnd = this.sequenceIndex === this.currentSequence.length;
    // At the end of the sequence the tag name must end; before it, compare case-insensitively.
    const isMatch = isEnd ? isEndOfTagSection(c) : (c | 0x20) === this.currentSequence[this.sequenceIndex];
    if (!isMatch) {
      this.isSpecial = false;
    } else if (!isEnd) {
      this.sequenceIndex++;
      return;
    }
    this.sequenceIndex = 0;
    this.state = IN_TAG_NAME;
    this.stateInTagName(c);
  }

  /** Looks for the end tag; inside `<title>`, character references are read too. */
  private stateInSpecialTag(c: number): void {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (c === GT || isWhitespace(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) this.cbs.ontext(this.sectionStart, endOfText);
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 0x20) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd) {
        if (c === AMP) this.readReference(false);
      } else if (this.fastForwardTo(LT)) {
        this.sequenceIndex = 1;
      }
    } else {
      // A `<` starts the sequence again (`<</script>`).
      this.sequenceIndex = Number(c === LT);
    }
  }

  private stateCDATASequence(c: number): void {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = IN_COMMENT_LIKE;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = IN_DECLARATION;
      this.stateInDeclaration(c);
    }
  }

  /** Skips to the next `c`; whether there is one (else the index is at the last character). */
  private fastForwardTo(c: number): boolean {
    while (++this.index < this.buffer.length) {
      if (this.buffer.charCodeAt(this.index) === c) return true;
    }
    // `parse` increments the index after each state.
    this.index = this.buffer.length - 1;
    return false;
  }

  /** Comments and CDATA: up to `-->` or `]]>` (longer runs of `-` or `]` before `>` too). */
  private stateInCommentLike(c: number): void {
    if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) this.cbs.oncdata(this.sectionStart, this.index, 2);
        else this.cbs.oncomment(this.sectionStart, this.index, 2);
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = IN_TEXT;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0]!)) this.sequenceIndex = 1;
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }

  private startSpecial(sequence: Uint8Array, offset: number): void {
    this.isSpecial = true;
    this.currentSequence = sequence;
    this.sequenceIndex = offset;
    this.state = SPECIAL_START_SEQUENCE;
  }

  private stateBeforeTagName(c: number): void {
    if (c === EXCLAMATION_MARK) {
      this.state = BEFORE_DECLARATION;
      this.sectionStart = this.index + 1;
    } else if (c === QUESTION_MARK) {
      this.state = IN_PROCESSING_INSTRUCTION;
      this.sectionStart = this.index + 1;
    } else if (isASCIIAlpha(c)) {
      const lower = c | 0x20;
      this.sectionStart = this.index;
      if (lower === Sequences.ScriptEnd[2]) this.state = BEFORE_SPECIAL_S;
      else if (lower === Sequences.TitleEnd[2] || lower === Sequences.XmpEnd[2])
        this.state = BEFORE_SPECIAL_T;
      else this.state = IN_TAG_NAME;
    } else if (c === SLASH) {
      this.state = BEFORE_CLOSING_TAG_NAME;
    } else {
      this.state = IN_TEXT;
      this.stateText(c);
    }
  }

  private stateInTagName(c: number): void {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateBeforeClosingTagName(c: number): void {
    if (isWhitespace(c)) return;
    if (c === GT) {
      this.state = IN_TEXT;
    } else {
      this.state = isASCIIAlpha(c) ? IN_CLOSING_TAG_NAME : IN_SPECIAL_COMMENT;
      this.sectionStart = this.index;
    }
  }

  private stateInClosingTagName(c: number): void {
    if (c === GT || isWhitespace(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = AFTER_CLOSING_TAG_NAME;
      this.stateAfterClosingTagName(c);
    }
  }

  private stateAfterClosingTagName(c: number): void {
    if (c === GT || this.fastForwardTo(GT)) {
      this.state = IN_TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeAttributeName(c: number): void {
    if (c === GT) {
      this.cbs.onopentagend(this.index);
      if (this.isSpecial) {
        this.state = IN_SPECIAL_TAG;
        this.sequenceIndex = 0;
      } else {
        this.state = IN_TEXT;
      }
      this.sectionStart = this.index + 1;
    } else if (c === SLASH) {
      this.state = IN_SELF_CLOSING_TAG;
    } else if (!isWhitespace(c)) {
      this.state = IN_ATTRIBUTE_NAME;
      this.sectionStart = this.index;
    }
  }

  private stateInSelfClosingTag(c: number): void {
    if (c === GT) {
      this.cbs.onselfclosingtag(this.index);
      this.state = IN_TEXT;
      this.sectionStart = this.index + 1;
      // A self-closing special tag (`<script/>`) opens no raw text.
      this.isSpecial = false;
    } else if (!isWhitespace(c)) {
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateInAttributeName(c: number): void {
    if (c === EQ || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = AFTER_ATTRIBUTE_NAME;
      this.stateAfterAttributeName(c);
    }
  }

  private stateAfterAttributeName(c: number): void {
    if (c === EQ) {
      this.state = BEFORE_ATTRIBUTE_VALUE;
    } else if (c === SLASH || c === GT) {
      this.cbs.onattribend();
      this.sectionStart = -1;
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend();
      this.state = IN_ATTRIBUTE_NAME;
      this.sectionStart = this.index;
    }
  }

  private stateBeforeAttributeValue(c: number): void {
    if (c === DOUBLE_QUOTE) {
      this.state = IN_ATTRIBUTE_VALUE_DQ;
      this.sectionStart = this.index + 1;
    } else if (c === SINGLE_QUOTE) {
      this.state = IN_ATTRIBUTE_VALUE_SQ;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = IN_ATTRIBUTE_VALUE_NQ;
      this.stateInAttributeValueNoQuotes(c);
    }
  }

  private handleInAttributeValue(c: number, quote: number): void {
    if (c === quote) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend();
      this.state = BEFORE_ATTRIBUTE_NAME;
    } else if (c === AMP) {
      this.readReference(true);
    } else {
      this.index = this.lastBefore(quote, AMP);
    }
  }

  private stateInAttributeValueNoQuotes(c: number): void {
    if (isWhitespace(c) || c === GT) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend();
      this.state = BEFORE_ATTRIBUTE_NAME;
      this.stateBeforeAttributeName(c);
    } else if (c === AMP) {
      this.readReference(true);
    }
  }

  private stateBeforeDeclaration(c: number): void {
    if (c === OPENING_SQUARE_BRACKET) {
      this.state = CDATA_SEQUENCE;
      this.sequenceIndex = 0;
    } else {
      this.state = c === DASH ? BEFORE_COMMENT : IN_DECLARATION;
    }
  }

  private stateInDeclaration(c: number): void {
    if (c === GT || this.fastForwardTo(GT)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = IN_TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateInProcessingInstruction(c: number): void {
    if (c === GT || this.fastForwardTo(GT)) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index);
      this.state = IN_TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeComment(c: number): void {
    if (c === DASH) {
      this.state = IN_COMMENT_LIKE;
      this.currentSequence = Sequences.CommentEnd;
      // Short comments (`<!-->`) end at once.
      this.sequenceIndex = 2;
      this.sectionStart = this.index + 1;
    } else {
      this.state = IN_DECLARATION;
    }
  }

  private stateInSpecialComment(c: number): void {
    if (c === GT || this.fastForwardTo(GT)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = IN_TEXT;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeSpecialS(c: number): void {
    const lower = c | 0x20;
    if (lower === Sequences.ScriptEnd[3]) {
      this.startSpecial(Sequences.ScriptEnd, 4);
    } else if (lower === Sequences.StyleEnd[3]) {
      this.startSpecial(Sequences.StyleEnd, 4);
    } else {
      this.state = IN_TAG_NAME;
      this.stateInTagName(c);
    }
  }

  private stateBeforeSpecialT(c: number): void {
    const lower = c | 0x20;
    if (lower === Sequences.TitleEnd[3]) {
      this.startSpecial(Sequences.TitleEnd, 4);
    } else if (lower === Sequences.TextareaEnd[3]) {
      this.startSpecial(Sequences.TextareaEnd, 4);
    } else if (lower === Sequences.XmpEnd[3]) {
      this.startSpecial(Sequences.XmpEnd, 4);
    } else {
      this.state = IN_TAG_NAME;
      this.stateInTagName(c);
    }
  }

  /**
   * The character reference at the `&` under the index: its characters reported, and reading
   * goes on after it; when it is none, the `&` stays in the text or attribute value.
   */
  private readReference(inAttribute: boolean): void {
    const entityStart = this.index;
    const reference = readReference(this.buffer, entityStart, inAttribute);
    if (reference === null) return;
    if (inAttribute) {
      if (this.sectionStart < entityStart) this.cbs.onattribdata(this.sectionStart, entityStart);
      this.cbs.onattribentity(reference.value);
    } else {
      if (this.sectionStart < entityStart) this.cbs.ontext(this.sectionStart, entityStart);
      this.cbs.ontextentity(reference.value);
    }
    this.sectionStart = entityStart + reference.length;
    this.index = this.sectionStart - 1;
  }

  /** Emits the text or attribute value read so far at the end of the input. */
  private cleanup(): void {
    if (this.sectionStart !== this.index) {
      if (this.state === IN_TEXT || (this.state === IN_SPECIAL_TAG && this.sequenceIndex === 0)) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (
        this.state === IN_ATTRIBUTE_VALUE_DQ ||
        this.state === IN_ATTRIBUTE_VALUE_SQ ||
        this.state === IN_ATTRIBUTE_VALUE_NQ
      ) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }

  private parse(): void {
    while (this.index < this.buffer.length) {
      const c = this.buffer.charCodeAt(this.index);
      switch (this.state) {
        case IN_TEXT:
          this.stateText(c);
          break;
        case SPECIAL_START_SEQUENCE:
          this.stateSpecialStartSequence(c);
          break;
        case IN_SPECIAL_TAG:
          this.stateInSpecialTag(c);
          break;
        case CDATA_SEQUENCE:
          this.stateCDATASequence(c);
          break;
        case IN_ATTRIBUTE_VALUE_DQ:
          this.handleInAttributeValue(c, DOUBLE_QUOTE);
          break;
        case IN_ATTRIBUTE_NAME:
          this.stateInAttributeName(c);
          break;
        case IN_COMMENT_LIKE:
          this.stateInCommentLike(c);
          break;
        case IN_SPECIAL_COMMENT:
          this.stateInSpecialComment(c);
          break;
        case BEFORE_ATTRIBUTE_NAME:
          this.stateBeforeAttributeName(c);
          break;
        case IN_TAG_NAME:
          this.stateInTagName(c);
          break;
        case IN_CLOSING_TAG_NAME:
          this.stateInClosingTagName(c);
          break;
        case BEFORE_TAG_NAME:
          this.stateBeforeTagName(c);
          break;
        case AFTER_ATTRIBUTE_NAME:
          this.stateAfterAttributeName(c);
          break;
        case IN_ATTRIBUTE_VALUE_SQ:
          this.handleInAttributeValue(c, SINGLE_QUOTE);
          break;
        case BEFORE_ATTRIBUTE_VALUE:
          this.stateBeforeAttributeValue(c);
          break;
        case BEFORE_CLOSING_TAG_NAME:
          this.stateBeforeClosingTagName(c);
          break;
        case AFTER_CLOSING_TAG_NAME:
          this.stateAfterClosingTagName(c);
          break;
        case BEFORE_SPECIAL_S:
          this.stateBeforeSpecialS(c);
          break;
        case BEFORE_SPECIAL_T:
          this.stateBeforeSpecialT(c);
          break;
        case IN_ATTRIBUTE_VALUE_NQ:
          this.stateInAttributeValueNoQuotes(c);
          break;
        case IN_SELF_CLOSING_TAG:
          this.stateInSelfClosingTag(c);
          break;
        case IN_DECLARATION:
          this.stateInDeclaration(c);
          break;
        case BEFORE_DECLARATION:
          this.stateBeforeDeclaration(c);
          break;
        case BEFORE_COMMENT:
          this.stateBeforeComment(c);
          break;
        case IN_PROCESSING_INSTRUCTION:
          this.stateInProcessingInstruction(c);
          break;
      }
      this.index++;
    }
    this.cleanup();
  }

  /** What is left at the end: an unclosed comment or CDATA, or text; an unfinished tag is dropped. */
  private handleTrailingData(): void {
    const endIndex = this.buffer.length;
    if (this.sectionStart >= endIndex) return;
    if (this.state === IN_COMMENT_LIKE) {
      if (this.currentSequence === Sequences.CdataEnd) this.cbs.oncdata(this.sectionStart, endIndex, 0);
      else this.cbs.oncomment(this.sectionStart, endIndex, 0);
    } else if (
      this.state !== IN_TAG_NAME &&
      this.state !== BEFORE_ATTRIBUTE_NAME &&
      this.state !== BEFORE_ATTRIBUTE_VALUE &&
      this.state !== AFTER_ATTRIBUTE_NAME &&
      this.state !== IN_ATTRIBUTE_NAME &&
      this.state !== IN_ATTRIBUTE_VALUE_SQ &&
      this.state !== IN_ATTRIBUTE_VALUE_DQ &&
      this.state !== IN_ATTRIBUTE_VALUE_NQ &&
      this.state !== IN_CLOSING_TAG_NAME
    ) {
      this.cbs.ontext(this.sectionStart, endIndex);
    }
  }
}
