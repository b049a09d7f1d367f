import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint, mix, shingleHash, textFingerprint } from "../src/assemble/fingerprint.js";
import { comparisonText } from "../src/stories/comparable.js";
import { EQUIVALENT_NAMES } from "../src/stories/equivalent-names.js";
import { classOf, NOISE } from "../src/text/char-class.js";

/**
 * SimHash as its definition reads, with one plain count per bit: `fingerprint` keeps its counts
 * bit-sliced (a binary counter of shingle pairs, a word a binary digit) and must give the same 64
 * bits for any number of shingles.
 */
function referenceFingerprint(text: string): string {
  const content: number[] = [];
  for (const ch of text.split("")) {
    let code = ch.charCodeAt(0);
    if ((classOf(code) & NOISE) !== 0) continue;
    if (code >= 0x41 && code <= 0x5a) code += 32;
    content.push(code);
  }
  if (content.length === 0) return "0".repeat(16);
  const lows =
    content.length < 3
      ? [shingleHash(content.length === 2 ? content[0]! : 0, content.at(-1)!, 0)]
      : content.slice(2).map((code, i) => shingleHash(content[i]!, content[i + 1]!, code));
  const counts = new Array<number>(64).fill(0);
  for (const low of lows) {
    const high = mix((low + 0x27d4eb2f) | 0);
    for (let b = 0; b < 32; b++) {
      counts[b]! += (low >>> b) & 1;
      counts[32 + b]! += (high >>> b) & 1;
    }
  }
  const word = (base: number) => {
    let bits = 0;
    for (let b = 0; b < 32; b++) if (2 * counts[base + b]! > lows.length) bits |= 1 << b;
    return (bits >>> 0).toString(16).padStart(8, "0");
  };
  return word(32) + word(0);
}

describe("fingerprint counts", () => {
  it("agrees with the plain reference on the stored values' texts", () => {
    for (const text of [
      "",
      "。",
      "保",
      "A保",
      "中国太保",
      "平安产险多项服务获评2021中国银行业保险业年度服务创新案例".repeat(40),
    ]) {
      expect(fingerprint(text)).toBe(referenceFingerprint(text));
    }
    expect(referenceFingerprint("中国太保")).toBe("0060008e34214801");
  });

  it("agrees with the plain reference at every count of shingles around its carry levels", () => {
    // Shingles are added in pairs and a count's binary digit l carries at 2^l shingles; a text of
    // n characters has n − 2 shingles. (16, 17, 257, 258 were the limits of the 4-bit and byte-wide counts before.)
    const text = "据新华社报道今日上证指数上涨百分之一成交额放大市场人士表示后市仍可期待".repeat(80);
    const aroundPowers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].flatMap((l) => [1, 2, 3].map((d) => 2 ** l + d));
    for (const length of [
      ...aroundPowers,
      16,
      17,
      18,
      31,
      32,
      33,
      256,
      257,
      258,
      259,
      511,
      512,
      513,
      514,
      600,
    ]) {
      expect(fingerprint(text.slice(0, length))).toBe(referenceFingerprint(text.slice(0, length)));
      // One character repeated: every shingle is the same, so each of its set bits counts every
      // shingle and a packed count that overflowed would show.
      expect(fingerprint("保".repeat(length))).toBe(referenceFingerprint("保".repeat(length)));
    }
    // The value main gave before the byte-wide counts.
    expect(fingerprint("保".repeat(5000))).toBe("4bb9feae1202407a");
    // 2^16 shingles: every set bit's count is a carry out of each of sixteen levels.
    expect(fingerprint("保".repeat(2 ** 16 + 2))).toBe(referenceFingerprint("保".repeat(2 ** 16 + 2)));
  });

  it("agrees with the plain reference on random texts up to 2,000 characters (fast-check)", () => {
    const unit = fc.oneof(
      fc.constantFrom(..."中国太保平安产险银行ABCabc0123，。 \n"),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 2000 }), (units) => {
        const text = units.join("");
        expect(fingerprint(text)).toBe(referenceFingerprint(text));
      }),
      { numRuns: 300 },
    );
  });

  it("of an Article is the fingerprint of its comparison text, lowered and named in the one pass (fast-check)", () => {
    // The fused pass lowers and makes names one as it reads; the comparison text does it by copies.
    const names = Object.keys(EQUIVALENT_NAMES);
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(..."中国太保平安产险银行，。 \n（）“”ABCxyz0123１２，") },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          ...names,
          "首席",
          "CEO",
          "Ceo首席执行官",
          "【要闻】",
          "新华社北京8月4日电，",
        ),
      },
      // Characters whose lower case is not one ASCII step: the long way must give the same.
      {
        weight: 1,
        arbitrary: fc.constantFrom("Σ", "İ", "Ａ", "Å", "Ⅻ", "Ω", "ǅ", "\u{1F600}", "\u{10400}", "\ud800"),
      },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
    );
    const text = fc.array(unit, { maxLength: 300 }).map((units) => units.join(""));
    fc.assert(
      fc.property(text, text, (title, body) => {
        expect(textFingerprint(title, body)).toBe(
          fingerprint(comparisonText(title, body, Number.POSITIVE_INFINITY)),
        );
      }),
      { numRuns: 3000 },
    );
    // 首席执行官 is read as ceo either way, so the two texts are one.
    expect(textFingerprint("", "英伟达首席执行官黄仁勋表示")).toBe(
      textFingerprint("", "英伟达CEO黄仁勋表示"),
    );
  });
});
