/**
 * Candidate generation: an inverted index from anchors (sampled character triples) to the items
 * that contain them, so an item is compared only with items it shares an anchor with, never with
 * the whole corpus. Items are added in time order and fall out of the index once they are older
 * than the longest time window.
 */

/** Anchors of a text: hashes of its character triples whose low bits are zero (1 in `every`). */
export function anchorsOf(chars: string, every: number): Int32Array {
  const mask = every - 1;
  const seen = new Set<number>();
  if (chars.length < 3) {
    // Too short for a triple: the whole text is the one anchor.
    seen.add(hashTriple(chars.charCodeAt(0) || 0, chars.charCodeAt(1) || 0, 0) & ~mask);
    return Int32Array.from(seen);
  }
  for (let i = 0; i + 2 < chars.length; i++) {
    const h = hashTriple(chars.charCodeAt(i), chars.charCodeAt(i + 1), chars.charCodeAt(i + 2));
    if ((h & mask) === 0) seen.add(h);
  }
  return Int32Array.from(seen);
}

function hashTriple(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** What the index holds of an item: any object with a counter the index may use between calls. */
export interface Indexed {
  /** Anchors shared with the current query; zero between queries. */
  shared: number;
}

interface Posting<E> {
  /** Items, in the order they were added. */
  items: E[];
  /** Items before this index have left the window. */
  start: number;
}

export class AnchorIndex<E extends Indexed> {
  private readonly postings = new Map<number, Posting<E>>();

  /**
   * @param isLive tells whether an item can still meet a new one; items are added in time order,
   *   and leave the front of a posting once they cannot, so the index holds the items of one time
   *   window, not the corpus.
   * @param maxPosting anchors carried by more live items than this are too common to tell
   *   stories apart (`有限公司`, `同比增长`) and are not used to find candidates.
   */
  constructor(
    private readonly isLive: (item: E) => boolean,
    private readonly maxPosting: number,
  ) {}

  add(item: E, anchors: Int32Array): void {
    for (const anchor of anchors) {
      const posting = this.postings.get(anchor);
      if (posting === undefined) this.postings.set(anchor, { items: [item], start: 0 });
      else posting.items.push(item);
    }
  }

  /**
   * Calls `visit` once for every live item sharing usable anchors with `anchors`, with how many it
   * shares, in the order the items were first met; the anchors too common to use go into `common`,
   * in the order of `anchors`, when given.
   */
  candidates(anchors: Int32Array, visit: (item: E, shared: number) => void, common?: number[]): void {
    const touched: E[] = [];
    for (const anchor of anchors) {
      const posting = this.postings.get(anchor);
      if (posting === undefined) continue;
      this.expire(anchor, posting);
      if (posting.items.length - posting.start > this.maxPosting) {
        common?.push(anchor);
        continue;
      }
      for (let i = posting.start; i < posting.items.length; i++) {
        const item = posting.items[i]!;
        if (item.shared++ === 0) touched.push(item);
      }
    }
    for (const item of touched) {
      const shared = item.shared;
      item.shared = 0;
      if (this.isLive(item)) visit(item, shared);
    }
  }

  /** The item added last that carries `anchor`, when it is still live. */
  newest(anchor: number): E | undefined {
    const item = this.postings.get(anchor)?.items.at(-1);
    return item !== undefined && this.isLive(item) ? item : undefined;
  }

  /** Drops the items that left the window from the front of a posting; forgets it when empty. */
  private expire(anchor: number, posting: Posting<E>): void {
    while (posting.start < posting.items.length && !this.isLive(posting.items[posting.start]!))
      posting.start++;
    if (posting.start === posting.items.length) this.postings.delete(anchor);
    else if (posting.start > 64 && posting.start * 2 > posting.items.length) {
      posting.items = posting.items.slice(posting.start);
      posting.start = 0;
    }
  }

  /** Forgets the items that left the window (call now and then to bound memory). */
  sweep(): void {
    for (const [anchor, posting] of this.postings) this.expire(anchor, posting);
  }
}
