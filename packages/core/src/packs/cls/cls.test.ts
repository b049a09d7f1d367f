// Fixture: lines 1, 3 and 5 of ../shared/dumps/cls/data/2026/2026-07-29.jsonl.gz (the public archive
// echo-stacker/cailianshe-daily-archive).
import { describe, expect, it } from "vitest";
import { parseRecordsFixture } from "../../../test/packs.js";
import { clsFeed } from "./index.js";

const fixture = new URL("./fixture.jsonl", import.meta.url);

describe("cls feed pack", () => {
  const { withPack, withoutPack } = parseRecordsFixture(clsFeed, fixture);

  it("maps the feed's own stock list, with the exchange its codes name", () => {
    expect(withPack[1]!.securities).toEqual([
      { code: "920493", market: "BJ", name: "并行科技", how: "record", mentions: 0 },
    ]);
    expect(withoutPack[1]!.securities).toEqual([]);
  });

  it("namespaces ids by the feed and keeps its raw payload out of extra", () => {
    expect(withPack.map((a) => a.id)).toEqual(["cls:2439468", "cls:2439470", "cls:2439479"]);
    expect(withPack[0]!.extra).toEqual({ level: "C" });
    expect(Object.keys(withoutPack[0]!.extra)).toEqual(["level", "raw"]);
  });

  it("names the feed in via when a trailing credit names the outlet that wrote the story", () => {
    expect(withPack[2]).toMatchObject({ source: { name: "央视新闻" }, via: ["财联社"] });
  });
});
