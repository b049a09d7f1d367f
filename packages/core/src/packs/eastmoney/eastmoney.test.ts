// Fixture: ../shared/corpus/finews-jekyll/_posts__-202205262391921712.md (zning1994/finews at
// 462e8aa7), two paragraphs of its eastmoney body with one K-line widget.
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { eastmoney } from "./index.js";

const fixture = new URL("./fixture.html", import.meta.url);

describe("eastmoney pack", () => {
  const { withPack, withoutPack } = parseFixture(eastmoney, fixture);

  it("reads securities from quote links, with their names, and not boards (market 90)", () => {
    expect(withPack.securities).toEqual([
      { code: "600160", market: "SH", name: "巨化股份" },
      { code: "NIO", market: "NYSE", name: "蔚来" },
      { code: "300343", market: "SZ", name: "联创股份" },
    ]);
    expect(withoutPack.securities).toEqual([]);
  });

  it("removes the K-line chart widget, which is not an article image", () => {
    expect(withPack.images).toEqual([]);
    expect(withoutPack.images.map((image) => image.alt)).toEqual(["K图 600160_0"]);
  });

  it("keeps the text of quote links in the sentence", () => {
    expect(withPack.text).toContain("霍尼韦尔宣布为蔚来旗下ET7提供制冷剂。具体来看，巨化股份、联创股份已有");
  });
});
