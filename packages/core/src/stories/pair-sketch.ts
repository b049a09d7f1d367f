/**
 * A text's character pairs hashed into a fixed table of bits, the whole text's and each half's: a
 * bound on how many pairs of one text's half another text holds, counted a word of bits at a time.
 * Comparing an item with a candidate mostly proves that the shorter text's half falls below a share
 * of the longer one (`HalvesContainment.below` in compare.ts): on 2,000 generated files 94% of the
 * pairs a store's story choice compares part on their wording, and that walk, a table look-up per
 * pair of the half, was most of the comparison (docs/benchmarks.md, session 46). A pair of the half
 * found in the longer text sets its bit in both tables, so the bits the two share, each counted as
 * often as the half holds a pair on it, are at least the pairs found: when they are fewer than the
 * share needs, the half is below it, and no pair is looked up.
 */
export class PairSketch {
  /** The whole text's bits (`SKETCH_WORDS` words): a bit for each pair it holds. */
  private readonly text: Int32Array;
  /** The halves' bits, the first half's words then the second's. */
  private readonly halves: Int32Array;
  /**
   * A bit of a half once more for each further pair of that half on it (a repeated pair, or two pairs
   * on one bit): the first half's, then the second half's from `secondRepeats`.
   */
  private readonly repeats: Uint16Array;
  private readonly secondRepeats: number;

  /**
   * @param pairs a text's character pairs in order (`Features.pairs`)
   * @param half where its second half begins (`halfOf`)
   */
  constructor(pairs: Int32Array, half: number) {
    this.text = new Int32Array(SKETCH_WORDS);
    this.halves = new Int32Array(2 * SKETCH_WORDS);
    const repeats: number[] = [];
    let secondRepeats = 0;
    for (let i = 0; i < pairs.length; i++) {
      const bit = sketchBitOf(pairs[i]!);
      const mask = 1 << (bit & 31);
      this.text[bit >>> 5]! |= mask;
      if (i === half) secondRepeats = repeats.length;
      const word = (i < half ? 0 : SKETCH_WORDS) + (bit >>> 5);
      if ((this.halves[word]! & mask) !== 0) repeats.push(bit);
      else this.halves[word]! |= mask;
    }
    this.repeats = Uint16Array.from(repeats);
    this.secondRepeats = pairs.length > half ? secondRepeats : repeats.length;
  }

  /**
   * At least the pairs of this text's first (`second` false) or second half that `other` holds
   * anywhere: the bits both hold, each counted once for every pair of the half on it.
   */
  halfBound(second: boolean, other: PairSketch): number {
    const halves = this.halves;
    const text = other.text;
    const offset = second ? SKETCH_WORDS : 0;
    let bound = 0;
    for (let w = 0; w < SKETCH_WORDS; w++) bound += bitCount(halves[offset + w]! & text[w]!);
    const repeats = this.repeats;
    const end = second ? repeats.length : this.secondRepeats;
    for (let r = second ? this.secondRepeats : 0; r < end; r++) {
      const bit = repeats[r]!;
      if ((text[bit >>> 5]! & (1 << (bit & 31))) !== 0) bound++;
    }
    return bound;
  }

  /** Bytes the sketch takes: counted with the rest of a kept key's features. */
  get byteLength(): number {
    return this.text.byteLength + this.halves.byteLength + this.repeats.byteLength;
  }
}

/**
 * Words of 32 bits in a sketch: 4,096 bits. A text of a few hundred distinct pairs sets about a sixth
 * of them, so a half that shares little of it bounds its share near that sixth, below every share a
 * comparison asks (0.3, 0.5); fewer bits filled up with the longer texts, and counting them all costs
 * what looking up `SKETCH_WORDS` pairs would.
 */
const SKETCH_WORDS = 128;

/**
 * The fewest pairs a text's half holds for the text to be sketched: below it looking the half's pairs
 * up costs no more than counting the sketch's words (`halfBound`), and a flash is not sketched.
 */
export const MIN_SKETCHED_HALF = 2 * SKETCH_WORDS;

/** Where the second half of a text of `pairs` pairs begins: the halves whose containment a comparison weighs. */
export function halfOf(pairs: number): number {
  return Math.max(1, Math.floor(pairs / 2));
}

/** A pair's bit among `SKETCH_WORDS * 32`: the top bits of a multiplicative hash. */
function sketchBitOf(pair: number): number {
  return Math.imul(pair, 0x85ebca6b) >>> SKETCH_SHIFT;
}
/** 32 minus the sketch's 12 bits. */
const SKETCH_SHIFT = 20;

/** The set bits of a 32-bit word. */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
