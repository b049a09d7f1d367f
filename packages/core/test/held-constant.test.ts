import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint, textFingerprint } from "../src/assemble/fingerprint.js";
import { heldConstant } from "../src/pipeline/kept-shapes.js";
import * as chars from "../src/text/char-class.js";

// A sentence of a real flash (shared corpus, finews-jekyll/_posts__-202205262391921712.md, its quoted lead):
// the fingerprint and the classes read through `heldConstant`'s closures give what they gave through the
// modules' bindings (the values were taken at 0c499750, before the tables moved into closures).
const LEAD =
  "据霍尼韦尔官网消息，5月24日，霍尼韦尔宣布为蔚来旗下ET7新能源汽车提供HFO-1234yf(四氟丙烯)制冷剂。";

describe("heldConstant", () => {
  it("hands make the very value and gives back what make made", () => {
    const table = new Uint8Array([3, 5]);
    const read = heldConstant(table, (held) => (at: number) => held[at]!);
    table[1] = 7;
    expect(read(0)).toBe(3);
    expect(read(1)).toBe(7);
    fc.assert(
      fc.property(fc.anything(), (value) => Object.is(heldConstant(value, (held) => [held])[0], value)),
    );
  });

  it("leaves the fingerprint and the classes of a real lead as they were", () => {
    expect(fingerprint(LEAD)).toBe("89e489c70834bbea");
    expect(textFingerprint("", LEAD)).toBe("89e489c70834bbea");
    expect([..."据，5E (）"].map((char) => chars.classOf(char.charCodeAt(0)))).toEqual([
      chars.HAN | chars.NFKC_STABLE,
      chars.NOISE,
      chars.WORD | chars.NFKC_STABLE,
      chars.WORD | chars.NFKC_STABLE,
      chars.SPACE | chars.COLLAPSIBLE | chars.UNCOUNTED | chars.NOISE | chars.NFKC_STABLE,
      chars.NOISE | chars.NFKC_STABLE,
      chars.NOISE,
    ]);
    expect(chars.classOf(0x3a3) & chars.CASED).toBe(chars.CASED);
  });
});
