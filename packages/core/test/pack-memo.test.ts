import { describe, expect, it } from "vitest";
import { allPacks, PACKS } from "../src/packs/index.js";
import { KEPT, memoByPacks } from "../src/packs/memo.js";

describe("memoByPacks", () => {
  const packs = allPacks(PACKS);
  // Every list of one pack and of two, in order: more lists than a memo keeps.
  const lists = packs.flatMap((first, i) => [
    [first],
    ...packs.slice(i + 1).map((second) => [first, second]),
  ]);

  it("builds once per list while the lists in use number no more than it keeps", () => {
    expect(lists.length).toBeGreaterThan(27);
    const inUse = lists.slice(0, 27);
    const built: string[] = [];
    const memo = memoByPacks((list) => {
      built.push(list.map((pack) => pack.name).join(","));
      return list.length;
    });
    for (let pass = 0; pass < 3; pass++) for (const list of inUse) expect(memo([...list])).toBe(list.length);
    expect(built).toHaveLength(27);
  });

  it("gives up the list least recently used", () => {
    let builds = 0;
    const memo = memoByPacks((list) => {
      builds++;
      return list;
    });
    const many = lists.slice(0, KEPT);
    expect(many).toHaveLength(KEPT);
    for (const list of many) memo(list);
    // The first list used again moves to the front; one more list then gives up the second, not the first.
    memo(many[0]!);
    memo([...packs].reverse());
    expect(builds).toBe(KEPT + 1);
    memo(many[0]!);
    expect(builds).toBe(KEPT + 1);
    memo(many[1]!);
    expect(builds).toBe(KEPT + 2);
  });
});
