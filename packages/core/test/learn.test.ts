// The learner's counting rules: distinct stories, per group, both thresholds.
import { describe, expect, it } from "vitest";
import { type LearnInput, learnLines } from "../src/learn/learn.js";

const PROMO = "海量资讯、精准解读，尽在新浪财经APP";
const sina = { field: "author", value: "新浪财经" };

function story(i: number, extra: string[] = [], group: LearnInput["group"] = sina): LearnInput {
  return { file: `f${i}.md`, group, story: `story ${i}`, lines: [`第${i}条新闻的正文。`, ...extra] };
}

describe("learnLines", () => {
  it("learns a line most stories of a group share", () => {
    const inputs = Array.from({ length: 10 }, (_, i) => story(i, i < 8 ? [PROMO] : []));
    expect(learnLines(inputs)).toEqual([
      { group: sina, stories: 10, lines: [{ line: PROMO, stories: 8, share: 0.8 }] },
    ]);
  });

  it("never learns a sentence only a few stories share", () => {
    const quote = "国家统计局新闻发言人付凌晖表示，经济运行总体平稳。";
    const inputs = Array.from({ length: 40 }, (_, i) => story(i, i < 4 ? [quote] : []));
    expect(learnLines(inputs)).toEqual([]);
  });

  it("counts copies of one story once", () => {
    const copies = Array.from({ length: 8 }, (_, i) => ({
      ...story(i, ["一段在八份拷贝里重复的正文。"]),
      story: "same",
    }));
    const others = Array.from({ length: 8 }, (_, i) => story(100 + i));
    expect(learnLines([...copies, ...others])).toEqual([]);
  });

  it("needs the share as well as the count", () => {
    const inputs = Array.from({ length: 100 }, (_, i) => story(i, i < 10 ? [PROMO] : []));
    expect(learnLines(inputs)).toEqual([]);
    expect(learnLines(inputs, { minShare: 0.1 })[0]?.lines).toEqual([
      { line: PROMO, stories: 10, share: 0.1 },
    ]);
  });

  it("learns per group: a line common in one channel is not learned for another", () => {
    const other = { field: "author", value: "36kr" };
    const inputs = [
      ...Array.from({ length: 6 }, (_, i) => story(i, [PROMO])),
      ...Array.from({ length: 30 }, (_, i) => story(50 + i, [], other)),
    ];
    const learned = learnLines(inputs);
    expect(learned.map((g) => g.group)).toEqual([sina]);
  });

  it("skips lines too short, too long or without letters, and small groups", () => {
    const long = "很长的一句话".repeat(40);
    const inputs = Array.from({ length: 6 }, (_, i) => story(i, ["图", "2024-01-01 10:00", long]));
    expect(learnLines(inputs)).toEqual([]);
    expect(learnLines(Array.from({ length: 4 }, (_, i) => story(i, [PROMO])))).toEqual([]);
  });

  it("groups files without a field together", () => {
    const inputs = Array.from({ length: 5 }, (_, i) =>
      story(i, ["免责声明：本文仅供参考，不构成投资建议。"], null),
    );
    expect(learnLines(inputs)[0]?.group).toBeNull();
  });
});
