import { STORIES_QUANTITIES_PATTERNS } from "@caixun/core/text/rule-patterns";
import { type RegExps, regexFromLiteral } from "../text/regex-literal.js";
import { type InstrumentMention, instrumentMentions } from "./instruments.js";

/**
 * Numbers in a comparison text, each with the interval its wording allows and the words that say
 * what it measures. Two copies of a story may round (`涨超1%` / `涨1.02%`) or scale (`123,184辆` /
 * `12.32万辆`) a number; two snapshots of a market say different numbers about the same quantity
 * (`涨幅扩大至2%` / `涨幅扩大至3%`), which is what the number guard catches.
 */

export interface Quantity {
  /** The value in base units (`1.2亿` → 120000000). */
  value: number;
  /** Lowest and highest value the wording allows (`超5%` → [5, 6), `5.55亿` → ±0.005亿). */
  low: number;
  high: number;
  /** The wording bounds it on one side or both (`超`, `逾`, `近`, `约`, `以上`, `左右`), not by rounding alone. */
  qualified: boolean;
  /** Unit as written after the number: `%`, `点`, `美元/桶`, `股`… (empty when none). */
  unit: string;
  /**
   * What it measures: the instrument named before it in its clause (`@asiaIndex:nikkei`), else the
   * words of its clause before it without digits and verbs of approach (`至`, `达`); a clause with
   * no words of its own takes the instrument named earlier in its sentence.
   */
  subject: string;
}

const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };
/**
 * The patterns below are compiled from their literals (`STORIES_QUANTITIES_PATTERNS`, `text/rule-patterns.ts`) when a function that
 * reads one is first called: a Worker reads the literals from its static assets before any parse instead of carrying
 * them in its script (issue 11), so no pattern can be made when this module loads. Each such function tests the flag
 * once per call.
 */
let storiesQuantitiesPatternsCompiled = false;
/**
 * A number: a qualifier before it, digits with thousands separators, decimals, a magnitude after
 * it. Digits right after a letter, digit, dot or hyphen are part of a name or code (`SYS6090`,
 * `Q2`), not a number. A level crossed is a qualifier too: `突破1.5万亿` is 1.5 trillion or more, as
 * `超1.5万亿` is, not a rounding of anything from 1.45 up.
 */
let NUMBER: RegExp;
/** Qualifiers that say at least the number (`超5%`), at most (`近5%`), or about (`约5%`). */
const AT_LEAST: ReadonlySet<string> = new Set(["超", "超过", "逾", "突破", "站上"]);
const AT_MOST: ReadonlySet<string> = new Set(["近", "不足", "不到"]);
/**
 * Magnitudes that, with no unit after them, count money when an instrument's amount is what they
 * measure: one feed writes the market's turnover as `沪深两市成交额突破1.5万亿`, another as
 * `沪深京三市成交额超1.5万亿元`. Other amounts without a unit stay unread: feeds quote the change on
 * the day before from their own data (`缩量近200亿元` / `缩量超100亿`), which no copy need agree on.
 */
const MONEY_MAGNITUDES: ReadonlySet<string> = new Set(["万亿", "亿"]);
/** Units that say what a number counts; prices keep their denominator (`元/股` is not `元`). */
let UNIT: RegExp;
/** Dates are not quantities: a copy keeps or drops `7月29日` with its dateline. */
const CALENDAR_UNITS: ReadonlySet<string> = new Set(["年", "月", "日"]);
let CLAUSE_BREAK: RegExp;
let SENTENCE_BREAK: RegExp;
let NOT_SUBJECT: RegExp;
/** Digits a whole number needs before its trailing zeros can be a rounding (see `roundedTo`). */
const ROUNDED_DIGITS = 4;
/** A clause with fewer words than this before its number is read with the clause before it. */
const SHORT_CLAUSE = 4;
/** Verbs of approach between a subject and its number: `涨幅扩大至2%` measures `涨幅扩大`. */
let APPROACH: RegExp;

/** Compiles `STORIES_QUANTITIES_PATTERNS` into the bindings above, by position (the table's order), once for the process. */
function compileStoriesQuantitiesPatterns(): void {
  [NUMBER, UNIT, CLAUSE_BREAK, SENTENCE_BREAK, NOT_SUBJECT, APPROACH] = STORIES_QUANTITIES_PATTERNS.map(
    regexFromLiteral,
  ) as RegExps<6>;
  storiesQuantitiesPatternsCompiled = true;
}

/**
 * The quantities of a text, in order. Calendar numbers (`7月29日`, `2026年`) are left out. Each
 * keeps the last `subjectLength` characters of its clause before it as its subject.
 */
