/**
 * A trie over UTF-16 strings of at least two units, stored flat: every edge (node, character) → child
 * lives in one open-addressing hash table of typed arrays, and node 0 is the root. The matcher steps
 * through it at every character of every story, so a step is one hash probe with no allocation, and
 * the shipped dictionary's ~20,000 nodes take half a megabyte here, where a `Map` per node took
 * about seven. Most positions of a text start no key: a 16 KB bit set of the keys' first two
 * characters turns them away before the table (too big to stay in cache beside a parse) is touched.
 */
export class FlatTrie<T> {
  /** One bit per hashed pair of first characters; a clear bit means no key starts with that pair. */
  private readonly pairs = new Uint32Array(PAIR_BITS / 32);
  /**
   * The edges, three numbers a slot (parent node, character, child node) so that a probe reads one
   * cache line; a parent of -1 marks an empty slot.
   */
  private edges: Int32Array;
  private mask: number;
  private edgeCount = 0;
  private nodeCount = 1;
  /** What ends at each node (the values inserted with that key), undefined where nothing ends. */
  private readonly values: (T[] | undefined)[] = [undefined];

  constructor(initialSlots = 1024) {
    const slots = 2 ** Math.ceil(Math.log2(Math.max(16, initialSlots)));
    this.edges = new Int32Array(slots * 3).fill(-1);
    this.mask = slots - 1;
  }

  /** The child of `node` along character code `c`, or -1. */
  child(node: number, c: number): number {
    const { edges, mask } = this;
    let slot = slotOf(node, c) & mask;
    for (;;) {
      const parent = edges[slot * 3]!;
      if (parent === -1) return -1;
      if (parent === node && edges[slot * 3 + 1] === c) return edges[slot * 3 + 2]!;
      slot = (slot + 1) & mask;
    }
  }

  /** False when no key starts with the characters `c0 c1` (true may be a hash collision). */
  mayStartWith(c0: number, c1: number): boolean {
    const bit = pairBit(c0, c1);
    return (this.pairs[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** The values whose key ends at `node`. */
  valuesAt(node: number): readonly T[] | undefined {
    return this.values[node];
  }

  /** Adds `value` under `key` (after the values already there); returns the key's node. */
  add(key: string, value: T): number {
    if (key.length < 2)
      throw new RangeError(`trie keys have at least two characters: ${JSON.stringify(key)}`);
    const bit = pairBit(key.charCodeAt(0), key.charCodeAt(1));
    this.pairs[bit >>> 5] = (this.pairs[bit >>> 5] ?? 0) | (1 << (bit & 31));
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = this.child(node, c);
      if (next === -1) {
        next = this.nodeCount++;
        this.values.push(undefined);
        this.link(node, c, next);
      }
      node = next;
    }
    const list = this.values[node] ?? [];
    list.push(value);
    this.values[node] = list;
    return node;
  }

  /** Replaces the values under the node {@link add} returned (to reorder them). */
  setValues(node: number, values: T[]): void {
    this.values[node] = values;
  }

  /** Nodes, and bytes of the edge table and the pair bit set, for the memory figures in docs/benchmarks.md. */
  get size(): { nodes: number; tableBytes: number } {
    return { nodes: this.nodeCount, tableBytes: this.edges.byteLength + this.pairs.byteLength };
  }

  private link(node: number, c: number, child: number): void {
    // Kept at most two thirds full: probes stay short, and the table small enough to stay in cache.
    if ((this.edgeCount + 1) * 3 > (this.mask + 1) * 2) this.grow();
    let slot = slotOf(node, c) & this.mask;
    while (this.edges[slot * 3] !== -1) slot = (slot + 1) & this.mask;
    this.edges.set([node, c, child], slot * 3);
    this.edgeCount++;
  }

  private grow(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2).fill(-1);
    this.mask = (old.length / 3) * 2 - 1;
    this.edgeCount = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== -1) this.link(old[at]!, old[at + 1]!, old[at + 2]!);
    }
  }
}

const PAIR_BITS = 1 << 17;

function pairBit(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b)) >>> (32 - 17);
}

/** Mixes node and character so that the children of one node and the same character under many nodes spread. */
function slotOf(node: number, c: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
  return h ^ (h >>> 16);
}
