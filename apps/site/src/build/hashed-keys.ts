/** Slots the table starts with (a power of two); it doubles when half full. */
const INITIAL_SLOTS = 1024;

/**
 * A set of strings that holds, per member, a 53-bit hash and the number of whoever added it (two
 * typed arrays, open addressing at most half full: 24–48 bytes a member), not the string: a build
 * of a million articles does not keep a million ids or folded names on the heap. When a hash matches, the member's string is
 * read back through `keyOf(owner)` (the caller keeps it on disk) and compared, so two strings that
 * share a hash are never taken for one.
 */
export class HashedKeySet {
  /** Each slot's hash plus one (0: empty); 2^53 + 1 still fits a double exactly. */
  private hashes = new Float64Array(INITIAL_SLOTS);
  private owners = new Int32Array(INITIAL_SLOTS);
  private size = 0;

  constructor(
    private readonly keyOf: (owner: number) => string,
    private readonly hash: (key: string) => number = hash53,
  ) {}

  get length(): number {
    return this.size;
  }

  has(key: string): boolean {
    const stored = this.hash(key) + 1;
    const mask = this.hashes.length - 1;
    for (let slot = stored % this.hashes.length; this.hashes[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === stored && this.keyOf(this.owners[slot]!) === key) return true;
    }
    return false;
  }

  /** Adds `key` (not yet a member: callers ask `has` first), read back later as `keyOf(owner)`. */
  add(key: string, owner: number): void {
    if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    this.place(this.hash(key) + 1, owner);
    this.size += 1;
  }

  private place(stored: number, owner: number): void {
    const mask = this.hashes.length - 1;
    let slot = stored % this.hashes.length;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = stored;
    this.owners[slot] = owner;
  }

  private grow(): void {
    const { hashes, owners } = this;
    this.hashes = new Float64Array(hashes.length * 2);
    this.owners = new Int32Array(hashes.length * 2);
    for (let slot = 0; slot < hashes.length; slot++) {
      if (hashes[slot] !== 0) this.place(hashes[slot]!, owners[slot]!);
    }
  }
}

/** A 53-bit hash of a string's UTF-16 units (cyrb53: two 32-bit multiply-xor lanes, mixed). */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 0x100000000 * (h2 & 0x1fffff) + (h1 >>> 0);
}
