import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";

/** Entries a sequence holds in memory before its tail is appended to the file as a block. */
const BLOCK_ENTRIES = 4096;
/**
 * Entries all sequences together hold in memory at most: past it every tail is appended, so a build
 * with very many small listings (a tag or a security per few articles) does not hold them all.
 */
const HELD_ENTRIES = 1 << 16;
/** Entries a tail starts with room for; it doubles up to `BLOCK_ENTRIES`, and starts again once appended. */
const INITIAL_TAIL = 8;
const ENTRY_BYTES = Int32Array.BYTES_PER_ELEMENT;

/**
 * Sequences of article numbers (the site's listings, one per source, tag, month …) spilled to one
 * append-only file: each keeps a short tail in memory and appends it as a block when it fills or when
 * all tails together reach `HELD_ENTRIES`; read back in order, a block at a time. Memory keeps per
 * sequence its blocks' places and its tail, so it no longer grows by a number per article per listing.
 */
export interface SequenceSpillOptions {
  /** Entries a sequence holds before its tail is appended (`BLOCK_ENTRIES` by default). */
  blockEntries?: number;
  /** Entries all tails hold at most (`HELD_ENTRIES` by default). */
  heldEntries?: number;
}

export class SequenceSpill {
  private readonly fd: number;
  /** @internal */
  readonly blockEntries: number;
  private readonly heldEntries: number;
  private fileBytes = 0;
  private held = 0;
  /** Sequences whose tail holds entries, to append them all when `held` reaches its bound. */
  private readonly withTails = new Set<SpilledSequence>();

  /** Creates (or empties) `file`; `dispose` removes it. */
  constructor(
    private readonly file: string,
    options: SequenceSpillOptions = {},
  ) {
    this.blockEntries = options.blockEntries ?? BLOCK_ENTRIES;
    this.heldEntries = options.heldEntries ?? HELD_ENTRIES;
    this.fd = openSync(file, "w+");
  }

  /** A new, empty sequence kept in this file. */
  create(): SpilledSequence {
    return new SpilledSequence(this);
  }

  /** Closes and removes the file (call it whatever happened). */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.file, { force: true });
  }

  /** @internal An entry was added to `sequence`'s tail. */
  tailGrew(sequence: SpilledSequence): void {
    this.withTails.add(sequence);
    this.held += 1;
    if (this.held >= this.heldEntries) {
      for (const holding of this.withTails) holding.appendTail();
      this.withTails.clear();
      this.held = 0;
    }
  }

  /** @internal Appends the first `count` entries of `tail`; returns the byte offset they start at. */
  append(tail: Int32Array, count: number, sequence: SpilledSequence): number {
    const at = this.fileBytes;
    const bytes = new Uint8Array(tail.buffer, tail.byteOffset, count * ENTRY_BYTES);
    let written = 0;
    while (written < bytes.length) {
      written += writeSync(this.fd, bytes, written, bytes.length - written, at + written);
    }
    this.fileBytes += bytes.length;
    if (this.withTails.delete(sequence)) this.held -= count;
    return at;
  }

  /** @internal The `count` entries appended at byte offset `at`. */
  read(at: number, count: number): Int32Array {
    const entries = new Int32Array(count);
    const bytes = new Uint8Array(entries.buffer);
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(this.fd, bytes, read, bytes.length - read, at + read);
      if (got === 0) throw new Error(`listing file ${this.file} ends early`);
      read += got;
    }
    return entries;
  }
}

/**
 * One listing's article numbers, in the order they were pushed, with `set` for an entry replaced
 * later (a story's canonical copy taking its newest copy's place): a replaced entry already on disk is
 * remembered in a map (one per replacement) and read back in its place.
 */
export class SpilledSequence {
  private count = 0;
  /** Byte offset and entry count of each appended block, in order. */
  private readonly blocks: number[] = [];
  private appended = 0;
  private tail = new Int32Array(INITIAL_TAIL);
  private tailCount = 0;
  private replaced: Map<number, number> | undefined;

  constructor(private readonly spill: SequenceSpill) {}

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.tailCount >= this.spill.blockEntries) {
      this.appendTail();
    } else if (this.tailCount === this.tail.length) {
      const grown = new Int32Array(Math.min(this.tail.length * 2, this.spill.blockEntries));
      grown.set(this.tail);
      this.tail = grown;
    }
    this.tail[this.tailCount++] = value;
    this.count += 1;
    this.spill.tailGrew(this);
  }

  /** Replaces the entry at `index` (below `length`). */
  set(index: number, value: number): void {
    if (!(index >= 0 && index < this.count)) throw new RangeError(`no entry ${index} of ${this.count}`);
    if (index >= this.appended) {
      this.tail[index - this.appended] = value;
      return;
    }
    this.replaced ??= new Map();
    this.replaced.set(index, value);
  }

  /** The first `limit` entries. */
  first(limit: number): number[] {
    const found: number[] = [];
    if (limit <= 0) return found;
    for (const value of this) {
      found.push(value);
      if (found.length >= limit) break;
    }
    return found;
  }

  *[Symbol.iterator](): Generator<number> {
    let index = 0;
    for (let block = 0; block < this.blocks.length; block += 2) {
      const entries = this.spill.read(this.blocks[block]!, this.blocks[block + 1]!);
      for (const value of entries) {
        yield this.replaced?.get(index) ?? value;
        index += 1;
      }
    }
    yield* this.tail.subarray(0, this.tailCount);
  }

  /** @internal Appends the tail to the file as a block (nothing when it is empty). */
  appendTail(): void {
    if (this.tailCount === 0) return;
    this.blocks.push(this.spill.append(this.tail, this.tailCount, this), this.tailCount);
    this.appended += this.tailCount;
    this.tailCount = 0;
    // A tail that grew to a block does not keep its room: the tails' room stays within twice `HELD_ENTRIES`
    // (and `INITIAL_TAIL` a sequence), however many listings once grew.
    this.tail = new Int32Array(INITIAL_TAIL);
  }
}
