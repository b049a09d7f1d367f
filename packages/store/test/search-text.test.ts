import { describe, expect, test } from "vitest";
import { indexText, matchExpression } from "../src/search-text.js";

describe("indexText", () => {
  test("turns Han runs into bigrams plus their last character, and keeps other words, folded to lower case and half width, cut as unicode61 cuts them", () => {
    expect(indexText("中国太保：ＣＰＩＣ 6.3512亿元")).toBe("中国 国太 太保 保 cpic 6 3512 亿元 元");
  });

  test("a lone Han character is indexed as itself; punctuation and spaces end runs", () => {
    expect(indexText("保，险 费")).toBe("保 险 费");
  });
});

describe("matchExpression", () => {
  test("a Han run becomes one phrase of its consecutive bigrams", () => {
    expect(matchExpression("消费者权益")).toBe('"消费 费者 者权 权益"');
  });

  test("words are ANDed; a single character is a prefix query", () => {
    expect(matchExpression("太保 A股 保")).toBe('"太保" AND "a" AND "股" * AND "保" *');
  });

  test("FTS5 syntax ends up quoted as text", () => {
    expect(matchExpression('a" OR b NEAR(c')).toBe('"a" AND "or" AND "b" AND "near" AND "c"');
  });

  test("a query with nothing to search for is null", () => {
    expect(matchExpression(" ！？ ** ")).toBeNull();
  });
});
