// Generated flash items for the story bench: stories written from clauses of the real dumps,
// recombined and with their numbers redrawn (so two stories hardly ever share a text), each carried by one to three feeds the way
// cls, eastmoney and ths carry one flash (a 【headline】 and dateline, a trailing credit, the first
// sentence only), minutes apart; plus recurring template flashes redrawn every day. Deterministic
// for a seed, and in time order (so a million items stream through grouping without being held).
// Every item says which story it was generated for, so the grouping can be scored.
import { Random } from "../corpus/prng.js";

export interface GeneratedItem {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
  /** The generated story it belongs to (the truth the grouping is scored against). */
  story: number;
  /** How many items that story has. */
  copies: number;
}

export interface GenerateOptions {
  /** Items to generate. */
  items: number;
  /** Items a day: sets how many items share a time window (the real feeds carry about 1,600). */
  perDay: number;
  seed: number;
}

const DIGITS = /\d+/g;
const TEMPLATE_SHARE = 0.05;
/** Items per story on average: 1 (60%), else 2 (60%) or 3. */
const MEAN_COPIES = 0.6 + 0.4 * (0.6 * 2 + 0.4 * 3);

/** Clauses (between 6 and 60 characters) of the dumps' contents, in record order. */
export function harvestClauses(contents: readonly string[]): string[] {
  const clauses: string[] = [];
  for (const content of contents) {
    const body = content.replace(/^【[^】]*】/u, "").replace(/^[^，,]{0,12}\d{1,2}月\d{1,2}日电[，,]/u, "");
    for (const clause of body.split(/[，。；]/u)) {
      const c = clause.trim();
      if (c.length >= 6 && c.length <= 60) clauses.push(c);
    }
  }
  return clauses;
}

/** A sentence of two to four random clauses. */
function sentence(random: Random, clauses: readonly string[]): string {
  const parts = Array.from({ length: random.int(2, 4) }, () => random.pick(clauses));
  return `${parts.join("，")}。`;
}

export function* generateItems(
  clauses: readonly string[],
  options: GenerateOptions,
): Generator<GeneratedItem> {
  const random = new Random(options.seed);
  // A template flash states numbers (a fixing, an index level) that change every time it recurs.
  const numbered = clauses.filter((clause) => /\d/.test(clause));
  const templates = Array.from({ length: 50 }, () => `${random.pick(numbered)}，${random.pick(numbered)}。`);
  const redraw = (sentence: string) =>
    sentence.replace(DIGITS, (digits) =>
      String(random.int(10 ** (digits.length - 1), 10 ** digits.length - 1)),
    );
  // Stories start one after another (exponential gaps, `perDay` items a day on average); their
  // copies wait here until the next story starts, and leave in time order (ties by id).
  const meanGap = (86_400_000 * MEAN_COPIES) / options.perDay;
  const waiting: GeneratedItem[] = [];
  const width = String(options.items - 1).length;
  let at = Date.parse("2026-01-01T00:00:00+08:00");
  let made = 0;
  let story = 0;
  while (made < options.items) {
    at += Math.round(-Math.log(1 - random.next()) * meanGap);
    waiting.sort(byTime);
    while (waiting.length > 0 && Date.parse(waiting[0]!.publishedAt) < Math.floor(at / 1000) * 1000) {
      yield waiting.shift()!;
    }
    const template = random.chance(TEMPLATE_SHARE);
    const text = template
      ? redraw(random.pick(templates))
      : Array.from({ length: random.int(1, 3) }, () => redraw(sentence(random, clauses))).join("");
    const headline = text.slice(0, Math.min(24, text.indexOf("。") > 0 ? text.indexOf("。") : 24));
    const copies = Math.min(options.items - made, random.chance(0.6) ? 1 : random.chance(0.6) ? 2 : 3);
    for (let copy = 0; copy < copies; copy++, made++) {
      const when = new Date(at + copy * random.int(0, 600) * 1000);
      const day = new Date(when.getTime() + 8 * 3_600_000);
      const dateline = `财联社${day.getUTCMonth() + 1}月${day.getUTCDate()}日电，`;
      const wrapped =
        copy === 0
          ? `【${headline}】${dateline}${text}`
          : copy === 1
            ? `${text}（财联社）`
            : `${text.slice(0, text.indexOf("。") + 1)}`;
      waiting.push({
        id: `gen:${String(made).padStart(width, "0")}`,
        title: copy === 1 ? headline : "",
        text: wrapped,
        publishedAt: `${day.toISOString().slice(0, 19)}+08:00`,
        story,
        copies,
      });
    }
    story++;
  }
  yield* waiting.sort(byTime);
}

/** Time order as story grouping takes it: by instant (whole seconds), ties by id. */
function byTime(a: GeneratedItem, b: GeneratedItem): number {
  return Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
