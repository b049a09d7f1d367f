// A wide record's text is cut to the fields it keeps before JSON.parse reads it (`readers/wide-record.ts`): the
// members kept are exactly those `keptFields` keeps of the parsed record, for any JSON object and any spacing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keptFields } from "../src/readers/record.js";
import { cappedRecordText } from "../src/readers/wide-record.js";

describe("cappedRecordText", () => {
  it("keeps what keptFields keeps of the parsed object, in order, or says nothing under the cap (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 40 }),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(undefined, 0, 1, "\t", " \r\n"),
        fc.string({ maxLength: 2 }),
        (keys, values, maxFields, space, read) => {
          const object: Record<string, unknown> = {};
          keys.forEach((key, i) => {
            Object.defineProperty(object, key, { value: values[i], enumerable: true, writable: true });
          });
          const text = JSON.stringify(object, null, space);
          const parsedKeys = Object.keys(JSON.parse(text) as object);
          const reads = (key: string) => key.startsWith(read) && read !== "";
          const capped = cappedRecordText(text, { maxFields, readsKey: reads });
          if (parsedKeys.length <= maxFields) {
            expect(capped).toBeNull();
            return;
          }
          expect(capped).not.toBeNull();
          const whole = JSON.parse(text) as Record<string, unknown>;
          const kept = keptFields(parsedKeys, reads, maxFields);
          expect(JSON.parse(capped!.text)).toEqual(Object.fromEntries(kept.map((key) => [key, whole[key]])));
          expect(Object.keys(JSON.parse(capped!.text) as object)).toEqual(kept);
          expect(capped!.dropped).toBe(parsedKeys.length - maxFields);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary text, and passes over what is not an object it reads through (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("{", "}", "[", "]", '"', "\\", ":", ",", "a", " ", "1") }),
        (text) => {
          const capped = cappedRecordText(text, { maxFields: 1, readsKey: () => false });
          if (capped !== null) expect(capped.text.startsWith("{")).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("reads a record nested 100,000 deep and a string of backslashes in linear time", () => {
    const deep = `{"a":${"[".repeat(100_000)}${"]".repeat(100_000)},"b":"${"\\\\".repeat(100_000)}","c":1,"d":2}`;
    const capped = cappedRecordText(deep, { maxFields: 2, readsKey: (key) => key === "d" });
    expect(capped).toEqual({ text: `{${deep.slice(1, deep.indexOf(',"b"'))},"d":2}`, dropped: 2 });
  });
});
