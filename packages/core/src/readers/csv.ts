import { DEFAULT_MAPPING, isKnownKey, LABEL_KEYS } from "./mapping.js";

/**
 * CSV and TSV as scrapers write them (pandas' `to_csv`, Excel's exports): RFC 4180 read in one
 * forward pass that never throws. A cell in `"` may hold separators, line ends and doubled quotes
 * (`""` is one `"`); a quote inside an unquoted cell, or text after a closing quote, is kept as it is
 * written. The separator is judged from the header line (`CSV_SEPARATORS`).
 */

/** The separators a header line may use, in the order a tie is settled. */
export const CSV_SEPARATORS = [",", "\t", ";", "|"] as const;

/** One row of a CSV input: its cells, the line it starts on, its text as written; or a row that could not be read. */
export type CsvItem =
  | {
      cells: string[];
      line: number;
      raw: string;
      /** Cells past the last column the reader keeps (`chooseColumns`): counted, never split out. */
      beyond?: number;
    }
  /** A row longer than the reader keeps: skipped to its end. */
  | { oversized: { line: number } }
  /** A quote that opens a cell and never closes: the row from its line is no row, and the lines after it are read again. */
  | { unterminated: { line: number } };

/** How many quotes that never close an input's rest is read again after (see `CsvRowReader`); past them it is given up. */
const MAX_REREADS = 8;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const QUOTE = 34;

/** Where the reader is inside a cell. */
const At = {
  /** Before a cell's first character. */
  CellStart: 0,
  /** In a cell that opened without a quote. */
  Unquoted: 1,
  /** Inside a quoted cell. */
  Quoted: 2,
  /** Just after a quote inside a quoted cell: a doubled quote, or the cell's close. */
  QuoteSeen: 3,
} as const;
type At = (typeof At)[keyof typeof At];

/**
 * The separator a header line uses: of `CSV_SEPARATORS`, the one it holds most often outside quotes
 * (`,` when it holds none).
 */
export function csvSeparator(headerLine: string): string {
  const counts = CSV_SEPARATORS.map(() => 0);
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      const i = (CSV_SEPARATORS as readonly string[]).indexOf(c);
      if (i >= 0) counts[i]!++;
    }
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  return CSV_SEPARATORS[best]!;
}

/**
 * A CSV input read a piece of text at a time: `push` returns the rows each piece completes. What it
 * holds is the text of the row it is on, so its memory is bounded by the longest row, not the input;
 * a row longer than `maxChars` is reported (`oversized`) and skipped to its end, quotes followed and
 * nothing kept. Blank lines are no rows. Given `chooseColumns`, the header (the first row) says which
 * columns every later row keeps: another column's cell is given as "" and a cell past the last kept
 * column is only counted (`beyond`), so a row of a million cells costs one pass and a few strings.
 */
export class CsvRowReader {
  private text = "";
  /** The next character to read. */
  private pos = 0;
  /** Where the row being read starts in `text`. */
  private rowStart = 0;
  /** The line the row being read starts on, and the line at `pos`. */
  private rowLine = 1;
  private lineAt = 1;
  private at: At = At.CellStart;
  private cells: string[] = [];
  /** The current cell's text before `cellFrom` (a quoted cell's pieces between doubled quotes). */
  private cell = "";
  private cellFrom = 0;
  /** Whether the row being read went past `maxChars`: it is skipped, nothing kept. */
  private skipping = false;
  private separator: number | null = null;
  private final = false;
  /** How many times the text after a quote that never closes was read again. */
  private rereads = 0;
  /** The input ended inside a quoted cell of a skipped row (nothing kept to read again). */
  private endedInQuote = false;
  /** The columns rows after the header keep (1 for kept), null while every cell is kept. */
  private kept: Uint8Array | null = null;
  private headerRead = false;
  /** Cells of the row being read so far, and whether the current one is of a column not kept. */
  private cellCount = 0;
  private dropping = false;

  constructor(
    private readonly maxChars: number,
    private readonly chooseColumns?: (header: readonly string[]) => readonly number[],
  ) {}

  /** Whether the input ended inside a quoted cell of a row too long to keep. */
  get cut(): boolean {
    return this.endedInQuote;
  }

