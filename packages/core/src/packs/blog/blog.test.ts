// Fixture: weihwang78-cloud/ai-briefings, _posts/2026-02-15-0930-finance-markets-briefing.md at
// f9e65076 (also ../shared/corpus/other-aibriefings), whole.
import { describe, expect, it } from "vitest";
import { parseFixture } from "../../../test/packs.js";
import { blog } from "./index.js";

const fixture = new URL("./fixture.md", import.meta.url);

describe("blog pack", () => {
  const { withPack, withoutPack } = parseFixture(blog, fixture);

  it("takes any other front-matter file, with a Markdown body", () => {
    expect(withPack.format).toBe("front-matter");
    expect(withPack.blocks[0]).toEqual({ type: "heading", level: 1, text: "📈 金融简报 - 2026-02-15 0930" });
  });

  it("drops the generator's “updated at” stamp under the post", () => {
    expect(withPack.text.endsWith("• 投资策略建议")).toBe(true);
    expect(withoutPack.text.endsWith("更新时间: 2026-02-15 09:30:00 (Asia/Shanghai)")).toBe(true);
  });

  it("drops copyright footers and data-source lists", () => {
    const drops = blog.dropBlocks ?? [];
    expect(drops.some((re) => re.test("© 2026 某某财经"))).toBe(true);
    expect(drops.some((re) => re.test("数据来源：Wind，公司公告"))).toBe(true);
    expect(drops.some((re) => re.test("数据显示，今年一季度营收增长12%。"))).toBe(false);
  });
});
