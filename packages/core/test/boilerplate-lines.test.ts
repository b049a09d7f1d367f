import fc from "fast-check";
import { expect, test } from "vitest";
import { parse } from "../src/index.js";
import { genericDrop, isStandardsFooter } from "../src/stages/boilerplate.js";
import { BOILERPLATE_PATTERNS, CLOSING_NOTES, GENERIC_DROP_LINES } from "../src/stages/boilerplate-lines.js";
import { endsWithFolded } from "../src/text/chars.js";
import { patternSet } from "../src/text/pattern-set.js";
import { regexFromLiteral } from "../src/text/regex-literal.js";
import { escapePattern } from "../src/text/string-finder.js";

test("each of the boilerplate's lines is its pattern's literal, compiled back to the same pattern", () => {
  expect(GENERIC_DROP_LINES.length).toBe(109);
  for (const line of [...GENERIC_DROP_LINES, CLOSING_NOTES.model])
    expect(String(regexFromLiteral(line))).toBe(line);
  expect(new RegExp(CLOSING_NOTES.clause, "u").test("投资有风险")).toBe(true);
  expect(regexFromLiteral(String.raw`/^<?https?:\/\/\S+>?$/u`).source).toBe(String.raw`^<?https?:\/\/\S+>?$`);
  expect(regexFromLiteral("/^公益广告$/").flags).toBe("");
});

test("a literal's text gives back its pattern, whatever the pattern and its flags", () => {
  const flags = fc.subarray(["d", "g", "i", "m", "s", "u", "y"]).map((chosen) => chosen.join(""));
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), flags, (text, chosen) => {
      const pattern = new RegExp(escapePattern(text), chosen);
      const read = regexFromLiteral(String(pattern));
      expect(read.source).toBe(pattern.source);
      expect(read.flags).toBe(pattern.flags);
      expect(read.test(text)).toBe(true);
    }),
  );
});

test("the boilerplate's lines drop what they dropped as literals, and no story's sentence", () => {
  const drops = patternSet(genericDrop());
  // Lines from the shared corpus and the feeds the rules' notes quote (a portal's app promo, a brief's reading time,
  // a WeChat account's follow prompt and buttons, a reprint's rights notice, a newsroom's mail label, a like counter).
  for (const line of [
    "公益广告",
    "本文来自华尔街见闻，欢迎下载APP查看更多",
    "（本文字数：3396，阅读时长大约：5 分钟）",
    // WeChat's follow prompt, bulleted, over 奇安信 CERT's advisory and a share button's label under its GIF in 看雪学苑's
    // template (datasets/fresh-98/wechat-feed-md); the novel-reader toggles are the stage's `READER_TOGGLE`.
    "● 点击↑蓝字关注我们，获取更多安全风险通告",
    "球分享",
    "© 本文著作权归作者所有，并授权少数派独家使用，未经少数派许可，不得转载使用。",
    "電子郵件:",
    "+1",
    // ME News' ad mark beside its ad picture (datasets/fresh-71/clipper-web/jlink__menews-hk-stablecoin-licences.md).
    "AD",
    "广告",
    // 好奇心日报's app-store prompt closing its stories (datasets/fresh-83/saved-outlet-page/qdaily__52259.html) and
    // its wallpaper app's (a React Native demo's HTML of a qdaily story, search-index file 8225156775).
    "喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。",
    "去 App 商店搜 好奇怪 下载吧。",
    // Reuters' closing credit run on into its standards footer, the line break between them lost: a translation's
    // (datasets/fresh-75/java-doc-response/gittestproject__A-translation.java) and the English wire's (search-index
    // file 57860398533, its two lines joined as a feed joins them).
    "北京的Cheng Leng、上海的Looyan Liu和Andrew Galbraith报道；Rashmi Aich编辑我们的标准：汤森路透信托原则。",
    "Reporting by David Shepardson; editing by Miral Fahmy Our Standards: The Thomson Reuters Trust Principles.",
    "我们的标准：汤森路透信托原则。",
    // The footer under the `i` flag, in capitals, and the Traditional rendering with its page's link label.
    "OUR STANDARDS: THE THOMSON REUTERS TRUST PRINCIPLES.",
    "我們的標準：湯森路透信託原則, opens new tab",
  ])
    expect(drops.test(line), line).toBe(true);
  for (const line of [
    "下载APP后即可领取。",
    "欢迎用人单位发布岗位",
    "公司股价今日上涨3%。",
    "AD公司发布公告",
    "广告费用同比增长",
    // A story's sentences about an app store: what was searched and found, not a call to the reader.
    "去App Store搜索“支付宝”时，排名第一的却是一款仿冒应用，已有上万名用户下载。",
    "用户在App Store搜索后发现该应用已下架。",
    // A credit line alone, or a story's sentence about the standards: kept (the footer closes the line or nothing goes).
    "北京的Cheng Leng报道；Rashmi Aich编辑",
    "路透报道；公司称我们的标准：汤森路透信托原则将适用于新业务。",
  ])
    expect(drops.test(line), line).toBe(false);
});

