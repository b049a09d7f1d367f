import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsSentence, piecesEndSentence } from "../src/text/chars.js";

/** The rule as a pattern (its definition, in chars.ts): `endsSentence` must answer exactly as this. */
const PATTERN =
  /(?:[。！？!?；;…：:，,、]|[。！？!?…][”"’'」』）)】》]+|[。！？!?…]\s*[（(][^（）()]{1,30}[)）])$/u;

/** Every character the rule looks at, and some it does not (an astral one counts as one in a credit). */
const piece = fc.constantFrom(
  "。",
  "！",
  "？",
  "!",
  "?",
  "；",
  "…",
  "：",
  "，",
  "、",
  "”",
  '"',
  "’",
  "'",
  "」",
  "』",
  "）",
  ")",
  "】",
  "》",
  "（",
  "(",
  " ",
  "\u3000",
  "\n",
  "新",
  "华",
  "a",
  "1",
  "𠀀",
  "\ud800",
  "\udc00",
);

describe("endsSentence", () => {
  it("answers as the pattern on every mixture of the characters it reads", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(endsSentence(text)).toBe(PATTERN.test(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it("answers for pieces as for the text they join into", () => {
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (pieces) => {
        expect(piecesEndSentence(pieces)).toBe(endsSentence(pieces.join("")));
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads a parenthesised credit of up to 30 characters after a sentence end", () => {
    expect(endsSentence("…休闲活动。（新华每日电讯）")).toBe(true);
    expect(endsSentence("…休闲活动。 （新华每日电讯）")).toBe(true);
    expect(endsSentence(`活动。（${"字".repeat(30)}）`)).toBe(true);
    expect(endsSentence(`活动。（${"字".repeat(31)}）`)).toBe(false);
    expect(endsSentence(`活动。（${"𠀀".repeat(30)}）`)).toBe(true);
    expect(endsSentence("活动（新华每日电讯）")).toBe(false);
    expect(endsSentence("“我就愿意让别人听我的”")).toBe(false);
    expect(endsSentence("他说：“我就愿意。”")).toBe(true);
    expect(endsSentence("")).toBe(false);
  });
});
