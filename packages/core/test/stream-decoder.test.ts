// The stream decoder (readers/stream-decoder.ts): however an input is split, and wherever its first non-ASCII
// byte falls, the text is the text `decode` gives for the whole input; a reading that has to change mid-stream
// says so, on the documents read after the change only. The legacy bytes are made here from the decoders'
// own tables (GB2312's and Big5's common blocks), as Node has no GB18030 or Big5 encoder.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParseResult } from "../src/readers/session.js";
import { StreamDecoder } from "../src/readers/stream-decoder.js";
import { DEFAULT_SETTINGS, type ParseSettings } from "../src/settings.js";
import { decode } from "../src/stages/decode.js";
import { firstInvalidUtf8, incompleteUtf8Tail } from "../src/text/utf8.js";
import { parseAllInChunks } from "./helpers.js";

type Encoding = "utf-8" | "gb18030" | "big5";

const utf8 = new TextEncoder();

/** A legacy double-byte character: its two bytes, from the common block, as the decoder reads them. */
function legacyPair(lead: number, trail: number): Uint8Array {
  return Uint8Array.of(lead, trail);
}

/** One character of text in `encoding`: ASCII (a letter, a line end, `\r\n`), or a common Han character. */
function character(encoding: Encoding): fc.Arbitrary<Uint8Array> {
  const ascii = fc
    .constantFrom("a", "Z", "0", " ", ",", "'", "(", "\n", "\r\n")
    .map((text) => utf8.encode(text));
  const han =
    encoding === "gb18030"
      ? fc.tuple(fc.integer({ min: 0xb0, max: 0xd7 }), fc.integer({ min: 0xa1, max: 0xfe }))
      : encoding === "big5"
        ? fc.tuple(fc.integer({ min: 0xa4, max: 0xc5 }), fc.integer({ min: 0xa1, max: 0xfe }))
        : fc.tuple(fc.integer({ min: 0x4e00, max: 0x9fa5 }), fc.constant(0));
  const encoded = han.map(([a, b]) =>
    encoding === "utf-8" ? utf8.encode(String.fromCodePoint(a)) : legacyPair(a, b),
  );
  return fc.oneof(ascii, encoded);
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** An input: ASCII for as long as `asciiLength` says (where the first non-ASCII byte falls), then text. */
const input = (encoding: Encoding) =>
  fc
    .tuple(fc.nat({ max: 300 }), fc.array(character(encoding), { minLength: 1, maxLength: 120 }))
    .map(([asciiLength, text]) => join([utf8.encode("x".repeat(asciiLength)), ...text]));

/** The bytes cut at these points (any, in any order, out of range clamped), pushed, and ended. */
function streamed(bytes: Uint8Array, cuts: readonly number[], settings?: Partial<ParseSettings>) {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const decoder = new StreamDecoder({ ...DEFAULT_SETTINGS, ...settings });
  const pieces = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(...decoder.push(bytes.subarray(from, point)));
    from = point;
  }
  pieces.push(...decoder.end());
  return { text: pieces.map((piece) => piece.text).join(""), pieces, warnings: decoder.warnings };
}

const codes = (warnings: readonly { code: string }[]) => warnings.map((warning) => warning.code).sort();

