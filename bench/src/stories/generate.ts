// Generated flash items for the story bench: stories written from clauses of the real dumps,
// recombined and with their numbers redrawn (so two stories hardly ever share a text), each carried by one to three feeds the way
// cls, eastmoney and ths carry one flash (a 【headline】 and dateline, a trailing credit, the first
// sentence only), minutes apart; plus recurring template flashes redrawn every day. Deterministic
// for a seed. Every item says which story it was generated for, so the grouping can be scored.
import { Random } from "../corpus/prng.js";

export interface GeneratedItem {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
  /** The generated story it belongs to (the truth the grouping is scored against). */
  story: number;
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
  const start = Date.parse("2026-01-01T00:00:00+08:00");
  const span = (options.items / options.perDay) * 86_400_000;
  const redraw = (sentence: string) =>
    sentence.replace(DIGITS, (digits) =>
      String(random.int(10 ** (digits.length - 1), 10 ** digits.length - 1)),
    );
  let made = 0;
  let story = 0;
  while (made < options.items) {
    const at = start + Math.floor(random.next() * span);
    const template = random.chance(TEMPLATE_SHARE);
    const text = template
      ? redraw(random.pick(templates))
      : Array.from({ length: random.int(1, 3) }, () => redraw(sentence(random, clauses))).join("");
    const headline = text.slice(0, Math.min(24, text.indexOf("。") > 0 ? text.indexOf("。") : 24));
    const copies = random.chance(0.6) ? 1 : random.chance(0.6) ? 2 : 3;
    for (let copy = 0; copy < copies && made < options.items; copy++, made++) {
      const when = new Date(at + copy * random.int(0, 600) * 1000);
      const day = new Date(when.getTime() + 8 * 3_600_000);
      const dateline = `财联社${day.getUTCMonth() + 1}月${day.getUTCDate()}日电，`;
      const wrapped =
        copy === 0
          ? `【${headline}】${dateline}${text}`
          : copy === 1
            ? `${text}（财联社）`
            : `${text.slice(0, text.indexOf("。") + 1)}`;
      yield {
        id: `gen:${made}`,
        title: copy === 1 ? headline : "",
        text: wrapped,
        publishedAt: `${day.toISOString().slice(0, 19)}+08:00`,
        story,
      };
    }
    story++;
  }
}
