// A pattern set (`text/pattern-set.ts`) answers what testing its patterns one by one answers: on the
// rule lists the stages run through it (boilerplate's lines and fragments with every pack's, the
// packs' placeholder images) and on patterns that cannot be joined, for random texts made of the
// rules' own words, so that matches are common.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PACKS } from "../src/packs/index.js";
import { genericCuts, genericDrop } from "../src/stages/boilerplate.js";
import {
  gateWords,
  isAnchoredAtStart,
  openingSplitTest,
  patternSet,
  type TextTest,
} from "../src/text/pattern-set.js";

const packs = [...PACKS.generators, ...PACKS.content];
const packCuts = packs.flatMap((pack) => pack.cutFragments ?? []);
/** Each list as the stage runs it, and as plain patterns tested one by one. */
const LISTS: Record<string, { tests: readonly TextTest[]; patterns: readonly TextTest[] }> = {
  "boilerplate lines": {
    tests: [...genericDrop(), ...packs.flatMap((pack) => pack.dropBlocks ?? [])],
    patterns: [...genericDrop(), ...packs.flatMap((pack) => pack.dropBlocks ?? [])],
  },
  "boilerplate fragments": {
    tests: [...genericCuts(), ...packCuts],
    patterns: [...genericCuts(), ...packCuts].map((re) => new RegExp(re.source, re.flags.replace("g", ""))),
  },
  "placeholder images": {
    tests: packs.flatMap((pack) => pack.placeholderImages ?? []),
    patterns: packs.flatMap((pack) => pack.placeholderImages ?? []),
  },
};

/** Pieces of text the patterns are made of: their runs of Han, their punctuation, digits and words. */
function piecesOf(tests: readonly TextTest[]): string[] {
  const sources = tests.filter((test): test is RegExp => test instanceof RegExp).map((re) => re.source);
  const pieces = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/\p{Script=Han}+|[A-Za-z]{2,}|[^\s\\()[\]{}|?*+^$.\p{L}\p{N}]/gu))
      pieces.add(match[0]);
  }
  return [...pieces, ..." \n1，-()（）。：.", "600258", ">>", "**", "__"];
}

const oneByOne = (tests: readonly TextTest[], text: string) => tests.some((test) => test.test(text));

describe("patternSet", () => {
  for (const [name, { tests, patterns }] of Object.entries(LISTS)) {
    it(`answers as the ${name} tested one by one (fast-check)`, () => {
      expect(tests.length).toBeGreaterThan(3);
      const set = patternSet(tests);
      const piece = fc.oneof(fc.constantFrom(...piecesOf(patterns)), fc.string({ maxLength: 3 }));
      let matched = 0;
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
          const text = pieces.join("");
          const expected = oneByOne(patterns, text);
          if (expected) matched++;
          expect(set.test(text)).toBe(expected);
        }),
        { numRuns: 20000 },
      );
      // The texts reach the patterns: a set that never matched would pass as well.
      expect(matched).toBeGreaterThan(20);
    });
  }

  it("keeps apart what joining would change, and leaves a pattern's lastIndex as it found it", () => {
    const global = /告/g;
    global.lastIndex = 1;
    const tests: TextTest[] = [/^(ab)\1$/, /(?<word>cd)\k<word>/, /^ef/y, global, /^公益广告$/, /gh/i];
    const set = patternSet(tests);
    for (const text of ["abab", "ab", "xcdcd", "cdc", "ef", "xef", "公告", "公益广告", "GH", "g h", ""])
      expect(set.test(text), text).toBe(
        oneByOne([/^(ab)\1$/, /(?<word>cd)\k<word>/, /^ef/, /告/, /^公益广告$/, /gh/i], text),
      );
    expect(global.lastIndex).toBe(1);
    expect(patternSet([]).test("anything")).toBe(false);
    expect(patternSet([{ test: (text) => text.endsWith("》") }]).test("《书》")).toBe(true);
  });

  it("drops a real boilerplate line and keeps the sentence that mentions it", () => {
    const set = patternSet(LISTS["boilerplate lines"]!.tests);
    expect(set.test("公益广告")).toBe(true);
    expect(set.test("版权归原作者所有，向原创者致敬")).toBe(true);
    expect(set.test("扫码关注我们")).toBe(true);
    expect(set.test("这则公益广告在央视播出后引发热议。")).toBe(false);
    // Behind a cheaper test: a word the pattern needs, the character it ends with.
    expect(set.test("记得点“在看”")).toBe(true);
    expect(set.test("美股行情中心：独家提供全美股行业板块、盘前盘后、ETF、权证实时行情")).toBe(true);
    expect(set.test("美股行情中心：独家提供全美股行业板块、盘前盘后、ETF、权证实时行情。")).toBe(false);
    const cuts = patternSet(LISTS["boilerplate fragments"]!.tests);
    expect(cuts.test("他说得对。 **")).toBe(true);
    expect(cuts.test("他说得对 **")).toBe(false);
  });
});

