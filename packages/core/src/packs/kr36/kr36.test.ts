// Fixture: qipeijun/FinancialReport docs/archive/2025-09/2025-09-29/news_content/36氪_3.txt at 5b3f96b6,
// an excerpt (middle paragraphs of the item and of its truncated copy left out).
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { kr36 } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.txt", import.meta.url);

describe("36kr pack", () => {
  const { withPack, withoutPack } = parseFixture(kr36(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("drops the QR-code invitation closing the story, and only that", () => {
    expect(withoutPack.text.endsWith("欢迎交流！")).toBe(true);
    expect(withPack.text.endsWith("才能真正形成团队融合。")).toBe(true);
    expect(withPack.text).toContain("中：吉利汽车创始人李书福，右：千里科技董事长印奇。图源：作者拍摄");
  });

  it("reads the item's byline and editor, its outlet and its link", () => {
    expect(withPack.title).toBe("智驾“新人”印奇，和他的“AI+车”百亿产值目标");
    expect(withPack.author).toBe("周鑫雨");
    expect(withPack.editor).toBe("苏建勋");
    expect(withPack.source?.name).toBe("36氪");
    expect(withPack.originalUrl).toBe("https://36kr.com/p/3487609918086025?f=rss");
  });
});
