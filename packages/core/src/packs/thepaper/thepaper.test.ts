// Fixture: GeneralNewsExtractor/GeneralNewsExtractor tests/thepaper/4.html at cff0fdab, an excerpt
// (head, navigation and sidebars shortened; the story, its credits and the page around it whole).
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { thepaper } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.html", import.meta.url);

describe("thepaper pack", () => {
  const { withPack, withoutPack } = parseFixture(thepaper(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("names the 澎湃号 account as the source; the platform only carried the story", () => {
    expect(withoutPack.source).toBeNull();
    expect(withoutPack.via).toEqual(["澎湃新闻"]);
    expect(withPack.source).toEqual({ name: "中国广州发布" });
    expect(withPack.via).toEqual(["澎湃新闻"]);
  });

  it("reads the story from its element, without the platform's notices", () => {
    expect(withPack.text.startsWith("搭地铁去坐邮轮玩转东南亚！")).toBe(true);
    expect(withPack.text).not.toContain("特别声明");
    expect(withPack.text).not.toContain("热新闻");
  });
});
