// Fixture: newxiaoming/xueqiu at 29d8ecceb50150bd646f49dfdf644e1f0002562e, application/views/home/content.php, whole
// (also datasets/fresh-54/php-view-template): a 雪球 look-alike's view of a post in UIkit's comment component.
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { uikitComment } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.html", import.meta.url);

describe("uikit-comment pack", () => {
  const { withPack, withoutPack } = parseFixture(uikitComment(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("leaves the poster's card out of the text: the post's headline is its title", () => {
    // Without the pack the card's words title the post: its follow button, the poster's `<h4>` name being a fourth-level
    // heading, which never titles a document (`stages/title.ts`).
    expect(withoutPack.title).toBe("关注");
    expect(withoutPack.text).toContain("关注");
    expect(withPack.title).toBe("股东大手笔增持，这些业绩暴增股有看点");
    expect(withPack.text.startsWith("不忘初心，方得始终——2017年投资总结")).toBe(true);
    expect(withPack.text).not.toMatch(/数据宝|关注|来自雪球|发布于/);
  });

  it("reads the poster as the author and the site the card says the post came from as the source", () => {
    expect(withoutPack).toMatchObject({ author: null, source: null });
    expect(withPack).toMatchObject({ author: "数据宝", source: { name: "雪球" }, publishedAt: null });
  });
});
