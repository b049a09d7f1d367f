// Fixture: ../shared/corpus/finews-jekyll/_posts__-202205262391921712.md (zning1994/finews at
// 462e8aa7), two paragraphs of its eastmoney body with one K-line widget.
import { describe, expect, it } from "vitest";
import { parseFixture, parseRecordsFixture } from "../../../test/packs.js";
import { eastmoney, eastmoneyFeed } from "./index.js";

const fixture = new URL("./fixture.html", import.meta.url);

describe("eastmoney pack", () => {
  const { withPack, withoutPack } = parseFixture(eastmoney, fixture);

  it("reads securities from quote links, with their names, and not boards (market 90)", () => {
    expect(withPack.securities).toEqual([
      { code: "600160", market: "SH", name: "巨化股份", how: "widget", mentions: 0 },
      { code: "NIO", market: "NYSE", name: "蔚来", how: "widget", mentions: 0 },
      { code: "300343", market: "SZ", name: "联创股份", how: "widget", mentions: 0 },
    ]);
    // Without the pack the generic quote-link table (enrich/quote-markup.ts) still reads the
    // A-shares; only the pack knows eastmoney's market id 106 (NYSE).
    expect(withoutPack.securities.map((s) => s.code)).toEqual(["600160", "300343"]);
  });

  it("removes the K-line chart widget, which is not an article image", () => {
    expect(withPack.images).toEqual([]);
    expect(withoutPack.images.map((image) => image.alt)).toEqual(["K图 600160_0"]);
  });

  it("keeps the text of quote links in the sentence", () => {
    expect(withPack.text).toContain("霍尼韦尔宣布为蔚来旗下ET7提供制冷剂。具体来看，巨化股份、联创股份已有");
  });
});

// Fixture: lines 1 and 20 of ../shared/dumps/eastmoney/data/2026/2026-07-29.jsonl.gz (the public
// archive echo-stacker/cailianshe-daily-archive).
describe("eastmoney feed pack", () => {
  const { withPack, withoutPack } = parseRecordsFixture(
    eastmoneyFeed,
    new URL("./fixture.jsonl", import.meta.url),
  );

  it("maps secids with the widgets' market ids; boards (90, 1007) and funds (150) are not securities", () => {
    expect(withPack[0]!.securities).toEqual([]);
    expect(withPack[1]!.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["000725.SZ"]);
    expect(withoutPack[1]!.securities.map((s) => `${s.code}.${s.market}`)).toEqual(["000725.SZ"]);
  });

  it("namespaces ids by the feed and takes its outlet as the source", () => {
    expect(withPack[0]).toMatchObject({ id: "eastmoney:202607293823918189", source: { name: "东方财富" } });
    expect(withPack[0]!.categories).toEqual(["快讯"]);
    expect(withPack[0]!.extra).toEqual({});
  });
});
