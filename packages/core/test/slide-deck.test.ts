// Marp slide decks (`readers/slide-deck.ts`): BeFormlessLikeWater/Marp-Theme-JCUT JCUTmarp.md
// @ 5ca29b3af622c2ecfcf2bcf6cf69d0b7a4e2f283 (datasets/fresh-55/marp-slides, the deck's first 1,351 characters).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const DECK = readFileSync(
  join(import.meta.dirname, "../../../datasets/fresh-55/marp-slides/marp-theme-jcut__JCUTmarp.md"),
  "utf8",
);

describe("a Marp deck's cover", () => {
  it("gives the presenter in bold and the day under the title as author and date; directives and styles are no text", () => {
    const article = parse(DECK, { filename: "JCUTmarp.md" });
    expect([article.title, article.author, article.publishedAt]).toEqual([
      "投资五傻定理",
      "向古月",
      "2023-04-26T00:00:00+08:00",
    ]);
    expect(article.text).toContain("荆楚理工学院");
    for (const markup of ["_header", "<style", "margin-top", "bg left"])
      expect(article.text).not.toContain(markup);
  });

  it("reads only the cover, and only in a deck: a later slide's bold line, or a post's, is no presenter", () => {
    const later = DECK.replace("**向古月**\n", "").replace("**药引子**", "**张三**\n2024-01-02");
    const deck = parse(later, { filename: "deck.md" });
    expect([deck.author, deck.publishedAt]).toEqual([null, "2023-04-26T00:00:00+08:00"]);
    const post = parse(DECK.replace("marp: true", "marp: false"), { filename: "post.md" });
    expect([post.author, post.publishedAt]).toEqual([null, null]);
  });
});
