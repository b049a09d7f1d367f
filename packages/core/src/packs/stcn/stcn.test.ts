// Fixture: GeneralNewsExtractor/GeneralNewsExtractor tests/stcn/1.html at c04f5ac4, an excerpt
// (scripts, the search box and most list items left out; the title block and the story whole).
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { stcn } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.html", import.meta.url);

describe("stcn pack", () => {
  const { withPack, withoutPack } = parseFixture(stcn(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("reads the story from the element it names, as the generic page reader does", () => {
    expect(withPack.title).toBe("午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目");
    expect(withPack.text.startsWith("证券时报e公司讯，当升科技")).toBe(true);
    expect(withPack.text).not.toContain("为你推荐");
    expect(withPack.text).toBe(withoutPack.text);
  });

  it("reads the stamp line under the headline into date, source and author", () => {
    expect(withPack.publishedAt).toBe("2019-09-26T12:11:00+08:00");
    expect(withPack.source).toEqual({ name: "证券时报网" });
    expect(withPack.author).toBe("李在山");
  });
});