describe("gateWords", () => {
  it("takes a pattern's other list of words where it opens as the other patterns' words do", () => {
    // Boilerplate's sale prompt needs `大促|秒杀|特价|限时…` and `速抢|抢购|欢迎关注|点…` alike; a rule before it opens
    // with `欢` and `点` (`欢迎关注`, `点击查看`) and another with `速` (`速递`): its call's list adds no entry of the table.
    const sale =
      /^[^。！？\n]{0,40}(?:大促|秒杀|特价|限时优惠|限时折扣)[^\n]{0,60}?(?:点此查看详情|点击查看详情|速抢|抢购|欢迎关注)[！!。]?$/u;
    const before = [/^.{0,20}(?:欢迎关注|点击查看)[^。]{0,20}$/u, /^.{0,20}速递$/u];
    expect(gateWords([...before, sale])).toEqual([
      ["欢迎关注", "点击查看"],
      ["速递"],
      ["点此查看详情", "点击查看详情", "速抢", "抢购", "欢迎关注"],
    ]);
    // Alone, the list of fewer entries (its call's three, `抢` and `欢` sharing one, against four); a pattern's own
    // words where the other adds as many (`大促|秒杀` before `立减|满减`, two each). A test that is no pattern, or one
    // anchored with a narrow opening, runs behind no words.
    expect(
      gateWords([
        sale,
        /^.{0,20}(?:大促|秒杀)[^\n]{0,20}(?:立减|满减)$/u,
        { test: () => true },
        /^公益广告$/u,
      ]),
    ).toEqual([["点此查看详情", "点击查看详情", "速抢", "抢购", "欢迎关注"], ["大促", "秒杀"], null, null]);
  });
});

describe("patternSet's anchored patterns", () => {
  it("runs those whose opening characters are listed only on a text opening with one, the others on every text", () => {
    // `^公益广告$` opens with 公 only; the pack rule for a stray link's end opens with `]`, `[` or the text's end (it
    // matches the empty text); the `i` rule with `(`, `（`, 完, `E` or `e`.
    const set = patternSet([/^公益广告$/, /^(?:\]\(\S{1,500}\))?\[?$/u, /^(?:\(|（)?(?:完|END)(?:\)|）)?$/i]);
    expect(
      ["公益广告", "x公益广告", "", "[", "(end)", "（完）", "ſend", "END。"].map((t) => set.test(t)),
    ).toEqual([true, false, true, true, true, true, false, false]);
  });
});

describe("openingSplitTest", () => {
  // Words opening with more characters than V8 skips ahead by, a class, a group, and an anchored alternative
  // (the credit grammar's word list has all four: `[Ff][Oo]…`, `\([Cc]\)`, `^\s*[Vv][Ii][Aa]\s*[:：]`).
  const words =
    "来源|综合|出处|编辑|编译|責編|审校|原文|版权|公众号|作者|撰文|刊|载|发表|首发|专稿|转|轉|摘自|选自|授权|节目";
  const pattern = new RegExp(
    String.raw`${words}|[Cc]opyright|\([Cc]\)|(?:译者|翻译)[:：]|^\s*[Vv]ia\s*[:：]`,
  );

  it("answers what the whole pattern answers (fast-check)", () => {
    const split = openingSplitTest(pattern);
    expect(split).not.toBe(pattern);
    const piece = fc.constantFrom(
      ...words.split("|"),
      "C",
      "c",
      "opyright",
      "(",
      ")",
      "译者",
      ":",
      "：",
      " ",
      "via",
      "的",
      "。",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(split.test(text)).toBe(pattern.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads real credit lines as the whole pattern does, and keeps a pattern it cannot split", () => {
    const split = openingSplitTest(pattern);
    // Lines of core test/credit-grammar.test.ts: a translator's credit (fresh-9 jina-reader wechat__jiqizhixin-grpo.md)
    // and a dateline that holds no credit word.
    expect(split.test("编译：陈陈、泽南")).toBe(true);
    expect(split.test(" via: Reuters")).toBe(true);
    expect(split.test("本报北京５月９日讯 记者潘跃今天获悉。")).toBe(false);
    expect(openingSplitTest(/来源|综合/)).toEqual(/来源|综合/);
    const sticky = new RegExp(words, "y");
    expect(openingSplitTest(sticky)).toBe(sticky);
  });
});

describe("isAnchoredAtStart", () => {
  it("holds only for a pattern that can match at the text's start alone", () => {
    expect(isAnchoredAtStart("^公益广告$", "")).toBe(true);
    expect(isAnchoredAtStart("^(?:完|END)(?:\\)|）)?$", "i")).toBe(true);
    expect(isAnchoredAtStart("^[|(]a", "u")).toBe(true);
    expect(isAnchoredAtStart("^\\|a", "")).toBe(true);
    expect(isAnchoredAtStart("^a|b", "")).toBe(false);
    expect(isAnchoredAtStart("^a", "m")).toBe(false);
    expect(isAnchoredAtStart("a^", "")).toBe(false);
    expect(isAnchoredAtStart("上一页[\\s[\\]]*\\d", "u")).toBe(false);
  });
});
