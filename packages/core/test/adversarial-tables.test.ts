/**
 * The tables of literals' texts and the bundled packs' rules, gathered for the catalogue (`tableAndPackRegexes`): every
 * entry compiles and is named by its table and position, and `@bounded` is read off the binding its module destructures
 * it into. `adversarial.test.ts` measures them (`measureRegexes`, through its screen).
 */
import { describe, expect, it } from "vitest";
import { tableAndPackRegexes } from "./adversarial/inventory.js";

describe("the tables and the packs' rules, gathered", () => {
  it("finds every table entry and pack rule, each with where it is and whether its binding says @bounded", async () => {
    const entries = await tableAndPackRegexes();
    // 600 distinct on session 54's tree: the tables' 587 and the packs' 13.
    expect(entries.length).toBeGreaterThanOrEqual(600);
    const where = entries.map((entry) => entry.where);
    expect(where).toContain("text/rule-patterns.ts STAGES_TITLE_PATTERNS[5] (BRACKETED_DATE)");
    expect(where.some((place) => place.endsWith("(rules)"))).toBe(true);
    // `@bounded` is read off the binding a table entry is destructured into, or the table's constant of its name.
    const bounded = new Map(entries.map((entry) => [entry.where, entry.bounded]));
    expect(bounded.get("text/rule-patterns.ts STAGES_TITLE_PATTERNS[5] (BRACKETED_DATE)")).toBe(true);
    expect(bounded.get("text/rule-patterns.ts STAGES_TITLE_PATTERNS[4] (PAGE_STAMP)")).toBe(false);
    expect(bounded.get("credits/credit-patterns.ts CREDITS_STAGE_PATTERNS[16] (TRANSLATION_CAPTION)")).toBe(
      true,
    );
  }, 300_000);
});
