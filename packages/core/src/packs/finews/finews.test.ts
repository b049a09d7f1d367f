// Fixture: seeds/000_ed6ab7b49aac3011.txt (a finews mirror post of zning1994/finews), shortened.
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { splitFrontMatter } from "../../stages/front-matter.js";
import { finews } from "./index.js";

const fixture = new URL("./fixture.md", import.meta.url);

describe("finews pack", () => {
  const { bytes, withPack, withoutPack } = parseFixture(finews, fixture);

  it("matches a `layout: post` file with one category slug", () => {
    const { data, body } = splitFrontMatter(new TextDecoder().decode(bytes));
    expect(finews.matches({ data, hasFrontMatter: true, body })).toBe(true);
    expect(finews.matches({ data: { ...data, categories: ["a", "b"] }, hasFrontMatter: true, body })).toBe(
      false,
    );
  });

  it("names the family and reads the outlet, with its slug, from the tag and category", () => {
    expect(withPack.format).toBe("finews-jekyll");
    expect(withPack.source).toEqual({ name: "北方网", slug: "beifangwang" });
    expect(withoutPack.format).toBe("front-matter");
    expect(withoutPack.source).toEqual({ name: "北方网" });
  });

  it("takes a listing feed's tag as neither source nor via", () => {
    const listing = { layout: "post", categories: "emnews", tags: "东财滚动新闻" };
    expect(finews.channel?.(listing)).toEqual({ name: "东财滚动新闻", slug: "emnews", role: "listing" });
  });
});
