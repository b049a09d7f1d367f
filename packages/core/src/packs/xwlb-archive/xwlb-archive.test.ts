// Fixture: Ming-H/xwlb-daily site/content/daily/2026-06-20.md at 86fd4463, an excerpt (the front matter, the day's
// counts, the transcript link, two blocks of the AI commentary, the broadcast's stamp and two of its 15 items, verbatim).
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { xwlbArchive } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.md", import.meta.url);

describe("xwlb-archive pack", () => {
  const { withPack, withoutPack } = parseFixture(xwlbArchive(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("leaves the site's counts, chips, badges, key figures and archive link out of the text", () => {
    for (const furniture of ["强度 · 大力", "关键数据"]) expect(withoutPack.text).toContain(furniture);
    for (const furniture of ["条新闻", "条经济相关", "原文存档", "强度 · 大力", "关键数据"])
      expect(withPack.text).not.toContain(furniture);
    expect(withPack.text).toContain("中欧班列年开行量由2016年的1702列增长到2025年的20022列");
    expect(withPack.text.endsWith("新质生产力日益成为高质量发展的有力支撑。")).toBe(true);
  });

  it("keeps the items' outlet, which their credits name", () => {
    expect(withPack.source).toEqual({ name: "央视网" });
  });

  it("dates the page by the broadcast's stamp heading, with or without the pack", () => {
    expect(withPack.publishedAt).toBe("2026-06-20T19:00:00+08:00");
    expect(withoutPack.publishedAt).toBe("2026-06-20T19:00:00+08:00");
  });
});
