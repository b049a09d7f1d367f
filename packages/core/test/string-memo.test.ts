import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalOutlet, outletKey } from "../src/credits/outlets.js";
import { STRING_MEMO_KEPT, STRING_MEMO_LONGEST_KEY } from "../src/settings.js";
import { halfWidthDigits, isWhitespace } from "../src/text/chars.js";
import { memoByString } from "../src/text/string-memo.js";

describe("memoByString", () => {
  it("computes a key once while it is kept, and gives the computed answer", () => {
    const computed: string[] = [];
    const squeezed = memoByString((name) => {
      computed.push(name);
      return name.replace(/\s+/g, "");
    });
    expect(["DT 财经", "每经", "DT 财经", "每经", "DT 财经"].map(squeezed)).toEqual([
      "DT财经",
      "每经",
      "DT财经",
      "每经",
      "DT财经",
    ]);
    expect(computed).toEqual(["DT 财经", "每经"]);
  });

  it("starts again past the answers it keeps, and never keeps a long key", () => {
    const computed: string[] = [];
    const same = memoByString((key) => {
      computed.push(key);
      return key;
    });
    for (let i = 0; i < STRING_MEMO_KEPT; i++) same(`名${i}`);
    same("名0");
    expect(computed).toHaveLength(STRING_MEMO_KEPT);
    same(`名${STRING_MEMO_KEPT}`);
    same("名0");
    expect(computed).toHaveLength(STRING_MEMO_KEPT + 2);
    const long = "长".repeat(STRING_MEMO_LONGEST_KEY + 1);
    same(long);
    same(long);
    expect(computed.filter((key) => key === long)).toHaveLength(2);
  });

  it("gives the outlets' answers whether remembered or not", () => {
    expect(canonicalOutlet("每经")).toBe("每日经济新闻");
    expect(canonicalOutlet("DT 财经")).toBe("DT财经");
    expect(canonicalOutlet("DT 财经")).toBe("DT财经");
    expect(outletKey("36kr")).toBe("36氪");
    expect(outletKey("36kr")).toBe(outletKey("36氪"));
  });
});

describe("chars without a pattern made at each call", () => {
  it("isWhitespace is \\s for every code unit", () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
    expect([0x20, 0x3000, 0xfeff, 0x200b].map(isWhitespace)).toEqual([true, true, true, false]);
  });

  it("halfWidthDigits maps ０–９ alone, one character for one", () => {
    expect(halfWidthDigits("２０２１年１２月８日 10:46")).toBe("2021年12月8日 10:46");
    expect(halfWidthDigits("没有全角数字")).toBe("没有全角数字");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("０", "９", "5", "年", " ", "Ａ", "a") }), (text) => {
        const mapped = [...text].map((ch) =>
          ch >= "０" && ch <= "９" ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch,
        );
        expect(halfWidthDigits(text)).toBe(mapped.join(""));
        expect(halfWidthDigits(text)).toBe(halfWidthDigits(text));
      }),
      { numRuns: 2000 },
    );
  });
});
