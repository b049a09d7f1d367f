/** A slot that holds no pair; also what `positionOf` answers for a pair the text lacks. */
const EMPTY = -1;

/**
 * Where each distinct character pair of a text first occurs, as an open-addressing hash table in
 * two typed arrays. Comparing an item with a candidate looks every pair of the shorter text up in
 * the longer one's table (`containment` in compare.ts), which made comparing most of choosing an
 * ingested article's story; these lookups cost a fraction of a `Map`'s, and the table is smaller
 * (docs/benchmarks.md). Most pairs looked up are not in the text (copies are rare among candidates):
 * a bit filter an eighth of the table's size (`filter`) answers those without reading the table,
 * which a store's candidates seldom have in the processor's cache.
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
  /**
   * One bit for each pair of the text (`filterBitOf`), in a table of `FILTER_BITS_PER_PAIR` bits a
   * distinct pair: a clear bit says the text lacks the pair; a set one, that it may have it.
   */
  private readonly filter: Int32Array;
  /** 32 minus the filter's bits. */
  private readonly filterShift: number;

  /** @param pairs a text's character pairs in order (`Features.pairs`). */
  constructor(pairs: Int32Array) {
    // Sized by the text's distinct pairs, not all of them (a sixth of a story key's pairs
    // repeat one before): the tables of stored keys are half of what `caixun ingest` keeps in
    // memory (docs/benchmarks.md, session 24b). Counting them takes a table as large as all of
    // them first, a scratch one kept for the next text.
    const scratch = scratchFor(pairs.length);
    const distinct = fill(scratch, pairs);
    const bits = bitsFor(distinct);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    const filterBits = Math.max(MIN_FILTER_BITS, bitsFor(distinct * (FILTER_BITS_PER_PAIR / 2)));
    this.filterShift = 32 - filterBits;
    this.filter = new Int32Array(1 << (filterBits - 5));
    for (let i = 0; i < pairs.length; i++) {
      const bit = filterBitOf(pairs[i]!, this.filterShift);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
    if (scratch.bits === bits) {
      // No smaller table would do: this one is kept, and the next text gets another scratch.
      if (scratch === scratchTable) scratchTable = undefined;
      this.slots = scratch.slots;
      return;
    }
    const slots = new Int32Array(2 << bits).fill(EMPTY);
    const from = scratch.slots;
    for (let at = 0; at < from.length; at += 2) {
      const position = from[at + 1]!;
      if (position === EMPTY) continue;
      const pair = from[at]!;
      let slot = slotOf(pair, this.shift);
      while (slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & this.mask;
      slots[2 * slot] = pair;
      slots[2 * slot + 1] = position;
    }
    this.slots = slots;
  }

  /** Where `pair` first occurs, or -1 when the text has no such pair. */
  positionOf(pair: number): number {
    const bit = filterBitOf(pair, this.filterShift);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return EMPTY;
    const slots = this.slots;
    let slot = slotOf(pair, this.shift);
    for (;;) {
      const position = slots[2 * slot + 1]!;
      if (position === EMPTY || slots[2 * slot] === pair) return position;
      slot = (slot + 1) & this.mask;
    }
  }

  has(pair: number): boolean {
    return this.positionOf(pair) !== EMPTY;
  }

  /** Bytes the table takes (its slots): what the memory of stored keys' features is mostly made of. */
  get byteLength(): number {
    return this.slots.byteLength + this.filter.byteLength;
  }
}

/** Fibonacci hashing: pairs of neighbouring code points spread over the whole table of `32 - shift` bits. */
function slotOf(pair: number, shift: number): number {
  return Math.imul(pair, 0x9e3779b1) >>> shift;
}

/**
 * Filter bits a distinct pair: one bit each, so about one in sixteen pairs the text lacks finds its
 * bit set and reads the table (an eighth of the table's bytes, which has at least two slots of eight
 * bytes a pair).
 */
const FILTER_BITS_PER_PAIR = 16;
/** The smallest filter: one 32-bit word. */
const MIN_FILTER_BITS = 5;

/**
 * A pair's bit in a filter of `32 - shift` bits: the top bits of another multiplicative hash than
 * `slotOf`'s, so that pairs sharing a slot's chain do not share a bit as well.
 */
function filterBitOf(pair: number, shift: number): number {
  return Math.imul(pair, 0x85ebca6b) >>> shift;
}

/**
 * The table's bits for `count` distinct pairs: at most half full, so a probe ends after a slot or
 * two (a lookup of a pair the text lacks, most of those containment makes, runs to an empty slot).
 */
function bitsFor(count: number): number {
  let bits = 1;
  while (1 << bits < 2 * count) bits++;
  return bits;
}

/** A table being filled: its slots as `PairPositions` keeps them, and its bits. */
interface Scratch {
  slots: Int32Array;
  bits: number;
}

/**
 * Scratch tables up to this many bits (512 KB) are kept for the next text; a longer text's is
 * made for it alone, so one long text does not hold its table's memory for good.
 */
const MAX_SCRATCH_BITS = 16;
let scratchTable: Scratch | undefined;

/** An empty table with room for `count` pairs at most half full. */
function scratchFor(count: number): Scratch {
  const bits = bitsFor(count);
  if (bits > MAX_SCRATCH_BITS) return { slots: new Int32Array(2 << bits).fill(EMPTY), bits };
  if (scratchTable?.bits === bits) scratchTable.slots.fill(EMPTY);
  else scratchTable = { slots: new Int32Array(2 << bits).fill(EMPTY), bits };
  return scratchTable;
}

/** Puts each pair's first position into `table`; returns how many distinct pairs there are. */
function fill(table: Scratch, pairs: Int32Array): number {
  const { slots } = table;
  const shift = 32 - table.bits;
  const mask = (1 << table.bits) - 1;
  let distinct = 0;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    let slot = slotOf(pair, shift);
    while (slots[2 * slot + 1] !== EMPTY && slots[2 * slot] !== pair) slot = (slot + 1) & mask;
    if (slots[2 * slot + 1] === EMPTY) {
      slots[2 * slot] = pair;
      slots[2 * slot + 1] = i;
      distinct++;
    }
  }
  return distinct;
}