export function quantitiesIn(text: string, subjectLength: number): Quantity[] {
  if (!storiesQuantitiesPatternsCompiled) compileStoriesQuantitiesPatterns();
  const quantities: Quantity[] = [];
  const breaks = matchStarts(text, CLAUSE_BREAK);
  const sentenceBreaks = matchStarts(text, SENTENCE_BREAK);
  const instruments = instrumentMentions(text);
  let nextBreak = 0;
  let clauseStart = 0;
  let nextSentenceBreak = 0;
  let sentenceStart = 0;
  let nextInstrument = 0;
  let instrument: InstrumentMention | null = null;
  for (const match of text.matchAll(NUMBER)) {
    const [whole, qualifier, integer, decimals, magnitude] = match;
    const start = match.index;
    const after = text.slice(start + whole.length, start + whole.length + 8);
    const written = UNIT.exec(after)?.[0] ?? "";
    // Without a unit a number is a code or a list marker (but see `MONEY_MAGNITUDES`); a calendar
    // number is not a quantity.
    const moneyOnly = written === "" && magnitude !== undefined && MONEY_MAGNITUDES.has(magnitude);
    if ((written === "" && !moneyOnly) || CALENDAR_UNITS.has(written)) continue;
    const unit = moneyOnly ? "元" : written;
    if (instruments.some((mention) => mention.start <= start && start < mention.end)) continue;
    const scale = magnitude ? MAGNITUDE[magnitude]! : 1;
    // Rounded to 12 digits so `1782.66万` is 17826600, not 17826600.000000004.
    const value = Number(
      (Number(`${integer!.replaceAll(",", "")}${decimals ? `.${decimals}` : ""}`) * scale).toPrecision(12),
    );
    const step = (decimals ? 10 ** -decimals.length : roundedTo(integer!)) * scale;
    const rest = after.slice(unit.length);
    let low = value - step / 2;
    let high = value + step / 2;
    let qualified = true;
    if (
      (qualifier !== undefined && AT_LEAST.has(qualifier)) ||
      rest.startsWith("以上") ||
      rest.startsWith("多")
    ) {
      low = value;
      high = value + step;
    } else if (qualifier !== undefined && AT_MOST.has(qualifier)) {
      low = value - step;
      high = value;
    } else if (qualifier === "约" || rest.startsWith("左右")) {
      low = value - step;
      high = value + step;
    } else {
      qualified = false;
    }
    // The clause and sentence this number sits in start after the last breaks before it.
    while (nextBreak < breaks.length && breaks[nextBreak]! < start) clauseStart = breaks[nextBreak++]! + 1;
    while (nextSentenceBreak < sentenceBreaks.length && sentenceBreaks[nextSentenceBreak]! < start) {
      sentenceStart = sentenceBreaks[nextSentenceBreak++]! + 1;
    }
    while (nextInstrument < instruments.length && instruments[nextInstrument]!.end <= start) {
      instrument = instruments[nextInstrument++]!;
    }
    // An instrument named in the clause is what the number measures; a clause with no words of its
    // own (`，报62278.55点`) measures the instrument named earlier in the sentence. A clause of few
    // words (`，同比增长14.34%`) is read with the clause before it (`营业收入5.55亿元`).
    let words = wordsBefore(text, clauseStart, start, subjectLength);
    const named =
      instrument !== null &&
      (instrument.end > clauseStart || (words.length < 2 && instrument.end > sentenceStart));
    if (!named && words.length < SHORT_CLAUSE) {
      const previous = breaks.lastIndexOf(clauseStart - 1);
      const from = previous > 0 ? breaks[previous - 1]! + 1 : 0;
      if (clauseStart > sentenceStart && from >= sentenceStart)
        words = wordsBefore(text, from, start, subjectLength);
    }
    if (moneyOnly && !named) continue;
    const subject = named ? `@${instrument!.key}` : words.slice(-subjectLength);
    quantities.push({ value, low, high, qualified, unit, subject });
  }
  return quantities;
}

/**
 * Where the global `pattern` matches in `text`, in order, in an array made empty and pushed to: the
 * same elements kind in every tier. A `map` of the matches, which TurboFan inlines, made a holey
 * array where the interpreter had made a packed one, and `quantitiesIn` compiled for the one
 * deoptimized on the other (`wrong map` at `breaks.length`, in the storing thread of `caixun ingest`).
 */
function matchStarts(text: string, pattern: RegExp): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(pattern)) starts.push(match.index);
  return starts;
}

/**
 * The step a whole number is written to: a number of four or more digits, two or more of them
 * significant, ending in two or more zeros may be rounded (`3600股` for 3,620 shares); a price
 * (`220美元`) or a single digit followed by zeros (`1000股`, `400亿`) is taken as exact.
 */
function roundedTo(integer: string): number {
  const digits = integer.replaceAll(",", "");
  const zeros = digits.length - digits.replace(/(?<!0)0+$/u, "").length;
  return digits.length >= ROUNDED_DIGITS && zeros >= 2 && digits.length - zeros >= 2 ? 10 ** zeros : 1;
}

/** True when two quantities can be the same number as written (their intervals meet). */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  return a.value === b.value || (a.low < b.high && b.low < a.high);
}

/** Significant digits of a number as written in base units (`1173.5` → 5, `120000000` → 2). */
export function significantDigits(value: number): number {
  return String(value)
    .replace(/^[0.]+|\.|0+$/g, "")
    .replace(".", "").length;
}

/**
 * Characters before a number that its subject is read from, at most, per character of the subject
 * kept (`quantitySubjectLength`, 12 by default: 60 characters): a long clause of numbers without a
 * break (`1亿1亿1亿…`) costs each number this much, not the whole clause again.
 */
const SUBJECT_WINDOW = 5;

/**
 * The words of `text[from, to)`, of its last `SUBJECT_WINDOW * subjectLength` characters: no
 * digits, no verbs of approach at the end.
 */
function wordsBefore(text: string, from: number, to: number, subjectLength: number): string {
  if (!storiesQuantitiesPatternsCompiled) compileStoriesQuantitiesPatterns();
  return text
    .slice(Math.max(from, to - SUBJECT_WINDOW * subjectLength), to)
    .replace(NOT_SUBJECT, "")
    .replace(APPROACH, "");
}
