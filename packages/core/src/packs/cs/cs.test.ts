// Fixtures: arcsin4/spear core/crawler/crawl_cs.py, the article page saved in the crawler's docstring
// (http://www.cs.com.cn/sylm/jsbd/202012/t20201201_6116434.html, 2020 template). `fixture.html`: an excerpt
// (navigation, sidebar and paging script shortened; the article whole). `fixture.article.html`: the page's
// `<article>` element alone, as a scraper that keeps the story's element hands it over.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { parse } from "../../parse.js";
import { PACKS, type PackSet } from "../index.js";
import { cs } from "./index.js";
import { rulesDocument } from "./rules.js";

const STORY =
  "中证网讯（记者 王博）南风股份（300004）12月1日晚间公告，公司于近日收到上海中核浦原有限公司发出的中标通知书，公司被确认为“田湾核电站7、8号机组核岛余压阀、控制阀、止回阀、电加热阀设备采购”的中标方，中标金额5870万元。";

describe("cs pack", () => {
  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("reads the whole page as the generic page reader does", () => {
    const { withPack, withoutPack } = parseFixture(cs(), new URL("./fixture.html", import.meta.url));
    expect(withPack.title).toBe("南风股份：中标5870万元项目");
    expect(withPack.text).toBe(STORY);
    expect(withPack.text).toBe(withoutPack.text);
    expect(withPack.publishedAt).toBe("2020-12-01T18:59:00+08:00");
    expect(withPack.source).toEqual({ name: "中国证券报" });
    expect(withPack.author).toBe("王博");
  });

  describe("the page's <article> alone", () => {
    const url = new URL("./fixture.article.html", import.meta.url);
    const bytes = new Uint8Array(readFileSync(url));
    const withoutCs: PackSet = { ...PACKS, content: PACKS.content.filter((pack) => pack !== cs()) };
    const withPack = parse(bytes, { filename: "fixture.article.html" });
    const withoutPack = parse(bytes, { filename: "fixture.article.html", packs: withoutCs });

    it("keeps the story alone, where the generic reader keeps the breadcrumb, headline and stamp line over it", () => {
      expect(withoutPack.title).toBe("首页>中证快讯");
      expect(withoutPack.text).toBe(
        `首页>中证快讯\n\n南风股份：中标5870万元项目\n\n王博中国证券报·中证网2020-12-01 18:59\n\n${STORY}`,
      );
      expect(withPack.text).toBe(STORY);
      expect(withPack.text).not.toContain("相关阅读");
      expect(withPack.text).not.toContain("中证网声明");
    });

    it("reads the headline and the stamp line's writer, outlet and minute", () => {
      expect(withPack.title).toBe("南风股份：中标5870万元项目");
      expect(withPack.publishedAt).toBe("2020-12-01T18:59:00+08:00");
      expect(withPack.source).toEqual({ name: "中国证券报" });
      expect(withPack.author).toBe("王博");
      expect(withPack.editor).toBeNull();
    });
  });
});
