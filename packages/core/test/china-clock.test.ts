// China's clock of an instant (`policy/zone.ts`): instants written in +08:00 or UTC are read as
// written, without date arithmetic; what the arithmetic would carry into another day or month is
// left to it. fast-check against the arithmetic alone on stamps with fields out of range and other zones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chinaClock, chinaDay } from "../src/policy/zone.js";

/**
 * The clock by date arithmetic alone, as it was before instants were read as written, with the
 * guard every clock shares: no day when China's year falls outside 0000–9999 (`9999-12-31T16:00Z`
 * is `+010000-01-01` to `toISOString`).
 */
function byArithmetic(iso: string): string | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const clock = new Date(instant + 8 * 3600_000).toISOString();
  return /^\d{4}-/.test(clock) ? clock.slice(0, 16) : null;
}

describe("chinaClock", () => {
  it("reads +08:00 and UTC instants as written and carries over what Date.parse carries", () => {
    expect(chinaClock("2022-04-09T20:05:33+08:00")).toBe("2022-04-09T20:05");
    expect(chinaClock("2022-04-09T01:05:33Z")).toBe("2022-04-09T09:05");
    expect(chinaClock("2022-04-30T16:05:33Z")).toBe("2022-05-01T00:05");
    expect(chinaClock("2022-02-30T10:00:00+08:00")).toBe("2022-03-02T10:00");
    expect(chinaClock("2022-12-31T24:00:00+08:00")).toBe("2023-01-01T00:00");
    expect(chinaDay("2022-04-09T20:05:33Z")).toBe("2022-04-10");
    // The case fast-check met once in 60,000 runs: China's clock a year past 9999.
    expect(chinaClock("9999-12-31T16:00:00z")).toBeNull();
    expect(chinaClock("9999-12-31T15:59:00Z")).toBe("9999-12-31T23:59");
  });

  it("gives what the date arithmetic gives (fast-check)", () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0")),
        two(13),
        two(32),
        two(25),
        two(60),
        two(60),
        fc.constantFrom("+08:00", "+0800", "Z", "z", "+09:00", "-08:00", "+08:00 ", ""),
        (year, month, day, hour, minute, second, zone) => {
          const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`;
          expect(chinaClock(iso)).toBe(byArithmetic(iso));
        },
      ),
      { numRuns: 20000 },
    );
  });
});
