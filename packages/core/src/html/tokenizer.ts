/**
 * HTML's tokens — text, tags and their attributes, comments, declarations — from one string:
 * htmlparser2 10's tokenizer (MIT, © Chris Winberry, Felix Böhm), ported for HTML alone and one
 * input at a time, with character references read by core's table (`text/entities.ts`) instead of
 * the `entities` package's trie. A state machine that looks at each character once (a reference
 * reads at most 32 ahead); callbacks get offsets into the input.
 */
import { readReference } from "../text/entities.js";

enum Char {
  Tab = 0x9,
  NewLine = 0xa,
  FormFeed = 0xc,
  CarriageReturn = 0xd,
  Space = 0x20,
  ExclamationMark = 0x21,
  Amp = 0x26,
  SingleQuote = 0x27,
  DoubleQuote = 0x22,
  Dash = 0x2d,
  Slash = 0x2f,
  Lt = 0x3c,
  Eq = 0x3d,
  Gt = 0x3e,
  QuestionMark = 0x3f,
  UpperA = 0x41,
  LowerA = 0x61,
  UpperZ = 0x5a,
  LowerZ = 0x7a,
  OpeningSquareBracket = 0x5b,
}

enum State {
  Text = 1,
  BeforeTagName,
  InTagName,
  InSelfClosingTag,
  BeforeClosingTagName,
  InClosingTagName,
  AfterClosingTagName,
  BeforeAttributeName,
  InAttributeName,
  AfterAttributeName,
  BeforeAttributeValue,
  InAttributeValueDq,
  InAttributeValueSq,
  InAttributeValueNq,
  BeforeDeclaration,
  InDeclaration,
  InProcessingInstruction,
  BeforeComment,
  CDATASequence,
  InSpecialComment,
  InCommentLike,
  BeforeSpecialS,
  BeforeSpecialT,
  SpecialStartSequence,
  InSpecialTag,
}

function isWhitespace(c: number): boolean {
  return (
    c === Char.Space ||
    c === Char.NewLine ||
    c === Char.Tab ||
    c === Char.FormFeed ||
    c === Char.CarriageReturn
  );
}

function isEndOfTagSection(c: number): boolean {
  return c === Char.Slash || c === Char.Gt || isWhitespace(c);
}

