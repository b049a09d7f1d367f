import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { compare, loadGold } from "./gold.js";
import { CORPUS, HAS_CORPUS, SHARED } from "./helpers.js";

// The corpus lives beside the project (../shared/corpus); a clone without it skips these tests.
describe.skipIf(!HAS_CORPUS)(`gold labels in ${CORPUS}`, () => {
  const cases = HAS_CORPUS ? loadGold(SHARED) : [];

  it("has labels to check", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  for (const item of cases) {
    it(item.gold.file, () => {
      const article = parse(readFileSync(item.path), { filename: item.path });
      const misses = compare(item.gold, article).filter((r) => !r.ok);
      expect(misses).toEqual([]);
    });
  }
});

if (!HAS_CORPUS) {
  console.warn(
    `skipping the gold-label tests: ${CORPUS}/gold is absent (clone shared/ beside the project to run them)`,
  );
}
