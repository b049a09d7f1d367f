/** A slot that holds no pair; also what `positionOf` answers for a pair the text lacks. */
const EMPTY = -1;

/**
 * Where each distinct character pair of a text first occurs, as an open-addressing hash table in
 * two typed arrays. Comparing an item with a candidate looks every pair of the shorter text up in
 * the longer one's table (`containment` in compare.ts), which made comparing most of choosing an
 * ingested article's story; these lookups cost a fraction of a `Map`'s, and the table is smaller
 * (docs/benchmarks.md).
 */
export class PairPositions {
  /**
   * Two numbers a slot, side by side so a probe reads one cache line: the pair, and its first
   * position or `EMPTY`.
   */
  private readonly slots: Int32Array;
  /** 32 minus the table's bits: a hash's top bits pick the slot. */
  private readonly shift: number;
  private readonly mask: number;

  /** @param pairs a text's character pairs in order (`Features.pairs`). */
  constructor(pairs: Int32Array) {
    // At most half full, so a probe ends after a slot or two.
    let bits = 1;
    while (1 << bits < 2 * pairs.length) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    const slots = new Int32Array(2 << bits).fill(EMPTY);
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i]!;
      let slot = this.slotOf(pair);
      while (slots[2 * slot + 1] !== EMPTY && slots[2 * slot] !== pair) slot = (slot + 1) & this.mask;
      if (slots[2 * slot + 1] === EMPTY) {
        slots[2 * slot] = pair;
        slots[2 * slot + 1] = i;
      }
    }
    this.slots = slots;
  }

  /** Where `pair` first occurs, or -1 when the text has no such pair. */
  positionOf(pair: number): number {
    const slots = this.slots;
    let slot = this.slotOf(pair);
    for (;;) {
      const position = slots[2 * slot + 1]!;
      if (position === EMPTY || slots[2 * slot] === pair) return position;
      slot = (slot + 1) & this.mask;
    }
  }

  has(pair: number): boolean {
    return this.positionOf(pair) !== EMPTY;
  }

  /** Fibonacci hashing: pairs of neighbouring code points spread over the whole table. */
  private slotOf(pair: number): number {
    return Math.imul(pair, 0x9e3779b1) >>> this.shift;
  }
}
