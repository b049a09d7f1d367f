import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../src/securities/fold.js";
import { FlatTrie, type PackedTrie } from "../src/securities/trie.js";

/** The node a key reaches, walking child by child; -1 where an edge is missing. */
function walk(trie: FlatTrie<unknown> | PackedTrie<unknown>, key: string): number {
  let node = 0;
  for (let i = 0; i < key.length && node !== -1; i++) node = trie.child(node, key.charCodeAt(i));
  return node;
}

describe("the flat trie and its packed form", () => {
  it("finds every key it was given, with its values in order, and grows past its first table", () => {
    const trie = new FlatTrie<number>(16);
    const keys = ["中国太保", "中国太平洋保险", "中国", "CPIC", "太保产险"];
    for (const [i, key] of keys.entries()) trie.add(key, i);
    trie.add("中国", 9);
    expect(keys.map((key) => trie.valuesAt(walk(trie, key)))).toEqual([[0], [1], [2, 9], [3], [4]]);
    expect(trie.valuesAt(walk(trie, "中国太"))).toBeUndefined();
    expect(walk(trie, "中华")).toBe(-1);
    // Packed, the values of all keys sit in one array: a key's count and each value by its index.
    const packed = trie.pack();
    const china = walk(packed, "中国");
    expect([packed.valueCount(china), packed.valueAt(china, 0), packed.valueAt(china, 1)]).toEqual([2, 2, 9]);
    expect(keys.map((key) => packed.valuesAt(walk(packed, key)))).toEqual([[0], [1], [2, 9], [3], [4]]);
    expect(packed.valueCount(walk(packed, "中国太"))).toBe(0);
    // The root, 中国太保 (4), 平洋保险 after the shared 中国太 (4), CPIC (4), 太保产险 (4).
    expect(trie.size.nodes).toBe(17);
  });

  it("refuses a key shorter than two characters", () => {
    expect(() => new FlatTrie<number>().add("中", 1)).toThrow(RangeError);
  });

  it("agrees with a Set on arbitrary keys: present keys end at their value, others do not", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 2, maxLength: 6, unit: "grapheme" }), { maxLength: 200 }),
        fc.array(fc.string({ minLength: 2, maxLength: 6 }), { maxLength: 50 }),
        (keys, probes) => {
          const trie = new FlatTrie<string>(16);
          for (const key of keys) trie.add(key, key);
          const packed = trie.pack();
          for (const key of keys) {
            expect(trie.valuesAt(walk(trie, key))).toEqual([key]);
            expect(packed.valuesAt(walk(packed, key))).toEqual([key]);
            expect(packed.valueAt(walk(packed, key), 0)).toBe(key);
            // The filters never turn a key away.
            const [c0, c1, c2] = [0, 1, 2].map((i) => key.charCodeAt(i));
            expect(packed.mayStartWith(c0!, c1!)).toBe(true);
            expect(packed.mayMatch(c0!, c1!, Number.isNaN(c2) ? -1 : c2!)).toBe(true);
            expect(packed.pairNode(c0!, c1!)).toBe(walk(packed, key.slice(0, 2)));
          }
          for (const probe of probes) {
            for (const t of [trie, packed]) {
              const node = walk(t, probe);
              const values = node === -1 ? undefined : t.valuesAt(node);
              expect(values).toEqual(keys.includes(probe) ? [probe] : undefined);
            }
          }
        },
      ),
    );
  });

  it("finds every position where a key starts in a text as written, with the node two deep there, in order", () => {
    // Keys are folded, as the dictionary adds them; the text is read as written (`Ｂ`, `B` for `b`).
    const key = fc
      .string({ minLength: 2, maxLength: 5, unit: fc.constantFrom(..."中国太保平安宁德时代ABabＢ1") })
      .map(foldText);
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 40 }),
        fc.array(fc.oneof(key, fc.string({ maxLength: 4 })), { maxLength: 30 }),
        (keys, pieces) => {
          const trie = new FlatTrie<string>(16);
          for (const k of keys) trie.add(k, k);
          const packed = trie.pack();
          const text = pieces.join("");
          const folded = foldText(text);
          const count = packed.startsIn(text);
          const positions = [...packed.startPositions.subarray(0, count)];
          const nodes = [...packed.startNodes.subarray(0, count)];
          // Positions in order, each with the node two deep along the text there, then the text's length.
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          expect(packed.startPositions[count]).toBe(text.length);
          for (const [k, at] of positions.entries()) {
            expect(nodes[k]).toBe(walk(packed, folded.slice(at, at + 2)));
            expect(nodes[k]).not.toBe(-1);
          }
          // No position where a key starts is left out.
          for (let at = 0; at < text.length; at++) {
            if (keys.some((k) => folded.startsWith(k, at))) expect(positions).toContain(at);
          }
        },
      ),
    );
  });

  it("reads the start of a text in which no key starts as none, and a text of one character", () => {
    const trie = new FlatTrie<string>(16);
    trie.add("中国太保", "中国太保");
    trie.add("平安", "平安");
    const packed = trie.pack();
    expect(packed.startsIn("")).toBe(0);
    expect(packed.startsIn("中")).toBe(0);
    expect(packed.startsIn("今天是晴天")).toBe(0);
    const text = "中国平安与中国太保";
    expect(packed.startsIn(text)).toBe(2);
    expect([...packed.startPositions.subarray(0, 3)]).toEqual([2, 5, text.length]);
  });

  it("reads a text longer than one window of the scan, a key across the windows' edge included", () => {
    const trie = new FlatTrie<string>(16);
    trie.add("中国平安", "中国平安");
    trie.add("平安", "平安");
    const packed = trie.pack();
    // The scan sifts 4,096 positions at a time: 中国 spans positions 4,095 and 4,096.
    const text = `${"今".repeat(4095)}中国平安${"今".repeat(5000)}平安`;
    expect(packed.startsIn(text)).toBe(3);
    expect([...packed.startPositions.subarray(0, 4)]).toEqual([4095, 4097, 9099, text.length]);
    // More starts than it keeps room for between texts, and a short text after them.
    const many = "平安、".repeat(3000);
    expect(packed.startsIn(many)).toBe(3000);
    expect(packed.startPositions[2999]).toBe(8997);
    expect(packed.startsIn("今天中国平安")).toBe(2);
    expect([...packed.startPositions.subarray(0, 3)]).toEqual([2, 4, 6]);
  });
});
