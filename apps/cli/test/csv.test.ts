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

  it("neutralises every cell a spreadsheet would run as a formula (OWASP), and only those", () => {
    expect(
      csvRecord(['=HYPERLINK("http://x","点我")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "a=b", "1-2"]),
    ).toBe(`"'=HYPERLINK(""http://x"",""点我"")",'+1,'-2+3,'@SUM(A1),'\tx,"'\rx",a=b,1-2\r\n`);
    expect(csvRecord(["=1+1", "@x"], true)).toBe("=1+1,@x\r\n");
  });

  const field = fc.string({
    unit: fc.constantFrom("a", "中", ",", '"', "\r", "\n", " ", "é", "\u{1F600}", "=", "+", "-", "@", "\t"),
  });
  const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 8 });

  it("round-trips any table of strings through a strict RFC 4180 reader (--csv-raw)", () => {
    fc.assert(
      fc.property(table, (rows) => {
        expect(readCsv(rows.map((row) => csvRecord(row, true)).join(""))).toEqual(rows);
      }),
    );
  });

  it("reads back every cell as written, with a ' before those that would be formulas", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const expected = rows.map((row) =>
          row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
        );
        expect(readCsv(rows.map((row) => csvRecord(row)).join(""))).toEqual(expected);
      }),
    );
  });
});