test("a rule of marks on a line of its own is no text: a clipping export's `####` before its captions", () => {
  // Wisers WiseNews plain-text export (search-index file 23193114876; datasets/fresh-79/wisers-clipping-text): the rule
  // between the story and its photo captions; a hashtag or a number sign inside a line is text.
  const drop = patternSet([...genericDrop()]);
  expect(drop.test("####")).toBe(true);
  expect(drop.test("---- ####")).toBe(true);
  expect(drop.test("#港股#")).toBe(false);
  expect(drop.test("#1")).toBe(false);
});

test("a paper's rights notice glued after the last sentence, and what follows it in the paragraph, are no text", () => {
  // 华夏时报's closing notice in a crawler's m_content (search-index file 2375556620; datasets/fresh-79), its
  // paragraphs joined; a notice inside a sentence (no sentence end before it) is the sentence's.
  const story =
    "中秋，于古人，是在时令交错转换间的一场祭祀。追潮之前，我专门从网上下载了这古今双份的观潮攻略，两相参照，倒也可增添不少趣味。";
  const glued = `${story}本文版权归CM华夏理财所有，未经许可不得翻译或转载。查看更多华夏时报文章，参与华夏时报微信互动（微信搜索「华夏时报」或「chinatimes」）`;
  expect(parse(`标题\n\n${glued}\n`).text).toBe(story);
  const inSentence =
    "法院认定，该书的本文版权归出版社所有的说法并无依据，双方此前签订的合同另有约定，此案将择日宣判。";
  expect(parse(`标题\n\n${inSentence}\n`).text).toBe(inSentence);
});

test("Reuters' standards footer is read behind its last words: the same lines as its pattern, whatever the line", () => {
  // The gate looks at the line's end before the pattern reads it from its start (`isStandardsFooter`): it may only
  // spare the pattern lines it cannot match. Lines built from the footer's and a credit's pieces and noise around them.
  // `STANDARDS_FOOTER`, the 37th of the stage's patterns (`compileBoilerplatePatterns`).
  const pattern = regexFromLiteral(BOILERPLATE_PATTERNS[36]!);
  expect(pattern.source).toContain("Trust Principles");
  const piece = fc.constantFrom(
    "Reporting by David Shepardson; editing by Miral Fahmy ",
    "北京的Cheng Leng报道；Rashmi Aich编辑",
    "Our Standards",
    "our standards",
    "我们的标准",
    "我們的標準",
    ": ",
    "：",
    "The ",
    "Thomson Reuters Trust Principles",
    "THOMSON REUTERS TRUST PRINCIPLEſ",
    "汤森路透信托原则",
    "湯森路透信託原則",
    "。",
    ".",
    ", opens new tab",
    ", OPENS NEW TAB",
    "公司称",
    "将适用于新业务。",
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 8 }), (pieces) => {
      const line = pieces.join("");
      expect(isStandardsFooter(line), line).toBe(pattern.test(line));
    }),
  );
  expect(isStandardsFooter("Our Standards: The Thomson Reuters Trust Principles.")).toBe(true);
  expect(isStandardsFooter("我们的标准：汤森路透信托原则将适用于新业务。")).toBe(false);
});

test("a word at a text's end is read in either case, as a pattern's `iu` flags read it", () => {
  expect(endsWithFolded("Trust Principles", "principles")).toBe(true);
  expect(endsWithFolded("Trust Principles.", "principles", 16)).toBe(true);
  expect(endsWithFolded("信托原则", "信托原则")).toBe(true);
  expect(endsWithFolded("原则", "信托原则")).toBe(false);
  const word = fc.stringMatching(/^[a-z]{1,8}$/u);
  fc.assert(
    fc.property(
      fc.string({ maxLength: 6 }),
      word,
      fc.string({ maxLength: 6, unit: "grapheme-ascii" }),
      (head, w, tail) => {
        for (const text of [head + w.toUpperCase(), head + w, head + w + tail, head + tail])
          expect(endsWithFolded(text, w), text).toBe(new RegExp(`${w}$`, "iu").test(text));
      },
    ),
  );
});
