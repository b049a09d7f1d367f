import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { HashedKeySet, hash53 } from "../src/build/hashed-keys.js";
import { articlePath, withSitePaths } from "../src/build/site-paths.js";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
/** The heap and the typed arrays' buffers (kept outside the heap). */
const heldBytes = () => {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

describe("HashedKeySet", () => {
  it("reads a member back to tell it from another string of the same hash", () => {
    const keys = ["a", "b", "AI", "ai"];
    const asked: number[] = [];
    // Every string one hash: each question is answered by the members read back.
    const set = new HashedKeySet(
      (owner) => {
        asked.push(owner);
        return keys[owner]!;
      },
      () => 7,
    );
    set.add("a", 0);
    set.add("AI", 2);
    expect([set.has("a"), set.has("AI"), set.has("b"), set.has("ai")]).toEqual([true, true, false, false]);
    expect(asked.length).toBeGreaterThan(0);
    expect(set.length).toBe(2);
  });

  it("keeps every member as it grows, asking for none whose hash differs", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `NW2022${i}`);
    let asked = 0;
    const set = new HashedKeySet((owner) => {
      asked += 1;
      return ids[owner]!;
    });
    ids.forEach((id, owner) => {
      set.add(id, owner);
    });
    expect(ids.every((id) => set.has(id))).toBe(true);
    expect(set.has("NW20225000")).toBe(false);
    expect(asked).toBe(5000);
  });

  it("is a 53-bit hash, the same on every run", () => {
    expect(hash53("")).toBe(3338908027751811);
    expect(hash53("NW202201302266849892")).toBe(hash53("NW202201302266849892"));
    expect(Number.isSafeInteger(hash53("财联社电报"))).toBe(true);
  });
});

describe("article paths within a build", () => {
  it("suffix an id whose folded name an earlier article took, found by reading that article's path back", async () => {
    const paths: string[] = [];
    await withSitePaths(
      async () => {
        for (const id of ["AI-news", "ai-news", "Ａ", "A", "a", "NW1"]) paths.push(articlePath(id));
      },
      (registered) => paths[registered]!,
    );
    expect(paths.slice(0, 2)).toEqual([
      "/article/AI-news/",
      expect.stringMatching(/^\/article\/ai-news~[0-9a-z]+\/$/),
    ]);
    expect(paths[2]).toBe("/article/Ａ/");
    expect(paths[3]).toMatch(/^\/article\/A~[0-9a-z]+\/$/);
    expect(paths[4]).toMatch(/^\/article\/a~[0-9a-z]+\/$/);
    expect(new Set(paths.slice(2, 5)).size).toBe(3);
    expect(paths[5]).toBe("/article/NW1/");
  });

  // The registry held a memo and a folded name per article page: 39.5 MiB for 2×10^5 ids (session 35).
  it("hold a few dozen bytes an article page (254 before), not its names", async () => {
    const count = 50_000;
    const perPage = await withSitePaths(
      async () => {
        const before = heldBytes();
        for (let i = 0; i < count; i++) articlePath(`NW2022013022${i}`);
        return (heldBytes() - before) / count;
      },
      (registered) => `/article/NW2022013022${registered}/`,
    );
    expect(perPage).toBeLessThan(100);
  });
});
