import {
  BETWEEN_STATEMENTS,
  DIALECT_SAMPLE,
  type ReaderState,
  type Skip,
  SqlDumpLexer,
  type SqlItem,
} from "./sql.js";

/** A step's start, to go back to when the step needs text that has not come yet. */
interface Mark {
  pos: number;
  lineCount: number;
  countedTo: number;
  cut: boolean;
  state: ReaderState;
}

/**
 * A dump read a piece of text at a time, with `SqlDumpLexer`'s steps. A step that reaches the end of
 * the text before the input ends is taken back and tried again once the text after its start has
 * doubled, so each character is read a bounded number of times; what the reader holds is the text
 * from the start of the step it is on, so its memory is bounded by the longest row, not by the dump.
 * A row or statement longer than `maxChars` is skipped to its end (strings and parentheses followed,
 * nothing kept) and given as `oversized`.
 */
export class SqlRowReader extends SqlDumpLexer {
  private final = false;
  /** How long the text after the step's start must be before the step is tried again. */
  private retryAt = 0;

  constructor(private readonly maxChars: number) {
    super();
  }

  /** The items this piece of text completes; `final` when it is the end of the dump. */
  push(piece: string, final = false): SqlItem[] {
    if (this.pos > 0) {
      // The text before the step the reader is on is read: its lines are counted, and it goes.
      this.line(this.pos);
      this.text = this.text.slice(this.pos);
      this.countedTo -= this.pos;
      this.pos = 0;
    }
    this.text += piece;
    this.final ||= final;
    if (this.backslashes === null) {
      if (this.text.length < DIALECT_SAMPLE && !this.final) return [];
      this.readHeader(this.text.slice(0, DIALECT_SAMPLE));
    }
    if (!this.final && this.text.length < this.retryAt) return [];
    return this.readPieces();
  }

  private readPieces(): SqlItem[] {
    const items: SqlItem[] = [];
    this.retryAt = 0;
    for (;;) {
      if (this.state.in === "skip") {
        if (!this.skip(this.state)) break;
        continue;
      }
      // The space and comments before a step are passed first: they are no part of its length (a
      // comment is kept whole until it ends, however long: dumps' comments are a line or a few).
      if (this.state.in !== "copy") {
        const from = this.pos;
        this.skipSpace();
        if (!this.final && this.pos >= this.text.length) {
          this.pos = from;
          this.retryAt = 2 * (this.text.length - from);
          break;
        }
      }
      const mark: Mark = {
        pos: this.pos,
        lineCount: this.lineCount,
        countedTo: this.countedTo,
        cut: this.cut,
        state: this.state,
      };
      this.stepItems = [];
      const more = this.step();
      // A step that ran into the end of the text may be cut by it: it is read again with more text.
      if (!this.final && this.pos >= this.text.length) {
        this.restore(mark);
        if (this.waitFor(items)) break;
        continue;
      }
      // A step longer than the reader keeps is skipped, whether or not its text all came at once.
      if (this.pos - mark.pos > this.maxChars) {
        this.restore(mark);
        this.startSkip(items);
        continue;
      }
      items.push(...this.stepItems);
      if (!more) break;
    }
    return items;
  }

  /**
   * The text from the cursor on is not all of what the reader is on: true when it waits for the text
   * to double, false when what it is on is already longer than it keeps (it is skipped from here).
   */
  private waitFor(items: SqlItem[]): boolean {
    const waiting = this.text.length - this.pos;
    if (waiting > this.maxChars) {
      this.startSkip(items);
      return false;
    }
    this.retryAt = 2 * waiting;
    return true;
  }

  private restore(mark: Mark): void {
    this.pos = mark.pos;
    this.lineCount = mark.lineCount;
    this.countedTo = mark.countedTo;
    this.cut = mark.cut;
    this.state = mark.state;
  }

  /** The step the reader is on is longer than it keeps: it is reported, and skipped to its end. */
  private startSkip(items: SqlItem[]): void {
    const { state } = this;
    const to = state.in === "values" ? "tuple" : state.in === "copy" ? "line" : "statement";
    // The line reported is the row's or the statement's own, after the space and comments before it.
    if (state.in !== "copy") this.skipSpace();
    if (state.in === "values") {
      if (state.afterSkipped && this.text[this.pos] === ",") {
        this.pos++;
        this.skipSpace();
      }
    }
    items.push({ oversized: { line: this.line(this.pos), statement: to === "statement" } });
    const skip: Skip = { to, depth: 0, quote: "", escaped: false, quoteClosed: false };
    const then: ReaderState =
      state.in === "values"
        ? { ...state, afterSkipped: true }
        : state.in === "copy"
          ? state
          : BETWEEN_STATEMENTS;
    this.state = { in: "skip", skip, then };
  }

  /**
   * Skips on through the text, keeping nothing: true when what was skipped ended (the reader goes on
   * after it), false when the text ended first (the skip goes on with the next piece).
   */
  private skip(state: Extract<ReaderState, { in: "skip" }>): boolean {
    const { text } = this;
    const s = state.skip;
    const backslashes = this.backslashes === true;
    let pos = this.pos;
    let done = false;
    for (; pos < text.length && !done; pos++) {
      const c = text[pos]!;
      if (s.quoteClosed) {
        s.quoteClosed = false;
        // A doubled quote is one quote, and the string goes on.
        if (c === s.quote) continue;
        s.quote = "";
      }
      if (s.to === "line") done = c === "\n";
      else if (s.quote !== "") {
        if (s.escaped) s.escaped = false;
        else if (c === "\\" && backslashes && s.quote !== "`") s.escaped = true;
        else if (c === s.quote) s.quoteClosed = true;
      } else if (c === "'" || c === '"' || c === "`") s.quote = c;
      else if (c === "(") s.depth++;
      else if (c === ")") {
        s.depth--;
        done = s.to === "tuple" && s.depth <= 0;
      } else if (c === ";") done = s.to === "statement" && s.depth <= 0;
    }
    this.line(pos);
    this.pos = pos;
    if (done) {
      this.state = state.then;
      return true;
    }
    // At the end of the dump, what is being skipped ends with it.
    if (this.final) this.state = state.then;
    return false;
  }
}