  /** The rows this piece of text completes; `final` when it is the end of the input. */
  push(piece: string, final = false): CsvItem[] {
    if (this.rowStart > 0) {
      // The rows before the one being read are given out: their text goes.
      this.text = this.text.slice(this.rowStart);
      this.pos -= this.rowStart;
      this.cellFrom -= this.rowStart;
      this.rowStart = 0;
    }
    this.text += piece;
    this.final ||= final;
    if (this.separator === null) {
      const end = this.text.indexOf("\n");
      if (end < 0 && !this.final) return [];
      this.separator = csvSeparator(end < 0 ? this.text : this.text.slice(0, end)).charCodeAt(0);
    }
    const items: CsvItem[] = [];
    this.read(items);
    return items;
  }

  private read(items: CsvItem[]): void {
    const { text, maxChars } = this;
    const separator = this.separator!;
    for (;;) {
      const length = text.length;
      let pos = this.pos;
      let at: At = this.at;
      for (; pos < length; pos++) {
        const c = text.charCodeAt(pos);
        if (at === At.Quoted) {
          if (c === QUOTE) at = At.QuoteSeen;
          else if (c === NEWLINE) this.lineAt++;
          continue;
        }
        if (at === At.QuoteSeen) {
          if (c === QUOTE) {
            // A doubled quote: one quote of the cell's text.
            if (!this.skipping && !this.dropping) {
              this.cell += text.slice(this.cellFrom, pos);
              this.cellFrom = pos + 1;
            }
            at = At.Quoted;
            continue;
          }
          // The quote closed the cell: what follows up to a separator is kept as written.
          if (!this.skipping && !this.dropping) {
            this.cell += text.slice(this.cellFrom, pos - 1);
            this.cellFrom = pos;
          }
          at = At.Unquoted;
        }
        if (at === At.CellStart && c === QUOTE) {
          at = At.Quoted;
          this.cellFrom = pos + 1;
          continue;
        }
        if (c === separator) {
          this.endCell(pos, at);
          at = At.CellStart;
          this.cellFrom = pos + 1;
        } else if (c === NEWLINE) {
          this.lineAt++;
          this.endRow(pos, at, items);
          at = At.CellStart;
        } else at = At.Unquoted;
      }
      this.pos = pos;
      this.at = at;
      // The row goes on past what was read: held no longer than the reader keeps.
      if (!this.skipping && pos - this.rowStart > maxChars) this.startSkip(items);
      if (!this.final) {
        // A row being skipped keeps nothing: its text so far goes.
        if (this.skipping) this.rowStart = this.cellFrom = pos;
        return;
      }
      if (this.at === At.Quoted && !this.skipping) {
        // A quote that never closes: reported, and the lines after the row's first are read again — a
        // bounded number of times, so that input of such quotes costs a few passes, not one per line.
        items.push({ unterminated: { line: this.rowLine } });
        if (++this.rereads > MAX_REREADS) return;
        const next = text.indexOf("\n", this.rowStart);
        this.startRow();
        this.at = At.CellStart;
        if (next < 0) {
          this.rowStart = this.pos = this.cellFrom = length;
          return;
        }
        this.rowStart = this.pos = this.cellFrom = next + 1;
        this.lineAt = this.rowLine = this.rowLine + 1;
        continue;
      }
      this.endedInQuote = this.at === At.Quoted;
      if (this.pos > this.rowStart || this.cells.length > 0) this.endRow(this.pos, this.at, items);
      return;
    }
  }

  /** The cell ends at `pos`; `at`, where the reader was in it (a closing quote just before is no text). */
  private endCell(pos: number, at: At): void {
    if (this.skipping) return;
    const kept = this.kept;
    if (!this.dropping) {
      const end = at === At.QuoteSeen ? pos - 1 : pos;
      this.cells.push(this.cell + this.text.slice(this.cellFrom, end));
    } else if (kept !== null && this.cellCount < kept.length) this.cells.push("");
    this.cell = "";
    this.cellCount++;
    this.dropping = kept !== null && kept[this.cellCount] !== 1;
  }

  /** A new row begins: no cells yet. */
  private startRow(): void {
    this.cells = [];
    this.cell = "";
    this.cellCount = 0;
    this.dropping = this.kept !== null && this.kept[0] !== 1;
  }

