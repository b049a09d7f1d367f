import { foldCode, unfoldings } from "./fold.js";

/**
 * A trie over UTF-16 strings of at least two units, built here and read as a {@link PackedTrie}: every
 * edge (node, character) → child lives in one open-addressing hash table of typed arrays, and node 0
 * is the root, so the shipped dictionary's ~20,000 nodes take half a megabyte, where a `Map` per node
 * took about seven.
 */
export class FlatTrie<T> {
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

  /** The values whose key ends at `node`. */
  valuesAt(node: number): readonly T[] | undefined {
    return this.values[node];
  }

  /** Adds `value` under `key` (after the values already there); returns the key's node. */
  add(key: string, value: T): number {
    if (key.length < 2)
      throw new RangeError(`trie keys have at least two characters: ${JSON.stringify(key)}`);
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

  /** Nodes, and bytes of the edge table. */
  get size(): { nodes: number; tableBytes: number } {
    return { nodes: this.nodeCount, tableBytes: this.edges.byteLength };
  }

  /** The same keys and values, laid out for reading: see {@link PackedTrie}. */
  pack(): PackedTrie<T> {
    const children: number[][] = Array.from({ length: this.nodeCount }, () => []);
    const charOf = new Int32Array(this.nodeCount);
    for (let at = 0; at < this.edges.length; at += 3) {
      const parent = this.edges[at]!;
      if (parent === -1) continue;
      const child = this.edges[at + 2]!;
      charOf[child] = this.edges[at + 1]!;
      children[parent]!.push(child);
    }
    // Number the nodes in depth-first preorder, children by character: a node's first child is the next node.
    const order: number[] = [];
    const stack = [0];
    while (stack.length > 0) {
      const node = stack.pop()!;
      order.push(node);
      const kids = children[node]!.sort((a, b) => charOf[a]! - charOf[b]!);
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
    const renumbered = new Int32Array(this.nodeCount);
    for (const [id, node] of order.entries()) renumbered[node] = id;
    return new PackedTrie(
      order.map((node) => children[node]!.map((child) => [charOf[child]!, renumbered[child]!] as const)),
      order.map((node) => this.values[node]),
    );
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

/**
 * The pair filter: a bit per hashed pair of first characters, 2^PAIR_LOG bits (8 KB). Its one probe is
 * all the matcher does at most positions of a text, so its hash is one multiplication of the pair's
 * two characters side by side in one word.
 */
const PAIR_LOG = 16;
const PAIR_BITS = 1 << PAIR_LOG;
/** Fibonacci hashing's multiplier (2^32 / φ) as a signed 32-bit integer: the product's top bits mix both characters. */
const PAIR_MULTIPLIER = -1640531535;

/** The pair filter's bit for the characters `c0 c1`; its word is the bit's index over 32, its place in the word the index's low five bits. */
function pairBit(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, PAIR_MULTIPLIER) >>> (32 - PAIR_LOG);
}

/**
 * The start filter: 2^START_BLOCK_LOG blocks of one cache line (16 words of 32 bits). Every item that
 * begins with the same two characters is in the same block, so that a position's two probes (the key
 * of exactly those two characters, and the first three characters of a longer key) read one line.
 */
const START_BLOCK_LOG = 8;
const BLOCK_WORDS = 16;
/** Positions of a text {@link PackedTrie.startsIn} sifts at a time (16 KB of buffer). */
const SCAN_WINDOW = 4096;
/** Starts {@link PackedTrie.startsIn} keeps room for between texts (a text of 886 characters has about 20). */
const KEPT_STARTS = 1024;
/** The third "character" of a key of two characters in the start filter: no UTF-16 unit is. */
const WHOLE_PAIR = 0x10000;

/**
 * The hash of the first two characters of an item of the start filter: its top bits choose the block of
 * every item beginning with them. Two multiplications and the item's one ({@link startItemHash}):
 * the filter is probed at every position the pair filter lets through.
 */
function startPairHash(c0: number, c1: number): number {
  return Math.imul(Math.imul(c0, 0x9e3779b1) ^ c1, 0x85ebca6b);
}

/**
 * An item's hash from its pair's and its third character ({@link WHOLE_PAIR} for a key of two): its
 * word in the pair's block (the low four bits) and two bits in that word (the next ten).
 */
function startItemHash(pairHash: number, c2: number): number {
  const h = Math.imul(pairHash ^ c2, 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/** An item's two bits in its word of the start filter. */
function startBits(hash: number): number {
  return (1 << ((hash >>> 4) & 31)) | (1 << ((hash >>> 9) & 31));
}

/** Where the block of the items beginning with a pair starts in the start filter, from the pair's own hash. */
function startBlock(pairHash: number): number {
  return (pairHash >>> (32 - START_BLOCK_LOG)) * BLOCK_WORDS;
}

function pairSlot(c0: number, c1: number): number {
  const h = Math.imul(c0, 0x2c1b3c6d) ^ Math.imul(c1, 0x297a2d39);
  return h ^ (h >>> 15);
}

/** Mixes node and character so that the children of one node and the same character under many nodes spread. */
function slotOf(node: number, c: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
  return h ^ (h >>> 16);
}

/**
 * A node's header word in {@link PackedTrie}: its reader's bits (low 12), whether a key ends there, its
 * edge count above (up to 2^19, more than there are UTF-16 units).
 */
const FLAG_BITS = 0xfff;
const END_BIT = 0x1000;
const COUNT_SHIFT = 13;
/** Words before a node's edges: the header and where the node's values start in the flat array of values. */
const NODE_HEADER = 2;

/**
 * A trie packed for reading, made by {@link FlatTrie.pack}: one array of 32-bit words holds every node
 * in depth-first preorder, each as a header (the reader's bits, whether a key ends there, how many
 * edges), where its values start in one flat array, and then its edges sorted by character, two words
 * an edge (character, where the child starts). A node is known by where it starts in the array, so walking a name reads memory in
 * order: a node's first child comes right after its edges, and what the walk needs of a node (does a
 * key end here, the guards' bits, the next edge) is in the line it has just read — a walk costs about
 * one cache miss, where separate arrays for ends, bits, edge offsets and edges cost one each. The nodes
 * two characters deep are found at once by the pair of characters, without walking the root's
 * thousand edges.
 */
export class PackedTrie<T> {
  /** The nodes, in preorder: header, where its values start, then (character, child's start) for each edge. */
  private readonly nodes: Int32Array;
  private readonly nodeCount: number;
  /**
   * Every node's values one after the other, in one array: a node's second word leads straight to its
   * first value, so a match reads one array element where an array per node took three reads (the
   * outer slot, the node's array and its elements), each a cache miss in a parse.
   */
  private readonly values: T[];
  /** How many values a node has, at the index where they start in {@link values}. */
  private readonly valueCounts: Int32Array;
  /**
   * Open addressing over pairs of first characters, two numbers a slot: the key `c0 << 16 | c1` (0
   * empty) and where its node two deep starts, side by side so that a probe reads one cache line.
   */
  private readonly pairTable: Int32Array;
  private readonly pairMask: number;

  /**
   * Two filters turn most positions of a text away before the trie is touched. The first is read at
   * every position, and is the most of what the matcher costs: a bit per hashed pair of first
   * characters, set for every way a text may write them (`N`, `n`, `Ｎ`), so that no character is folded
   * before it passes; one probe of one table and no branch (8 KB: about one position in seven of a
   * text passes it). The second is read only at the positions the first lets through: a Bloom filter
   * over the keys of exactly two characters and the first three characters of the longer keys, folded,
   * with both of an item's bits in one word and every item of one pair of first characters in one
   * cache line, so that a position reads one line of it (16 KB): it turns away the positions that start
   * a key's first two characters but no key (`中国经济` beside `中国平安`). Between two short texts the
   * parse pushes them out of the processor's cache, so they are small.
   */
  private readonly pairs = new Uint32Array(PAIR_BITS / 32);
  private readonly starts = new Uint32Array(BLOCK_WORDS << START_BLOCK_LOG);
  /** The positions of one window of a text that {@link startsIn}'s filters let through. */
  private readonly window = new Int32Array(SCAN_WINDOW);
  /**
   * {@link startsIn}'s answer: the starts and the nodes two deep there (about one position in forty of
   * a text), grown as a text needs and let go after a text that needed more than {@link KEPT_STARTS}.
   */
  private positions = new Int32Array(KEPT_STARTS);
  private pairNodes = new Int32Array(KEPT_STARTS);

  constructor(
    edges: readonly (readonly (readonly [char: number, child: number])[])[],
    values: readonly (T[] | undefined)[],
  ) {
    this.nodeCount = edges.length;
    this.values = values.flatMap((list) => list ?? []);
    this.valueCounts = new Int32Array(this.values.length);
    const start = new Int32Array(edges.length);
    let words = 0;
    for (const [node, list] of edges.entries()) {
      start[node] = words;
      words += NODE_HEADER + list.length * 2;
    }
    this.nodes = new Int32Array(words);
    let firstValue = 0;
    for (const [node, list] of edges.entries()) {
      const at = start[node]!;
      const count = values[node]?.length ?? 0;
      this.nodes[at] = (list.length << COUNT_SHIFT) | (count > 0 ? END_BIT : 0);
      this.nodes[at + 1] = firstValue;
      if (count > 0) this.valueCounts[firstValue] = count;
      firstValue += count;
      for (const [k, [char, child]] of list.entries()) {
        this.nodes[at + NODE_HEADER + k * 2] = char;
        this.nodes[at + NODE_HEADER + k * 2 + 1] = start[child]!;
      }
    }
    const second = edges[0]!.flatMap(([c0, first]) => edges[first]!.map(([c1, node]) => [c0, c1, node]));
    const slots = 2 ** Math.ceil(Math.log2(Math.max(16, second.length * 2)));
    this.pairTable = new Int32Array(slots * 2);
    this.pairMask = slots - 1;
    for (const [c0, c1, node] of second) {
      let slot = pairSlot(c0!, c1!) & this.pairMask;
      while (this.pairTable[slot * 2] !== 0) slot = (slot + 1) & this.pairMask;
      this.pairTable[slot * 2] = (c0! << 16) | c1!;
      this.pairTable[slot * 2 + 1] = start[node!]!;
      for (const u0 of unfoldings(c0!)) {
        for (const u1 of unfoldings(c1!)) {
          const bit = pairBit(u0, u1);
          this.pairs[bit >>> 5]! |= 1 << (bit & 31);
        }
      }
      const pairHash = startPairHash(c0!, c1!);
      const block = startBlock(pairHash);
      if (values[node!]?.length) this.addStart(block, startItemHash(pairHash, WHOLE_PAIR));
      for (const [c2] of edges[node!]!) this.addStart(block, startItemHash(pairHash, c2));
    }
  }

  /**
   * Every position of `text` where a key starts with the two characters there, in order, in
   * {@link startPositions} and then the text's length, with the node two characters deep along them
   * at the same index of {@link startNodes} (buffers reused from text to text, valid until the next
   * call); returns how many. One loop reads every character once and probes the pair filter; only
   * where it passes (about one position in seven) are the characters folded and the start filter
   * read, from the characters the loop holds. Then the pair table, in a loop of its own over the
   * positions left (about one in forty). Every instruction of the first loop is paid at every
   * character of every text, so it does nothing else: no write, no fold, one multiplication.
   */
  startsIn(text: string): number {
    const length = text.length;
    if (this.positions.length > KEPT_STARTS) {
      this.positions = new Int32Array(KEPT_STARTS);
      this.pairNodes = new Int32Array(KEPT_STARTS);
    }
    const { pairs, starts, window } = this;
    let found = 0;
    // A window at a time, so that the buffer of the positions kept stays small whatever the text.
    let c1 = length > 0 ? text.charCodeAt(0) : 0;
    for (let from = 0; from < length - 1; from += SCAN_WINDOW) {
      const to = Math.min(from + SCAN_WINDOW, length - 1);
      let kept = 0;
      // Every position but the text's last (a key has two characters at least).
      for (let i = from; i < to; i++) {
        const c0 = c1;
        c1 = text.charCodeAt(i + 1);
        const bit = pairBit(c0, c1);
        // A shift takes its count's low five bits: the bit's place in its word.
        if (((pairs[bit >>> 5]! >>> bit) & 1) === 0) continue;
        // The start filter, folded: the key of these two characters, else the first three of a longer key.
        const pairHash = startPairHash(foldCode(c0), foldCode(c1));
        const block = startBlock(pairHash);
        const whole = startItemHash(pairHash, WHOLE_PAIR);
        const wholeBits = startBits(whole);
        if ((starts[block + (whole & (BLOCK_WORDS - 1))]! & wholeBits) !== wholeBits) {
          if (i + 2 === length) continue;
          const longer = startItemHash(pairHash, foldCode(text.charCodeAt(i + 2)));
          const longerBits = startBits(longer);
          if ((starts[block + (longer & (BLOCK_WORDS - 1))]! & longerBits) !== longerBits) continue;
        }
        window[kept++] = i;
      }
      // The node two deep, where there is one.
      if (found + kept >= this.positions.length) this.grow(found + kept + 1);
      const { positions, pairNodes } = this;
      for (let k = 0; k < kept; k++) {
        const i = window[k]!;
        const node = this.pairNode(foldCode(text.charCodeAt(i)), foldCode(text.charCodeAt(i + 1)));
        positions[found] = i;
        pairNodes[found] = node;
        found += node === -1 ? 0 : 1;
      }
    }
    if (found >= this.positions.length) this.grow(found + 1);
    this.positions[found] = length;
    return found;
  }

  /** Room for at least `size` starts in {@link startsIn}'s answer, those found so far kept. */
  private grow(size: number): void {
    const capacity = Math.max(size, this.positions.length * 2);
    const positions = new Int32Array(capacity);
    const pairNodes = new Int32Array(capacity);
    positions.set(this.positions);
    pairNodes.set(this.pairNodes);
    this.positions = positions;
    this.pairNodes = pairNodes;
  }

  /** The positions {@link startsIn} found in the last text. */
  get startPositions(): Int32Array {
    return this.positions;
  }

  /** The nodes two deep at {@link startPositions}. */
  get startNodes(): Int32Array {
    return this.pairNodes;
  }

  /** False when no key starts with the characters `c0 c1`, as a text may write them (true may be a false positive). */
  mayStartWith(c0: number, c1: number): boolean {
    const bit = pairBit(c0, c1);
    return ((this.pairs[bit >>> 5]! >>> bit) & 1) !== 0;
  }

  /**
   * False when no key is `c0 c1` and none starts with `c0 c1 c2` (true may be a false positive); `c2`
   * is -1 at the end of the text.
   */
  mayMatch(c0: number, c1: number, c2: number): boolean {
    const pairHash = startPairHash(c0, c1);
    const block = startBlock(pairHash);
    return (
      this.hasStart(block, startItemHash(pairHash, WHOLE_PAIR)) ||
      (c2 >= 0 && this.hasStart(block, startItemHash(pairHash, c2)))
    );
  }

  private hasStart(block: number, hash: number): boolean {
    const bits = startBits(hash);
    return (this.starts[block + (hash & (BLOCK_WORDS - 1))]! & bits) === bits;
  }

  private addStart(block: number, hash: number): void {
    this.starts[block + (hash & (BLOCK_WORDS - 1))]! |= startBits(hash);
  }

  /** The node two characters deep along `c0 c1`, or -1. */
  pairNode(c0: number, c1: number): number {
    const key = (c0 << 16) | c1;
    const { pairTable, pairMask } = this;
    for (let slot = pairSlot(c0, c1) & pairMask; ; slot = (slot + 1) & pairMask) {
      const k = pairTable[slot * 2]!;
      if (k === key) return pairTable[slot * 2 + 1]!;
      if (k === 0) return -1;
    }
  }

  /** The child of `node` (where it starts) along character code `c`, or -1. */
  child(node: number, c: number): number {
    const { nodes } = this;
    let low = node + NODE_HEADER;
    const end = low + (nodes[node]! >>> COUNT_SHIFT) * 2;
    // Most nodes have one or a few edges, read in order; the root and names' common starts have hundreds:
    // halve those first (the first edge not below `c` stays at or after `low`).
    for (let high = end; high - low > 16; ) {
      const mid = low + (((high - low) >>> 2) << 1);
      if (nodes[mid]! < c) low = mid + 2;
      else high = mid;
    }
    for (let e = low; e < end; e += 2) {
      const char = nodes[e]!;
      if (char === c) return nodes[e + 1]!;
      if (char > c) return -1;
    }
    return -1;
  }

  /** The values whose key ends at `node` (a new array: see {@link valueAt} and {@link valueCount} for reading one). */
  valuesAt(node: number): readonly T[] | undefined {
    if (!this.endsAt(node)) return undefined;
    const first = this.nodes[node + 1]!;
    return this.values.slice(first, first + this.valueCounts[first]!);
  }

  /** The `k`-th value of the key ending at `node` (`k` below {@link valueCount}). */
  valueAt(node: number, k: number): T {
    return this.values[this.nodes[node + 1]! + k]!;
  }

  /** How many values the key ending at `node` has. */
  valueCount(node: number): number {
    return this.endsAt(node) ? this.valueCounts[this.nodes[node + 1]!]! : 0;
  }

  /** Whether a key ends at `node`. */
  endsAt(node: number): boolean {
    return (this.nodes[node]! & END_BIT) !== 0;
  }

  /** The node where `key` ends, or -1. */
  nodeOf(key: string): number {
    let node = key.length >= 2 ? this.pairNode(key.charCodeAt(0), key.charCodeAt(1)) : -1;
    for (let i = 2; i < key.length && node !== -1; i++) node = this.child(node, key.charCodeAt(i));
    return node !== -1 && this.endsAt(node) ? node : -1;
  }

  /** The reader's bits for the key ending at `node` (0 until set). */
  flagsAt(node: number): number {
    return this.nodes[node]! & FLAG_BITS;
  }

  /** Sets the reader's bits (up to twelve) for the key ending at `node`. */
  setFlags(node: number, flags: number): void {
    this.nodes[node] = (this.nodes[node]! & ~FLAG_BITS) | (flags & FLAG_BITS);
  }

  /** Nodes, and bytes of the node array, the pair table and the filters, for docs/benchmarks.md. */
  get size(): { nodes: number; tableBytes: number } {
    const bytes = [this.nodes, this.pairTable, this.pairs, this.starts];
    return { nodes: this.nodeCount, tableBytes: bytes.reduce((n, a) => n + a.byteLength, 0) };
  }
}
