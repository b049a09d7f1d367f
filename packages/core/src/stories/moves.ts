import { instrumentMentions } from "./instruments.js";
import type { Quantity } from "./quantities.js";

/**
 * The market move a flash leads with: the instrument its first sentence names first, the direction
 * of the move, and the figure that measures it (`科创50指数涨幅扩大至5%` → STAR 50, up, 5%). Two feeds
 * writing up one move state these alike however they word the rest (`韩国KOSPI指数跌逾2%` /
 * `韩国综指跌幅扩大至2%`), while two snapshots of one market differ in the figure and the number guard
 * keeps them apart.
 */
export interface LeadMove {
  /** `family:member` of the instrument (`chinaIndex:star50`). */
  instrument: string;
  up: boolean;
  quantity: Quantity;
}

/** Words that say a price or an index went up or down. */
const UP = /[涨升]/u;
const DOWN = /[跌降]/u;
/** Where a clause ends: the move must be told in the instrument's own clause. */
const CLAUSE_END = /[，,；;。：:、！!？?\n]/u;
const DIGIT = /\d/u;

/**
 * The move `lead` (a first sentence, with its quantities) opens with, or null when its first
 * instrument is not followed in its own clause by one direction and a figure that measures it.
 */
export function leadMoveOf(lead: string, leadQuantities: readonly Quantity[]): LeadMove | null {
  const mention = instrumentMentions(lead)[0];
  if (mention === undefined) return null;
  const rest = lead.slice(mention.end);
  const digit = rest.search(DIGIT);
  if (digit === -1) return null;
  const words = rest.slice(0, digit);
  if (CLAUSE_END.test(words)) return null;
  const up = UP.test(words);
  if (up === DOWN.test(words)) return null;
  const subject = `@${mention.key}`;
  const quantity = leadQuantities.find((q) => q.subject === subject);
  return quantity === undefined ? null : { instrument: mention.key, up, quantity };
}

/** True when two flashes lead with the same move: one instrument, one direction, one figure. */
export function sameLeadMove(a: LeadMove | null, b: LeadMove | null): boolean {
  if (a === null || b === null || a.instrument !== b.instrument || a.up !== b.up) return false;
  if (a.quantity.unit !== b.quantity.unit) return false;
  const [aLow, aHigh] = moveRange(a.quantity);
  const [bLow, bHigh] = moveRange(b.quantity);
  return aLow === bLow || (aLow < bHigh && bLow < aHigh);
}

/**
 * The values a move's figure stands for. A whole percentage in a market alert is a threshold the
 * move has crossed (`涨幅扩大至2%`, `跌超2%`: from 2 up to 3), so it does not stand for 1.6% or 2.5%
 * the way a rounded figure would; a qualified one (`涨近2%`) keeps the interval its wording allows;
 * a figure with decimals stands for itself. Two feeds' alerts of one move cross one threshold, while
 * a snapshot minutes later has crossed the next (`涨逾14%` / `暴涨15%`).
 */
function moveRange(q: Quantity): [number, number] {
  if (!Number.isInteger(q.value)) return [q.value, q.value];
  const plain = q.low === q.value - 0.5 && q.high === q.value + 0.5;
  return plain ? [q.value, q.value + 1] : [q.low, q.high];
}
