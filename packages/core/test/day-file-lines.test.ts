// A day's JSON Lines file whose lines are not all records (twenty-eighth round): blank lines by the million, line ends
// of every kind, a byte-order mark where a line starts. Each record read, blank lines passed over unparsed.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseAll } from "../src/parse-all.js";
import { LineSplitter } from "../src/readers/lines.js";

/** Two records of ../shared/dumps/cls/data/2026/2026-07-29.jsonl.gz (lines 229 and 446), their `raw` object left out. */
const RECORDS = [
  '{"brief": "财联社7月29日电，MSCI亚太指数下跌2%至251.84点。", "category": "", "content": "财联社7月29日电，MSCI亚太指数下跌2%至251.84点。", "ctime": 1785298148, "date": "2026-07-29", "datetime": "2026-07-29T12:09:08+08:00", "id": "2439887", "level": "C", "shareurl": "https://api3.cls.cn/share/article/2439887?os=web&sv=8.4.6&app=CailianpressWeb", "source": "cls", "source_name": "财联社", "stocks": [], "subjects": [], "time": "12:09:08", "title": ""}',
  '{"brief": "财联社7月29日电，维谛技术美股盘前跌超6%。", "category": "", "content": "财联社7月29日电，维谛技术美股盘前跌超6%。", "ctime": 1785319280, "date": "2026-07-29", "datetime": "2026-07-29T18:01:20+08:00", "id": "2440314", "level": "C", "shareurl": "https://api3.cls.cn/share/article/2440314?os=web&sv=8.4.6&app=CailianpressWeb", "source": "cls", "source_name": "财联社", "stocks": [], "subjects": [], "time": "18:01:20", "title": ""}',
];

async function read(input: string): Promise<string[]> {
  const out: string[] = [];
  for await (const result of parseAll(input, { filename: "2026-07-29.jsonl" }))
    out.push(
      result.ok
        ? `${result.article.ref}: ${result.article.text}`
        : `${result.failure.ref}: ${result.failure.code}`,
    );
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a day file's blank lines", () => {
  it("are passed over before they are parsed: 10^5 of them parse no more JSON than none", async () => {
    // On 3f29e5b3 each blank line was parsed as JSON twice, decoded again and parsed twice more, each parse throwing:
    // a day of 10^6 empty lines took 224 s (10 s now, a loaded machine).
    const parses = vi.spyOn(JSON, "parse");
    const plain = await read(`${RECORDS[0]}\n${RECORDS[1]}\n`);
    const without = parses.mock.calls.length;
    parses.mockClear();
    const blank = await read(`${RECORDS[0]}${"\n".repeat(50_000)}${" \t\r\n".repeat(50_000)}${RECORDS[1]}\n`);
    expect(parses.mock.calls.length).toBe(without);
    expect(plain).toEqual([
      "line 1: 财联社7月29日电，MSCI亚太指数下跌2%至251.84点。",
      "line 2: 财联社7月29日电，维谛技术美股盘前跌超6%。",
    ]);
    expect(blank).toEqual([plain[0], plain[1]!.replace("line 2", "line 100001")]);
  });

  it("keeps their numbers: the lines after them are numbered as an editor numbers them", () => {
    const splitter = new LineSplitter(1_000);
    const lines: Array<{ number: number; bytes: Uint8Array | null }> = [];
    const bytes = new TextEncoder().encode("a\n\n\nb\r\n\r\nc");
    // Pushed a byte at a time and whole, the same lines.
    for (const chunks of [[bytes], Array.from(bytes, (byte) => Uint8Array.of(byte))]) {
      lines.length = 0;
      for (const chunk of chunks) splitter.push(chunk, lines);
      splitter.end(lines);
      expect(lines.map((line) => [line.number, new TextDecoder().decode(line.bytes!)])).toEqual([
        [chunks.length === 1 ? 1 : 7, "a"],
        [chunks.length === 1 ? 2 : 8, ""],
        [chunks.length === 1 ? 3 : 9, ""],
        [chunks.length === 1 ? 4 : 10, "b\r"],
        [chunks.length === 1 ? 5 : 11, "\r"],
        [chunks.length === 1 ? 6 : 12, "c"],
      ]);
    }
  });
});

describe("a day file's line ends and marks", () => {
  it("reads each record whatever ends its line: LF, CRLF, a lone CR, a byte-order mark opening a line", async () => {
    const expected = [
      "line 1: 财联社7月29日电，MSCI亚太指数下跌2%至251.84点。",
      "line 2: 财联社7月29日电，维谛技术美股盘前跌超6%。",
    ];
    expect(await read(`${RECORDS[0]}\r\n${RECORDS[1]}\r\n`)).toEqual(expected);
    expect(await read(`${RECORDS[0]}\n\uFEFF${RECORDS[1]}\n`)).toEqual(expected);
    // Lone CRs: one line of two records, read as the two.
    expect((await read(`${RECORDS[0]}\r${RECORDS[1]}\r`)).map((r) => r.slice(r.indexOf(":")))).toEqual(
      expected.map((r) => r.slice(r.indexOf(":"))),
    );
  });
});

describe("a day file's bad lines among its records (twenty-ninth round)", () => {
  it("gives every record and tells every bad line by its number, a line of NULs too", async () => {
    // On 9f05c6c0 the line of 1,000 NULs was passed over as blank: decoded (control characters removed) it was
    // empty, and neither a record nor a failure came of it.
    const bad = [
      '{"id": "2999", "content": broken',
      `"${"a".repeat(10_000_000)}"`,
      "\0".repeat(1000),
      `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
      "\u0001\u0002\u007f",
    ];
    const lines = bad.flatMap((line) => [line, RECORDS[0]]);
    expect(await read(`${RECORDS[1]}\n${lines.join("\n")}\n`)).toEqual([
      "line 1: 财联社7月29日电，维谛技术美股盘前跌超6%。",
      "line 2: invalid-record",
      "line 3: 财联社7月29日电，MSCI亚太指数下跌2%至251.84点。",
      "line 4: invalid-record",
      "line 5: 财联社7月29日电，MSCI亚太指数下跌2%至251.84点。",
      "line 6: invalid-record",
      "line 7: 财联社7月29日电，MSCI亚太指数下跌2%至251.84点。",
      "line 8: invalid-record",
      "line 9: 财联社7月29日电，MSCI亚太指数下跌2%至251.84点。",
      "line 10: invalid-record",
      "line 11: 财联社7月29日电，MSCI亚太指数下跌2%至251.84点。",
    ]);
  });

  it("tells any line of control characters as a failure of its line, the records around it read", async () => {
    // Control characters but the white space a blank line may hold (TAB, LF, VT, FF, CR, space).
    const control = fc.constantFrom(
      ..."\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000e\u001a\u001b\u001f\u007f",
    );
    const blank = fc.constantFrom(" ", "\t", "\r", "\u000b", "\f");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(control, blank), { maxLength: 40 }),
        control,
        fc.array(fc.oneof(control, blank), { maxLength: 40 }),
        async (before, one, after) => {
          const line = [...before, one, ...after].join("");
          expect(await read(`${RECORDS[0]}\n${line}\n${RECORDS[1]}\n`)).toEqual([
            "line 1: 财联社7月29日电，MSCI亚太指数下跌2%至251.84点。",
            "line 2: invalid-record",
            "line 3: 财联社7月29日电，维谛技术美股盘前跌超6%。",
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
