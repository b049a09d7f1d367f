import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chinaDay, chinaTime, sinceInstant, untilInstant } from "../src/policy/index.js";

describe("chinaTime", () => {
  it("writes any instant in China Standard Time, as articles carry their dates", () => {
    expect(chinaTime("2022-01-30T01:59:17.000Z")).toBe("2022-01-30T09:59:17+08:00");
    expect(chinaTime("2022-01-30T09:59:17+08:00")).toBe("2022-01-30T09:59:17+08:00");
    expect(chinaTime("2021-12-31T20:00:00-05:00")).toBe("2022-01-01T09:00:00+08:00");
    expect(chinaTime(Date.UTC(2022, 3, 28, 6, 8, 53))).toBe("2022-04-28T14:08:53+08:00");
  });

  it("gives null for what is not an instant", () => {
    expect(chinaTime("not a date")).toBeNull();
    expect(chinaTime(Number.NaN)).toBeNull();
  });

  it("gives null, not a RangeError or a six-digit year, for a number or a date outside 0000–9999", () => {
    expect(chinaTime(1e20)).toBeNull();
    expect(chinaTime(-1e20)).toBeNull();
    expect(chinaTime(Number.POSITIVE_INFINITY)).toBeNull();
    expect(chinaTime(8.64e15)).toBeNull();
    expect(chinaTime("+275760-09-13T00:00:00.000Z")).toBeNull();
    expect(chinaTime("9999-12-31T16:00:00Z")).toBeNull();
    expect(chinaTime("9999-12-31T15:59:59Z")).toBe("9999-12-31T23:59:59+08:00");
    expect(chinaTime("-000001-12-31T16:00:00Z")).toBe("0000-01-01T00:00:00+08:00");
  });

  it("reads a day of an instant outside 0000–9999 as no day (chinaDay, chinaMonth), not a RangeError", () => {
    expect(chinaDay("+275760-09-13T00:00:00.000Z")).toBeNull();
    expect(chinaDay("+010000-01-01T00:00:00Z")).toBeNull();
    expect(chinaDay("2022-04-09T17:00:00Z")).toBe("2022-04-10");
  });

  it("never throws: any number or string is null or a second on China's clock", () => {
    const written = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.string(), fc.date({ noInvalidDate: false }).map(String)),
        (value) => {
          const time = chinaTime(value);
          if (time !== null) expect(time).toMatch(written);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("keeps the instant (to the second)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(Date.parse(chinaTime(ms)!)).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });
});

describe("since and until bounds", () => {
  it("take a day as a whole day in China, a time as itself", () => {
    expect(new Date(sinceInstant("2022-01-30")!).toISOString()).toBe("2022-01-29T16:00:00.000Z");
    expect(new Date(untilInstant("2022-01-30")!).toISOString()).toBe("2022-01-30T16:00:00.000Z");
    expect(new Date(sinceInstant("2022-01-30T09:59:17")!).toISOString()).toBe("2022-01-30T01:59:17.000Z");
    expect(untilInstant("2022-01-30T09:59:17+08:00")).toBe(Date.parse("2022-01-30T01:59:17.001Z"));
  });

  it("take 29 February of a leap year", () => {
    expect(new Date(sinceInstant("2024-02-29")!).toISOString()).toBe("2024-02-28T16:00:00.000Z");
  });

  it("refuse what is neither", () => {
    for (const bad of [
      "yesterday",
      "2022-13-01",
      "2022/01/30",
      "",
      "2022-02-30",
      "2023-02-29",
      "2022-04-31T10:00:00",
    ])
      expect(sinceInstant(bad), bad).toBeNull();
  });
});
