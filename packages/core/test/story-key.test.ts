import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash64 } from "../src/assemble/hash.js";
import { parseAllSync } from "../src/parse-all.js";
import { comparisonText, contentCharacterCount, contentCharacters } from "../src/stories/comparable.js";
import { DEFAULT_STORY_SETTINGS, type StoryInput, type StoryKey, storyKey } from "../src/stories/index.js";
import { COMPANY, companyMatches, DIGEST_ITEMS, isDigest, LIST_ITEM } from "../src/stories/key.js";
import { DUMPS, dumpsPresent, readDumps } from "./dumps.js";

const S = DEFAULT_STORY_SETTINGS;

/**
 * The fields of a story key that `storyKey` reads without listing every content character of its comparison text
 * (its size and skeleton) or searching all of it (its companies and digest), made as their definitions say.
 * `storyKey` must give exactly these.
 */
function definedFields(article: StoryInput): Pick<StoryKey, "size" | "skeleton" | "digest"> {
  const full = comparisonText(article.title, article.text, Number.POSITIVE_INFINITY);
  const chars = contentCharacters(full);
  return {
    size: chars.length,
    skeleton: hash64(chars.slice(0, S.skeletonLength).replace(/\d+/g, "#")),
    digest: definedDigest(full),
  };
}

/** Every match of `COMPANY` in a text, as its search of the whole text gives them: where, what, the name. */
function definedCompanies(text: string): [number, string, string][] {
  return [...text.matchAll(COMPANY)].map((m) => [m.index, m[0], m[1]!]);
}

/** A digest as defined: `DIGEST_ITEMS` or more list items, the first at the start or after a short introduction. */
function definedDigest(text: string): boolean {
  const items = [...text.matchAll(LIST_ITEM)];
  if (items.length < DIGEST_ITEMS) return false;
  return items[0]!.index === 0 || /^[^\n。]{0,40}[:：]\s*$/u.test(text.slice(0, items[0]!.index));
}

const found = (matches: RegExpExecArray[]) =>
  matches.map((m): [number, string, string] => [m.index, m[0], m[1]!]);

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

describe("companies found only near 有限", () => {
  it("names the companies of real flashes", () => {
    // 财联社, 2026-07-31 (../shared/dumps/cls), cut: a name with 股份, one with a bracketed place, three in a row.
    const cls = item(
      "【工业和信息化部装备工业一司赴奇瑞、蔚来、江汽开展监督检查】财联社7月31日电，7月30日至31日，为进一步规范汽车产业竞争秩序、" +
        "提升汽车产品生产一致性和质量安全水平，工业和信息化部装备工业一司赴奇瑞汽车股份有限公司、蔚来汽车科技（安徽）有限公司、" +
        "安徽江淮汽车集团股份有限公司开展道路机动车辆生产企业产品安全保障能力和生产一致性监督检查。",
    );
    expect(storyKey(cls, S).companies).toEqual(["奇瑞汽车", "汽车科技", "汽车集团"]);
    // 东方财富, 2026-08-02 (../shared/dumps/eastmoney), cut: two names back to back, the first 15 characters before its mark.
    const eastmoney = item(
      "广联航空(300900.SZ)公告称，公司控股子公司天津跃峰科技股份有限公司收到中海油能源发展股份有限公司发来的《中标通知书》。",
    );
    expect(storyKey(eastmoney, S).companies).toEqual(["能源发展", "跃峰科技"]);
    expect(found(companyMatches("公司控股子公司天津跃峰科技股份有限公司"))).toEqual([
      [0, "公司控股子公司天津跃峰科技股份有限公司", "公司控股子公司天津跃峰科技股份"],
    ]);
  });

  it("finds every match a search of the whole text finds, in any text", () => {
    // Names up to and over 24 characters, notes in brackets, marks that end no name (`有限的`), marks in a
    // name's reach of each other, breaks, characters of two UTF-16 units and halves of one.
    const piece = fc.constantFrom(
      "有限",
      "有限公司",
      "股份有限公司",
      "有限责任公司",
      "有限的",
      "（集团）",
      "(浙江)",
      "（",
      ")",
      "股份",
      "公司",
      "天津跃峰科技",
      "中海油能源发展",
      "甲乙丙丁戊己庚辛壬癸",
      "𠀋𠀋𠀋",
      "\ud840",
      "\udc0b",
      "、",
      "，",
      " ",
      "\n",
      "A",
    );
    // A name of up to 26 characters of one or two units (the pattern takes 24), a note of up to 9 in brackets
    // (it takes 8), `股份` or not, and a mark: the longest matches reach furthest before their mark.
    const run = (characters: string[], max: number) =>
      fc.tuple(fc.constantFrom(...characters), fc.nat(max)).map(([character, n]) => character.repeat(n));
    const name = fc
      .tuple(
        fc.array(run(["甲", "𠀋", "\ud840", "\udc0b", "有限", "A"], 26), { maxLength: 2 }),
        fc.option(run(["乙", "𠀋"], 9)),
        fc.constantFrom("", "股份"),
        fc.constantFrom("有限公司", "有限责任公司", "有限的"),
      )
      .map(
        ([runs, note, form, mark]) => `${runs.join("")}${note === null ? "" : `（${note}）`}${form}${mark}`,
      );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, name), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(found(companyMatches(text))).toEqual(definedCompanies(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a digest read to its third item", () => {
  it("tells a digest as the whole list of its items would", () => {
    // 新闻联播's digest opening (a feed's introduction, then numbered items), and a text that numbers only two.
    expect(
      isDigest("今天《新闻联播》主要内容有：\n1、习近平会见外宾\n2、国务院常务会议\n3、各地抓好秋粮生产"),
    ).toBe(true);
    expect(isDigest("1、一季度营收增长\n2、净利润下降。")).toBe(false);
    const piece = fc.constantFrom(
      "1、",
      "2.",
      "12.5",
      "③",
      "。",
      "；",
      " ",
      "\n",
      "主要内容有：",
      "沪指涨0.12%",
      "A",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(isDigest(text)).toBe(definedDigest(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe.skipIf(!dumpsPresent())(`story keys of the records in ${DUMPS}`, () => {
  it("are each what the definitions give", () => {
    const records = readDumps(parseAllSync);
    for (const record of records) {
      expect(storyKey(record, S)).toMatchObject(definedFields(record));
      const full = comparisonText(record.title, record.text, Number.POSITIVE_INFINITY);
      expect(found(companyMatches(full))).toEqual(definedCompanies(full));
    }
    expect(records.length).toBe(11338);
  });
});
