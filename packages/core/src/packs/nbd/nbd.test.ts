// Fixtures: jack-sun/MyNBD (每经网's own site code) at f601e6b8, pages its cache kept, excerpts (scripts, most
// navigation and the sidebar left out; the article whole). `fixture.html`: public/page_caches/www/articles/
// 2013-03-07/720653.html. `fixture.editor.html`: 2013-06-08/721843.html, the template a release later with the
// editor line (its story is the site's own test copy).
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { nbd } from "./index.js";
import { rulesDocument } from "./rules.js";

describe("nbd pack", () => {
  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  describe("a 2013 article page", () => {
    const { withPack, withoutPack } = parseFixture(nbd(), new URL("./fixture.html", import.meta.url));

    it("reads the headline, the stamp line's minute and outlet", () => {
      expect(withPack.title).toBe("《每日经济新闻》严正声明 将起诉奇虎360公司");
      expect(withPack.publishedAt).toBe("2013-03-07T06:35:00+08:00");
      expect(withPack.source).toEqual({ name: "每日经济新闻" });
      expect(withoutPack.publishedAt).toBeNull();
      expect(withoutPack.source).toEqual({ name: "每经网" });
    });

    it("keeps the story, not the digest over it", () => {
      expect(
        withPack.text.startsWith(
          "2013年2月26日《每日经济新闻》刊发了《360黑匣子之谜——奇虎360“癌”性基因大揭秘》报道",
        ),
      ).toBe(true);
      expect(withPack.text.endsWith("每日经济新闻报社\n\n2013年3月6日")).toBe(true);
      expect(withoutPack.text.startsWith("核心提示：")).toBe(true);
      for (const furniture of ["核心提示", "温馨提示", "登录社区", "分享到", "返回每经网首页", "版权所有"])
        expect(withPack.text).not.toContain(furniture);
    });
  });

  describe("the template with its editor line", () => {
    const { withPack } = parseFixture(nbd(), new URL("./fixture.editor.html", import.meta.url));

    it("reads the editor, and leaves the banner, breadcrumb, stamp and column lines out", () => {
      expect(withPack.title).toBe("tetht");
      expect(withPack.publishedAt).toBe("2013-06-08T11:55:00+08:00");
      expect(withPack.editor).toBe("周忠文");
      expect(withPack.text).toBe("test");
    });
  });
});
