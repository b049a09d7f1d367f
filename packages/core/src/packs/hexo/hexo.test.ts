// Fixture: seeds/004_8bcf3a6eb4a9a574.txt (a Hexo aggregator post), shortened.
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { hexo } from "./index.js";

const fixture = new URL("./fixture.md", import.meta.url);

describe("hexo pack", () => {
  const { withPack, withoutPack } = parseFixture(hexo, fixture);

  it("names the family and puts the aggregator channel at the end of via", () => {
    expect(withPack.format).toBe("hexo-aggregator");
    expect(withPack.source).toEqual({ name: "雅安日报" });
    expect(withPack.via).toEqual(["中新网四川", "趣头条"]);
    expect(withoutPack.via).toEqual(["中新网四川"]);
  });

  it("does not take the channel in `author:` for a byline", () => {
    expect(withPack.author).toBeNull();
    expect(withoutPack.author).toBe("趣头条");
  });

  it("keeps picsum placeholders out of the images and takes real ones from headimg", () => {
    expect(withPack.images).toEqual([]);
    expect(hexo.channel?.({ categories: ["新媒体", "中新网"], headimg: "x" })).toEqual({
      name: "中新网",
      role: "outlet",
    });
    expect(hexo.placeholderImages?.some((re) => re.test("https://picsum.photos/400/300?random=995"))).toBe(
      true,
    );
    expect(hexo.imageFields).toEqual(["headimg", "thumbnail"]);
  });
});
