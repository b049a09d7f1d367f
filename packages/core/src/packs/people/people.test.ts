// Fixture: GeneralNewsExtractor/GeneralNewsExtractor tests/people/1.html at 90d282c8, an excerpt
// (inline style, tracking scripts, most navigation and the sidebar left out; the story whole).
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { people } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.html", import.meta.url);

describe("people pack", () => {
  const { withPack } = parseFixture(people(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("reads headline, date, source and editors", () => {
    expect(withPack.title).toBe("女儿出嫁，郑板桥画了几笔兰花当嫁妆");
    expect(withPack.publishedAt).toBe("2019-06-15T08:18:00+08:00");
    expect(withPack.source).toEqual({ name: "人民网" });
    expect(withPack.editor).toBe("汤诗瑶、丁涛");
  });

  it("keeps the story and leaves out the page-number bar and the call to action", () => {
    expect(withPack.text.startsWith("父亲的教诲像一盏灯")).toBe(true);
    expect(withPack.text).not.toContain("【2】");
    expect(withPack.text).not.toContain("点击进入");
  });
});
