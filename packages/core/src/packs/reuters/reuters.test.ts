// Fixture: bigcaibao/banned-news pages/chinaNews/idCNKCS1LO016.md at 1d40d580, whole (a mirror's
// Markdown: `### title`, a dashed rule, the 路透中文网 story's HTML, 原文链接 and the mirror's footer).
import { describe, expect, it } from "vitest";
import { parseFixture, rulesSchemaErrors } from "../../../test/packs.js";
import { reuters } from "./index.js";
import { rulesDocument } from "./rules.js";

const fixture = new URL("./fixture.md", import.meta.url);

describe("reuters pack", () => {
  const { withPack, withoutPack } = parseFixture(reuters(), fixture);

  it("is a valid JSON rule pack", () => {
    expect(rulesSchemaErrors(rulesDocument())).toBeNull();
  });

  it("removes the trust badge under the story", () => {
    expect(withPack.text).not.toContain("我们的标准");
    expect(withPack.text).not.toContain("汤森路透“信任原则”");
    // Without the pack the badge does not go whole: its heading stays in the text.
    expect(withoutPack.text).toContain("我们的标准");
    expect(
      withPack.text.endsWith("美国贸易代表办公室在截至周四晚的公众意见征询期内收到近6,000份意见。"),
    ).toBe(true);
  });

  it("leaves the credits to the grammar: dateline, staff line, original link", () => {
    expect(withPack.source).toEqual({ name: "路透" });
    expect(withPack.editor).toBe("母红");
    expect(withPack.author).toBe("李军");
    expect(withPack.originalUrl).toBe(
      "https://cn.reuters.com/article/us-trump-chinese-goods-tariff-0908-idCNKCS1LO016?feedType=RSS&feedName=chinaNews",
    );
    expect(withPack.text).toContain("REUTERS/Kevin Lamarque");
  });
});
