import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSecurities } from "../scripts/eval-securities.js";
import { dumpRecords } from "../scripts/feed-lists.js";
import { loadSecurities } from "../src/securities/entry.js";
import { dumpsPresent } from "./dumps.js";
import { drawSample, labelKey, readLabels, SAMPLE_SIZE, sampleRank, wilson } from "./securities-sample.js";

const shared = resolve(import.meta.dirname, "../../../../shared");

describe("the hand-check sample", () => {
  it("ranks finds by a seeded hash, so the sample keeps its members when others come and go", () => {
    const finds = Array.from({ length: 50 }, (_, i) => ({ id: `cls:${i}`, key: `${600000 + i}.SH` }));
    const sample = drawSample(finds, 10);
    expect(sample).toHaveLength(10);
    expect(sampleRank(finds[3]!)).toBe(sampleRank({ id: "cls:3", key: "600003.SH" }));
    // Removing finds outside the sample leaves it as it was.
    const outside = finds.filter((f) => !sample.includes(f));
    expect(drawSample([...sample, ...outside.slice(5)], 10)).toEqual(sample);
  });

  it("gives a Wilson interval that stays inside [0, 1] and holds the rate", () => {
    const all = wilson(240, 240);
    expect(all.high).toBe(1);
    // With every item right the low end is n / (n + z²).
    expect(all.low).toBeCloseTo(240 / (240 + 1.96 ** 2), 10);
    const some = wilson(226, 240);
    expect(some.low).toBeLessThan(226 / 240);
    expect(some.high).toBeGreaterThan(226 / 240);
  });

  it("reads every label line of the fixture as right or wrong with a kind", () => {
    const labels = [...readLabels().values()];
    expect(labels.length).toBeGreaterThanOrEqual(SAMPLE_SIZE);
    expect(labels.every((l) => l.reason !== "")).toBe(true);
  });
});

// The dumps live beside the project (../shared/dumps); a clone without them skips these.
describe.skipIf(!dumpsPresent())("securities against the feeds' lists and the hand check", () => {
  const records = dumpsPresent() ? [...dumpRecords(shared)] : [];
  const { scores, unlisted, unjudged } = evaluateSecurities(loadSecurities(), records);

  it("has a label for the finds of the current sample (a few new ones may wait for judging)", () => {
    const labels = readLabels();
    const open = drawSample(unlisted).filter((find) => !labels.has(labelKey(find)));
    expect(open.map(labelKey).length).toBe(unjudged);
    // More than this means the matcher changed what it finds: judge them (`tsx scripts/eval-securities.ts --sample`).
    expect(unjudged).toBeLessThanOrEqual(10);
  });

  it("meets the targets on all days: recall ≥ 0.90, precision ≥ 0.97 at the low end of its interval", () => {
    const all = scores.get("all/all")!;
    expect(all.foundListed / all.listed).toBeGreaterThanOrEqual(0.9);
    const rate = wilson(all.judgedRight, all.judged);
    expect((all.correct + (all.found - all.correct) * rate.low) / all.found).toBeGreaterThanOrEqual(0.97);
  });
});