  /** The row ends at `pos` (a line end, or the input's end). */
  private endRow(pos: number, at: At, items: CsvItem[]): void {
    const end =
      at !== At.QuoteSeen && pos > this.rowStart && this.text.charCodeAt(pos - 1) === CARRIAGE_RETURN
        ? pos - 1
        : pos;
    if (!this.skipping && end - this.rowStart > this.maxChars)
      items.push({ oversized: { line: this.rowLine } });
    else if (!this.skipping) {
      this.endCell(end, at);
      const cells = this.cells;
      const raw = this.text.slice(this.rowStart, end);
      // A blank line is no row (one cell, empty or `""`: told from the text, as a dropped cell's is not taken).
      if (this.cellCount > 1 || (raw !== "" && raw !== '""')) {
        const beyond = this.cellCount - cells.length;
        items.push(
          beyond > 0 ? { cells, line: this.rowLine, raw, beyond } : { cells, line: this.rowLine, raw },
        );
        if (!this.headerRead) this.readHeader(cells);
      }
    }
    this.skipping = false;
    this.startRow();
    this.rowStart = this.cellFrom = pos + 1;
    this.rowLine = this.lineAt;
  }

  /** The header's cells choose the columns every later row keeps. */
  private readHeader(cells: readonly string[]): void {
    this.headerRead = true;
    if (this.chooseColumns === undefined) return;
    const columns = this.chooseColumns(cells);
    const kept = new Uint8Array(columns.length === 0 ? 0 : Math.max(...columns) + 1);
    for (const column of columns) kept[column] = 1;
    this.kept = kept;
  }

  /** The row being read is longer than the reader keeps: it is reported and skipped to its end. */
  private startSkip(items: CsvItem[]): void {
    items.push({ oversized: { line: this.rowLine } });
    this.skipping = true;
    this.cells = [];
    this.cell = "";
  }
}

/** One of `CSV_SEPARATORS`: a line without any is no header. */
const HEADER_SEPARATOR = /[,\t;|]/;

/** The keys of a title or a text, lower-cased: a header of news names one. */
let textKeys: ReadonlySet<string> | null = null;

function isTextKey(key: string): boolean {
  if (textKeys === null) {
    const { fields } = DEFAULT_MAPPING;
    textKeys = new Set(
      [...fields.title!, ...fields.content!, ...fields.summary!].map((k) => k.toLowerCase()),
    );
  }
  return textKeys.has(key);
}

/**
 * A header cell as a record key: without the quotes and space around it, or a byte order mark before
 * it; a name exports write for a key (`标题`, `正文`, `发布时间`) as that key (`LABEL_KEYS`).
 */
export function headerKey(cell: string): string {
  const name = cell
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/^"(.*)"$/s, "$1")
    .trim();
  return Object.hasOwn(LABEL_KEYS, name) ? LABEL_KEYS[name]! : name;
}

/**
 * Whether a sample opens with a CSV export of news: a header line of two cells or more by its
 * separator, at least two of them keys the record mapping reads and one of those a title's or a
 * text's (`id,datetime,title,content,link,source`), or any such header in a file named `.csv` or
 * `.tsv`; and the first row after it, when the sample holds one whole, of as many cells.
 */
export function opensCsvNews(sample: string, filename?: string): boolean {
  const end = sample.indexOf("\n");
  const line = end < 0 ? sample : sample.slice(0, end);
  // Most inputs' first line (a title, a fence, a tag) holds no separator: one look, and no header is read.
  // A wide export's header may be longer than the sample (200,000 columns are 1.5 MB): its first cells decide, and
  // each row keeps at most `maxRecordFields` of them (`CsvDocuments`).
  if (!HEADER_SEPARATOR.test(line)) return false;
  const header = line.split(csvSeparator(line)).map((cell) => headerKey(cell).toLowerCase());
  if (header.length < 2) return false;
  const named = filename !== undefined && /\.(?:csv|tsv)(?:\.gz)?$/i.test(filename);
  if (!named) {
    const known = header.filter(isKnownKey);
    if (known.length < 2 || !known.some(isTextKey)) return false;
  }
  if (end < 0) return true;
  const [, row] = new CsvRowReader(sample.length).push(sample);
  return row === undefined || ("cells" in row && row.cells.length === header.length);
}
