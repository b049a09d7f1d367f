import { hammingDistance } from "@caixun/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NearDuplicateIndex } from "../src/near-duplicates.js";

/** Flips the given bits of a 16-hex-digit fingerprint. */
function flip(fingerprint: string, bits: readonly number[]): string {
  let value = BigInt(`0x${fingerprint}`);
  for (const bit of bits) value ^= 1n << BigInt(bit);
  return value.toString(16).padStart(16, "0");
}

/** The grouping by comparing every pair, to check the banded index against. */
function bruteForce(fingerprints: readonly string[], maxBits: number): number[][] {
  const parent = fingerprints.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
  for (let i = 0; i < fingerprints.length; i++) {
    for (let j = 0; j < i; j++) {
      if (hammingDistance(fingerprints[i]!, fingerprints[j]!) <= maxBits) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < fingerprints.length; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()].filter((group) => group.length > 1);
}

const normalise = (groups: number[][]) =>
  groups.map((group) => [...group].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);

describe("NearDuplicateIndex", () => {
  it("groups copies within 3 bits, keeps 4 bits apart separate, and is transitive", () => {
    const base = "80416e96f6188a7e";
    const index = new NearDuplicateIndex<string>(3);
    index.add(base, "a", "story");
    index.add(flip(base, [0, 17, 63]), "b", "copy");
    index.add(flip(base, [0, 17, 63, 40, 41]), "c", "copy of the copy");
    index.add(flip(base, [1, 2, 3, 4]), "d", "different");
    index.add(base, "e", "exact copy");
    index.add("0123456789abcdef", "f", "unrelated");
    expect(index.groups()).toEqual([{ title: "story", members: ["a", "e", "b", "c"] }]);
  });

  it("finds exactly the groups that comparing every pair finds", () => {
    const hex = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, "0"));
    // Random fingerprints plus near copies of them, so that groups actually form.
    const corpus = fc
      .tuple(
        fc.array(hex, { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 5 })), {
          maxLength: 30,
        }),
      )
      .map(([originals, copies]) => [
        ...originals,
        ...copies.map(([which, bits]) => flip(originals[which % originals.length]!, bits)),
      ]);
    fc.assert(
      fc.property(corpus, (fingerprints) => {
        const index = new NearDuplicateIndex<number>(3);
        for (const [i, fingerprint] of fingerprints.entries()) index.add(fingerprint, i, String(i));
        expect(normalise(index.groups().map((group) => group.members))).toEqual(
          normalise(bruteForce(fingerprints, 3)),
        );
      }),
    );
  });
});
