import { describe, expect, it } from "vitest";
import { queryTokens, shardOf, textTokens, titleTokens, tokenHash } from "../src/search/tokenize.js";

describe("search tokenizer", () => {
  it("cuts Han runs into overlapping pairs, so 太保 is found inside 中国太保", () => {
    expect([...textTokens("中国太保")]).toEqual(["中国", "国太", "太保"]);
    expect(queryTokens("太保")).toEqual(["太保"]);
  });

  it("cuts tickers and Latin words with the word segmenter, folded to lower case and half width", () => {
    expect([...textTokens("中国太保(601601.SH) ＣＰＩＣ")]).toEqual([
      "中国",
      "国太",
      "太保",
      "601601",
      "sh",
      "cpic",
    ]);
  });

  it("keeps a lone Han character of a run as a token, and every title character", () => {
    expect([...textTokens("A股")]).toEqual(["a", "股"]);
    expect([...titleTokens("保险业")]).toEqual(["保险", "险业", "保", "险", "业"]);
  });

  it("ignores punctuation and white space", () => {
    expect(queryTokens(" ，。！ ")).toEqual([]);
  });

  it("hashes tokens the same way every time, into the shard range", () => {
    expect(tokenHash("太保")).toBe(tokenHash("太保"));
    expect(tokenHash("")).toBe(0x811c9dc5);
    for (const token of ["太保", "cpic", "601601"]) {
      const shard = shardOf(token, 64);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(64);
    }
  });
});
