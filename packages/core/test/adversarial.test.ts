/**
 * No input makes core slow out of proportion to its size: for every regex of core (found in the
 * source, so a new one is covered the day it is written), hostile inputs at 10 KB, 100 KB and 1 MB
 * cost at most `MAX_GROWTH` times as much CPU per character at the larger
 * sizes as at 10 KB. A ratio of CPU time, not a wall-clock limit: a busy machine slows both sizes.
 * The catalogue and the measurement are in `test/adversarial/`. Every regex is measured here (about
 * a minute on the shared machine; the tables' entries and the packs' rules through a screen, some seconds more); the parse attacks (about seventy, a second or more each at 1 MB,
 * over ten minutes on the shared machine) are measured by `pnpm --filter @caixun/core adversarial`,
 * which writes their table in docs/reliability.md.
 */
import { describe, expect, it } from "vitest";
import { measureRegexes } from "./adversarial/catalogue.js";
import { MAX_GROWTH } from "./adversarial/measure.js";

const slow = (measured: { name: string; growth: number; costs: number[] }[]) =>
  measured
    .filter((m) => m.growth > MAX_GROWTH)
    .map(
      (m) =>
        `${m.name}: ×${m.growth.toFixed(2)} (${m.costs.map((c) => c.toFixed(0)).join(" / ")} ns per character)`,
    );

describe("hostile inputs cost linear time", () => {
  it("every regex of core, on the hostile strings read off its source", async () => {
    const measured = await measureRegexes();
    expect(measured.length).toBeGreaterThan(100);
    // The tables' entries and the packs' rules not `@bounded` and not among the literals: 659 on session 55's tree.
    expect(measured.filter((m) => m.stage === "table regex").length).toBeGreaterThan(600);
    expect(slow(measured)).toEqual([]);
  }, 600_000);
});
