// A credited name's cleaning (`cleanName`, credits/grammar.ts) in time linear in the name, on the attack strings the
// ReDoS checker recheck 4.5 (its automaton and fuzz checkers, run on every pattern of core by a throwaway probe of
// session 53) gave for its two vulnerable steps, and the same names it gave before on real credits and on any mix
// of the characters the two steps read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanName } from "../src/credits/grammar.js";

/** CPU seconds of one call (a loaded machine slows the wall clock, not the CPU time the process gets). */
function cpuSeconds(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

// The two steps as they were written before session 53: the reference the rewrite must agree with.
const KIND_BEFORE = /^(?:微信)?(?:公众号|订阅号)\s*[:：]?\s*(?=[「“"『])/u;
const FRAME_BEFORE = /^[\s【[“"「《〔]+|[\s】\]”"」》〕。．.，,；;：:]+$/gu;
/** The step between them, unchanged: the kind written after a quoted name. */
const KIND_AFTER = /(?<=^[「“"『][^」”"』]{1,30}[」”"』])\s*(?:微信)?(?:公众号|订阅号)$/u;

describe("cleanName", () => {
  it("takes the account's kind, the frame and the end's marks off real credits", () => {
    // generalise.test.ts's note (`📍 **来源**: 微信公众号「探索的 AI」`), and the forms the comments name.
    expect(cleanName("微信公众号「探索的 AI」")).toBe("探索的 AI");
    expect(cleanName("公众号 ： 「财经早餐」")).toBe("财经早餐");
    expect(cleanName("【新华社】")).toBe("新华社");
    expect(cleanName("  《人民日报》。，")).toBe("人民日报");
    expect(cleanName("中国证券报 ；")).toBe("中国证券报");
  });

  it("reads recheck's attack strings of 10^5 characters in well under a second of CPU each", () => {
    // Before: `订阅号` and 10^5 tabs, 11 s (the blanks split between `\s*` and `\s*` in every way); 10^5 commas and a
    // NUL, 5.7 s (`[…]+$` tried from every place of the run). The bound is far above a linear pass (milliseconds).
    const kind = `订阅号${"\t".repeat(100_000)}\u0000`;
    const frame = `\u0000${",".repeat(100_000)}\u0000`;
    let names: string[] = [];
    expect(cpuSeconds(() => (names = [cleanName(kind), cleanName(frame)]))).toBeLessThan(1);
    expect(names).toEqual([`订阅号 \u0000`, `\u0000${",".repeat(100_000)}\u0000`]);
  });

  it("gives the name the two steps gave before, on any mix of the characters they read", () => {
    const piece = fc.constantFrom(
      ...'微信公众号订阅号 \t\u3000:：「“"『」”』【[《〔】]》〕。．.，,；;a中\u0000',
      "公众号",
      "订阅号",
      "微信",
    );
    // The other steps read brackets, channel and copy words these pieces never hold: the name before was the text
    // through the three steps, then white space collapsed and trimmed.
    const before = (raw: string) =>
      raw
        .replace(KIND_BEFORE, "")
        .replace(KIND_AFTER, "")
        .replace(FRAME_BEFORE, "")
        .replace(/\s+/g, " ")
        .trim();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const raw = pieces.join("");
        expect(cleanName(raw)).toBe(before(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
