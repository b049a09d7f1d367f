// Fixture: lines 5 and 25 of ../shared/dumps/ths/data/2026/2026-07-29.jsonl.gz (the public archive
// echo-stacker/cailianshe-daily-archive).
import { describe, expect, it } from "vitest";
import { parseRecordsFixture } from "../../../test/packs.js";
import { thsFeed } from "./index.js";

const fixture = new URL("./fixture.jsonl", import.meta.url);

describe("ths feed pack", () => {
  const { withPack, withoutPack } = parseRecordsFixture(thsFeed, fixture);

  it("maps the feed's market ids (185 is NASDAQ)", () => {
    expect(withPack[0]!.securities).toEqual([
      { code: "GOOG", market: "NASDAQ", name: "谷歌C", how: "record", mentions: 0 },
    ]);
    expect(withoutPack[0]!.securities).toEqual([]);
  });

  it("maps market ids as data, futures and funds to nothing", () => {
    const markets = thsFeed.securities![0]!.markets!;
    expect(markets["177"]).toBe("HK");
    expect(markets["65"]).toBeUndefined();
  });

  it("takes the relayed outlet for the source and the feed for via", () => {
    expect(withPack[1]).toMatchObject({ id: "ths:678499263", source: { name: "新华社" }, via: ["同花顺"] });
    expect(withPack[1]!.categories).toEqual(["美股", "港股", "A股"]);
  });
});
