import { searchPieces } from "@caixun/core/policy";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ListRequestError } from "../src/cursor.js";
import { indexText, MAX_QUERY_TERMS, MAX_QUERY_TOKENS, matchExpression } from "../src/search-text.js";
import { unicode61Tokens } from "../src/unicode61.js";

describe("indexText", () => {
  test("turns Han runs into bigrams plus their last character, and keeps other words, folded to lower case and half width, cut as unicode61 cuts them", () => {
    expect(indexText("中国太保：ＣＰＩＣ 6.3512亿元")).toBe("中国 国太 太保 保 cpic 6 3512 亿元 元");
  });

  test("a lone Han character is indexed as itself; punctuation and spaces end runs", () => {
    expect(indexText("保，险 费")).toBe("保 险 费");
  });

  // Session 49 (ingest49): a plain piece's bigrams are cut from it in place; the definition is every piece's terms
  // (a Han run's bigrams of characters and its last character, another word itself) cut as unicode61 cuts them.
  test("any text is indexed as its pieces' terms, each cut as unicode61 cuts it", () => {
    const defined = (text: string) =>
      searchPieces(text)
        .flatMap((piece) => {
          if (!piece.han) return [piece.text];
          const characters = Array.from(piece.text);
          return [
            ...characters.slice(1).map((character, i) => characters[i] + character),
            characters.at(-1)!,
          ];
        })
        .flatMap(unicode61Tokens)
        .join(" ");
    expect(indexText("财经新闻 A股，𠀀中国")).toBe("财经 经新 新闻 闻 a 股 𠀀中 中国 国");
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."财经中国保险太的了𠀀𪚥々〇abcXYZ019 _.,:'·\n　，。ＣéΣς\u0301\ud800😀"),
          maxLength: 60,
        }),
        (text) => {
          expect(indexText(text)).toBe(defined(text));
        },
      ),
    );
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

  test("a term written twice is searched for once; past MAX_QUERY_TERMS terms or MAX_QUERY_TOKENS tokens a query is refused", () => {
    // Twenty-third round (session 45): on 7d4e17b2 `财 ` written 100 times (200 characters, within the API's limit
    // on q) was 100 prefix searches, 4.4 s to rank 200 articles in SQLite; a run of 10,000 Han characters 10–15 s.
    expect(matchExpression("财 ".repeat(100))).toBe('"财" *');
    expect(matchExpression("太保 太保 A股 太保")).toBe('"太保" AND "a" AND "股" *');
    const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`).join(" ");
    expect(matchExpression(words(MAX_QUERY_TERMS))?.split(" AND ")).toHaveLength(MAX_QUERY_TERMS);
    const refusal = (query: string) => {
      try {
        matchExpression(query);
      } catch (error) {
        return error instanceof ListRequestError ? `${error.field}: ${error.message}` : error;
      }
      return undefined;
    };
    const message = `q: a query holds at most ${MAX_QUERY_TERMS} words or runs of Chinese and ${MAX_QUERY_TOKENS} characters of them`;
    expect(refusal(words(MAX_QUERY_TERMS + 1))).toBe(message);
    // A run of n Han characters is n − 1 bigrams.
    expect(refusal(`${"财经新闻".repeat(64)}财`)).toBeUndefined();
    expect(refusal(`${"财经新闻".repeat(64)}财经`)).toBe(message);
    expect(refusal("财经".repeat(2_500))).toBe(message);
  });

  test("any query is a MATCH expression, null or refused as q; never another error", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            "财",
            "经",
            " ",
            '"',
            "*",
            "(",
            ")",
            ":",
            "^",
            "-",
            "+",
            "a",
            "NEAR",
            "\u0000",
            "\ud800",
            "😀",
            "，",
          ),
          maxLength: 400,
        }),
        (query) => {
          try {
            const match = matchExpression(query);
            if (match !== null)
              expect(match).toMatch(/^"(?:[^"]|"")*"(?: \*)?(?: AND "(?:[^"]|"")*"(?: \*)?)*$/);
          } catch (error) {
            expect(error).toBeInstanceOf(ListRequestError);
            expect((error as ListRequestError).field).toBe("q");
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