function isASCIIAlpha(c: number): boolean {
  return (c >= Char.LowerA && c <= Char.LowerZ) || (c >= Char.UpperA && c <= Char.UpperZ);
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

export class Tokenizer {
  private state = State.Text;
  private buffer = "";
  /** The beginning of the section that is currently being read. */
  private sectionStart = 0;
  private index = 0;
  /** Inside `<script>`, `<style>`, `<title>`, `<textarea>` or `<xmp>`: raw text up to its end tag. */
  private isSpecial = false;
  private currentSequence: Uint8Array = Sequences.CommentEnd;
  private sequenceIndex = 0;

  constructor(private readonly cbs: Callbacks) {}

  /** Reads all of `html`, then ends (whatever is left open is text, or an unfinished tag dropped). */
  run(html: string): void {
    this.buffer = html;
    this.parse();
    this.handleTrailingData();
    this.cbs.onend();
  }

  private stateText(c: number): void {
    if (c === Char.Lt) {
      if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index);
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (c === Char.Amp) {
      this.readReference(false);
    } else {
      this.index = this.lastBefore(Char.Lt, Char.Amp);
    }
  }

  /**
   * The index of the last character before the next `stop` or `alsoStop` (or before the end): the
   * characters a state ignores, skipped in one tight loop rather than one state call each (text
   * and attribute values are most of a page). `parse` goes on from the one after.
   */
  private lastBefore(stop: number, alsoStop: number): number {
    const buffer = this.buffer;
    let index = this.index + 1;
    while (index < buffer.length) {
      const c = buffer.charCodeAt(index);
      if (c === stop || c === alsoStop) break;
      index++;
    }
    return index - 1;
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
    this.state = State.InTagName;
    this.stateInTagName(c);
  }

  /** Looks for the end tag; inside `<title>`, character references are read too. */
  private stateInSpecialTag(c: number): void {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (c === Char.Gt || isWhitespace(c)) {
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
        if (c === Char.Amp) this.readReference(false);
      } else if (this.fastForwardTo(Char.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      // A `<` starts the sequence again (`<</script>`).
      this.sequenceIndex = Number(c === Char.Lt);
    }
  }

  private stateCDATASequence(c: number): void {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = State.InDeclaration;
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
        this.state = State.Text;
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
    this.state = State.SpecialStartSequence;
  }

  private stateBeforeTagName(c: number): void {
    if (c === Char.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === Char.QuestionMark) {
      this.state = State.InProcessingInstruction;
      this.sectionStart = this.index + 1;
    } else if (isASCIIAlpha(c)) {
      const lower = c | 0x20;
      this.sectionStart = this.index;
      if (lower === Sequences.ScriptEnd[2]) this.state = State.BeforeSpecialS;
      else if (lower === Sequences.TitleEnd[2] || lower === Sequences.XmpEnd[2])
        this.state = State.BeforeSpecialT;
      else this.state = State.InTagName;
    } else if (c === Char.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }

  private stateInTagName(c: number): void {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateBeforeClosingTagName(c: number): void {
    if (isWhitespace(c)) return;
    if (c === Char.Gt) {
      this.state = State.Text;
    } else {
      this.state = isASCIIAlpha(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }

  private stateInClosingTagName(c: number): void {
    if (c === Char.Gt || isWhitespace(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }

  private stateAfterClosingTagName(c: number): void {
    if (c === Char.Gt || this.fastForwardTo(Char.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeAttributeName(c: number): void {
    if (c === Char.Gt) {
      this.cbs.onopentagend(this.index);
      if (this.isSpecial) {
        this.state = State.InSpecialTag;
        this.sequenceIndex = 0;
      } else {
        this.state = State.Text;
      }
      this.sectionStart = this.index + 1;
    } else if (c === Char.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }

  private stateInSelfClosingTag(c: number): void {
    if (c === Char.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
      // A self-closing special tag (`<script/>`) opens no raw text.
      this.isSpecial = false;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateInAttributeName(c: number): void {
    if (c === Char.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }

  private stateAfterAttributeName(c: number): void {
    if (c === Char.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === Char.Slash || c === Char.Gt) {
      this.cbs.onattribend();
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend();
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }

  private stateBeforeAttributeValue(c: number): void {
    if (c === Char.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === Char.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }

  private handleInAttributeValue(c: number, quote: number): void {
    if (c === quote) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend();
      this.state = State.BeforeAttributeName;
    } else if (c === Char.Amp) {
      this.readReference(true);
    } else {
      this.index = this.lastBefore(quote, Char.Amp);
    }
  }

  private stateInAttributeValueNoQuotes(c: number): void {
    if (isWhitespace(c) || c === Char.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend();
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (c === Char.Amp) {
      this.readReference(true);
    }
  }

  private stateBeforeDeclaration(c: number): void {
    if (c === Char.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else {
      this.state = c === Char.Dash ? State.BeforeComment : State.InDeclaration;
    }
  }

  private stateInDeclaration(c: number): void {
    if (c === Char.Gt || this.fastForwardTo(Char.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateInProcessingInstruction(c: number): void {
    if (c === Char.Gt || this.fastForwardTo(Char.Gt)) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeComment(c: number): void {
    if (c === Char.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      // Short comments (`<!-->`) end at once.
      this.sequenceIndex = 2;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InDeclaration;
    }
  }

  private stateInSpecialComment(c: number): void {
    if (c === Char.Gt || this.fastForwardTo(Char.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
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
      this.state = State.InTagName;
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
      this.state = State.InTagName;
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
      if (this.state === State.Text || (this.state === State.InSpecialTag && this.sequenceIndex === 0)) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (
        this.state === State.InAttributeValueDq ||
        this.state === State.InAttributeValueSq ||
        this.state === State.InAttributeValueNq
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
        case State.Text:
          this.stateText(c);
          break;
        case State.SpecialStartSequence:
          this.stateSpecialStartSequence(c);
          break;
        case State.InSpecialTag:
          this.stateInSpecialTag(c);
          break;
        case State.CDATASequence:
          this.stateCDATASequence(c);
          break;
        case State.InAttributeValueDq:
          this.handleInAttributeValue(c, Char.DoubleQuote);
          break;
        case State.InAttributeName:
          this.stateInAttributeName(c);
          break;
        case State.InCommentLike:
          this.stateInCommentLike(c);
          break;
        case State.InSpecialComment:
          this.stateInSpecialComment(c);
          break;
        case State.BeforeAttributeName:
          this.stateBeforeAttributeName(c);
          break;
        case State.InTagName:
          this.stateInTagName(c);
          break;
        case State.InClosingTagName:
          this.stateInClosingTagName(c);
          break;
        case State.BeforeTagName:
          this.stateBeforeTagName(c);
          break;
        case State.AfterAttributeName:
          this.stateAfterAttributeName(c);
          break;
        case State.InAttributeValueSq:
          this.handleInAttributeValue(c, Char.SingleQuote);
          break;
        case State.BeforeAttributeValue:
          this.stateBeforeAttributeValue(c);
          break;
        case State.BeforeClosingTagName:
          this.stateBeforeClosingTagName(c);
          break;
        case State.AfterClosingTagName:
          this.stateAfterClosingTagName(c);
          break;
        case State.BeforeSpecialS:
          this.stateBeforeSpecialS(c);
          break;
        case State.BeforeSpecialT:
          this.stateBeforeSpecialT(c);
          break;
        case State.InAttributeValueNq:
          this.stateInAttributeValueNoQuotes(c);
          break;
        case State.InSelfClosingTag:
          this.stateInSelfClosingTag(c);
          break;
        case State.InDeclaration:
          this.stateInDeclaration(c);
          break;
        case State.BeforeDeclaration:
          this.stateBeforeDeclaration(c);
          break;
        case State.BeforeComment:
          this.stateBeforeComment(c);
          break;
        case State.InProcessingInstruction:
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
    if (this.state === State.InCommentLike) {
      if (this.currentSequence === Sequences.CdataEnd) this.cbs.oncdata(this.sectionStart, endIndex, 0);
      else this.cbs.oncomment(this.sectionStart, endIndex, 0);
    } else if (
      this.state !== State.InTagName &&
      this.state !== State.BeforeAttributeName &&
      this.state !== State.BeforeAttributeValue &&
      this.state !== State.AfterAttributeName &&
      this.state !== State.InAttributeName &&
      this.state !== State.InAttributeValueSq &&
      this.state !== State.InAttributeValueDq &&
      this.state !== State.InAttributeValueNq &&
      this.state !== State.InClosingTagName
    ) {
      this.cbs.ontext(this.sectionStart, endIndex);
    }
  }
}
