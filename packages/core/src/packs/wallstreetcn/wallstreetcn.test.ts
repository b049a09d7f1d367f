// Fixture: qipeijun/FinancialReport docs/archive/2025-09/2025-09-29/news_content/华尔街见闻_3.txt at
// a7ff3604, an excerpt (middle paragraphs of the item and of its truncated copy left out).
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { wallstreetcn } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.txt", import.meta.url);

describe("wallstreetcn pack", () => {
  const { withPack } = parseFixture(wallstreetcn(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("reads a repost's credit line: the writer, the outlet as source, 华尔街见闻 in via", () => {
    expect(withPack.title).toBe("互联网平台外卖员、快递员等人员年入12万元以下基本无需纳税");
    expect(withPack.publishedAt).toBe("2025-09-29T21:07:32+08:00");
    expect(withPack.source?.name).toBe("中新网");
    expect(withPack.via).toEqual(["华尔街见闻"]);
    expect(withPack.author).toBe("李金磊");
  });

  it("ends the story at its last sentence: no credit line, no app promo, no truncated copy", () => {
    expect(withPack.text.endsWith("促进平台经济持续健康发展。")).toBe(true);
    expect(withPack.text).not.toContain("欢迎下载APP");
    expect(withPack.text).not.toContain("Full Content");
  });
});
