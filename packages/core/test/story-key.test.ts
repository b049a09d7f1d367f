import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash64 } from "../src/assemble/hash.js";
import { parseAllSync } from "../src/parse-all.js";
import { comparisonText, contentCharacterCount, contentCharacters } from "../src/stories/comparable.js";
import { DEFAULT_STORY_SETTINGS, type StoryInput, type StoryKey, storyKey } from "../src/stories/index.js";
import { DUMPS, dumpsPresent, readDumps } from "./dumps.js";

const S = DEFAULT_STORY_SETTINGS;

/**
 * The fields of a story key that `storyKey` reads without listing every content character of its comparison text
 * (its size and skeleton), made as their definitions say. `storyKey` must give exactly these.
 */
function definedFields(article: StoryInput): Pick<StoryKey, "size" | "skeleton"> {
  const chars = contentCharacters(comparisonText(article.title, article.text, Number.POSITIVE_INFINITY));
  return { size: chars.length, skeleton: hash64(chars.slice(0, S.skeletonLength).replace(/\d+/g, "#")) };
}

function item(text: string): StoryInput {
  return { id: "x", title: "", text, publishedAt: "2026-07-29T10:00:00+08:00" };
}

describe("a story key read in one pass", () => {
  it("counts and takes the first content characters as the whole list of them would", () => {
    // 财联社, 2026-07-29 (../shared/dumps/cls), cut.
    const text = "【盘中宝】财联社7月29日电，A股三大指数集体高开，沪指涨0.12%！";
    expect(contentCharacterCount(text)).toBe(contentCharacters(text).length);
    expect(contentCharacters(text, 8)).toBe("盘中宝财联社7月");
    expect(contentCharacters(text, 0)).toBe("");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), fc.nat(40), (s, n) => {
        expect(contentCharacterCount(s)).toBe(contentCharacters(s).length);
        expect(contentCharacters(s, n)).toBe(contentCharacters(s).slice(0, n));
      }),
    );
  });

  it("gives every key of arbitrary text as the definitions do", () => {
    // Pieces of comparison text in any order and number: what the comparison drops (headlines, credits in
    // brackets, full-width forms, breaks), names, digits, and characters of two UTF-16 units.
    const piece = fc.constantFrom(
      "【盘中宝】",
      "ＡＢ１２",
      "（",
      "）",
      "(",
      ")",
      "1、",
      "2.",
      "③",
      "。",
      "：",
      "\n",
      " ",
      "恒渡科技",
      "广发证券",
      "𠀋",
      "A",
      "7",
      "，",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const input = item(pieces.join(""));
        expect(storyKey(input, S)).toMatchObject(definedFields(input));
      }),
      { numRuns: 1000 },
    );
  });
});

describe.skipIf(!dumpsPresent())(`story keys of the records in ${DUMPS}`, () => {
  it("are each what the definitions give", () => {
    const records = readDumps(parseAllSync);
    for (const record of records) expect(storyKey(record, S)).toMatchObject(definedFields(record));
    expect(records.length).toBe(11338);
  });
});
