import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvRecord } from "../src/csv.js";
import { readCsv } from "./helpers/csv-reader.js";

describe("CSV writer", () => {
  it("quotes a hostile field exactly as RFC 4180 says", () => {
    expect(csvRecord(['平安"产险", 多项\r\n服务', "plain", "", 'say "hi"', "a,b", "line\nbreak"])).toBe(
      '"平安""产险"", 多项\r\n服务",plain,,"say ""hi""","a,b","line\nbreak"\r\n',
    );
  });

  it("leaves fields without quotes, commas or line breaks alone", () => {
    expect(csvField("中国太保 601601.SH; 02601.HK")).toBe("中国太保 601601.SH; 02601.HK");
  });

  it("round-trips any table of strings through a strict RFC 4180 reader", () => {
    const field = fc.string({
      unit: fc.constantFrom("a", "中", ",", '"', "\r", "\n", " ", "é", "\u{1F600}"),
    });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(table, (rows) => {
        expect(readCsv(rows.map(csvRecord).join(""))).toEqual(rows);
      }),
    );
  });
});