describe("the stream decoder", () => {
  for (const encoding of ["utf-8", "gb18030", "big5"] as const) {
    it(`gives the whole input's text and warnings for ${encoding} bytes, however split (property)`, () => {
      fc.assert(
        fc.property(input(encoding), fc.array(fc.nat(), { maxLength: 10 }), (bytes, cuts) => {
          const whole = decode(bytes);
          const stream = streamed(bytes, cuts);
          expect(stream.text).toBe(whole.text);
          expect(codes(stream.warnings)).toEqual(codes(whole.warnings));
        }),
      );
    });
  }

  it("judged on a sample too small to tell, reads UTF-8 right and never changes the text silently (property)", () => {
    const encoded = fc
      .constantFrom<Encoding>("utf-8", "gb18030")
      .chain((encoding) => fc.tuple(fc.constant(encoding), input(encoding)));
    fc.assert(
      fc.property(
        encoded,
        fc.nat({ max: 8 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        ([encoding, bytes], sample, cuts) => {
          const whole = decode(bytes);
          const stream = streamed(bytes, cuts, { streamEncodingSampleBytes: sample });
          // UTF-8 is never misjudged; legacy bytes judged on a byte or two may be, and then a warning says so.
          if (encoding === "utf-8") {
            expect(stream.text).toBe(whole.text);
            expect(stream.warnings).toEqual([]);
          } else if (stream.text !== whole.text) expect(stream.warnings.length).toBeGreaterThan(0);
          // Never a silent replacement: a U+FFFD in the text comes with a warning.
          if (stream.text.includes("\uFFFD")) expect(stream.warnings.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("UTF-8's structure", () => {
  it("finds the first invalid byte as a strict decoder judges the bytes (property)", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const invalid = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(invalid < 0).toBe(valid);
        if (invalid >= 0) {
          // Everything before it is UTF-8; from it on, not.
          expect(() => strict.decode(bytes.subarray(0, invalid))).not.toThrow();
        }
      }),
    );
  });

  it("keeps back a character cut at the end, and nothing else", () => {
    const han = utf8.encode("中"); // E4 B8 AD
    expect(incompleteUtf8Tail(han)).toBe(0);
    expect(incompleteUtf8Tail(han.subarray(0, 2))).toBe(2);
    expect(incompleteUtf8Tail(han.subarray(0, 1))).toBe(1);
    expect(incompleteUtf8Tail(Uint8Array.of(0x61, 0xf0, 0x9f, 0x98))).toBe(3);
    // A byte no character starts with, or a second byte that cannot follow its lead: nothing to wait for.
    expect(incompleteUtf8Tail(Uint8Array.of(0x61, 0xff))).toBe(0);
    expect(incompleteUtf8Tail(Uint8Array.of(0xe0, 0x80))).toBe(0);
  });
});

/**
 * A dump whose first 120 rows are ASCII (over 70 KiB, past the 64 KiB detection reads before the reader starts,
 * so that the rows after them come in later pieces), then `rows`.
 */
function dump(rows: readonly Uint8Array[]): Uint8Array {
  const head =
    "CREATE TABLE `news` (\n  `id` int,\n  `title` varchar(99),\n  `content` text\n);\nINSERT INTO `news` VALUES ";
  const ascii = Array.from({ length: ASCII_ROWS }, (_, i) =>
    utf8.encode(`Row ${i + 1}','${"The central bank said so. ".repeat(24)}`),
  );
  const parts: Uint8Array[] = [utf8.encode(head)];
  for (const [i, text] of [...ascii, ...rows].entries()) {
    parts.push(utf8.encode(`${i > 0 ? ",\n" : ""}(${i + 1},'`), text, utf8.encode("')"));
  }
  parts.push(utf8.encode(";\n"));
  return join(parts);
}
const ASCII_ROWS = 120;

/** `第N篇','正文…` in `encoding`: a row's title and its content, the sentence `times` over. */
function row(n: number, encoding: "utf-8" | "gb18030", times = 1): Uint8Array {
  const text = `第${n}篇','${SENTENCE.repeat(times)}`;
  if (encoding === "utf-8") return utf8.encode(text);
  // GB2312: 第 B5DA, 篇 C6AA, 中 D6D0, 国 B9FA, 人 C8CB, 民 C3F1, 银 D2F8, 行 D0D0, 今 BDF1, 日 C8D5, 开 BFAA,
  // 展 D5B9, 逆 C4E6, 回 BBD8, 购 B9BA, 操 B2D9, 作 D7F7, 。 A1A3.
  const gb: Record<string, number[]> = {
    第: [0xb5, 0xda],
    篇: [0xc6, 0xaa],
    中: [0xd6, 0xd0],
    国: [0xb9, 0xfa],
    人: [0xc8, 0xcb],
    民: [0xc3, 0xf1],
    银: [0xd2, 0xf8],
    行: [0xd0, 0xd0],
    今: [0xbd, 0xf1],
    日: [0xc8, 0xd5],
    开: [0xbf, 0xaa],
    展: [0xd5, 0xb9],
    逆: [0xc4, 0xe6],
    回: [0xbb, 0xd8],
    购: [0xb9, 0xba],
    操: [0xb2, 0xd9],
    作: [0xd7, 0xf7],
    "。": [0xa1, 0xa3],
  };
  return Uint8Array.from([...text].flatMap((ch) => gb[ch] ?? [ch.charCodeAt(0)]));
}

/** The codes of an Article's warnings about its bytes (a dump record has others: `no-date`). */
const encodingCodes = (article: { warnings: readonly { code: string }[] }) =>
  codes(article.warnings).filter((code) => code.startsWith("encoding-"));

const SENTENCE = "中国人民银行今日开展逆回购操作。";

const articles = (results: readonly ParseResult[]) =>
  results.map((result) => (result.ok ? result.article : null));

describe("a SQL dump streamed in pieces", () => {
  it("reads GBK rows that first come after the first piece as GBK, and says so on them", async () => {
    const bytes = dump([row(1, "gb18030"), row(2, "gb18030")]);
    const read = articles(await parseAllInChunks(bytes, 4096));
    expect(read).toHaveLength(ASCII_ROWS + 2);
    const gbk = read.slice(ASCII_ROWS);
    expect(gbk.map((article) => [article?.title, article?.text])).toEqual([
      ["第1篇", SENTENCE],
      ["第2篇", SENTENCE],
    ]);
    for (const article of gbk) expect(codes(article!.warnings)).toContain("encoding-gb18030");
    // The ASCII rows read the same in any encoding: nothing to say about theirs.
    expect(read[0]?.title).toBe("Row 1");
    expect(encodingCodes(read[0]!)).toEqual([]);
  });

  it("reads UTF-8 rows then GBK rows each in their encoding; the change is said on the rows after it only", async () => {
    // Past the sample the dump is judged on (16 KiB from its first non-ASCII byte), so the reading has to change.
    const utf8Rows = Array.from({ length: 40 }, (_, i) => row(i + 1, "utf-8", 10));
    const bytes = dump([...utf8Rows, row(41, "gb18030", 10), row(42, "gb18030", 10)]);
    const read = articles(await parseAllInChunks(bytes, 4096)).slice(ASCII_ROWS);
    expect(read.map((article) => article?.title)).toEqual(
      Array.from({ length: 42 }, (_, i) => `第${i + 1}篇`),
    );
    expect(read.every((article) => article?.text === SENTENCE.repeat(10))).toBe(true);
    expect(read.slice(0, 40).every((article) => encodingCodes(article!).length === 0)).toBe(true);
    for (const article of read.slice(40)) {
      expect(article!.warnings.find((warning) => warning.code === "encoding-gb18030")?.message).toMatch(
        /^the bytes are not valid UTF-8; they were decoded as GB18030 \(GBK\) \(from byte \d+ on; the bytes before it were UTF-8\)$/u,
      );
    }
  });
});
